import { afterEach, describe, expect, it } from 'vitest';
import { compactDrawings } from '../../../scripts/compact-drawings.mjs';

// Run in the pre-rendered page (scripts/prerender.mjs); here in jsdom, on markup as Recharts writes it.

const CHART = `<figure class="chart"><div class="recharts-wrapper"><svg width="595" height="320">
  <title>Financement</title>
  <g class="recharts-zIndex-layer_-50" tabindex="-1"></g>
  <g class="recharts-cartesian-axis-ticks"><g class="recharts-cartesian-axis-tick-lines"><g class="recharts-cartesian-axis-tick"></g><g class="recharts-cartesian-axis-tick"> </g></g>
    <g class="recharts-cartesian-axis-tick"><text x="36.400000000000006" y="267.8" width="50" class="recharts-text"><tspan x="36.4" dy="0.355em">2013</tspan></text></g></g>
  <g id="recharts-bar-_r_s_" class="recharts-bar"></g>
  <line x="36.4" y="26" width="545.6" height="44.199999999999996" angle="0" orientation="bottom" x1="36.4" y1="227.50000000000003" x2="582" y2="227.5" stroke="#7a8a9c"></line>
  <path x="58.9433" y="234.2167" width="65" height="33.5833" radius="0" d="M 58.9433,234.2167 h 65 v -33.58333333 h -65 Z" data-bar-id="2013.123456" fill="url(#estimate-hatch-1.234567)"></path>
  <rect x="36.4" y="26.000000001" width="545.6" height="241.8"></rect>
</svg></div></figure>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('compactDrawings', () => {
  it('takes out the empty groups, innermost first, but one with an id', () => {
    document.body.innerHTML = CHART;
    const counts = compactDrawings(document.body);
    const svg = document.querySelector('svg');
    expect([...(svg?.querySelectorAll('g') ?? [])].map((group) => group.getAttribute('class'))).toEqual([
      'recharts-cartesian-axis-ticks',
      'recharts-cartesian-axis-tick',
      'recharts-bar',
    ]);
    // The layer, two ticks and the tick lines that held them.
    expect(counts.groups).toBe(4);
    expect(svg?.querySelector('text')?.textContent).toBe('2013');
  });

  it('takes out of a line and a path the attributes of the shape they were made from, not those of a rect', () => {
    document.body.innerHTML = CHART;
    const counts = compactDrawings(document.body);
    const names = (selector: string) =>
      [...(document.querySelector(selector)?.attributes ?? [])].map((attribute) => attribute.name);
    expect(names('line')).toEqual(['x1', 'y1', 'x2', 'y2', 'stroke']);
    expect(names('path')).toEqual(['d', 'data-bar-id', 'fill']);
    expect(names('rect')).toEqual(['x', 'y', 'width', 'height']);
    // The text keeps its width: the live chart's text wraps in it.
    expect(names('text')).toEqual(['x', 'y', 'width', 'class']);
    expect(counts.attributes).toBe(6 + 5);
  });

  it('keeps every number as Recharts wrote it, float noise included: the live chart draws the same pixels', () => {
    document.body.innerHTML = CHART;
    compactDrawings(document.body);
    expect(document.querySelector('line')?.getAttribute('y1')).toBe('227.50000000000003');
    expect(document.querySelector('text')?.getAttribute('x')).toBe('36.400000000000006');
    expect(document.querySelector('path')?.getAttribute('d')).toBe(
      'M 58.9433,234.2167 h 65 v -33.58333333 h -65 Z',
    );
  });

  it('leaves alone an SVG outside a chart’s figure', () => {
    document.body.innerHTML = `<header><svg><g></g><line x="1.123456" x1="0"></line></svg></header>`;
    expect(compactDrawings(document.body)).toEqual({ groups: 0, attributes: 0 });
    expect(document.querySelector('header')?.innerHTML).toBe(
      '<svg><g></g><line x="1.123456" x1="0"></line></svg>',
    );
  });
});
