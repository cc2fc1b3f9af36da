import { embeddedData } from 'virtual:embedded-data';
import { perFileResult, type LoadResult } from './dataset';
import { DATA_FILES, type FileId } from './files';
import type { Fetched, FetchedFiles } from './read-dataset';
import { pageSnapshot, snapshotHolds, type DataSnapshot } from './snapshot';
import { unreachableIssue } from './unreachable';

export type { FileResult, LoadResult } from './dataset';

/** Gives a data file's bytes (served files) or text (the single file's embedded data). */
export type FetchFile = (path: string) => Promise<Uint8Array | string>;

const httpBytes =
  (cache: RequestCache): FetchFile =>
  async (path) => {
    const response = await fetch(path, { cache });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    // Bytes, not text(): text() would read a Windows-1252 file as UTF-8 and lose its accents.
    return new Uint8Array(await response.arrayBuffer());
  };

/** Fetches a file's bytes (the page preloads it); an HTTP or network failure becomes an error naming the file. */
export const fetchFile: FetchFile = httpBytes('default');

/** A file the single-file build does not hold. */
class NotEmbedded extends Error {}

/** Reads the files compiled into the single-file build: it opens from file:// and makes no request. */
export const embeddedText =
  (files: Readonly<Record<string, string>>): FetchFile =>
  (path) => {
    const text = files[path];
    if (text === undefined) return Promise.reject(new NotEmbedded('fichier absent de la version autonome'));
    return Promise.resolve(text);
  };

const defaultFetcher: FetchFile = embeddedData === null ? fetchFile : embeddedText(embeddedData);

/** For « Recharger les données »: asks the server again, so that an edited file is seen at once. */
export const reloadFetcher: FetchFile =
  embeddedData === null ? httpBytes('no-cache') : embeddedText(embeddedData);

async function fetchData(id: FileId, fetcher: FetchFile): Promise<Fetched> {
  try {
    return { data: await fetcher(DATA_FILES[id].path) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { failure: { reason, notEmbedded: error instanceof NotEmbedded } };
  }
}

/** The snapshot's rows, as the files they were read from would give them again. */
const fromSnapshot = ({ rows }: DataSnapshot): LoadResult =>
  perFileResult((id) => ({ rows: rows[id], warnings: [] }));

/**
 * Fetches every data file, then takes the build's reading of them when they are the very files it was made from
 * (src/data/snapshot.ts), or reads and checks them: one faulty file never stops the others.
 */
export async function loadDataset(
  fetcher: FetchFile = defaultFetcher,
  snapshot: DataSnapshot | null = pageSnapshot(),
): Promise<LoadResult> {
  const [poles, themes, regions, sources, funding, milestones, departements] = await Promise.all([
    fetchData('poles', fetcher),
    fetchData('themes', fetcher),
    fetchData('regions', fetcher),
    fetchData('sources', fetcher),
    fetchData('funding', fetcher),
    fetchData('milestones', fetcher),
    fetchData('departements', fetcher),
  ]);
  const files: FetchedFiles = { poles, themes, regions, sources, funding, milestones, departements };
  if (snapshot !== null && snapshotHolds(snapshot, files)) return fromSnapshot(snapshot);
  const reader = await import('./read-dataset').catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  );
  return reader instanceof Error ? unread(files, reader.message) : reader.readDataset(files);
}

/**
 * Every file unread, when the code that reads them could not be fetched (offline, or a page left open across a new
 * deployment): each says why, and the store keeps the rows it had.
 */
function unread(files: FetchedFiles, reason: string): LoadResult {
  return perFileResult((id) => {
    const fetched = files[id];
    const failure = 'failure' in fetched ? fetched.failure : { reason, notEmbedded: false };
    return { issues: [unreachableIssue(DATA_FILES[id].path, failure)], warnings: [] };
  });
}
