import type { Dimension } from '../../model/view';
import type { MarkRole } from '../../lib/palette';

export interface HorizontalBar {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  /** Text drawn at the end of the bar (value, share, year…): the value never rests on colour or length alone. */
  readonly valueLabel: string;
  readonly tone: MarkRole;
}

/** One bar per row, sorted by the builder; with `select`, a click on a bar toggles that filter. */
export interface BarsSpec {
  readonly kind: 'bars';
  readonly bars: readonly HorizontalBar[];
  readonly select: Dimension | null;
}

export interface Column {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly valueLabel: string;
  /** The value label on narrow screens. */
  readonly shortValueLabel: string;
  readonly cumulative: number;
  readonly cumulativeLabel: string;
}

/** Columns (hatched when estimated) with their running sum and a reference line for a stated total. */
export interface ColumnsSpec {
  readonly kind: 'columns';
  readonly columns: readonly Column[];
  readonly estimate: boolean;
  readonly total: { readonly value: number; readonly label: string } | null;
  readonly height: number;
}

export interface TimelineEntry {
  readonly id: string;
  readonly when: string;
  readonly label: string;
  /** A milestone about one pole (filled marker) rather than the national policy (hollow marker). */
  readonly aboutPole: boolean;
}

export interface TimelineSpec {
  readonly kind: 'timeline';
  readonly entries: readonly TimelineEntry[];
}

/** The chart of a card, in a form ready to draw: no data shaping happens in the chart components. */
export type ChartSpec = BarsSpec | ColumnsSpec | TimelineSpec;
