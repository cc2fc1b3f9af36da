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
  // Each download fetches its writer first; a failure, the fetch's included, is said in the card.
  const attempt = (failed: string, download: () => Promise<void>) => async () => {
    try {
      await download();
      setError(null);
    } catch (failure) {
      setError(i18n.t(failed, { message: message(failure) }));
    }
  };
  const exportCsv = attempt('card.export.csvFailed', async () => {
    const { downloadCsv } = await import('../../lib/csv-export');
    downloadCsv(
      tableToCsv(model.table, i18n),
      `${model.exportName}.csv`,
      // Imported data shown: the CSV ends with the source line, which says so.
      frame.imported ? sourceLine(model.sources, true, i18n) : undefined,
    );
  });
  const exportSheet = attempt('card.export.excelFailed', async () => {
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
  });
  return { error, exportCsv, exportSheet };
}
