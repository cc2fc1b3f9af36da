/** Where the page names its drawings files (scripts/fetched-drawings.mjs). */
export const DRAWINGS_ATTRIBUTE: string;
/** How tall the window is where the build draws them (scripts/fetched-drawings.mjs). */
export const DRAWINGS_HEIGHT: number;
/** How far apart the windows are where the build measures the cards (scripts/fetched-drawings.mjs). */
export const WINDOW_STEP: number;
/** A value of DRAWINGS_ATTRIBUTE: « card width=file name » pairs (scripts/fetched-drawings.mjs). */
export const DRAWINGS_LIST: RegExp;
/** The window widths at which the build measures the cards (scripts/fetched-drawings.mjs). */
export function windowWidths(from?: number, to?: number, step?: number): number[];
export interface CardSample {
  readonly window: number;
  readonly cardWidth: number;
}
/** The windows to draw at so that every card width measured is within `tolerance` of one drawn (scripts/fetched-drawings.mjs). */
export function windowsToDraw(
  samples: readonly CardSample[],
  drawn: readonly number[],
  tolerance: number,
): CardSample[];
/** The file of one card width's drawings in `lang` (scripts/fetched-drawings.mjs). */
export function drawingsFile(lang: string, cardWidth: number, hash: string): string;
/** The value of DRAWINGS_ATTRIBUTE for `files` (scripts/fetched-drawings.mjs). */
export function drawingsList(files: readonly { readonly cardWidth: number; readonly file: string }[]): string;
/** A drawing's markup with the dark theme's colours from the page's custom properties (scripts/fetched-drawings.mjs). */
export function themedDrawing(
  options: {
    readonly markup: string;
    readonly edits: readonly import('./theme-colours.mjs').ColourEdit[];
    readonly mapping: readonly number[];
  },
  apply: (root: ParentNode, edits: readonly import('./theme-colours.mjs').ColourEdit[]) => void,
  compact: (root: Element) => unknown,
): string;
