import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../../src/components/charts/chart-spec';
import { dateLines, entriesThatFit, timelineLayout } from '../../../../src/components/charts/timeline-layout';

const entry = (id: string, when: string, label: string): TimelineEntry => ({
  id,
  when,
  label,
  aboutPole: false,
});

const SHORT = entry('court', '14 septembre 2004', 'Lancement');
const LONG_LABEL = entry(
  'long',
  '5 juillet 2007',
  'Cinq nouveaux pôles sont labellisés par le comité interministériel, ce qui porte le total à soixante et onze pôles au niveau national',
);
const PERIOD = entry('periode', '2 décembre 2004 – 28 février 2005', 'Appel');

const FONT = 13;
const LINE = FONT * 1.3;
const GAP = FONT * 0.7;

describe('dateLines', () => {
  it('keeps a date on one line', () => {
    expect(dateLines('14 septembre 2004')).toEqual(['14 septembre 2004']);
  });

  it('keeps a short period on one line', () => {
    expect(dateLines('2013 – 2018')).toEqual(['2013 – 2018']);
  });

  it('writes a long period on two lines, start then end', () => {
    expect(dateLines('2 décembre 2004 – 28 février 2005')).toEqual(['2 décembre 2004 –', '28 février 2005']);
  });
});

describe('timelineLayout', () => {
  it('gives a one-line entry one line of height', () => {
    const [row] = timelineLayout([SHORT], 600, FONT).rows;
    expect(row?.lines).toEqual(['Lancement']);
    expect((row?.bottom ?? 0) - (row?.y ?? 0)).toBeCloseTo(LINE + GAP);
  });

  it('wraps a long label on two lines at most, ending it with « … », and grows the row', () => {
    const [row] = timelineLayout([LONG_LABEL], 600, FONT).rows;
    expect(row?.lines).toHaveLength(2);
    expect(row?.lines[1]?.endsWith('…')).toBe(true);
    expect((row?.bottom ?? 0) - (row?.y ?? 0)).toBeCloseTo(2 * LINE + GAP);
  });

  it('grows the row of a period written on two lines', () => {
    const [row] = timelineLayout([PERIOD], 600, FONT).rows;
    expect(row?.dates).toEqual(['2 décembre 2004 –', '28 février 2005']);
    expect((row?.bottom ?? 0) - (row?.y ?? 0)).toBeCloseTo(2 * LINE + GAP);
  });

  it('stacks the rows one under the other, and is as high as they are', () => {
    const layout = timelineLayout([SHORT, LONG_LABEL, PERIOD], 600, FONT);
    const [first, second, third] = layout.rows;
    expect(first?.y).toBe(FONT);
    expect(second?.y).toBe(first?.bottom);
    expect(third?.y).toBe(second?.bottom);
    expect(layout.height).toBe(Math.ceil(third?.bottom ?? 0));
  });

  it('puts the labels right of a date column at most 42 % of the width', () => {
    const wide = timelineLayout([PERIOD], 1000, FONT);
    expect(wide.labelX).toBeCloseTo(wide.dateWidth + FONT * 2.2);
    expect(timelineLayout([PERIOD], 100, FONT).dateWidth).toBe(42);
  });
});

describe('entriesThatFit', () => {
  const many = Array.from({ length: 20 }, (_, index) =>
    entry(`e${index}`, `${2000 + index}`, `Jalon ${index}`),
  );
  const rowHeight = LINE + GAP;

  it('keeps every entry without a limit or when they fit', () => {
    expect(entriesThatFit(many, 600, FONT, null)).toBe(20);
    expect(entriesThatFit(many, 600, FONT, timelineLayout(many, 600, FONT).height)).toBe(20);
  });

  it('keeps the entries that end above the room left for the line listing the rest', () => {
    const maxHeight = 200;
    const room = maxHeight - FONT * 2.8;
    expect(entriesThatFit(many, 600, FONT, maxHeight)).toBe(Math.floor((room - FONT) / rowHeight));
  });

  it('keeps at least one entry', () => {
    expect(entriesThatFit(many, 600, FONT, 10)).toBe(1);
  });
});
