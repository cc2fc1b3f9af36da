import type { DataIssue } from '../data/issue';
import type { CsvTable } from '../lib/csv-export';

/** « nom », or « C « nom » » in a workbook's sheet, where the column's letter finds it. */
export const columnText = (issue: DataIssue): string | null =>
  issue.column === null
    ? null
    : issue.columnLetter === undefined
      ? issue.column
      : `${issue.columnLetter} «\u202f${issue.column}\u202f»`;

/** Every issue as a CSV table for the deployer to work through in a spreadsheet; columns named as the panel does. */
export function issuesTable(issues: readonly DataIssue[]): CsvTable {
  return {
    columns: ['fichier', 'ligne', 'colonne', 'valeur', 'attendu'],
    rows: issues.map((issue) => [issue.file, issue.line, columnText(issue), issue.value, issue.expected]),
  };
}

/** "erreurs-poles.csv" for data/poles.csv; several files give "erreurs-donnees.csv". */
export function issuesFileName(files: readonly string[]): string {
  const [only] = files;
  if (files.length !== 1 || only === undefined) return 'erreurs-donnees.csv';
  const base = only.split('/').at(-1) ?? only;
  return `erreurs-${base.replace(/\.csv$/i, '')}.csv`;
}

/** A problem with the file as a whole (no row, or its header): said in a sentence before any row error. */
export const isFileLevel = (issue: DataIssue): boolean => issue.line === null || issue.line === 1;
