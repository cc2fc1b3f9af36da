/** A cell of the cross-tab's body: its row and column, from 0. */
export type CellPosition = readonly [row: number, column: number];

/**
 * Where a key moves the focus among the cells (one tab stop for the whole table, arrows inside it, as in a data
 * grid): arrows by one cell, Home and End to the ends of the row, with Ctrl to the first and last cells.
 * Null for any other key, so that it keeps its usual effect.
 */
export function nextCell(
  key: string,
  ctrl: boolean,
  [row, column]: CellPosition,
  rows: number,
  columns: number,
): CellPosition | null {
  const last = (count: number) => Math.max(0, count - 1);
  switch (key) {
    case 'ArrowRight':
      return [row, Math.min(column + 1, last(columns))];
    case 'ArrowLeft':
      return [row, Math.max(column - 1, 0)];
    case 'ArrowDown':
      return [Math.min(row + 1, last(rows)), column];
    case 'ArrowUp':
      return [Math.max(row - 1, 0), column];
    case 'Home':
      return ctrl ? [0, 0] : [row, 0];
    case 'End':
      return ctrl ? [last(rows), last(columns)] : [row, last(columns)];
    default:
      return null;
  }
}

/** The active cell kept inside the table when its size changes (other dimensions, other filters). */
export const clampCell = ([row, column]: CellPosition, rows: number, columns: number): CellPosition => [
  Math.min(row, Math.max(0, rows - 1)),
  Math.min(column, Math.max(0, columns - 1)),
];
