import { afterEach, describe, expect, it } from 'vitest';
import {
  addWideDrawings,
  type CardMeasure,
  cardText,
  wideDrawings,
} from '../../../scripts/wide-drawings.mjs';
import { renameIds } from '../../../src/components/card/rename-ids';

// The functions run in the pre-rendered page (scripts/prerender.mjs); here in jsdom, which lays nothing out, so the
// measures are given.

const MEMBERS = `<section data-card="adherents"><header><h3>Adhérents des pôles du Centre</h3></header>
  <figure class="chart"><div class="recharts-wrapper"><svg><clipPath id="recharts1-clip"></clipPath></svg></div>
  <ul class="legend"><li>Montant annuel estimé</li></ul></figure></section>`;
const LIST = '<section data-card="liste"><h3>Liste des pôles</h3><table></table></section>';

const MEMBERS_MEASURE: CardMeasure = { width: 631, figureWidth: 596, chartTop: 300 };
const LIST_MEASURE: CardMeasure = { width: 1284, figureWidth: null, chartTop: null };
const measureOf = (card: Element): CardMeasure =>
  card.getAttribute('data-card') === 'adherents' ? MEMBERS_MEASURE : LIST_MEASURE;

function page(): HTMLElement {
  document.body.innerHTML = `<div id="root">${MEMBERS}${LIST}</div>`;
  const root = document.getElementById('root');
  if (root === null) throw new Error('no root');
  return root;
}

const members = () => document.querySelector('[data-card="adherents"]');
/** The drawing of the members' chart for a screen whose columns are `figureWidth` wide, as wideDrawings gives it. */
const drawn = (figureWidth: number, cardWidth: number, text = cardText(members())) => ({
  adherents: {
    cardWidth,
    figureWidth,
    chartTop: 280,
    markup: `<div class="recharts-wrapper">${figureWidth}</div>`,
    text,
  },
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('addWideDrawings', () => {
  it('puts each drawing in a box after the last, before the legend, and names every width on the card', () => {
    page();
    const screens = [
      { width: 1440, drawings: drawn(633, 668) },
      { width: 1536, drawings: drawn(681, 716) },
      { width: 1920, drawings: drawn(873, 908) },
    ];
    const { added, skipped, figures } = addWideDrawings({ screens, tolerance: 16 }, cardText, measureOf);
    expect(added).toEqual([633, 681, 873]);
    expect(skipped).toEqual([]);
    // For the rules that choose among a figure's drawings: the figures drawn more than once.
    expect(figures).toEqual([[596, 633, 681, 873]]);
    const figure = members()?.querySelector('figure');
    expect(
      [...(figure?.children ?? [])].map((child) => child.getAttribute('data-drawn-for') ?? child.tagName),
    ).toEqual(['596', '633', '681', '873', 'UL']);
    // The laptop's drawing shows; the others wait for the head's rules.
    expect(
      [...(figure?.querySelectorAll('.drawn-for') ?? [])].map((box) => box.hasAttribute('hidden')),
    ).toEqual([false, true, true, true]);
    expect(figure?.querySelector('[data-drawn-for="681"]')?.textContent).toBe('681');
    expect(figure?.getAttribute('data-drawn-widths')).toBe('596 633 681 873');
    expect(members()?.getAttribute('data-drawn-width')).toBe('631 668 716 908');
    expect(members()?.getAttribute('data-chart-top')).toBe('300 280 280 280');
    // A card without a chart names its width alone.
    const list = document.querySelector('[data-card="liste"]');
    expect(list?.getAttribute('data-drawn-width')).toBe('1284');
    expect(list?.hasAttribute('data-chart-top')).toBe(false);
  });

  it('leaves out, and lists, a drawing whose card shows otherwise there or whose columns are within the tolerance of one it has', () => {
    page();
    const screens = [
      { width: 1440, drawings: drawn(633, 668, 'another text') },
      // 24 px from the laptop's drawing: drawn (the rules cut both reaches where they meet).
      { width: 1500, drawings: drawn(620, 655) },
      // Within 16 px of the laptop's, and then of the one above: that drawing stands for it.
      { width: 1400, drawings: drawn(606, 641) },
      { width: 1530, drawings: drawn(634, 669) },
      { width: 1920, drawings: drawn(873, 908) },
    ];
    const { added, skipped, figures } = addWideDrawings({ screens, tolerance: 16 }, cardText, measureOf);
    expect(added).toEqual([620, 873]);
    expect(skipped).toEqual([
      { card: 'adherents', screen: 1440, reason: 'the card shows otherwise there' },
      {
        card: 'adherents',
        screen: 1400,
        reason: 'its columns there (606 px) are within 16 px of a drawing it has',
      },
      {
        card: 'adherents',
        screen: 1530,
        reason: 'its columns there (634 px) are within 16 px of a drawing it has',
      },
    ]);
    expect(figures).toEqual([[596, 620, 873]]);
    expect(members()?.getAttribute('data-drawn-width')).toBe('631 655 908');
    expect(members()?.querySelector('figure')?.getAttribute('data-drawn-widths')).toBe('596 620 873');
  });

  it('leaves a card with no drawing for another screen as it was drawn', () => {
    page();
    const { added, figures } = addWideDrawings(
      { screens: [{ width: 1920, drawings: {} }], tolerance: 16 },
      cardText,
      measureOf,
    );
    expect(added).toEqual([]);
    expect(figures).toEqual([]);
    expect(members()?.querySelector('.drawn-for')).toBeNull();
    expect(members()?.querySelector('figure')?.hasAttribute('data-drawn-widths')).toBe(false);
    expect(members()?.getAttribute('data-drawn-width')).toBe('631');
  });
});

describe('wideDrawings', () => {
  it('takes the drawing of each chart near the first screen, its ids renamed, with its card’s text and measures', () => {
    page();
    const drawings = wideDrawings({ margin: 800, prefix: 'drawn-1440-' }, cardText, measureOf, renameIds);
    expect(Object.keys(drawings)).toEqual(['adherents']);
    expect(drawings.adherents).toEqual({
      cardWidth: 631,
      figureWidth: 596,
      chartTop: 300,
      markup:
        '<div class="recharts-wrapper"><svg><clipPath id="drawn-1440-recharts1-clip"></clipPath></svg></div>',
      text: cardText(members()),
    });
  });

  it('leaves out a chart further below the viewport than the margin', () => {
    page();
    const far = (card: Element) => ({ ...measureOf(card), chartTop: window.innerHeight + 801 });
    expect(wideDrawings({ margin: 800, prefix: 'drawn-1440-' }, cardText, far, renameIds)).toEqual({});
  });
});

describe('cardText', () => {
  it('is what the card shows besides its figure: its elements counted, and its text', () => {
    page();
    expect(cardText(members())).toBe('2 Adhérents des pôles du Centre\n  ');
  });
});
