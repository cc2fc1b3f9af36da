import type { CardDefinition } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel } from '../../components/card/card-model';
import { barChartHeight } from '../../components/charts/bar-layout';
import { plural } from '../../lib/format';
import type { LegendItem } from '../../lib/legend';
import { hasFilters, type CardView, type MembersScope } from '../../model/view';
import { labelIndex } from '../../selectors/labels';
import { membership, type Membership } from '../../selectors/membership';
import { citeAll } from '../../selectors/sources';
import { membershipBars, membershipTable, membershipTakeaway, sumCaveat } from './membership-view';

const title = (scope: MembersScope) =>
  scope === 'centre' ? 'Adhérents des pôles du Centre' : 'Adhérents des pôles en vue';

const LEGEND: readonly LegendItem[] = [
  { label: 'Pôle dont le siège est en région Centre (mention « Centre »)', swatch: 'bar', role: 'centre' },
  { label: 'Autre pôle', swatch: 'bar', role: 'base' },
];

function citations(data: Membership, sources: Dataset['sources']): string[] {
  const cited = data.bars.map((bar) => bar.sourceId);
  const distinct = new Set(cited).size;
  if (distinct === 0) return ['—'];
  if (distinct <= 2) return citeAll(sources, cited);
  return [
    `${plural(distinct, 'source')} différentes, une par pôle (voir la liste des pôles et data/sources.csv)`,
  ];
}

function caveat(data: Membership): string[] {
  const sum = sumCaveat(data);
  if (data.comparable) return sum === null ? [] : [sum];
  const first = data.years[0];
  const last = data.years[data.years.length - 1];
  const span = first === undefined || last === undefined ? '' : ` (${first}–${last})`;
  return [
    `Les effectifs viennent de sources et d’années différentes${span} et ne comptent pas tous la même chose (adhérents, membres, entreprises, acteurs, établissements) : ils ne s’additionnent pas. L’année de chaque chiffre et son qualificatif (« plus de », « environ ») sont indiqués.`,
  ];
}

/** Members of the Centre poles (the press release's four figures), or of every pole in view with its year. */
export function buildMembershipCard(data: Dataset, view: CardView): CardModel {
  const scope = view.membersScope;
  const members = membership(data.poles, view, scope);
  const bars = membershipBars(members);
  const mixed = bars.some((bar) => bar.tone === 'centre') && bars.some((bar) => bar.tone !== 'centre');
  return makeCard({
    id: 'adherents',
    title: title(scope),
    takeaway: membershipTakeaway(members, scope),
    caveats: caveat(members),
    chart: { kind: 'bars', bars, select: null },
    table: membershipTable(members, labelIndex(data.themes)),
    legend: mixed ? LEGEND : [],
    sources: citations(members, data.sources),
    exportName: scope === 'centre' ? 'adherents-poles-centre' : 'adherents-poles',
    controls: [
      {
        kind: 'switch',
        label: 'Pôles comptés',
        options: [
          {
            label: 'Pôles du Centre',
            pressed: scope === 'centre',
            action: { type: 'set-members-scope', scope: 'centre' },
          },
          {
            label: 'Tous les pôles',
            pressed: scope === 'all',
            action: { type: 'set-members-scope', scope: 'all' },
          },
        ],
      },
    ],
    empty:
      members.bars.length === 0 && members.unknown.length === 0
        ? {
            message:
              scope === 'centre'
                ? 'Aucun des 4 pôles du Centre ne correspond aux filtres.'
                : 'Aucun pôle ne correspond aux filtres.',
            reset: hasFilters(view.filters),
          }
        : null,
    footnote:
      members.unknown.length === 0
        ? null
        : {
            label: `Effectif inconnu (${members.unknown.length}) :`,
            text: `${members.unknown.map((pole) => pole.name).join(', ')}. Ces pôles ne sont pas dessinés : aucune source datée ne donne leur nombre d’adhérents.`,
          },
  });
}

export const membershipCard: CardDefinition = {
  id: 'adherents',
  title: (view) => title(view.membersScope),
  needs: ['poles', 'themes'],
  reservedHeight: barChartHeight(4) + 200,
  inputs: (view) => [view.filters, view.regionScheme, view.membersScope],
  build: buildMembershipCard,
};
