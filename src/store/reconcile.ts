import type { FileStates } from '../data/dataset';
import type { CardView, Dimension } from '../model/view';

export interface IgnoredId {
  readonly dimension: Dimension | 'compared';
  readonly id: string;
}

/**
 * Ids from the address that the data does not know, once the files that define them have loaded:
 * themes, 2013 regions, compared poles. Those still loading are not judged yet.
 */
export function unknownIds(files: FileStates, view: CardView): IgnoredId[] {
  const { poles, themes, regions } = files;
  const unknown = (dimension: IgnoredId['dimension'], ids: readonly string[], known: ReadonlySet<string>) =>
    ids.filter((id) => !known.has(id)).map((id) => ({ dimension, id }));
  return [
    ...(themes.status === 'ready'
      ? unknown('themes', view.filters.themes, new Set(themes.rows.map((row) => row.id)))
      : []),
    ...(regions.status === 'ready'
      ? unknown(
          'regions',
          view.filters.regions,
          new Set(regions.rows.filter((row) => row.in_2013).map((row) => row.id)),
        )
      : []),
    ...(poles.status === 'ready'
      ? unknown('compared', view.compared, new Set(poles.rows.map((row) => row.id)))
      : []),
  ];
}

/** The view without the ids `unknownIds` found. */
export function withoutIds(view: CardView, ignored: readonly IgnoredId[]): CardView {
  const drop = (dimension: IgnoredId['dimension'], ids: readonly string[]) =>
    ids.filter((id) => !ignored.some((entry) => entry.dimension === dimension && entry.id === id));
  return {
    ...view,
    filters: { themes: drop('themes', view.filters.themes), regions: drop('regions', view.filters.regions) },
    compared: drop('compared', view.compared),
  };
}
