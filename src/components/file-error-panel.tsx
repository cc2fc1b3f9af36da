import type { DataIssue } from '../data/issue';

interface Props {
  readonly issues: readonly DataIssue[];
  /** The consequence, as a sentence start: "Impossible d’afficher « Adhérents »". */
  readonly what: string;
}

const SHOWN = 12;

/** Says, in French, which file failed, where and what was expected; lists the first issues and counts the rest. */
export function FileErrorPanel({ issues, what }: Props) {
  const files = [...new Set(issues.map((issue) => issue.file))];
  const shown = issues.slice(0, SHOWN);
  return (
    <div className="error-panel" role="alert">
      <p className="error-title">
        <strong>{what} :</strong> {files.length > 1 ? 'les fichiers' : 'le fichier'}{' '}
        {files.map((file, index) => (
          <span key={file}>
            {index > 0 ? ', ' : ''}
            <code>{file}</code>
          </span>
        ))}{' '}
        {issues.length === 1 ? 'contient une erreur' : `contiennent ${issues.length} erreurs`}.
      </p>
      <table className="data-table issues-table">
        <caption>Erreurs détectées dans les données</caption>
        <thead>
          <tr>
            <th scope="col">Fichier</th>
            <th scope="col">Ligne</th>
            <th scope="col">Colonne</th>
            <th scope="col">Valeur lue</th>
            <th scope="col">Attendu</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((issue, index) => (
            <tr key={`${issue.file}-${issue.line ?? 'x'}-${issue.column ?? 'x'}-${index}`}>
              <td>
                <code>{issue.file}</code>
              </td>
              <td>{issue.line ?? '—'}</td>
              <td>{issue.column ?? '—'}</td>
              <td>
                {issue.value === null ? '—' : <code>{issue.value === '' ? '(vide)' : issue.value}</code>}
              </td>
              <td>{issue.expected}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > SHOWN ? <p>… et {issues.length - SHOWN} autres erreurs.</p> : null}
      <p className="error-help">
        Corrigez le fichier puis rechargez les données : les autres vues restent utilisables.
      </p>
    </div>
  );
}
