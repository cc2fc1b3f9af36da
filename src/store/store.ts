import { create } from 'zustand';
import { createAddressSlice } from './slices/address-slice';
import { createDataSlice } from './slices/data-slice';
import { createImportSlice } from './slices/import-slice';
import { createUiSlice } from './slices/ui-slice';
import { createViewSlice } from './slices/view-slice';
import type { DashboardState } from './state';

/** The one store of the dashboard, built from its slices: data, the reader's view, the interface, the address, imports. */
export const createDashboardStore = () =>
  create<DashboardState>()((...args) => ({
    ...createDataSlice(...args),
    ...createViewSlice(...args),
    ...createUiSlice(...args),
    ...createAddressSlice(...args),
    ...createImportSlice(...args),
  }));

export const useDashboard = createDashboardStore();

export type DashboardStore = typeof useDashboard;

/** The state a reader starts from, for tests that reset the store between cases. */
export const initialState = useDashboard.getInitialState();
