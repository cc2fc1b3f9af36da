import type { TableRow } from '../../components/table-model';
import type { Dataset } from '../../data/dataset';
import { knownPolesIndex } from '../../data/poles-index';
import type { Pole } from '../../data/schemas';
import type { I18n } from '../../lib/i18n/i18n';
import { labelIndex } from '../../selectors/labels';
import { sourceIndex } from '../../selectors/sources';
import { byName, LazyPoleRow, type Lookups } from './poles-table';

/** Every pole sorted by name, and its row of the list in the reader's language. */
export interface SortedRows {
  readonly sorted: readonly Pole[];
  /** What the rows' cells are read with, in the language they are written in. */
  readonly lookups: Lookups;
  readonly i18n: I18n;
}

interface Kept extends SortedRows {
  readonly from: readonly unknown[];
}

// Sorted once per dataset and language: with 100,000 pôles a tick then only picks the rows in view, in order.
const KEPT = new WeakMap<readonly Pole[], Kept>();

/** The poles by name: in the order the import worker worked out, else sorted here. */
export function byNameOrder(poles: readonly Pole[]): readonly Pole[] {
  const order = knownPolesIndex(poles)?.byName;
  if (order === undefined) return [...poles].sort(byName);
  const sorted: Pole[] = [];
  for (const row of order) {
    const pole = poles[row];
    if (pole !== undefined) sorted.push(pole);
  }
  return sorted;
}

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
  const kept = { from, sorted: byNameOrder(data.poles), lookups, i18n };
  KEPT.set(data.poles, kept);
  return kept;
}

const ROWS = new WeakMap<
  readonly Pole[],
  { readonly lookups: Lookups; readonly rows: readonly TableRow[] }
>();

/**
 * The rows of the poles in view (a list the index keeps per selection), built once per such list and language; each
 * row's cells are made when first read, so a tick on 100,000 pôles makes those of the page shown only.
 */
export function rowsInView(inView: readonly Pole[], { lookups, i18n }: SortedRows): readonly TableRow[] {
  const known = ROWS.get(inView);
  if (known?.lookups === lookups) return known.rows;
  const rows = inView.map((pole) => new LazyPoleRow(pole, lookups, i18n));
  ROWS.set(inView, { lookups, rows });
  return rows;
}
