import type { StateCreator } from 'zustand';
import { MAX_COMPARED, sortedIds } from '../../model/view';
import { unknownIds, withoutIds } from '../reconcile';
import type { AddressSlice, DashboardState } from '../state';

export const createAddressSlice: StateCreator<DashboardState, [], [], AddressSlice> = (set, get) => ({
  ignoredIds: [],
  dismissIgnoredIds: () => set({ ignoredIds: [] }),
  applyUrlState: (state) =>
    set({
      view: {
        filters: { themes: sortedIds(state.themes), regions: sortedIds(state.regions) },
        membersScope: state.membersScope,
        compared: state.compared.slice(0, MAX_COMPARED),
      },
      presentation: state.presentation,
      page: state.page,
    }),
  reconcileIds: () => {
    const { files, view, ignoredIds } = get();
    const unknown = unknownIds(files, view);
    if (unknown.length === 0) return false;
    set({ view: withoutIds(view, unknown), ignoredIds: [...ignoredIds, ...unknown] });
    return true;
  },
});
