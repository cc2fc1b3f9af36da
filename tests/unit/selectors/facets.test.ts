import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters, type RegionScheme } from '../../../src/model/view';
import {
  facetCounts,
  facetLabel,
  facetLabels,
  facetOptions,
  leaders,
  type CategoryCount,
  type FacetData,
} from '../../../src/selectors/facets';
import type { Selection } from '../../../src/selectors/filter-poles';
import { pole, region, theme } from '../../fixtures/rows';

const POLES = [
  pole({
    id: 'cosmetic-valley',
    theme: 'biens-de-consommation',
    region_2013: 'centre',
    region_2016: 'centre-val-de-loire',
    category: 'national',
    year_labelled: 2005,
    evaluation_2012: 'performant',
  }),
  pole({
    id: 's2e2',
    theme: 'energie',
    region_2013: 'centre',
    region_2016: 'centre-val-de-loire',
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
    year_labelled: 2010,
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
    year_labelled: 2005,
    evaluation_2012: 'moins-performant',
  }),
];

const THEMES = [
  theme('numerique', 'Numérique'),
  theme('ecotechnologies', 'Écotechnologies'),
  theme('mer', 'Mer'),
  theme('energie', 'Énergie'),
  theme('biens-de-consommation', 'Biens de consommation'),
];

const REGIONS = [
  region('centre', true, false, 'Centre'),
  region('centre-val-de-loire', false, true, 'Centre-Val de Loire'),
  region('corse', true, true, 'Corse'),
  region('provence-alpes-cote-d-azur', true, true, "Provence-Alpes-Côte d'Azur"),
  region('rhone-alpes', true, false, 'Rhône-Alpes'),
  region('auvergne-rhone-alpes', false, true, 'Auvergne-Rhône-Alpes'),
];

const DATA: FacetData = { poles: POLES, themes: THEMES, regions: REGIONS };

const on = (filters: Partial<Filters> = {}, regionScheme: RegionScheme = '2013'): Selection => ({
  filters: { ...NO_FILTERS, ...filters },
  regionScheme,
});
const pairs = (counts: readonly CategoryCount[]) => counts.map((entry) => [entry.id, entry.count]);
const selected = (counts: readonly CategoryCount[]) =>
  counts.filter((entry) => entry.selected).map((entry) => entry.id);
const ids = (options: readonly { readonly id: string }[]) => options.map((option) => option.id);

describe('facetOptions', () => {
  it('gives the themes in the order of their file, with their labels', () => {
    expect(facetOptions('themes', DATA, '2013')).toEqual(THEMES.map(({ id, label }) => ({ id, label })));
  });

  it('gives the regions of the 2013 map only, in the order of their file', () => {
    expect(ids(facetOptions('regions', DATA, '2013'))).toEqual([
      'centre',
      'corse',
      'provence-alpes-cote-d-azur',
      'rhone-alpes',
    ]);
  });

  it('gives the regions of the 2016 map only, with their labels', () => {
    expect(facetOptions('regions', DATA, '2016')).toEqual([
      { id: 'centre-val-de-loire', label: 'Centre-Val de Loire' },
      { id: 'corse', label: 'Corse' },
      { id: 'provence-alpes-cote-d-azur', label: "Provence-Alpes-Côte d'Azur" },
      { id: 'auvergne-rhone-alpes', label: 'Auvergne-Rhône-Alpes' },
    ]);
  });

  it('gives the three statuses and the three 2012 classes with their French labels', () => {
    expect(facetOptions('categories', DATA, '2013')).toEqual([
      { id: 'mondial', label: 'Mondial' },
      { id: 'a-vocation-mondiale', label: 'À vocation mondiale' },
      { id: 'national', label: 'National' },
    ]);
    expect(facetOptions('evaluations', DATA, '2016')).toEqual([
      { id: 'tres-performant', label: 'Très performant' },
      { id: 'performant', label: 'Performant' },
      { id: 'moins-performant', label: 'Moins performant' },
    ]);
  });

  it('gives each year some pole was labelled in, once, in increasing order, from the data', () => {
    expect(facetOptions('years', DATA, '2013')).toEqual([
      { id: '2005', label: '2005' },
      { id: '2007', label: '2007' },
      { id: '2010', label: '2010' },
    ]);
    expect(facetOptions('years', { ...DATA, poles: [] }, '2013')).toEqual([]);
  });
});

describe('facetCounts of themes', () => {
  const themeCounts = (selection: Selection) =>
    facetCounts(POLES, 'themes', facetOptions('themes', DATA, selection.regionScheme), selection);

  it('counts the poles per theme, largest first, ties in French alphabetical order', () => {
    const counts = themeCounts(on());
    expect(counts.map((entry) => [entry.label, entry.count])).toEqual([
      ['Énergie', 3],
      ['Biens de consommation', 1],
      ['Mer', 1],
      ['Écotechnologies', 0],
      ['Numérique', 0],
    ]);
    expect(selected(counts)).toEqual([]);
  });

  it('ignores the theme filter, so that every theme stays visible, and flags the selected ones', () => {
    const counts = themeCounts(on({ themes: ['energie', 'mer'] }));
    expect(pairs(counts)).toEqual(pairs(themeCounts(on())));
    expect(selected(counts)).toEqual(['energie', 'mer']);
  });

  it('applies the region filter, keeping the themes without a pole at zero', () => {
    expect(pairs(themeCounts(on({ regions: ['centre'] })))).toEqual([
      ['biens-de-consommation', 1],
      ['energie', 1],
      ['ecotechnologies', 0],
      ['mer', 0],
      ['numerique', 0],
    ]);
  });

  it('applies a 2016 region on the 2016 map', () => {
    expect(pairs(themeCounts(on({ regions: ['auvergne-rhone-alpes'] }, '2016'))).slice(0, 2)).toEqual([
      ['energie', 1],
      ['biens-de-consommation', 0],
    ]);
  });

  it('applies the filters on status, year and 2012 class', () => {
    expect(
      pairs(themeCounts(on({ categories: ['national'], years: ['2007'], evaluations: ['tres-performant'] }))),
    ).toEqual([
      ['energie', 1],
      ['biens-de-consommation', 0],
      ['ecotechnologies', 0],
      ['mer', 0],
      ['numerique', 0],
    ]);
  });
});

