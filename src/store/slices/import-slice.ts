import type { StateCreator } from 'zustand';
import type { ImportInput, ImportProgress, ImportResult } from '../../data/check-import';
import { currentTables } from '../../data/current-tables';
import { expectation } from '../../data/data-message';
import { perFileState, type FileStates, type TypedTables } from '../../data/dataset';
import { indexedDbStorage, type StoredFile } from '../../data/import-storage';
import { runImport } from '../../data/run-import';
import type { DashboardState, ImportedSet, ImportSlice } from '../state';

type Set = Parameters<StateCreator<DashboardState>>[0];

// A progress bar needs no more than a few updates a second; each update re-renders what shows it.
const PROGRESS_EVERY_MS = 100;

function progressReporter(set: Set, names: readonly string[]): (progress: ImportProgress) => void {
  let last = 0;
  return (progress) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    set((state) => ({
      importing: { names, progress, onPage: state.importing?.onPage ?? false },
    }));
  };
}

/** The files with the tables the import replaced, ready: the other files stay as they were. */
function withTables(files: FileStates, tables: TypedTables, replaced: ReadonlySet<string>): FileStates {
  return perFileState((id) => {
    const table = tables[id];
    return replaced.has(id) && table !== undefined ? { status: 'ready', rows: table.rows } : files[id];
  });
}

interface Checked {
  readonly result: ImportResult;
  readonly onPage: boolean;
  /** What was checked: the reader's CSV files, and each workbook's sheets as CSV text. */
  readonly checked: readonly ImportInput[];
}

async function check(set: Set, inputs: readonly ImportInput[], files: FileStates): Promise<Checked> {
  const names = inputs.map((input) => input.name);
  set({ importing: { names, progress: null, onPage: false }, importError: null });
  const run = await runImport(inputs, currentTables(files), progressReporter(set, names));
  return { result: run.result, onPage: run.where === 'page', checked: run.checked };
}

export const createImportSlice: StateCreator<DashboardState, [], [], ImportSlice> = (set, get) => ({
  imported: null,
  importing: null,
  importError: null,
  importStorage: indexedDbStorage,
  importFiles: async (inputs, now = new Date()) => {
    const names = inputs.map((input) => input.name);
    let outcome: Checked;
    try {
      outcome = await check(set, inputs, get().files);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const issue = {
        file: names.join(', '),
        line: null,
        column: null,
        value: null,
        expected: expectation('data.import.failed', { reason }),
      };
      set({ importing: null, importError: { issues: [issue], names, restoring: false } });
      return;
    }
    const { result, checked } = outcome;
    if ('issues' in result) {
      set({ importing: null, importError: { issues: result.issues, names, restoring: false } });
      return;
    }
    const replacedNow = new Set<string>(result.replaced.map((entry) => entry.file));
    const fresh: StoredFile[] = result.replaced.flatMap((entry) => {
      const input = checked.find((candidate) => candidate.name === entry.from);
      const bytes =
        input === undefined ? null : 'bytes' in input ? input.bytes : new TextEncoder().encode(input.text);
      return bytes === null ? [] : [{ file: entry.file, name: entry.from, bytes }];
    });
    // An earlier import of other files stays: each file imported replaces its own data file only.
    const previous = get().imported;
    const kept = (previous?.files ?? []).filter((file) => !replacedNow.has(file.file));
    const files = [...kept, ...fresh];
    const importedAt = now.toISOString();
    const stored = await get().importStorage.write({ importedAt, files });
    const imported: ImportedSet = {
      replaced: files.map((file) => ({ file: file.file, from: file.name })),
      importedAt,
      files,
      kept: stored,
    };
    set({
      files: withTables(get().files, result.tables, replacedNow),
      imported,
      importing: null,
      importError: null,
    });
  },
  restoreImport: async () => {
    const stored = await get().importStorage.read();
    if (stored === null) return;
    set({
      imported: {
        replaced: stored.files.map((file) => ({ file: file.file, from: file.name })),
        importedAt: stored.importedAt,
        files: stored.files,
        kept: true,
      },
    });
  },
  overlayImport: async (files) => {
    const imported = get().imported;
    if (imported === null) return files;
    // Each kept file says which data file it replaces: a workbook's sheet is kept as CSV under the sheet's name.
    const inputs = imported.files.map((file) => ({ name: file.name, bytes: file.bytes, file: file.file }));
    const names = inputs.map((input) => input.name);
    try {
      const { result } = await check(set, inputs, files);
      if ('issues' in result) {
        // The bundled files changed since the import, or the kept bytes are damaged: the bundled data is shown.
        await get().importStorage.clear();
        set({
          imported: null,
          importing: null,
          importError: { issues: result.issues, names, restoring: true },
        });
        return files;
      }
      set({ importing: null });
      return withTables(files, result.tables, new Set(result.replaced.map((entry) => entry.file)));
    } catch {
      set({ importing: null });
      return files;
    }
  },
  revertImport: async () => {
    await get().importStorage.clear();
    set({ imported: null, importError: null });
    await get().load();
  },
  dismissImportError: () => set({ importError: null }),
  refuseImport: (issues, names) => set({ importError: { issues, names, restoring: false } }),
});
