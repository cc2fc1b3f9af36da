import type { ColorTheme } from '../../lib/palette';
import type { ChartFrame } from '../charts/chart-frame';

/** Where a card is drawn: modes are props, so one card component serves the dashboard, a slide and an image. */
export interface CardFrame extends ChartFrame {
  readonly mode: 'dashboard' | 'slide';
  /** The filters in words, drawn into exported images and under a slide. */
  readonly filtersCaption: string;
  /** The reader imported files in place of bundled ones: source lines and exports say « données importées ». */
  readonly imported: boolean;
}

export const SLIDE_FONT = 24;
const SLIDE_ROW = 40;
// Title, caption, source and the navigation bar around the chart, at the slide font size.
const SLIDE_CHROME = 300;

export const dashboardFrame = (theme: ColorTheme, filtersCaption: string, imported = false): CardFrame => ({
  mode: 'dashboard',
  theme,
  fontSize: 13,
  rowHeight: 34,
  maxHeight: null,
  slide: false,
  filtersCaption,
  imported,
});

/** Large type for the back of a room; the chart gets what the viewport leaves once the slide's text is placed. */
export const slideFrame = (
  theme: ColorTheme,
  filtersCaption: string,
  viewportHeight: number,
  imported = false,
): CardFrame => ({
  mode: 'slide',
  theme,
  fontSize: SLIDE_FONT,
  rowHeight: SLIDE_ROW,
  maxHeight: Math.max(200, viewportHeight - SLIDE_CHROME),
  slide: true,
  filtersCaption,
  imported,
});
