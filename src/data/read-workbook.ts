import { read, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { dataLabel, dataList, expectation } from './data-message';
import type { DataIssue } from './issue';
import type { CsvRecord } from './parse-csv';

/** A data file a workbook may hold, as a sheet of its name: its id (`poles`) and the columns it requires. */
export interface WorkbookFile<Id extends string = string> {
  readonly id: Id;
  readonly columns: readonly string[];
}

/** One sheet read as a parsed CSV: the same records and issues, lines being the sheet's row numbers. */
export interface WorkbookSheet<Id extends string = string> {
  readonly fileId: Id;
  readonly sheetName: string;
  /** What issues name as their file: « données.xlsx, feuille « poles » ». */
  readonly file: string;
  readonly records: readonly CsvRecord[];
  readonly issues: readonly DataIssue[];
  /** Each header's column letter, to place the issues of later checks. */
  readonly columnLetters: Readonly<Record<string, string>>;
  /** The sheet's row number of its header. */
  readonly headerLine: number;
}

export type WorkbookRead<Id extends string = string> =
  | {
      readonly ok: true;
      readonly sheets: readonly WorkbookSheet<Id>[];
      /** Sheets named like no data file, left aside. */
      readonly ignored: readonly string[];
    }
  /** The workbook as a whole cannot be used: one issue that says why and what to do. */
  | { readonly ok: false; readonly issue: DataIssue };

const workbookIssue = (name: string, value: string, expected: string): DataIssue => ({
  file: name,
  line: null,
  column: null,
  value,
  expected,
});

export const corruptIssue = (name: string): DataIssue =>
  workbookIssue(name, dataLabel('data.workbook.corrupt'), expectation('data.workbook.corruptExpected'));

export const encryptedIssue = (name: string): DataIssue =>
  workbookIssue(name, dataLabel('data.workbook.encrypted'), expectation('data.workbook.encryptedExpected'));

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

/** A sheet's or a workbook's name as a file id: « Poles.csv » and « poles » both name `poles`. */
const asFileName = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/\.(csv|xlsx?)$/, '');

/** Number text the way the CSV files write it: no grouping, a dot, at most Excel's 15 significant digits. */
function numberText(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(Number(value.toPrecision(15)));
}

const isCell = (value: unknown): value is CellObject =>
  typeof value === 'object' && value !== null && 't' in value;

function cellAt(sheet: WorkSheet, r: number, c: number): CellObject | undefined {
  const value: unknown = sheet[utils.encode_cell({ r, c })];
  return isCell(value) ? value : undefined;
}

/** A cell's value as CSV text, or the error it holds (#N/A, #DIV/0!…). */
function cellText(cell: CellObject | undefined): { text: string } | { error: string } {
  if (cell === undefined) return { text: '' };
  const { v } = cell;
  if (cell.t === 'e') return { error: cell.w ?? dataLabel('data.workbook.error') };
  if (v instanceof Date) return { text: v.toISOString().slice(0, 10) };
  if (typeof v === 'number') return { text: numberText(v) };
  if (typeof v === 'boolean') return { text: v ? 'true' : 'false' };
  return { text: typeof v === 'string' ? v : '' };
}

const emptyText = (cell: { text: string } | { error: string }) => 'text' in cell && cell.text.trim() === '';

/** Reads one sheet like parseCsv reads a file: header on the sheet's first row, then records keyed by it. */
function readSheet<Id extends string>(
  sheet: WorkSheet,
  sheetName: string,
  workbookName: string,
  target: WorkbookFile<Id>,
): WorkbookSheet<Id> {
  const file = dataLabel('data.workbook.sheet', { workbook: workbookName, sheet: sheetName });
  const issues: DataIssue[] = [];
  const records: CsvRecord[] = [];
  const ref = sheet['!ref'];
  const base = { fileId: target.id, sheetName, file };
  if (ref === undefined) {
    const expected = expectation('data.workbook.empty');
    return {
      ...base,
      records,
      columnLetters: {},
      headerLine: 1,
      issues: [{ file, line: 1, column: null, value: null, expected }],
    };
  }
  const range = utils.decode_range(ref);
  const at = (r: number, c: number) => cellText(cellAt(sheet, r, c));
  const columns: { index: number; name: string; letter: string }[] = [];
  for (let c = range.s.c; c <= range.e.c; c += 1) {
    const head = at(range.s.r, c);
    const name = 'text' in head ? head.text.trim() : '';
    columns.push({ index: c, name, letter: utils.encode_col(c) });
  }
  const headerLine = range.s.r + 1;
  // A repeated header would let its last column win silently: refuse the sheet, naming both columns.
  const repeated = columns.find(
    (column, position) =>
      column.name !== '' && columns.findIndex((other) => other.name === column.name) < position,
  );
  if (repeated !== undefined) {
    const letters = columns.filter((column) => column.name === repeated.name).map((column) => column.letter);
    const shown = dataList(letters, 'none', 'eachAnd');
    return {
      ...base,
      records,
      columnLetters: {},
      headerLine,
      issues: [
        {
          file,
          line: headerLine,
          column: repeated.name,
          value: dataLabel('data.diagnose.repeated', { positions: shown }),
          expected: expectation('data.workbook.repeatedExpected', { name: repeated.name, letters: shown }),
        },
      ],
    };
  }
  const columnLetters = Object.fromEntries(
    columns.filter((column) => column.name !== '').map((column) => [column.name, column.letter]),
  );
  for (const required of target.columns) {
    if (!(required in columnLetters)) {
      issues.push({
        file,
        line: headerLine,
        column: required,
        value: null,
        expected: expectation('data.workbook.missing', { name: required, line: headerLine }),
      });
    }
  }
  for (let r = range.s.r + 1; r <= range.e.r; r += 1) {
    const cells = columns.map((column) => ({ column, cell: at(r, column.index) }));
    if (cells.every(({ cell }) => emptyText(cell))) continue;
    const line = r + 1;
    const values: Record<string, string> = {};
    for (const { column, cell } of cells) {
      if ('error' in cell) {
        issues.push({
          file,
          line,
          column:
            column.name === '' ? dataLabel('data.workbook.column', { letter: column.letter }) : column.name,
          columnLetter: column.letter,
          value: cell.error,
          expected: expectation('data.workbook.formulaError'),
        });
      } else if (column.name === '') {
        if (cell.text.trim() !== '') {
          issues.push({
            file,
            line,
            column: null,
            value: cell.text,
            expected: expectation('data.workbook.unnamedColumn', { letter: column.letter }),
          });
        }
      } else values[column.name] = cell.text;
    }
    records.push({ line, values });
  }
  return { ...base, records, issues, columnLetters, headerLine };
}

