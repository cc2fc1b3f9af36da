// A chart pre-rendered for more than one width: the build draws the first view for a laptop's column, and the charts
// near the first screen of each of a few wider screens for their columns too (scripts/prerender.mjs). Each drawing
// sits in the figure in a `.drawn-for` box that names the figure's width it was drawn for, all but the first `hidden`;
// the figure names its widths (`data-drawn-widths`) and is a container (src/styles.css). These rules, in the page's
// head, show in a figure of about one of its widths the drawing made for it, without a script (a container query).

/**
 * The screens wider than a laptop's 1,366 px whose columns the charts near the first screen are drawn for too: the
 * commonest after it, 1,440 × 900 and 1,536 × 864 (a 1,920 px laptop screen at 125 %), whose columns a tablet's
 * 768 px screen nearly has too, and a projector's, 1,920 px, whose columns every wider screen has (the page stops at
 * 1,920 px), tall enough for a 2,560 × 1,440 screen's first screen. Their columns must lie more than 2 × RULE_MARGIN
 * apart, or the build stops and says so (scripts/prerender.mjs).
 */
export const WIDER_VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1536, height: 864 },
  { width: 1920, height: 1440 },
];

/**
 * How far below the viewport a chart counts as near (NEAR_MARGIN in src/components/use-near-viewport.ts): the live page
 * draws such a chart at once when it was drawn for another width, so the wider screens' drawings cover them.
 */
export const NEAR_MARGIN = 800;

/**
 * Within this, a chart drawn for one width looks the same at another: the bars move by a pixel or two, the text not
 * at all. The live page uses the same (WIDTH_TOLERANCE in src/components/card/first-view-adoption.ts).
 */
export const WIDTH_TOLERANCE = 16;

/**
 * The rules reach a little further (a rounded width against a fractional one): where the live page finds a card drawn
 * for its width, the figure surely shows that drawing.
 */
export const RULE_MARGIN = WIDTH_TOLERANCE + 2;

/** The rules that show, in a figure of about each of `widths` (in CSS pixels) that has a drawing for it, that drawing. */
export function drawnForRules(widths) {
  return [...new Set(widths)]
    .sort((a, b) => a - b)
    .map((width) => {
      if (!Number.isInteger(width) || width <= RULE_MARGIN)
        throw new Error(`A chart drawn for a width of ${width} px: expected a whole number of pixels`);
      const figure = `figure.chart[data-drawn-widths~="${width}"]`;
      return (
        `@container (min-width: ${width - RULE_MARGIN}px) and (max-width: ${width + RULE_MARGIN}px) ` +
        `{ ${figure} > .drawn-for[data-drawn-for="${width}"] { display: block; } ` +
        `${figure} > .drawn-for:not([data-drawn-for="${width}"]) { display: none; } }`
      );
    })
    .join('\n');
}
