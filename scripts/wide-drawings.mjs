// The drawings of the charts near the first screen for the columns of other screens (scripts/chart-widths.mjs), and
// where they go in the laptop's page: functions the build runs in the pre-rendered page (scripts/prerender.mjs), each
// given the others it needs as arguments, since the page's policy (no eval) lets it rebuild none itself.

/** What a card shows besides its figure: the same at each width, or its drawings could not stand for each other. */
export function cardText(card) {
  const copy = card.cloneNode(true);
  copy.querySelector('figure.chart')?.remove();
  return `${copy.querySelectorAll('*').length} ${copy.textContent}`;
}

/** A card's width, and how far below its top its chart begins (null without a chart), in whole pixels. */
export function measure(card) {
  const figure = card.querySelector('figure.chart');
  const top = figure?.getBoundingClientRect().top;
  return {
    width: card.clientWidth,
    figureWidth: figure?.clientWidth ?? null,
    chartTop: top === undefined ? null : Math.round(top - card.getBoundingClientRect().top),
  };
}

/**
 * In the page at another screen's width: the drawing of each chart near its first screen (the figure's first child),
 * its ids renamed so as not to meet the laptop's drawing's, with the card's and the figure's widths and where the
 * chart began in the card.
 */
export function wideDrawings({ margin, prefix }, textOf, measureOf, renameIds) {
  const drawings = {};
  for (const card of document.querySelectorAll('[data-card]')) {
    const drawing = card.querySelector('figure.chart')?.firstElementChild;
    const { width, figureWidth, chartTop } = measureOf(card);
    if (!drawing || chartTop === null) continue;
    if (card.getBoundingClientRect().top + chartTop > window.innerHeight + margin) continue;
    const copy = drawing.cloneNode(true);
    renameIds(copy, prefix);
    drawings[card.getAttribute('data-card')] = {
      cardWidth: width,
      figureWidth,
      chartTop,
      markup: copy.outerHTML,
      text: textOf(card),
    };
  }
  return drawings;
}

/**
 * Writes on each card of the laptop's page (run in it) the width it was drawn for and where its chart begins; beside the drawing
 * of each chart near another screen's first screen, the one made for its width (each set of `screens` in turn), each in
 * a box that names its figure's width (all but the laptop's hidden, for a page read without the stylesheet), the
 * figure naming its widths; the card names its widths and where its chart begins at each. Returns the figure widths
 * added, and the widths of each figure drawn more than once (for the rules that choose among its drawings:
 * drawnForRules in scripts/chart-widths.mjs); a drawing whose card shows anything else at that width, or whose width is
 * within `tolerance` of one the figure already has (which stands for it), is left out, and listed with the reason in
 * `skipped`: the card is drawn live there, as any card at a width it was not drawn for.
 */
export function addWideDrawings({ screens, tolerance }, textOf, measureOf) {
  const cards = [...document.querySelectorAll('#root [data-card]')];
  // Measured before any drawing is added: the other screens' drawings are hidden, but the page is laid out again.
  const measured = new Map(cards.map((card) => [card, measureOf(card)]));
  const added = [];
  const skipped = [];
  const figures = [];
  for (const card of cards) {
    const { width, figureWidth, chartTop } = measured.get(card);
    const id = card.getAttribute('data-card');
    const [widths, figureWidths, tops] = [[width], [figureWidth], [chartTop]];
    const figure = card.querySelector('figure.chart');
    const drawing = figure?.firstElementChild;
    // The last box of a drawing: the next goes after it, before what follows the chart in the figure (its legend).
    let last = null;
    for (const { width: screen, drawings } of screens) {
      const wide = drawings[id];
      if (wide === undefined) continue;
      const nearest = Math.min(...figureWidths.map((drawn) => Math.abs(wide.figureWidth - drawn)));
      let reason = null;
      if (!figure || !drawing) reason = 'its figure has no drawing';
      else if (textOf(card) !== wide.text) reason = 'the card shows otherwise there';
      else if (nearest <= tolerance)
        // A drawing it has already stands for this one (the live page keeps it there too).
        reason = `its columns there (${wide.figureWidth} px) are within ${tolerance} px of a drawing it has`;
      if (reason !== null) {
        skipped.push({ card: id, screen, reason });
        continue;
      }
      if (last === null) {
        last = document.createElement('div');
        last.className = 'drawn-for';
        last.setAttribute('data-drawn-for', String(figureWidth));
        drawing.replaceWith(last);
        last.append(drawing);
      }
      last.insertAdjacentHTML(
        'afterend',
        `<div class="drawn-for" data-drawn-for="${wide.figureWidth}" hidden>${wide.markup}</div>`,
      );
      last = last.nextElementSibling;
      widths.push(wide.cardWidth);
      figureWidths.push(wide.figureWidth);
      tops.push(wide.chartTop);
      added.push(wide.figureWidth);
    }
    card.setAttribute('data-drawn-width', widths.join(' '));
    if (chartTop !== null) card.setAttribute('data-chart-top', tops.join(' '));
    if (figureWidths.length > 1) {
      figure.setAttribute('data-drawn-widths', figureWidths.join(' '));
      figures.push(figureWidths);
    }
  }
  return { added, skipped, figures };
}
