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

  it('drawn for the screens the build draws for, was drawn for each of their widths and for the tablets’', () => {
    // The widths the members' card names (scripts/chart-widths.mjs): a laptop's column, those of 1,440, 1,536, 1,600,
    // 1,680 px screens and a projector's, one column at 1,280 and 1,024 px (drawn 8 px narrower) and on an 820 px
    // tablet.
    const widths = [631, 668, 716, 748, 788, 908, 1194, 953, 769];
    const all = (width: number) =>
      preRenderedCard({
        widths: widths.join(' '),
        tops: '300 300 300 300 275 230 208 230 275',
        width,
        top: 0,
      });
    for (const width of widths) expect(drawnForThisWidth(all(width)), `${width}`).toBe(true);
    // The tablets' 768, 800, 810 and 834 px columns: within the tolerance of the nearest.
    for (const width of [720, 750, 759, 782]) expect(drawnForThisWidth(all(width)), `${width}`).toBe(true);
    // A 1,280 and a 1,024 px screen's column, with a scroll bar that takes 17 px or none.
    for (const width of [1201, 1184, 960, 943]) expect(drawnForThisWidth(all(width)), `${width}`).toBe(true);
    // A window of 1,760 px, and one of 1,150 px in one column: none.
    expect(drawnForThisWidth(all(828))).toBe(false);
    expect(drawnForThisWidth(all(1079))).toBe(false);
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
    // The same figure twice: one set of rules. A figure drawn once needs none.
    const rules = drawnForRules([[596, 873], [596, 873], [596]]);
    expect(rules.match(/@container/g)).toHaveLength(1);
    expect(rules).toContain(
      `@container (width >= ${873 - RULE_MARGIN}px) and (width <= ${873 + RULE_MARGIN}px)`,
    );
    expect(rules).toContain(
      'figure.chart[data-drawn-widths="596 873"] > .drawn-for[data-drawn-for="873"] { display: block; }',
    );
    expect(rules).toContain(
      'figure.chart[data-drawn-widths="596 873"] > .drawn-for:not([data-drawn-for="873"]) { display: none; }',
    );
    expect(drawnForRules([])).toBe('');
  });

  it('cut the reach of two drawings whose widths lie close where they meet: at most one shows, the nearer', () => {
    // 681 and 713 px: 32 px apart, less than twice the reach; the first drawing (596) shows where no rule does.
    const rules = drawnForRules([[596, 681, 713, 753]]).split('\n');
    expect(rules).toHaveLength(3);
    expect(rules[0]).toMatch(
      /^@container \(width >= 663px\) and \(width < 697px\) \{ [^}]+="681"\] \{ display: block; \}/,
    );
    expect(rules[1]).toMatch(
      /^@container \(width >= 697px\) and \(width <= 731px\) \{ [^}]+="713"\] \{ display: block; \}/,
    );
    expect(rules[2]).toMatch(
      /^@container \(width >= 735px\) and \(width <= 771px\) \{ [^}]+="753"\] \{ display: block; \}/,
    );
    // Each figure's widths are its own: a figure drawn for 596 and 713 only lets the 713 px drawing reach further.
    expect(drawnForRules([[596, 713]])).toMatch(/^@container \(width >= 695px\) and \(width <= 731px\)/);
    // A midpoint between whole pixels.
    expect(drawnForRules([[596, 633]])).toMatch(/^@container \(width >= 615px\)/);
    expect(drawnForRules([[596, 620, 633]])).toContain('(width >= 608px) and (width < 626.5px)');
  });

  it('show, at any width, one drawing at most, and where one lies within the tolerance the nearest', () => {
    // The widths of the members' figure (scripts/chart-widths.mjs).
    const widths = [596, 633, 681, 713, 753, 873, 1159, 918, 734];
    const ranges = drawnForRules([widths])
      .split('\n')
      .map((rule) => {
        const [, from, upTo, to, width] =
          /^@container \(width >= ([\d.]+)px\) and \(width (<=?) ([\d.]+)px\) \{ [^{]+="(\d+)"\] \{ display: block/.exec(
            rule,
          ) ?? [];
        return { from: Number(from), to: Number(to), open: upTo === '<', width: Number(width) };
      });
    expect(ranges.map((range) => range.width)).toEqual(widths.slice(1));
    // A figure drawn once needs no rule; where the nearest drawing lies past the rules' reach, the first one shows.
    for (let figure = 560; figure <= 1200; figure += 0.25) {
      const shown = ranges.filter(
        (range) => figure >= range.from && (range.open ? figure < range.to : figure <= range.to),
      );
      expect(shown.length, `${figure} px`).toBeLessThanOrEqual(1);
      const drawn = shown[0]?.width ?? widths[0] ?? 0;
      const nearest = Math.min(...widths.map((width) => Math.abs(width - figure)));
      if (nearest <= WIDTH_TOLERANCE) expect(Math.abs(drawn - figure), `${figure} px`).toBe(nearest);
    }
  });

  it('refuse a width drawn twice in one figure', () => {
    expect(() => drawnForRules([[596, 873, 873]])).toThrow(
      'A chart drawn twice for the same width: 596 873 873',
    );
  });

  it('refuse a width that is not a whole number of pixels', () => {
    expect(() => drawnForRules([[596, 872.5]])).toThrow('A chart drawn for a width of 872.5 px');
  });
});
