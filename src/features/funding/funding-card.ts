import type { CardDefinition } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel } from '../../components/card/card-model';
import type { ColumnsSpec } from '../../components/charts/chart-spec';
import { formatMillions } from '../../lib/format';
import type { LegendItem } from '../../lib/legend';
import { hasFilters, type CardView } from '../../model/view';
import { fundingSeries, type FundingSeries } from '../../selectors/funding';
import { citeAll } from '../../selectors/sources';
import { fundingTable, fundingTakeaway } from './funding-view';

const TITLE = 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)';
const HEIGHT = 320;
const NOT_FILTERED =
  'Ce montant ne suit pas les filtres : le communiqué ne le ventile ni par pôle ni par thème ; il concerne les 4 pôles du Centre ensemble.';

const LEGEND: readonly LegendItem[] = [
  {
    label: 'Montant annuel estimé : total réparti à parts égales (la source ne donne que le total)',
    swatch: 'hatch',
    role: 'estimate',
  },
  { label: 'Cumul estimé', swatch: 'line', role: 'cumulative' },
  { label: 'Total annoncé par la source', swatch: 'dash', role: 'total' },
];

const millions = (euros: number) => euros / 1e6;

/** A running sum of estimates is itself approximate; where it reaches a total the source qualifies, it says so too. */
function cumulativeLabel(euros: number, total: FundingSeries['total']): string {
  if (total !== null && total.approximate && euros === total.amount_eur)
    return `près de ${formatMillions(euros, 1)}`;
  return `≈ ${formatMillions(euros, 1)}`;
}

/** Yearly estimates in millions, their running sum, and the stated total as a reference line. */
export function fundingColumns(series: FundingSeries): ColumnsSpec {
  const { total } = series;
  return {
    kind: 'columns',
    columns: series.years.map((year) => ({
      id: String(year.year),
      label: String(year.year),
      value: millions(year.amount),
      valueLabel: `≈ ${formatMillions(year.amount)}${year.estimate ? ' est.' : ''}`,
      shortValueLabel: `≈ ${formatMillions(year.amount, 1)}`,
      shortValueNote: year.estimate ? 'est.' : null,
      cumulative: millions(year.cumulative),
      cumulativeLabel: cumulativeLabel(year.cumulative, total),
    })),
    estimate: series.years.every((year) => year.estimate),
    total:
      total === null
        ? null
        : {
            value: millions(total.amount_eur),
            label: `Total annoncé : ${total.approximate ? 'près de ' : ''}${formatMillions(total.amount_eur)}\u00a0M€`,
          },
    height: HEIGHT,
  };
}

/** The State's « près de 5 M€ sur 6 ans »: the stated total, and a yearly split labelled as an estimate. */
export function buildFundingCard(data: Dataset, view: CardView): CardModel {
  const series = fundingSeries(data.funding);
  return makeCard({
    id: 'financement',
    title: TITLE,
    takeaway: fundingTakeaway(series),
    caveats: hasFilters(view.filters) ? [NOT_FILTERED] : [],
    chart: fundingColumns(series),
    table: fundingTable(series),
    legend: LEGEND,
    sources: series.total === null ? ['—'] : citeAll(data.sources, [series.total.source_id]),
    exportName: 'financement-etat-poles-centre-2013-2018',
  });
}

export const fundingCard: CardDefinition = {
  id: 'financement',
  title: () => TITLE,
  needs: ['funding'],
  reservedHeight: HEIGHT + 200,
  // Only whether a filter is on: the 5 M€ has no per-pôle split, so ticking a theme leaves the card as it is.
  inputs: (view) => [hasFilters(view.filters)],
  build: buildFundingCard,
};
