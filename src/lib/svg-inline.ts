const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Copies the computed look of every element onto its clone, so that the SVG renders the same outside the page. */
export function inlineStyles(live: Element, clone: Element): void {
  const computed = getComputedStyle(live);
  const declarations = STYLED.map((property) => `${property}:${computed.getPropertyValue(property)}`).filter(
    (declaration) => !declaration.endsWith(':'),
  );
  clone.setAttribute('style', declarations.join(';'));
  const liveChildren = [...live.children];
  [...clone.children].forEach((child, index) => {
    const twin = liveChildren[index];
    if (twin !== undefined) inlineStyles(twin, child);
  });
}
