import { cell, type TableModel } from '../../components/table-model';
import { formatMillionEuros, formatMillions } from '../../lib/format';
import type { FundingSeries } from '../../selectors/funding';

export function fundingTakeaway(series: FundingSeries): string {
  const { total, years } = series;
  if (total === null) return 'Le montant total n’est pas disponible.';
  const period = `${total.period_start}-${total.period_end}`;
  const base = `L’État s’engage à financer les pôles du Centre à hauteur de ${total.approximate ? 'près de ' : ''}${formatMillionEuros(total.amount_eur)} sur ${period}`;
  if (years.length === 0) return `${base}.`;
  return `${base}, soit environ ${formatMillionEuros(total.amount_eur / years.length)} par an en moyenne (estimation : la source ne donne pas de ventilation annuelle).`;
}

export function fundingTable(series: FundingSeries): TableModel {
  return {
    caption: 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)',
    columns: [
      { key: 'period', label: 'Période' },
      { key: 'amount', label: 'Montant (M€)', numeric: true },
      { key: 'cumulative', label: 'Cumul (M€)', numeric: true },
      { key: 'status', label: 'Statut' },
      { key: 'method', label: 'Méthode' },
    ],
    rows: [
      ...series.years.map((year) => ({
        key: String(year.year),
        cells: [
          cell(String(year.year), year.year),
          cell(`≈ ${formatMillions(year.amount)}`, year.amount / 1e6),
          cell(`≈ ${formatMillions(year.cumulative)}`, year.cumulative / 1e6),
          cell('Estimation', 'estimation'),
          cell(year.method),
        ],
      })),
      ...(series.total === null
        ? []
        : [
            {
              key: 'total',
              cells: [
                cell(`${series.total.period_start}-${series.total.period_end} (total)`),
                cell(
                  `${series.total.approximate ? 'près de ' : ''}${formatMillions(series.total.amount_eur)}`,
                  series.total.amount_eur / 1e6,
                ),
                cell('—', null),
                cell('Montant annoncé', 'annonce'),
                cell(series.total.method),
              ],
            },
          ]),
    ],
  };
}
