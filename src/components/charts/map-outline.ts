import type { Point, Ring } from './map-path';

/** Gives one id to points closer than `tolerance`: neighbouring shapes drawn apart repeat their common border with rounding drift. */
function vertexSnapper(tolerance: number) {
  const points: Point[] = [];
  const grid = new Map<number, number[]>();
  const cell = (value: number) => Math.floor(value / tolerance);
  // Cells keyed by one number: string keys made this the slowest step of drawing the map.
  const key = (cx: number, cy: number) => cx * 65536 + cy;
  const limit = tolerance * tolerance;
  return {
    points,
    id(point: Point): number {
      const [cx, cy] = [cell(point[0]), cell(point[1])];
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const id of grid.get(key(cx + dx, cy + dy)) ?? []) {
            const known = points[id];
            if (known === undefined) continue;
            const [ex, ey] = [known[0] - point[0], known[1] - point[1]];
            if (ex * ex + ey * ey <= limit) return id;
          }
        }
      }
      points.push(point);
      const ids = grid.get(key(cx, cy));
      if (ids === undefined) grid.set(key(cx, cy), [points.length - 1]);
      else ids.push(points.length - 1);
      return points.length - 1;
    },
  };
}

/** Edges of a group that no other ring of the group repeats: its outer border, without the inner ones. */
function borderEdges(rings: readonly (readonly number[])[]): [number, number][] {
  const seen = new Map<number, [number, number]>();
  for (const ring of rings) {
    ring.forEach((from, index) => {
      const to = ring[(index + 1) % ring.length] ?? from;
      if (from === to) return;
      // Fewer than 2^26 points: one number names an edge either way round.
      const key = from < to ? from * 67108864 + to : to * 67108864 + from;
      if (seen.has(key)) seen.delete(key);
      else seen.set(key, [from, to]);
    });
  }
  return [...seen.values()];
}

/** Joins edges end to end into as few polylines as it greedily can. */
function chain(edges: readonly [number, number][]): number[][] {
  const touching = new Map<number, number[]>();
  const touch = (point: number, edge: number) => {
    const known = touching.get(point);
    if (known === undefined) touching.set(point, [edge]);
    else known.push(edge);
  };
  edges.forEach(([a, b], index) => {
    touch(a, index);
    touch(b, index);
  });
  const used = new Set<number>();
  const lines: number[][] = [];
  edges.forEach(([a, b], index) => {
    if (used.has(index)) return;
    used.add(index);
    const line = [a, b];
    for (;;) {
      const end = line[line.length - 1] ?? a;
      const next = (touching.get(end) ?? []).find((candidate) => !used.has(candidate));
      if (next === undefined) break;
      used.add(next);
      const [from, to] = edges[next] ?? [end, end];
      line.push(from === end ? to : from);
    }
    lines.push(line);
  });
  return lines;
}

/**
 * The outline of each group of rings (a region made of departments) as polylines: the edges that no two rings of
 * the group share, with points closer than `tolerance` taken as one across every group.
 */
export function groupOutlines(
  groups: ReadonlyMap<string, readonly Ring[]>,
  tolerance = 0.6,
): Map<string, Point[][]> {
  const snapper = vertexSnapper(tolerance);
  const ids = new Map(
    [...groups].map(([key, rings]) => [key, rings.map((ring) => ring.map((point) => snapper.id(point)))]),
  );
  return new Map(
    [...ids].map(([key, rings]) => [
      key,
      chain(borderEdges(rings)).map((line) => line.map((id): Point => snapper.points[id] ?? [0, 0])),
    ]),
  );
}
