import { useId, useRef } from 'react';
import { useDashboard } from '../../store/store';
import { useImportFiles } from './use-import-files';

const ACCEPT = '.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** « Importer des données »: a button opening the file picker (CSV files and Excel workbooks, several at once). */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const busy = useDashboard((s) => s.importing !== null);
  const importFiles = useImportFiles();
  return (
    <div className="import-button">
      <button type="button" aria-describedby={hintId} disabled={busy} onClick={() => input.current?.click()}>
        Importer des données
      </button>
      <span id={hintId} className="visually-hidden">
        Fichiers CSV ou classeurs Excel (.xlsx) remplaçant poles.csv, themes.csv ou un autre fichier de
        données, dans ce navigateur seulement{'\u202f'}; dans un classeur, chaque feuille porte le nom du
        fichier qu’elle remplace. Vous pouvez aussi les déposer sur la page.
      </span>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        aria-label="Fichiers CSV ou Excel à importer"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          void importFiles(files);
        }}
      />
    </div>
  );
}
