import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/model/view';
import { facetColumn, indexedCounts, indexedFilter, indexedPairs } from '../../../src/selectors/pole-index';
import { pole } from '../../fixtures/rows';

const POLES = [
  pole({ id: 'a', theme: 'energie', region_2013: 'centre', region_2016: 'cvl', year_labelled: 2005 }),
  pole({ id: 'b', theme: 'energie', region_2013: 'paca', region_2016: 'paca', year_labelled: 2007 }),
  pole({ id: 'c', theme: 'sante', region_2013: 'centre', region_2016: 'cvl', year_labelled: 2005 }),
  pole({ id: 'd', theme: 'sante', region_2013: 'alsace', region_2016: 'grand-est', year_labelled: 2010 }),
];

const selection = (filters: Partial<typeof NO_FILTERS>, regionScheme: '2013' | '2016' = '2013') => ({
  filters: { ...NO_FILTERS, ...filters },
  regionScheme,
});

describe('facetColumn', () => {
  it('codes each pole by its value, in order of first appearance', () => {
    const column = facetColumn(POLES, 'regions', '2016');
    expect(column.values).toEqual(['cvl', 'paca', 'grand-est']);
    expect([...column.codes]).toEqual([0, 1, 0, 2]);
  });
});

describe('indexedFilter', () => {
  it('gives the same array back while nothing filters', () => {
    expect(indexedFilter(POLES, selection({}))).toBe(POLES);
  });

  it('keeps the poles that pass every filter, in order, and the same list for the same selection', () => {
    const kept = indexedFilter(POLES, selection({ themes: ['energie', 'sante'], regions: ['centre'] }));
    expect(kept.map((p) => p.id)).toEqual(['a', 'c']);
    expect(indexedFilter(POLES, selection({ themes: ['energie', 'sante'], regions: ['centre'] }))).toBe(kept);
  });

  it('leaves out the `except` facet and reads regions on the chosen map', () => {
    const view = selection({ themes: ['sante'], regions: ['cvl'] }, '2016');
    expect(indexedFilter(POLES, view).map((p) => p.id)).toEqual(['c']);
    expect(indexedFilter(POLES, view, 'regions').map((p) => p.id)).toEqual(['c', 'd']);
  });

  it('keeps nothing for an id the data does not know', () => {
    expect(indexedFilter(POLES, selection({ themes: ['espace'] }))).toEqual([]);
  });
});

describe('indexedCounts', () => {
  it('counts a facet under every other filter', () => {
    const counts = indexedCounts(POLES, 'themes', selection({ themes: ['energie'], regions: ['centre'] }));
    expect(Object.fromEntries(counts)).toEqual({ energie: 1, sante: 1 });
  });

  it('counts years as strings', () => {
    expect(Object.fromEntries(indexedCounts(POLES, 'years', selection({})))).toEqual({
      '2005': 2,
      '2007': 1,
      '2010': 1,
    });
  });
});

describe('indexedPairs', () => {
  it('counts the poles in view by two facets', () => {
    const pairs = indexedPairs(POLES, 'themes', 'regions', selection({ years: ['2005', '2010'] }));
    expect(Object.fromEntries(pairs)).toEqual({
      'energie\u0000centre': 1,
      'sante\u0000centre': 1,
      'sante\u0000alsace': 1,
    });
  });
});
