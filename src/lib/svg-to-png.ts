import type { I18n } from './i18n/i18n';
import { FRENCH } from './i18n/i18n-for';

/** Renders the SVG on a canvas at `scale` times its size and returns a PNG; a failure says why in `i18n`'s language. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
  { t }: I18n = FRENCH,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error(t('card.export.noCanvas'));
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob === null) reject(new Error(t('card.export.noPng')));
        else resolve(blob);
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
