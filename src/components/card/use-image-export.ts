import { useState, type RefObject } from 'react';
import { downloadBlob } from '../../lib/download';
import { useI18n } from '../i18n-context';
import type { CardFrame } from './card-frame';
import { sourceLine, type CardModel } from './card-model';

export type ImageFormat = 'svg' | 'png';

/** Exports the chart on screen with the card's title, takeaway, caveats, legend, filters and source drawn in. */
export function useImageExport(model: CardModel, frame: CardFrame, figure: RefObject<HTMLElement | null>) {
  const i18n = useI18n();
  const { t } = i18n;
  const [error, setError] = useState<string | null>(null);
  const exportImage = async (format: ImageFormat) => {
    const chart = figure.current?.querySelector('svg');
    if (!(chart instanceof SVGSVGElement)) {
      setError(t('card.export.showChart'));
      return;
    }
    try {
      const [{ buildExportSvg }, { svgToPng }] = await Promise.all([
        import('../../lib/export-svg'),
        import('../../lib/svg-to-png'),
      ]);
      // Rows that did not fit the chart are listed under it: the image keeps them too.
      const moreRows = figure.current?.querySelector('.more-rows')?.textContent ?? '';
      const notes = [...model.caveats, moreRows].filter((text) => text !== '');
      const image = buildExportSvg(
        chart,
        {
          title: model.title,
          takeaway: model.takeaway,
          source: sourceLine(model.sources, frame.imported, i18n),
          filters: frame.filtersCaption(),
          legend: model.legend,
          theme: frame.theme,
          note: notes.length === 0 ? null : notes.join(' '),
        },
        i18n,
      );
      const blob =
        format === 'svg'
          ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(image.svg, image.width, image.height, 2, i18n);
      downloadBlob(blob, `${model.exportName}.${format}`);
      setError(null);
    } catch (failure) {
      setError(
        t('card.export.imageFailed', {
          message: failure instanceof Error ? failure.message : String(failure),
        }),
      );
    }
  };
  return { error, exportImage };
}
