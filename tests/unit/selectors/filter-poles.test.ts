import { describe, expect, it } from 'vitest';
import { CENTRE_REGION, filterPoles, isCentre } from '../../../src/selectors/filter-poles';
import { pole } from '../../fixtures/rows';

const POLES = [
  pole({ id: 'cosmetic-valley', theme: 'biens-de-consommation', region_2013: 'centre' }),
  pole({ id: 's2e2', theme: 'energie', region_2013: 'centre' }),
  pole({ id: 'capenergies', theme: 'energie', region_2013: 'provence-alpes-cote-d-azur' }),
  pole({ id: 'mer-paca', theme: 'mer', region_2013: 'provence-alpes-cote-d-azur' }),
  pole({
    id: 'tenerrdis',
    theme: 'energie',
    region_2013: 'rhone-alpes',
    region_2016: 'auvergne-rhone-alpes',
  }),
];

const ids = (poles: readonly { readonly id: string }[]) => poles.map((entry) => entry.id);

describe('filterPoles', () => {
  it('keeps every pole, in order, without filters', () => {
    expect(ids(filterPoles(POLES, { themes: [], regions: [] }))).toEqual(ids(POLES));
  });

  it('keeps the poles of a theme', () => {
    expect(ids(filterPoles(POLES, { themes: ['energie'], regions: [] }))).toEqual([
      's2e2',
      'capenergies',
      'tenerrdis',
    ]);
  });

  it('keeps the poles seated in a region of 2013', () => {
    expect(ids(filterPoles(POLES, { themes: [], regions: ['centre'] }))).toEqual(['cosmetic-valley', 's2e2']);
  });

  it('does not match the regions of 2016', () => {
    expect(filterPoles(POLES, { themes: [], regions: ['centre-val-de-loire'] })).toEqual([]);
    expect(filterPoles(POLES, { themes: [], regions: ['auvergne-rhone-alpes'] })).toEqual([]);
  });

  it('combines the values of one dimension with OR and the dimensions with AND', () => {
    expect(filterPoles(POLES, { themes: ['energie', 'mer'], regions: [] })).toHaveLength(4);
    expect(
      ids(filterPoles(POLES, { themes: ['energie', 'mer'], regions: ['provence-alpes-cote-d-azur'] })),
    ).toEqual(['capenergies', 'mer-paca']);
  });

  it('keeps nothing for an id that no pole has', () => {
    expect(filterPoles(POLES, { themes: ['inconnu'], regions: [] })).toEqual([]);
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
