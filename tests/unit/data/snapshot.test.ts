import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DATA_FILES, FILE_IDS, type FileId } from '../../../src/data/files';
import { loadDataset, type FetchFile, type LoadResult } from '../../../src/data/load';
import { makeSnapshot, snapshotElement } from '../../../src/data/make-snapshot';
import { fingerprint, pageSnapshot, parseSnapshot, type DataSnapshot } from '../../../src/data/snapshot';
import { ROOT } from '../../fixtures/disk';

/** The committed data files as the server sends them: bytes. */
const BYTES: Readonly<Record<string, Uint8Array>> = Object.fromEntries(
  readdirSync(join(ROOT, 'data'))
    .filter((name) => name.endsWith('.csv'))
    .map((name) => [`data/${name}`, new Uint8Array(readFileSync(join(ROOT, 'data', name)))]),
);

const served =
  (files: Readonly<Record<string, Uint8Array | string>>): FetchFile =>
  (path) => {
    const data = files[path];
    return data === undefined ? Promise.reject(new Error('HTTP 404')) : Promise.resolve(data);
  };

const poleNames = (result: LoadResult) =>
  'rows' in result.poles ? result.poles.rows.slice(0, 2).map((pole) => pole.name) : result.poles.issues;

/** The JSON inside the element the build writes, as the page reads it. */
const elementText = (snapshot: DataSnapshot) =>
  /^<script type="application\/json" id="data-snapshot">(.*)<\/script>$/s.exec(
    snapshotElement(snapshot),
  )?.[1] ?? '';

async function bundledSnapshot(): Promise<DataSnapshot> {
  const snapshot = await makeSnapshot(BYTES);
  if (snapshot === null) throw new Error('the bundled data gave no snapshot');
  return snapshot;
}

/** The bundled snapshot with its first pole renamed: what the page shows tells which reading it took. */
async function markedSnapshot(): Promise<DataSnapshot> {
  const snapshot = await bundledSnapshot();
  const [first, ...rest] = snapshot.rows.poles;
  if (first === undefined) throw new Error('no pole');
  return { ...snapshot, rows: { ...snapshot.rows, poles: [{ ...first, name: 'Lu au build' }, ...rest] } };
}

describe('fingerprint', () => {
  it('gives the same text for the same bytes, and another for one byte changed or added', () => {
    const bytes = new TextEncoder().encode('id,label\nenergie,Énergie\n');
    const changed = bytes.slice();
    changed[10] = (changed[10] ?? 0) ^ 1;
    expect(fingerprint(bytes)).toBe(fingerprint(bytes.slice()));
    expect(fingerprint(changed)).not.toBe(fingerprint(bytes));
    expect(fingerprint(new Uint8Array([...bytes, 10]))).not.toBe(fingerprint(bytes));
    expect(fingerprint(bytes)).toMatch(/^[0-9a-f]{8}-\d+$/);
  });
});

describe('the build’s reading of the bundled data', () => {
  it('has a fingerprint for every file and, through JSON, the very rows the page reads from them', async () => {
    const snapshot = await bundledSnapshot();
    expect(Object.keys(snapshot.files).sort()).toEqual(FILE_IDS.map((id) => DATA_FILES[id].path).sort());
    const text = elementText(snapshot);
    expect(text).not.toContain('<');
    const read = await loadDataset(served(BYTES), null);
    const parsed = parseSnapshot(text);
    for (const id of FILE_IDS) {
      const file = read[id];
      expect('rows' in file ? file.rows : file.issues).toStrictEqual(parsed?.rows[id]);
    }
    expect(parsed?.rows.poles).toHaveLength(71);
  });

  it('is not made when a file is missing, has an issue or a warning: the page then finds and shows it', async () => {
    const withoutThemes = Object.fromEntries(
      Object.entries(BYTES).filter(([path]) => path !== 'data/themes.csv'),
    );
    expect(await makeSnapshot(withoutThemes)).toBeNull();
    const broken = new TextEncoder().encode('id,label\n');
    expect(await makeSnapshot({ ...BYTES, 'data/themes.csv': broken })).toBeNull();
    // A column the dashboard does not know is read past, with a warning.
    const themes = new TextDecoder().decode(BYTES['data/themes.csv']).split('\n');
    const extra = themes.map((line, index) => (line === '' ? line : `${line},${index === 0 ? 'note' : ''}`));
    expect(
      await makeSnapshot({ ...BYTES, 'data/themes.csv': new TextEncoder().encode(extra.join('\n')) }),
    ).toBeNull();
  });

  it('closes nothing in the page: a < in the data is written \\u003c, and reads back as <', async () => {
    const snapshot = await bundledSnapshot();
    const [first, ...rest] = snapshot.rows.poles;
    if (first === undefined) throw new Error('no pole');
    const risky = {
      ...snapshot,
      rows: { ...snapshot.rows, poles: [{ ...first, name: 'a </script> b' }, ...rest] },
    };
    const text = elementText(risky);
    expect(text).not.toContain('<');
    expect(parseSnapshot(text)?.rows.poles[0]?.name).toBe('a </script> b');
  });
});

