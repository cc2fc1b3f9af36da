import { DEFAULT_DECK } from '../../store/url-state';
import type { DeckSpec } from './deck';

// Every file in decks/ is a deck: adding a deck is adding one file.
const modules = import.meta.glob<{ readonly deck: DeckSpec }>('./decks/*.ts', { eager: true });

export const DECKS: readonly DeckSpec[] = Object.values(modules)
  .map((module) => module.deck)
  .sort((a, b) => a.order - b.order);

/** The deck of that id; an unknown id (from an edited address) gives the default deck. */
export function deckById(id: string, decks: readonly DeckSpec[] = DECKS): DeckSpec {
  const found =
    decks.find((deck) => deck.id === id) ?? decks.find((deck) => deck.id === DEFAULT_DECK) ?? decks[0];
  if (found === undefined) throw new Error('aucune présentation définie');
  return found;
}
