import type { TableRow } from '../../components/table-model';
import type { Dataset } from '../../data/dataset';
import type { Pole } from '../../data/schemas';
import type { I18n } from '../../lib/i18n/i18n';
import { labelIndex } from '../../selectors/labels';
import { sourceIndex } from '../../selectors/sources';
import { byName, poleRow } from './poles-table';

/** Every pole sorted by name, and its row of the list in the reader's language. */
export interface SortedRows {
  readonly sorted: readonly Pole[];
  readonly rowOf: ReadonlyMap<Pole, TableRow>;
}

interface Kept extends SortedRows {
  readonly from: readonly unknown[];
}

// Sorted and built once per dataset and language: with 100,000 pôles a tick then only picks the rows in view, in order.
const KEPT = new WeakMap<readonly Pole[], Kept>();

export function sortedRows(
  data: Pick<Dataset, 'poles' | 'themes' | 'regions' | 'sources'>,
  i18n: I18n,
): SortedRows {
  const from = [data.themes, data.regions, data.sources, i18n];
  const known = KEPT.get(data.poles);
  if (known?.from.every((table, index) => table === from[index])) return known;
  const bySource = sourceIndex(data.sources);
  const lookups = {
    theme: labelIndex(data.themes, i18n.lang),
    region: labelIndex(data.regions, i18n.lang),
    source: (id: string) => bySource.get(id),
  };
  const sorted = [...data.poles].sort(byName);
  const kept = { from, sorted, rowOf: new Map(sorted.map((pole) => [pole, poleRow(pole, lookups, i18n)])) };
  KEPT.set(data.poles, kept);
  return kept;
}

const ROWS = new WeakMap<
  readonly Pole[],
  { readonly rowOf: ReadonlyMap<Pole, TableRow>; readonly rows: readonly TableRow[] }
>();

/** The rows of the poles in view (a list the index keeps per selection), built once per such list and language. */
export function rowsInView(inView: readonly Pole[], rowOf: ReadonlyMap<Pole, TableRow>): readonly TableRow[] {
  const known = ROWS.get(inView);
  if (known?.rowOf === rowOf) return known.rows;
  const rows = inView.flatMap((pole) => rowOf.get(pole) ?? []);
  ROWS.set(inView, { rowOf, rows });
  return rows;
}
