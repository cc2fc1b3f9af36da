import { beforeAll, describe, expect, it } from 'vitest';
import { CARDS } from '../../src/cards';
import type { Dataset } from '../../src/data/dataset';
import { loadDataset, type FileResult } from '../../src/data/load';
import { buildCountsCard } from '../../src/features/national-counts/counts-card';
import { buildFundingCard } from '../../src/features/funding/funding-card';
import { keyFigures } from '../../src/features/headline/key-figures';
import { buildMembershipCard } from '../../src/features/membership/membership-card';
import { buildTimelineCard } from '../../src/features/timeline/timeline-card';
import { sameKey } from '../../src/components/card/last-memo';
import { DEFAULT_CROSS_TAB, DEFAULT_VIEW, NO_FILTERS, type CardView } from '../../src/model/view';
import { facetOptions } from '../../src/selectors/facets';
import { filterPoles, isCentre } from '../../src/selectors/filter-poles';
import { headline } from '../../src/selectors/headline';
import { fetcherFromDisk } from '../fixtures/disk';
import { filtersOf } from '../fixtures/view';
import { FR, FR_OPTIONS, cardOptions } from '../fixtures/i18n';

// The one unit test of the committed data/*.csv: every other unit test builds its own small fixture.

const NBSP = '\u00a0';
const percent = (ratio: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(ratio);

function rowsOf<T>(result: FileResult<T>): readonly T[] {
  if ('issues' in result) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result.rows;
}

let data: Dataset;

beforeAll(async () => {
  const result = await loadDataset(fetcherFromDisk);
  data = {
    poles: rowsOf(result.poles),
    themes: rowsOf(result.themes),
    regions: rowsOf(result.regions),
    sources: rowsOf(result.sources),
    funding: rowsOf(result.funding),
    milestones: rowsOf(result.milestones),
    departements: rowsOf(result.departements),
  };
});

const sum = (values: readonly (string | number | null | undefined)[]) =>
  values.reduce<number>((total, value) => total + (typeof value === 'number' ? value : 0), 0);

describe('the committed data files', () => {
  it('load with no issue', async () => {
    const result = await loadDataset(fetcherFromDisk);
    for (const file of Object.values(result)) expect(file).not.toHaveProperty('issues');
  });

  it('list the 71 poles of the national policy, each once', () => {
    expect(data.poles).toHaveLength(71);
    expect(new Set(data.poles.map((pole) => pole.id)).size).toBe(71);
  });

  it('seat four poles in région Centre, with the members the press release gives (620 in all)', () => {
    const centre = data.poles.filter(isCentre);
    expect(centre.map((pole) => [pole.name, pole.members]).sort()).toEqual(
      [
        ['Cosmetic Valley', 300],
        ['DREAM Eau & Milieux', 80],
        ['Elastopôle', 110],
        ["S2E2 (Sciences et Systèmes de l'Énergie Électrique)", 130],
      ].sort(),
    );
    expect(sum(centre.map((pole) => pole.members))).toBe(620);
  });

  it('quote the press release’s wording of the field of the four Centre poles, and of no other pole', () => {
    const worded = data.poles.filter((pole) => pole.release_field !== null);
    expect(Object.fromEntries(worded.map((pole) => [pole.id, pole.release_field]))).toEqual({
      'cosmetic-valley': 'la Parfumerie-Cosmétique',
      s2e2: 'les technologies de l’électricité intelligente au service de la gestion de l’énergie',
      elastopole: 'les caoutchoucs et polymères',
      dream: 'les écotechnologies relatives à l’eau et ses milieux',
    });
    for (const pole of worded) expect(pole.source_id).toBe('direccte-centre-2014-01-07');
  });

  it('state about 5 000 000 € over 2013-2018, and yearly estimates that add up to it', () => {
    const stated = data.funding.filter((row) => row.status === 'annonce');
    expect(stated).toHaveLength(1);
    expect(stated[0]).toMatchObject({
      amount_eur: 5000000,
      approximate: true,
      period_start: 2013,
      period_end: 2018,
    });
    const estimates = data.funding.filter((row) => row.status === 'estimation');
    expect(estimates.map((row) => row.period_start)).toEqual([2013, 2014, 2015, 2016, 2017, 2018]);
    expect(sum(estimates.map((row) => row.amount_eur))).toBe(5000000);
  });

  it('cite, for every pole, funding row and milestone, a source the sources file lists', () => {
    const known = new Set(data.sources.map((source) => source.id));
    for (const row of [...data.poles, ...data.funding, ...data.milestones]) {
      expect(known.has(row.source_id), `${row.id}: ${row.source_id}`).toBe(true);
    }
  });

  it('give every pole a theme and a 2013 region the other files list', () => {
    const themes = new Set(data.themes.map((theme) => theme.id));
    const regions = new Set(data.regions.filter((region) => region.in_2013).map((region) => region.id));
    for (const pole of data.poles) {
      expect(themes.has(pole.theme), pole.id).toBe(true);
      expect(regions.has(pole.region_2013), pole.id).toBe(true);
    }
  });
});

describe('the committed departments and regions', () => {
  it('list the 101 departments, each code once', () => {
    expect(data.departements).toHaveLength(101);
    expect(new Set(data.departements.map((row) => row.code)).size).toBe(101);
    expect(data.departements.filter((row) => row.code === '2A' || row.code === '2B')).toHaveLength(2);
  });

  it('list every region of both maps: 35 rows, 27 regions in 2013 and 18 in 2016', () => {
    expect(data.regions).toHaveLength(35);
    expect(data.regions.filter((row) => row.in_2013)).toHaveLength(27);
    expect(data.regions.filter((row) => row.in_2016)).toHaveLength(18);
    expect(new Set(data.regions.map((row) => row.id)).size).toBe(35);
  });

  it('group the departments into every region of each map', () => {
    for (const [column, map] of [
      ['region_2013', 'in_2013'],
      ['region_2016', 'in_2016'],
    ] as const) {
      const regions = new Set(data.regions.filter((row) => row[map]).map((row) => row.id));
      expect(new Set(data.departements.map((row) => row[column]))).toEqual(regions);
    }
  });

  it('put the six departments of the Centre in Centre-Val de Loire', () => {
    const centre = data.departements.filter((row) => row.region_2013 === 'centre');
    expect(centre.map((row) => row.code).sort()).toEqual(['18', '28', '36', '37', '41', '45']);
    expect(new Set(centre.map((row) => row.region_2016))).toEqual(new Set(['centre-val-de-loire']));
  });

  it('give the 2016 Centre-Val de Loire the four Centre poles, and the region filter finds them on that map', () => {
    const today = filterPoles(data.poles, {
      filters: { ...DEFAULT_VIEW.filters, regions: ['centre-val-de-loire'] },
      regionScheme: '2016',
    });
    expect(today.map((pole) => pole.id).sort()).toEqual(['cosmetic-valley', 'dream', 'elastopole', 's2e2']);
    expect(today.every(isCentre)).toBe(true);
  });

  it('seat the 71 poles in regions of either map, which the region control lists', () => {
    expect(facetOptions('regions', data, '2013')).toHaveLength(27);
    expect(facetOptions('regions', data, '2016')).toHaveLength(18);
    const map2016 = new Set(facetOptions('regions', data, '2016').map((option) => option.id));
    for (const pole of data.poles) expect(map2016.has(pole.region_2016), pole.id).toBe(true);
  });
});

describe('the cards built on the committed data', () => {
  it('count 71 poles by theme, by region of either map, by status, by year labelled and by 2012 class', () => {
    for (const dimension of ['themes', 'regions', 'categories', 'years', 'evaluations'] as const) {
      for (const regionScheme of ['2013', '2016'] as const) {
        const card = buildCountsCard(dimension, data, { ...DEFAULT_VIEW, regionScheme }, FR_OPTIONS);
        expect(sum(card.table.rows.map((row) => row.cells[1]?.raw)), dimension).toBe(71);
        expect(card.table.caption).toContain(`(71${NBSP}pôles)`);
      }
    }
  });

  it('label the years of the first label from 2005 on, as the data has them', () => {
    const years = facetOptions('years', data, '2013').map((option) => option.id);
    expect(years[0]).toBe('2005');
    expect(years).toEqual([...years].sort());
  });

  it('give Cosmetic Valley the largest share of the Centre’s members', () => {
    const card = buildMembershipCard(data, DEFAULT_VIEW, FR_OPTIONS);
    expect(card.takeaway).toBe(
      `Cosmetic Valley rassemble ${percent(300 / 620)} des adhésions des 4${NBSP}pôles du Centre (300 sur 620 adhésions au total, somme calculée ici ; une entreprise peut adhérer à plusieurs pôles).`,
    );
    expect(card.caveats).toEqual([
      'Le total de 620 adhésions est une somme calculée ici ; une entreprise peut adhérer à plusieurs pôles. La source donne les 4 chiffres, pas leur somme.',
    ]);
    expect(card.footnote).toBeNull();
    expect(card.sources).toEqual([
      `DIRECCTE Centre, «${NBSP}Pôles de compétitivité : nouvelle phase 2013-2018${NBSP}», 7 janvier 2014`,
    ]);
  });

  it('draw the State’s « près de 5 M€ » over six years', () => {
    const card = buildFundingCard(data, DEFAULT_VIEW, FR_OPTIONS);
    expect(card.chart?.kind === 'columns' ? card.chart.total?.label : null).toBe(
      `Total annoncé : près de 5${NBSP}M€`,
    );
    expect(card.chart?.kind === 'columns' ? card.chart.columns.at(-1)?.cumulative : null).toBe(5);
  });

  it('give the four headline figures: 71 poles, 4 in the Centre, 620 members, about 5 M€', () => {
    const figures = keyFigures(headline(data.poles, data.funding, DEFAULT_VIEW), 'DIRECCTE Centre', FR);
    expect(figures.map((figure) => figure.value)).toEqual(['71', '4', '620', `près de 5${NBSP}M€`]);
  });

  it('tell the whole timeline over two slides, neither of them empty', () => {
    const whole = buildTimelineCard(data, DEFAULT_VIEW, FR_OPTIONS).table.rows.length;
    const first = buildTimelineCard(data, DEFAULT_VIEW, cardOptions(FR, [1, 2])).table.rows.length;
    const second = buildTimelineCard(data, DEFAULT_VIEW, cardOptions(FR, [2, 2])).table.rows.length;
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);
    expect(first + second).toBe(whole);
  });

  it('build every card of the dashboard with a takeaway and a source, two poles being compared', () => {
    const view = { ...DEFAULT_VIEW, compared: ['cosmetic-valley', 'systematic'] };
    for (const card of CARDS.values()) {
      const model = card.build(data, view, FR_OPTIONS);
      expect(model.placeholder, card.id).toBe(false);
      expect(model.id, card.id).toBe(card.id);
      expect(model.takeaway.length, card.id).toBeGreaterThan(0);
      expect(model.sources.length, card.id).toBeGreaterThan(0);
      expect(model.sources, card.id).not.toContain('—');
    }
  });
});

