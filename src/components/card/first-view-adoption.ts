import type { FileStates } from '../../data/dataset';
import { FILE_IDS } from '../../data/files';
import { isNear, NEAR_MARGIN } from '../use-near-viewport';
import { renameIds } from './rename-ids';

// The build pre-renders the unfiltered dashboard (scripts/prerender.mjs). When the live page shows that same view on
// the same data, a card whose chart is not on screen, or was drawn for the card's width, is not drawn again: the live
// page takes the pre-rendered card as it is (adopts it) and draws its own only when it comes near once the reader has
// scrolled or the chart code is in, when it is near and was drawn for another width, when the reader focuses or clicks
// it, or before a print (adopted-card.tsx). The first render of the live page then draws only the charts seen at a
// width they were not drawn for; where there are none (a laptop's first screen, a phone's, those of the other screens
// the build drew for), the chart library loads only once the reader acts.

/** Where the pre-rendered page says which data it was drawn from. */
export const FINGERPRINT_ATTRIBUTE = 'data-fingerprint';
/** Where the built page names the themes its first view was drawn in (scripts/first-view-page.mjs). */
export const THEMES_ATTRIBUTE = 'data-first-view-themes';
/** Where the built page names the language of its first view (scripts/first-view-page.mjs). */
export const LANG_ATTRIBUTE = 'data-first-view-lang';
/** Sent on `window` once the pre-rendered cards are in the live page (or could not be). */
export const ADOPTED_EVENT = 'first-view-adopted';

let firstView: string | null = null;
let open = false;
let preRendered: ParentNode | null = null;
let drawnThemes: readonly string[] = ['light'];
let drawnLang = 'fr';

/** FNV-1a over every file's rows: the same rows give the same short text. */
export function dataFingerprint(files: FileStates): string {
  const text = JSON.stringify(FILE_IDS.map((id) => files[id].rows));
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}

/** Offers the cards pre-rendered in `root` to the live page, drawn from the data of `fingerprint`. */
export function offerFirstView(root: ParentNode | null, fingerprint: string | null): void {
  preRendered = root;
  firstView = root === null ? null : fingerprint;
  open = firstView !== null;
  drawnThemes = (document.documentElement.getAttribute(THEMES_ATTRIBUTE) ?? 'light').split(' ');
  drawnLang = document.documentElement.getAttribute(LANG_ATTRIBUTE) ?? 'fr';
}

const preRenderedCard = (from: ParentNode, id: string) =>
  from.querySelector(`[data-card="${CSS.escape(id)}"]`);

/**
 * Where the pre-render wrote, on each card, the widths it was drawn for: a laptop's column, and for the charts near the
 * first screen those of a few other screens too, each drawing in a box of its own that the page shows at its width
 * (scripts/prerender.mjs, scripts/chart-widths.mjs).
 */
export const DRAWN_WIDTH_ATTRIBUTE = 'data-drawn-width';
/** Where the pre-render wrote, on a card with a chart, how far below the card's top its chart began, at each width. */
export const CHART_TOP_ATTRIBUTE = 'data-chart-top';
// Within this, a chart drawn for one width looks the same at another: the bars move by a pixel or two, the text not at
// all (a laptop's scroll bar takes about 17 px from the page, less than 9 from each of two columns). The build's
// rules that choose a drawing reach a little further (RULE_MARGIN, scripts/chart-widths.mjs).
export const WIDTH_TOLERANCE = 16;

const numbers = (card: Element, name: string): number[] =>
  (card.getAttribute(name) ?? '').split(' ').filter(Boolean).map(Number);

// Only the card's own box is measured, never what it holds: a card far from the viewport is not laid out
// (`content-visibility: auto`), and measuring its chart would lay it out, each card in turn.

/**
 * True when the chart of the pre-rendered `card` lies within `margin` pixels of the viewport, found from the card's
 * top and where its chart began at the pre-render, for the width nearest the card's own; a card with no chart counts
 * whole.
 */
