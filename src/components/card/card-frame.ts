import type { ColorTheme } from '../../lib/palette';
import type { ChartFrame } from '../charts/chart-frame';

/** What a site pastes to show a card alone: the iframe with its sizing script, and the card's own address. */
export interface EmbedCodes {
  readonly iframe: string;
  readonly link: string;
}

/** Where a card is drawn: modes are props, so one card component serves the dashboard, a slide, an image and an iframe. */
export interface CardFrame extends ChartFrame {
  /** `embed`: the card alone in another site's iframe, its title the page's heading. */
  readonly mode: 'dashboard' | 'slide' | 'embed';
  /** The filters in words, drawn into exported images and under a slide. */
  readonly filtersCaption: string;
  /** The codes to embed a card (by id and title) at the current view; null where « Intégrer » is not offered. */
  readonly embedCodes: ((cardId: string, title: string) => EmbedCodes) | null;
}

export const SLIDE_FONT = 24;
const SLIDE_ROW = 40;
// Title, caption, source and the navigation bar around the chart, at the slide font size.
const SLIDE_CHROME = 300;

export const dashboardFrame = (
  theme: ColorTheme,
  filtersCaption: string,
  embedCodes: CardFrame['embedCodes'] = null,
): CardFrame => ({
  mode: 'dashboard',
  theme,
  fontSize: 13,
  rowHeight: 34,
  maxHeight: null,
  slide: false,
  filtersCaption,
  embedCodes,
});

/** The dashboard's type, alone in an iframe: no « Intégrer » inside an embed. */
export const embedFrame = (theme: ColorTheme, filtersCaption: string): CardFrame => ({
  ...dashboardFrame(theme, filtersCaption),
  mode: 'embed',
});

/** Large type for the back of a room; the chart gets what the viewport leaves once the slide's text is placed. */
export const slideFrame = (theme: ColorTheme, filtersCaption: string, viewportHeight: number): CardFrame => ({
  mode: 'slide',
  theme,
  fontSize: SLIDE_FONT,
  rowHeight: SLIDE_ROW,
  maxHeight: Math.max(200, viewportHeight - SLIDE_CHROME),
  slide: true,
  filtersCaption,
  embedCodes: null,
});
