import { textWidth } from '../../lib/text-measure';
import type { ChartFrame } from './chart-frame';
import type { HorizontalBar } from './chart-spec';
import { fitEndLabels } from './end-label-layout';

export const BAR_ROW_HEIGHT = 34;

/** Height a horizontal bar chart of `count` rows takes: known before the chart library loads, so the card reserves it. */
export const barChartHeight = (count: number, rowHeight = BAR_ROW_HEIGHT): number =>
  Math.max(120, count * rowHeight + 16);

/** How many rows fit in `maxHeight`; when some do not, `listHeight` is kept for the text that lists them under the chart. */
export function rowsThatFit(
  count: number,
  rowHeight: number,
  maxHeight: number | null,
  listHeight: number,
): number {
  if (maxHeight === null || barChartHeight(count, rowHeight) <= maxHeight) return count;
  return Math.max(1, Math.floor((maxHeight - 16 - listHeight) / rowHeight));
}

export interface BarLayout {
  readonly rowHeight: number;
  /** Bars drawn; the others are listed in words under the chart. */
  readonly shown: number;
  readonly height: number;
  /** Room for the category labels left of the bars. */
  readonly axisWidth: number;
  /** Room for the value labels right of the longest bar. */
  readonly rightMargin: number;
  /** Each drawn bar's value label, on one line or, where the room right of its bar is short, on two. */
  readonly valueLines: readonly (readonly string[])[];
}

export function barLayout(bars: readonly HorizontalBar[], width: number, frame: ChartFrame): BarLayout {
  const { fontSize, maxHeight } = frame;
  // On a slide, few bars grow thicker to use the room; many keep the base height and the rest is listed.
  const rowHeight =
    frame.slide && maxHeight !== null && bars.length > 0
      ? Math.min(fontSize * 4, Math.max(frame.rowHeight, Math.floor((maxHeight - 16) / bars.length)))
      : frame.rowHeight;
  const shown = rowsThatFit(bars.length, rowHeight, maxHeight, fontSize * 2.8);
  const axisWidth = Math.min(
    fontSize * 17,
    Math.max(fontSize * 9, Math.round(width * (width < 500 ? 0.4 : 0.34))),
  );
  const widest = Math.max(
    textWidth('0000', fontSize),
    ...bars.slice(0, shown).map((bar) => textWidth(bar.valueLabel, fontSize)),
  );
  // The widest label on one line where the chart is wide; on a phone the margin grows until each fits in two.
  const { rightMargin, lines } = fitEndLabels(
    bars.slice(0, shown),
    { width, axisWidth, fontSize },
    Math.min(Math.ceil(widest) + 12, width * 0.3),
    width * 0.55,
  );
  return {
    rowHeight,
    shown,
    height: barChartHeight(shown, rowHeight),
    axisWidth,
    rightMargin,
    valueLines: lines,
  };
}

/** "+ 3 autres : A (2), B (1), C (1)": the bars that did not fit, in words; null when all are drawn. */
export function moreRowsText(bars: readonly HorizontalBar[], shown: number): string | null {
  const hidden = bars.length - shown;
  if (hidden <= 0) return null;
  const listed = bars
    .slice(shown, shown + 6)
    .map((bar) => `${bar.label} (${bar.valueLabel})`)
    .join(', ');
  return `+ ${hidden} autre${hidden > 1 ? 's' : ''} : ${listed}${hidden > 6 ? ', etc. (voir le tableau)' : ''}`;
}
