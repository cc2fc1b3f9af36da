import type { ImportInput, ImportProgress, ImportResult } from './check-import';
import type { TypedTables } from './dataset';

/** What the page sends the import worker: the reader's files and the tables they are checked against. */
export interface ImportRequest {
  readonly inputs: readonly ImportInput[];
  readonly current: TypedTables;
}

/** What the worker answers: that it runs, how far it got, then the result. */
export type ImportMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'done'; readonly result: ImportResult };
