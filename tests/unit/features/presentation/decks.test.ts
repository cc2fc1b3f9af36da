import { describe, expect, it } from 'vitest';
import { CARDS } from '../../../../src/cards';
import { KEY_FIGURES, type DeckSpec } from '../../../../src/features/presentation/deck';
import { DECKS, deckById } from '../../../../src/features/presentation/decks';
import { NO_FILTERS } from '../../../../src/model/view';

const deck = (id: string, order: number): DeckSpec => ({ id, label: id, order, view: null, slides: [] });

describe('DECKS', () => {
  it('collects every deck file, in menu order', () => {
    expect(DECKS.map((d) => d.id)).toEqual(['courant', 'centre', 'national']);
    const orders = DECKS.map((d) => d.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('gives each deck a distinct id and order, a label and slides', () => {
    expect(new Set(DECKS.map((d) => d.id)).size).toBe(DECKS.length);
    expect(new Set(DECKS.map((d) => d.order)).size).toBe(DECKS.length);
    for (const d of DECKS) {
      expect(d.label).not.toBe('');
      expect(d.slides.length).toBeGreaterThan(0);
    }
  });

  it('opens every deck on the key figures', () => {
    expect(DECKS.map((d) => d.slides[0]?.card)).toEqual(DECKS.map(() => KEY_FIGURES));
  });

  it('names on every slide the key figures or a card of the dashboard', () => {
    const unknown = DECKS.flatMap((d) =>
      d.slides
        .filter((slide) => slide.card !== KEY_FIGURES && !CARDS.has(slide.card))
        .map((s) => `${d.id}/${s.card}`),
    );
    expect(unknown).toEqual([]);
  });

  it('splits the timeline into parts that cover it once', () => {
    for (const d of DECKS) {
      const parts = d.slides.filter((slide) => slide.card === 'chronologie').map((slide) => slide.part);
      expect(parts).toEqual([
        [1, 2],
        [2, 2],
      ]);
    }
  });

  it('gives every slide speaker’s notes in French typography, with no count or amount: those come from the card', () => {
    for (const d of DECKS)
      for (const slide of d.slides) {
        const where = `${d.id}/${slide.card}${slide.part?.join('-') ?? ''}`;
        expect(slide.notes.length, where).toBeGreaterThan(80);
        expect(slide.notes, where).not.toMatch(/ [:;?!]|[^\u202f][:;?!]|«[^\u202f]|[^\u202f]»/);
        // Years and the map's licence only: a count or an amount would go stale when the data changes.
        expect(slide.notes.replace(/\b20\d\d\b|CC BY 4\.0/g, ''), where).not.toMatch(/\d/);
      }
  });

  it('presents the reader’s view in the current deck, and its own view in each ready-made deck', () => {
    expect(deckById('courant').view).toBeNull();
    const readyMade = DECKS.filter((d) => d.id !== 'courant');
    expect(readyMade.map((d) => d.view === null)).toEqual(readyMade.map(() => false));
    expect(deckById('centre').view?.filters).toEqual({ ...NO_FILTERS, regions: ['centre'] });
    expect(deckById('national').view?.filters).toEqual(NO_FILTERS);
    // The Centre deck's region is a 2013 one: the deck keeps the 2013 map whatever the reader chose.
    expect(deckById('centre').view?.regionScheme).toBe('2013');
  });
});

describe('deckById', () => {
  it('finds a deck by its id', () => {
    expect(deckById('centre').label).toBe('Les pôles du Centre');
    expect(deckById('national').label).toBe('Les 71 pôles nationaux');
  });

  it('falls back to the current view for an unknown id', () => {
    expect(deckById('inconnu').id).toBe('courant');
    expect(deckById('').id).toBe('courant');
  });

  it('falls back to the first deck given when none is the default', () => {
    expect(deckById('inconnu', [deck('b', 2), deck('a', 1)]).id).toBe('b');
  });

  it('fails loudly when there is no deck at all', () => {
    expect(() => deckById('courant', [])).toThrow('aucune présentation définie');
  });
});