describe('the inputs each card declares', () => {
  // A view with something in every part, then the same view with one part changed at a time.
  const base: CardView = {
    filters: filtersOf({ themes: ['energie'] }),
    regionScheme: '2013',
    membersScope: 'centre',
    compared: ['s2e2'],
    crossTab: DEFAULT_CROSS_TAB,
  };
  const variants: Readonly<Record<string, CardView>> = {
    'another theme': { ...base, filters: filtersOf({ themes: ['biotechnologies-et-sante'] }) },
    'no filter': { ...base, filters: NO_FILTERS },
    'the 2016 regions': { ...base, regionScheme: '2016' },
    'every pôle’s members': { ...base, membersScope: 'all' },
    'another comparison': { ...base, compared: ['s2e2', 'cosmetic-valley'] },
    'another cross-tab': { ...base, crossTab: { rows: 'regions', columns: 'categories', share: 'row' } },
  };

  it.each([...CARDS.values()].map((card) => [card.id, card] as const))(
    'name every part of the view that changes the model of « %s »',
    (_id, card) => {
      const model = card.build(data, base, FR_OPTIONS);
      for (const [change, view] of Object.entries(variants)) {
        if (!sameKey(card.inputs(view), card.inputs(base))) continue;
        expect({ change, model: card.build(data, view, FR_OPTIONS) }).toEqual({ change, model });
      }
    },
  );

  it('let a theme tick leave the funding card alone, and change the counts cards', () => {
    const funding = CARDS.get('financement');
    const themes = CARDS.get('themes');
    const tick = variants['another theme'];
    if (funding === undefined || themes === undefined || tick === undefined) throw new Error('missing card');
    expect(sameKey(funding.inputs(tick), funding.inputs(base))).toBe(true);
    expect(sameKey(themes.inputs(tick), themes.inputs(base))).toBe(false);
  });
});
