import { wrapLabel } from '../../components/wrapped-tick';
import { textWidth } from '../../lib/text-width';

export interface TimelineEntry {
  readonly id: string;
  readonly when: string;
  readonly label: string;
  /** A milestone about one pole (filled marker) rather than the national policy (hollow marker). */
  readonly aboutPole: boolean;
}

/** A period is written on two lines, start then end, to keep the date column narrow. */
export const dateLines = (when: string): string[] => {
  const [start, end] = when.split(' – ');
  return end === undefined || when.length <= 16 ? [when] : [`${start ?? ''} –`, end];
};

/** Lays out the rows: date column sized to the longest date line, then the label wrapped on up to two lines. */
export function timelineLayout(entries: readonly TimelineEntry[], width: number, fontSize: number) {
  const longest = Math.max(
    fontSize * 4,
    ...entries.flatMap((entry) => dateLines(entry.when).map((line) => textWidth(line, fontSize, true))),
  );
  // The dates are right-aligned on this column: it starts a few pixels in, so the widest is never cut.
  const dateWidth = Math.ceil(Math.min(width * 0.42, longest + 4));
  const labelX = dateWidth + fontSize * 2.2;
  const maxChars = Math.max(16, Math.floor((width - labelX) / (fontSize * 0.55)));
  const lineHeight = fontSize * 1.3;
  let y = fontSize;
  const rows = entries.map((entry) => {
    const lines = wrapLabel(entry.label, maxChars);
    const dates = dateLines(entry.when);
    const top = y;
    y += Math.max(lines.length, dates.length) * lineHeight + fontSize * 0.7;
    return { entry, y: top, bottom: y, lines, dates };
  });
  return { rows, height: Math.ceil(y), dateWidth, labelX, lineHeight };
}
