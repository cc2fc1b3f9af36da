// Drawings for the columns of any window: the page holds the charts near the first screen drawn for the columns of a
// few common screens (scripts/chart-widths.mjs). A window of another width (1,760 px, or a laptop's window not made
// full screen) would draw them live, and load the chart library to do so, 115 kB of JavaScript. So the build also
// draws them for card widths from a phone's to a desktop's one column, each within WIDTH_TOLERANCE of one it draws, and
// writes each width's drawings in a file beside the code (dist/assets/drawings-<lang>-<card width>-<hash>.json), which
// the live page fetches when the reader's columns are of none of the page's widths
// (src/components/card/fetched-drawings.ts): about 2 kB gzip instead of the chart library.

/** Where the page names its drawings files, as « card width=file name » pairs (read by the live page). */
export const DRAWINGS_ATTRIBUTE = 'data-first-view-drawings';

/** How tall the window is where the build draws them: the charts near the first screen of a window up to this high. */
export const DRAWINGS_HEIGHT = 1600;

/**
 * How far apart the windows are where the build measures the cards: a card's width grows by at most a pixel with each
 * pixel of the window, so the cards of two windows measured are at most as far apart.
 */
export const WINDOW_STEP = 4;

/**
 * The window widths from `from` to `to` (down, by `step`) at which the build measures the cards: the columns of each
 * width between two of them then differ by at most `step` pixels, within the tolerance.
 */
export function windowWidths(from = 1940, to = 360, step = WINDOW_STEP) {
  const widths = [];
  for (let width = from; width >= to; width -= step) widths.push(width);
  return widths;
}

/**
 * From `samples` (a window width and the width of its first card with a chart, at each window measured), the windows
 * to draw at so that every card width measured is within `tolerance` of one drawn (those of `drawn`, which the page
 * holds, or one of these): the fewest, taken from the narrowest up, each as wide as it may be while it still covers the
 * narrowest card width not yet covered. Sorted by card width; a card width is drawn once. Give it the live page's
 * tolerance less half the largest step between two card widths measured, so that a card width between two of them is
 * within the live page's tolerance of one drawn too.
 */
export function windowsToDraw(samples, drawn, tolerance) {
  for (const { window, cardWidth } of samples)
    if (!Number.isInteger(window) || !Number.isInteger(cardWidth) || cardWidth <= 0)
      throw new Error(`A card of ${cardWidth} px at ${window} px: expected whole numbers of pixels`);
  const sorted = [...samples].sort((a, b) => a.cardWidth - b.cardWidth || b.window - a.window);
  const chosen = [];
  const covered = (width) =>
    drawn.some((other) => Math.abs(other - width) <= tolerance) ||
    chosen.some((other) => Math.abs(other.cardWidth - width) <= tolerance);
  for (const sample of sorted) {
    if (covered(sample.cardWidth)) continue;
    // The widest card within reach, at the widest window that gives it: its drawings cover this card and those up to
    // `tolerance` wider; a card width that comes in two columns and in one comes in two at twice the window, whose
    // first screen has more cards near it.
    const reach = sorted.filter(
      (other) => other.cardWidth >= sample.cardWidth && other.cardWidth <= sample.cardWidth + tolerance,
    );
    const widest = reach.reduce((best, other) =>
      other.cardWidth > best.cardWidth || (other.cardWidth === best.cardWidth && other.window > best.window)
        ? other
        : best,
    );
    chosen.push(widest);
  }
  return chosen;
}

/** The file of one card width's drawings in `lang`, named by a hash of its content (`hash`: hex digits). */
export function drawingsFile(lang, cardWidth, hash) {
  if (!/^[a-z]{2}$/.test(lang) || !Number.isInteger(cardWidth) || !/^[0-9a-f]{8,}$/.test(hash))
    throw new Error(`No drawings file for ${lang}, ${cardWidth} px, ${hash}`);
  return `drawings-${lang}-${cardWidth}-${hash.slice(0, 8)}.json`;
}

/** The name of a drawings file, as drawingsFile writes it. */
const FILE_NAME = 'drawings-[a-z]{2}-\\d+-[0-9a-f]{8}\\.json';
/** A value of DRAWINGS_ATTRIBUTE: « card width=file name » pairs, one space apart. */
export const DRAWINGS_LIST = new RegExp(`^\\d+=${FILE_NAME}( \\d+=${FILE_NAME})*$`);

/** The value of DRAWINGS_ATTRIBUTE for `files` ({ cardWidth, file }): « 744=drawings-fr-744-0a1b2c3d.json … ». */
export function drawingsList(files) {
  const list = [...files]
    .sort((a, b) => a.cardWidth - b.cardWidth)
    .map(({ cardWidth, file }) => `${cardWidth}=${file}`)
    .join(' ');
  if (!DRAWINGS_LIST.test(list)) throw new Error(`Not a drawings file in the list: ${list}`);
  return list;
}

/**
 * In the page (run in it): the markup of one chart's drawing (`markup`) with the dark theme's colours read from custom
 * properties (`apply`, scripts/theme-colours.mjs's applyThemeColours, given `edits`, themeColours' for this drawing),
 * then named as the page names them (`mapping`: the page's index of each of the drawing's colours), and what draws
 * nothing taken out (`compact`, scripts/compact-drawings.mjs). Throws where a colour has no index in the page.
 */
export function themedDrawing({ markup, edits, mapping }, apply, compact) {
  // A figure, as in the page, where compact() looks for charts.
  const holder = document.createElement('figure');
  holder.className = 'chart';
  holder.innerHTML = markup;
  apply(holder, edits);
  compact(holder);
  const renumber = (value) =>
    value.replace(/var\(--first-view-colour-(\d+),/g, (_, index) => {
      const page = mapping[Number(index)];
      if (page === undefined) throw new Error(`The drawing's colour ${index} has none of the page's`);
      return `var(--first-view-colour-${page},`;
    });
  for (const element of holder.querySelectorAll('[style]'))
    element.setAttribute('style', renumber(element.getAttribute('style') ?? ''));
  return holder.innerHTML;
}