function openWorkbook(bytes: Uint8Array, name: string): WorkBook | DataIssue {
  if (!startsWith(bytes, ZIP) && !startsWith(bytes, OLE)) return corruptIssue(name);
  try {
    return read(bytes, { type: 'array', cellDates: true, cellFormula: false, cellHTML: false, WTF: false });
  } catch (failure) {
    const reason = failure instanceof Error ? failure.message : String(failure);
    // SheetJS says « File is password-protected » of an encrypted OOXML package (an OLE file holding EncryptionInfo).
    return startsWith(bytes, OLE) && /password|encrypt/i.test(reason)
      ? encryptedIssue(name)
      : corruptIssue(name);
  }
}

/**
 * Reads the sheets of an .xlsx workbook that stand for data files: each sheet named like a file (`poles`,
 * `poles.csv`), else the first sheet when the workbook's name, or the only file expected, says which file it is.
 * Pure and DOM-free, for a Web Worker. Each sheet comes back as parseCsv's records, for the usual checks.
 */
export function readWorkbook<Id extends string>(
  data: ArrayBuffer | Uint8Array,
  workbookName: string,
  files: readonly WorkbookFile<Id>[],
): WorkbookRead<Id> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const book = openWorkbook(bytes, workbookName);
  if (!('SheetNames' in book)) return { ok: false, issue: book };
  const byName = new Map(files.map((file) => [file.id.toLowerCase(), file]));
  const sheets: WorkbookSheet<Id>[] = [];
  const ignored: string[] = [];
  for (const sheetName of book.SheetNames) {
    const target = byName.get(asFileName(sheetName));
    const sheet = book.Sheets[sheetName];
    if (target === undefined || sheet === undefined || sheets.some((s) => s.fileId === target.id)) {
      ignored.push(sheetName);
      continue;
    }
    sheets.push(readSheet(sheet, sheetName, workbookName, target));
  }
  if (sheets.length > 0) return { ok: true, sheets, ignored };
  const [firstName] = book.SheetNames;
  const first = firstName === undefined ? undefined : book.Sheets[firstName];
  const named = byName.get(asFileName(workbookName));
  const target = named ?? (files.length === 1 ? files[0] : undefined);
  if (firstName !== undefined && first !== undefined && target !== undefined) {
    return {
      ok: true,
      sheets: [readSheet(first, firstName, workbookName, target)],
      ignored: book.SheetNames.slice(1),
    };
  }
  const names = dataList(
    files.map((file) => file.id),
    'narrow',
    'comma',
  );
  const sheetNames = dataList(book.SheetNames, 'narrow', 'comma');
  return {
    ok: false,
    issue: workbookIssue(
      workbookName,
      dataLabel('data.workbook.noSheet', { sheets: sheetNames }),
      expectation('data.workbook.noSheetExpected', { names }),
    ),
  };
}

/** Places the issues of the later checks (parseRows, cross-checks) in the sheet: its name and column letters. */
export function placeIssues(sheet: WorkbookSheet, issues: readonly DataIssue[]): DataIssue[] {
  return issues.map((issue) => {
    const letter = issue.column === null ? undefined : sheet.columnLetters[issue.column];
    const placed = { ...issue, file: sheet.file };
    return letter === undefined ? placed : { ...placed, columnLetter: letter };
  });
}
