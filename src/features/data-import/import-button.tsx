import { useId, useRef } from 'react';
import { useI18n } from '../../components/i18n-context';
import { useDashboard } from '../../store/store';
import { useImportFiles } from './use-import-files';

const ACCEPT = '.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** « Importer des données »: a button opening the file picker (CSV files and Excel workbooks, several at once). */
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
        accept={ACCEPT}
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
