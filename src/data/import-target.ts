import { dataLabel } from './data-message';
import { DATA_FILES, FILE_IDS, type FileId } from './files';

/** How an imported file is named in messages: its own name and the data file it stands for. */
export const importLabel = (name: string, file: FileId): string =>
  dataLabel('data.import.label', { name, path: DATA_FILES[file].path });

/** The columns of a data file's schema, in order. */
export const columnsOf = (file: FileId): readonly string[] => Object.keys(DATA_FILES[file].schema.entries);

/** « poles.csv », « Poles.CSV », « data/poles.csv » or « poles (2).csv » (a browser's second download) stand for poles. */
export function fileByName(name: string): FileId | null {
  const base = (name.split(/[\\/]/).pop() ?? '').toLowerCase().trim();
  const stem = base.replace(/\.(csv|txt|xlsx)$/, '').replace(/\s*\(\d+\)$/, '');
  return FILE_IDS.find((file) => file === stem) ?? null;
}

/** The data file whose columns the header holds, the one with most columns when several fit (themes ⊂ regions). */
export function fileByHeader(header: readonly string[]): FileId | null {
  const present = new Set(header.map((column) => column.trim()));
  let best: FileId | null = null;
  let bestCount = 0;
  for (const file of FILE_IDS) {
    const columns = columnsOf(file);
    if (columns.every((column) => present.has(column)) && columns.length > bestCount) {
      best = file;
      bestCount = columns.length;
    }
  }
  return best;
}

/** Splits a CSV header line into column names (no quoted commas in the data files' headers). */
export const headerColumns = (line: string): string[] =>
  // Column names hold neither separator, so a semicolon header is read as well as a comma one.
  line.split(/[,;]/).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
