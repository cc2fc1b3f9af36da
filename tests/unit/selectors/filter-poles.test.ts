import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters, type RegionScheme } from '../../../src/model/view';
import {
  CENTRE_REGION,
  filterPoles,
  isCentre,
  poleValue,
  type Selection,
} from '../../../src/selectors/filter-poles';
import { pole } from '../../fixtures/rows';

const POLES = [
  pole({
    id: 'cosmetic-valley',
    theme: 'biens-de-consommation',
    region_2013: 'centre',
    category: 'national',
    year_labelled: 2005,
    evaluation_2012: 'performant',
  }),
  pole({
    id: 's2e2',
    theme: 'energie',
    region_2013: 'centre',
    category: 'national',
    year_labelled: 2007,
    evaluation_2012: 'tres-performant',
  }),
  pole({
    id: 'capenergies',
    theme: 'energie',
    region_2013: 'provence-alpes-cote-d-azur',
    region_2016: 'provence-alpes-cote-d-azur',
    category: 'a-vocation-mondiale',
    year_labelled: 2005,
    evaluation_2012: 'tres-performant',
  }),
  pole({
    id: 'mer-paca',
    theme: 'mer',
    region_2013: 'provence-alpes-cote-d-azur',
    region_2016: 'provence-alpes-cote-d-azur',
    category: 'a-vocation-mondiale',
    year_labelled: 2005,
    evaluation_2012: 'tres-performant',
  }),
  pole({
    id: 'tenerrdis',
    theme: 'energie',
    region_2013: 'rhone-alpes',
    region_2016: 'auvergne-rhone-alpes',
    category: 'mondial',
    year_labelled: 2010,
    evaluation_2012: 'moins-performant',
  }),
];

const ids = (poles: readonly { readonly id: string }[]) => poles.map((entry) => entry.id);
const on = (filters: Partial<Filters>, regionScheme: RegionScheme = '2013'): Selection => ({
  filters: { ...NO_FILTERS, ...filters },
  regionScheme,
});

describe('poleValue', () => {
  const tenerrdis = POLES[4] ?? pole();

  it('gives the theme, the status and the 2012 class as the data writes them', () => {
    expect(poleValue(tenerrdis, 'themes', '2013')).toBe('energie');
    expect(poleValue(tenerrdis, 'categories', '2013')).toBe('mondial');
    expect(poleValue(tenerrdis, 'evaluations', '2013')).toBe('moins-performant');
  });

  it('gives the year labelled as text, the way the address writes it', () => {
    expect(poleValue(tenerrdis, 'years', '2013')).toBe('2010');
  });

  it('gives the region on the map asked for', () => {
    expect(poleValue(tenerrdis, 'regions', '2013')).toBe('rhone-alpes');
    expect(poleValue(tenerrdis, 'regions', '2016')).toBe('auvergne-rhone-alpes');
  });

  it('gives the same value on both maps for every facet but the region', () => {
    for (const dimension of ['themes', 'categories', 'years', 'evaluations'] as const)
      expect(poleValue(tenerrdis, dimension, '2016')).toBe(poleValue(tenerrdis, dimension, '2013'));
  });
});

