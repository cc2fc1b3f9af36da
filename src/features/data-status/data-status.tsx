import { useI18n } from '../../components/i18n-context';
import { DATA_FILES, FILE_IDS } from '../../data/files';
import { reloadFetcher } from '../../data/load';
import { useDashboard } from '../../store/store';

/** Which data files loaded, and a reload that keeps what was loaded if the new files are faulty. */
export function DataStatus() {
  const { t } = useI18n();
  const files = useDashboard((s) => s.files);
  const load = useDashboard((s) => s.load);
  const failed = FILE_IDS.filter((id) => files[id].status === 'error');
  const loading = FILE_IDS.some((id) => files[id].status === 'loading');
  return (
    <div className="data-status">
      <p role="status">
        {loading
          ? t('data-status.loading')
          : failed.length === 0
            ? t('data-status.loaded', { count: FILE_IDS.length })
            : `${t('data-status.failed', { count: failed.length, files: failed.map((id) => DATA_FILES[id].path).join(', ') })} `}
        {!loading && failed.length > 0 ? <a href="#etat-des-donnees">{t('data-status.details')}</a> : null}
      </p>
      <button type="button" onClick={() => void load(reloadFetcher)} disabled={loading}>
        {t('data-status.reload')}
      </button>
    </div>
  );
}