describe('facetCounts of regions', () => {
  const regionCounts = (selection: Selection) =>
    facetCounts(POLES, 'regions', facetOptions('regions', DATA, selection.regionScheme), selection);

  it('counts the poles per 2013 region, leaving out the regions of 2016 only', () => {
    expect(pairs(regionCounts(on()))).toEqual([
      ['centre', 2],
      ['provence-alpes-cote-d-azur', 2],
      ['rhone-alpes', 1],
      ['corse', 0],
    ]);
  });

  it('counts the poles per 2016 region on the 2016 map', () => {
    expect(pairs(regionCounts(on({}, '2016')))).toEqual([
      ['centre-val-de-loire', 2],
      ['provence-alpes-cote-d-azur', 2],
      ['auvergne-rhone-alpes', 1],
      ['corse', 0],
    ]);
  });

  it('applies the theme filter but ignores the region filter, and flags the selected regions', () => {
    const counts = regionCounts(on({ themes: ['energie'], regions: ['centre'] }));
    expect(pairs(counts)).toEqual([
      ['centre', 1],
      ['provence-alpes-cote-d-azur', 1],
      ['rhone-alpes', 1],
      ['corse', 0],
    ]);
    expect(selected(counts)).toEqual(['centre']);
  });

  it('keeps a region that has poles, at zero, when the theme filter leaves it none', () => {
    expect(pairs(regionCounts(on({ themes: ['mer'] })))).toEqual([
      ['provence-alpes-cote-d-azur', 1],
      ['centre', 0],
      ['corse', 0],
      ['rhone-alpes', 0],
    ]);
  });
});

describe('facetCounts of statuses, years and 2012 classes', () => {
  const counts = (dimension: 'categories' | 'years' | 'evaluations', selection: Selection) =>
    facetCounts(POLES, dimension, facetOptions(dimension, DATA, selection.regionScheme), selection);

  it('counts the poles per status, zero included', () => {
    expect(pairs(counts('categories', on()))).toEqual([
      ['a-vocation-mondiale', 2],
      ['national', 2],
      ['mondial', 1],
    ]);
    expect(pairs(counts('categories', on({ themes: ['mer'] })))).toEqual([
      ['a-vocation-mondiale', 1],
      ['mondial', 0],
      ['national', 0],
    ]);
  });

  it('counts the poles per year labelled, under the other filters only', () => {
    const byYear = counts('years', on({ years: ['2007'], evaluations: ['tres-performant'] }));
    expect(pairs(byYear)).toEqual([
      ['2005', 1],
      ['2007', 1],
      ['2010', 1],
    ]);
    expect(selected(byYear)).toEqual(['2007']);
  });

  it('counts the poles per 2012 class, under the status filter', () => {
    expect(pairs(counts('evaluations', on({ categories: ['national', 'mondial'] })))).toEqual([
      ['moins-performant', 1],
      ['performant', 1],
      ['tres-performant', 1],
    ]);
  });

  it('flags every selected option, even one no pole has under the other filters', () => {
    const byClass = counts('evaluations', on({ themes: ['mer'], evaluations: ['moins-performant'] }));
    expect(byClass.find((entry) => entry.id === 'moins-performant')).toEqual({
      id: 'moins-performant',
      label: 'Moins performant',
      count: 0,
      selected: true,
    });
  });
});

describe('facetLabel and facetLabels', () => {
  it('names an option by its label, and an unknown id by itself', () => {
    const label = facetLabel([{ id: 'mer', label: 'Mer' }]);
    expect([label('mer'), label('inconnu')]).toEqual(['Mer', 'inconnu']);
  });

  it('names the options of every facet, regions of both maps included', () => {
    const label = facetLabels(DATA);
    expect(label('themes', 'energie')).toBe('Énergie');
    expect(label('regions', 'centre')).toBe('Centre');
    expect(label('regions', 'centre-val-de-loire')).toBe('Centre-Val de Loire');
    expect(label('categories', 'a-vocation-mondiale')).toBe('À vocation mondiale');
    expect(label('years', '2005')).toBe('2005');
    expect(label('evaluations', 'tres-performant')).toBe('Très performant');
  });

  it('gives an unknown id as it is, on every facet', () => {
    const label = facetLabels(DATA);
    for (const dimension of ['themes', 'regions', 'categories', 'years', 'evaluations'] as const)
      expect(label(dimension, 'inconnu')).toBe('inconnu');
  });
});

describe('leaders', () => {
  const count = (id: string, n: number): CategoryCount => ({ id, label: id, count: n, selected: false });

  it('gives the single highest count', () => {
    expect(leaders([count('a', 2), count('b', 7), count('c', 3)])).toEqual([count('b', 7)]);
  });

  it('gives every entry tied for the highest count, in their order', () => {
    expect(leaders([count('a', 7), count('b', 7), count('c', 2)]).map((entry) => entry.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('gives nothing when every count is zero, or the list is empty', () => {
    expect(leaders([count('a', 0), count('b', 0)])).toEqual([]);
    expect(leaders([])).toEqual([]);
  });
});
