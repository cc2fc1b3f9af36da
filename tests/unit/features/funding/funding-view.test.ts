import { describe, expect, it } from 'vitest';
import { fundingTable, fundingTakeaway } from '../../../../src/features/funding/funding-view';
import { fundingSeries } from '../../../../src/selectors/funding';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { FR } from '../../../fixtures/i18n';
import { fundingRow, fundingRows } from '../../../fixtures/rows';

const fr = withFrenchSpaces;

/** A total of 3 000 000 € for 2013-2014, split into two yearly estimates. */
const TWO_YEARS = [
  fundingRow({ amount_eur: 3_000_000, period_end: 2014, approximate: false }),
  fundingRow({
    id: 'estimation-2014',
    period_start: 2014,
    period_end: 2014,
    amount_eur: 1_500_000,
    status: 'estimation',
    method: 'Moitié du total',
  }),
  fundingRow({
    id: 'estimation-2013',
    period_start: 2013,
    period_end: 2013,
    amount_eur: 1_500_000,
    status: 'estimation',
    method: 'Moitié du total',
  }),
];

describe('fundingTakeaway', () => {
  it('states the total and the yearly average, labelled as an estimate', () => {
    expect(fr(fundingTakeaway(fundingSeries(fundingRows()), FR))).toBe(
      fr(
        'L’État s’engage à financer les pôles du Centre à hauteur de près de 5\u00a0M€ sur 2013-2018, soit environ 0,83\u00a0M€ par an en moyenne (estimation : la source ne donne pas de ventilation annuelle).',
      ),
    );
  });

  it('drops « près de » for an exact total', () => {
    expect(fundingTakeaway(fundingSeries(TWO_YEARS), FR)).toMatch(
      /^L’État s’engage à financer les pôles du Centre à hauteur de 3\u00a0M€ sur 2013-2014, soit environ 1,5\u00a0M€ par an/,
    );
  });

  it('states the total alone when there is no yearly split', () => {
    expect(fundingTakeaway(fundingSeries([fundingRow()]), FR)).toBe(
      'L’État s’engage à financer les pôles du Centre à hauteur de près de 5\u00a0M€ sur 2013-2018.',
    );
  });

  it('says that the total is not available', () => {
    expect(fundingTakeaway(fundingSeries(fundingRows().slice(1)), FR)).toBe(
      'Le montant total n’est pas disponible.',
    );
  });
});

describe('fundingTable', () => {
  const table = fundingTable(fundingSeries(TWO_YEARS), FR);

  it('has a caption with the unit and one column per fact', () => {
    expect(table.caption).toBe('Financement de l’État aux pôles du Centre, 2013-2018 (M€)');
    expect(table.columns).toEqual([
      { key: 'period', label: 'Période' },
      { key: 'amount', label: 'Montant (M€)', numeric: true },
      { key: 'cumulative', label: 'Cumul (M€)', numeric: true },
      { key: 'status', label: 'Statut' },
      { key: 'method', label: 'Méthode' },
    ]);
  });

  it('gives the years in order, then the stated total, in French for the reader and raw millions for the CSV', () => {
    expect(table.rows.map((row) => [row.key, row.cells.map((c) => [c.display, c.raw])])).toEqual([
      [
        '2013',
        [
          ['2013', 2013],
          ['≈ 1,5', 1.5],
          ['≈ 1,5', 1.5],
          ['Estimation', 'estimation'],
          ['Moitié du total', 'Moitié du total'],
        ],
      ],
      [
        '2014',
        [
          ['2014', 2014],
          ['≈ 1,5', 1.5],
          ['≈ 3', 3],
          ['Estimation', 'estimation'],
          ['Moitié du total', 'Moitié du total'],
        ],
      ],
      [
        'total',
        [
          ['2013-2014 (total)', '2013-2014 (total)'],
          ['3', 3],
          ['—', null],
          ['Montant annoncé', 'annonce'],
          ['Montant du communiqué', 'Montant du communiqué'],
        ],
      ],
    ]);
  });

  it('writes « près de » before an approximate total', () => {
    const total = fundingTable(fundingSeries(fundingRows()), FR).rows.at(-1);
    expect(total?.cells[1]).toEqual({ display: 'près de 5', raw: 5 });
  });

  it('has no total row without a stated total', () => {
    expect(fundingTable(fundingSeries(TWO_YEARS.slice(1)), FR).rows.map((row) => row.key)).toEqual([
      '2013',
      '2014',
    ]);
  });
});
