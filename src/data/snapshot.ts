import type { Dataset } from './dataset';
import { DATA_FILES, FILE_IDS } from './files';
import type { FetchedFiles } from './read-dataset';

// The build reads its own data files, as the page would, and writes what they gave into the pre-rendered page
// (scripts/prerender.mjs). When the page then fetches files with the very bytes that reading was made from, it takes
// those rows as they are: it needs neither the CSV parser nor the checks, nor the time they take on a phone. A file
// edited in place has other bytes, and is read and checked as before (src/data/read-dataset.ts).

/** Where the pre-rendered page keeps the build's reading of its data (a JSON script element). */
export const SNAPSHOT_ELEMENT_ID = 'data-snapshot';

/** The build's reading of its data files: each file's fingerprint, and the rows of files that were all clean. */
export interface DataSnapshot {
  /** Path (data/poles.csv…) to the fingerprint of its bytes. */
  readonly files: Readonly<Record<string, string>>;
  readonly rows: Dataset;
}

/** FNV-1a over a file's bytes, with their count: the same bytes give the same short text, other bytes another. */
export function fingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- a typed array's iterator is about twice as slow here, on the main thread as the page starts
  for (let index = 0; index < bytes.length; index += 1) {
    hash ^= bytes[index] ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${bytes.length}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `value` has a fingerprint for every data file and an array of rows for each. */
function isSnapshot(value: unknown): value is DataSnapshot {
  if (!isRecord(value) || !isRecord(value.files) || !isRecord(value.rows)) return false;
  const { files, rows } = value;
  return FILE_IDS.every((id) => typeof files[DATA_FILES[id].path] === 'string' && Array.isArray(rows[id]));
}

/**
 * The snapshot in `text`, or null when it has not the shape of one (the page then reads its files). Its rows are the
 * build's own output, written into the page with its code, and are not checked again.
 */
export function parseSnapshot(text: string): DataSnapshot | null {
  try {
    const value: unknown = JSON.parse(text);
    return isSnapshot(value) ? value : null;
  } catch {
    return null;
  }
}

/** The snapshot the pre-rendered page holds, or null (development, the single file, tests). */
export function pageSnapshot(): DataSnapshot | null {
  if (typeof document === 'undefined') return null;
  const text = document.getElementById(SNAPSHOT_ELEMENT_ID)?.textContent;
  return typeof text === 'string' ? parseSnapshot(text) : null;
}

/** True when every file came as bytes, and as the very bytes the snapshot was read from. */
export function snapshotHolds(snapshot: DataSnapshot, files: FetchedFiles): boolean {
  return FILE_IDS.every((id) => {
    const fetched = files[id];
    return (
      'data' in fetched &&
      fetched.data instanceof Uint8Array &&
      fingerprint(fetched.data) === snapshot.files[DATA_FILES[id].path]
    );
  });
}
