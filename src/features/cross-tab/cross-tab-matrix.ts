import type { I18n } from '../../lib/i18n/i18n';
import type { CardView, CrossTab, Dimension } from '../../model/view';
import { facetOptions, type FacetData, type FacetOption } from '../../selectors/facets';
import { indexedPairs } from '../../selectors/pole-index';

/** Facets with few values keep their empty rows and columns: a zero there is worth reading. */
const KEEPS_EMPTY: ReadonlySet<Dimension> = new Set<Dimension>(['categories', 'years', 'evaluations']);

/** Poles of the selection counted by two facets, with the margins' totals. */
export interface CrossTabMatrix {
  readonly rows: readonly FacetOption[];
  readonly columns: readonly FacetOption[];
  /** counts[row][column], in the order of `rows` and `columns`. */
  readonly counts: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly total: number;
  /** Options left out because no pole of the selection has them. */
  readonly droppedRows: readonly FacetOption[];
  readonly droppedColumns: readonly FacetOption[];
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** Counts the selected poles by `crossTab.rows` and `crossTab.columns`, regions on the view's map. */
export function crossTabulate(data: FacetData, view: CardView, i18n: I18n): CrossTabMatrix {
  const { rows: rowDimension, columns: columnDimension } = view.crossTab;
  const scheme = view.regionScheme;
  const allRows = facetOptions(rowDimension, data, scheme, i18n);
  const allColumns = facetOptions(columnDimension, data, scheme, i18n);
  const rowIndex = new Map(allRows.map((option, index) => [option.id, index]));
  const columnIndex = new Map(allColumns.map((option, index) => [option.id, index]));
  const full = allRows.map(() => allColumns.map(() => 0));
  for (const [pair, count] of indexedPairs(data.poles, rowDimension, columnDimension, view)) {
    const [rowId = '', columnId = ''] = pair.split('\u0000');
    const row = rowIndex.get(rowId);
    const column = columnIndex.get(columnId);
    const line = row === undefined ? undefined : full[row];
    if (line !== undefined && column !== undefined) line[column] = (line[column] ?? 0) + count;
  }
  const fullRowTotals = full.map(sum);
  const fullColumnTotals = allColumns.map((_, column) => sum(full.map((line) => line[column] ?? 0)));
  const keepRow = (index: number) => KEEPS_EMPTY.has(rowDimension) || (fullRowTotals[index] ?? 0) > 0;
  const keepColumn = (index: number) =>
    KEEPS_EMPTY.has(columnDimension) || (fullColumnTotals[index] ?? 0) > 0;
  const rowKept = allRows.map((_, index) => keepRow(index));
  const columnKept = allColumns.map((_, index) => keepColumn(index));
  return {
    rows: allRows.filter((_, index) => rowKept[index]),
    columns: allColumns.filter((_, index) => columnKept[index]),
    counts: full.filter((_, index) => rowKept[index]).map((line) => line.filter((_, i) => columnKept[i])),
    rowTotals: fullRowTotals.filter((_, index) => rowKept[index]),
    columnTotals: fullColumnTotals.filter((_, index) => columnKept[index]),
    total: sum(fullRowTotals),
    droppedRows: allRows.filter((_, index) => !rowKept[index]),
    droppedColumns: allColumns.filter((_, index) => !columnKept[index]),
  };
}

/**
 * What a cell shows: its count, or its share of its row's or its column's total; null when that total is zero.
 * The margins use it too: a row total is `shown(rowTotal, rowTotal, total)`, a column total `shown(t, total, t)`.
 */
export function shownValue(
  count: number,
  rowTotal: number,
  columnTotal: number,
  share: CrossTab['share'],
): number | null {
  if (share === 'count') return count;
  const base = share === 'row' ? rowTotal : columnTotal;
  return base === 0 ? null : count / base;
}

export function formatShown(value: number | null, share: CrossTab['share'], { format }: I18n): string {
  if (value === null) return '—';
  return share === 'count' ? format.integer(value) : format.percent(value);
}

/** A share as the CSV gets it: four decimals, so that the file reads like the table. */
export const rawShown = (value: number | null, share: CrossTab['share']): number | null =>
  value === null || share === 'count' ? value : Number(value.toFixed(4));
