import { useState } from 'react';
import { useI18n } from '../i18n-context';
import { tableToSheet } from '../table-model';
import type { CardFrame } from './card-frame';
import type { CardModel } from './card-model';

/** Downloads the card's table as an Excel workbook; SheetJS is fetched on the first click only. */
export function useSheetExport(model: CardModel, frame: CardFrame) {
  const i18n = useI18n();
  const [error, setError] = useState<string | null>(null);
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
      setError(
        i18n.t('card.export.excelFailed', {
          message: failure instanceof Error ? failure.message : String(failure),
        }),
      );
    }
  };
  return { error, exportSheet };
}
