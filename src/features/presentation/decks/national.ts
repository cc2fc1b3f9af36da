import { DEFAULT_VIEW } from '../../../model/view';
import type { DeckSource } from '../deck';

export const deck: DeckSource = {
  id: 'national',
  label: 'presentation.decks.national.label',
  order: 3,
  view: DEFAULT_VIEW,
  slides: [
    {
      card: 'chiffres',
      notes: 'presentation.decks.national.slide1',
    },
    {
      card: 'themes',
      notes: 'presentation.decks.national.slide2',
    },
    {
      card: 'regions',
      notes: 'presentation.decks.national.slide3',
    },
    {
      card: 'carte',
      notes: 'presentation.decks.national.slide4',
    },
    {
      card: 'chronologie',
      part: [1, 2],
      notes: 'presentation.decks.national.slide5',
    },
    {
      card: 'chronologie',
      part: [2, 2],
      notes: 'presentation.decks.national.slide6',
    },
  ],
};
