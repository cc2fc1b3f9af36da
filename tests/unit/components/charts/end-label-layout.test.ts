import { describe, expect, it } from 'vitest';
import {
  endLabelLines,
  endLabelRoom,
  endLabelsFor,
  fitEndLabels,
} from '../../../../src/components/charts/end-label-layout';
import { textWidth } from '../../../../src/lib/text-measure';

const FONT = 13;
// Labels of the membership card with every pôle: a count, its qualifier or unit, the year.
const BARS = [
  { value: 637, valueLabel: '637 · année ?' },
  { value: 600, valueLabel: '600 membres · 2011' },
  { value: 300, valueLabel: 'environ 300 membres · 2009' },
  { value: 200, valueLabel: 'plus de 200 acteurs · 2011' },
  { value: 97, valueLabel: '83 entreprises et 14 établissements · 2011' },
  { value: 60, valueLabel: 'une soixantaine de membres · 2012' },
];
const widest = Math.max(...BARS.map((bar) => textWidth(bar.valueLabel, FONT)));

describe('endLabelLines', () => {
  it('keeps a label that fits on one line as it is', () => {
    expect(endLabelLines('600 membres · 2011', 500, FONT)).toEqual(['600 membres · 2011']);
  });

  it('breaks a long label between words onto two lines, the year with its dot and the mark with its word', () => {
    const label = '83 entreprises et 14 établissements · 2011';
    const room = textWidth(label, FONT) * 0.6;
    const lines = endLabelLines(label, room, FONT);
    expect(lines).toEqual(['83 entreprises et 14', 'établissements · 2011']);
    for (const line of lines ?? []) expect(textWidth(line, FONT)).toBeLessThanOrEqual(room);
    expect(endLabelLines('637 · année ?', textWidth('637 · année', FONT), FONT)).toEqual([
      '637',
      '· année ?',
    ]);
  });

  it('gives nothing when two lines cannot hold the label without cutting a word', () => {
    expect(endLabelLines('83 entreprises et 14 établissements · 2011', 60, FONT)).toBeNull();
  });
});

describe('endLabelRoom', () => {
  it('is what is left right of the bar, past the gap, up to the chart’s edge', () => {
    const frame = { width: 400, axisWidth: 100, rightMargin: 100, fontSize: FONT };
    expect(endLabelRoom(1, frame)).toBe(100 - 6 - 4);
    expect(endLabelRoom(0, frame)).toBe(300 - 6 - 4);
    expect(endLabelRoom(0.5, frame)).toBe(200 - 6 - 4);
  });
});

describe('fitEndLabels', () => {
  it('at a phone’s width, grows the margin until every label fits in its room on at most two lines', () => {
    const frame = { width: 300, axisWidth: 120, fontSize: FONT };
    const start = Math.min(Math.ceil(widest) + 12, 300 * 0.3);
    const { rightMargin, lines } = fitEndLabels(BARS, frame, start, 300 * 0.55);
    expect(rightMargin).toBeGreaterThan(start);
    expect(rightMargin).toBeLessThanOrEqual(300 * 0.55);
    expect(endLabelsFor(BARS, { ...frame, rightMargin })).toEqual(lines);
    lines.forEach((barLines, index) => {
      const bar = BARS[index];
      if (bar === undefined) throw new Error('no bar');
      const room = endLabelRoom(bar.value / 637, { ...frame, rightMargin });
      expect(barLines.length).toBeLessThanOrEqual(2);
      expect(barLines.join(' ')).toBe(bar.valueLabel);
      for (const line of barLines) expect(textWidth(line, FONT)).toBeLessThanOrEqual(room);
    });
    expect(lines[4]).toEqual(['83 entreprises et 14', 'établissements · 2011']);
  });

  it('on a wide chart, keeps the margin of the widest label and every label on one line', () => {
    const start = Math.ceil(widest) + 12;
    const { rightMargin, lines } = fitEndLabels(
      BARS,
      { width: 1300, axisWidth: 300, fontSize: FONT },
      start,
      700,
    );
    expect(rightMargin).toBe(start);
    expect(lines).toEqual(BARS.map((bar) => [bar.valueLabel]));
  });

  it('past its limit, keeps two lines ending with « … » rather than spill out of the chart', () => {
    const { rightMargin, lines } = fitEndLabels(BARS, { width: 120, axisWidth: 54, fontSize: FONT }, 30, 40);
    expect(rightMargin).toBe(40);
    expect(lines.every((barLines) => barLines.length <= 2)).toBe(true);
    expect(lines[4]?.at(-1)).toMatch(/…$/);
  });
});
