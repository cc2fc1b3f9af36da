// A chart pre-rendered for more than one width: the build draws the first view for a laptop's column, and the charts
// near a projector's first screen for that screen's column too (scripts/prerender.mjs). Each drawing sits in the
// figure in a `.drawn-for` box that names the figure's width it was drawn for; the page's stylesheet hides all but
// the first (src/styles.css), and these rules, in the page's head, show the one drawn for the figure's own width,
// without a script (a container query on the figure).

/**
 * Within this, a chart drawn for one width looks the same at another: the bars move by a pixel or two, the text not
 * at all. The live page uses the same (WIDTH_TOLERANCE in src/components/card/first-view-adoption.ts).
 */
export const WIDTH_TOLERANCE = 16;

/** The rules that show, in a figure of about each of `widths` (in CSS pixels), the drawing made for it. */
export function drawnForRules(widths) {
  return [...new Set(widths)]
    .sort((a, b) => a - b)
    .map((width) => {
      if (!Number.isInteger(width) || width <= WIDTH_TOLERANCE)
        throw new Error(`A chart drawn for a width of ${width} px: expected a whole number of pixels`);
      const chosen = `figure.chart > .drawn-for[data-drawn-for="${width}"]`;
      const others = `figure.chart > .drawn-for:not([data-drawn-for="${width}"])`;
      return (
        `@container (min-width: ${width - WIDTH_TOLERANCE}px) and (max-width: ${width + WIDTH_TOLERANCE}px) ` +
        `{ ${chosen} { display: block; } ${others} { display: none; } }`
      );
    })
    .join('\n');
}
