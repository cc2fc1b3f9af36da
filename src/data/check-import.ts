import type * as v from 'valibot';
import { crossCheck } from './cross-checks';
import { expectation, dataLabel } from './data-message';
import { decodeCsv } from './decode';
import { splitCsv } from './csv-chunks';
import type { RowsOf, TypedTable, TypedTables } from './dataset';
import { DATA_FILES, FILE_IDS, type FileId } from './files';
import { columnsOf, fileByHeader, fileByName, headerColumns, importLabel } from './import-target';
import { MAX_IMPORT_BYTES, tooBig } from './import-limits';
import type { DataIssue } from './issue';
import { parseCsv } from './parse-csv';
import { parseRows, type RowSchema } from './parse-rows';

/**
 * One file given by the reader: the bytes of a CSV file, or text (a spreadsheet's sheet written as CSV); `file`, when
 * known (a sheet named like a data file, a file kept from an earlier import), says which data file it replaces.
 */
export type ImportInput = (
  { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly text: string }
) & { readonly file?: FileId };

/** Which data file an imported file replaces, and the name the reader's file had. */
export interface Replaced {
  readonly file: FileId;
  readonly from: string;
}

export type ImportResult =
  | { readonly tables: TypedTables; readonly replaced: readonly Replaced[] }
  | { readonly issues: readonly DataIssue[] };

export interface ImportProgress {
  readonly rowsRead: number;
  readonly charsRead: number;
  readonly charsTotal: number;
}

export interface CheckOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Awaited between chunks: on the main thread it gives the page a turn to paint and answer input. */
  readonly pause?: () => Promise<void>;
  /** Characters parsed at a time. */
  readonly chunkSize?: number;
}

// Bytes are decoded as the served files are: UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252.
const textOf = (input: ImportInput): { text: string } | { issue: DataIssue } =>
  'text' in input ? { text: input.text } : decodeCsv(input.bytes, input.name);

const sizeOf = (input: ImportInput): number => ('text' in input ? input.text.length : input.bytes.length);

const fileIssue = (file: string, value: string | null, expected: string): DataIssue => ({
  file,
  line: null,
  column: null,
  value,
  expected,
});

const KNOWN_NAMES = FILE_IDS.map((file) => `${file}.csv`).join(', ');

interface Target {
  readonly input: ImportInput;
  readonly file: FileId;
  readonly text: string;
}

function recognise(inputs: readonly ImportInput[]): { targets: Target[]; issues: DataIssue[] } {
  const targets: Target[] = [];
  const issues: DataIssue[] = [];
  for (const input of inputs) {
    if (sizeOf(input) > MAX_IMPORT_BYTES) {
      issues.push(tooBig(input.name, sizeOf(input)));
      continue;
    }
    const decoded = textOf(input);
    if ('issue' in decoded) {
      issues.push(decoded.issue);
      continue;
    }
    const { text } = decoded;
    const firstLine = splitCsv(text.slice(0, 10_000), 10_000).header;
    const file = input.file ?? fileByName(input.name) ?? fileByHeader(headerColumns(firstLine));
    if (file === null) {
      issues.push({
        file: input.name,
        line: 1,
        column: null,
        value: firstLine.slice(0, 120),
        expected: expectation('data.import.unknownFile', { names: KNOWN_NAMES }),
      });
      continue;
    }
    const earlier = targets.find((target) => target.file === file);
    if (earlier !== undefined) {
      issues.push(
        fileIssue(
          input.name,
          null,
          expectation('data.import.oneFilePer', { path: DATA_FILES[file].path, name: earlier.input.name }),
        ),
      );
      continue;
    }
    targets.push({ input, file, text });
  }
  return { targets, issues };
}

type Parsed<T> = { readonly table: TypedTable<T> } | { readonly issues: DataIssue[] };

interface Done {
  rows: number;
  chars: number;
  readonly total: number;
}

