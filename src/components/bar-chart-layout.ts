import type { MarkRole } from '../lib/palette';

export interface HorizontalBar {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  /** Text drawn at the end of the bar (value, share, year…): the value never rests on colour or length alone. */
  readonly valueLabel: string;
  readonly tone: MarkRole;
}

export const BAR_ROW_HEIGHT = 34;

/** Height a horizontal bar chart of `count` rows takes: known before the chart library loads, so the card reserves it. */
export const horizontalBarChartHeight = (count: number, rowHeight = BAR_ROW_HEIGHT): number =>
  Math.max(120, count * rowHeight + 16);

/** How many rows fit in `maxHeight`; when some do not, `listHeight` is kept for the text that lists them under the chart. */
export function rowsThatFit(
  count: number,
  rowHeight: number,
  maxHeight: number | null,
  listHeight: number,
): number {
  if (maxHeight === null || horizontalBarChartHeight(count, rowHeight) <= maxHeight) return count;
  return Math.max(1, Math.floor((maxHeight - 16 - listHeight) / rowHeight));
}
