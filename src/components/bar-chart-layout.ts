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
export const horizontalBarChartHeight = (count: number): number => Math.max(120, count * BAR_ROW_HEIGHT + 16);
