import type { CardDefinition, CardOptions } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel } from '../../components/card/card-model';
import { barChartHeight } from '../../components/charts/bar-layout';
import type { I18n } from '../../lib/i18n/i18n';
import type { LegendItem } from '../../lib/legend';
import { hasFilters, type CardView, type MembersScope } from '../../model/view';
import { labelIndex } from '../../selectors/labels';
import { membership, type Membership } from '../../selectors/membership';
import { citeAll } from '../../selectors/sources';
import { membershipBars, membershipTable, membershipTakeaway, sumCaveat } from './membership-view';

const title = (scope: MembersScope, { t }: I18n) =>
  scope === 'centre' ? t('membership.title.centre') : t('membership.title.all');

const legend = ({ t }: I18n): readonly LegendItem[] => [
  { label: t('membership.legend.centre'), swatch: 'bar', role: 'centre' },
  { label: t('membership.legend.other'), swatch: 'bar', role: 'base' },
];

function citations(data: Membership, sources: Dataset['sources'], i18n: I18n): string[] {
  const { t, format } = i18n;
  const cited = data.bars.map((bar) => bar.sourceId);
  const distinct = new Set(cited).size;
  if (distinct === 0) return ['—'];
  if (distinct <= 2) return citeAll(sources, cited, i18n);
  return [t('membership.sources.many', { count: format.integer(distinct) })];
}

function caveat(data: Membership, i18n: I18n): string[] {
  const sum = sumCaveat(data, i18n);
  if (data.comparable) return sum === null ? [] : [sum];
  const first = data.years[0];
  const last = data.years[data.years.length - 1];
  const span = first === undefined || last === undefined ? '' : ` (${first}–${last})`;
  return [i18n.t('membership.caveat', { span })];
}

/** Members of the Centre poles (the press release's four figures), or of every pole in view with its year. */
export function buildMembershipCard(data: Dataset, view: CardView, { i18n }: CardOptions): CardModel {
  const { t } = i18n;
  const scope = view.membersScope;
  const members = membership(data.poles, view, scope, i18n);
  const bars = membershipBars(members, i18n);
  const mixed = bars.some((bar) => bar.tone === 'centre') && bars.some((bar) => bar.tone !== 'centre');
  return makeCard({
    id: 'adherents',
    title: title(scope, i18n),
    takeaway: membershipTakeaway(members, scope, i18n),
    caveats: caveat(members, i18n),
    chart: { kind: 'bars', bars, select: null },
    table: membershipTable(members, labelIndex(data.themes, i18n.lang), i18n),
    legend: mixed ? legend(i18n) : [],
    sources: citations(members, data.sources, i18n),
    exportName: scope === 'centre' ? 'adherents-poles-centre' : 'adherents-poles',
    controls: [
      {
        kind: 'switch',
        label: t('membership.controls.label'),
        options: [
          {
            label: t('membership.controls.centre'),
            pressed: scope === 'centre',
            action: { type: 'set-members-scope', scope: 'centre' },
          },
          {
            label: t('membership.controls.all'),
            pressed: scope === 'all',
            action: { type: 'set-members-scope', scope: 'all' },
          },
        ],
      },
    ],
    empty:
      members.bars.length === 0 && members.unknown.length === 0
        ? {
            message: scope === 'centre' ? t('membership.empty.centre') : t('membership.empty.all'),
            reset: hasFilters(view.filters),
          }
        : null,
    footnote:
      members.unknown.length === 0
        ? null
        : {
            label: t('membership.unknown.label', { count: String(members.unknown.length) }),
            text: t('membership.unknown.text', {
              names: members.unknown.map((pole) => pole.name).join(', '),
            }),
          },
  });
}

export const membershipCard: CardDefinition = {
  id: 'adherents',
  title: (view, { i18n }) => title(view.membersScope, i18n),
  needs: ['poles', 'themes'],
  reservedHeight: barChartHeight(4) + 200,
  inputs: (view) => [view.filters, view.regionScheme, view.membersScope],
  build: buildMembershipCard,
};
