import type { HorizontalBar } from '../../components/charts/chart-spec';
import { cell, type TableModel } from '../../components/table-model';
import type { Pole, Source } from '../../data/schemas';
import { CATEGORY_LABELS, EVALUATION_LABELS } from '../../selectors/labels';
import { memberCount, qualifierLabel, unitLabel } from '../../selectors/member-count';
import { profileHref } from '../../store/url-state';

interface Lookups {
  readonly theme: (id: string) => string;
  readonly region: (id: string) => string;
  readonly source: (id: string) => Source | undefined;
}

const membersYear = (pole: Pole) =>
  pole.members_year === null ? (pole.members === null ? '—' : 'non précisée') : String(pole.members_year);

/** One column per pole, one row per fact: the side-by-side view evaluators read. */
export function comparisonTable(poles: readonly Pole[], lookups: Lookups): TableModel {
  const facts: readonly {
    key: string;
    label: string;
    value: (pole: Pole) => [string, string | number | null] | [string, string, string];
  }[] = [
    { key: 'theme', label: 'Thème', value: (p) => [lookups.theme(p.theme), lookups.theme(p.theme)] },
    {
      key: 'region_2013',
      label: 'Région du siège (2013)',
      value: (p) => [lookups.region(p.region_2013), lookups.region(p.region_2013)],
    },
    {
      key: 'region_2016',
      label: 'Région du siège (2016)',
      value: (p) => [lookups.region(p.region_2016), lookups.region(p.region_2016)],
    },
    { key: 'hq_city', label: 'Siège', value: (p) => [p.hq_city ?? 'non trouvé', p.hq_city] },
    {
      key: 'category',
      label: 'Statut au label',
      value: (p) => [CATEGORY_LABELS[p.category], CATEGORY_LABELS[p.category]],
    },
    {
      key: 'year_labelled',
      label: 'Année du label',
      value: (p) => [String(p.year_labelled), p.year_labelled],
    },
    {
      key: 'evaluation',
      label: 'Évaluation 2012',
      value: (p) => [EVALUATION_LABELS[p.evaluation_2012], EVALUATION_LABELS[p.evaluation_2012]],
    },
    {
      key: 'members',
      label: 'Adhérents',
      value: (p) => [memberCount(p)?.number ?? 'inconnu', p.members],
    },
    {
      key: 'members_qualifier',
      label: 'Qualificatif du chiffre',
      value: (p) => [
        p.members_qualifier === null ? '—' : qualifierLabel(p.members_qualifier),
        p.members_qualifier,
      ],
    },
    {
      key: 'members_unit',
      label: 'Unité comptée',
      value: (p) => [p.members_unit === null ? '—' : unitLabel(p.members_unit), p.members_unit],
    },
    {
      key: 'members_wording',
      label: 'Libellé de la source',
      value: (p) => [p.members_wording ?? (p.members === null ? '—' : 'non relevé'), p.members_wording],
    },
    {
      key: 'members_year',
      label: 'Année du chiffre des adhérents',
      value: (p) => [membersYear(p), p.members_year],
    },
    { key: 'doubt', label: 'Réserve', value: (p) => [p.doubt ?? 'aucune', p.doubt] },
    {
      key: 'source',
      label: 'Source',
      value: (p) => {
        const source = lookups.source(p.source_id);
        const url = source?.url ?? undefined;
        return url === undefined
          ? [source?.publisher ?? p.source_id, p.source_id]
          : [source?.publisher ?? p.source_id, url, url];
      },
    },
  ];
  return {
    caption: `Comparaison de ${poles.length} pôle${poles.length > 1 ? 's' : ''}`,
    columns: [
      { key: 'fact', label: 'Critère' },
      ...poles.map((pole) => ({ key: pole.id, label: pole.name, href: profileHref(pole.id) })),
    ],
    rows: facts.map((fact) => ({
      key: fact.key,
      cells: [
        cell(fact.label),
        ...poles.map((pole) => {
          const [display, raw, href] = fact.value(pole);
          return cell(display, raw, href);
        }),
      ],
    })),
  };
}

export function comparisonBars(poles: readonly Pole[]): HorizontalBar[] {
  return poles.flatMap((pole) => {
    const count = memberCount(pole);
    return count === null
      ? []
      : [
          {
            id: pole.id,
            label: pole.name,
            value: count.value,
            valueLabel: `${count.label} · ${pole.members_year ?? 'année ?'}`,
            tone: 'base' as const,
          },
        ];
  });
}

export function comparisonTakeaway(poles: readonly Pole[]): string {
  if (poles.length < 2) return 'Cochez au moins deux pôles dans la liste pour les comparer côte à côte.';
  const known = poles.filter((pole) => pole.members !== null);
  const top = [...known].sort((a, b) => (b.members ?? 0) - (a.members ?? 0))[0];
  const themes = new Set(poles.map((pole) => pole.theme)).size;
  const themeText = themes === 1 ? 'du même thème' : `de ${themes} thèmes`;
  if (top === undefined) return `${poles.length} pôles ${themeText} comparés ; aucun n’a d’effectif connu.`;
  const year = top.members_year === null ? 'année non précisée' : String(top.members_year);
  return `${poles.length} pôles ${themeText} comparés : ${top.name} compte le plus d’adhérents (${memberCount(top)?.label ?? ''}, ${year}) ; les effectifs peuvent dater d’années différentes et ne pas compter la même chose.`;
}
