import { describe, expect, it } from 'vitest';
import { FONT_STACK, textWidth, wrapText } from '../../../src/lib/text-measure';
import { readProjectFile } from '../../fixtures/disk';

/** One unit per character, so that widths are counts of characters. */
const measure = (text: string): number => text.length;
const wrap = (text: string, width: number, maxLines?: number): string[] =>
  wrapText(text, width, 10, maxLines === undefined ? { measure } : { measure, maxLines });

describe('wrapText: greedy wrapping', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrap('Cosmetic Valley', 15)).toEqual(['Cosmetic Valley']);
  });

  it('puts as many words on each line as fit, in order', () => {
    expect(wrap('un deux trois quatre', 9)).toEqual(['un deux', 'trois', 'quatre']);
    expect(wrap('un deux trois quatre', 13)).toEqual(['un deux trois', 'quatre']);
  });

  it('breaks at any run of spaces, tabs or line breaks, and keeps no empty word', () => {
    expect(wrap('  un \n deux\ttrois  ', 40)).toEqual(['un deux trois']);
    expect(wrap('', 10)).toEqual([]);
    expect(wrap('   ', 10)).toEqual([]);
  });

  it('never breaks at a no-break space: a number stays with its unit', () => {
    expect(wrap('ab cd\u00a0ef', 6)).toEqual(['ab', 'cd\u00a0ef']);
    expect(wrap('total 5\u202fM€', 7)).toEqual(['total', '5\u202fM€']);
  });
});

describe('wrapText: a word wider than the line', () => {
  it('breaks a hyphenated word after its hyphens', () => {
    expect(wrap('Languedoc-Roussillon', 12)).toEqual(['Languedoc-', 'Roussillon']);
  });

  it('puts the first piece of a broken word after the words before it when it fits', () => {
    expect(wrap('En Languedoc-Roussillon', 13)).toEqual(['En Languedoc-', 'Roussillon']);
    expect(wrap('Région Languedoc-Roussillon', 12)).toEqual(['Région', 'Languedoc-', 'Roussillon']);
  });

  it('keeps the pieces of a hyphenated word together when several fit on a line', () => {
    expect(wrap('Provence-Alpes-Côte', 15)).toEqual(['Provence-Alpes-', 'Côte']);
  });

  it('breaks a word without hyphen between letters', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('breaks a piece of a hyphenated word between letters when it is still too wide', () => {
    expect(wrap('ab-cdefgh', 4)).toEqual(['ab-', 'cdef', 'gh']);
  });

  it('gives lines that all fit, losing no letter', () => {
    const text = 'Pôle de compétitivité Provence-Alpes-Côte-d’Azur Languedoc-Roussillon';
    const lines = wrap(text, 11);
    expect(lines.every((line) => measure(line) <= 11)).toBe(true);
    const letters = (value: string) => value.replace(/ /g, '');
    expect(letters(lines.join(''))).toBe(letters(text));
  });
});

describe('wrapText: maxLines', () => {
  it('leaves a text of as many lines as allowed as it is', () => {
    expect(wrap('un deux trois quatre', 9, 3)).toEqual(['un deux', 'trois', 'quatre']);
  });

  it('keeps maxLines lines, the last one ending with « … » and still fitting', () => {
    const lines = wrap('un deux trois quatre cinq', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('un deux');
    const last = lines[1] ?? '';
    expect(last.endsWith('…')).toBe(true);
    expect(last.startsWith('trois')).toBe(true);
    expect(measure(last)).toBeLessThanOrEqual(9);
  });

  it('leaves no space before the « … »', () => {
    expect(wrap('abcd efgh ijkl', 6, 1)).toEqual(['abcd…']);
  });
});

describe('textWidth without a canvas (jsdom)', () => {
  it('estimates the width from the number of characters and the font size', () => {
    expect(textWidth('abcd', 10)).toBeCloseTo(23.2);
    expect(textWidth('abcdabcd', 10)).toBeCloseTo(2 * textWidth('abcd', 10));
    expect(textWidth('abcd', 20)).toBeCloseTo(2 * textWidth('abcd', 10));
  });

  it('gives bold text more width', () => {
    expect(textWidth('abcd', 10, true)).toBeGreaterThan(textWidth('abcd', 10));
  });

  it('is the measure wrapText uses by default, bold included', () => {
    const width = textWidth('aaaa aaaa', 10) + 1;
    expect(wrapText('aaaa aaaa', width, 10)).toEqual(['aaaa aaaa']);
    expect(wrapText('aaaa aaaa', width, 10, { bold: true })).toEqual(['aaaa', 'aaaa']);
  });
});

describe('FONT_STACK', () => {
  it('is the font-family of the page’s root in styles.css', () => {
    const root = /:root\s*\{([^}]*)\}/.exec(readProjectFile('src/styles.css'))?.[1] ?? '';
    const family = /(?:^|;)\s*font-family:\s*([^;]+);/.exec(root)?.[1];
    const normalise = (stack: string) =>
      stack
        .replace(/\s+/g, ' ')
        .replace(/\s*,\s*/g, ', ')
        .trim();
    expect(family).toBeDefined();
    expect(normalise(family ?? '')).toBe(normalise(FONT_STACK));
  });
});
