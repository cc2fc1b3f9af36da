import { DATA_FILES, FILE_IDS } from '../../data/files';
import { reloadFetcher } from '../../data/load';
import { useDashboard } from '../../store/store';

/** Which data files loaded, and a reload that keeps what was loaded if the new files are faulty. */
export function DataStatus() {
  const files = useDashboard((s) => s.files);
  const load = useDashboard((s) => s.load);
  const failed = FILE_IDS.filter((id) => files[id].status === 'error');
  const loading = FILE_IDS.some((id) => files[id].status === 'loading');
  return (
    <div className="data-status">
      <p role="status">
        {loading
          ? 'Chargement des données…'
          : failed.length === 0
            ? `${FILE_IDS.length} fichiers de données chargés et vérifiés.`
            : `Fichier${failed.length > 1 ? 's' : ''} en erreur\u202f: ${failed.map((id) => DATA_FILES[id].path).join(', ')}. Les vues qui n’en dépendent pas restent affichées. `}
        {!loading && failed.length > 0 ? <a href="#etat-des-donnees">Voir le détail des erreurs</a> : null}
      </p>
      <button type="button" onClick={() => void load(reloadFetcher)} disabled={loading}>
        Recharger les données
      </button>
    </div>
  );
}
