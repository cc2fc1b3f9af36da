// A chart pre-rendered for more than one width: the build draws the first view for a laptop's column, and the charts
// near the first screen of each of a few other screens for their columns too (scripts/prerender.mjs). Each drawing
// sits in the figure in a `.drawn-for` box that names the figure's width it was drawn for, all but the first `hidden`;
// the figure names its widths (`data-drawn-widths`) and is a container (src/styles.css). These rules, in the page's
// head, show in a figure of about one of its widths the drawing made for it, without a script (a container query).

/**
 * The screens other than a laptop's 1,366 px whose columns the charts near the first screen are drawn for too: the
 * commonest after it. Two columns: 1,440 × 900, 1,536 × 864 (a 1,920 px laptop screen at 125 %, whose columns a
 * tablet's 768 px screen nearly has too), 1,600 × 900 (an 800 or 810 px tablet's too), 1,680 × 1,050 (an 834 px
 * tablet's too) and a projector's 1,920 px, whose columns every wider screen has (the page stops at 1,920 px), tall
 * enough for a 2,560 × 1,440 screen's first screen. One column: 1,280 px (720, 800 or 1,024 high), 1,024 px (768
 * high, or a tablet's 1,366) and a tablet's 820 px, each tall enough for the highest. A screen whose columns are within
 * WIDTH_TOLERANCE of one already drawn for is left out, and listed (scripts/prerender.mjs).
 * A browser whose scroll bar takes room (17 px on Windows) leaves each column a little narrower than the build's
 * Chromium, whose scroll bars take none: half as much of two columns, within the tolerance, but all of it in one. The
 * one-column screens of a laptop or a desktop are therefore drawn 8 px narrower, halfway between the two: a 1,280 px
 * screen's column is then within 9 px of its drawing, with a scroll bar that takes room or without.
 */
export const OTHER_VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1536, height: 864 },
  { width: 1600, height: 900 },
  { width: 1680, height: 1050 },
  { width: 1920, height: 1440 },
  { width: 1280 - 8, height: 1024 },
  { width: 1024 - 8, height: 1366 },
  { width: 820, height: 1180 },
];

/**
 * How far below the viewport a chart counts as near (NEAR_MARGIN in src/components/use-near-viewport.ts): the live page
 * draws such a chart at once when it was drawn for another width, so the other screens' drawings cover them.
 */
export const NEAR_MARGIN = 800;

/**
 * Within this, a chart drawn for one width looks the same at another: the bars move by a pixel or two, the text not
 * at all. The live page uses the same (WIDTH_TOLERANCE in src/components/card/first-view-adoption.ts).
 */
export const WIDTH_TOLERANCE = 16;

/**
 * The rules reach a little further (a rounded width against a fractional one): where the live page finds a card drawn
 * for its width, the figure surely shows that drawing, or one nearer still.
 */
export const RULE_MARGIN = WIDTH_TOLERANCE + 2;

const pixels = (value) => `${Math.round(value * 100) / 100}px`;

/**
 * The rules that show, in each figure whose drawings were made for `widths` (in CSS pixels, as the figure names them:
 * `data-drawn-widths`, the first shown where no rule applies), the drawing made for about its width: each drawing but
 * the first in the figures of about its width, and within the RULE_MARGIN, nearer its own width than to any other of
 * the figure's (a figure of 697 px, drawn for 681 and 713 px, shows the 713 px drawing), so that two never show.
 */
export function drawnForRules(figures) {
  const lists = new Map(figures.map((widths) => [widths.join(' '), widths]));
  return [...lists]
    .filter(([, widths]) => widths.length > 1)
    .flatMap(([named, widths]) => {
      for (const width of widths)
        if (!Number.isInteger(width) || width <= RULE_MARGIN)
          throw new Error(`A chart drawn for a width of ${width} px: expected a whole number of pixels`);
      if (new Set(widths).size !== widths.length)
        throw new Error(`A chart drawn twice for the same width: ${named}`);
      const sorted = [...widths].sort((a, b) => a - b);
      const figure = `figure.chart[data-drawn-widths="${named}"]`;
      return widths.slice(1).map((width) => {
        const at = sorted.indexOf(width);
        const below = at > 0 ? (sorted[at - 1] + width) / 2 : -Infinity;
        const above = at < sorted.length - 1 ? (width + sorted[at + 1]) / 2 : Infinity;
        const from = Math.max(width - RULE_MARGIN, below);
        const to = Math.min(width + RULE_MARGIN, above);
        // Up to the next drawing's range, not into it: where they meet, the wider one shows.
        const upTo = to === above ? `width < ${pixels(to)}` : `width <= ${pixels(to)}`;
        return (
          `@container (width >= ${pixels(from)}) and (${upTo}) ` +
          `{ ${figure} > .drawn-for[data-drawn-for="${width}"] { display: block; } ` +
          `${figure} > .drawn-for:not([data-drawn-for="${width}"]) { display: none; } }`
        );
      });
    })
    .join('\n');
}
