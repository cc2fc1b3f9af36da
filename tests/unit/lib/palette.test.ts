import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src/lib/contrast';
import { cellShade, markColor, type ColorTheme, type MarkRole } from '../../../src/lib/palette';
import { readProjectFile } from '../../fixtures/disk';

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `rgb(r, g, b)` as d3 writes an interpolated colour -> #rrggbb. */
const rgbHex = (color: string): string =>
  `#${(color.match(/\d+/g) ?? []).map((part) => Number(part).toString(16).padStart(2, '0')).join('')}`;

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The card's background in each theme, as styles.css defines it. */
function paper(theme: ColorTheme): string {
  const css = readProjectFile('src/styles.css');
  const block = theme === 'light' ? /:root\s*\{([^}]*)\}/ : /:root\[data-theme='dark'\]\s*\{([^}]*)\}/;
  const value = /--paper:\s*(#[0-9a-f]{6})/i.exec(block.exec(css)?.[1] ?? '')?.[1];
  if (value === undefined) throw new Error(`no --paper for the ${theme} theme in styles.css`);
  return value;
}

const MARKS: readonly MarkRole[] = ['base', 'selected', 'muted', 'centre', 'estimate', 'cumulative', 'total'];
const THEMES: readonly ColorTheme[] = ['light', 'dark'];

describe('markColor', () => {
  it('gives a #rrggbb colour for every role in both themes', () => {
    for (const theme of THEMES) {
      for (const role of [...MARKS, 'estimateFill' as const])
        expect(markColor(role, theme)).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('uses the light theme by default', () => {
    expect(markColor('base')).toBe(markColor('base', 'light'));
    expect(markColor('base', 'dark')).not.toBe(markColor('base', 'light'));
  });

  it.each(THEMES)('gives every mark a 3:1 contrast at least against the card in the %s theme', (theme) => {
    const background = paper(theme);
    const weak = MARKS.filter((role) => contrast(markColor(role, theme), background) < 3);
    expect(weak).toEqual([]);
  });

  it.each(THEMES)('keeps the hatch of estimates visible on its fill in the %s theme', (theme) => {
    expect(contrast(markColor('estimate', theme), markColor('estimateFill', theme))).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('tells the selected bars from the others', () => {
    for (const theme of THEMES) expect(markColor('selected', theme)).not.toBe(markColor('base', theme));
  });
});

describe('cellShade', () => {
  const levels = Array.from({ length: 101 }, (_, index) => index / 100);

  it.each(THEMES)('gives text that reaches 4.5:1 on every fill from 0 to 1 in the %s theme', (theme) => {
    const weak = levels.filter((level) => {
      const { fill, text } = cellShade(level, theme);
      return contrastRatio(fill, text) < 4.5;
    });
    expect(weak).toEqual([]);
  });

  it.each(THEMES)('goes from near the card to far from it as the level grows, in the %s theme', (theme) => {
    const background = paper(theme);
    const distance = levels.map((level) => contrast(rgbHex(cellShade(level, theme).fill), background));
    expect(distance[0]).toBeLessThan(1.2);
    expect(distance[100]).toBeGreaterThan(9);
    expect(distance.every((value, index) => index === 0 || value >= (distance[index - 1] ?? 0))).toBe(true);
  });

  it('clamps levels outside 0 to 1 and uses the light theme by default', () => {
    expect(cellShade(2)).toEqual(cellShade(1, 'light'));
    expect(cellShade(-1)).toEqual(cellShade(0, 'light'));
  });
});

describe('cellShade of an empty cell', () => {
  it.each(THEMES)('writes a zero in a softer ink that still reads at 4.5:1, in the %s theme', (theme) => {
    const zero = cellShade(0, theme);
    expect(zero.text).not.toBe(cellShade(0.01, theme).text);
    expect(contrastRatio(zero.fill, zero.text)).toBeGreaterThanOrEqual(4.5);
  });
});