describe('loadDataset with the build’s reading', () => {
  it('takes the reading when every file has the bytes it was made from', async () => {
    const result = await loadDataset(served(BYTES), await markedSnapshot());
    expect(poleNames(result)).toEqual(['Lu au build', 'Aerospace Valley']);
  });

  it('reads the files when one was edited in place, and shows the edit', async () => {
    const text = new TextDecoder()
      .decode(BYTES['data/poles.csv'])
      .replace('Aerospace Valley', 'Aerospace Valley modifié');
    const edited = { ...BYTES, 'data/poles.csv': new TextEncoder().encode(text) };
    const result = await loadDataset(served(edited), await markedSnapshot());
    expect(poleNames(result)).toEqual(['Advancity', 'Aerospace Valley modifié']);
  });

  it('reads the files when one is missing, and says which', async () => {
    const rest = Object.fromEntries(Object.entries(BYTES).filter(([path]) => path !== 'data/funding.csv'));
    const result = await loadDataset(served(rest), await markedSnapshot());
    expect(poleNames(result)).toEqual(['Advancity', 'Aerospace Valley']);
    expect('issues' in result.funding ? result.funding.issues[0]?.file : null).toBe('data/funding.csv');
  });

  it('reads the files when they come as text (the single file embeds them)', async () => {
    const texts = Object.fromEntries(
      Object.entries(BYTES).map(([path, bytes]) => [path, new TextDecoder().decode(bytes)]),
    );
    const result = await loadDataset(served(texts), await markedSnapshot());
    expect(poleNames(result)).toEqual(['Advancity', 'Aerospace Valley']);
  });
});

describe('loadDataset when the code that reads the files cannot be fetched', () => {
  it('says so for each file instead of loading for ever', async () => {
    vi.resetModules();
    vi.doMock('../../../src/data/read-dataset', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      const { loadDataset: load } = await import('../../../src/data/load');
      const fetched = Object.fromEntries(
        Object.entries(BYTES).filter(([path]) => path !== 'data/funding.csv'),
      );
      const result = await load(served(fetched), null);
      for (const id of FILE_IDS) expect('issues' in result[id], id).toBe(true);
      const issue = (id: FileId) => ('issues' in result[id] ? result[id].issues[0]?.expected : null);
      // Vitest words the failed import its own way; a browser says « Failed to fetch dynamically imported module ».
      expect(issue('poles')).toMatch(/^un fichier accessible \(échec du téléchargement : .*mocking a module/);
      expect(issue('funding')).toBe('un fichier accessible (échec du téléchargement : HTTP 404)');
    } finally {
      vi.doUnmock('../../../src/data/read-dataset');
    }
  });
});

describe('pageSnapshot', () => {
  it('reads the element the build writes', async () => {
    document.body.insertAdjacentHTML('beforeend', snapshotElement(await markedSnapshot()));
    try {
      expect(poleNames(await loadDataset(served(BYTES)))).toEqual(['Lu au build', 'Aerospace Valley']);
    } finally {
      document.getElementById('data-snapshot')?.remove();
    }
  });

  it('is null when the page has none, or one edited into something else', () => {
    expect(pageSnapshot()).toBeNull();
    expect(parseSnapshot('{')).toBeNull();
    expect(parseSnapshot('{"files":{},"rows":{}}')).toBeNull();
    expect(parseSnapshot(JSON.stringify({ files: {}, rows: { poles: [] } }))).toBeNull();
  });
});
