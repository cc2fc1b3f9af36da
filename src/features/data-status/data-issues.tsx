import { ErrorPanel } from '../../components/lazy-error-panel';
import { useI18n } from '../../components/i18n-context';
import { DATA_FILES, FILE_IDS } from '../../data/files';
import { describeIssue } from '../../data/issue';
import { useDashboard } from '../../store/store';

/**
 * Every data file's errors in detail, those that no card reads (sources.csv…) included, and the warnings of the
 * files that loaded; nothing when all is well.
 */
export function DataIssues() {
  const i18n = useI18n();
  const { t } = i18n;
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
      <h2 id="etat-des-donnees">{t('data-status.issues.title')}</h2>
      {failed.map(({ id, state }) => (
        <ErrorPanel
          key={id}
          issues={state.issues}
          announce={false}
          what={
            state.rows === null
              ? t('data-status.issues.notLoaded', { path: DATA_FILES[id].path })
              : t('data-status.issues.notReloaded', { path: DATA_FILES[id].path })
          }
        />
      ))}
      {warnings.length > 0 ? (
        <div className="warning-panel">
          <p className="error-title">
            <strong>{t('data-status.issues.warningsTitle')}</strong> {t('data-status.issues.warningsText')}
          </p>
          <ul>
            {warnings.map((warning, index) => (
              <li key={`${warning.file}-${warning.column ?? 'x'}-${index}`}>
                {describeIssue(warning, i18n)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
