import type { DataIssue } from './issue';
import type { FundingRow, Milestone, Pole, Region, Source, Theme } from './schemas';
import type { FileId } from './files';

export interface RowsOf {
  poles: Pole;
  themes: Theme;
  regions: Region;
  sources: Source;
  funding: FundingRow;
  milestones: Milestone;
}

/** A file that parsed and typed cleanly, with the line of each row for cross-file messages. */
export interface TypedTable<T> {
  readonly rows: readonly T[];
  readonly lines: readonly number[];
}

export type TypedTables = { [K in FileId]?: TypedTable<RowsOf[K]> };

export type FileState<T> =
  | { readonly status: 'loading'; readonly rows: readonly T[] | null }
  | { readonly status: 'ready'; readonly rows: readonly T[] }
  /** `rows` keeps what an earlier load gave, so a failed reload loses nothing. */
  | { readonly status: 'error'; readonly issues: readonly DataIssue[]; readonly rows: readonly T[] | null };

export type FileStates = { readonly [K in FileId]: FileState<RowsOf[K]> };
