import { describe, expect, it } from 'vitest';
import {
  leaders,
  regionCounts,
  themeCounts,
  type CategoryCount,
} from '../../../src/selectors/category-counts';
import { pole, region, theme } from '../../fixtures/rows';

const POLES = [
  pole({ id: 'cosmetic-valley', theme: 'biens-de-consommation', region_2013: 'centre' }),
  pole({ id: 's2e2', theme: 'energie', region_2013: 'centre' }),
  pole({ id: 'capenergies', theme: 'energie', region_2013: 'provence-alpes-cote-d-azur' }),
  pole({ id: 'mer-paca', theme: 'mer', region_2013: 'provence-alpes-cote-d-azur' }),
  pole({ id: 'tenerrdis', theme: 'energie', region_2013: 'rhone-alpes' }),
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
];

const NO_FILTERS = { themes: [], regions: [] };
const pairs = (counts: readonly CategoryCount[]) => counts.map((entry) => [entry.id, entry.count]);
const selected = (counts: readonly CategoryCount[]) =>
  counts.filter((entry) => entry.selected).map((entry) => entry.id);

describe('themeCounts', () => {
  it('counts the poles per theme, largest first, ties in French alphabetical order', () => {
    const counts = themeCounts(POLES, THEMES, NO_FILTERS);
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
    const counts = themeCounts(POLES, THEMES, { themes: ['energie', 'mer'], regions: [] });
    expect(pairs(counts)).toEqual(pairs(themeCounts(POLES, THEMES, NO_FILTERS)));
    expect(selected(counts)).toEqual(['energie', 'mer']);
  });

  it('applies the region filter, keeping the themes without a pole at zero', () => {
    expect(pairs(themeCounts(POLES, THEMES, { themes: [], regions: ['centre'] }))).toEqual([
      ['biens-de-consommation', 1],
      ['energie', 1],
      ['ecotechnologies', 0],
      ['mer', 0],
      ['numerique', 0],
    ]);
  });
});

describe('regionCounts', () => {
  it('counts the poles per 2013 region, leaving out regions of 2016 only and regions without any pole', () => {
    expect(pairs(regionCounts(POLES, REGIONS, NO_FILTERS))).toEqual([
      ['centre', 2],
      ['provence-alpes-cote-d-azur', 2],
      ['rhone-alpes', 1],
    ]);
  });

  it('applies the theme filter but ignores the region filter, and flags the selected regions', () => {
    const counts = regionCounts(POLES, REGIONS, { themes: ['energie'], regions: ['centre'] });
    expect(pairs(counts)).toEqual([
      ['centre', 1],
      ['provence-alpes-cote-d-azur', 1],
      ['rhone-alpes', 1],
    ]);
    expect(selected(counts)).toEqual(['centre']);
  });

  it('keeps a region that has poles, at zero, when the theme filter leaves it none', () => {
    expect(pairs(regionCounts(POLES, REGIONS, { themes: ['mer'], regions: [] }))).toEqual([
      ['provence-alpes-cote-d-azur', 1],
      ['centre', 0],
      ['rhone-alpes', 0],
    ]);
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
