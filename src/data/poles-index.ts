import { DIMENSIONS, type RegionScheme } from '../model/view';
import { facetCodes, facetKey, type FacetColumn } from './pole-facets';
import type { Pole } from './schemas';

/** What the import worker works out of the poles it has read, so that the page need not go through them again. */
export interface PolesIndex {
  /** Row numbers in the order of the poles' names (French collation, ties in file order). */
  readonly byName: Uint32Array;
  /** Every facet's column of codes, by facetKey. */
  readonly facets: ReadonlyMap<string, FacetColumn>;
}

// The order of the list of poles: one collator for the whole sort, localeCompare would build one per call.
const BY_NAME = new Intl.Collator('fr');

export const comparePoleNames = (a: Pole, b: Pole): number => BY_NAME.compare(a.name, b.name);

/** Row numbers of `poles` sorted by name; a stable sort, as `[...poles].sort(comparePoleNames)` is. */
export function nameOrder(poles: readonly Pole[]): Uint32Array {
  const names = poles.map((pole) => pole.name);
  const rows = Array.from(names, (_, row) => row);
  rows.sort((a, b) => BY_NAME.compare(names[a] ?? '', names[b] ?? ''));
  return Uint32Array.from(rows);
}

const SCHEMES: readonly RegionScheme[] = ['2013', '2016'];
// The other facets read the same on either map of regions.
const ANY_SCHEME: readonly RegionScheme[] = ['2013'];

/** The name order and every facet's codes of `poles`. */
export function polesIndex(poles: readonly Pole[]): PolesIndex {
  const facets = new Map<string, FacetColumn>();
  for (const dimension of DIMENSIONS)
    for (const scheme of dimension === 'regions' ? SCHEMES : ANY_SCHEME)
      facets.set(facetKey(dimension, scheme), facetCodes(poles, dimension, scheme));
  return { byName: nameOrder(poles), facets };
}

/** The buffers a message can hand over rather than copy. */
export const indexBuffers = (index: PolesIndex): ArrayBuffer[] =>
  [index.byName, ...[...index.facets.values()].map((column) => column.codes)].flatMap((array) =>
    array.buffer instanceof ArrayBuffer ? [array.buffer] : [],
  );

// Kept by poles array: the rows the store holds are the array the index was worked out for.
const KNOWN = new WeakMap<readonly Pole[], PolesIndex>();

/** Keeps the index worked out for `poles`, if it fits them (one code per pole). */
export function rememberPolesIndex(poles: readonly Pole[], index: PolesIndex): void {
  const fits =
    index.byName.length === poles.length &&
    [...index.facets.values()].every((column) => column.codes.length === poles.length);
  if (fits) KNOWN.set(poles, index);
}

/** The index worked out for this very array of poles, if any: the selectors then skip their own pass. */
export const knownPolesIndex = (poles: readonly Pole[]): PolesIndex | undefined => KNOWN.get(poles);
