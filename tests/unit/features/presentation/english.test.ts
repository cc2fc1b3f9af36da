import { describe, expect, it } from 'vitest';
import { elapsedInWords } from '../../../../src/features/presentation/clock';
import { DECKS, decksIn } from '../../../../src/features/presentation/decks';
import { syncNotice } from '../../../../src/features/presentation/sync-notice';
import { EN, FR_STRICT } from '../../../fixtures/i18n';

describe('The decks in English', () => {
  const english = decksIn(EN);

  it('name each deck and give every slide notes in English, slide for slide with the French', () => {
    expect(english.map((deck) => deck.label)).toEqual([
      'Current view (filters applied)',
      'The Centre clusters',
      'The 71 national clusters',
    ]);
    expect(english.map((deck) => deck.slides.map((slide) => slide.card))).toEqual(
      DECKS.map((deck) => deck.slides.map((slide) => slide.card)),
    );
    for (const deck of english)
      for (const slide of deck.slides) {
        expect(slide.notes.length).toBeGreaterThan(80);
        expect(slide.notes).not.toMatch(/\bpôles?\b|\bdiapositive|\u202f/);
      }
    expect(english[2]?.slides[3]?.notes).toMatch(/^The map shows the same counts by region\./);
  });

  it('reads the same French as before from the catalogue', () => {
    expect(decksIn(FR_STRICT)).toEqual(DECKS);
  });
});

describe('The presenter’s clock and notices in English', () => {
  it('says the elapsed time in English words, singular and plural', () => {
    expect(elapsedInWords(1000, EN)).toBe('1 second');
    expect(elapsedInWords(0, EN)).toBe('0 seconds');
    expect(elapsedInWords(65_000, EN)).toBe('1 minute 5 seconds');
    expect(elapsedInWords(125_000, EN)).toBe('2 minutes 5 seconds');
    expect(elapsedInWords(0)).toBe('0 seconde');
    expect(elapsedInWords(125_000)).toBe('2 minutes 5 secondes');
  });

  it('tells the presenter about the link with the audience’s window in English', () => {
    expect(syncNotice('linked', false, true, EN)).toBe(
      'Audience window linked: it follows this view, and this view follows it.',
    );
    expect(syncNotice('unavailable', true, false, EN)).toMatch(
      /^Windows cannot be kept in step from a file opened locally/,
    );
    expect(syncNotice('alone', false, true, EN)).toMatch(/\(“Present”\)/);
    expect(syncNotice('alone', false, false, EN)).toBeNull();
  });
});
