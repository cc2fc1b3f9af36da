import type { DeckSpec } from '../deck';

export const deck: DeckSpec = {
  id: 'courant',
  label: 'Vue actuelle (filtres en cours)',
  order: 1,
  view: null,
  slides: [
    { card: 'chiffres' },
    { card: 'adherents' },
    { card: 'financement' },
    { card: 'themes' },
    { card: 'regions' },
    { card: 'chronologie', part: [1, 2] },
    { card: 'chronologie', part: [2, 2] },
  ],
};
