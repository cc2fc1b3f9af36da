import { describe, expect, it } from 'vitest';
import { keyValueStorage, storedImport, type StoredImport } from '../../../src/data/import-storage';
import { memoryStore, refusingStore } from '../../fixtures/import-storage';

const bytes = new TextEncoder().encode('id,label\nmer,Mer\n');
const KEPT: StoredImport = {
  importedAt: '2026-11-26T22:10:00.000Z',
  files: [{ file: 'themes', name: 'mes-thèmes.csv', bytes }],
};

describe('storedImport', () => {
  it('takes back an import this version wrote', () => {
    expect(storedImport(KEPT)).toEqual(KEPT);
  });

  it('counts anything else as nothing stored', () => {
    const file = { file: 'themes', name: 'a.csv', bytes };
    for (const value of [
      undefined,
      null,
      'texte',
      { files: [file] },
      { importedAt: 12, files: [file] },
      { importedAt: KEPT.importedAt, files: 'a.csv' },
      { importedAt: KEPT.importedAt, files: [] },
      { importedAt: KEPT.importedAt, files: [{ ...file, file: 'inconnu' }] },
      { importedAt: KEPT.importedAt, files: [{ ...file, name: 3 }] },
      { importedAt: KEPT.importedAt, files: [{ ...file, bytes: 'id,label' }] },
      { importedAt: KEPT.importedAt, files: [file, null] },
    ]) {
      expect(storedImport(value)).toBeNull();
    }
  });
});

describe('keyValueStorage', () => {
  it('keeps the import under one key until it is cleared', async () => {
    const store = memoryStore();
    const storage = keyValueStorage(store);
    expect(await storage.read()).toBeNull();
    expect(await storage.write(KEPT)).toBe(true);
    expect(store.entries.size).toBe(1);
    // Kept as a Blob, read back as bytes (of this realm's Uint8Array: compare the values).
    const [kept] = [...store.entries.values()];
    expect(JSON.stringify(kept)).not.toContain('"0":105');
    const read = await storage.read();
    expect(read?.importedAt).toBe(KEPT.importedAt);
    expect(read?.files.map(({ file, name }) => ({ file, name }))).toEqual([
      { file: 'themes', name: 'mes-thèmes.csv' },
    ]);
    expect(new TextDecoder().decode(read?.files[0]?.bytes)).toBe('id,label\nmer,Mer\n');
    await storage.clear();
    expect(store.entries.size).toBe(0);
    expect(await storage.read()).toBeNull();
  });

  it('keeps a file of several megabytes byte for byte, and an empty one', async () => {
    const big = Uint8Array.from({ length: 9 * 1024 * 1024 + 3 }, (_, index) => (index * 7) % 251);
    const storage = keyValueStorage(memoryStore());
    const files = [
      { file: 'poles' as const, name: 'poles.csv', bytes: big },
      { file: 'themes' as const, name: 'vide.csv', bytes: new Uint8Array(0) },
    ];
    expect(await storage.write({ importedAt: KEPT.importedAt, files })).toBe(true);
    const read = await storage.read();
    expect(read?.files[0]?.bytes.length).toBe(big.length);
    expect(Buffer.from(read?.files[0]?.bytes ?? []).equals(Buffer.from(big))).toBe(true);
    expect(read?.files[1]?.bytes.length).toBe(0);
  });

  it('reads what another version left under its key as nothing stored', async () => {
    const store = memoryStore();
    const storage = keyValueStorage(store);
    await storage.write(KEPT);
    const [key] = [...store.entries.keys()];
    if (key === undefined) throw new Error('nothing written');
    store.entries.set(key, { version: 2 });
    expect(await storage.read()).toBeNull();
  });

  it('says so when the browser refuses to keep it, and never throws', async () => {
    const storage = keyValueStorage(refusingStore);
    expect(await storage.write(KEPT)).toBe(false);
    expect(await storage.read()).toBeNull();
    await expect(storage.clear()).resolves.toBeUndefined();
  });
});
