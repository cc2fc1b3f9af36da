import Papa from 'papaparse';
import type { DataIssue } from './issue';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

export interface ParsedCsv {
  readonly records: readonly CsvRecord[];
  readonly issues: readonly DataIssue[];
}

const PAPA_ERRORS: Readonly<Record<string, string>> = {
  MissingQuotes: 'des guillemets fermés (un champ entre guillemets n’est pas refermé)',
  InvalidQuotes:
    'des guillemets uniquement autour d’un champ entier (doublez un guillemet à l’intérieur d’un champ)',
  UndetectableDelimiter: 'des champs séparés par des virgules',
  TooFewFields: 'autant de champs que l’en-tête',
  TooManyFields: 'autant de champs que l’en-tête',
};

/** Splits CSV text into records keyed by the header, each with the line it starts on; checks the header and field counts. */
export function parseCsv(file: string, rawText: string, requiredColumns: readonly string[]): ParsedCsv {
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
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
    delimiter: ',',
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
          expected: PAPA_ERRORS[error.code] ?? 'une ligne CSV valide',
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
          value: `${cells.length} champs`,
          expected: `${header.length} champs, comme l’en-tête`,
        });
        return;
      }
      const values: Record<string, string> = {};
      header.forEach((name, index) => {
        values[name] = cells[index] ?? '';
      });
      records.push({ line: startLine, values });
    },
  });

  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set in Papa's step callback, which narrowing cannot see
  if (header === null) {
    return {
      records: [],
      issues: [
        { file, line: 1, column: null, value: null, expected: 'une ligne d’en-tête suivie de données' },
      ],
    };
  }
  const present: readonly string[] = header;
  for (const column of requiredColumns) {
    if (!present.includes(column)) {
      issues.push({
        file,
        line: 1,
        column,
        value: null,
        expected: `la colonne « ${column} » dans l’en-tête`,
      });
    }
  }
  return { records, issues };
}
