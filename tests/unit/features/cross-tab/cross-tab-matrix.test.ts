import { describe, expect, it } from 'vitest';
import {
  crossTabulate,
  formatShown,
  rawShown,
  shownValue,
} from '../../../../src/features/cross-tab/cross-tab-matrix';
import { FR } from '../../../fixtures/i18n';
import { DATA, viewWith } from './fixture';

const ids = (options: readonly { readonly id: string }[]) => options.map((option) => option.id);

describe('crossTabulate', () => {
  it('counts the poles by theme and 2012 class by default, with the totals of each row and column', () => {
    const matrix = crossTabulate(DATA, viewWith(), FR);
    expect(ids(matrix.rows)).toEqual(['energie', 'mer', 'numerique']);
    expect(ids(matrix.columns)).toEqual(['tres-performant', 'performant', 'moins-performant']);
    expect(matrix.counts).toEqual([
      [1, 2, 0],
      [0, 0, 1],
      [0, 1, 0],
    ]);
    expect(matrix.rowTotals).toEqual([3, 1, 1]);
    expect(matrix.columnTotals).toEqual([1, 3, 1]);
    expect(matrix.total).toBe(5);
  });

  it('drops the themes and regions with no pole, and says which', () => {
    const matrix = crossTabulate(DATA, viewWith({ rows: 'regions', columns: 'themes' }), FR);
    expect(ids(matrix.rows)).toEqual(['centre', 'rhone-alpes', 'bretagne']);
    expect(ids(matrix.droppedRows)).toEqual(['limousin']);
    expect(ids(matrix.columns)).toEqual(['energie', 'mer', 'numerique']);
    expect(ids(matrix.droppedColumns)).toEqual(['chimie']);
    expect(matrix.counts).toEqual([
      [2, 0, 0],
      [1, 0, 1],
      [0, 1, 0],
    ]);
  });

  it('keeps the statuses, years and classes with no pole: they have few values', () => {
    const matrix = crossTabulate(
      DATA,
      viewWith({ rows: 'categories', columns: 'years' }, { themes: ['mer'] }),
      FR,
    );
    expect(ids(matrix.rows)).toEqual(['mondial', 'a-vocation-mondiale', 'national']);
    expect(ids(matrix.columns)).toEqual(['2005', '2007', '2010']);
    expect(matrix.counts).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 1],
    ]);
    expect(matrix.droppedRows).toEqual([]);
    expect(matrix.droppedColumns).toEqual([]);
    expect(matrix.total).toBe(1);
  });

  it('counts only the poles of the selection', () => {
    const matrix = crossTabulate(DATA, viewWith({}, { evaluations: ['performant'] }), FR);
    expect(ids(matrix.rows)).toEqual(['energie', 'numerique']);
    expect(matrix.counts).toEqual([
      [0, 2, 0],
      [0, 1, 0],
    ]);
    expect(matrix.total).toBe(3);
  });

  it('places the regions on the map the view follows', () => {
    const matrix = crossTabulate(DATA, viewWith({ rows: 'regions' }, {}, '2016'), FR);
    expect(ids(matrix.rows)).toEqual(['bretagne', 'centre-val-de-loire', 'auvergne-rhone-alpes']);
    expect(matrix.rowTotals).toEqual([1, 2, 2]);
  });

  it('gives an empty table when no pole is selected', () => {
    const matrix = crossTabulate(DATA, viewWith({}, { themes: ['chimie'] }), FR);
    expect(matrix.rows).toEqual([]);
    expect(matrix.total).toBe(0);
    expect(matrix.columnTotals).toEqual([0, 0, 0]);
  });
});

describe('shownValue', () => {
  it('gives the count, or its share of the row or of the column', () => {
    expect(shownValue(2, 3, 4, 'count')).toBe(2);
    expect(shownValue(2, 3, 4, 'row')).toBeCloseTo(2 / 3);
    expect(shownValue(2, 3, 4, 'column')).toBe(0.5);
  });

  it('gives null for a share of nothing', () => {
    expect(shownValue(0, 0, 4, 'row')).toBeNull();
    expect(shownValue(0, 3, 0, 'column')).toBeNull();
  });
});

describe('formatShown and rawShown', () => {
  it('write counts as integers and shares as French percentages, a dash for nothing', () => {
    expect(formatShown(1200, 'count', FR)).toBe('1\u202f200');
    expect(formatShown(2 / 3, 'row', FR)).toBe(
      new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(2 / 3),
    );
    expect(formatShown(null, 'column', FR)).toBe('—');
  });

  it('keep four decimals of a share for the CSV', () => {
    expect(rawShown(2 / 3, 'row')).toBe(0.6667);
    expect(rawShown(7, 'count')).toBe(7);
    expect(rawShown(null, 'row')).toBeNull();
  });
});
