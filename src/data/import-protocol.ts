import type { ImportInput, ImportProgress, Replaced } from './check-import';
import type { TypedTable, TypedTables } from './dataset';
import type { IssueMessages } from './data-message';
import type { DataIssue } from './issue';
import type { FileId } from './files';
import type { PolesIndex } from './poles-index';

/**
 * What the page sends the import worker: the reader's files (a workbook's bytes transferred, not copied: the worker
 * reads it) and the tables they are checked against.
 */
export interface ImportRequest {
  readonly inputs: readonly ImportInput[];
  readonly current: TypedTables;
}

/** A workbook's sheet as the import keeps it: CSV bytes, named like the sheet, for the data file it replaced. */
export interface SheetFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly file?: FileId;
}

/** A run of rows of the checked tables, with their lines: a slice of one table, the others absent. */
export type RowsPart = TypedTables;

/**
 * What the worker answers: that it runs, how far it got, then the checked rows a part at a time (one message with
 * every row would be read on the page in one long task), then the outcome with the workbooks' sheets as CSV.
 */
export type ImportMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'rows'; readonly part: RowsPart }
  /** The imported poles' order by name and facet codes, worked out here rather than in one long task on the page. */
  | { readonly type: 'index'; readonly index: PolesIndex }
  | { readonly type: 'done'; readonly replaced: readonly Replaced[]; readonly sheets: readonly SheetFile[] }
  /** The issues, with the messages their texts were written from, for the page to write them in its language. */
  | { readonly type: 'refused'; readonly issues: readonly DataIssue[]; readonly messages: IssueMessages }
  /** The checks stopped short (out of memory, a fault): the reason, for the page to say. */
  | { readonly type: 'failed'; readonly reason: string };

/** The buffers under these bytes, each once, to transfer rather than copy (a shared buffer cannot move). */
export const buffersOf = (arrays: readonly Uint8Array[]): ArrayBuffer[] => [
  ...new Set(arrays.map((array) => array.buffer).filter((buffer) => buffer instanceof ArrayBuffer)),
];

// Each message is read on the page in one task, with its share of garbage collection: 2,000 rows of poles.csv took
// 30 to 60 ms, the longest task of an import once the cards draw a page at a time; 1,000 keep it near half that.
export const ROWS_PER_MESSAGE = 1000;

const slice = <T>(table: TypedTable<T> | undefined, start: number, end: number): TypedTable<T> | undefined =>
  table === undefined
    ? undefined
    : { rows: table.rows.slice(start, end), lines: table.lines.slice(start, end) };

/** One table's rows from `start` to `end`, the other tables absent; one key at a time so that each keeps its type. */
function partOf(tables: TypedTables, file: FileId, start: number, end: number): RowsPart {
  const only = <K extends FileId>(id: K) => (id === file ? { [id]: slice(tables[id], start, end) } : {});
  return {
    ...only('poles'),
    ...only('themes'),
    ...only('regions'),
    ...only('sources'),
    ...only('funding'),
    ...only('milestones'),
    ...only('departements'),
  };
}

/** The rows of the replaced tables, cut into parts of `size` rows. */
export function rowsParts(tables: TypedTables, replaced: readonly Replaced[], size: number): RowsPart[] {
  const parts: RowsPart[] = [];
  for (const { file } of replaced) {
    const length = tables[file]?.rows.length ?? 0;
    for (let start = 0; start < length; start += size) parts.push(partOf(tables, file, start, start + size));
  }
  return parts;
}

const join = <T>(parts: readonly (TypedTable<T> | undefined)[]): TypedTable<T> | undefined => {
  const present = parts.filter((part) => part !== undefined);
  return present.length === 0
    ? undefined
    : { rows: present.flatMap((part) => part.rows), lines: present.flatMap((part) => part.lines) };
};

/** The tables the parts were cut from, put back together. */
export function joinParts(parts: readonly RowsPart[]): TypedTables {
  return {
    poles: join(parts.map((part) => part.poles)),
    themes: join(parts.map((part) => part.themes)),
    regions: join(parts.map((part) => part.regions)),
    sources: join(parts.map((part) => part.sources)),
    funding: join(parts.map((part) => part.funding)),
    milestones: join(parts.map((part) => part.milestones)),
    departements: join(parts.map((part) => part.departements)),
  };
}
