import { describe, expect, it } from 'vitest';
import { groupOutlines } from '../../../../src/components/charts/map-outline';
import type { Point, Ring } from '../../../../src/components/charts/map-path';

const square = (x: number, y: number, size = 1): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

/** Every edge of the polylines, written the same way round whatever their direction. */
const edges = (lines: readonly (readonly Point[])[]): string[] =>
  lines
    .flatMap((line) =>
      line.slice(1).map((point, index) => {
        const from = line[index] ?? point;
        const [a, b] = [from.join(','), point.join(',')].sort();
        return `${a ?? ''}-${b ?? ''}`;
      }),
    )
    .sort();

describe('groupOutlines', () => {
  it('keeps the outer border of a group and drops the edge its two squares share', () => {
    const outlines = groupOutlines(new Map([['region', [square(0, 0), square(1, 0)]]]));
    const lines = outlines.get('region') ?? [];
    expect(edges(lines)).toEqual(['0,0-1,0', '1,0-2,0', '2,0-2,1', '1,1-2,1', '0,1-1,1', '0,0-0,1'].sort());
    // Chained end to end into one closed line.
    expect(lines).toHaveLength(1);
    expect(lines[0]?.[0]).toEqual(lines[0]?.[lines[0].length - 1]);
  });

  it('treats a shared border drawn twice with a little drift as one', () => {
    const drifted: Ring = [
      [1.2, 0.1],
      [2, 0],
      [2, 1],
      [0.9, 0.9],
    ];
    const lines = groupOutlines(new Map([['region', [square(0, 0), drifted]]]), 0.5).get('region') ?? [];
    expect(edges(lines)).not.toContain('1,0-1,1');
    expect(edges(lines)).toHaveLength(6);
  });

  it('keeps the border between two groups in the outline of each', () => {
    const outlines = groupOutlines(
      new Map([
        ['west', [square(0, 0)]],
        ['east', [square(1, 0)]],
      ]),
    );
    expect(edges(outlines.get('west') ?? [])).toContain('1,0-1,1');
    expect(edges(outlines.get('east') ?? [])).toContain('1,0-1,1');
  });
});
