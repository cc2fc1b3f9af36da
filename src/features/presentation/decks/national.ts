import { DEFAULT_VIEW } from '../../../model/view';
import type { DeckSpec } from '../deck';

export const deck: DeckSpec = {
  id: 'national',
  label: 'Les 71 pôles nationaux',
  order: 3,
  view: DEFAULT_VIEW,
  slides: [
    {
      card: 'chiffres',
      notes:
        'Ouvrir sur l’ensemble des pôles nationaux, avant tout filtre. Les chiffres viennent du communiqué de la DIRECCTE Centre de janvier 2014 et de la liste de référence des pôles.',
    },
    {
      card: 'themes',
      notes:
        'Montrer les thèmes qui rassemblent le plus de pôles. Un clic sur une barre filtre cette présentation seulement : le tableau de bord du lecteur ne change pas.',
    },
    {
      card: 'regions',
      notes:
        'Passer aux régions du siège. Un pôle est compté dans la région de son siège, même s’il couvre plusieurs régions ; préciser le découpage régional affiché.',
    },
    {
      card: 'carte',
      notes:
        'La carte reprend les mêmes comptes par région. Les régions d’outre-mer sont des encadrés, pas des tracés. Le fond de carte est sous licence CC BY 4.0, cité sous la carte.',
    },
    {
      card: 'chronologie',
      part: [1, 2],
      notes:
        'Dérouler la première moitié de la chronologie nationale de la politique des pôles, chaque jalon avec sa source.',
    },
    {
      card: 'chronologie',
      part: [2, 2],
      notes:
        'Terminer sur la nouvelle phase de la politique des pôles, puis ouvrir les questions. Toutes les sources sont citées dans le tableau de bord.',
    },
  ],
};
