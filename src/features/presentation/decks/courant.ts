import type { DeckSource } from '../deck';

export const deck: DeckSource = {
  id: 'courant',
  label: 'presentation.decks.courant.label',
  order: 1,
  view: null,
  slides: [
    {
      card: 'chiffres',
      notes: 'presentation.decks.courant.slide1',
    },
    {
      card: 'adherents',
      notes: 'presentation.decks.courant.slide2',
    },
    {
      card: 'financement',
      notes: 'presentation.decks.courant.slide3',
    },
    {
      card: 'themes',
      notes: 'presentation.decks.courant.slide4',
    },
    {
      card: 'regions',
      notes: 'presentation.decks.courant.slide5',
    },
    {
      card: 'chronologie',
      part: [1, 2],
      notes: 'presentation.decks.courant.slide6',
    },
    {
      card: 'chronologie',
      part: [2, 2],
      notes: 'presentation.decks.courant.slide7',
    },
  ],
};
