import type { MarkRole } from './palette';

/** One legend entry: drawn in HTML beside the chart and into exported images. */
export interface LegendItem {
  readonly label: string;
  readonly swatch: 'bar' | 'hatch' | 'line' | 'dash';
  readonly role: MarkRole;
}
