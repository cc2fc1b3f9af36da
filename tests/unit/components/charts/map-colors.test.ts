import { describe, expect, it } from 'vitest';
import { mapColors } from '../../../../src/components/charts/map-colors';
import { contrastRatio, luminance } from '../../../../src/lib/contrast';
import { EN, FR } from '../../../fixtures/i18n';

const PAPER = { light: '#ffffff', dark: '#12161c' } as const;

describe('mapColors', () => {
  it('cuts counts up to 10 into five classes of two, after zero', () => {
    expect(mapColors(10, 'light', FR).classes.map((entry) => [entry.from, entry.to, entry.label])).toEqual([
      [0, 0, '0'],
      [1, 2, '1 à 2'],
      [3, 4, '3 à 4'],
      [5, 6, '5 à 6'],
      [7, 8, '7 à 8'],
      [9, 10, '9 à 10'],
    ]);
  });

  it('writes the classes in English: « 1 to 2 »', () => {
    expect(mapColors(10, 'light', EN).classes.map((entry) => entry.label)).toEqual([
      '0',
      '1 to 2',
      '3 to 4',
      '5 to 6',
      '7 to 8',
      '9 to 10',
    ]);
  });

  it('gives each count its own class when the largest is small, so that no class is empty', () => {
    expect(mapColors(3, 'light', FR).classes.map((entry) => entry.label)).toEqual(['0', '1', '2', '3']);
    expect(mapColors(0, 'light', FR).classes.map((entry) => entry.label)).toEqual(['0', '1']);
  });

  it('fills each count with its class colour, and every count of a class alike', () => {
    const colors = mapColors(11, 'light', FR);
    for (const entry of colors.classes)
      for (let count = entry.from; count <= entry.to; count++) expect(colors.fill(count)).toBe(entry.fill);
    expect(colors.fill(11)).toBe(colors.classes[5]?.fill);
  });

  it('shades from light to dark blue in the light theme, and from dark to light in the dark theme', () => {
    const light = mapColors(10, 'light', FR)
      .classes.slice(1)
      .map((entry) => luminance(entry.fill));
    const dark = mapColors(10, 'dark', FR)
      .classes.slice(1)
      .map((entry) => luminance(entry.fill));
    expect(light).toEqual([...light].sort((a, b) => b - a));
    expect(dark).toEqual([...dark].sort((a, b) => a - b));
    expect(new Set(light).size).toBe(5);
  });

  it('gives zero a grey of its own, distinct from the lightest class', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colors = mapColors(10, theme, FR);
      expect(colors.fill(0)).not.toBe(colors.fill(1));
      expect(colors.classes[0]?.fill).toBe(colors.fill(0));
    }
  });

  it('writes every count in a colour that reaches 4.5:1 on its fill, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colors = mapColors(10, theme, FR);
      for (const entry of colors.classes)
        expect(contrastRatio(colors.text(entry.fill), entry.fill)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draws borders and outlines that reach 3:1 against the card', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colors = mapColors(10, theme, FR);
      expect(contrastRatio(colors.border, PAPER[theme])).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colors.border, colors.fill(0))).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colors.outline.ink, PAPER[theme])).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colors.focus, PAPER[theme])).toBeGreaterThanOrEqual(3);
    }
  });
});
