import type { Point, Ring } from './map-path';

/** Twice the signed area of a ring (shoelace), and its centroid's sums. */
function ringMoments(ring: Ring): { area: number; cx: number; cy: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  ring.forEach(([x0, y0], index) => {
    const [x1, y1] = ring[(index + 1) % ring.length] ?? [x0, y0];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  });
  return { area, cx, cy };
}

/** Area of a ring, whichever way it turns. */
export const ringArea = (ring: Ring): number => Math.abs(ringMoments(ring).area) / 2;

/** Centre of mass of the rings taken as separate pieces (departments side by side); null for no area. */
export function centroid(rings: readonly Ring[]): Point | null {
  let total = 0;
  let x = 0;
  let y = 0;
  for (const ring of rings) {
    const { area, cx, cy } = ringMoments(ring);
    if (area === 0) continue;
    const weight = Math.abs(area);
    total += weight;
    x += (cx / (3 * area)) * weight;
    y += (cy / (3 * area)) * weight;
  }
  return total === 0 ? null : [x / total, y / total];
}

/** Where the horizontal line at `y` crosses the rings, left to right. */
function crossings(rings: readonly Ring[], y: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    ring.forEach(([x0, y0], index) => {
      const [x1, y1] = ring[(index + 1) % ring.length] ?? [x0, y0];
      if (y0 > y !== y1 > y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
    });
  }
  return xs.sort((a, b) => a - b);
}

/** Whether the point is inside the rings, holes and enclaves counting even-odd as the map fills them. */
export function insideRings(point: Point, rings: readonly Ring[]): boolean {
  return crossings(rings, point[1]).filter((x) => x < point[0]).length % 2 === 1;
}

/** The stretches of the line at `y` that lie inside the rings, as [left, right]. */
function insideSpans(rings: readonly Ring[], y: number): [number, number][] {
  const xs = crossings(rings, y);
  const spans: [number, number][] = [];
  for (let index = 0; index + 1 < xs.length; index += 2) spans.push([xs[index] ?? 0, xs[index + 1] ?? 0]);
  return spans;
}

/**
 * Where a region's label goes, from its shapes alone: its centre of mass, moved to the middle of the widest
 * stretch of its row when that centre falls outside (a crescent-shaped region); then `nudge`, in map units.
 */
export function labelPoint(rings: readonly Ring[], nudge: Point = [0, 0]): Point {
  const centre = centroid(rings);
  if (centre === null) return [nudge[0], nudge[1]];
  const y = centre[1];
  let x = centre[0];
  if (!insideRings(centre, rings)) {
    const widest = insideSpans(rings, y).sort((a, b) => b[1] - b[0] - (a[1] - a[0]))[0];
    if (widest !== undefined) x = (widest[0] + widest[1]) / 2;
  }
  return [x + nudge[0], y + nudge[1]];
}
