import type { FileStates, RowsOf, TypedTable, TypedTables } from './dataset';
import type { FileId } from './files';

// Rows kept by the store have lost their line numbers; for data files (one line per record) line = index + 2.
const table = <T>(rows: readonly T[] | null): TypedTable<T> | undefined =>
  rows === null ? undefined : { rows, lines: rows.map((_, index) => index + 2) };

/** The tables on screen, as the cross-file checks of an import see the files it does not replace. */
export function currentTables(files: FileStates): TypedTables {
  const of = <K extends FileId>(file: K): TypedTable<RowsOf[K]> | undefined =>
    files[file].status === 'error' && files[file].rows === null ? undefined : table(files[file].rows);
  return {
    poles: of('poles'),
    themes: of('themes'),
    regions: of('regions'),
    sources: of('sources'),
    funding: of('funding'),
    milestones: of('milestones'),
    departements: of('departements'),
  };
}
