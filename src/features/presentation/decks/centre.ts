import { DEFAULT_VIEW, NO_FILTERS } from '../../../model/view';
import type { DeckSpec } from '../deck';

export const deck: DeckSpec = {
  id: 'centre',
  label: 'Les pôles du Centre',
  order: 2,
  view: { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, regions: ['centre'] } },
  slides: [
    { card: 'chiffres' },
    { card: 'adherents' },
    { card: 'financement' },
    { card: 'chronologie', part: [1, 2] },
    { card: 'chronologie', part: [2, 2] },
  ],
};
