import { describe, expect, it } from 'vitest';
import { departementShapes, regionShapes } from '../../../../src/components/charts/map-geometry';
import { insideRings } from '../../../../src/components/charts/map-labels';
import { MAP_FRAME } from '../../../../src/components/charts/map-layout';

// The package's own shapes, not a data file: what the chart draws must be checked against them.
describe('regionShapes on the map package', () => {
  it('has the 96 departments of mainland France and Corsica, by INSEE code', () => {
    const codes = [...departementShapes().keys()];
    expect(codes).toHaveLength(96);
    expect(codes).toContain('2A');
    expect(codes).toContain('2B');
    expect(codes).not.toContain('20');
    for (const rings of departementShapes().values()) {
      for (const [x, y] of rings.flat()) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(MAP_FRAME.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(MAP_FRAME.height);
      }
    }
  });

  it('puts the label of every department, taken as a region of its own, inside it', () => {
    const regions = [...departementShapes().keys()].map((code) => ({ id: code, departements: [code] }));
    const shapes = regionShapes(regions);
    const outside = regions
      .filter(({ id }) => {
        const shape = shapes.get(id);
        return shape === undefined || !insideRings(shape.label, departementShapes().get(id) ?? []);
      })
      .map(({ id }) => id);
    expect(outside).toEqual([]);
  });

  it('draws a region from its departments, with one outline, and none for a region off the map', () => {
    const shapes = regionShapes([
      { id: 'bretagne', departements: ['22', '29', '35', '56'] },
      { id: 'la-reunion', departements: ['974'] },
    ]);
    const bretagne = shapes.get('bretagne');
    expect(shapes.has('la-reunion')).toBe(false);
    // Its fill is its outer border (the mainland and its islands), not its departments' 4 outlines.
    expect(bretagne?.path).toBe(bretagne?.outline);
    expect(bretagne?.path.match(/M/g)?.length).toBeGreaterThanOrEqual(1);
    expect(bretagne?.box.x).toBeLessThan(60);
    const rings = ['22', '29', '35', '56'].flatMap((code) => departementShapes().get(code) ?? []);
    expect(bretagne !== undefined && insideRings(bretagne.label, rings)).toBe(true);
    // The same regions give the same shapes, computed once.
    expect(
      regionShapes([
        { id: 'bretagne', departements: ['22', '29', '35', '56'] },
        { id: 'la-reunion', departements: ['974'] },
      ]),
    ).toBe(shapes);
  });
});
