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
// The years and ids of one poles array, read once: the address is checked again on every change of the view.
const POLE_KEYS = new WeakMap<readonly Pole[], { years: ReadonlySet<string>; ids: ReadonlySet<string> }>();

function poleKeys(poles: readonly Pole[]): { years: ReadonlySet<string>; ids: ReadonlySet<string> } {
  const known = POLE_KEYS.get(poles);
  if (known !== undefined) return known;
  const keys = {
    years: new Set(poles.map((row) => String(row.year_labelled))),
    ids: new Set(poles.map((row) => row.id)),
  };
  POLE_KEYS.set(poles, keys);
  return keys;
}

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
    years: poleKeys(poles.rows).years,
    evaluations: new Set(EVALUATIONS),
  };
  const unknown = (dimension: IgnoredId['dimension'], ids: readonly string[], known: ReadonlySet<string>) =>
    ids.filter((id) => !known.has(id)).map((id) => ({ dimension, id }));
  const poleIds = poleKeys(poles.rows).ids;
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
