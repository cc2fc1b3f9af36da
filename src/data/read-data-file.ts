import type * as v from 'valibot';
import { expectation } from './data-message';
import type { RowsOf, TypedTable } from './dataset';
import { decodeCsv, type Encoding } from './decode';
import type { Delimiter } from './diagnose';
import { DATA_FILES, type FileId } from './files';
import type { DataIssue } from './issue';
import { parseCsv } from './parse-csv';
import { parseRows, type RowSchema } from './parse-rows';

/** What reading one data file gave: typed rows, or the issues that stop it; warnings in both cases. */
export type DataFileRead<T> =
  | {
      readonly ok: true;
      readonly table: TypedTable<T>;
      readonly warnings: readonly DataIssue[];
      /** How the file was written; encoding null when it came as text. */
      readonly encoding: Encoding | null;
      readonly delimiter: Delimiter;
    }
  | { readonly ok: false; readonly issues: readonly DataIssue[]; readonly warnings: readonly DataIssue[] };

function readWith<S extends RowSchema>(
  schema: S,
  path: string,
  data: Uint8Array | string,
): DataFileRead<v.InferOutput<S>> {
  let text: string;
  let encoding: Encoding | null = null;
  if (typeof data === 'string') text = data;
  else {
    const decoded = decodeCsv(data, path);
    if ('issue' in decoded) return { ok: false, issues: [decoded.issue], warnings: [] };
    ({ text, encoding } = decoded);
  }
  const csv = parseCsv(path, text, Object.keys(schema.entries));
  const { warnings } = csv;
  if (csv.issues.length > 0 || csv.delimiter === null) return { ok: false, issues: csv.issues, warnings };
  const parsed = parseRows(path, schema, csv.records);
  if (parsed.issues.length > 0) return { ok: false, issues: parsed.issues, warnings };
  if (parsed.rows.length === 0) {
    const issue = {
      file: path,
      line: null,
      column: null,
      value: null,
      expected: expectation('data.file.noRows'),
    };
    return { ok: false, issues: [issue], warnings };
  }
  return { ok: true, table: parsed, warnings, encoding, delimiter: csv.delimiter };
}

type Readers = {
  readonly [K in FileId]: (path: string, data: Uint8Array | string) => DataFileRead<RowsOf[K]>;
};

const READERS: Readers = {
  poles: (path, data) => readWith(DATA_FILES.poles.schema, path, data),
  themes: (path, data) => readWith(DATA_FILES.themes.schema, path, data),
  regions: (path, data) => readWith(DATA_FILES.regions.schema, path, data),
  sources: (path, data) => readWith(DATA_FILES.sources.schema, path, data),
  funding: (path, data) => readWith(DATA_FILES.funding.schema, path, data),
  milestones: (path, data) => readWith(DATA_FILES.milestones.schema, path, data),
  departements: (path, data) => readWith(DATA_FILES.departements.schema, path, data),
};

/**
 * The one door for a data file, served or imported: bytes (decoded: UTF-8 with or without BOM, Windows-1252,
 * UTF-16 with BOM) or text, diagnosed as a whole, then split with the header's separator and typed with the
 * file's schema. Pure and DOM-free, so it runs in a Web Worker. `path` names the file in every issue.
 * Cross-file checks (crossCheck) are left to the caller, who holds the other files.
 */
export function readDataFile<K extends FileId>(
  file: K,
  path: string,
  data: Uint8Array | string,
): DataFileRead<RowsOf[K]> {
  const read: Readers[K] = READERS[file];
  return read(path, data);
}