async function parseTarget<S extends RowSchema>(
  target: Target,
  schema: S,
  done: Done,
  options: CheckOptions,
): Promise<Parsed<v.InferOutput<S>>> {
  const label = importLabel(target.input.name, target.file);
  const columns = columnsOf(target.file);
  const { header, chunks } = splitCsv(target.text, options.chunkSize ?? 256 * 1024);
  const headerIssues = parseCsv(label, `${header}\n`, columns).issues;
  if (headerIssues.length > 0) return { issues: [...headerIssues] };
  const rows: v.InferOutput<S>[] = [];
  const lines: number[] = [];
  const issues: DataIssue[] = [];
  const base = done.chars;
  for (const chunk of chunks) {
    // Line 2 of the chunk's own text (after the header) is its first line in the file.
    const shift = chunk.firstLine - 2;
    const csv = parseCsv(label, `${header}\n${chunk.text}`, columns);
    for (const issue of csv.issues)
      issues.push({ ...issue, line: issue.line === null ? null : issue.line + shift });
    const records = csv.records.map((record) => ({ ...record, line: record.line + shift }));
    const typed = parseRows(label, schema, records);
    rows.push(...typed.rows);
    lines.push(...typed.lines);
    issues.push(...typed.issues);
    done.rows += records.length;
    done.chars = base + chunk.end;
    options.onProgress?.({ rowsRead: done.rows, charsRead: done.chars, charsTotal: done.total });
    if (options.pause !== undefined) await options.pause();
  }
  done.chars = base + target.text.length;
  if (issues.length > 0) return { issues };
  if (rows.length === 0) return { issues: [fileIssue(label, null, expectation('data.file.noRows'))] };
  return { table: { rows, lines } };
}

/**
 * Checks the reader's files as the bundled ones are checked: each is recognised by its name or its header, parsed,
 * typed, then cross-checked with the current tables of the files it does not replace. Any issue refuses the whole
 * import, so what is on screen stays as it was.
 */
export async function checkImport(
  inputs: readonly ImportInput[],
  current: TypedTables,
  options: CheckOptions = {},
): Promise<ImportResult> {
  if (inputs.length === 0)
    return {
      issues: [fileIssue(dataLabel('data.import.noFile'), null, expectation('data.import.atLeastOneFile'))],
    };
  const { targets, issues } = recognise(inputs);
  if (issues.length > 0) return { issues };
  const done: Done = {
    rows: 0,
    chars: 0,
    total: targets.reduce((sum, target) => sum + target.text.length, 0),
  };
  const read = async <K extends FileId>(file: K): Promise<TypedTable<RowsOf[K]> | undefined> => {
    const target = targets.find((candidate) => candidate.file === file);
    if (target === undefined) return current[file];
    const parsed = await READERS[file](target, done, options);
    if ('table' in parsed) return parsed.table;
    issues.push(...parsed.issues);
    return undefined;
  };
  // One key at a time, so that each table keeps the type of its own rows.
  const merged: TypedTables = {
    poles: await read('poles'),
    themes: await read('themes'),
    regions: await read('regions'),
    sources: await read('sources'),
    funding: await read('funding'),
    milestones: await read('milestones'),
    departements: await read('departements'),
  };
  if (issues.length > 0) return { issues };
  const labels = new Map<string, string>(
    targets.map((target) => [DATA_FILES[target.file].path, importLabel(target.input.name, target.file)]),
  );
  const crossIssues = crossCheck(merged).map((issue) => ({
    ...issue,
    file: labels.get(issue.file) ?? issue.file,
  }));
  if (crossIssues.length > 0) return { issues: crossIssues };
  return {
    tables: merged,
    replaced: targets.map((target) => ({ file: target.file, from: target.input.name })),
  };
}

type Reader<T> = (target: Target, done: Done, options: CheckOptions) => Promise<Parsed<T>>;

// One reader per file, each with its own schema, so that every table keeps the type of its rows.
const READERS: { readonly [K in FileId]: Reader<RowsOf[K]> } = {
  poles: (t, d, o) => parseTarget(t, DATA_FILES.poles.schema, d, o),
  themes: (t, d, o) => parseTarget(t, DATA_FILES.themes.schema, d, o),
  regions: (t, d, o) => parseTarget(t, DATA_FILES.regions.schema, d, o),
  sources: (t, d, o) => parseTarget(t, DATA_FILES.sources.schema, d, o),
  funding: (t, d, o) => parseTarget(t, DATA_FILES.funding.schema, d, o),
  milestones: (t, d, o) => parseTarget(t, DATA_FILES.milestones.schema, d, o),
  departements: (t, d, o) => parseTarget(t, DATA_FILES.departements.schema, d, o),
};
