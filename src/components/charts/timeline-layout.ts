import { textWidth, wrapText } from '../../lib/text-measure';
import type { TimelineEntry } from './chart-spec';

/** A period is written on two lines, start then end, to keep the date column narrow. */
export const dateLines = (when: string): string[] => {
  const [start, end] = when.split(' – ');
  return end === undefined || when.length <= 16 ? [when] : [`${start ?? ''} –`, end];
};

export interface TimelineRow {
  readonly entry: TimelineEntry;
  readonly y: number;
  readonly bottom: number;
  readonly lines: readonly string[];
  readonly dates: readonly string[];
}

export interface TimelineLayout {
  readonly rows: readonly TimelineRow[];
  readonly height: number;
  readonly dateWidth: number;
  readonly labelX: number;
  readonly lineHeight: number;
}

/** Lays out the rows: date column sized to the longest date line, then the label wrapped on up to two lines. */
export function timelineLayout(
  entries: readonly TimelineEntry[],
  width: number,
  fontSize: number,
): TimelineLayout {
  const longest = Math.max(
    fontSize * 4,
    ...entries.flatMap((entry) => dateLines(entry.when).map((line) => textWidth(line, fontSize, true))),
  );
  // The dates are right-aligned on this column: it starts a few pixels in, so the widest is never cut.
  const dateWidth = Math.ceil(Math.min(width * 0.42, longest + 4));
  const labelX = dateWidth + fontSize * 2.2;
  const lineHeight = fontSize * 1.3;
  let y = fontSize;
  const rows = entries.map((entry) => {
    const lines = wrapText(entry.label, Math.max(fontSize * 8, width - labelX - 4), fontSize, {
      maxLines: 2,
    });
    const dates = dateLines(entry.when);
    const top = y;
    y += Math.max(lines.length, dates.length) * lineHeight + fontSize * 0.7;
    return { entry, y: top, bottom: y, lines, dates };
  });
  return { rows, height: Math.ceil(y), dateWidth, labelX, lineHeight };
}

/** On a slide, the entries that fit in `maxHeight` (at least one), keeping room for the line that lists the rest. */
export function entriesThatFit(
  entries: readonly TimelineEntry[],
  width: number,
  fontSize: number,
  maxHeight: number | null,
): number {
  const full = timelineLayout(entries, width, fontSize);
  if (maxHeight === null || full.height <= maxHeight) return entries.length;
  const room = maxHeight - fontSize * 2.8;
  return Math.max(1, full.rows.filter((row) => row.bottom <= room).length);
}
