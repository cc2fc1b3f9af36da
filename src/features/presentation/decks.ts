import type { I18n } from '../../lib/i18n/i18n';
import { FRENCH } from '../../lib/i18n/i18n-for';
import { DEFAULT_DECK } from '../../store/url-state';
import type { DeckSource, DeckSpec } from './deck';

// Every file in decks/ is a deck: adding a deck is adding one file.
const modules = import.meta.glob<{ readonly deck: DeckSource }>('./decks/*.ts', { eager: true });

const SOURCES: readonly DeckSource[] = Object.values(modules)
  .map((module) => module.deck)
  .sort((a, b) => a.order - b.order);

/** The decks in a language: labels and speaker's notes read from the catalogue. */
export const decksIn = (i18n: I18n): readonly DeckSpec[] =>
  SOURCES.map((source) => ({
    ...source,
    label: i18n.t(source.label),
    slides: source.slides.map((slide) => ({ ...slide, notes: i18n.t(slide.notes) })),
  }));

export const DECKS: readonly DeckSpec[] = decksIn(FRENCH);

/** The deck of that id; an unknown id (from an edited address) gives the default deck. */
export function deckById(id: string, decks: readonly DeckSpec[] = DECKS): DeckSpec {
  const found =
    decks.find((deck) => deck.id === id) ?? decks.find((deck) => deck.id === DEFAULT_DECK) ?? decks[0];
  if (found === undefined) throw new Error('aucune présentation définie');
  return found;
}
