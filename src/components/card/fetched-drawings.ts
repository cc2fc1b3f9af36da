import * as v from 'valibot';
import {
  CHART_TOP_ATTRIBUTE,
  chartCards,
  chartNear,
  DRAWN_WIDTH_ATTRIBUTE,
  drawnForThisWidth,
  WIDTH_TOLERANCE,
} from './first-view-adoption';

// The page holds the charts near the first screen drawn for the columns of a few common screens. For a window of
// another width, the build also drew them for card widths from a phone's to a desktop's one column, a file for each
// width beside the code (scripts/fetched-drawings.mjs): the live page fetches the one for its columns, about 2 kB
// gzip, and puts its drawings in the pre-rendered cards before it takes them over, instead of loading the chart library
// (115 kB) to draw them. Where that fails (no file for these columns, a network error, too slow), it draws them live.

/** Where the page names the files, as « card width=file name » pairs (scripts/fetched-drawings.mjs). */
export const DRAWINGS_ATTRIBUTE = 'data-first-view-drawings';

/** A file of drawings, and the card width they were made for. */
export interface DrawingsFile {
  readonly cardWidth: number;
  readonly file: string;
}

const PAIR = /^(\d+)=(drawings-[a-z]{2}-\d+-[0-9a-f]{8}\.json)$/;

/** The files the page names (DRAWINGS_ATTRIBUTE's `value`); a pair not of the build's form is passed over. */
export function drawingsFiles(value: string | null): DrawingsFile[] {
  return (value ?? '').split(' ').flatMap((pair) => {
    const match = PAIR.exec(pair);
    return match === null ? [] : [{ cardWidth: Number(match[1]), file: match[2] ?? '' }];
  });
}

/** The file drawn for the card width nearest `width`, within the tolerance; null where none is. */
export function nearestFile(files: readonly DrawingsFile[], width: number): DrawingsFile | null {
  let nearest: DrawingsFile | null = null;
  for (const file of files) {
    const distance = Math.abs(file.cardWidth - width);
    if (distance <= WIDTH_TOLERANCE && (nearest === null || distance < Math.abs(nearest.cardWidth - width)))
      nearest = file;
  }
  return nearest;
}

/** A chart's drawing for one card width, as the file holds it. */
const Drawing = v.object({
  cardWidth: v.pipe(v.number(), v.finite()),
  figureWidth: v.pipe(v.number(), v.finite()),
  chartTop: v.pipe(v.number(), v.finite()),
  markup: v.pipe(v.string(), v.startsWith('<')),
});
export type FetchedDrawing = v.InferOutput<typeof Drawing>;
/** A file's drawings by card id: each is checked as it is used, a card's that is not of this form drawn live. */
const DrawingsBody = v.object({ cards: v.record(v.string(), v.unknown()) });

/**
 * Puts `drawing` in the pre-rendered `card` in place of the drawings it holds (those of other widths), and names its
 * width on the card, as the build names the widths it drew a card for: the card then stands for the live one at this
 * width (first-view-adoption.ts). False, the card left as it was, where its figure has no drawing to replace, or the
 * reader has clicked or focused one of its marks.
 */
export function putDrawing(card: Element, drawing: FetchedDrawing): boolean {
  const figure = card.querySelector('figure.chart');
  const first = figure?.firstElementChild;
  if (figure === null || first === null || first === undefined) return false;
  // A bar the reader clicked (marked busy by scripts/first-view.js, for the live page to click again) or focused stays
  // where it is: the card is drawn live, and the click or the focus goes to its live bar (src/first-view-replay.ts).
  const reader = document.activeElement;
  if (figure.querySelector('[aria-busy="true"]') !== null || (reader !== null && figure.contains(reader)))
    return false;
  const box = document.createElement('div');
  box.className = 'drawn-for';
  box.setAttribute('data-drawn-for', String(drawing.figureWidth));
  box.innerHTML = drawing.markup;
  const boxes = [...figure.children].filter((child) => child.classList.contains('drawn-for'));
  // Drawn for one width, the figure's drawing is its first child; drawn for several, each is in a box of its own.
  if (boxes.length === 0) first.replaceWith(box);
  else {
    boxes[0]?.before(box);
    for (const other of boxes) other.remove();
  }
  figure.removeAttribute('data-drawn-widths');
  card.setAttribute(DRAWN_WIDTH_ATTRIBUTE, String(drawing.cardWidth));
  card.setAttribute(CHART_TOP_ATTRIBUTE, String(drawing.chartTop));
  return true;
}

/** The pre-rendered cards of `root` whose chart is near the viewport and was drawn for other widths. */
export const cardsToRedraw = (root: ParentNode): Element[] =>
  chartCards(root).filter((card) => chartNear(card) && !drawnForThisWidth(card));

/**
 * Fetches the drawings for the columns of the pre-rendered page `root`, where a chart near the viewport was drawn for
 * other widths, and puts them in its cards: true when every such chart then shows a drawing made for its width (or
 * none needed one), false when some must be drawn live. Gives up after `patience` ms, and then changes nothing: the
 * live page draws those charts itself.
 */
export async function fetchDrawings(root: ParentNode, patience: number): Promise<boolean> {
  const cards = cardsToRedraw(root);
  const [first] = cards;
  if (first === undefined) return true;
  const listed = drawingsFiles(document.documentElement.getAttribute(DRAWINGS_ATTRIBUTE));
  const file = nearestFile(listed, first.clientWidth);
  if (file === null) return false;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), patience);
  let drawings: Record<string, unknown> = {};
  try {
    const response = await fetch(`./assets/${file.file}`, { signal: abort.signal });
    if (!response.ok) return false;
    const body = v.safeParse(DrawingsBody, await response.json());
    if (abort.signal.aborted || !body.success) return false;
    drawings = body.output.cards;
  } catch {
    // Offline, refused, too slow, or not JSON: the charts are drawn live, as where there is no file.
    return false;
  } finally {
    clearTimeout(timer);
  }
  let all = true;
  for (const card of cards) {
    const drawing = v.safeParse(Drawing, drawings[card.getAttribute('data-card') ?? '']);
    const fits = drawing.success && Math.abs(drawing.output.cardWidth - card.clientWidth) <= WIDTH_TOLERANCE;
    if (!fits || !putDrawing(card, drawing.output)) all = false;
  }
  return all;
}
