import { describe, expect, it } from 'vitest';
import { headline } from '../../../src/selectors/headline';
import { fundingRow, fundingRows, pole } from '../../fixtures/rows';

const POLES = [
  pole({ id: 'cosmetic-valley', theme: 'biens-de-consommation', region_2013: 'centre', members: 300 }),
  pole({ id: 's2e2', theme: 'energie', region_2013: 'centre', members: 130 }),
  pole({ id: 'dream', theme: 'ecotechnologies', region_2013: 'centre', members: null, members_year: null }),
  pole({ id: 'capenergies', theme: 'energie', region_2013: 'provence-alpes-cote-d-azur', members: 90 }),
  pole({ id: 'tenerrdis', theme: 'energie', region_2013: 'rhone-alpes', members: 200 }),
];

describe('headline', () => {
  it('counts every pole, the Centre poles and their members, and gives the stated funding, without filters', () => {
    expect(headline(POLES, fundingRows(), { themes: [], regions: [] })).toEqual({
      filtered: false,
      polesInView: 5,
      polesTotal: 5,
      centreInView: 3,
      centreTotal: 3,
      centreMembers: 430,
      centreMembersKnown: 2,
      funding: fundingRow(),
    });
  });

  it('follows the theme filter, keeping the totals', () => {
    const figures = headline(POLES, fundingRows(), { themes: ['energie'], regions: [] });
    expect([
      figures.filtered,
      figures.polesInView,
      figures.polesTotal,
      figures.centreInView,
      figures.centreTotal,
      figures.centreMembers,
      figures.centreMembersKnown,
    ]).toEqual([true, 3, 5, 1, 3, 130, 1]);
  });

  it('gives no Centre pole for another region', () => {
    const figures = headline(POLES, fundingRows(), { themes: [], regions: ['rhone-alpes'] });
    expect([figures.filtered, figures.polesInView, figures.centreInView, figures.centreMembers]).toEqual([
      true,
      1,
      0,
      0,
    ]);
  });

  it('gives no funding when the funding file is missing or states no total', () => {
    expect(headline(POLES, null, { themes: [], regions: [] }).funding).toBeNull();
    expect(headline(POLES, fundingRows().slice(1), { themes: [], regions: [] }).funding).toBeNull();
  });
});
