import Papa from 'papaparse';
import { expectation, dataLabel, type DataMessageId } from './data-message';
import { diagnoseCsv, type Delimiter } from './diagnose';
import type { DataIssue } from './issue';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

export interface ParsedCsv {
  readonly records: readonly CsvRecord[];
  /** A file-level diagnosis alone (no record is read then), or the errors of the rows. */
  readonly issues: readonly DataIssue[];
  readonly warnings: readonly DataIssue[];
  /** The separator read from the header line; null when the file could not be read as CSV. */
  readonly delimiter: Delimiter | null;
}

const PAPA_ERRORS: Readonly<Record<string, DataMessageId>> = {
  MissingQuotes: 'data.csv.missingQuotes',
  InvalidQuotes: 'data.csv.invalidQuotes',
};

/**
 * Diagnoses the whole file first (see diagnoseCsv), then splits it with the separator of its header into records
 * keyed by the header, each with the line it starts on, and checks each row's field count.
 */
export function parseCsv(file: string, rawText: string, requiredColumns: readonly string[]): ParsedCsv {
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const diagnosis = diagnoseCsv(file, text, requiredColumns);
  if (!diagnosis.ok) {
    return { records: [], issues: [diagnosis.issue], warnings: diagnosis.warnings, delimiter: null };
  }
  const issues: DataIssue[] = [];
  const records: CsvRecord[] = [];
  let header: string[] | null = null;
  let cursor = 0;
  let line = 1;

  const advanceTo = (position: number): void => {
    for (let index = cursor; index < position; index += 1) if (text[index] === '\n') line += 1;
    cursor = position;
  };

  // Papa skips nothing here, so each step starts where the previous one ended and line numbers stay exact.
  Papa.parse<string[]>(text, {
    delimiter: diagnosis.delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const startLine = line;
      advanceTo(result.meta.cursor);
      const cells = result.data;
      if (cells.length === 1 && (cells[0] ?? '').trim() === '') return;
      for (const error of result.errors) {
        issues.push({
          file,
          line: startLine,
          column: null,
          value: null,
          expected: expectation(PAPA_ERRORS[error.code] ?? 'data.csv.validLine'),
        });
      }
      if (header === null) {
        header = cells.map((cell) => cell.trim());
        return;
      }
      if (cells.length !== header.length) {
        issues.push({
          file,
          line: startLine,
          column: null,
          value: dataLabel('data.csv.fields', { count: cells.length }),
          expected: expectation('data.csv.fieldsLikeHeader', { count: header.length }),
        });
        return;
      }
      const values: Record<string, string> = {};
      header.forEach((name, index) => {
        // The diagnosis refused repeated names; an unnamed column is ignored.
        if (name !== '') values[name] = cells[index] ?? '';
      });
      records.push({ line: startLine, values });
    },
  });
  return { records, issues, warnings: diagnosis.warnings, delimiter: diagnosis.delimiter };
}
