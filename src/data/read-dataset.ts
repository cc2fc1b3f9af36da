import { crossCheck } from './cross-checks';
import type { FileResult, LoadResult, RowsOf, TypedTables } from './dataset';
import { DATA_FILES, type FileId } from './files';
import { readDataFile, type DataFileRead } from './read-data-file';
import { unreachableIssue, type FetchFailure } from './unreachable';
import { nextTask } from '../lib/next-task';

// Parsing and checking the data files: loaded only when the page has no reading of them made at build time, or when
// the files differ from the ones that reading was made from (src/data/snapshot.ts).

/** What fetching a data file gave: its bytes (served) or text (embedded), or why there are none. */
export type Fetched = { readonly data: Uint8Array | string } | { readonly failure: FetchFailure };

export type FetchedFiles = Readonly<Record<FileId, Fetched>>;

async function readFile<K extends FileId>(file: K, fetched: Fetched): Promise<DataFileRead<RowsOf[K]>> {
  const path = DATA_FILES[file].path;
  if ('failure' in fetched)
    return { ok: false, issues: [unreachableIssue(path, fetched.failure)], warnings: [] };
  // Each file is parsed and checked in a task of its own.
  await nextTask();
  return readDataFile(file, path, fetched.data);
}

const tableOf = <T>(result: DataFileRead<T>) => (result.ok ? result.table : undefined);

/** Reads every fetched file independently: one faulty file never stops the others; cross-file checks run on those that parsed. */
export async function readDataset(files: FetchedFiles): Promise<LoadResult> {
  const poles = await readFile('poles', files.poles);
  const themes = await readFile('themes', files.themes);
  const regions = await readFile('regions', files.regions);
  const sources = await readFile('sources', files.sources);
  const funding = await readFile('funding', files.funding);
  const milestones = await readFile('milestones', files.milestones);
  const departements = await readFile('departements', files.departements);
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
