import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, useDashboard } from '../../src/store/store';
import { fetcherFromDisk, fetcherWith } from '../fixtures/disk';

const state = () => useDashboard.getState();

beforeEach(() => {
  useDashboard.setState(initialState);
});

describe('store: filters', () => {
  it('starts without filters, on the Centre member scope, with every file loading', () => {
    expect(state().filters).toEqual({ themes: [], regions: [] });
    expect(state().membersScope).toBe('centre');
    expect(state().ignoredIds).toEqual([]);
    expect(Object.values(state().files).map((file) => file.status)).toEqual([
      'loading',
      'loading',
      'loading',
      'loading',
      'loading',
      'loading',
    ]);
  });

  it('toggles an id on and off, keeping ids sorted', () => {
    state().toggleFilter('themes', 'mer');
    state().toggleFilter('themes', 'energie');
    expect(state().filters).toEqual({ themes: ['energie', 'mer'], regions: [] });
    state().toggleFilter('themes', 'mer');
    expect(state().filters).toEqual({ themes: ['energie'], regions: [] });
  });

  it('keeps the two dimensions apart', () => {
    state().toggleFilter('regions', 'centre');
    state().toggleFilter('themes', 'energie');
    expect(state().filters).toEqual({ themes: ['energie'], regions: ['centre'] });
  });

  it('removes an id, and does nothing for an absent one', () => {
    state().setFilters({ themes: ['energie', 'mer'], regions: ['centre'] });
    state().removeFilter('themes', 'mer');
    state().removeFilter('regions', 'bretagne');
    expect(state().filters).toEqual({ themes: ['energie'], regions: ['centre'] });
  });

  it('sorts and deduplicates the filters it is given', () => {
    state().setFilters({ themes: ['mer', 'energie', 'mer'], regions: ['centre', 'bretagne', 'centre'] });
    expect(state().filters).toEqual({ themes: ['energie', 'mer'], regions: ['bretagne', 'centre'] });
  });

  it('resets both dimensions, leaving the member scope', () => {
    state().setFilters({ themes: ['energie'], regions: ['centre'] });
    state().setMembersScope('all');
    state().resetFilters();
    expect(state().filters).toEqual({ themes: [], regions: [] });
    expect(state().membersScope).toBe('all');
  });
});

describe('store: load', () => {
  it('marks every file ready with its rows', async () => {
    await state().load(fetcherFromDisk);
    const files = state().files;
    expect([files.poles.status, files.poles.rows?.length]).toEqual(['ready', 71]);
    expect([files.themes.status, files.themes.rows?.length]).toEqual(['ready', 13]);
    expect([files.funding.status, files.funding.rows?.length]).toEqual(['ready', 7]);
  });

  it('marks files loading while a load runs, keeping rows loaded before', async () => {
    await state().load(fetcherFromDisk);
    let resolveThemes: (text: string) => void = () => undefined;
    const pending = state().load((path) =>
      path === 'data/themes.csv'
        ? new Promise<string>((resolve) => (resolveThemes = resolve))
        : fetcherFromDisk(path),
    );
    expect(state().files.themes).toEqual({ status: 'loading', rows: expect.any(Array) });
    expect(state().files.themes.rows).toHaveLength(13);
    resolveThemes('id,label\nmer,Mer\n');
    await pending;
    expect(state().files.themes).toEqual({ status: 'ready', rows: [{ id: 'mer', label: 'Mer' }] });
  });

  it('keeps the earlier rows of a file whose reload fails, with the issue', async () => {
    await state().load(fetcherFromDisk);
    await state().load(fetcherWith({ 'data/funding.csv': new Error('HTTP 500') }));
    const funding = state().files.funding;
    expect(funding.status).toBe('error');
    expect(funding.rows).toHaveLength(7);
    expect(funding.status === 'error' ? funding.issues.map((issue) => issue.expected) : []).toEqual([
      'un fichier accessible (échec du téléchargement : HTTP 500)',
    ]);
    expect(state().files.poles.status).toBe('ready');
  });

  it('has no rows for a file that fails on the first load', async () => {
    await state().load(fetcherWith({ 'data/poles.csv': new Error('HTTP 404') }));
    expect(state().files.poles).toEqual({
      status: 'error',
      rows: null,
      issues: [
        {
          file: 'data/poles.csv',
          line: null,
          column: null,
          value: null,
          expected: 'un fichier accessible (échec du téléchargement : HTTP 404)',
        },
      ],
    });
  });
});
