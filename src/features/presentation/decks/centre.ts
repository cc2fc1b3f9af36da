import { DEFAULT_VIEW, NO_FILTERS } from '../../../model/view';
import type { DeckSource } from '../deck';

export const deck: DeckSource = {
  id: 'centre',
  label: 'presentation.decks.centre.label',
  order: 2,
  view: { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, regions: ['centre'] } },
  slides: [
    {
      card: 'chiffres',
      notes: 'presentation.decks.centre.slide1',
    },
    {
      card: 'adherents',
      notes: 'presentation.decks.centre.slide2',
    },
    {
      card: 'financement',
      notes: 'presentation.decks.centre.slide3',
    },
    {
      card: 'chronologie',
      part: [1, 2],
      notes: 'presentation.decks.centre.slide4',
    },
    {
      card: 'chronologie',
      part: [2, 2],
      notes: 'presentation.decks.centre.slide5',
    },
  ],
};
