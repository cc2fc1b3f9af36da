import type { StateCreator } from 'zustand';
import type { DashboardState, UiSlice } from '../state';

export const createUiSlice: StateCreator<DashboardState, [], [], UiSlice> = (set) => ({
  colorScheme: 'auto',
  setColorScheme: (colorScheme) => set({ colorScheme }),
  resolvedTheme: 'light',
  setResolvedTheme: (resolvedTheme) => set({ resolvedTheme }),
  presentation: null,
  setPresentation: (presentation) => set({ presentation }),
  page: 'dashboard',
  setPage: (page) => set({ page }),
  profile: null,
  setProfile: (profile) => set({ profile }),
  embed: null,
  lang: 'fr',
  setLang: (lang) => set({ lang }),
});