export function chartNear(card: Element, margin = NEAR_MARGIN): boolean {
  const box = card.getBoundingClientRect();
  const own = card.clientWidth;
  const tops = numbers(card, CHART_TOP_ATTRIBUTE);
  let offset = tops[0] ?? 0;
  let nearest = Infinity;
  numbers(card, DRAWN_WIDTH_ATTRIBUTE).forEach((width, index) => {
    const distance = Math.abs(width - own);
    if (distance < nearest && tops[index] !== undefined) {
      nearest = distance;
      offset = tops[index];
    }
  });
  return box.bottom >= -margin && box.top + offset <= window.innerHeight + margin;
}

/**
 * True when the pre-rendered `card`, where it stands in the live page, has about one of the widths it was drawn for:
 * it shows the drawing made for that width, which the live card would draw the same.
 */
export function drawnForThisWidth(card: Element): boolean {
  const width = card.clientWidth;
  // A browser without container queries shows the first drawing, whatever the width.
  const widths = numbers(card, DRAWN_WIDTH_ATTRIBUTE).slice(0, containerQueries() ? undefined : 1);
  return widths.some((drawn) => Math.abs(width - drawn) <= WIDTH_TOLERANCE);
}

/** True where the browser has container queries (assumed where it cannot say: jsdom). */
const containerQueries = () =>
  typeof CSS === 'undefined' ||
  typeof CSS.supports !== 'function' ||
  CSS.supports('container-type', 'inline-size');

/** The pre-rendered cards of `root` that have a chart. */
export const chartCards = (root: ParentNode) => [...root.querySelectorAll(`[${CHART_TOP_ATTRIBUTE}]`)];

/**
 * True when a chart of `root` (the pre-rendered page) is on screen and was drawn for another width: the live page then
 * draws it at once, and needs the chart code as it starts.
 */
export const chartsToDrawNow = (root: ParentNode): boolean =>
  chartCards(root).some((card) => chartNear(card, 0) && !drawnForThisWidth(card));

/**
 * True when the pre-rendered card `id` may stand for the live one: the offer is open, and its chart is not on screen
 * or was drawn for the card's width (a card with no chart: the card lies far from what the reader sees). Where it
 * stands now is where the live card will be. A kept card is drawn live once the reader scrolls, or the chart code is
 * in (src/components/card/adopted-card.tsx): the chart library then loads only when the reader acts.
 */
export function adoptable(id: string): boolean {
  if (!open || preRendered === null) return false;
  const card = preRenderedCard(preRendered, id);
  if (card === null) return false;
  if (!card.hasAttribute(CHART_TOP_ATTRIBUTE)) return !isNear(card);
  return !chartNear(card, 0) || drawnForThisWidth(card);
}

/** The data the pre-rendered page was drawn from, or null where there was none. */
export const firstViewFingerprint = (): string | null => firstView;

/**
 * The themes the pre-rendered page shows, as <html> named them when it was offered: both, the build drawing it in each
 * and reading the colours that differ from custom properties the head sets for the dark one (scripts/theme-colours.mjs);
 * the light one where <html> names none.
 */
export const firstViewThemes = (): readonly string[] => drawnThemes;

/** The language of the pre-rendered page, as <html> named it when it was offered: French where it named none. */
export const firstViewLang = (): string => drawnLang;

/**
 * Moves each pre-rendered card of `from` into the place the live page (`into`) keeps for it, then closes the offer
 * and tells the places: one left empty draws its live card.
 */
export function adoptFirstView(from: ParentNode, into: ParentNode): void {
  for (const place of into.querySelectorAll<HTMLElement>('[data-adopt]')) {
    const card = preRenderedCard(from, place.dataset.adopt ?? '');
    if (card === null) continue;
    renameIds(card, 'first-view-');
    // A control clicked before the takeover was marked busy (scripts/first-view.js); kept here, it waits for nothing.
    for (const busy of card.querySelectorAll('[aria-busy="true"]')) busy.removeAttribute('aria-busy');
    place.append(card);
  }
  open = false;
  preRendered = null;
  window.dispatchEvent(new Event(ADOPTED_EVENT));
}
