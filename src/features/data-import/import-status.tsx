import { ErrorPanel } from '../../components/lazy-error-panel';
import { useI18n } from '../../components/i18n-context';
import { useDashboard } from '../../store/store';
import { importDate, progressLabel, replacedLines } from './import-text';

/** Under the header: the progress of an import, the refused import's errors, and the banner of the set shown. */
export function ImportStatus() {
  const i18n = useI18n();
  const { t } = i18n;
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
            <span>{progressLabel(importing, i18n)}</span>
            <progress
              max={progress?.charsTotal ?? 1}
              value={progress === null ? undefined : progress.charsRead}
            />
          </label>
          {importing.onPage ? <p>{t('data-import.onPage')}</p> : null}
        </div>
      )}
      {error === null ? null : (
        <div className="import-error">
          <ErrorPanel
            issues={error.issues}
            what={
              error.restoring
                ? t('data-import.error.restoring')
                : t('data-import.error.refused', { names: error.names.join(', ') })
            }
          />
          <button type="button" onClick={dismiss}>
            {t('data-import.error.close')}
          </button>
        </div>
      )}
      {imported === null ? null : (
        <div className="import-banner" role="status">
          <p>
            {i18n.rich('data-import.banner.text', {
              strong: (chunks) => <strong key="s">{chunks}</strong>,
              files: replacedLines(imported, i18n).join(t('data-import.banner.separator')),
              date: importDate(imported.importedAt, i18n),
            })}
            {imported.kept ? '' : ` ${t('data-import.banner.notKept')}`}
          </p>
          <button type="button" onClick={() => void revert()}>
            {t('data-import.revert')}
          </button>
        </div>
      )}
    </div>
  );
}
