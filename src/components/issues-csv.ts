import type { DataIssue } from '../data/issue';
import { expectedIn, labelIn } from '../data/issue-text';
import type { CsvTable } from '../lib/csv-export';
import type { I18n } from '../lib/i18n/i18n';
import { FRENCH } from '../lib/i18n/i18n-for';

/** « nom », or « C « nom » » in a workbook's sheet, where the column's letter finds it. */
export function columnText(issue: DataIssue, i18n: I18n = FRENCH): string | null {
  const column = labelIn(issue.column, i18n);
  if (column === null) return null;
  return issue.columnLetter === undefined
    ? column
    : i18n.t('error-panel.cell.columnLetter', { letter: issue.columnLetter, column });
}

/** Every issue as a CSV table for the deployer to work through in a spreadsheet, in the reader's language. */
export function issuesTable(issues: readonly DataIssue[], i18n: I18n = FRENCH): CsvTable {
  const { t } = i18n;
  return {
    columns: [
      t('error-panel.csv.file'),
      t('error-panel.csv.line'),
      t('error-panel.csv.column'),
      t('error-panel.csv.value'),
      t('error-panel.csv.expected'),
    ],
    rows: issues.map((issue) => [
      labelIn(issue.file, i18n),
      issue.line,
      columnText(issue, i18n),
      labelIn(issue.value, i18n),
      expectedIn(issue, i18n),
    ]),
  };
}

/** "erreurs-poles.csv" for data/poles.csv; several files give "erreurs-donnees.csv". */
export function issuesFileName(files: readonly string[], i18n: I18n = FRENCH): string {
  const [only] = files;
  if (files.length !== 1 || only === undefined) return i18n.t('error-panel.csv.nameAll');
  const base = only.split('/').at(-1) ?? only;
  return i18n.t('error-panel.csv.name', { file: base.replace(/\.csv$/i, '') });
}

/** A problem with the file as a whole (no row, or its header): said in a sentence before any row error. */
export const isFileLevel = (issue: DataIssue): boolean => issue.line === null || issue.line === 1;
