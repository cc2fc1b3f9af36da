/** The filter dimensions every view obeys. */
export type Dimension = 'themes' | 'regions';

export interface Filters {
  readonly themes: readonly string[];
  readonly regions: readonly string[];
}

/** Whose members the membership card counts: the 4 Centre poles of the press release, or every pole in view. */
export type MembersScope = 'centre' | 'all';

/** What a card shows: the reader's filters, member scope and compared poles, or those of a ready-made deck. */
export interface CardView {
  readonly filters: Filters;
  readonly membersScope: MembersScope;
  readonly compared: readonly string[];
}

export const MAX_COMPARED = 4;

export const NO_FILTERS: Filters = { themes: [], regions: [] };

export const DEFAULT_VIEW: CardView = { filters: NO_FILTERS, membersScope: 'centre', compared: [] };

/** What a reader can do from a card: click a bar, switch the scope, tick a pole, reset. */
export type ViewAction =
  | { readonly type: 'toggle-filter'; readonly dimension: Dimension; readonly id: string }
  | { readonly type: 'remove-filter'; readonly dimension: Dimension; readonly id: string }
  | { readonly type: 'reset-filters' }
  | { readonly type: 'set-members-scope'; readonly scope: MembersScope }
  | { readonly type: 'toggle-compared'; readonly id: string }
  | { readonly type: 'clear-compared' };

export const hasFilters = (filters: Filters): boolean =>
  filters.themes.length > 0 || filters.regions.length > 0;

/** Ids without repeats, in order: one selection has one address. */
export const sortedIds = (ids: readonly string[]): readonly string[] => [...new Set(ids)].sort();

export function toggleId(ids: readonly string[], id: string): readonly string[] {
  return ids.includes(id) ? ids.filter((value) => value !== id) : [...ids, id];
}

/** The view after an action: one rule for the reader's view (in the store) and a deck's own view. */
export function applyViewAction(view: CardView, action: ViewAction): CardView {
  switch (action.type) {
    case 'toggle-filter':
      return {
        ...view,
        filters: {
          ...view.filters,
          [action.dimension]: sortedIds(toggleId(view.filters[action.dimension], action.id)),
        },
      };
    case 'remove-filter':
      return {
        ...view,
        filters: {
          ...view.filters,
          [action.dimension]: view.filters[action.dimension].filter((id) => id !== action.id),
        },
      };
    case 'reset-filters':
      return hasFilters(view.filters) ? { ...view, filters: NO_FILTERS } : view;
    case 'set-members-scope':
      return view.membersScope === action.scope ? view : { ...view, membersScope: action.scope };
    case 'toggle-compared': {
      if (!view.compared.includes(action.id) && view.compared.length >= MAX_COMPARED) return view;
      return { ...view, compared: toggleId(view.compared, action.id) };
    }
    case 'clear-compared':
      return view.compared.length === 0 ? view : { ...view, compared: [] };
  }
}
