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

/** A number of tenths written short: `-0.5` as `-.5`, `0.5` as `.5`. */
const short = (value: number, scale: number): string => String(value / scale).replace(/^(-?)0\./, '$1.');

/**
 * One subpath: its first point absolute, then each step relative (`M x,y l dx dy …`), from points rounded to `digits`
 * decimals so that rounding errors do not add up; `z` closes it. Relative steps make the map's markup about half as long.
 */
function subpath(points: readonly Point[], closed: boolean, digits: number): string {
  const scale = 10 ** digits;
  const grid = points.map(([x, y]): Point => [Math.round(x * scale), Math.round(y * scale)]);
  const [first] = grid;
  if (first === undefined) return '';
  const numbers: string[] = [];
  grid.slice(1).forEach(([x, y], index) => {
    const [px, py] = grid[index] ?? first;
    numbers.push(short(x - px, scale), short(y - py, scale));
  });
  // A minus sign separates two numbers by itself.
  const steps = numbers
    .map((text, index) => (index > 0 && !text.startsWith('-') ? ` ${text}` : text))
    .join('');
  return `M${short(first[0], scale)},${short(first[1], scale)}${steps === '' ? '' : `l${steps}`}${closed ? 'z' : ''}`;
}

/** Path data for rings, one closed subpath each, rounded to `digits` decimals. */
export function ringsToPath(rings: readonly Ring[], digits = 1): string {
  return rings
    .filter((ring) => ring.length > 0)
    .map((ring) => subpath(ring, true, digits))
    .join('');
}

/** True when a polyline comes back to its start. */
export const isClosed = (line: Ring): boolean => {
  const first = line[0];
  const last = line[line.length - 1];
  return line.length > 2 && first !== undefined && first[0] === last?.[0] && first[1] === last[1];
};

/** Open polylines as path data; one that comes back to its start is closed with `z`. */
export function polylinesToPath(lines: readonly Ring[], digits = 1): string {
  return lines
    .filter((line) => line.length > 1)
    .map((line) => (isClosed(line) ? subpath(line.slice(0, -1), true, digits) : subpath(line, false, digits)))
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
