/** The filter dimensions every view obeys (facets). */
export type Dimension = 'themes' | 'regions' | 'categories' | 'years' | 'evaluations';

export const DIMENSIONS: readonly Dimension[] = ['themes', 'regions', 'categories', 'years', 'evaluations'];

/** Which map of regions the region filter, chart and map use: 2013 (when the poles were labelled) or today's. */
export type RegionScheme = '2013' | '2016';

export type Filters = Readonly<Record<Dimension, readonly string[]>>;

/** Whose members the membership card counts: the 4 Centre poles of the press release, or every pole in view. */
export type MembersScope = 'centre' | 'all';

/** The two dimensions of the cross-tab, and whether its cells show counts or shares of their row or column. */
export interface CrossTab {
  readonly rows: Dimension;
  readonly columns: Dimension;
  readonly share: 'count' | 'row' | 'column';
}

/** What a card shows: the reader's filters, region map, member scope, compared poles and cross-tab, or a deck's own. */
export interface CardView {
  readonly filters: Filters;
  readonly regionScheme: RegionScheme;
  readonly membersScope: MembersScope;
  readonly compared: readonly string[];
  readonly crossTab: CrossTab;
}

export const MAX_COMPARED = 4;

export const NO_FILTERS: Filters = { themes: [], regions: [], categories: [], years: [], evaluations: [] };

export const DEFAULT_CROSS_TAB: CrossTab = { rows: 'themes', columns: 'evaluations', share: 'count' };

export const DEFAULT_VIEW: CardView = {
  filters: NO_FILTERS,
  regionScheme: '2013',
  membersScope: 'centre',
  compared: [],
  crossTab: DEFAULT_CROSS_TAB,
};

/** What a reader can do from a card: click a bar or a region, switch the scope or the map, tick a pole, reset. */
export type ViewAction =
  | { readonly type: 'toggle-filter'; readonly dimension: Dimension; readonly id: string }
  | { readonly type: 'remove-filter'; readonly dimension: Dimension; readonly id: string }
  /** Sets each named dimension to exactly these ids (a cross-tab cell selects its row and its column). */
  | {
      readonly type: 'select';
      readonly values: readonly { readonly dimension: Dimension; readonly id: string }[];
    }
  | { readonly type: 'reset-filters' }
  | { readonly type: 'set-region-scheme'; readonly scheme: RegionScheme }
  | { readonly type: 'set-members-scope'; readonly scope: MembersScope }
  | { readonly type: 'toggle-compared'; readonly id: string }
  | { readonly type: 'clear-compared' }
  | { readonly type: 'set-cross-tab'; readonly rows: Dimension; readonly columns: Dimension }
  | { readonly type: 'set-cross-share'; readonly share: CrossTab['share'] };

export const hasFilters = (filters: Filters): boolean =>
  DIMENSIONS.some((dimension) => filters[dimension].length > 0);

/** Ids without repeats, in order: one selection has one address. */
export const sortedIds = (ids: readonly string[]): readonly string[] => [...new Set(ids)].sort();

export function toggleId(ids: readonly string[], id: string): readonly string[] {
  return ids.includes(id) ? ids.filter((value) => value !== id) : [...ids, id];
}

const withFilter = (view: CardView, dimension: Dimension, ids: readonly string[]): CardView => ({
  ...view,
  filters: { ...view.filters, [dimension]: sortedIds(ids) },
});

/** The view after an action: one rule for the reader's view (in the store) and a deck's own view. */
export function applyViewAction(view: CardView, action: ViewAction): CardView {
  switch (action.type) {
    case 'toggle-filter':
      return withFilter(view, action.dimension, toggleId(view.filters[action.dimension], action.id));
    case 'remove-filter':
      return withFilter(
        view,
        action.dimension,
        view.filters[action.dimension].filter((id) => id !== action.id),
      );
    case 'select':
      return action.values.reduce((next, { dimension, id }) => withFilter(next, dimension, [id]), view);
    case 'reset-filters':
      return hasFilters(view.filters) ? { ...view, filters: NO_FILTERS } : view;
    case 'set-region-scheme':
      // Region ids differ from one map to the other: the region filter starts again.
      return view.regionScheme === action.scheme
        ? view
        : { ...withFilter(view, 'regions', []), regionScheme: action.scheme };
    case 'set-members-scope':
      return view.membersScope === action.scope ? view : { ...view, membersScope: action.scope };
    case 'toggle-compared': {
      if (!view.compared.includes(action.id) && view.compared.length >= MAX_COMPARED) return view;
      return { ...view, compared: toggleId(view.compared, action.id) };
    }
    case 'clear-compared':
      return view.compared.length === 0 ? view : { ...view, compared: [] };
    case 'set-cross-tab':
      return action.rows === action.columns
        ? view
        : { ...view, crossTab: { ...view.crossTab, rows: action.rows, columns: action.columns } };
    case 'set-cross-share':
      return { ...view, crossTab: { ...view.crossTab, share: action.share } };
  }
}
