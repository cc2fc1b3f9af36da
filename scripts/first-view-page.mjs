const EMPTY_ROOT = '<div id="root"></div>';

/**
 * The built page with the first view in it: `markup` inside #root, marked as pre-rendered, then the line shown
 * instead when the address asks for another view (scripts/first-view.js), and a note for readers without JavaScript.
 */
export function firstViewPage(html, markup) {
  const at = html.indexOf(EMPTY_ROOT);
  if (at < 0 || html.indexOf(EMPTY_ROOT, at + 1) >= 0) {
    throw new Error(`index.html must hold exactly one empty ${EMPTY_ROOT} to pre-render into`);
  }
  if (markup.trim() === '') throw new Error('The page drew nothing to pre-render');
  const page =
    '<noscript><p class="no-script">JavaScript est désactivé : la page montre la vue d’ensemble, sans filtre ni ' +
    'interaction.</p></noscript>' +
    `<div id="root" data-first-view>${markup}</div>` +
    '<p class="first-view-wait" role="status">Chargement de la vue demandée…</p>';
  return `${html.slice(0, at)}${page}${html.slice(at + EMPTY_ROOT.length)}`;
}
