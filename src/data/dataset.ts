import type { DataIssue } from './issue';
import type { Departement, FundingRow, Milestone, Pole, Region, Source, Theme } from './schemas';
import type { FileId } from './files';

export interface RowsOf {
  poles: Pole;
  themes: Theme;
  regions: Region;
  sources: Source;
  funding: FundingRow;
  milestones: Milestone;
  departements: Departement;
}

/** A file that parsed and typed cleanly, with the line of each row for cross-file messages. */
export interface TypedTable<T> {
  readonly rows: readonly T[];
  readonly lines: readonly number[];
}

export type TypedTables = { [K in FileId]?: TypedTable<RowsOf[K]> };

export type FileState<T> =
  | { readonly status: 'loading'; readonly rows: readonly T[] | null }
  /** `warnings`: what was read past (an unknown column…), to show without failing the file. */
  | { readonly status: 'ready'; readonly rows: readonly T[]; readonly warnings?: readonly DataIssue[] }
  /** `rows` keeps what an earlier load gave, so a failed reload loses nothing. */
  | {
      readonly status: 'error';
      readonly issues: readonly DataIssue[];
      readonly rows: readonly T[] | null;
      readonly warnings?: readonly DataIssue[];
    };

export type FileStates = { readonly [K in FileId]: FileState<RowsOf[K]> };

/** Every data file's rows; a file not loaded yet is empty (a view that needs it waits for it). */
export type Dataset = { readonly [K in FileId]: readonly RowsOf[K][] };

/** One state per data file. The keys are written here and in DATA_FILES only; the type checks that both agree. */
export function perFileState(make: <K extends FileId>(id: K) => FileState<RowsOf[K]>): FileStates {
  return {
    poles: make('poles'),
    themes: make('themes'),
    regions: make('regions'),
    sources: make('sources'),
    funding: make('funding'),
    milestones: make('milestones'),
    departements: make('departements'),
  };
}

/** What loading a data file gave: its rows, or the issues that stop it; warnings in both cases. */
export type FileResult<T> = ({ readonly rows: readonly T[] } | { readonly issues: readonly DataIssue[] }) & {
  readonly warnings: readonly DataIssue[];
};
export type LoadResult = { readonly [K in FileId]: FileResult<RowsOf[K]> };

/** One result per data file, as perFileState. */
export function perFileResult(make: <K extends FileId>(id: K) => FileResult<RowsOf[K]>): LoadResult {
  return {
    poles: make('poles'),
    themes: make('themes'),
    regions: make('regions'),
    sources: make('sources'),
    funding: make('funding'),
    milestones: make('milestones'),
    departements: make('departements'),
  };
}

/** One list of rows per data file, as perFileState. */
export function perFileRows(make: <K extends FileId>(id: K) => readonly RowsOf[K][]): Dataset {
  return {
    poles: make('poles'),
    themes: make('themes'),
    regions: make('regions'),
    sources: make('sources'),
    funding: make('funding'),
    milestones: make('milestones'),
    departements: make('departements'),
  };
}

export function rowsOf(files: FileStates): Dataset {
  return {
    poles: files.poles.rows ?? [],
    themes: files.themes.rows ?? [],
    regions: files.regions.rows ?? [],
    sources: files.sources.rows ?? [],
    funding: files.funding.rows ?? [],
    milestones: files.milestones.rows ?? [],
    departements: files.departements.rows ?? [],
  };
}
