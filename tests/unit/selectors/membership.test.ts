import { describe, expect, it } from 'vitest';
import { membership } from '../../../src/selectors/membership';
import { pole } from '../../fixtures/rows';

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

const NO_FILTERS = { themes: [], regions: [] };
const ids = (rows: readonly { readonly id: string }[]) => rows.map((row) => row.id);

describe('membership in the Centre scope', () => {
  it('gives the Centre poles with a known count, largest first, as shares of one comparable total', () => {
    const result = membership(POLES, NO_FILTERS, 'centre');
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
    const result = membership(POLES, NO_FILTERS, 'centre');
    expect(ids(result.unknown)).toEqual(['dream']);
    expect(ids(result.bars)).not.toContain('dream');
  });

  it('keeps the Centre scope under a theme filter', () => {
    const result = membership(POLES, { themes: ['energie'], regions: [] }, 'centre');
    expect(result.bars.map((bar) => [bar.id, bar.members, bar.share])).toEqual([['s2e2', 130, 1]]);
    expect(result.total).toBe(130);
  });

  it('gives an empty, comparable view when no pole matches', () => {
    expect(membership(POLES, { themes: ['mer'], regions: ['centre'] }, 'centre')).toEqual({
      bars: [],
      unknown: [],
      total: 0,
      comparable: true,
      years: [],
    });
  });
});

describe('membership of every pole', () => {
  it('marks counts from several sources or years as not comparable, and gives no share', () => {
    const result = membership(POLES, NO_FILTERS, 'all');
    expect(result.comparable).toBe(false);
    expect(result.bars.map((bar) => bar.share)).toEqual([null, null, null, null]);
    expect(result.total).toBe(830);
    expect(result.years).toEqual([2011, 2012, 2014]);
  });

  it('sorts equal counts by name in French order, and flags the Centre poles', () => {
    const result = membership(POLES, NO_FILTERS, 'all');
    expect(result.bars.map((bar) => [bar.id, bar.members, bar.centre])).toEqual([
      ['cosmetic-valley', 300, true],
      ['capenergies', 200, false],
      ['tenerrdis', 200, false],
      ['s2e2', 130, true],
    ]);
  });

  it('carries the doubt the data notes on a count', () => {
    const bars = membership(POLES, { themes: [], regions: ['rhone-alpes'] }, 'all').bars;
    expect(bars.map((bar) => bar.doubt)).toEqual(['Chiffre du site du pôle']);
  });

  it('follows the filters', () => {
    const result = membership(POLES, { themes: ['energie'], regions: [] }, 'all');
    expect(ids(result.bars)).toEqual(['capenergies', 'tenerrdis', 's2e2']);
    expect(result.unknown).toEqual([]);
  });

  it('treats counts of one source but different years as not comparable', () => {
    const poles = [
      pole({ id: 'a', members: 10, members_year: 2013 }),
      pole({ id: 'b', members: 20, members_year: 2014 }),
    ];
    expect(membership(poles, NO_FILTERS, 'all').comparable).toBe(false);
  });
});
