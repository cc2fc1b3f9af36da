import { DEFAULT_VIEW, NO_FILTERS } from '../../../model/view';
import type { DeckSpec } from '../deck';

export const deck: DeckSpec = {
  id: 'centre',
  label: 'Les pôles du Centre',
  order: 2,
  view: { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, regions: ['centre'] } },
  slides: [
    {
      card: 'chiffres',
      notes:
        'Présenter les pôles dont le siège est en région Centre, à partir du communiqué de la DIRECCTE Centre de janvier 2014. Le financement est un montant global pour ces pôles ensemble, pas un montant par pôle.',
    },
    {
      card: 'adherents',
      notes:
        'Comparer les adhérents des pôles du Centre. Ici la comparaison tient : les effectifs viennent tous du même communiqué. Nommer le pôle le plus grand et rappeler le domaine de chacun.',
    },
    {
      card: 'financement',
      notes:
        'Donner le montant de l’État annoncé pour la période. Bien dire que le découpage par année est une estimation à parts égales, faite pour lire le graphique : le communiqué ne donne que le total.',
    },
    {
      card: 'chronologie',
      part: [1, 2],
      notes:
        'Situer les pôles du Centre dans l’histoire de la politique des pôles : la première moitié des jalons. Seuls apparaissent les contrats des pôles de la sélection.',
    },
    {
      card: 'chronologie',
      part: [2, 2],
      notes:
        'Finir sur la nouvelle phase et les contrats de performance des pôles du Centre. Inviter la salle à consulter le profil de chaque pôle dans le tableau de bord.',
    },
  ],
};
