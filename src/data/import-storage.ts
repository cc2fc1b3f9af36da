import { del, get, set } from 'idb-keyval';
import { FILE_IDS, type FileId } from './files';

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

const isFileId = (value: unknown): value is FileId => FILE_IDS.some((file) => file === value);

function storedFile(value: unknown): StoredFile | null {
  if (!isRecord(value)) return null;
  const { file, name, bytes } = value;
  return isFileId(file) && typeof name === 'string' && bytes instanceof Uint8Array
    ? { file, name, bytes }
    : null;
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

// Kept as Blobs: IndexedDB copies a Blob's bytes away from the page, where a 36 MB Uint8Array is cloned on it in one
// long task. Sets kept as bytes by an earlier version still read.
const asBlobs = (stored: StoredImport) => ({
  importedAt: stored.importedAt,
  files: stored.files.map(({ file, name, bytes }) => ({
    file,
    name,
    bytes: new Blob([new Uint8Array(bytes)]),
  })),
});

async function withBytes(value: unknown): Promise<unknown> {
  if (!isRecord(value) || !Array.isArray(value.files)) return value;
  const files: unknown[] = value.files;
  return {
    ...value,
    files: await Promise.all(
      files.map(async (file) =>
        isRecord(file) && file.bytes instanceof Blob
          ? { ...file, bytes: new Uint8Array(await file.bytes.arrayBuffer()) }
          : file,
      ),
    ),
  };
}

/** IndexedDB through idb-keyval; a browser that refuses it (private mode, file://) keeps the import for this visit. */
export const indexedDbStorage: ImportStorage = {
  read: async () => {
    try {
      return storedImport(await withBytes(await get<unknown>(KEY)));
    } catch {
      return null;
    }
  },
  write: async (stored) => {
    try {
      await set(KEY, asBlobs(stored));
      return true;
    } catch {
      return false;
    }
  },
  clear: async () => {
    try {
      await del(KEY);
    } catch {
      // Nothing was kept.
    }
  },
};
