import type { IgnoredId } from '../../store/reconcile';
import { useDashboard } from '../../store/store';

const IGNORED_LABEL: Readonly<Record<IgnoredId['dimension'], string>> = {
  themes: 'thème',
  regions: 'région',
  categories: 'statut',
  years: 'année de label',
  evaluations: 'évaluation 2012',
  compared: 'pôle à comparer',
};

/** Says once which ids of the address matched nothing in the data, and were dropped. */
export function IgnoredNotice() {
  const ignored = useDashboard((s) => s.ignoredIds);
  const dismiss = useDashboard((s) => s.dismissIgnoredIds);
  if (ignored.length === 0) return null;
  return (
    <div className="notice notice-warning" role="status">
      <p>
        Éléments de l’adresse ignorés car inconnus :{' '}
        {ignored.map(({ dimension, id }) => `${IGNORED_LABEL[dimension]} « ${id} »`).join(', ')}.
      </p>
      <button type="button" onClick={dismiss}>
        Masquer
      </button>
    </div>
  );
}
