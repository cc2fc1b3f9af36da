import type { I18n } from '../lib/i18n/i18n';
import { expectedIn, labelIn, writerFor } from './issue-text';

/** One problem found in a data file, precise enough for a deployer to fix it. */
export interface DataIssue {
  readonly file: string;
  /** 1-based line in the file (the header is line 1); null when the whole file is concerned. */
  readonly line: number | null;
  readonly column: string | null;
  /** The column's letter in a spreadsheet (« B »), when the file is a workbook's sheet. */
  readonly columnLetter?: string;
  readonly value: string | null;
  /** What was expected, in French, ready to show. */
  readonly expected: string;
}

/** The issue in one sentence, in the language of `i18n` (French without it): file, line, column, value, expected. */
export function describeIssue(issue: DataIssue, i18n?: I18n): string {
  const t = writerFor(i18n);
  const column = labelIn(issue.column, i18n);
  const where = [
    labelIn(issue.file, i18n),
    issue.line === null ? null : t('data.issue.line', { line: issue.line }),
    column === null
      ? null
      : issue.columnLetter === undefined
        ? t('data.issue.column', { column })
        : t('data.issue.columnLetter', { column, letter: issue.columnLetter }),
  ]
    .filter((part) => part !== null)
    .join(', ');
  const value = issue.value === null ? '' : t('data.issue.value', { value: labelIn(issue.value, i18n) });
  return t('data.issue.text', { where, value, expected: expectedIn(issue, i18n) });
}
