import type { StateCreator } from 'zustand';
import { perFileState, type FileState, type FileStates } from '../../data/dataset';
import { loadDataset, type FileResult } from '../../data/load';
import type { DashboardState, DataSlice } from '../state';

export const LOADING_FILES: FileStates = perFileState(() => ({ status: 'loading', rows: null }));

function settle<T>(result: FileResult<T>, previous: readonly T[] | null): FileState<T> {
  const warnings = result.warnings.length > 0 ? { warnings: result.warnings } : {};
  return 'rows' in result
    ? { status: 'ready', rows: result.rows, ...warnings }
    : { status: 'error', issues: result.issues, rows: previous, ...warnings };
}

export const createDataSlice: StateCreator<DashboardState, [], [], DataSlice> = (set, get) => ({
  files: LOADING_FILES,
  load: async (fetcher) => {
    const before = get().files;
    set({ files: perFileState((id) => ({ status: 'loading', rows: before[id].rows })) });
    const result = await loadDataset(fetcher);
    const loaded = perFileState((id) => settle(result[id], before[id].rows));
    // Imported files are checked again over the fresh ones and shown in their place, in the same update.
    set({ files: await get().overlayImport(loaded) });
  },
});
