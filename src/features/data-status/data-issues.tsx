import { FileErrorPanel } from '../../components/file-error-panel';
import { DATA_FILES, FILE_IDS } from '../../data/files';
import { describeIssue } from '../../data/issue';
import { useDashboard } from '../../store/store';

/**
 * Every data file's errors in detail, those that no card reads (sources.csv…) included, and the warnings of the
 * files that loaded; nothing when all is well.
 */
export function DataIssues() {
  const files = useDashboard((s) => s.files);
  const failed = FILE_IDS.flatMap((id) => {
    const state = files[id];
    return state.status === 'error' ? [{ id, state }] : [];
  });
  const warnings = FILE_IDS.flatMap((id) => {
    const state = files[id];
    return state.status === 'loading' ? [] : (state.warnings ?? []);
  });
  if (failed.length === 0 && warnings.length === 0) return null;
  return (
    <section className="data-issues" aria-labelledby="etat-des-donnees">
      <h2 id="etat-des-donnees">État des fichiers de données</h2>
      {failed.map(({ id, state }) => (
        <FileErrorPanel
          key={id}
          issues={state.issues}
          announce={false}
          what={
            state.rows === null
              ? `${DATA_FILES[id].path} non chargé`
              : `${DATA_FILES[id].path} non rechargé, ses données précédentes restent affichées`
          }
        />
      ))}
      {warnings.length > 0 ? (
        <div className="warning-panel">
          <p className="error-title">
            <strong>Avertissements&#x202f;:</strong> ces points n’empêchent pas le chargement.
          </p>
          <ul>
            {warnings.map((warning, index) => (
              <li key={`${warning.file}-${warning.column ?? 'x'}-${index}`}>{describeIssue(warning)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
