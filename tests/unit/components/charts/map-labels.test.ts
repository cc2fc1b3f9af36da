import { describe, expect, it } from 'vitest';
import { centroid, insideRings, labelPoint, ringArea } from '../../../../src/components/charts/map-labels';
import type { Ring } from '../../../../src/components/charts/map-path';

const rect = (x: number, y: number, width: number, height: number): Ring => [
  [x, y],
  [x + width, y],
  [x + width, y + height],
  [x, y + height],
];

/** A « C » open to the right: its centre of mass falls in the gap, outside the shape. */
const crescent: Ring = [
  [0, 0],
  [10, 0],
  [10, 2],
  [2, 2],
  [2, 8],
  [10, 8],
  [10, 10],
  [0, 10],
];

describe('ringArea and centroid', () => {
  it('measures a ring whichever way it turns', () => {
    expect(ringArea(rect(0, 0, 4, 3))).toBe(12);
    expect(ringArea([...rect(0, 0, 4, 3)].reverse())).toBe(12);
  });

  it('weighs each piece by its area', () => {
    expect(centroid([rect(0, 0, 2, 2)])).toEqual([1, 1]);
    // A 2x2 square and a 6x2 rectangle: three quarters of the weight is in the second.
    expect(centroid([rect(0, 0, 2, 2), rect(2, 0, 6, 2)])).toEqual([4, 1]);
  });

  it('has no centre without area', () => {
    expect(centroid([])).toBeNull();
    expect(
      centroid([
        [
          [0, 0],
          [1, 1],
        ],
      ]),
    ).toBeNull();
  });
});

describe('insideRings', () => {
  it('counts even-odd, so that a hole or an enclave is outside', () => {
    const withHole = [rect(0, 0, 10, 10), rect(4, 4, 2, 2)];
    expect(insideRings([1, 1], withHole)).toBe(true);
    expect(insideRings([5, 5], withHole)).toBe(false);
    expect(insideRings([11, 5], withHole)).toBe(false);
  });
});

describe('labelPoint', () => {
  it('puts the label at the centre of mass when it falls inside', () => {
    expect(labelPoint([rect(0, 0, 4, 2)])).toEqual([2, 1]);
  });

  it('moves it to the middle of the widest stretch of its row when the centre falls outside', () => {
    const centre = centroid([crescent]);
    expect(centre !== null && insideRings(centre, [crescent])).toBe(false);
    const point = labelPoint([crescent]);
    expect(insideRings(point, [crescent])).toBe(true);
    expect(point).toEqual([1, centre?.[1]]);
  });

  it('adds a nudge, in map units', () => {
    expect(labelPoint([rect(0, 0, 4, 2)], [1, -0.5])).toEqual([3, 0.5]);
  });
});
