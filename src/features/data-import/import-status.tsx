import { FileErrorPanel } from '../../components/file-error-panel';
import { useDashboard } from '../../store/store';
import { importDate, progressLabel, replacedLines } from './import-text';

/** Under the header: the progress of an import, the refused import's errors, and the banner of the set shown. */
export function ImportStatus() {
  const imported = useDashboard((s) => s.imported);
  const importing = useDashboard((s) => s.importing);
  const error = useDashboard((s) => s.importError);
  const revert = useDashboard((s) => s.revertImport);
  const dismiss = useDashboard((s) => s.dismissImportError);
  const progress = importing?.progress ?? null;
  return (
    <div className="import-status">
      {importing === null ? null : (
        <div className="import-progress">
          <label>
            <span>{progressLabel(importing)}</span>
            <progress
              max={progress?.charsTotal ?? 1}
              value={progress === null ? undefined : progress.charsRead}
            />
          </label>
          {importing.onPage ? (
            <p>
              Ce navigateur ne permet pas de vérifier en arrière-plan{'\u202f'}: la page peut ralentir un
              instant.
            </p>
          ) : null}
        </div>
      )}
      {error === null ? null : (
        <div className="import-error">
          <FileErrorPanel
            issues={error.issues}
            what={
              error.restoring
                ? 'Les données importées lors d’une visite précédente ne passent plus les vérifications, les données d’origine sont affichées'
                : `Import refusé (${error.names.join(', ')}), les données affichées n’ont pas changé`
            }
          />
          <button type="button" onClick={dismiss}>
            Fermer ce message
          </button>
        </div>
      )}
      {imported === null ? null : (
        <div className="import-banner" role="status">
          <p>
            <strong>Données importées</strong>, affichées dans ce navigateur seulement (rien n’est envoyé)
            {'\u202f'}: {replacedLines(imported).join('\u202f; ')}, importé le{' '}
            {importDate(imported.importedAt)}.
            {imported.kept
              ? ''
              : ' Ce navigateur ne les garde pas\u202f: elles disparaîtront à la fermeture de la page.'}
          </p>
          <button type="button" onClick={() => void revert()}>
            Revenir aux données d’origine
          </button>
        </div>
      )}
    </div>
  );
}
