import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../src/data/schemas';
import { buildFundingCard, fundingCard, fundingColumns } from '../../../../src/features/funding/funding-card';
import { DEFAULT_VIEW, NO_FILTERS, type CardView } from '../../../../src/model/view';
import { fundingSeries } from '../../../../src/selectors/funding';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { fundingRow, fundingRows, source } from '../../../fixtures/rows';
import { datasetOf } from '../dataset-of';
import { EN, FR, FR_OPTIONS, cardOptions } from '../../../fixtures/i18n';

const fr = withFrenchSpaces;

const PRESS_RELEASE: Source = {
  ...source('direccte'),
  publisher: 'DIRECCTE Centre',
  title: 'Pôles de compétitivité',
  date: '2014-01-07',
};
const PRESS_RELEASE_CITATION = 'DIRECCTE Centre, «\u00a0Pôles de compétitivité\u00a0», 7 janvier 2014';

const TITLE = 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)';
const FILTERED: CardView = { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, themes: ['energie'] } };

/** The stated total of 5 000 000 € for 2013-2018 and six yearly estimates that add up to it. */
const DATA = datasetOf({ funding: fundingRows(), sources: [PRESS_RELEASE] });

describe('fundingColumns', () => {
  const spec = fundingColumns(fundingSeries(fundingRows()), FR);

  it('gives one column per year in millions, labelled « ≈ … est. » as an estimate', () => {
    expect(spec.columns.map((column) => [column.label, column.value, column.valueLabel])).toEqual([
      ['2013', 0.833333, '≈ 0,83 est.'],
      ['2014', 0.833333, '≈ 0,83 est.'],
      ['2015', 0.833333, '≈ 0,83 est.'],
      ['2016', 0.833333, '≈ 0,83 est.'],
      ['2017', 0.833334, '≈ 0,83 est.'],
      ['2018', 0.833334, '≈ 0,83 est.'],
    ]);
    expect(spec.estimate).toBe(true);
  });

  it('gives short labels with one decimal for narrow screens, keeping « est. » under each', () => {
    expect(spec.columns.map((column) => column.shortValueLabel)).toEqual(Array(6).fill('≈ 0,8'));
    expect(spec.columns.map((column) => column.shortValueNote)).toEqual(Array(6).fill('est.'));
  });

  it('gives the running sum in millions, approximate (« ≈ ») with one decimal, and « près de 5 » at the stated total', () => {
    expect(spec.columns.map((column) => column.cumulativeLabel)).toEqual([
      '≈ 0,8',
      '≈ 1,7',
      '≈ 2,5',
      '≈ 3,3',
      '≈ 4,2',
      'près de 5',
    ]);
    expect(spec.columns.at(-1)?.cumulative).toBe(5);
  });

  it('draws the stated total as a reference line, « près de » when the source says so', () => {
    expect(spec.total?.value).toBe(5);
    expect(fr(spec.total?.label ?? '')).toBe(fr('Total annoncé : près de 5\u00a0M€'));
  });

  it('says the total without « près de » when it is exact', () => {
    const exact = fundingColumns(
      fundingSeries([fundingRow({ amount_eur: 4_500_000, approximate: false })]),
      FR,
    );
    expect(fr(exact.total?.label ?? '')).toBe(fr('Total annoncé : 4,5\u00a0M€'));
    expect(exact.columns).toEqual([]);
  });

  it('draws no reference line without a stated total', () => {
    expect(fundingColumns(fundingSeries(fundingRows().slice(1)), FR).total).toBeNull();
  });

  it('is a column chart of fixed height', () => {
    expect(spec.kind).toBe('columns');
    expect(spec.height).toBe(320);
  });
});

