import type { ReactNode } from 'react';
import type { DataIssue } from '../data/issue';
import { expectedIn, labelIn } from '../data/issue-text';
import { downloadCsv } from '../lib/csv-export';
import { useI18n } from './i18n-context';
import { columnText, issuesFileName, issuesTable, isFileLevel } from './issues-csv';

export interface FileErrorPanelProps {
  readonly issues: readonly DataIssue[];
  /** The consequence, as a sentence start: "Impossible d’afficher « Adhérents »". */
  readonly what: string;
  /** false where a heading already introduces the panel and the status line has announced it. */
  readonly announce?: boolean;
}

export const SHOWN_ROW_ERRORS = 20;

function FileDiagnosis({ issue }: { readonly issue: DataIssue }) {
  const i18n = useI18n();
  const { t } = i18n;
  const column = labelIn(issue.column, i18n);
  const where = [
    issue.line === null ? null : t('error-panel.line', { line: issue.line }),
    column === null
      ? null
      : issue.columnLetter === undefined
        ? t('error-panel.column', { column })
        : t('error-panel.columnLetter', { letter: issue.columnLetter, column }),
  ]
    .filter((part) => part !== null)
    .join(', ');
  const value = labelIn(issue.value, i18n);
  return (
    <li>
      {i18n.rich('error-panel.diagnosis', {
        code: (chunks: ReactNode[]) => <code key="file">{chunks}</code>,
        file: labelIn(issue.file, i18n),
        where: where === '' ? '' : t('error-panel.diagnosis.where', { where }),
        value: value === null ? '' : t('error-panel.diagnosis.value', { value }),
        expected: expectedIn(issue, i18n),
      })}
    </li>
  );
}

/** Says which file failed and why, in the reader's language: the diagnosis of the whole file first, then the first row errors, all of them as CSV. */
export function FileErrorPanel({ issues, what, announce = true }: FileErrorPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const files = [...new Set(issues.map((issue) => issue.file))];
  const fileLevel = issues.filter(isFileLevel);
  const rows = issues.filter((issue) => !isFileLevel(issue));
  const shown = rows.slice(0, SHOWN_ROW_ERRORS);
  const hidden = rows.length - shown.length;
  const names = files.map((file, index) => (
    <span key={file}>
      {index > 0 ? ', ' : ''}
      <code>{labelIn(file, i18n)}</code>
    </span>
  ));
  return (
    <div className="error-panel" role={announce ? 'alert' : undefined}>
      <p className="error-title">
        {i18n.rich('error-panel.title', {
          strong: (chunks: ReactNode[]) => <strong key="what">{chunks}</strong>,
          what,
          fileCount: files.length,
          names,
          count: issues.length,
        })}
      </p>
      {fileLevel.length > 0 ? (
        <ul className="error-diagnosis">
          {fileLevel.map((issue, index) => (
            <FileDiagnosis key={`${issue.file}-${issue.column ?? 'x'}-${index}`} issue={issue} />
          ))}
        </ul>
      ) : null}
      {shown.length > 0 ? (
        <div className="issues-scroll">
          <table className="data-table issues-table">
            <caption>
              {hidden > 0
                ? t('error-panel.captionFirst', { shown: SHOWN_ROW_ERRORS })
                : t('error-panel.caption')}
            </caption>
            <thead>
              <tr>
                {files.length > 1 ? <th scope="col">{t('error-panel.header.file')}</th> : null}
                <th scope="col">{t('error-panel.header.line')}</th>
                <th scope="col">{t('error-panel.header.column')}</th>
                <th scope="col">{t('error-panel.header.value')}</th>
                <th scope="col">{t('error-panel.header.expected')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((issue, index) => (
                <tr key={`${issue.file}-${issue.line ?? 'x'}-${issue.column ?? 'x'}-${index}`}>
                  {files.length > 1 ? (
                    <td>
                      <code>{labelIn(issue.file, i18n)}</code>
                    </td>
                  ) : null}
                  <td>{issue.line ?? '—'}</td>
                  <td>
                    <span className="issue-column">{columnText(issue, i18n) ?? '—'}</span>
                  </td>
                  <td>
                    {issue.value === null ? (
                      '—'
                    ) : (
                      <code>{issue.value === '' ? t('error-panel.empty') : labelIn(issue.value, i18n)}</code>
                    )}
                  </td>
                  <td>{expectedIn(issue, i18n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {hidden > 0 ? <p>{t('error-panel.more', { count: hidden })}</p> : null}
      {issues.length > 1 ? (
        <button
          type="button"
          onClick={() =>
            downloadCsv(
              issuesTable(issues, i18n),
              issuesFileName(
                files.map((file) => labelIn(file, i18n)),
                i18n,
              ),
            )
          }
        >
          {t('error-panel.download', { count: issues.length })}
        </button>
      ) : null}
      <p className="error-help">{t('error-panel.help')}</p>
    </div>
  );
}
