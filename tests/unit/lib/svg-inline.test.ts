import { afterEach, describe, expect, it } from 'vitest';
import { inlineStyles } from '../../../src/lib/svg-inline';

const SVG = 'http://www.w3.org/2000/svg';

/** A chart styled by a stylesheet, as the page styles its marks through classes. */
function styledChart(): SVGSVGElement {
  const style = document.createElement('style');
  style.textContent = '.bar { fill: #a34400; stroke-width: 2px; } .label { font-weight: 700; }';
  document.head.append(style);
  const svg = document.createElementNS(SVG, 'svg');
  const group = document.createElementNS(SVG, 'g');
  const bar = document.createElementNS(SVG, 'rect');
  bar.setAttribute('class', 'bar');
  const label = document.createElementNS(SVG, 'text');
  label.setAttribute('class', 'label');
  label.textContent = 'S2E2';
  group.append(bar, label);
  svg.append(group);
  document.body.append(svg);
  return svg;
}

const declarations = (element: Element | null | undefined): string[] =>
  (element?.getAttribute('style') ?? '').split(';');

afterEach(() => {
  document.head.querySelectorAll('style').forEach((style) => style.remove());
  document.body.replaceChildren();
});

describe('inlineStyles', () => {
  it('writes the computed look of each element on its clone, at every depth', () => {
    const live = styledChart();
    const clone = live.cloneNode(true);
    if (!(clone instanceof Element)) throw new Error('no clone');
    inlineStyles(live, clone);
    expect(declarations(clone.querySelector('rect'))).toEqual(
      expect.arrayContaining(['fill:rgb(163, 68, 0)', 'stroke-width:2px']),
    );
    expect(declarations(clone.querySelector('text'))).toContain('font-weight:700');
  });

  it('writes the presentation properties only, those an SVG outside the page understands', () => {
    const live = styledChart();
    const clone = live.cloneNode(true);
    if (!(clone instanceof Element)) throw new Error('no clone');
    inlineStyles(live, clone);
    expect(declarations(clone.querySelector('rect')).map((declaration) => declaration.split(':')[0])).toEqual(
      [
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
      ],
    );
  });

  it('leaves the live chart as it was', () => {
    const live = styledChart();
    const clone = live.cloneNode(true);
    if (!(clone instanceof Element)) throw new Error('no clone');
    inlineStyles(live, clone);
    expect(live.querySelector('rect')?.getAttribute('style')).toBeNull();
  });

  it('keeps a look that reads the same outside the page, once the stylesheet is gone', () => {
    const live = styledChart();
    const clone = live.cloneNode(true);
    if (!(clone instanceof Element)) throw new Error('no clone');
    inlineStyles(live, clone);
    document.head.querySelectorAll('style').forEach((style) => style.remove());
    document.body.append(clone);
    expect(getComputedStyle(clone.querySelector('rect') ?? clone).getPropertyValue('fill')).toBe(
      'rgb(163, 68, 0)',
    );
  });
});
