import { describe, expect, it } from 'vitest';
import { membership } from '../../../src/selectors/membership';
import { pole } from '../../fixtures/rows';
import { selectionOf } from '../../fixtures/view';

/** Two Centre poles counted by the same press release, one without a count, and two poles elsewhere from other sources. */
const POLES = [
  pole({ id: 's2e2', name: 'S2E2', theme: 'energie', region_2013: 'centre', members: 130 }),
  pole({ id: 'cosmetic-valley', name: 'Cosmetic Valley', region_2013: 'centre', members: 300 }),
  pole({ id: 'dream', name: 'DREAM', region_2013: 'centre', members: null, members_year: null }),
  pole({
    id: 'tenerrdis',
    name: 'Tenerrdis',
    theme: 'energie',
    region_2013: 'rhone-alpes',
    members: 200,
    members_year: 2011,
    source_id: 'fiche-tenerrdis',
    doubt: 'Chiffre du site du pôle',
  }),
  pole({
    id: 'capenergies',
    name: 'Capenergies',
    theme: 'energie',
    region_2013: 'provence-alpes-cote-d-azur',
    members: 200,
    members_year: 2012,
    source_id: 'fiche-capenergies',
  }),
];

const ids = (rows: readonly { readonly id: string }[]) => rows.map((row) => row.id);

describe('membership in the Centre scope', () => {
  it('gives the Centre poles with a known count, largest first, as shares of one comparable total', () => {
    const result = membership(POLES, selectionOf({}), 'centre');
    expect(result.bars.map((bar) => [bar.id, bar.members, bar.year, bar.centre, bar.sourceId])).toEqual([
      ['cosmetic-valley', 300, 2014, true, 'direccte'],
      ['s2e2', 130, 2014, true, 'direccte'],
    ]);
    expect(result.total).toBe(430);
    expect(result.comparable).toBe(true);
    expect(result.years).toEqual([2014]);
    expect(result.bars.map((bar) => bar.share)).toEqual([300 / 430, 130 / 430]);
  });

  it('lists a Centre pole whose count is unknown apart, never as a zero bar', () => {
    const result = membership(POLES, selectionOf({}), 'centre');
    expect(ids(result.unknown)).toEqual(['dream']);
    expect(ids(result.bars)).not.toContain('dream');
  });

  it('keeps the Centre scope under a theme filter', () => {
    const result = membership(POLES, selectionOf({ themes: ['energie'] }), 'centre');
    expect(result.bars.map((bar) => [bar.id, bar.members, bar.share])).toEqual([['s2e2', 130, 1]]);
    expect(result.total).toBe(130);
  });

  it('gives an empty, comparable view when no pole matches', () => {
    expect(membership(POLES, selectionOf({ themes: ['mer'], regions: ['centre'] }), 'centre')).toEqual({
      bars: [],
      unknown: [],
      total: 0,
      totalQualifier: 'aucun',
      comparable: true,
      years: [],
    });
  });
});

describe('membership of every pole', () => {
  it('marks counts from several sources or years as not comparable, and gives no share', () => {
    const result = membership(POLES, selectionOf({}), 'all');
    expect(result.comparable).toBe(false);
    expect(result.bars.map((bar) => bar.share)).toEqual([null, null, null, null]);
    expect(result.total).toBe(830);
    expect(result.years).toEqual([2011, 2012, 2014]);
  });

  it('sorts equal counts by name in French order, and flags the Centre poles', () => {
    const result = membership(POLES, selectionOf({}), 'all');
    expect(result.bars.map((bar) => [bar.id, bar.members, bar.centre])).toEqual([
      ['cosmetic-valley', 300, true],
      ['capenergies', 200, false],
      ['tenerrdis', 200, false],
      ['s2e2', 130, true],
    ]);
  });

  it('carries the doubt the data notes on a count', () => {
    const bars = membership(POLES, selectionOf({ regions: ['rhone-alpes'] }), 'all').bars;
    expect(bars.map((bar) => bar.doubt)).toEqual(['Chiffre du site du pôle']);
  });

  it('follows the filters', () => {
    const result = membership(POLES, selectionOf({ themes: ['energie'] }), 'all');
    expect(ids(result.bars)).toEqual(['capenergies', 'tenerrdis', 's2e2']);
    expect(result.unknown).toEqual([]);
  });

  it('follows the filters on status, year labelled and 2012 class', () => {
    const poles = [...POLES.slice(0, 3), pole({ ...POLES[3], category: 'mondial', year_labelled: 2007 })];
    expect(ids(membership(poles, selectionOf({ categories: ['mondial'] }), 'all').bars)).toEqual([
      'tenerrdis',
    ]);
    expect(ids(membership(poles, selectionOf({ years: ['2007'] }), 'centre').bars)).toEqual([]);
    expect(ids(membership(poles, selectionOf({ evaluations: ['performant'] }), 'centre').bars)).toEqual([
      'cosmetic-valley',
      's2e2',
    ]);
  });

  it('keeps the Centre scope on the 2013 Centre whatever the map of the region filter', () => {
    const poles = [
      ...POLES.slice(0, 2),
      pole({ id: 'bourges', region_2013: 'bretagne', region_2016: 'centre-val-de-loire', members: 50 }),
    ];
    const today = membership(poles, selectionOf({ regions: ['centre-val-de-loire'] }, '2016'), 'centre');
    expect(ids(today.bars)).toEqual(['cosmetic-valley', 's2e2']);
    const all = membership(poles, selectionOf({ regions: ['centre-val-de-loire'] }, '2016'), 'all');
    expect(ids(all.bars)).toEqual(['cosmetic-valley', 's2e2', 'bourges']);
  });

  it('treats counts of one source but different years as not comparable', () => {
    const poles = [
      pole({ id: 'a', members: 10, members_year: 2013 }),
      pole({ id: 'b', members: 20, members_year: 2014 }),
    ];
    expect(membership(poles, selectionOf({}), 'all').comparable).toBe(false);
  });
});
