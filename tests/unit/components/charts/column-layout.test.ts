import { describe, expect, it } from 'vitest';
import { dashboardFrame, slideFrame } from '../../../../src/components/card/card-frame';
import type { ColumnsSpec } from '../../../../src/components/charts/chart-spec';
import { columnLayout } from '../../../../src/components/charts/column-layout';

const column = (year: number, value: number, cumulative: number) => ({
  id: String(year),
  label: String(year),
  value,
  valueLabel: String(value),
  shortValueLabel: String(value),
  shortValueNote: 'est.',
  cumulative,
  cumulativeLabel: String(cumulative),
});

const SPEC: ColumnsSpec = {
  kind: 'columns',
  columns: [column(2013, 1.5, 1.5), column(2014, 1.5, 3), column(2015, 1.2, 4.2)],
  estimate: true,
  total: { value: 5, label: 'Total annoncé : 5\u00a0M€' },
  height: 320,
};

const DASHBOARD = dashboardFrame('light', () => '');

describe('columnLayout', () => {
  it('tops the value axis at a whole number above the stated total', () => {
    expect(columnLayout(SPEC, 800, DASHBOARD).top).toBe(6);
  });

  it('tops the value axis above the running sum when it passes the total, or when there is none', () => {
    expect(columnLayout({ ...SPEC, total: { value: 3, label: '' } }, 800, DASHBOARD).top).toBe(5);
    expect(columnLayout({ ...SPEC, total: null }, 800, DASHBOARD).top).toBe(5);
  });

  it('writes the short value labels when the chart is narrower than 38 characters’ worth', () => {
    expect(columnLayout(SPEC, 13 * 38 - 1, DASHBOARD).narrow).toBe(true);
    expect(columnLayout(SPEC, 13 * 38, DASHBOARD).narrow).toBe(false);
  });

  it('takes its own height on the dashboard and the room left on a slide', () => {
    expect(columnLayout(SPEC, 800, DASHBOARD).height).toBe(320);
    expect(
      columnLayout(
        SPEC,
        800,
        slideFrame('light', () => '', 1080),
      ).height,
    ).toBe(780);
  });

  it('keeps two lines of the font size under the columns', () => {
    expect(columnLayout(SPEC, 800, DASHBOARD).axisHeight).toBeCloseTo(13 * 3.4);
  });
});
