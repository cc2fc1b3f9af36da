import { describe, expect, it } from 'vitest';
import { clampCell, nextCell } from '../../../../src/components/charts/cross-tab-keys';

describe('nextCell', () => {
  it('moves one cell with the arrows, and stops at the edges', () => {
    expect(nextCell('ArrowRight', false, [1, 1], 3, 4)).toEqual([1, 2]);
    expect(nextCell('ArrowLeft', false, [1, 1], 3, 4)).toEqual([1, 0]);
    expect(nextCell('ArrowDown', false, [1, 1], 3, 4)).toEqual([2, 1]);
    expect(nextCell('ArrowUp', false, [1, 1], 3, 4)).toEqual([0, 1]);
    expect(nextCell('ArrowRight', false, [1, 3], 3, 4)).toEqual([1, 3]);
    expect(nextCell('ArrowUp', false, [0, 2], 3, 4)).toEqual([0, 2]);
  });

  it('goes to the ends of the row with Home and End, to the corners with Ctrl', () => {
    expect(nextCell('Home', false, [2, 2], 3, 4)).toEqual([2, 0]);
    expect(nextCell('End', false, [2, 0], 3, 4)).toEqual([2, 3]);
    expect(nextCell('Home', true, [2, 2], 3, 4)).toEqual([0, 0]);
    expect(nextCell('End', true, [0, 0], 3, 4)).toEqual([2, 3]);
  });

  it('leaves every other key alone (Enter activates the cell, Tab leaves the table)', () => {
    expect(nextCell('Enter', false, [0, 0], 3, 4)).toBeNull();
    expect(nextCell('Tab', false, [0, 0], 3, 4)).toBeNull();
  });
});

describe('clampCell', () => {
  it('keeps the active cell inside a table that shrank', () => {
    expect(clampCell([5, 7], 3, 4)).toEqual([2, 3]);
    expect(clampCell([1, 1], 3, 4)).toEqual([1, 1]);
    expect(clampCell([1, 1], 0, 0)).toEqual([0, 0]);
  });
});
