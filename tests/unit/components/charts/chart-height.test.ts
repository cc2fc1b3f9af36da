import { describe, expect, it } from 'vitest';
import { dashboardFrame, slideFrame } from '../../../../src/components/card/card-frame';
import { barChartHeight } from '../../../../src/components/charts/bar-layout';
import { chartHeight } from '../../../../src/components/charts/chart-height';
import type { ColumnsSpec, CrossTabSpec, HorizontalBar } from '../../../../src/components/charts/chart-spec';
import { timelineLayout } from '../../../../src/components/charts/timeline-layout';

const DASHBOARD = dashboardFrame('light', () => '');
const SLIDE = slideFrame('light', () => '', 1080);

const bar = (index: number): HorizontalBar => ({
  id: String(index),
  label: String(index),
  value: index,
  valueLabel: String(index),
  tone: 'base',
});

const COLUMNS: ColumnsSpec = { kind: 'columns', columns: [], estimate: true, total: null, height: 320 };

describe('chartHeight', () => {
  it('gives a bar chart the height of its rows at the frame’s row height', () => {
    const spec = {
      kind: 'bars',
      bars: Array.from({ length: 10 }, (_, index) => bar(index)),
      select: null,
    } as const;
    expect(chartHeight(spec, DASHBOARD)).toBe(barChartHeight(10, 34));
    expect(chartHeight(spec, DASHBOARD)).toBe(356);
    expect(chartHeight(spec, SLIDE)).toBe(416);
  });

  it('gives a column chart its own height, or the room a slide leaves', () => {
    expect(chartHeight(COLUMNS, DASHBOARD)).toBe(320);
    expect(chartHeight(COLUMNS, SLIDE)).toBe(780);
  });

  it('gives a timeline the height of its laid-out rows', () => {
    const entries = [
      { id: 'a', when: '2004', label: 'Lancement', aboutPole: false },
      { id: 'b', when: '2005', label: 'Premiers labels', aboutPole: false },
    ];
    const height = chartHeight({ kind: 'timeline', entries }, DASHBOARD);
    expect(height).toBe(timelineLayout(entries, 900, 13).height);
    expect(height).toBe(Math.ceil(13 + 2 * (13 * 1.3 + 13 * 0.7)));
  });
});

describe('chartHeight of a cross-tab', () => {
  const crossTab = (rows: number): CrossTabSpec => ({
    kind: 'crosstab',
    caption: 'Pôles',
    rowsLabel: 'Thème',
    columnsLabel: 'Évaluation 2012',
    columns: [],
    rows: Array.from({ length: rows }, (_, index) => ({
      id: String(index),
      label: '',
      cells: [],
      total: '',
    })),
    columnTotals: [],
    total: '0',
  });

  it('holds a row height for each row, the two header rows, the totals and the caption', () => {
    expect(chartHeight(crossTab(13), DASHBOARD)).toBe(17 * 34);
  });

  it('keeps within the room a slide leaves', () => {
    expect(chartHeight(crossTab(30), SLIDE)).toBe(780);
  });
});
