import type { CardDefinition, CardOptions } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel } from '../../components/card/card-model';
import type { ColumnsSpec } from '../../components/charts/chart-spec';
import type { I18n } from '../../lib/i18n/i18n';
import type { LegendItem } from '../../lib/legend';
import { hasFilters, type CardView } from '../../model/view';
import { fundingSeries, type FundingSeries } from '../../selectors/funding';
import { citeAll } from '../../selectors/sources';
import { fundingTable, fundingTakeaway } from './funding-view';

const HEIGHT = 320;

const legend = ({ t }: I18n): readonly LegendItem[] => [
  { label: t('funding.legend.estimate'), swatch: 'hatch', role: 'estimate' },
  { label: t('funding.legend.cumulative'), swatch: 'line', role: 'cumulative' },
  { label: t('funding.legend.total'), swatch: 'dash', role: 'total' },
];

const millions = (euros: number) => euros / 1e6;

/** A running sum of estimates is itself approximate; where it reaches a total the source qualifies, it says so too. */
function cumulativeLabel(euros: number, total: FundingSeries['total'], { t, format }: I18n): string {
  const nearly = total !== null && total.approximate && euros === total.amount_eur;
  return t('funding.chart.cumulative', { nearly: nearly ? 'yes' : 'no', amount: format.millions(euros, 1) });
}

/** Yearly estimates in millions, their running sum, and the stated total as a reference line. */
export function fundingColumns(series: FundingSeries, i18n: I18n): ColumnsSpec {
  const { t, format } = i18n;
  const { total } = series;
  return {
    kind: 'columns',
    columns: series.years.map((year) => ({
      id: String(year.year),
      label: String(year.year),
      value: millions(year.amount),
      valueLabel: t('funding.chart.value', {
        amount: format.millions(year.amount),
        estimate: year.estimate ? 'yes' : 'no',
      }),
      shortValueLabel: t('funding.chart.shortValue', { amount: format.millions(year.amount, 1) }),
      shortValueNote: year.estimate ? t('funding.chart.estimateNote') : null,
      cumulative: millions(year.cumulative),
      cumulativeLabel: cumulativeLabel(year.cumulative, total, i18n),
    })),
    estimate: series.years.every((year) => year.estimate),
    total:
      total === null
        ? null
        : {
            value: millions(total.amount_eur),
            label: t('funding.chart.total', {
              approximate: total.approximate ? 'yes' : 'no',
              amount: format.millions(total.amount_eur),
            }),
          },
    height: HEIGHT,
  };
}

/** The State's « près de 5 M€ sur 6 ans »: the stated total, and a yearly split labelled as an estimate. */
export function buildFundingCard(data: Dataset, view: CardView, { i18n }: CardOptions): CardModel {
  // The method column comes from the data file's column in the reader's language.
  const rows =
    i18n.lang === 'en' ? data.funding.map((row) => ({ ...row, method: row.method_en })) : data.funding;
  const series = fundingSeries(rows);
  return makeCard({
    id: 'financement',
    title: i18n.t('funding.title'),
    takeaway: fundingTakeaway(series, i18n),
    caveats: hasFilters(view.filters) ? [i18n.t('funding.notFiltered')] : [],
    chart: fundingColumns(series, i18n),
    table: fundingTable(series, i18n),
    legend: legend(i18n),
    sources: series.total === null ? ['—'] : citeAll(data.sources, [series.total.source_id], i18n),
    exportName: 'financement-etat-poles-centre-2013-2018',
  });
}

export const fundingCard: CardDefinition = {
  id: 'financement',
  title: (_view, { i18n }) => i18n.t('funding.title'),
  needs: ['funding'],
  reservedHeight: HEIGHT + 200,
  // Only whether a filter is on: the 5 M€ has no per-pôle split, so ticking a theme leaves the card as it is.
  inputs: (view) => [hasFilters(view.filters)],
  build: buildFundingCard,
};
