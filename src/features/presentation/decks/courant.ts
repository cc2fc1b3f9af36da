import type { DeckSpec } from '../deck';

export const deck: DeckSpec = {
  id: 'courant',
  label: 'Vue actuelle (filtres en cours)',
  order: 1,
  view: null,
  slides: [
    {
      card: 'chiffres',
      notes:
        'Ouvrir sur les chiffres clés de la sélection en cours. Rappeler d’où ils viennent : le communiqué de la DIRECCTE Centre de janvier 2014 et la liste de référence des pôles. Préciser que le financement est un montant global pour les pôles du Centre, qui ne suit pas les filtres.',
    },
    {
      card: 'adherents',
      notes:
        'Présenter les adhérents des pôles du Centre, pôle par pôle. Insister sur le fait que ces effectifs viennent du même communiqué et peuvent donc se comparer entre eux ; pour les autres pôles, les années diffèrent et on ne les additionne pas.',
    },
    {
      card: 'financement',
      notes:
        'Annoncer le montant total de l’État tel que le communiqué le donne, sur toute la période. Dire clairement que la répartition par année est une estimation à parts égales : la source ne donne que le total, et ne le ventile ni par pôle ni par thème.',
    },
    {
      card: 'themes',
      notes:
        'Montrer comment les pôles de la sélection se répartissent par thème. Un clic sur une barre filtre la présentation sur ce thème ; le dire avant de cliquer, pour que la salle suive le changement.',
    },
    {
      card: 'regions',
      notes:
        'Passer à la répartition par région du siège. Préciser le découpage régional choisi (régions de 2013 ou de 2016) : un pôle est compté dans la région de son siège, même s’il couvre plusieurs régions.',
    },
    {
      card: 'chronologie',
      part: [1, 2],
      notes:
        'Dérouler la première moitié de la chronologie, du lancement de la politique des pôles aux premières étapes. Chaque jalon a sa source, citée sur le tableau de bord.',
    },
    {
      card: 'chronologie',
      part: [2, 2],
      notes:
        'Terminer la chronologie avec la nouvelle phase de la politique des pôles. Conclure en rappelant que toutes les données et leurs sources sont consultables dans le tableau de bord, fichier par fichier.',
    },
  ],
};
