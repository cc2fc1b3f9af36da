import type { FileStates } from '../data/dataset';
import { CATEGORIES, EVALUATIONS, type Pole } from '../data/schemas';
import { DIMENSIONS, type CardView, type Dimension } from '../model/view';

export interface IgnoredId {
  readonly dimension: Dimension | 'compared';
  readonly id: string;
}

/**
 * Ids from the address that the data does not know, once the files that define them have loaded: every facet's
 * options (regions on the chosen map) and compared poles. Files still loading are not judged yet.
 */
// The years and the ids of one poles array, each read once and only when the address names some: the address is
// checked again after every change of the store, and 100,000 imported pôles make each set a long task.
const YEARS = new WeakMap<readonly Pole[], ReadonlySet<string>>();
const IDS = new WeakMap<readonly Pole[], ReadonlySet<string>>();

function keysOf(
  kept: WeakMap<readonly Pole[], ReadonlySet<string>>,
  poles: readonly Pole[],
  key: (pole: Pole) => string,
): ReadonlySet<string> {
  const known = kept.get(poles);
  if (known !== undefined) return known;
  const keys = new Set(poles.map(key));
  kept.set(poles, keys);
  return keys;
}

const NONE: ReadonlySet<string> = new Set();

export function unknownIds(files: FileStates, view: CardView): IgnoredId[] {
  const { poles, themes, regions } = files;
  if (poles.status !== 'ready' || themes.status !== 'ready' || regions.status !== 'ready') return [];
  const known: Readonly<Record<Dimension, ReadonlySet<string>>> = {
    themes: new Set(themes.rows.map((row) => row.id)),
    regions: new Set(
      regions.rows
        .filter((row) => (view.regionScheme === '2016' ? row.in_2016 : row.in_2013))
        .map((row) => row.id),
    ),
    categories: new Set(CATEGORIES),
    years:
      view.filters.years.length === 0 ? NONE : keysOf(YEARS, poles.rows, (row) => String(row.year_labelled)),
    evaluations: new Set(EVALUATIONS),
  };
  const unknown = (dimension: IgnoredId['dimension'], ids: readonly string[], known: ReadonlySet<string>) =>
    ids.filter((id) => !known.has(id)).map((id) => ({ dimension, id }));
  const poleIds = view.compared.length === 0 ? NONE : keysOf(IDS, poles.rows, (row) => row.id);
  return [
    ...DIMENSIONS.flatMap((dimension) => unknown(dimension, view.filters[dimension], known[dimension])),
    ...unknown('compared', view.compared, poleIds),
  ];
}

/** The view without the ids `unknownIds` found. */
export function withoutIds(view: CardView, ignored: readonly IgnoredId[]): CardView {
  const drop = (dimension: IgnoredId['dimension'], ids: readonly string[]) =>
    ids.filter((id) => !ignored.some((entry) => entry.dimension === dimension && entry.id === id));
  const filters = { ...view.filters };
  for (const dimension of DIMENSIONS) filters[dimension] = drop(dimension, view.filters[dimension]);
  return { ...view, filters, compared: drop('compared', view.compared) };
}
