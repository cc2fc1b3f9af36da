import type { DeckSpec } from '../deck';

export const deck: DeckSpec = {
  id: 'centre',
  label: 'Les pôles du Centre',
  order: 2,
  view: { filters: { themes: [], regions: ['centre'] }, membersScope: 'centre', compared: [] },
  slides: [
    { card: 'chiffres' },
    { card: 'adherents' },
    { card: 'financement' },
    { card: 'chronologie', part: [1, 2] },
    { card: 'chronologie', part: [2, 2] },
  ],
};
