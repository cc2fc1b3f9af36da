import type { TableRow } from '../../components/table-model';
import type { Dataset } from '../../data/dataset';
import { knownPolesIndex } from '../../data/poles-index';
import type { Pole } from '../../data/schemas';
import { labelIndex } from '../../selectors/labels';
import { sourceIndex } from '../../selectors/sources';
import { byName, LazyPoleRow, type Lookups } from './poles-table';

/** Every pole sorted by name, and its row of the list. */
export interface SortedRows {
  readonly sorted: readonly Pole[];
  /** What the rows' cells are read with. */
  readonly lookups: Lookups;
}

interface Kept extends SortedRows {
  readonly from: readonly unknown[];
}

// Sorted once per dataset: with 100,000 pôles a tick then only picks the rows in view, in order.
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

export function sortedRows(data: Pick<Dataset, 'poles' | 'themes' | 'regions' | 'sources'>): SortedRows {
  const from = [data.themes, data.regions, data.sources];
  const known = KEPT.get(data.poles);
  if (known?.from.every((table, index) => table === from[index])) return known;
  const bySource = sourceIndex(data.sources);
  const lookups = {
    theme: labelIndex(data.themes),
    region: labelIndex(data.regions),
    source: (id: string) => bySource.get(id),
  };
  const kept = { from, sorted: byNameOrder(data.poles), lookups };
  KEPT.set(data.poles, kept);
  return kept;
}

const ROWS = new WeakMap<readonly Pole[], readonly TableRow[]>();

/**
 * The rows of the poles in view (a list the index keeps per selection), built once per such list; each row's cells
 * are made when first read, so a tick on 100,000 pôles makes those of the page shown only.
 */
export function rowsInView(inView: readonly Pole[], lookups: Lookups): readonly TableRow[] {
  const known = ROWS.get(inView);
  if (known !== undefined) return known;
  const rows = inView.map((pole) => new LazyPoleRow(pole, lookups));
  ROWS.set(inView, rows);
  return rows;
}
