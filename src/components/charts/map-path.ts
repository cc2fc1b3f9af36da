export type Point = readonly [number, number];
export type Ring = readonly Point[];

const TOKEN = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[A-Za-z]/g;

/**
 * The closed rings of an SVG path made of moves, line-tos and closes (`M m L l Z z`), in absolute coordinates.
 * Coordinates after a move are implicit line-tos; a relative move after `z` starts from the ring just closed.
 */
export function parsePath(d: string): Ring[] {
  const rings: Point[][] = [];
  let ring: Point[] | null = null;
  let command = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const numbers: number[] = [];
  const tokens = d.match(TOKEN) ?? [];
  for (const token of tokens) {
    if (/^[A-Za-z]$/.test(token)) {
      if (!'MmLlZz'.includes(token)) throw new Error(`commande de tracé non prise en charge\u00a0: ${token}`);
      command = token;
      if (token === 'z' || token === 'Z') {
        x = startX;
        y = startY;
        ring = null;
      }
      continue;
    }
    if (!'MmLl'.includes(command) || command === '') throw new Error(`coordonnée sans tracé\u00a0: ${token}`);
    numbers.push(Number(token));
    if (numbers.length < 2) continue;
    const [dx = 0, dy = 0] = numbers.splice(0, 2);
    const relative = command === 'm' || command === 'l';
    if (command === 'm' || command === 'M') {
      x = relative ? x + dx : dx;
      y = relative ? y + dy : dy;
      [startX, startY] = [x, y];
      ring = [[x, y]];
      rings.push(ring);
      // Pairs after a move's first are line-tos of the same kind.
      command = relative ? 'l' : 'L';
      continue;
    }
    if (ring === null) {
      // A line-to right after a close starts a new ring where the closed one started.
      ring = [[x, y]];
      rings.push(ring);
    }
    x = relative ? x + dx : dx;
    y = relative ? y + dy : dy;
    ring.push([x, y]);
  }
  return rings.filter((points) => points.length > 0);
}

const round = (value: number, digits: number): string => String(Number(value.toFixed(digits)));

/** Absolute path data for rings (`M x,y L … Z` each), rounded to `digits` decimals. */
export function ringsToPath(rings: readonly Ring[], digits = 1): string {
  return rings
    .filter((ring) => ring.length > 0)
    .map((ring) => {
      const points = ring.map(([x, y]) => `${round(x, digits)},${round(y, digits)}`);
      return `M${points[0] ?? ''}${points.length > 1 ? `L${points.slice(1).join(' ')}` : ''}Z`;
    })
    .join('');
}

/** Open polylines as path data (`M x,y L …` each); one that comes back to its start is closed with `Z`. */
export function polylinesToPath(lines: readonly Ring[], digits = 1): string {
  return lines
    .filter((line) => line.length > 1)
    .map((line) => {
      const first = line[0];
      const last = line[line.length - 1];
      const closed = first !== undefined && first[0] === last?.[0] && first[1] === last[1];
      const points = (closed ? line.slice(0, -1) : line).map(
        ([x, y]) => `${round(x, digits)},${round(y, digits)}`,
      );
      return `M${points[0] ?? ''}L${points.slice(1).join(' ')}${closed ? 'Z' : ''}`;
    })
    .join('');
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The smallest box around every point of the rings; an empty box at 0,0 for no point. */
export function boundingBox(rings: readonly Ring[]): Box {
  const points = rings.flat();
  if (points.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}
