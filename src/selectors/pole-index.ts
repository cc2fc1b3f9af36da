import { facetCodes, facetKey, type FacetColumn } from '../data/pole-facets';
import { knownPolesIndex } from '../data/poles-index';
import type { Pole } from '../data/schemas';
import { DIMENSIONS, type Dimension, type RegionScheme } from '../model/view';
import type { Selection } from './pole-value';

export type { FacetColumn } from '../data/pole-facets';

interface PoleIndex {
  readonly columns: Map<string, FacetColumn>;
  /** The last filtered lists, by selection: every card of one view asks for the same few. */
  readonly filtered: Map<string, readonly Pole[]>;
}

// Built once per poles array (a new import is a new array), so that a filter tick never re-reads the rows' strings.
const INDEXES = new WeakMap<readonly Pole[], PoleIndex>();
const KEPT_SELECTIONS = 16;

function indexOf(poles: readonly Pole[]): PoleIndex {
  let index = INDEXES.get(poles);
  if (index === undefined) {
    index = { columns: new Map(), filtered: new Map() };
    INDEXES.set(poles, index);
  }
  return index;
}

/** The facet's column of codes: the import worker's, or read from the rows the first time it is asked for. */
export function facetColumn(poles: readonly Pole[], dimension: Dimension, scheme: RegionScheme): FacetColumn {
  const index = indexOf(poles);
  const key = facetKey(dimension, scheme);
  const known = index.columns.get(key);
  if (known !== undefined) return known;
  const column = knownPolesIndex(poles)?.facets.get(key) ?? facetCodes(poles, dimension, scheme);
  index.columns.set(key, column);
  return column;
}

interface Test {
  readonly codes: Uint32Array;
  readonly allowed: Uint8Array;
}

/** One test per active filter but `except`: which codes of that facet pass. */
function tests(poles: readonly Pole[], selection: Selection, except: Dimension | undefined): Test[] {
  return DIMENSIONS.filter(
    (dimension) => dimension !== except && selection.filters[dimension].length > 0,
  ).map((dimension) => {
    const column = facetColumn(poles, dimension, selection.regionScheme);
    const wanted = new Set(selection.filters[dimension]);
    return {
      codes: column.codes,
      allowed: Uint8Array.from(column.values, (value) => (wanted.has(value) ? 1 : 0)),
    };
  });
}

// A plain loop: this runs once per row and per filter on every tick, where closures cost more than the test.
function passes(active: readonly Test[], row: number): boolean {
  for (const test of active) if (test.allowed[test.codes[row] ?? 0] !== 1) return false;
  return true;
}

/** Poles that pass every filter but `except`, in their order; the same array back while nothing filters. */
export function indexedFilter(
  poles: readonly Pole[],
  selection: Selection,
  except?: Dimension,
): readonly Pole[] {
  const active = tests(poles, selection, except);
  if (active.length === 0) return poles;
  const index = indexOf(poles);
  const key = JSON.stringify([selection.filters, selection.regionScheme, except ?? null]);
  const known = index.filtered.get(key);
  if (known !== undefined) return known;
  const kept: Pole[] = [];
  for (let row = 0; row < poles.length; row += 1) {
    const pole = poles[row];
    if (pole !== undefined && passes(active, row)) kept.push(pole);
  }
  if (index.filtered.size >= KEPT_SELECTIONS) index.filtered.clear();
  index.filtered.set(key, kept);
  return kept;
}

/** Poles per value of `dimension` under every filter but that facet's own, without building the list. */
export function indexedCounts(
  poles: readonly Pole[],
  dimension: Dimension,
  selection: Selection,
): Map<string, number> {
  const active = tests(poles, selection, dimension);
  const column = facetColumn(poles, dimension, selection.regionScheme);
  const tally = new Uint32Array(column.values.length);
  const { codes } = column;
  for (let row = 0; row < codes.length; row += 1)
    if (active.length === 0 || passes(active, row)) {
      const code = codes[row] ?? 0;
      tally[code] = (tally[code] ?? 0) + 1;
    }
  return new Map(column.values.map((value, code) => [value, tally[code] ?? 0]));
}

/** Poles in view per pair of values of two facets, keyed `row\u0000column`. */
export function indexedPairs(
  poles: readonly Pole[],
  rows: Dimension,
  columns: Dimension,
  selection: Selection,
): Map<string, number> {
  const active = tests(poles, selection, undefined);
  const first = facetColumn(poles, rows, selection.regionScheme);
  const second = facetColumn(poles, columns, selection.regionScheme);
  const width = second.values.length;
  const tally = new Uint32Array(first.values.length * width);
  for (let row = 0; row < poles.length; row += 1)
    if (passes(active, row)) {
      const cell = (first.codes[row] ?? 0) * width + (second.codes[row] ?? 0);
      tally[cell] = (tally[cell] ?? 0) + 1;
    }
  const pairs = new Map<string, number>();
  tally.forEach((count, cell) => {
    if (count > 0)
      pairs.set(
        `${first.values[Math.floor(cell / width)] ?? ''}\u0000${second.values[cell % width] ?? ''}`,
        count,
      );
  });
  return pairs;
}
