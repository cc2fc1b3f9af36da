import { describe, expect, it } from 'vitest';
import { headline } from '../../../src/selectors/headline';
import { fundingRow, fundingRows, pole } from '../../fixtures/rows';
import { selectionOf } from '../../fixtures/view';

const POLES = [
  pole({ id: 'cosmetic-valley', theme: 'biens-de-consommation', region_2013: 'centre', members: 300 }),
  pole({ id: 's2e2', theme: 'energie', region_2013: 'centre', members: 130 }),
  pole({ id: 'dream', theme: 'ecotechnologies', region_2013: 'centre', members: null, members_year: null }),
  pole({ id: 'capenergies', theme: 'energie', region_2013: 'provence-alpes-cote-d-azur', members: 90 }),
  pole({ id: 'tenerrdis', theme: 'energie', region_2013: 'rhone-alpes', members: 200 }),
];

describe('headline', () => {
  it('counts every pole, the Centre poles and their members, and gives the stated funding, without filters', () => {
    expect(headline(POLES, fundingRows(), selectionOf({}))).toEqual({
      filtered: false,
      polesInView: 5,
      polesTotal: 5,
      centreInView: 3,
      centreTotal: 3,
      centreMembers: 430,
      centreMembersQualifier: 'aucun',
      centreMembersKnown: 2,
      funding: fundingRow(),
    });
  });

  it('follows the theme filter, keeping the totals', () => {
    const figures = headline(POLES, fundingRows(), selectionOf({ themes: ['energie'] }));
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
    const figures = headline(POLES, fundingRows(), selectionOf({ regions: ['rhone-alpes'] }));
    expect([figures.filtered, figures.polesInView, figures.centreInView, figures.centreMembers]).toEqual([
      true,
      1,
      0,
      0,
    ]);
  });

  it('follows the status, year and 2012 class filters, and a region of the 2016 map', () => {
    const poles = [
      ...POLES.slice(0, 2),
      pole({
        id: 'tenerrdis',
        region_2013: 'rhone-alpes',
        region_2016: 'auvergne-rhone-alpes',
        category: 'mondial',
      }),
    ];
    const mondial = headline(poles, fundingRows(), selectionOf({ categories: ['mondial'] }));
    expect([mondial.filtered, mondial.polesInView, mondial.centreInView]).toEqual([true, 1, 0]);
    const today = headline(poles, fundingRows(), selectionOf({ regions: ['centre-val-de-loire'] }, '2016'));
    expect([today.polesInView, today.centreInView, today.centreMembers]).toEqual([2, 2, 430]);
    const none = headline(
      poles,
      fundingRows(),
      selectionOf({ years: ['2013'], evaluations: ['performant'] }),
    );
    expect([none.filtered, none.polesInView, none.polesTotal]).toEqual([true, 0, 3]);
  });

  it('gives no funding when the funding file is missing or states no total', () => {
    expect(headline(POLES, null, selectionOf({})).funding).toBeNull();
    expect(headline(POLES, fundingRows().slice(1), selectionOf({})).funding).toBeNull();
  });
});
