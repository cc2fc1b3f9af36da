import type { DataIssue } from '../data/issue';
import { downloadCsv } from '../lib/csv-export';
import { plural } from '../lib/format';
import { columnText, issuesFileName, issuesTable, isFileLevel } from './issues-csv';

interface Props {
  readonly issues: readonly DataIssue[];
  /** The consequence, as a sentence start: "Impossible d’afficher « Adhérents »". */
  readonly what: string;
  /** false where a heading already introduces the panel and the status line has announced it. */
  readonly announce?: boolean;
}

export const SHOWN_ROW_ERRORS = 20;

function FileDiagnosis({ issue }: { readonly issue: DataIssue }) {
  const where = [
    issue.line === null ? null : `ligne ${issue.line}`,
    issue.column === null
      ? null
      : issue.columnLetter === undefined
        ? `colonne « ${issue.column} »`
        : `colonne ${columnText(issue) ?? ''}`,
  ]
    .filter((part) => part !== null)
    .join(', ');
  return (
    <li>
      <code>{issue.file}</code>
      {where === '' ? '' : `, ${where}`}
      {issue.value === null ? null : `\u202f: ${issue.value}`}
      {'\u202f; attendu\u202f: '}
      {issue.expected}.
    </li>
  );
}

/** Says, in French, which file failed and why: the diagnosis of the whole file first, then the first row errors, all of them as CSV. */
export function FileErrorPanel({ issues, what, announce = true }: Props) {
  const files = [...new Set(issues.map((issue) => issue.file))];
  const fileLevel = issues.filter(isFileLevel);
  const rows = issues.filter((issue) => !isFileLevel(issue));
  const shown = rows.slice(0, SHOWN_ROW_ERRORS);
  const hidden = rows.length - shown.length;
  return (
    <div className="error-panel" role={announce ? 'alert' : undefined}>
      <p className="error-title">
        <strong>{what}&#x202f;:</strong> {files.length > 1 ? 'les fichiers' : 'le fichier'}{' '}
        {files.map((file, index) => (
          <span key={file}>
            {index > 0 ? ', ' : ''}
            <code>{file}</code>
          </span>
        ))}{' '}
        {files.length > 1 ? 'contiennent' : 'contient'} {plural(issues.length, 'erreur')}.
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
                ? `Erreurs détectées dans les données (les ${SHOWN_ROW_ERRORS} premières)`
                : 'Erreurs détectées dans les données'}
            </caption>
            <thead>
              <tr>
                {files.length > 1 ? <th scope="col">Fichier</th> : null}
                <th scope="col">Ligne</th>
                <th scope="col">Colonne</th>
                <th scope="col">Valeur lue</th>
                <th scope="col">Attendu</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((issue, index) => (
                <tr key={`${issue.file}-${issue.line ?? 'x'}-${issue.column ?? 'x'}-${index}`}>
                  {files.length > 1 ? (
                    <td>
                      <code>{issue.file}</code>
                    </td>
                  ) : null}
                  <td>{issue.line ?? '—'}</td>
                  <td>
                    <span className="issue-column">{columnText(issue) ?? '—'}</span>
                  </td>
                  <td>
                    {issue.value === null ? '—' : <code>{issue.value === '' ? '(vide)' : issue.value}</code>}
                  </td>
                  <td>{issue.expected}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {hidden > 0 ? <p>… et {plural(hidden, 'autre erreur', 'autres erreurs')}.</p> : null}
      {issues.length > 1 ? (
        <button type="button" onClick={() => downloadCsv(issuesTable(issues), issuesFileName(files))}>
          Télécharger la liste des {plural(issues.length, 'erreur')} (CSV)
        </button>
      ) : null}
      <p className="error-help">
        Corrigez le fichier puis rechargez les données&#x202f;: les autres vues restent utilisables.
      </p>
    </div>
  );
}
