import { cell, type TableModel } from '../../components/table-model';
import type { I18n } from '../../lib/i18n/i18n';
import type { FundingSeries } from '../../selectors/funding';

export function fundingTakeaway(series: FundingSeries, { t, format }: I18n): string {
  const { total, years } = series;
  if (total === null) return t('funding.takeaway.none');
  const values = {
    approximate: total.approximate ? 'yes' : 'no',
    amount: format.millionEuros(total.amount_eur),
    period: `${total.period_start}-${total.period_end}`,
  };
  if (years.length === 0) return t('funding.takeaway.total', values);
  return t('funding.takeaway.perYear', {
    ...values,
    perYear: format.millionEuros(total.amount_eur / years.length),
  });
}

/** The table; each row's method is the one given, in the reader's language (see buildFundingCard). */
export function fundingTable(series: FundingSeries, { t, format }: I18n): TableModel {
  return {
    caption: t('funding.table.caption'),
    columns: [
      { key: 'period', label: t('funding.table.period') },
      { key: 'amount', label: t('funding.table.amount'), numeric: true },
      { key: 'cumulative', label: t('funding.table.cumulative'), numeric: true },
      { key: 'status', label: t('funding.table.status') },
      { key: 'method', label: t('funding.table.method') },
    ],
    rows: [
      ...series.years.map((year) => ({
        key: String(year.year),
        cells: [
          cell(String(year.year), year.year),
          cell(t('funding.table.estimate', { amount: format.millions(year.amount) }), year.amount / 1e6),
          cell(
            t('funding.table.estimate', { amount: format.millions(year.cumulative) }),
            year.cumulative / 1e6,
          ),
          cell(t('funding.table.estimation'), 'estimation'),
          cell(year.method),
        ],
      })),
      ...(series.total === null
        ? []
        : [
            {
              key: 'total',
              cells: [
                cell(
                  t('funding.table.totalPeriod', {
                    period: `${series.total.period_start}-${series.total.period_end}`,
                  }),
                ),
                cell(
                  t('funding.table.totalAmount', {
                    approximate: series.total.approximate ? 'yes' : 'no',
                    amount: format.millions(series.total.amount_eur),
                  }),
                  series.total.amount_eur / 1e6,
                ),
                cell('—', null),
                cell(t('funding.table.announced'), 'annonce'),
                cell(series.total.method),
              ],
            },
          ]),
    ],
  };
}
