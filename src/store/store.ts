import { create } from 'zustand';
import type { FileStates } from '../data/dataset';
import { loadDataset, type FetchText, type FileResult } from '../data/load';
import type { ColorTheme } from '../lib/palette';
import {
  DEFAULT_URL_STATE,
  MAX_COMPARED,
  type DeckId,
  type MembersScope,
  type Page,
  type UrlState,
} from './url-state';

export type Dimension = 'themes' | 'regions';

export interface Filters {
  readonly themes: readonly string[];
  readonly regions: readonly string[];
}

interface DataSlice {
  readonly files: FileStates;
  readonly load: (fetcher?: FetchText) => Promise<void>;
}

interface FiltersSlice {
  readonly filters: Filters;
  readonly toggleFilter: (dimension: Dimension, id: string) => void;
  readonly removeFilter: (dimension: Dimension, id: string) => void;
  readonly setFilters: (filters: Filters) => void;
  /** Filters and view from the address, in one update so that history sees one change. */
  readonly applyUrlState: (state: UrlState) => void;
  readonly resetFilters: () => void;
}

export type ColorSchemeChoice = 'auto' | 'light' | 'dark';

/** A presentation in progress: which deck, and which slide (0-based). */
export interface Presentation {
  readonly deck: DeckId;
  readonly slide: number;
}

interface ViewSlice {
  readonly colorScheme: ColorSchemeChoice;
  readonly setColorScheme: (choice: ColorSchemeChoice) => void;
  /** The theme in force: the reader's choice, or the system's under "auto". */
  readonly resolvedTheme: ColorTheme;
  readonly setResolvedTheme: (theme: ColorTheme) => void;
  readonly presentation: Presentation | null;
  readonly setPresentation: (presentation: Presentation | null) => void;
  readonly page: Page;
  readonly setPage: (page: Page) => void;
  readonly compared: readonly string[];
  /** Adds a pole to the comparison (up to MAX_COMPARED) or takes it out. */
  readonly toggleCompared: (id: string) => void;
  readonly clearCompared: () => void;
  readonly setCompared: (ids: readonly string[]) => void;
  readonly membersScope: MembersScope;
  readonly setMembersScope: (scope: MembersScope) => void;
  /** Ids from the address that match no theme or region, shown once to the reader. */
  readonly ignoredIds: readonly IgnoredId[];
  readonly setIgnoredIds: (ids: readonly IgnoredId[]) => void;
}

export interface IgnoredId {
  readonly dimension: Dimension | 'compared';
  readonly id: string;
}

export type DashboardState = DataSlice & FiltersSlice & ViewSlice;

const loadingFiles: FileStates = {
  poles: { status: 'loading', rows: null },
  themes: { status: 'loading', rows: null },
  regions: { status: 'loading', rows: null },
  sources: { status: 'loading', rows: null },
  funding: { status: 'loading', rows: null },
  milestones: { status: 'loading', rows: null },
};

const sorted = (ids: readonly string[]): readonly string[] => [...new Set(ids)].sort();

function settle<T>(result: FileResult<T>, previous: readonly T[] | null) {
  return 'rows' in result
    ? ({ status: 'ready', rows: result.rows } as const)
    : ({ status: 'error', issues: result.issues, rows: previous } as const);
}

export const initialState = {
  files: loadingFiles,
  filters: { themes: DEFAULT_URL_STATE.themes, regions: DEFAULT_URL_STATE.regions },
  membersScope: DEFAULT_URL_STATE.membersScope,
  ignoredIds: [],
  colorScheme: 'auto',
  resolvedTheme: 'light',
  presentation: null,
  page: 'dashboard',
  compared: [],
} satisfies Partial<DashboardState>;

export const useDashboard = create<DashboardState>()((set, get) => ({
  ...initialState,

  load: async (fetcher) => {
    const before = get().files;
    set({
      files: {
        poles: { status: 'loading', rows: before.poles.rows },
        themes: { status: 'loading', rows: before.themes.rows },
        regions: { status: 'loading', rows: before.regions.rows },
        sources: { status: 'loading', rows: before.sources.rows },
        funding: { status: 'loading', rows: before.funding.rows },
        milestones: { status: 'loading', rows: before.milestones.rows },
      },
    });
    const result = await loadDataset(fetcher);
    set({
      files: {
        poles: settle(result.poles, before.poles.rows),
        themes: settle(result.themes, before.themes.rows),
        regions: settle(result.regions, before.regions.rows),
        sources: settle(result.sources, before.sources.rows),
        funding: settle(result.funding, before.funding.rows),
        milestones: settle(result.milestones, before.milestones.rows),
      },
    });
  },

  toggleFilter: (dimension, id) => {
    const current = get().filters[dimension];
    const next = current.includes(id) ? current.filter((value) => value !== id) : [...current, id];
    set({ filters: { ...get().filters, [dimension]: sorted(next) } });
  },
  removeFilter: (dimension, id) => {
    set({
      filters: { ...get().filters, [dimension]: get().filters[dimension].filter((value) => value !== id) },
    });
  },
  setFilters: (filters) =>
    set({ filters: { themes: sorted(filters.themes), regions: sorted(filters.regions) } }),
  applyUrlState: (state) =>
    set({
      filters: { themes: sorted(state.themes), regions: sorted(state.regions) },
      membersScope: state.membersScope,
      presentation: state.presentation,
      page: state.page,
      compared: state.compared,
    }),
  resetFilters: () => set({ filters: { themes: [], regions: [] } }),

  setMembersScope: (membersScope) => set({ membersScope }),
  setIgnoredIds: (ignoredIds) => set({ ignoredIds }),
  setColorScheme: (colorScheme) => set({ colorScheme }),
  setResolvedTheme: (resolvedTheme) => set({ resolvedTheme }),
  setPresentation: (presentation) => set({ presentation }),
  setPage: (page) => set({ page }),
  toggleCompared: (id) => {
    const current = get().compared;
    if (current.includes(id)) set({ compared: current.filter((value) => value !== id) });
    else if (current.length < MAX_COMPARED) set({ compared: [...current, id] });
  },
  clearCompared: () => set({ compared: [] }),
  setCompared: (compared) => set({ compared: compared.slice(0, MAX_COMPARED) }),
}));
