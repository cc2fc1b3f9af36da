import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/data/cells';
import { parseCsv } from '../../src/data/parse-csv';
import { formatIsoDate } from '../../src/lib/format';
import { initialState, useDashboard } from '../../src/store/store';
import { startUrlSync } from '../../src/store/url-sync';

const AB = ['a', 'b'] as const;

describe('line numbers and delimiters', () => {
  it('counts a line of spaces as a line, so the next record keeps its real line number', () => {
    const result = parseCsv('f.csv', 'a,b\n1,2\n   \n3,4\n', AB);
    expect(result.issues).toEqual([]);
    expect(result.records.map((record) => record.line)).toEqual([2, 4]);
  });

  it('reports a line of bare commas at its own line', () => {
    const result = parseCsv('f.csv', 'a,b,c\n1,2,3\n,,\n4,5\n', ['a', 'b', 'c']);
    expect(result.issues.map((issue) => issue.line)).toEqual([4]);
    expect(result.records.map((record) => record.line)).toEqual([2, 3]);
  });

  it('does not guess the delimiter: a semicolon file is one column wide and misses the others', () => {
    const result = parseCsv('f.csv', 'a;b\n1;2\n', AB);
    expect(result.issues.map((issue) => [issue.line, issue.column])).toEqual([
      [1, 'a'],
      [1, 'b'],
    ]);
  });
});

describe('dates', () => {
  it('rejects a date with the right shape that does not exist', () => {
    expect(v.safeParse(isoDate(), '2014-02-31').success).toBe(false);
    expect(v.safeParse(isoDate(), '2016-02-29').success).toBe(true);
    expect(v.safeParse(isoDate(), '2014-02-29').success).toBe(false);
  });

  it('writes the first of a month as an ordinal', () => {
    expect(formatIsoDate('2014-01-01')).toBe('1er janvier 2014');
    expect(formatIsoDate('2014-01-11')).toBe('11 janvier 2014');
  });
});

describe('history across a change of the member scope', () => {
  let stop: (() => void) | null = null;
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    useDashboard.setState(initialState);
  });
  afterEach(() => {
    stop?.();
    window.history.replaceState(null, '', '/');
  });

  it('goes back to the default scope and keeps the forward entry', async () => {
    stop = startUrlSync(useDashboard, window);
    useDashboard.getState().setMembersScope('all');
    expect(window.location.search).toBe('?adherents=tous');
    await new Promise<void>((resolve) => {
      window.addEventListener('popstate', () => resolve(), { once: true });
      window.history.back();
    });
    expect(window.location.search).toBe('');
    expect(useDashboard.getState().membersScope).toBe('centre');
    await new Promise<void>((resolve) => {
      window.addEventListener('popstate', () => resolve(), { once: true });
      window.history.forward();
    });
    expect(window.location.search).toBe('?adherents=tous');
    expect(useDashboard.getState().membersScope).toBe('all');
  });
});
