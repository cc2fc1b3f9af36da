import { del, get, set } from 'idb-keyval';
import { FILE_IDS, type FileId } from './files';
import { nextTask } from '../lib/next-task';

/** One imported file as kept in the browser: the data file it replaces, its own name and its bytes. */
export interface StoredFile {
  readonly file: FileId;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The imported set kept in this browser until the reader goes back to the original data. */
export interface StoredImport {
  /** ISO 8601 date and time of the import. */
  readonly importedAt: string;
  readonly files: readonly StoredFile[];
}

export interface ImportStorage {
  readonly read: () => Promise<StoredImport | null>;
  /** False when the browser refused to keep it. */
  readonly write: (stored: StoredImport) => Promise<boolean>;
  readonly clear: () => Promise<void>;
}

const KEY = 'poles-competitivite:import';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

// By its tag rather than instanceof, which fails on bytes made in another realm (a frame, a test's jsdom).
const isBytes = (value: unknown): value is Uint8Array =>
  ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';

const isFileId = (value: unknown): value is FileId => FILE_IDS.some((file) => file === value);

function storedFile(value: unknown): StoredFile | null {
  if (!isRecord(value)) return null;
  const { file, name, bytes } = value;
  return isFileId(file) && typeof name === 'string' && isBytes(bytes) ? { file, name, bytes } : null;
}

/** What IndexedDB gave back, if it is an import this version wrote; anything else counts as nothing stored. */
export function storedImport(value: unknown): StoredImport | null {
  if (!isRecord(value) || typeof value.importedAt !== 'string' || !Array.isArray(value.files)) return null;
  const files = value.files.map(storedFile);
  const valid = files.filter((file) => file !== null);
  return valid.length > 0 && valid.length === files.length
    ? { importedAt: value.importedAt, files: valid }
    : null;
}

/** A key-value store as idb-keyval offers it; injected, so that the persistence logic is tested without IndexedDB. */
export interface KeyValueStore {
  readonly get: (key: string) => Promise<unknown>;
  readonly set: (key: string, value: unknown) => Promise<void>;
  readonly del: (key: string) => Promise<void>;
}

// Built a few megabytes at a time, one task each: the Blob constructor copies all its bytes at once, where a Blob
// made of a Blob and more bytes refers to the first Blob's without copying them.
const BLOB_STEP = 4 * 1024 * 1024;

async function blobOf(bytes: Uint8Array): Promise<Blob> {
  let blob = new Blob([]);
  for (let start = 0; start < bytes.length; start += BLOB_STEP) {
    if (start > 0) await nextTask();
    blob = new Blob([blob, bytes.slice(start, start + BLOB_STEP)]);
  }
  return blob;
}

// Kept as Blobs: IndexedDB copies a Blob's bytes away from the page, where a 36 MB Uint8Array is cloned on it in one
// long task. Sets kept as bytes by an earlier version still read.
const asBlobs = async (stored: StoredImport) => ({
  importedAt: stored.importedAt,
  files: await Promise.all(
    stored.files.map(async ({ file, name, bytes }) => ({ file, name, bytes: await blobOf(bytes) })),
  ),
});

const isBlob = (value: unknown): value is Blob =>
  typeof Blob !== 'undefined' && Object.prototype.toString.call(value) === '[object Blob]';

async function withBytes(value: unknown): Promise<unknown> {
  if (!isRecord(value) || !Array.isArray(value.files)) return value;
  const files: unknown[] = value.files;
  return {
    ...value,
    files: await Promise.all(
      files.map(async (file) =>
        isRecord(file) && isBlob(file.bytes)
          ? { ...file, bytes: new Uint8Array(await file.bytes.arrayBuffer()) }
          : file,
      ),
    ),
  };
}

/** The import kept under one key; a store that refuses (private mode, file://) keeps it for this visit only. */
export function keyValueStorage(store: KeyValueStore): ImportStorage {
  return {
    read: async () => {
      try {
        return storedImport(await withBytes(await store.get(KEY)));
      } catch {
        return null;
      }
    },
    write: async (stored) => {
      try {
        await store.set(KEY, await asBlobs(stored));
        return true;
      } catch {
        return false;
      }
    },
    clear: async () => {
      try {
        await store.del(KEY);
      } catch {
        // Nothing was kept.
      }
    },
  };
}

/** IndexedDB through idb-keyval. */
export const indexedDbStorage: ImportStorage = keyValueStorage({
  get: (key) => get<unknown>(key),
  set: (key, value) => set(key, value),
  del: (key) => del(key),
});
