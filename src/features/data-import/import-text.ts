import { DATA_FILES } from '../../data/files';
import type { I18n } from '../../lib/i18n/i18n';
import { FRENCH } from '../../lib/i18n/i18n-for';
import { LOCALE_OF } from '../../lib/i18n/lang';
import type { ImportedSet, ImportingState } from '../../store/state';

/** « 26 novembre 2026 à 23:10 », “26 November 2026 at 23:10”, in the reader's time zone. */
export function importDate(iso: string, { t, lang }: I18n = FRENCH): string {
  const date = new Date(iso);
  const locale = LOCALE_OF[lang];
  return t('data-import.date', {
    date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date),
    time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date),
  });
}

/** « poles.csv remplacé par mes-poles-2024.csv » for each file of the set. */
export const replacedLines = (imported: ImportedSet, { t }: I18n = FRENCH): string[] =>
  imported.replaced.map(({ file, from }) =>
    t('data-import.replaced', { file: DATA_FILES[file].path.replace(/^data\//, ''), from }),
  );

/** « Vérification de poles.csv : 12 345 lignes lues », for the progress bar's label. */
export function progressLabel(importing: ImportingState, { t, format }: I18n = FRENCH): string {
  const rows = importing.progress?.rowsRead ?? 0;
  const names = importing.names.join(', ');
  return t('data-import.progress', { names, count: rows, rows: format.integer(rows) });
}
