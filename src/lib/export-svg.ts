import type { I18n } from './i18n/i18n';
import { FRENCH } from './i18n/i18n-for';
import type { LegendItem } from './legend';
import { markColor, type ColorTheme } from './palette';
import { inlineStyles } from './svg-inline';
import { FONT_STACK, wrapText } from './text-measure';

export interface ExportMeta {
  readonly title: string;
  readonly takeaway: string;
  readonly source: string;
  readonly filters: string;
  readonly legend: readonly LegendItem[];
  readonly theme: ColorTheme;
  /** Notes shown with the chart in the page (a caveat, rows that did not fit), kept in the image. */
  readonly note: string | null;
}

const INK: Readonly<Record<ColorTheme, string>> = { light: '#1b1f24', dark: '#ffffff' };
const PAPER: Readonly<Record<ColorTheme, string>> = { light: '#ffffff', dark: '#12161c' };

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  fontSize: number,
  color: string,
  weight = 400,
): string {
  return lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${y + index * fontSize * 1.3}" font-size="${fontSize}" font-weight="${weight}" fill="${color}" font-family="${escapeXml(FONT_STACK)}">${escapeXml(line)}</text>`,
    )
    .join('');
}

function legendSwatch(item: LegendItem, x: number, y: number, theme: ColorTheme): string {
  const color = markColor(item.role, theme);
  switch (item.swatch) {
    case 'line':
      return `<rect x="${x}" y="${y - 6}" width="24" height="4" fill="${color}"/>`;
    case 'dash':
      return `<line x1="${x}" y1="${y - 4}" x2="${x + 24}" y2="${y - 4}" stroke="${color}" stroke-width="3" stroke-dasharray="6 4"/>`;
    case 'hatch':
      return `<rect x="${x}" y="${y - 12}" width="24" height="14" fill="url(#export-hatch)" stroke="${color}" stroke-width="1.5"/>`;
    default:
      return `<rect x="${x}" y="${y - 12}" width="24" height="14" fill="${color}"/>`;
  }
}

/** A standalone SVG of the chart with its title, takeaway, legend, filters and source drawn in, in `i18n`'s language. */
export function buildExportSvg(
  chart: SVGSVGElement,
  meta: ExportMeta,
  i18n: I18n = FRENCH,
): { svg: string; width: number; height: number } {
  const chartWidth = chart.width.baseVal.value || chart.getBoundingClientRect().width;
  const chartHeight = chart.height.baseVal.value || chart.getBoundingClientRect().height;
  const pad = 24;
  const width = Math.max(640, Math.ceil(chartWidth + pad * 2));
  const inner = width - pad * 2;
  const ink = INK[meta.theme];
  const title = wrapText(meta.title, inner, 22, { bold: true });
  const takeaway = wrapText(meta.takeaway, inner, 15);
  let y = pad + 22;
  const parts: string[] = [textBlock(title, pad, y, 22, ink, 700)];
  y += title.length * 22 * 1.3 + 4;
  parts.push(textBlock(takeaway, pad, y, 15, ink));
  y += takeaway.length * 15 * 1.3 + 8;

  const clone = chart.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error(i18n.t('card.export.noChart'));
  inlineStyles(chart, clone);
  clone.setAttribute('x', String(pad));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  clone.setAttribute('color', ink);
  clone.setAttribute('overflow', 'visible');
  parts.push(new XMLSerializer().serializeToString(clone));
  y += chartHeight + 12;

  if (meta.note !== null) {
    const note = wrapText(meta.note, inner, 13);
    parts.push(textBlock(note, pad, y + 13, 13, ink));
    y += note.length * 13 * 1.3 + 8;
  }
  for (const item of meta.legend) {
    const lines = wrapText(item.label, inner - 32, 13);
    y += 16;
    parts.push(legendSwatch(item, pad, y, meta.theme), textBlock(lines, pad + 32, y, 13, ink));
    y += (lines.length - 1) * 13 * 1.3 + 4;
  }
  y += 10;
  const rule = markColor('muted', meta.theme);
  parts.push(`<line x1="${pad}" y1="${y}" x2="${width - pad}" y2="${y}" stroke="${rule}" stroke-width="1"/>`);
  y += 18;
  for (const text of [meta.filters, meta.source]) {
    const lines = wrapText(text, inner, 12);
    parts.push(textBlock(lines, pad, y, 12, ink));
    y += lines.length * 12 * 1.3 + 4;
  }
  const height = Math.ceil(y + pad - 8);
  const hatch = `<pattern id="export-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="${markColor('estimateFill', meta.theme)}"/><line x1="0" y1="0" x2="0" y2="8" stroke="${markColor('estimate', meta.theme)}" stroke-width="4"/></pattern>`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${i18n.lang}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${escapeXml(meta.title)}</title><desc>${escapeXml(meta.takeaway)}</desc><defs>${hatch}</defs>`,
    `<rect width="${width}" height="${height}" fill="${PAPER[meta.theme]}"/>`,
    ...parts,
    '</svg>',
  ].join('');
  return { svg, width, height };
}
