import { describe, expect, it } from 'vitest';
import { FILE_IDS } from '../../../../src/data/files';
import { loadDataset } from '../../../../src/data/load';
import { createDashboardStore } from '../../../../src/store/store';
import { fetcherFromDisk, fetcherWith } from '../../../fixtures/disk';

const THEMES_CSV = 'id,label,label_en\nmer,Mer,Sea\n';

describe('data slice: before any load', () => {
  it('has every file loading, without rows', () => {
    const store = createDashboardStore();
    expect(FILE_IDS.map((id) => store.getState().files[id])).toEqual(
      FILE_IDS.map(() => ({ status: 'loading', rows: null })),
    );
  });
});

describe('data slice: load', () => {
  it('marks every file ready with the rows the loader gives', async () => {
    const store = createDashboardStore();
    await store.getState().load(fetcherFromDisk);
    const loaded = await loadDataset(fetcherFromDisk);
    const { files } = store.getState();
    expect(FILE_IDS.map((id) => files[id])).toEqual(
      FILE_IDS.map((id) => ({ status: 'ready', rows: 'rows' in loaded[id] ? loaded[id].rows : null })),
    );
  });

  it('marks files loading while a load runs, keeping the rows loaded before', async () => {
    const store = createDashboardStore();
    await store.getState().load(fetcherFromDisk);
    const earlier = store.getState().files.themes.rows;
    let resolveThemes: (text: string) => void = () => undefined;
    const pending = store
      .getState()
      .load((path) =>
        path === 'data/themes.csv'
          ? new Promise<string>((resolve) => (resolveThemes = resolve))
          : fetcherFromDisk(path),
      );
    expect(store.getState().files.themes).toEqual({ status: 'loading', rows: earlier });
    expect(store.getState().files.poles.status).toBe('loading');
    resolveThemes(THEMES_CSV);
    await pending;
    expect(store.getState().files.themes).toEqual({
      status: 'ready',
      rows: [{ id: 'mer', label: 'Mer', label_en: 'Sea' }],
    });
  });

  it('keeps the earlier rows of a file whose reload fails, with the issue, and loads the others', async () => {
    const store = createDashboardStore();
    await store.getState().load(fetcherFromDisk);
    const earlier = store.getState().files.funding.rows;
    expect(earlier).not.toBeNull();
    await store.getState().load(fetcherWith({ 'data/funding.csv': new Error('HTTP 500') }));
    expect(store.getState().files.funding).toEqual({
      status: 'error',
      rows: earlier,
      issues: [
        {
          file: 'data/funding.csv',
          line: null,
          column: null,
          value: null,
          expected: 'un fichier accessible (échec du téléchargement : HTTP 500)',
        },
      ],
    });
    expect(store.getState().files.poles.status).toBe('ready');
  });

  it('has no rows for a file that fails on the first load', async () => {
    const store = createDashboardStore();
    await store.getState().load(fetcherWith({ 'data/poles.csv': new Error('HTTP 404') }));
    expect(store.getState().files.poles).toEqual({
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

  it('takes the new rows of a reload that succeeds', async () => {
    const store = createDashboardStore();
    await store.getState().load(fetcherFromDisk);
    await store.getState().load(fetcherWith({ 'data/themes.csv': THEMES_CSV }));
    expect(store.getState().files.themes).toEqual({
      status: 'ready',
      rows: [{ id: 'mer', label: 'Mer', label_en: 'Sea' }],
    });
  });
});
