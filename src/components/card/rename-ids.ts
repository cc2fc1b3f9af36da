/**
 * Renames the ids in `node` and what points at them: the live page's own ids (React's useId) may be the ones the
 * pre-render gave the cards it adopts (first-view-adoption.ts), and a chart drawn for a second width comes from
 * another drawing of the page, with the same ids (scripts/prerender.mjs).
 *
 * It uses nothing from outside its own body: the build runs its source in the page it pre-renders.
 */
export function renameIds(node: Element, prefix: string): void {
  const references = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'];
  // SVG paints that may point at an id (`fill="url(#estimate-hatch-light)"`, the hatching of estimates).
  const paints = [
    'fill',
    'stroke',
    'clip-path',
    'mask',
    'filter',
    'marker-start',
    'marker-mid',
    'marker-end',
  ];
  // The elements that have an id or point at one: most of a chart's hundreds of SVG shapes have neither.
  const named = [
    '[id]',
    '[href^="#"]',
    ...references.map((name) => `[${name}]`),
    ...paints.map((name) => `[${name}^="url"]`),
  ].join(', ');
  const ids = new Set([...node.querySelectorAll('[id]')].map((element) => element.id));
  if (ids.size === 0) return;
  const renamed = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  for (const element of [node, ...node.querySelectorAll(named)]) {
    if (element.id !== '' && ids.has(element.id)) element.id = renamed(element.id);
    for (const name of references) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, value.split(/\s+/).map(renamed).join(' '));
    }
    const href = element.getAttribute('href');
    if (href?.startsWith('#') === true && ids.has(href.slice(1)))
      element.setAttribute('href', `#${renamed(href.slice(1))}`);
    for (const name of paints) {
      const id = /^url\(#([^)]+)\)$/.exec(element.getAttribute(name) ?? '')?.[1];
      if (id !== undefined && ids.has(id)) element.setAttribute(name, `url(#${renamed(id)})`);
    }
  }
}
