import { DATA_FILES } from '../../data/files';
import { formatInteger } from '../../lib/format';
import type { ImportedSet, ImportingState } from '../../store/state';

const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

/** « 26 novembre 2026 à 23:10 », in the reader's time zone. */
export function importDate(iso: string): string {
  const date = new Date(iso);
  return `${DATE.format(date)} à ${TIME.format(date)}`;
}

/** « poles.csv remplacé par mes-poles-2024.csv » for each file of the set. */
export const replacedLines = (imported: ImportedSet): string[] =>
  imported.replaced.map(
    ({ file, from }) => `${DATA_FILES[file].path.replace(/^data\//, '')} remplacé par ${from}`,
  );

/** « Vérification de poles.csv : 12 345 lignes lues », for the progress bar's label. */
export function progressLabel(importing: ImportingState): string {
  const rows = importing.progress?.rowsRead ?? 0;
  const names = importing.names.join(', ');
  return `Vérification de ${names}\u202f: ${formatInteger(rows)} ligne${rows > 1 ? 's' : ''} lue${rows > 1 ? 's' : ''}`;
}
