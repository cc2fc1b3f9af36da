import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  parsePath,
  polylinesToPath,
  ringsToPath,
} from '../../../../src/components/charts/map-path';

describe('parsePath', () => {
  it('reads a relative move followed by implicit relative line-tos, as the map package writes them', () => {
    expect(parsePath('m 10,20 5,0 0,5 -5,0 z')).toEqual([
      [
        [10, 20],
        [15, 20],
        [15, 25],
        [10, 25],
      ],
    ]);
  });

  it('starts a relative move after a close from the start of the ring just closed', () => {
    expect(parsePath('m 10,10 1,0 z m 5,5 1,0 z')).toEqual([
      [
        [10, 10],
        [11, 10],
      ],
      [
        [15, 15],
        [16, 15],
      ],
    ]);
  });

  it('reads absolute moves and line-tos, numbers without separators and exponents', () => {
    expect(parsePath('M1 2L3-4 5e1,.5Z')).toEqual([
      [
        [1, 2],
        [3, -4],
        [50, 0.5],
      ],
    ]);
  });

  it('starts a new ring where the closed one started when a line-to follows a close', () => {
    expect(parsePath('M0,0 L2,0 Z l0,3')).toEqual([
      [
        [0, 0],
        [2, 0],
      ],
      [
        [0, 0],
        [0, 3],
      ],
    ]);
  });

  it('refuses curves and numbers without a command, rather than drawing a wrong shape', () => {
    expect(() => parsePath('m 0,0 c 1,1 2,2 3,3')).toThrow('commande de tracé non prise en charge\u00a0: c');
    expect(() => parsePath('1,2')).toThrow('coordonnée sans tracé');
    expect(() => parsePath('m 0,0 z 1,2')).toThrow('coordonnée sans tracé');
  });

  it('gives no ring for an empty path', () => {
    expect(parsePath('')).toEqual([]);
  });
});

describe('ringsToPath and polylinesToPath', () => {
  it('writes rings from their first point, then in relative steps between rounded points, one closed subpath each', () => {
    expect(
      ringsToPath([
        [
          [0.04, 1.25],
          [2, 0],
          [2, 2.06],
        ],
        [[5, 5]],
      ]),
    ).toBe('M0,1.3l2-1.3 0 2.1zM5,5z');
  });

  it('closes a polyline that comes back to its start, and leaves an open one open', () => {
    expect(
      polylinesToPath([
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
        [
          [5, 5],
          [6, 5],
        ],
        [[9, 9]],
      ]),
    ).toBe('M0,0l1 0 0 1zM5,5l1 0');
  });
});

describe('relative steps', () => {
  it('lands on each rounded point, with no drift however many steps', () => {
    const ring = Array.from({ length: 200 }, (_, index): [number, number] => [
      index * 0.37,
      100 - index * 0.29,
    ]);
    const back = parsePath(ringsToPath([ring]))[0] ?? [];
    expect(back).toHaveLength(200);
    back.forEach(([x, y], index) => {
      expect(x).toBeCloseTo(Math.round(index * 3.7) / 10, 9);
      expect(y).toBeCloseTo(Math.round(1000 - index * 2.9) / 10, 9);
    });
  });
});

describe('boundingBox', () => {
  it('spans every point of every ring', () => {
    expect(
      boundingBox([
        [
          [1, 2],
          [4, 3],
        ],
        [[-1, 6]],
      ]),
    ).toEqual({ x: -1, y: 2, width: 5, height: 4 });
  });

  it('is empty at the origin without points', () => {
    expect(boundingBox([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
