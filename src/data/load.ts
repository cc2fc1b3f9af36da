import { embeddedData } from 'virtual:embedded-data';
import { crossCheck } from './cross-checks';
import { expectation } from './data-message';
import type { RowsOf, TypedTables } from './dataset';
import { DATA_FILES, type FileId } from './files';
import type { DataIssue } from './issue';
import { readDataFile, type DataFileRead } from './read-data-file';
import { nextTask } from '../lib/next-task';

/** Gives a data file's bytes (served files) or text (the single file's embedded data). */
export type FetchFile = (path: string) => Promise<Uint8Array | string>;

export type FileResult<T> = ({ readonly rows: readonly T[] } | { readonly issues: readonly DataIssue[] }) & {
  readonly warnings: readonly DataIssue[];
};
export type LoadResult = { readonly [K in FileId]: FileResult<RowsOf[K]> };

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

async function readFile<K extends FileId>(file: K, fetcher: FetchFile): Promise<DataFileRead<RowsOf[K]>> {
  const path = DATA_FILES[file].path;
  let data: Uint8Array | string;
  try {
    data = await fetcher(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const issue: DataIssue = {
      file: path,
      line: null,
      column: null,
      value: null,
      expected:
        error instanceof NotEmbedded
          ? expectation('data.file.notEmbedded')
          : expectation('data.file.unreachable', { reason }),
    };
    return { ok: false, issues: [issue], warnings: [] };
  }
  // Each file is parsed and checked in a task of its own, though the files arrive together.
  await nextTask();
  return readDataFile(file, path, data);
}

const tableOf = <T>(result: DataFileRead<T>) => (result.ok ? result.table : undefined);

/** Loads every data file independently: one faulty file never stops the others; cross-file checks run on those that parsed. */
export async function loadDataset(fetcher: FetchFile = defaultFetcher): Promise<LoadResult> {
  const [poles, themes, regions, sources, funding, milestones, departements] = await Promise.all([
    readFile('poles', fetcher),
    readFile('themes', fetcher),
    readFile('regions', fetcher),
    readFile('sources', fetcher),
    readFile('funding', fetcher),
    readFile('milestones', fetcher),
    readFile('departements', fetcher),
  ]);
  const tables: TypedTables = {
    poles: tableOf(poles),
    themes: tableOf(themes),
    regions: tableOf(regions),
    sources: tableOf(sources),
    funding: tableOf(funding),
    milestones: tableOf(milestones),
    departements: tableOf(departements),
  };
  await nextTask();
  const crossIssues = crossCheck(tables);
  const finish = <T>(file: FileId, result: DataFileRead<T>): FileResult<T> => {
    const extra = crossIssues.filter((issue) => issue.file === DATA_FILES[file].path);
    const { warnings } = result;
    if (!result.ok) return { issues: [...result.issues, ...extra], warnings };
    return extra.length > 0 ? { issues: extra, warnings } : { rows: result.table.rows, warnings };
  };
  return {
    poles: finish('poles', poles),
    themes: finish('themes', themes),
    regions: finish('regions', regions),
    sources: finish('sources', sources),
    funding: finish('funding', funding),
    milestones: finish('milestones', milestones),
    departements: finish('departements', departements),
  };
}
