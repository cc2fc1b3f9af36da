import { describe, expect, it } from 'vitest';
import { compactDrawings } from '../../../scripts/compact-drawings.mjs';
import {
  drawingsFile,
  drawingsList,
  themedDrawing,
  windowsToDraw,
  windowWidths,
} from '../../../scripts/fetched-drawings.mjs';
import { applyThemeColours, elementsOf, themeColours } from '../../../scripts/theme-colours.mjs';

// A page of two columns from 1,300 px (each column half the window less 100 px, up to 870 px), of one below.
const cardAt = (window: number) =>
  window >= 1300 ? Math.min(870, Math.floor(window / 2) - 100) : window - 90;
const samples = windowWidths(1940, 360, 4).map((window) => ({ window, cardWidth: cardAt(window) }));

describe('windowsToDraw', () => {
  it('covers every card width measured within the tolerance, with those the page holds', () => {
    const drawn = [631, 908];
    const chosen = windowsToDraw(samples, drawn, 14);
    for (const { cardWidth } of samples) {
      const nearest = Math.min(
        ...[...drawn, ...chosen.map((sample) => sample.cardWidth)].map((width) =>
          Math.abs(width - cardWidth),
        ),
      );
      expect(nearest, `${cardWidth} px`).toBeLessThanOrEqual(14);
    }
    // None within the tolerance of another: each covers a card width that no other does.
    const widths = chosen.map((sample) => sample.cardWidth);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    widths.forEach((width, index) => {
      if (index > 0) expect(width - (widths[index - 1] ?? 0)).toBeGreaterThan(14);
    });
    // From a phone's cards (270 px) to a desktop's one column (1,206 px), 28 px apart but around the page's own.
    expect(widths.length).toBeGreaterThan(25);
    expect(widths.length).toBeLessThan(36);
  });

  it('draws a card width at the widest window that gives it, which has the most cards near its first screen', () => {
    // 700 px cards at 800 px (one column) and at 1,600 px (two columns).
    const chosen = windowsToDraw(
      [
        { window: 800, cardWidth: 700 },
        { window: 1600, cardWidth: 700 },
      ],
      [],
      14,
    );
    expect(chosen).toEqual([{ window: 1600, cardWidth: 700 }]);
  });

  it('refuses a width that is not a whole number of pixels', () => {
    expect(() => windowsToDraw([{ window: 800, cardWidth: 700.5 }], [], 14)).toThrow(/whole numbers/);
  });
});

describe('the drawings files', () => {
  it('are named by their language, their card width and their content', () => {
    expect(drawingsFile('fr', 816, '08ca7cf8e1d2')).toBe('drawings-fr-816-08ca7cf8.json');
    expect(() => drawingsFile('fr', 816, 'nothex!!')).toThrow();
    expect(() => drawingsFile('../x', 816, '08ca7cf8')).toThrow();
  });

  it('are listed for the page by card width', () => {
    expect(
      drawingsList([
        { cardWidth: 846, file: 'drawings-fr-846-c713f46e.json' },
        { cardWidth: 816, file: 'drawings-fr-816-08ca7cf8.json' },
      ]),
    ).toBe('816=drawings-fr-816-08ca7cf8.json 846=drawings-fr-846-c713f46e.json');
    expect(() => drawingsList([{ cardWidth: 816, file: 'index.html' }])).toThrow(/Not a drawings file/);
  });
});

describe('themedDrawing', () => {
  const drawn = (fill: string, stroke: string) =>
    '<div class="recharts-wrapper"><svg width="780"><g></g>' +
    `<path class="recharts-rectangle" fill="${fill}" x="1" d="M0,0h10v10z"></path>` +
    `<line stroke="${stroke}" x1="0" x2="10"></line></svg></div>`;
  const elements = (markup: string) => {
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    return elementsOf(holder);
  };

  it('reads the dark theme’s colours from the page’s own custom properties, and takes out what draws nothing', () => {
    const light = drawn('#2f5d8a', '#d0d7de');
    const compared = themeColours(elements(light), elements(drawn('#8ab4e8', '#30363d')));
    if (compared.problem !== undefined) throw new Error(compared.problem);
    expect(compared.colours).toHaveLength(2);
    // The page names the bar's colour pair 7 and the line's 3.
    const markup = themedDrawing(
      { markup: light, edits: compared.edits, mapping: [7, 3] },
      applyThemeColours,
      compactDrawings,
    );
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    expect(holder.querySelector('path')?.getAttribute('style')).toBe(
      'fill: var(--first-view-colour-7, #2f5d8a);',
    );
    expect(holder.querySelector('line')?.getAttribute('style')).toBe(
      'stroke: var(--first-view-colour-3, #d0d7de);',
    );
    // The empty group and the path's x, which draw nothing.
    expect(holder.querySelectorAll('g')).toHaveLength(0);
    expect(holder.querySelector('path')?.hasAttribute('x')).toBe(false);
  });

  it('refuses a colour the page has no property for', () => {
    const light = drawn('#2f5d8a', '#d0d7de');
    const compared = themeColours(elements(light), elements(drawn('#8ab4e8', '#30363d')));
    if (compared.problem !== undefined) throw new Error(compared.problem);
    expect(() =>
      themedDrawing(
        { markup: light, edits: compared.edits, mapping: [7] },
        applyThemeColours,
        compactDrawings,
      ),
    ).toThrow(/colour 1 has none of the page/);
  });
});
