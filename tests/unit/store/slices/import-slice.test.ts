import { describe, expect, it } from 'vitest';
import { keyValueStorage } from '../../../../src/data/import-storage';
import { createDashboardStore } from '../../../../src/store/store';
import { fetcherFromDisk, readProjectFile } from '../../../fixtures/disk';
import { memoryStore, refusingStore } from '../../../fixtures/import-storage';
import { csvRows, workbook } from '../../../fixtures/workbook';

const POLES = readProjectFile('data/poles.csv');
const FEWER = POLES.trimEnd().split('\n').slice(0, -1).join('\n') + '\n';
const BAD = POLES.replace('",national,2005,performant,100,2009,', '",national,1999,performant,100,2009,');
const THEMES = readProjectFile('data/themes.csv');
const NOW = new Date('2026-11-26T22:10:00Z');
const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });

/** A store with the bundled data loaded and an import kept in memory (or refused), as a new visit has it. */
async function loadedStore(store = memoryStore(), refusing = false) {
  const dashboard = createDashboardStore();
  const load = dashboard.getState().load;
  dashboard.setState({
    importStorage: keyValueStorage(refusing ? refusingStore : store),
    // « Revenir aux données d’origine » loads the bundled files again: here from disk.
    load: () => load(fetcherFromDisk),
  });
  await dashboard.getState().restoreImport();
  await dashboard.getState().load(fetcherFromDisk);
  return { dashboard, store };
}

const rowCount = (dashboard: Awaited<ReturnType<typeof loadedStore>>['dashboard'], id: 'poles' | 'themes') =>
  dashboard.getState().files[id].rows?.length;

describe('import slice: importFiles', () => {
  it('shows the checked files in place of the files they replace, and keeps them in the browser', async () => {
    const { dashboard, store } = await loadedStore();
    expect(rowCount(dashboard, 'poles')).toBe(71);
    const themes = dashboard.getState().files.themes;
    await dashboard.getState().importFiles([text('mes-poles.csv', FEWER)], NOW);
    const state = dashboard.getState();
    expect(state.files.poles.rows).toHaveLength(70);
    expect(state.files.themes).toBe(themes);
    expect(state.imported).toMatchObject({
      replaced: [{ file: 'poles', from: 'mes-poles.csv' }],
      importedAt: '2026-11-26T22:10:00.000Z',
      kept: true,
    });
    expect(state.importing).toBeNull();
    expect(state.importError).toBeNull();
    expect(store.entries.size).toBe(1);
  });

  it('says what it is checking while it runs', async () => {
    const { dashboard } = await loadedStore();
    const running = dashboard.getState().importFiles([text('mes-poles.csv', FEWER)], NOW);
    expect(dashboard.getState().importing).toEqual({
      names: ['mes-poles.csv'],
      progress: null,
      onPage: false,
    });
    await running;
    expect(dashboard.getState().importing).toBeNull();
  });

  it('refuses a faulty file with its issues, leaving the data, the set shown and the browser as they were', async () => {
    const { dashboard, store } = await loadedStore();
    const before = dashboard.getState().files;
    await dashboard.getState().importFiles([text('faux.csv', BAD)], NOW);
    const state = dashboard.getState();
    expect(state.files).toBe(before);
    expect(state.imported).toBeNull();
    expect(state.importError?.names).toEqual(['faux.csv']);
    expect(state.importError?.restoring).toBe(false);
    expect(state.importError?.issues).toEqual([
      expect.objectContaining({ file: 'faux.csv (pour data/poles.csv)', line: 2, column: 'year_labelled' }),
    ]);
    expect(store.entries.size).toBe(0);
    state.dismissImportError();
    expect(dashboard.getState().importError).toBeNull();
  });

  it('keeps an earlier import of another file, and replaces an earlier import of the same file', async () => {
    const { dashboard } = await loadedStore();
    await dashboard.getState().importFiles([text('a.csv', FEWER)], NOW);
    await dashboard.getState().importFiles([text('themes.csv', THEMES)], NOW);
    await dashboard.getState().importFiles([text('poles.csv', POLES)], NOW);
    expect(dashboard.getState().imported?.replaced).toEqual([
      { file: 'themes', from: 'themes.csv' },
      { file: 'poles', from: 'poles.csv' },
    ]);
    expect(rowCount(dashboard, 'poles')).toBe(71);
  });

  it('says the import lasts for this visit only when the browser refuses to keep it', async () => {
    const { dashboard } = await loadedStore(memoryStore(), true);
    await dashboard.getState().importFiles([text('poles.csv', FEWER)], NOW);
    expect(dashboard.getState().imported?.kept).toBe(false);
    expect(rowCount(dashboard, 'poles')).toBe(70);
  });

  it('takes a workbook’s sheet, names it in the set, and keeps it as CSV for the next visit', async () => {
    const { dashboard, store } = await loadedStore();
    const bytes = workbook({ Notes: [['à lire']], poles: csvRows(FEWER) });
    await dashboard.getState().importFiles([{ name: 'données.xlsx', bytes }], NOW);
    expect(dashboard.getState().importError).toBeNull();
    expect(dashboard.getState().imported?.replaced).toEqual([
      { file: 'poles', from: 'données.xlsx, feuille «\u202fpoles\u202f»' },
    ]);
    const next = await loadedStore(store);
    expect(rowCount(next.dashboard, 'poles')).toBe(70);
    expect(next.dashboard.getState().imported?.replaced[0]?.from).toBe(
      'données.xlsx, feuille «\u202fpoles\u202f»',
    );
    expect(new TextDecoder().decode(next.dashboard.getState().imported?.files[0]?.bytes)).toMatch(
      /^id,name,theme,/,
    );
  });
});

describe('import slice: the next visit and revert', () => {
  it('shows the kept import over the bundled files on the next visit, until revert', async () => {
    const first = await loadedStore();
    await first.dashboard.getState().importFiles([text('mes-poles.csv', FEWER)], NOW);
    const { dashboard, store } = await loadedStore(first.store);
    expect(rowCount(dashboard, 'poles')).toBe(70);
    expect(dashboard.getState().imported?.importedAt).toBe('2026-11-26T22:10:00.000Z');
    await dashboard.getState().revertImport();
    expect(dashboard.getState().imported).toBeNull();
    expect(rowCount(dashboard, 'poles')).toBe(71);
    expect(store.entries.size).toBe(0);
  });

  it('drops a kept import that no longer passes the checks, says why, and shows the bundled files', async () => {
    const store = memoryStore();
    await keyValueStorage(store).write({
      importedAt: NOW.toISOString(),
      files: [{ file: 'poles', name: 'vieux.csv', bytes: new TextEncoder().encode(BAD) }],
    });
    const { dashboard } = await loadedStore(store);
    expect(rowCount(dashboard, 'poles')).toBe(71);
    expect(dashboard.getState().imported).toBeNull();
    expect(dashboard.getState().importError).toMatchObject({ names: ['vieux.csv'], restoring: true });
    expect(store.entries.size).toBe(0);
  });

  it('says so when files are refused before they are read', async () => {
    const { dashboard } = await loadedStore();
    const issue = { file: 'énorme.csv', line: null, column: null, value: '60 Mo', expected: '50 Mo au plus' };
    dashboard.getState().refuseImport([issue], ['énorme.csv']);
    expect(dashboard.getState().importError).toEqual({
      issues: [issue],
      names: ['énorme.csv'],
      restoring: false,
    });
  });
});
