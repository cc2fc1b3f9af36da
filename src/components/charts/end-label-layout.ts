import { textWidth, wrapText } from '../../lib/text-measure';

/** Space between a bar's end and its label, and kept free at the chart's right edge. */
export const END_LABEL_GAP = 6;
const EDGE = 4;
/** A label too long for the room right of its bar goes on two lines, never more. */
const MAX_LINES = 2;

export interface EndLabelFrame {
  readonly width: number;
  readonly axisWidth: number;
  readonly rightMargin: number;
  readonly fontSize: number;
}

// « 600 membres · 2011 », « année ? »: the year stays with its dot and the mark with its word when a label wraps; the
// lines drawn keep the label's own spaces.
const GLUED: readonly (readonly [RegExp, string, RegExp, string])[] = [
  [/ · /g, ' ·\u00a0', /·\u00a0/g, '· '],
  [/ ([?!:;])/g, '\u00a0$1', /\u00a0([?!:;])/g, ' $1'],
];
const glue = (label: string): string =>
  GLUED.reduce((text, [spaced, glued]) => text.replace(spaced, glued), label);
const asDrawn = (lines: readonly string[]): string[] =>
  lines.map((line) => GLUED.reduce((text, [, , glued, spaced]) => text.replace(glued, spaced), line));
const words = (text: string): string =>
  text
    .split(/[ \t\n]+/)
    .filter((word) => word !== '')
    .join(' ');

/** The room right of a bar whose length is `share` of the plot, up to the chart's edge. */
export function endLabelRoom(share: number, frame: EndLabelFrame): number {
  const plot = Math.max(0, frame.width - frame.axisWidth - frame.rightMargin);
  return frame.width - (frame.axisWidth + share * plot) - END_LABEL_GAP - EDGE;
}

/** The label on one line if it fits the room, else on two broken between words; null if even two do not hold it. */
export function endLabelLines(label: string, room: number, fontSize: number): string[] | null {
  const text = glue(label);
  if (textWidth(text, fontSize) <= room) return [label];
  const lines = wrapText(text, room, fontSize);
  return lines.length <= MAX_LINES && lines.join(' ') === words(text) ? asDrawn(lines) : null;
}

interface Valued {
  readonly value: number;
  readonly valueLabel: string;
}

/** Each bar's value label in lines, with the given right margin; null if one of them does not fit in two lines. */
export function endLabelsFor(bars: readonly Valued[], frame: EndLabelFrame): string[][] | null {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const lines: string[][] = [];
  for (const bar of bars) {
    const share = max > 0 ? Math.max(0, bar.value) / max : 0;
    const fitted = endLabelLines(bar.valueLabel, endLabelRoom(share, frame), frame.fontSize);
    if (fitted === null) return null;
    lines.push(fitted);
  }
  return lines;
}

/**
 * The smallest right margin, from `start`, that leaves each value label room on at most two lines (a phone's width),
 * and the labels' lines. Past `limit` the labels keep two lines, the last one ending with « … »: the table has them whole.
 */
export function fitEndLabels(
  bars: readonly Valued[],
  frame: Omit<EndLabelFrame, 'rightMargin'>,
  start: number,
  limit: number,
): { readonly rightMargin: number; readonly lines: string[][] } {
  for (let rightMargin = start; rightMargin <= Math.max(start, limit); rightMargin += 4) {
    const lines = endLabelsFor(bars, { ...frame, rightMargin });
    if (lines !== null) return { rightMargin, lines };
  }
  const rightMargin = Math.max(start, limit);
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const lines = bars.map((bar) => {
    const room = endLabelRoom(max > 0 ? Math.max(0, bar.value) / max : 0, { ...frame, rightMargin });
    return asDrawn(wrapText(glue(bar.valueLabel), room, frame.fontSize, { maxLines: MAX_LINES }));
  });
  return { rightMargin, lines };
}
