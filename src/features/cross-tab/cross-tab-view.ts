import type { CrossTabSpec } from '../../components/charts/chart-spec';
import { cell, type TableModel } from '../../components/table-model';
import type { I18n } from '../../lib/i18n/i18n';
import type { CrossTab, Dimension, RegionScheme } from '../../model/view';
import { formatShown, rawShown, shownValue, type CrossTabMatrix } from './cross-tab-matrix';

const NAMES: Readonly<Record<Dimension, string>> = {
  themes: 'cross-tab.dimension.themes',
  regions: 'cross-tab.dimension.regions',
  categories: 'cross-tab.dimension.categories',
  years: 'cross-tab.dimension.years',
  evaluations: 'cross-tab.dimension.evaluations',
};

/** A facet's name on the selects and the headers; the region's says which map it follows. */
export const dimensionLabel = (dimension: Dimension, scheme: RegionScheme, { t }: I18n): string =>
  t(NAMES[dimension], { scheme });

const lower = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** Every figure the table shows, in the order it shows them: cells, row totals, column totals, grand total. */
function figures(matrix: CrossTabMatrix, share: CrossTab['share']) {
  const { counts, rowTotals, columnTotals, total } = matrix;
  return {
    cells: counts.map((line, row) =>
      line.map((count, column) => shownValue(count, rowTotals[row] ?? 0, columnTotals[column] ?? 0, share)),
    ),
    rowTotals: rowTotals.map((count) => shownValue(count, count, total, share)),
    columnTotals: columnTotals.map((count) => shownValue(count, total, count, share)),
    total: shownValue(total, total, total, share),
  };
}

export function crossTabCaption(
  matrix: CrossTabMatrix,
  crossTab: CrossTab,
  scheme: RegionScheme,
  i18n: I18n,
): string {
  return i18n.t('cross-tab.caption', {
    rows: lower(dimensionLabel(crossTab.rows, scheme, i18n)),
    columns: lower(dimensionLabel(crossTab.columns, scheme, i18n)),
    share: crossTab.share,
    count: matrix.total,
  });
}

/** The shaded table: each cell names its row, its column and its count, and filters on both when clicked. */
export function crossTabSpec(
  matrix: CrossTabMatrix,
  crossTab: CrossTab,
  scheme: RegionScheme,
  i18n: I18n,
): CrossTabSpec {
  const { t } = i18n;
  const { share } = crossTab;
  const shown = figures(matrix, share);
  const largest = Math.max(0, ...shown.cells.flat().map((value) => value ?? 0));
  return {
    kind: 'crosstab',
    caption: crossTabCaption(matrix, crossTab, scheme, i18n),
    rowsLabel: dimensionLabel(crossTab.rows, scheme, i18n),
    columnsLabel: dimensionLabel(crossTab.columns, scheme, i18n),
    columns: matrix.columns.map(({ id, label }) => ({ id, label })),
    rows: matrix.rows.map((row, r) => ({
      id: row.id,
      label: row.label,
      cells: matrix.columns.map((column, c) => {
        const value = shown.cells[r]?.[c] ?? null;
        const label = formatShown(value, share, i18n);
        const named = { row: row.label, column: column.label, count: matrix.counts[r]?.[c] ?? 0 };
        return {
          label,
          level: largest === 0 ? 0 : (value ?? 0) / largest,
          name:
            share === 'count'
              ? t('cross-tab.cell.count', named)
              : t('cross-tab.cell.share', { ...named, value: label, share }),
          action: {
            type: 'select',
            values: [
              { dimension: crossTab.rows, id: row.id },
              { dimension: crossTab.columns, id: column.id },
            ],
          },
        };
      }),
      total: formatShown(shown.rowTotals[r] ?? null, share, i18n),
    })),
    columnTotals: shown.columnTotals.map((value) => formatShown(value, share, i18n)),
    total: formatShown(shown.total, share, i18n),
  };
}

/** The same figures as a plain table (and its CSV): a row per option, a « Total » column and a « Total » row. */
export function crossTabTable(
  matrix: CrossTabMatrix,
  crossTab: CrossTab,
  scheme: RegionScheme,
  i18n: I18n,
): TableModel {
  const { share } = crossTab;
  const shown = figures(matrix, share);
  const figure = (value: number | null) => cell(formatShown(value, share, i18n), rawShown(value, share));
  const kind = share === 'count' ? ('number' as const) : ('percent' as const);
  const total = i18n.t('cross-tab.table.total');
  return {
    caption: crossTabCaption(matrix, crossTab, scheme, i18n),
    columns: [
      { key: 'row', label: dimensionLabel(crossTab.rows, scheme, i18n) },
      ...matrix.columns.map((column) => ({
        key: `col-${column.id}`,
        label: column.label,
        numeric: true,
        kind,
      })),
      { key: 'total', label: total, numeric: true, kind },
    ],
    rows: [
      ...matrix.rows.map((row, r) => ({
        key: row.id,
        cells: [cell(row.label), ...(shown.cells[r] ?? []).map(figure), figure(shown.rowTotals[r] ?? null)],
      })),
      { key: 'total', cells: [cell(total), ...shown.columnTotals.map(figure), figure(shown.total)] },
    ],
  };
}

/** « Le croisement le plus fréquent : Énergie × Performant, 4 pôles sur 71. », or the ties. */
export function crossTabTakeaway(matrix: CrossTabMatrix, i18n: I18n): string {
  const { t, format } = i18n;
  const top = Math.max(0, ...matrix.counts.flat());
  if (top === 0) return t('cross-tab.takeaway.none');
  const names = matrix.rows.flatMap((row, r) =>
    matrix.columns
      .filter((_, c) => matrix.counts[r]?.[c] === top)
      .map((column) => `${row.label} × ${column.label}`),
  );
  const total = format.integer(matrix.total);
  const [first] = names;
  if (names.length === 1) return t('cross-tab.takeaway.single', { pair: first ?? '', top, total });
  const shown = names.slice(0, 3);
  const others = names.length - shown.length;
  const list =
    others > 0 ? t('cross-tab.takeaway.others', { shown: shown.join(', '), others }) : format.list(shown);
  return t('cross-tab.takeaway.ties', { ties: format.integer(names.length), top, total, list });
}

const DROPPED: Readonly<Record<Dimension, string>> = {
  themes: 'cross-tab.dropped.themes',
  regions: 'cross-tab.dropped.regions',
  categories: 'cross-tab.dropped.categories',
  years: 'cross-tab.dropped.years',
  evaluations: 'cross-tab.dropped.evaluations',
};

/** Names the rows and columns left out because no pole of the selection has them; null when none was. */
export function droppedNote(matrix: CrossTabMatrix, crossTab: CrossTab, { t }: I18n): string | null {
  const parts = [
    { dimension: crossTab.rows, options: matrix.droppedRows },
    { dimension: crossTab.columns, options: matrix.droppedColumns },
  ]
    .filter(({ options }) => options.length > 0)
    .map(({ dimension, options }) =>
      t(DROPPED[dimension], { labels: options.map((o) => o.label).join(', ') }),
    );
  return parts.length === 0
    ? null
    : t('cross-tab.dropped.note', { parts: parts.join(t('cross-tab.dropped.separator')) });
}
