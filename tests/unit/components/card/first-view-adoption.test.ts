import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  drawnForRules,
  NEAR_MARGIN as BUILD_NEAR_MARGIN,
  RULE_MARGIN,
  WIDTH_TOLERANCE as BUILD_TOLERANCE,
} from '../../../../scripts/chart-widths.mjs';
import {
  LANG_ATTRIBUTE as BUILD_LANG_ATTRIBUTE,
  THEMES_ATTRIBUTE as BUILD_THEMES_ATTRIBUTE,
} from '../../../../scripts/first-view-page.mjs';
import {
  chartNear,
  chartsToDrawNow,
  dataFingerprint,
  drawnForThisWidth,
  firstViewLang,
  firstViewThemes,
  LANG_ATTRIBUTE,
  offerFirstView,
  THEMES_ATTRIBUTE,
  WIDTH_TOLERANCE,
} from '../../../../src/components/card/first-view-adoption';
import { renameIds } from '../../../../src/components/card/rename-ids';
import { NEAR_MARGIN } from '../../../../src/components/use-near-viewport';
import { perFileState } from '../../../../src/data/dataset';
import { readyFiles } from '../../../fixtures/card-files';
import { CENTRE_THEMES, centrePoles } from '../../../fixtures/centre-poles';

describe('renameIds', () => {
  it('renames every id of a pre-rendered card and every reference to it, and leaves the others', () => {
    const card = document.createElement('section');
    card.innerHTML =
      '<h3 id="_r_1_">Titre</h3><p id="_r_2_">À retenir</p>' +
      '<figure aria-labelledby="_r_1_ outside" aria-describedby="_r_2_"></figure>' +
      '<label for="_r_3_">Choix</label><input id="_r_3_"><a href="#_r_2_">lire</a><a href="#ailleurs">ailleurs</a>';
    card.setAttribute('aria-labelledby', '_r_1_');
    renameIds(card, 'first-view-');
    expect(card.getAttribute('aria-labelledby')).toBe('first-view-_r_1_');
    expect([...card.querySelectorAll('[id]')].map((element) => element.id)).toEqual([
      'first-view-_r_1_',
      'first-view-_r_2_',
      'first-view-_r_3_',
    ]);
    const figure = card.querySelector('figure');
    expect(figure?.getAttribute('aria-labelledby')).toBe('first-view-_r_1_ outside');
    expect(figure?.getAttribute('aria-describedby')).toBe('first-view-_r_2_');
    expect(card.querySelector('label')?.getAttribute('for')).toBe('first-view-_r_3_');
    expect([...card.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '#first-view-_r_2_',
      '#ailleurs',
    ]);
  });

  it('renames what an SVG paint points at, so that the estimates keep their hatching', () => {
    const card = document.createElement('section');
    card.innerHTML =
      '<svg><defs><pattern id="estimate-hatch-light"></pattern></defs>' +
      '<rect fill="url(#estimate-hatch-light)" stroke="#123"></rect><rect fill="url(#elsewhere)"></rect></svg>';
    renameIds(card, 'first-view-');
    expect(card.querySelector('pattern')?.id).toBe('first-view-estimate-hatch-light');
    expect([...card.querySelectorAll('rect')].map((rect) => rect.getAttribute('fill'))).toEqual([
      'url(#first-view-estimate-hatch-light)',
      'url(#elsewhere)',
    ]);
  });
});

describe('dataFingerprint', () => {
  it('is the same for the same rows and differs when one value changes', () => {
    const files = readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES });
    const again = readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES });
    expect(dataFingerprint(files)).toBe(dataFingerprint(again));
    const [first, ...others] = centrePoles();
    if (first === undefined) throw new Error('no pole in the fixture');
    const edited = readyFiles({
      poles: [{ ...first, name: `${first.name} ` }, ...others],
      themes: CENTRE_THEMES,
    });
    expect(dataFingerprint(edited)).not.toBe(dataFingerprint(files));
    expect(dataFingerprint(perFileState(() => ({ status: 'loading', rows: null })))).not.toBe(
      dataFingerprint(files),
    );
  });
});

