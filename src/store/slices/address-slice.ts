import type { StateCreator } from 'zustand';
import { DIMENSIONS, MAX_COMPARED, NO_FILTERS, sortedIds } from '../../model/view';
import { unknownIds, withoutIds } from '../reconcile';
import type { AddressSlice, DashboardState } from '../state';

export const createAddressSlice: StateCreator<DashboardState, [], [], AddressSlice> = (set, get) => ({
  ignoredIds: [],
  dismissIgnoredIds: () => set({ ignoredIds: [] }),
  applyUrlState: (state) => {
    const filters = { ...NO_FILTERS };
    for (const dimension of DIMENSIONS) filters[dimension] = sortedIds(state.filters[dimension]);
    set({
      view: {
        filters,
        regionScheme: state.regionScheme,
        membersScope: state.membersScope,
        compared: state.compared.slice(0, MAX_COMPARED),
        crossTab: { ...get().view.crossTab, ...state.crossTab },
      },
      presentation: state.presentation,
      page: state.page,
      profile: state.profile,
      embed: state.embed,
      // An address without `lang` keeps the language in force: the language is the reader's, not the view's.
      ...(state.lang === null ? {} : { lang: state.lang }),
    });
  },
  reconcileIds: () => {
    const { files, view, ignoredIds } = get();
    const unknown = unknownIds(files, view);
    if (unknown.length === 0) return false;
    set({ view: withoutIds(view, unknown), ignoredIds: [...ignoredIds, ...unknown] });
    return true;
  },
});
