import { useI18n } from '../../components/i18n-context';
import type { IgnoredId } from '../../store/reconcile';
import { useDashboard } from '../../store/store';

const IGNORED_LABEL: Readonly<Record<IgnoredId['dimension'], string>> = {
  themes: 'filters.ignored.kind.themes',
  regions: 'filters.ignored.kind.regions',
  categories: 'filters.ignored.kind.categories',
  years: 'filters.ignored.kind.years',
  evaluations: 'filters.ignored.kind.evaluations',
  compared: 'filters.ignored.kind.compared',
};

/** Says once which ids of the address matched nothing in the data, and were dropped. */
export function IgnoredNotice() {
  const { t } = useI18n();
  const ignored = useDashboard((s) => s.ignoredIds);
  const dismiss = useDashboard((s) => s.dismissIgnoredIds);
  if (ignored.length === 0) return null;
  const items = ignored
    .map(({ dimension, id }) => t('filters.ignored.item', { kind: t(IGNORED_LABEL[dimension]), id }))
    .join(', ');
  return (
    <div className="notice notice-warning" role="status">
      <p>{t('filters.ignored.text', { items })}</p>
      <button type="button" onClick={dismiss}>
        {t('filters.ignored.dismiss')}
      </button>
    </div>
  );
}
