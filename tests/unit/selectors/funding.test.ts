import { describe, expect, it } from 'vitest';
import { fundingSeries } from '../../../src/selectors/funding';
import { fundingRow, fundingRows } from '../../fixtures/rows';

describe('fundingSeries', () => {
  it('gives the stated total and the yearly estimates with their running sum, ending at the total', () => {
    const series = fundingSeries(fundingRows());
    expect(series.total).toEqual(fundingRow());
    expect(series.years.map((year) => [year.year, year.amount, year.cumulative, year.estimate])).toEqual([
      [2013, 833333, 833333, true],
      [2014, 833333, 1666666, true],
      [2015, 833333, 2499999, true],
      [2016, 833333, 3333332, true],
      [2017, 833334, 4166666, true],
      [2018, 833334, 5000000, true],
    ]);
  });

  it('keeps the method of each estimate', () => {
    const rows = [
      fundingRow(),
      fundingRow({ id: 'a', status: 'estimation', period_start: 2013, period_end: 2013, method: 'Moitié' }),
    ];
    expect(fundingSeries(rows).years.map((year) => year.method)).toEqual(['Moitié']);
  });

  it('sorts the years whatever the file order, without changing the rows it is given', () => {
    const reversed = [...fundingRows()].reverse();
    const before = reversed.map((row) => row.id);
    expect(fundingSeries(reversed).years.map((year) => year.year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018,
    ]);
    expect(reversed.map((row) => row.id)).toEqual(before);
  });

  it('gives no total without an « annonce » row, and no years without estimates', () => {
    expect(fundingSeries([])).toEqual({ total: null, years: [] });
    expect(fundingSeries([fundingRow()]).years).toEqual([]);
    expect(fundingSeries(fundingRows().slice(1)).total).toBeNull();
  });
});
