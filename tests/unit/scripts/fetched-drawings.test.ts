import { describe, expect, it } from 'vitest';
import {
  drawingsFile,
  drawingsList,
  windowsToDraw,
  windowWidths,
} from '../../../scripts/fetched-drawings.mjs';

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
