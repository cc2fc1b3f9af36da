import { describe, expect, it } from 'vitest';
import { channels, contrastRatio, luminance, readableText } from '../../../src/lib/contrast';

describe('channels', () => {
  it('reads #rrggbb and rgb(r, g, b)', () => {
    expect(channels('#123a63')).toEqual([18, 58, 99]);
    expect(channels('rgb(18, 58, 99)')).toEqual([18, 58, 99]);
  });

  it('gives null for anything else', () => {
    expect(channels('blue')).toBeNull();
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself, whatever the order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#2f5d8a', '#2f5d8a')).toBe(1);
  });

  it('matches the WCAG value of a known pair', () => {
    // #767676 on white is the classic 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(luminance('#ffffff')).toBe(1);
  });

  it('refuses what is not a colour', () => {
    expect(() => luminance('blue')).toThrow('not a colour: blue');
  });
});

describe('readableText', () => {
  it('keeps the first candidate that reaches 4.5:1', () => {
    expect(readableText('#ffffff', ['#1b1f24', '#ffffff'])).toBe('#1b1f24');
    expect(readableText('#123a63', ['#1b1f24', '#ffffff'])).toBe('#ffffff');
  });

  it('falls back on black or white when no candidate reads', () => {
    expect(readableText('#ffffff', ['#eeeeee'])).toBe('#000000');
    expect(readableText('#000000', ['#111111'])).toBe('#ffffff');
  });
});
