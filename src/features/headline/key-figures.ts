import { formatInteger, formatMillionEuros } from '../../lib/format';
import type { Headline } from '../../selectors/headline';
import { qualifiedSum } from '../../selectors/member-count';

export interface KeyFigureModel {
  readonly id: string;
  readonly value: string;
  readonly label: string;
  readonly note?: string;
  readonly source: string;
}

/** The four headline figures, in words, for the dashboard and the slide alike. */
export function keyFigures(f: Headline, source: string): KeyFigureModel[] {
  const { funding } = f;
  return [
    {
      id: 'poles',
      value: formatInteger(f.filtered ? f.polesInView : f.polesTotal),
      label: f.filtered
        ? `pôle${f.polesInView > 1 ? 's' : ''} sur ${formatInteger(f.polesTotal)} dans la sélection`
        : 'pôles de compétitivité nationaux',
      source: `${source} (« 71 pôles ont été sélectionnés au niveau national ») ; liste de référence des pôles`,
    },
    {
      id: 'centre',
      value: formatInteger(f.filtered ? f.centreInView : f.centreTotal),
      label: f.filtered
        ? `pôle${f.centreInView > 1 ? 's' : ''} du Centre sur ${f.centreTotal} dans la sélection`
        : 'pôles dont le siège est en région Centre',
      source,
    },
    {
      id: 'members',
      value: qualifiedSum(f.centreMembers, f.centreMembersQualifier),
      label: f.filtered
        ? 'adhésions au total aux pôles du Centre de la sélection'
        : 'adhésions au total aux 4 pôles du Centre',
      note: 'somme calculée ici des chiffres du communiqué de janvier 2014 ; une entreprise peut adhérer à plusieurs pôles',
      source,
    },
    {
      id: 'funding',
      value:
        funding === null
          ? '—'
          : `${funding.approximate ? 'près de ' : ''}${formatMillionEuros(funding.amount_eur)}`,
      label:
        funding === null
          ? 'financement indisponible'
          : `de l’État pour les pôles du Centre, ${funding.period_start}-${funding.period_end}`,
      note: f.filtered
        ? 'montant global : non ventilé par pôle, ne suit pas les filtres'
        : 'montant global, non ventilé par pôle',
      source: `${source} (« à hauteur de près de 5 M€ sur 6 ans »)`,
    },
  ];
}