describe('buildFundingCard', () => {
  const card = buildFundingCard(DATA, DEFAULT_VIEW, FR_OPTIONS);

  it('has its title, in its definition too, with the unit in it', () => {
    expect(card.title).toBe(TITLE);
    expect(fundingCard.title(FILTERED, FR_OPTIONS)).toBe(TITLE);
    expect(fundingCard.needs).toEqual(['funding']);
  });

  it('has no caveat without filters', () => {
    expect(card.caveats).toEqual([]);
  });

  it('warns that the amount does not follow the filters when a filter is on, and draws the same', () => {
    const filtered = buildFundingCard(DATA, FILTERED, FR_OPTIONS);
    expect(filtered.caveats.map(fr)).toEqual([
      fr(
        'Ce montant ne suit pas les filtres : le communiqué ne le ventile ni par pôle ni par thème ; il concerne les 4 pôles du Centre ensemble.',
      ),
    ]);
    expect(filtered.chart).toEqual(card.chart);
    expect(filtered.takeaway).toBe(card.takeaway);
  });

  it('explains the hatched estimate, the running sum and the stated total in its legend', () => {
    expect(card.legend.map((item) => [item.label, item.swatch, item.role])).toEqual([
      [
        'Montant annuel estimé : total réparti à parts égales (la source ne donne que le total)',
        'hatch',
        'estimate',
      ],
      ['Cumul estimé', 'line', 'cumulative'],
      ['Total annoncé par la source', 'dash', 'total'],
    ]);
  });

  it('cites the source of the stated total', () => {
    expect(card.sources).toEqual([PRESS_RELEASE_CITATION]);
  });

  it('cites an unknown source by its id, and nothing without a total', () => {
    expect(buildFundingCard(datasetOf({ funding: fundingRows() }), DEFAULT_VIEW, FR_OPTIONS).sources).toEqual(
      ['direccte'],
    );
    expect(buildFundingCard(datasetOf({}), DEFAULT_VIEW, FR_OPTIONS).sources).toEqual(['—']);
  });

  it('draws the columns and names its exports', () => {
    expect(card.chart?.kind).toBe('columns');
    expect(card.exportName).toBe('financement-etat-poles-centre-2013-2018');
    expect(card.id).toBe('financement');
  });
});

describe('buildFundingCard in English', () => {
  const card = buildFundingCard(DATA, FILTERED, cardOptions(EN));

  it('gives the title and takeaway in English, « près de 5 M€ » as "nearly €5 million"', () => {
    expect(card.title).toBe('State funding for the Centre region’s clusters, 2013-2018 (€ million)');
    expect(fundingCard.title(DEFAULT_VIEW, cardOptions(EN))).toBe(card.title);
    expect(card.takeaway).toBe(
      'The State commits to funding the Centre region’s clusters with nearly €5 million over 2013-2018, or about €0.83 million a year on average (estimate: the source gives no yearly breakdown).',
    );
    expect(card.caveats[0]).toMatch(/^This amount does not follow the filters/);
  });

  it('labels its table, its columns and its total line in English, with English decimals', () => {
    expect(card.table.caption).toBe(card.title);
    expect(card.table.columns.map((column) => column.label)).toEqual([
      'Period',
      'Amount (€ million)',
      'Running total (€ million)',
      'Status',
      'Method',
    ]);
    const first = card.table.rows[0]?.cells.map((c) => c.display);
    expect(first?.slice(0, 4)).toEqual(['2013', '≈ 0.83', '≈ 0.83', 'Estimate']);
    const total = card.table.rows.at(-1)?.cells.map((c) => c.display);
    expect(total?.slice(0, 4)).toEqual(['2013-2018 (total)', 'nearly 5', '—', 'Announced amount']);
    const chart = card.chart?.kind === 'columns' ? card.chart : null;
    expect(chart?.total?.label).toBe('Announced total: nearly €5 million');
    expect(chart?.columns[1]?.valueLabel).toBe('≈ 0.83 est.');
  });

  it('takes the method from the English column of the data', () => {
    const english = buildFundingCard(
      datasetOf({
        funding: [fundingRow({ method: 'Montant', method_en: 'Amount' })],
        sources: [PRESS_RELEASE],
      }),
      DEFAULT_VIEW,
      cardOptions(EN),
    );
    expect(english.table.rows[0]?.cells.at(-1)?.display).toBe('Amount');
  });
});
