import { describe, expect, it } from 'vitest';
import type { FileState } from '../../../src/data/dataset';
import type { DataIssue } from '../../../src/data/issue';
import { readiness } from '../../../src/selectors/readiness';

describe('readiness', () => {
  const issue: DataIssue = {
    file: 'data/poles.csv',
    line: 3,
    column: 'members',
    value: '12a',
    expected: 'un nombre entier',
  };
  const loading: FileState<number> = { status: 'loading', rows: null };
  const reloading: FileState<number> = { status: 'loading', rows: [1] };
  const ready: FileState<number> = { status: 'ready', rows: [1, 2] };
  const failed: FileState<number> = { status: 'error', issues: [issue], rows: null };
  const failedKeepingRows: FileState<number> = { status: 'error', issues: [issue], rows: [1] };

  it('is ready, without issues, when every file is ready', () => {
    expect(readiness([ready, ready])).toEqual({ status: 'ready', issues: [] });
  });

  it('is ready when no file is needed', () => {
    expect(readiness([])).toEqual({ status: 'ready', issues: [] });
  });

  it('is loading while a file has no rows yet', () => {
    expect(readiness([ready, loading])).toEqual({ status: 'loading' });
  });

  it('stays ready during a reload that keeps the earlier rows', () => {
    expect(readiness([ready, reloading])).toEqual({ status: 'ready', issues: [] });
  });

  it('is in error, with the issues, when a file failed and has no rows', () => {
    expect(readiness([ready, failed])).toEqual({ status: 'error', issues: [issue] });
  });

  it('prefers error to loading', () => {
    expect(readiness([loading, failed])).toEqual({ status: 'error', issues: [issue] });
  });

  it('is ready but carries the issues when a failed reload kept the earlier rows', () => {
    expect(readiness([ready, failedKeepingRows])).toEqual({ status: 'ready', issues: [issue] });
  });

  it('gathers the issues of every failed file, in order', () => {
    const other: DataIssue = { ...issue, file: 'data/themes.csv' };
    expect(readiness([{ status: 'error', issues: [other], rows: [1] }, failed])).toEqual({
      status: 'error',
      issues: [other, issue],
    });
  });
});
