import type { Dimension, RegionScheme, ViewAction } from '../../model/view';
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
  /** A mark kept under the short label on narrow screens (« est. » for an estimate), or null. */
  readonly shortValueNote: string | null;
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

export interface CrossTabCell {
  /** What the cell shows: a count or a share, formatted. */
  readonly label: string;
  /** Its shade, from 0 (the lightest) to 1 (the table's largest value). */
  readonly level: number;
  /** Its accessible name, e.g. « Énergie × Performant : 4 pôles, filtrer ». */
  readonly name: string;
  /** What a click on the cell does: filter on its row and its column at once. */
  readonly action: ViewAction;
}

export interface CrossTabRow {
  readonly id: string;
  readonly label: string;
  readonly cells: readonly CrossTabCell[];
  readonly total: string;
}

/** A two-way table of counts (or shares) drawn as an HTML table with shaded cells, its totals in the margins. */
export interface CrossTabSpec {
  readonly kind: 'crosstab';
  readonly caption: string;
  /** The names of the two dimensions, e.g. « Thème » and « Évaluation 2012 ». */
  readonly rowsLabel: string;
  readonly columnsLabel: string;
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  readonly rows: readonly CrossTabRow[];
  /** The totals row, one per column, then the grand total. */
  readonly columnTotals: readonly string[];
  readonly total: string;
}

export interface MapRegion {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly selected: boolean;
  /** Names of the poles seated there, as the tooltip lists them. */
  readonly poles: readonly string[];
  /** INSEE codes of its departments, whose shapes make the region. */
  readonly departements: readonly string[];
  /** Drawn as a labelled box beside the mainland (the overseas regions), not as a shape. */
  readonly inset: boolean;
}

/** The regions of one map shaded by their count of poles; with `select`, a click or Enter on a region toggles that filter. */
export interface MapSpec {
  readonly kind: 'map';
  readonly regions: readonly MapRegion[];
  readonly scheme: RegionScheme;
  readonly max: number;
  readonly select: Dimension | null;
}

/** The chart of a card, in a form ready to draw: no data shaping happens in the chart components. */
export type ChartSpec = BarsSpec | ColumnsSpec | TimelineSpec | CrossTabSpec | MapSpec;

/** Whether the chart is an SVG that the PNG and SVG exports can draw into an image (an HTML table is not). */
export function hasImageExport(spec: ChartSpec): boolean {
  switch (spec.kind) {
    case 'bars':
    case 'columns':
    case 'timeline':
    case 'map':
      return true;
    case 'crosstab':
      return false;
  }
}
