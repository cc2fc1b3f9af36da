/** A card's width, its figure's, and where its chart begins below its top (scripts/wide-drawings.mjs). */
export interface CardMeasure {
  readonly width: number;
  readonly figureWidth: number | null;
  readonly chartTop: number | null;
}
/** A chart's drawing for another screen's columns (scripts/wide-drawings.mjs). */
export interface WideDrawing {
  readonly cardWidth: number;
  readonly figureWidth: number;
  readonly chartTop: number;
  readonly markup: string;
  readonly text: string;
}
export interface SkippedDrawing {
  readonly card: string;
  readonly screen: number;
  readonly reason: string;
}
/** What a card shows besides its figure (scripts/wide-drawings.mjs). */
export function cardText(card: Element | null): string;
/** A card's width, its figure's and where its chart begins (scripts/wide-drawings.mjs). */
export function measure(card: Element): CardMeasure;
/** The drawing of each chart near the first screen, its ids renamed (scripts/wide-drawings.mjs). */
export function wideDrawings(
  options: { readonly margin: number; readonly prefix: string },
  textOf: (card: Element) => string,
  measureOf: (card: Element) => CardMeasure,
  renameIds: (root: Element, prefix: string) => void,
): Record<string, WideDrawing>;
/** Puts the other screens' drawings beside the laptop's in the page, and names the widths (scripts/wide-drawings.mjs). */
export function addWideDrawings(
  options: {
    readonly screens: readonly { readonly width: number; readonly drawings: Record<string, WideDrawing> }[];
    readonly tolerance: number;
  },
  textOf: (card: Element) => string,
  measureOf: (card: Element) => CardMeasure,
): { added: number[]; skipped: SkippedDrawing[]; figures: number[][] };