// jsdom lays nothing out: each card's width and place are given here, as a browser would measure them.
function preRenderedCard({
  widths,
  tops,
  width,
  top,
}: {
  widths: string;
  tops: string;
  width: number;
  top: number;
}): HTMLElement {
  const card = document.createElement('section');
  card.setAttribute('data-card', 'adherents');
  card.setAttribute('data-drawn-width', widths);
  card.setAttribute('data-chart-top', tops);
  Object.defineProperty(card, 'clientWidth', { value: width });
  vi.spyOn(card, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: top, width: width + 2, height: 500 }),
  );
  return card;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a card pre-rendered for a laptop’s column and wider screens’', () => {
  const twice = (width: number, top: number) =>
    preRenderedCard({ widths: '631 908', tops: '300 230', width, top });

  it('was drawn for either width, give or take the tolerance, and for no other', () => {
    expect(drawnForThisWidth(twice(631, 0))).toBe(true);
    expect(drawnForThisWidth(twice(908, 0))).toBe(true);
    expect(drawnForThisWidth(twice(908 + WIDTH_TOLERANCE, 0))).toBe(true);
    expect(drawnForThisWidth(twice(908 + WIDTH_TOLERANCE + 1, 0))).toBe(false);
    expect(drawnForThisWidth(twice(748, 0))).toBe(false);
    expect(drawnForThisWidth(preRenderedCard({ widths: '631', tops: '300', width: 908, top: 0 }))).toBe(
      false,
    );
  });

  it('shows only its first drawing in a browser without container queries, and so was drawn for that width only', () => {
    // jsdom cannot say: the browser is given a CSS.supports that says no.
    vi.stubGlobal('CSS', { ...CSS, supports: () => false });
    expect(drawnForThisWidth(twice(631, 0))).toBe(true);
    expect(drawnForThisWidth(twice(908, 0))).toBe(false);
    vi.unstubAllGlobals();
    expect(drawnForThisWidth(twice(908, 0))).toBe(true);
  });

  it('places its chart where it began at the width nearest the card’s own', () => {
    // jsdom's window is 768 px high. The card's top at 500 px: its chart began 300 px lower at a laptop's width (below
    // the fold), 230 px lower at a projector's (on screen).
    expect(chartNear(twice(631, 500), 0)).toBe(false);
    expect(chartNear(twice(908, 500), 0)).toBe(true);
  });

  it('drawn for the wider screens the build draws for, was drawn for each of their widths and for a tablet’s', () => {
    // The widths a card near the first screen names (scripts/chart-widths.mjs): a laptop's column, 1,440 and
    // 1,536 px screens', a projector's.
    const four = (width: number) =>
      preRenderedCard({ widths: '631 668 716 908', tops: '300 290 280 230', width, top: 0 });
    for (const width of [631, 668, 716, 908]) expect(drawnForThisWidth(four(width)), `${width}`).toBe(true);
    // A tablet's 768 px column: 720 px, within the tolerance of a 1,536 px screen's.
    expect(drawnForThisWidth(four(720))).toBe(true);
    // A 1,600 px screen's and a one-column laptop's: none.
    expect(drawnForThisWidth(four(748))).toBe(false);
    expect(drawnForThisWidth(four(1226))).toBe(false);
  });

  it('needs drawing as the page starts only when its chart is on screen at a width it was not drawn for', () => {
    const page = (card: HTMLElement) => {
      const root = document.createElement('div');
      root.append(card);
      return root;
    };
    expect(chartsToDrawNow(page(twice(908, 100)))).toBe(false);
    expect(chartsToDrawNow(page(twice(748, 100)))).toBe(true);
    // Its chart below the fold: it waits for the reader, whatever its width.
    expect(chartsToDrawNow(page(twice(748, 900)))).toBe(false);
  });
});

describe('the themes the pre-rendered page shows, and its language', () => {
  afterEach(() => {
    document.documentElement.removeAttribute(THEMES_ATTRIBUTE);
    document.documentElement.removeAttribute(LANG_ATTRIBUTE);
  });

  it('is the language the build named on <html> when the page was offered, French where it named none', () => {
    expect(LANG_ATTRIBUTE).toBe(BUILD_LANG_ATTRIBUTE);
    const root = document.createElement('div');
    offerFirstView(root, 'fingerprint');
    expect(firstViewLang()).toBe('fr');
    document.documentElement.setAttribute(LANG_ATTRIBUTE, 'en');
    offerFirstView(root, 'fingerprint');
    expect(firstViewLang()).toBe('en');
    document.documentElement.setAttribute(LANG_ATTRIBUTE, 'fr');
    expect(firstViewLang()).toBe('en');
    document.documentElement.removeAttribute(LANG_ATTRIBUTE);
    offerFirstView(null, null);
  });

  it('are those the build named on <html> when the page was offered, the light one where it named none', () => {
    expect(THEMES_ATTRIBUTE).toBe(BUILD_THEMES_ATTRIBUTE);
    const root = document.createElement('div');
    offerFirstView(root, 'fingerprint');
    expect(firstViewThemes()).toEqual(['light']);
    document.documentElement.setAttribute(THEMES_ATTRIBUTE, 'light dark');
    offerFirstView(root, 'fingerprint');
    expect(firstViewThemes()).toEqual(['light', 'dark']);
    // Read as the page is offered, not at each render.
    document.documentElement.setAttribute(THEMES_ATTRIBUTE, 'light');
    expect(firstViewThemes()).toEqual(['light', 'dark']);
    document.documentElement.removeAttribute(THEMES_ATTRIBUTE);
    offerFirstView(null, null);
  });
});

describe('the rules that show the drawing made for a figure’s width', () => {
  it('use the live page’s tolerance and nearness, reaching a little further than the tolerance', () => {
    expect(BUILD_TOLERANCE).toBe(WIDTH_TOLERANCE);
    expect(BUILD_NEAR_MARGIN).toBe(NEAR_MARGIN);
    expect(RULE_MARGIN).toBeGreaterThan(WIDTH_TOLERANCE);
  });

  it('show, in a figure of about each width that has a drawing for it, that drawing, and hide its others', () => {
    const rules = drawnForRules([873, 873]);
    expect(rules.match(/@container/g)).toHaveLength(1);
    expect(rules).toContain(
      `@container (min-width: ${873 - RULE_MARGIN}px) and (max-width: ${873 + RULE_MARGIN}px)`,
    );
    expect(rules).toContain(
      'figure.chart[data-drawn-widths~="873"] > .drawn-for[data-drawn-for="873"] { display: block; }',
    );
    expect(rules).toContain(
      'figure.chart[data-drawn-widths~="873"] > .drawn-for:not([data-drawn-for="873"]) { display: none; }',
    );
    expect(drawnForRules([])).toBe('');
  });

  it('refuse a width that is not a whole number of pixels', () => {
    expect(() => drawnForRules([872.5])).toThrow('A chart drawn for a width of 872.5 px');
  });
});
