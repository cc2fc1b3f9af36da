import { useState } from 'react';
import { useI18n } from '../i18n-context';
import { tableToCsv, tableToSheet } from '../table-model';
import type { CardFrame } from './card-frame';
import { sourceLine, type CardModel } from './card-model';

const message = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/**
 * Downloads the card's table as CSV or as an Excel workbook; the CSV writer (papaparse) and SheetJS are each fetched on
 * their first click only.
 */
export function useSheetExport(model: CardModel, frame: CardFrame) {
  const i18n = useI18n();
  const [error, setError] = useState<string | null>(null);
  const exportCsv = async () => {
    try {
      const { downloadCsv } = await import('../../lib/csv-export');
      downloadCsv(
        tableToCsv(model.table, i18n),
        `${model.exportName}.csv`,
        // Imported data shown: the CSV ends with the source line, which says so.
        frame.imported ? sourceLine(model.sources, true, i18n) : undefined,
      );
      setError(null);
    } catch (failure) {
      setError(i18n.t('card.export.csvFailed', { message: message(failure) }));
    }
  };
  const exportSheet = async () => {
    try {
      const { downloadXlsx } = await import('../../lib/xlsx-export');
      downloadXlsx(
        tableToSheet(model.table, i18n),
        {
          title: model.title,
          caption: model.table.caption,
          sources: model.sources,
          filters: frame.filtersCaption(),
          exportedAt: new Date(),
          imported: frame.imported,
        },
        `${model.exportName}.xlsx`,
        i18n,
      );
      setError(null);
    } catch (failure) {
      setError(i18n.t('card.export.excelFailed', { message: message(failure) }));
    }
  };
  return { error, exportCsv, exportSheet };
}
