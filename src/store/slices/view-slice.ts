import type { StateCreator } from 'zustand';
import { applyViewAction, DEFAULT_VIEW, DIMENSIONS, NO_FILTERS, sortedIds } from '../../model/view';
import type { DashboardState, ViewSlice } from '../state';

export const createViewSlice: StateCreator<DashboardState, [], [], ViewSlice> = (set, get) => ({
  view: DEFAULT_VIEW,
  act: (action) => {
    const view = applyViewAction(get().view, action);
    if (view !== get().view) set({ view });
  },
  setFilters: (filters) => {
    const sorted = { ...NO_FILTERS };
    for (const dimension of DIMENSIONS) sorted[dimension] = sortedIds(filters[dimension]);
    set({ view: { ...get().view, filters: sorted } });
  },
});
