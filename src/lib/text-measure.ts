/** The one font stack of the page, the charts and the exported images (styles.css uses the same; a test checks it). */
export const FONT_STACK =
  "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif";

let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    // jsdom has no canvas (and says so on the console): estimate there.
    const real = typeof document !== 'undefined' && !navigator.userAgent.includes('jsdom');
    context = real ? document.createElement('canvas').getContext('2d') : null;
  } catch {
    context = null;
  }
  return context;
}

// Every redraw wraps the same labels again: widths measured once are kept (labels are few, so the cap is never hit in use).
const widths = new Map<string, number>();
const MAX_WIDTHS = 10_000;

/** Width of a text in the page's font, measured on a canvas; an estimate where there is no canvas (tests, Node). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const canvas = canvasContext();
  if (canvas === null) return text.length * fontSize * (bold ? 0.66 : 0.58);
  const font = `${bold ? 700 : 400} ${fontSize}px ${FONT_STACK}`;
  const key = `${font}\n${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (canvas.font !== font) canvas.font = font;
  const width = canvas.measureText(text).width;
  if (widths.size >= MAX_WIDTHS) widths.clear();
  widths.set(key, width);
  return width;
}

export interface WrapOptions {
  readonly bold?: boolean;
  /** Lines kept at most; the last one ends with « … » when text is left over. */
  readonly maxLines?: number;
  /** Measures a text; defaults to the canvas measure above. */
  readonly measure?: (text: string) => number;
}

/** A word too wide for a line breaks after its hyphens ("Languedoc-" / "Roussillon"), else between letters. */
function pieces(word: string, fits: (text: string) => boolean): string[] {
  if (fits(word)) return [word];
  const parts = word.includes('-') ? word.split(/(?<=-)/) : [word];
  return parts.flatMap((part) => {
    if (fits(part)) return [part];
    const chunks: string[] = [];
    let chunk = '';
    for (const letter of part) {
      if (chunk !== '' && !fits(chunk + letter)) {
        chunks.push(chunk);
        chunk = letter;
      } else chunk += letter;
    }
    return chunk === '' ? chunks : [...chunks, chunk];
  });
}

function ellipsis(line: string, fits: (text: string) => boolean): string {
  let text = line;
  while (text.length > 1 && !fits(`${text}…`)) text = text.slice(0, -1);
  return `${text.trimEnd()}…`;
}

/**
 * Greedy wrap on the measured width: ticks, the timeline and exported images all wrap with it.
 * Only ordinary spaces break; no-break spaces (before units, inside « ») keep their words together.
 */
export function wrapText(text: string, width: number, fontSize: number, options: WrapOptions = {}): string[] {
  const measure = options.measure ?? ((value: string) => textWidth(value, fontSize, options.bold));
  const fits = (value: string) => measure(value) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter((part) => part !== '')) {
    pieces(word, fits).forEach((piece, index) => {
      // The pieces of one word join without a space.
      const glue = line === '' || index > 0 ? '' : ' ';
      const candidate = `${line}${glue}${piece}`;
      if (line !== '' && !fits(candidate)) {
        lines.push(line);
        line = piece;
      } else line = candidate;
    });
  }
  if (line !== '') lines.push(line);
  const max = options.maxLines;
  if (max === undefined || lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept.length - 1;
  kept[last] = ellipsis(`${kept[last] ?? ''} ${lines[max] ?? ''}`, fits);
  return kept;
}
