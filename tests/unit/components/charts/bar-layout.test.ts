import { describe, expect, it } from 'vitest';
import { dashboardFrame, slideFrame } from '../../../../src/components/card/card-frame';
import {
  BAR_ROW_HEIGHT,
  barChartHeight,
  barLayout,
  moreRowsText,
  rowsThatFit,
} from '../../../../src/components/charts/bar-layout';
import type { HorizontalBar } from '../../../../src/components/charts/chart-spec';
import { textWidth } from '../../../../src/lib/text-measure';

const bar = (index: number, valueLabel = String(index)): HorizontalBar => ({
  id: `b${index}`,
  label: `Barre ${index}`,
  value: index,
  valueLabel,
  tone: 'base',
});
const bars = (count: number) => Array.from({ length: count }, (_, index) => bar(index + 1));

const DASHBOARD = dashboardFrame('light', () => 'Filtres : aucun');
/** 1080 pixels high: the chart gets 780. */
const SLIDE = slideFrame('light', () => 'Filtres : aucun', 1080);

describe('barChartHeight', () => {
  it('gives each row its height plus a margin', () => {
    expect(barChartHeight(4)).toBe(4 * BAR_ROW_HEIGHT + 16);
    expect(barChartHeight(10, 40)).toBe(416);
  });

  it('never goes below 120 pixels, so that an empty or short chart keeps its place', () => {
    expect(barChartHeight(0)).toBe(120);
    expect(barChartHeight(3)).toBe(120);
  });
});

describe('rowsThatFit', () => {
  it('keeps every row without a height limit, or when they fit', () => {
    expect(rowsThatFit(30, 34, null, 40)).toBe(30);
    expect(rowsThatFit(10, 34, 356, 40)).toBe(10);
  });

  it('keeps the rows that fit once the list of the others has its room', () => {
    expect(rowsThatFit(30, 40, 500, 84)).toBe(10);
  });

  it('keeps at least one row', () => {
    expect(rowsThatFit(30, 40, 50, 84)).toBe(1);
  });
});

describe('barLayout on the dashboard', () => {
  it('keeps the base row height and draws every bar', () => {
    const layout = barLayout(bars(30), 800, DASHBOARD);
    expect(layout.rowHeight).toBe(34);
    expect(layout.shown).toBe(30);
    expect(layout.height).toBe(barChartHeight(30, 34));
  });

  it('gives the labels 40 % of a narrow chart and 34 % of a wide one', () => {
    expect(barLayout(bars(3), 400, DASHBOARD).axisWidth).toBe(160);
    expect(barLayout(bars(3), 600, DASHBOARD).axisWidth).toBe(204);
  });

  it('bounds the labels’ room between 9 and 17 characters’ worth of the font size', () => {
    expect(barLayout(bars(3), 200, DASHBOARD).axisWidth).toBe(13 * 9);
    expect(barLayout(bars(3), 1200, DASHBOARD).axisWidth).toBe(13 * 17);
  });

  it('leaves room right of the bars for the longest value label, at most 30 % of the width where it fits so', () => {
    const labelled = [bar(1, '1\u202f300 (48 %)'), bar(2, '80')];
    const wide = barLayout(labelled, 1000, DASHBOARD);
    expect(wide.rightMargin).toBe(Math.ceil(textWidth('1\u202f300 (48 %)', 13)) + 12);
    expect(wide.valueLines).toEqual([['1\u202f300 (48 %)'], ['80']]);
  });

  it('on a phone, gives a long value label more room and two lines rather than cut it, never past 55 % of the width', () => {
    const long = [bar(97, '83 entreprises et 14 établissements · 2011'), bar(60, '60 · 2012')];
    const narrow = barLayout(long, 340, DASHBOARD);
    expect(narrow.rightMargin).toBeGreaterThan(340 * 0.3);
    expect(narrow.rightMargin).toBeLessThanOrEqual(340 * 0.55);
    expect(narrow.valueLines[0]).toHaveLength(2);
    expect(narrow.valueLines[0]?.join(' ')).toBe('83 entreprises et 14 établissements · 2011');
    expect(narrow.valueLines[1]).toEqual(['60 · 2012']);
    expect(barLayout(long, 100, DASHBOARD).rightMargin).toBeCloseTo(55);
  });

  it('leaves room for four digits even when the labels are shorter', () => {
    expect(barLayout([bar(1, '1')], 1000, DASHBOARD).rightMargin).toBe(Math.ceil(textWidth('0000', 13)) + 12);
  });
});

describe('barLayout on a slide', () => {
  it('makes few rows thicker to use the room, up to four times the font size', () => {
    const layout = barLayout(bars(3), 1200, SLIDE);
    expect(layout.rowHeight).toBe(96);
    expect(layout.shown).toBe(3);
    expect(layout.height).toBe(3 * 96 + 16);
  });

  it('fills the height with a middling number of rows', () => {
    const layout = barLayout(bars(12), 1200, SLIDE);
    expect(layout.rowHeight).toBe(Math.floor((780 - 16) / 12));
    expect(layout.shown).toBe(12);
    expect(layout.height).toBeLessThanOrEqual(780);
  });

  it('keeps the slide row height for many rows and counts out those that do not fit', () => {
    const layout = barLayout(bars(30), 1200, SLIDE);
    expect(layout.rowHeight).toBe(40);
    expect(layout.shown).toBe(Math.floor((780 - 16 - 24 * 2.8) / 40));
    expect(layout.shown).toBe(17);
    expect(layout.height).toBeLessThanOrEqual(780);
  });

  it('sizes the labels on the slide font', () => {
    expect(barLayout(bars(3), 1200, SLIDE).axisWidth).toBe(24 * 17);
    expect(barLayout(bars(3), 300, SLIDE).axisWidth).toBe(24 * 9);
  });
});

describe('moreRowsText', () => {
  it('says nothing when every bar is drawn', () => {
    expect(moreRowsText(bars(3), 3)).toBeNull();
  });

  it('lists one hidden bar in the singular', () => {
    expect(moreRowsText(bars(3), 2)).toBe('+ 1 autre : Barre 3 (3)');
  });

  it('lists up to six hidden bars with their value', () => {
    expect(moreRowsText(bars(8), 2)).toBe(
      '+ 6 autres : Barre 3 (3), Barre 4 (4), Barre 5 (5), Barre 6 (6), Barre 7 (7), Barre 8 (8)',
    );
  });

  it('sends to the table beyond six', () => {
    expect(moreRowsText(bars(30), 17)).toBe(
      '+ 13 autres : Barre 18 (18), Barre 19 (19), Barre 20 (20), Barre 21 (21), Barre 22 (22), Barre 23 (23), etc. (voir le tableau)',
    );
  });
});
