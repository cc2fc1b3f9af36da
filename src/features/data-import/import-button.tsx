import { useId, useRef } from 'react';
import { useI18n } from '../../components/i18n-context';
import { useDashboard } from '../../store/store';
import { useImportFiles } from './use-import-files';

/** « Importer des données »: a button opening the file picker (CSV files, several at once). */
export function ImportButton() {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const busy = useDashboard((s) => s.importing !== null);
  const importFiles = useImportFiles();
  return (
    <div className="import-button">
      <button type="button" aria-describedby={hintId} disabled={busy} onClick={() => input.current?.click()}>
        {t('data-import.button')}
      </button>
      <span id={hintId} className="visually-hidden">
        {t('data-import.hint')}
      </span>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        multiple
        hidden
        aria-label={t('data-import.input')}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          void importFiles(files);
        }}
      />
    </div>
  );
}
