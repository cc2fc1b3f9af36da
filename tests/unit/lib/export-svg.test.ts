import { afterEach, describe, expect, it } from 'vitest';
import { buildExportSvg, type ExportMeta } from '../../../src/lib/export-svg';
import { textWidth } from '../../../src/lib/text-measure';
import { EN, FR } from '../../fixtures/i18n';

const SVG = 'http://www.w3.org/2000/svg';

/** A drawn chart of the given size: jsdom lays nothing out, so its width and height are given as the page has them. */
function chart(width: number, height: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  Object.defineProperty(svg, 'width', { value: { baseVal: { value: width } } });
  Object.defineProperty(svg, 'height', { value: { baseVal: { value: height } } });
  const bar = document.createElementNS(SVG, 'rect');
  bar.setAttribute('aria-label', 'Cosmetic Valley');
  bar.setAttribute('style', 'fill: #2f5d8a');
  svg.append(bar);
  document.body.append(svg);
  return svg;
}

const META: ExportMeta = {
  title: 'Adhérents des pôles du Centre',
  takeaway: 'Cosmetic Valley compte 300 adhérents.',
  source: 'Source : DIRECCTE Centre, 7 janvier 2014',
  filters: 'Filtres : aucun',
  legend: [
    { label: 'Montant annoncé', swatch: 'bar', role: 'total' },
    { label: 'Estimation annuelle', swatch: 'hatch', role: 'estimate' },
  ],
  theme: 'light',
  note: null,
};

afterEach(() => {
  document.body.replaceChildren();
});

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

/** The text lines drawn in the image, outside the chart itself. */
const drawnText = (doc: Document): string[] =>
  [...doc.documentElement.children]
    .filter((element) => element.tagName === 'text')
    .map((element) => element.textContent);

describe('buildExportSvg', () => {
  it('gives well-formed SVG whose size is the one it returns, the chart plus margins, 640 wide at least', () => {
    const wide = buildExportSvg(chart(800, 300), META);
    const doc = parse(wide.svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(wide.width).toBe(848);
    expect([doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')]).toEqual([
      String(wide.width),
      String(wide.height),
    ]);
    expect(wide.height).toBeGreaterThan(300);
    expect(buildExportSvg(chart(200, 100), META).width).toBe(640);
  });

  it('draws the title, the takeaway, the legend labels, the filters and the source, in that order', () => {
    const doc = parse(buildExportSvg(chart(600, 300), META).svg);
    expect(drawnText(doc)).toEqual([
      'Adhérents des pôles du Centre',
      'Cosmetic Valley compte 300 adhérents.',
      'Montant annoncé',
      'Estimation annuelle',
      'Filtres : aucun',
      'Source : DIRECCTE Centre, 7 janvier 2014',
    ]);
    expect(doc.querySelector('title')?.textContent).toBe('Adhérents des pôles du Centre');
    expect(doc.querySelector('desc')?.textContent).toBe('Cosmetic Valley compte 300 adhérents.');
  });

  it('escapes the characters XML reserves, so that any text stays as written', () => {
    const title = 'R&D <2014> « "pôles" »';
    const doc = parse(
      buildExportSvg(chart(600, 300), { ...META, title, filters: 'Filtres : thème A&B' }).svg,
    );
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe(title);
    expect(drawnText(doc)).toContain(title);
    expect(drawnText(doc)).toContain('Filtres : thème A&B');
  });

  it('keeps a copy of the chart, with its look written on each element', () => {
    const doc = parse(buildExportSvg(chart(600, 300), META).svg);
    const copy = doc.documentElement.querySelector('svg');
    expect([copy?.getAttribute('width'), copy?.getAttribute('height')]).toEqual(['600', '300']);
    const bar = copy?.querySelector('rect[aria-label="Cosmetic Valley"]');
    expect(bar?.getAttribute('style')).toContain('fill:rgb(47, 93, 138)');
  });

  it('defines the hatch of estimates and uses it for a hatched legend swatch', () => {
    const doc = parse(buildExportSvg(chart(600, 300), META).svg);
    expect(doc.querySelector('defs pattern#export-hatch')).not.toBeNull();
    expect(doc.querySelectorAll('rect[fill="url(#export-hatch)"]')).toHaveLength(1);
  });

  it('wraps a long title to the width of the image', () => {
    const title =
      'Adhérents des pôles de compétitivité dont le siège est en région Centre, selon le communiqué de janvier 2014';
    const image = buildExportSvg(chart(600, 300), { ...META, title });
    const lines = [...parse(image.svg).querySelectorAll('svg > text[font-size="22"]')].map(
      (line) => line.textContent,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
    expect(lines.every((line) => textWidth(line, 22, true) <= image.width - 48)).toBe(true);
  });

  it('keeps the note shown with the chart, and grows to hold it', () => {
    const without = buildExportSvg(chart(600, 300), META);
    const withNote = buildExportSvg(chart(600, 300), { ...META, note: '27 pôles sans effectif connu.' });
    expect(drawnText(parse(withNote.svg))).toContain('27 pôles sans effectif connu.');
    expect(withNote.height).toBeGreaterThan(without.height);
  });

  it('draws on the paper and with the ink of the theme', () => {
    const background = (theme: ExportMeta['theme']) =>
      parse(buildExportSvg(chart(600, 300), { ...META, theme }).svg)
        .querySelector('svg > rect')
        ?.getAttribute('fill');
    expect([background('light'), background('dark')]).toEqual(['#ffffff', '#12161c']);
    const ink = parse(buildExportSvg(chart(600, 300), { ...META, theme: 'dark' }).svg)
      .querySelector('svg > text')
      ?.getAttribute('fill');
    expect(ink).toBe('#ffffff');
  });
});

describe('buildExportSvg in English', () => {
  const ENGLISH: ExportMeta = {
    ...META,
    title: 'Members of the Centre clusters',
    source: 'Source: DIRECCTE Centre, 7 January 2014',
    filters: 'Filters: none',
    legend: [{ label: 'Announced amount', swatch: 'bar', role: 'total' }],
  };

  it('marks the image as English and draws the English texts it is given', () => {
    const doc = parse(buildExportSvg(chart(600, 300), ENGLISH, EN).svg);
    expect(doc.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).toBe('en');
    expect(drawnText(doc)).toEqual(
      expect.arrayContaining([
        'Members of the Centre clusters',
        'Announced amount',
        'Filters: none',
        'Source: DIRECCTE Centre, 7 January 2014',
      ]),
    );
    const french = parse(buildExportSvg(chart(600, 300), META, FR).svg);
    expect(french.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).toBe('fr');
  });
});