describe('filterPoles', () => {
  it('keeps every pole, in order, without filters', () => {
    expect(ids(filterPoles(POLES, on({})))).toEqual(ids(POLES));
  });

  it('keeps the poles of a theme', () => {
    expect(ids(filterPoles(POLES, on({ themes: ['energie'] })))).toEqual([
      's2e2',
      'capenergies',
      'tenerrdis',
    ]);
  });

  it('keeps the poles seated in a region of 2013', () => {
    expect(ids(filterPoles(POLES, on({ regions: ['centre'] })))).toEqual(['cosmetic-valley', 's2e2']);
  });

  it('does not match the regions of 2016 on the 2013 map', () => {
    expect(filterPoles(POLES, on({ regions: ['centre-val-de-loire'] }))).toEqual([]);
    expect(filterPoles(POLES, on({ regions: ['auvergne-rhone-alpes'] }))).toEqual([]);
  });

  it('matches the regions of 2016 on the 2016 map, and no longer those of 2013', () => {
    expect(ids(filterPoles(POLES, on({ regions: ['centre-val-de-loire'] }, '2016')))).toEqual([
      'cosmetic-valley',
      's2e2',
    ]);
    expect(ids(filterPoles(POLES, on({ regions: ['auvergne-rhone-alpes'] }, '2016')))).toEqual(['tenerrdis']);
    expect(filterPoles(POLES, on({ regions: ['rhone-alpes'] }, '2016'))).toEqual([]);
  });

  it('keeps the poles of a status', () => {
    expect(ids(filterPoles(POLES, on({ categories: ['a-vocation-mondiale'] })))).toEqual([
      'capenergies',
      'mer-paca',
    ]);
    expect(ids(filterPoles(POLES, on({ categories: ['mondial', 'a-vocation-mondiale'] })))).toEqual([
      'capenergies',
      'mer-paca',
      'tenerrdis',
    ]);
  });

  it('keeps the poles labelled in the years given', () => {
    expect(ids(filterPoles(POLES, on({ years: ['2007', '2010'] })))).toEqual(['s2e2', 'tenerrdis']);
    expect(filterPoles(POLES, on({ years: ['2006'] }))).toEqual([]);
  });

  it('keeps the poles of a 2012 class', () => {
    expect(ids(filterPoles(POLES, on({ evaluations: ['tres-performant'] })))).toEqual([
      's2e2',
      'capenergies',
      'mer-paca',
    ]);
  });

  it('combines the values of one dimension with OR and the dimensions with AND', () => {
    expect(filterPoles(POLES, on({ themes: ['energie', 'mer'] }))).toHaveLength(4);
    expect(
      ids(filterPoles(POLES, on({ themes: ['energie', 'mer'], regions: ['provence-alpes-cote-d-azur'] }))),
    ).toEqual(['capenergies', 'mer-paca']);
    expect(
      ids(
        filterPoles(
          POLES,
          on({
            themes: ['energie', 'mer'],
            regions: ['provence-alpes-cote-d-azur'],
            categories: ['a-vocation-mondiale'],
            years: ['2005'],
            evaluations: ['tres-performant'],
          }),
        ),
      ),
    ).toEqual(['capenergies', 'mer-paca']);
    expect(filterPoles(POLES, on({ themes: ['mer'], years: ['2007'] }))).toEqual([]);
  });

  it('keeps nothing for an id that no pole has', () => {
    expect(filterPoles(POLES, on({ themes: ['inconnu'] }))).toEqual([]);
    expect(filterPoles(POLES, on({ categories: ['inconnu'] }))).toEqual([]);
  });

  it('leaves out the facet named by `except`, and only that one', () => {
    const selection = on({ themes: ['energie'], evaluations: ['tres-performant'] });
    expect(ids(filterPoles(POLES, selection))).toEqual(['s2e2', 'capenergies']);
    expect(ids(filterPoles(POLES, selection, 'themes'))).toEqual(['s2e2', 'capenergies', 'mer-paca']);
    expect(ids(filterPoles(POLES, selection, 'evaluations'))).toEqual(['s2e2', 'capenergies', 'tenerrdis']);
    expect(ids(filterPoles(POLES, selection, 'years'))).toEqual(['s2e2', 'capenergies']);
  });

  it('takes a whole card view as its selection', () => {
    const view = {
      filters: { ...NO_FILTERS, regions: ['centre-val-de-loire'] },
      regionScheme: '2016',
      membersScope: 'all',
      compared: ['tenerrdis'],
    } as const;
    expect(ids(filterPoles(POLES, view))).toEqual(['cosmetic-valley', 's2e2']);
  });
});

describe('isCentre', () => {
  it('is true for a pole seated in région Centre as it was in 2013', () => {
    expect(CENTRE_REGION).toBe('centre');
    expect(isCentre(pole({ region_2013: 'centre' }))).toBe(true);
  });

  it('is false for a pole seated elsewhere in 2013, whatever its 2016 region', () => {
    expect(isCentre(pole({ region_2013: 'bretagne', region_2016: 'centre-val-de-loire' }))).toBe(false);
  });
});
