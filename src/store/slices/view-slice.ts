import type { StateCreator } from 'zustand';
import { applyViewAction, DEFAULT_VIEW, sortedIds } from '../../model/view';
import type { DashboardState, ViewSlice } from '../state';

export const createViewSlice: StateCreator<DashboardState, [], [], ViewSlice> = (set, get) => ({
  view: DEFAULT_VIEW,
  act: (action) => {
    const view = applyViewAction(get().view, action);
    if (view !== get().view) set({ view });
  },
  setFilters: (filters) =>
    set({
      view: {
        ...get().view,
        filters: { themes: sortedIds(filters.themes), regions: sortedIds(filters.regions) },
      },
    }),
});
