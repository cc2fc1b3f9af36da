import { DEFAULT_VIEW } from '../../../model/view';
import type { DeckSpec } from '../deck';

export const deck: DeckSpec = {
  id: 'national',
  label: 'Les 71 pôles nationaux',
  order: 3,
  view: DEFAULT_VIEW,
  slides: [
    { card: 'chiffres' },
    { card: 'themes' },
    { card: 'regions' },
    { card: 'carte' },
    { card: 'chronologie', part: [1, 2] },
    { card: 'chronologie', part: [2, 2] },
  ],
};
