import { describe, expect, it } from 'vitest';
import * as scales from '../../../src/lib/recharts-scales';

// What Recharts finds when it looks up a scale by name (vite.config.ts points its d3-scale import here).
const byName = (name: string): unknown => Object.entries(scales).find(([key]) => key === name)?.[1];

describe('the d3 scales the charts carry', () => {
  it('are d3’s own linear, band and point scales', () => {
    expect(scales.scaleLinear().domain([0, 300]).range([0, 600])(130)).toBe(260);
    expect(scales.scaleBand().domain(['a', 'b']).range([0, 100]).bandwidth()).toBe(50);
    expect(scales.scalePoint().domain(['a', 'b', 'c']).range([0, 100])('b')).toBe(50);
  });

  it('stand in for every other scale Recharts can be asked for, and say so rather than draw it wrongly', () => {
    for (const name of [
      'log',
      'pow',
      'sqrt',
      'identity',
      'time',
      'utc',
      'ordinal',
      'quantile',
      'quantize',
      'sequential',
      'threshold',
    ]) {
      const scale = byName(`scale${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`);
      if (typeof scale !== 'function') throw new Error(`no stand-in for ${name}`);
      expect((): unknown => Reflect.apply(scale, undefined, []), name).toThrow(
        /left out of the charts' bundle/,
      );
    }
  });
});
