import Papa from 'papaparse';
import { downloadBlob } from './download';

export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * Text that a spreadsheet would read as a formula (OWASP CSV injection): papaparse prefixes it with ' and quotes it.
 * The characters of papaparse's own `escapeFormulae: true`, whose pattern (/^[=+\-@\t\r].*$/) lets a cell with a
 * line break through ("=1\n+2"); this one looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const UNPARSE: Papa.UnparseConfig = {
  delimiter: ',',
  newline: '\r\n',
  escapeFormulae: FORMULA_START,
  // papaparse quotes cells holding the delimiter, a quote, a line break or edge spaces; a semicolon is quoted too,
  // for spreadsheets that split on it (the French default).
  quotes: (value: unknown) => typeof value === 'string' && value.includes(';'),
};

/**
 * UTF-8 CSV text with a BOM so that spreadsheets read accents correctly; comma separated, CRLF lines, each ended.
 * Numbers are written raw (never neutralised, even negative), null as an empty cell.
 */
export function toCsv(table: CsvTable, footer?: string): string {
  const lines = [[...table.columns], ...table.rows.map((row) => [...row])];
  // A footer (the source line of imported data) follows an empty line, as one cell, so the table stays intact above.
  const end = footer === undefined ? '' : `\r\n${Papa.unparse([[footer]], UNPARSE)}\r\n`;
  return `\uFEFF${Papa.unparse(lines, UNPARSE)}\r\n${end}`;
}

export function downloadCsv(table: CsvTable, fileName: string, footer?: string): void {
  downloadBlob(new Blob([toCsv(table, footer)], { type: 'text/csv;charset=utf-8' }), fileName);
}
