import type * as v from 'valibot';
import { embeddedData } from 'virtual:embedded-data';
import { crossCheck } from './cross-checks';
import type { RowsOf, TypedTable, TypedTables } from './dataset';
import { DATA_FILES, type FileId } from './files';
import type { DataIssue } from './issue';
import { parseCsv } from './parse-csv';
import { parseRows, type RowSchema } from './parse-rows';

export type FetchText = (path: string) => Promise<string>;

export type FileResult<T> = { readonly rows: readonly T[] } | { readonly issues: readonly DataIssue[] };
export type LoadResult = { readonly [K in FileId]: FileResult<RowsOf[K]> };

const httpText =
  (cache: RequestCache): FetchText =>
  async (path) => {
    const response = await fetch(path, { cache });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  };

/** Fetches a file's text (the page preloads it); an HTTP or network failure becomes an error naming the file. */
export const fetchText: FetchText = httpText('default');

/** Reads the files compiled into the single-file build: it opens from file:// and makes no request. */
export const embeddedText =
  (files: Readonly<Record<string, string>>): FetchText =>
  (path) => {
    const text = files[path];
    if (text === undefined) return Promise.reject(new Error('fichier absent de la version autonome'));
    return Promise.resolve(text);
  };

const defaultFetcher: FetchText = embeddedData === null ? fetchText : embeddedText(embeddedData);

/** For « Recharger les données »: asks the server again, so that an edited file is seen at once. */
export const reloadFetcher: FetchText =
  embeddedData === null ? httpText('no-cache') : embeddedText(embeddedData);

type TableResult<T> = { readonly table: TypedTable<T> } | { readonly issues: readonly DataIssue[] };

async function readTable<S extends RowSchema>(
  path: string,
  schema: S,
  fetcher: FetchText,
): Promise<TableResult<v.InferOutput<S>>> {
  let text: string;
  try {
    text = await fetcher(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      issues: [
        {
          file: path,
          line: null,
          column: null,
          value: null,
          expected: `un fichier accessible (échec du téléchargement : ${reason})`,
        },
      ],
    };
  }
  const csv = parseCsv(path, text, Object.keys(schema.entries));
  if (csv.issues.length > 0) return { issues: csv.issues };
  const parsed = parseRows(path, schema, csv.records);
  if (parsed.issues.length > 0) return { issues: parsed.issues };
  if (parsed.rows.length === 0) {
    return {
      issues: [
        { file: path, line: null, column: null, value: null, expected: 'au moins une ligne de données' },
      ],
    };
  }
  return { table: parsed };
}

const tableOf = <T>(result: TableResult<T>): TypedTable<T> | undefined =>
  'table' in result ? result.table : undefined;

/** Loads every data file independently: one faulty file never stops the others; cross-file checks run on those that parsed. */
export async function loadDataset(fetcher: FetchText = defaultFetcher): Promise<LoadResult> {
  const read = (file: FileId) => DATA_FILES[file].path;
  const [poles, themes, regions, sources, funding, milestones, departements] = await Promise.all([
    readTable(read('poles'), DATA_FILES.poles.schema, fetcher),
    readTable(read('themes'), DATA_FILES.themes.schema, fetcher),
    readTable(read('regions'), DATA_FILES.regions.schema, fetcher),
    readTable(read('sources'), DATA_FILES.sources.schema, fetcher),
    readTable(read('funding'), DATA_FILES.funding.schema, fetcher),
    readTable(read('milestones'), DATA_FILES.milestones.schema, fetcher),
    readTable(read('departements'), DATA_FILES.departements.schema, fetcher),
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
  const crossIssues = crossCheck(tables);
  const finish = <T>(file: FileId, result: TableResult<T>): FileResult<T> => {
    const extra = crossIssues.filter((issue) => issue.file === DATA_FILES[file].path);
    if ('issues' in result) return { issues: [...result.issues, ...extra] };
    return extra.length > 0 ? { issues: extra } : { rows: result.table.rows };
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
