import { expectation } from './data-message';
import type { TypedTable } from './dataset';
import { DATA_FILES, type FileId } from './files';
import type { DataIssue } from './issue';

interface Identified {
  readonly id: string;
}

export function duplicateIds(file: FileId, table: TypedTable<Identified>): DataIssue[] {
  const seen = new Map<string, number>();
  const issues: DataIssue[] = [];
  table.rows.forEach((row, index) => {
    const line = table.lines[index] ?? null;
    const first = seen.get(row.id);
    if (first === undefined) seen.set(row.id, line ?? 0);
    else
      issues.push({
        file: DATA_FILES[file].path,
        line,
        column: 'id',
        value: row.id,
        expected: expectation('data.check.uniqueId', { line: first }),
      });
  });
  return issues;
}

export function references<T>(
  file: FileId,
  table: TypedTable<T>,
  column: string,
  pick: (row: T) => string | null,
  known: ReadonlySet<string>,
  expected: string,
): DataIssue[] {
  const issues: DataIssue[] = [];
  table.rows.forEach((row, index) => {
    const value = pick(row);
    if (value !== null && !known.has(value)) {
      issues.push({ file: DATA_FILES[file].path, line: table.lines[index] ?? null, column, value, expected });
    }
  });
  return issues;
}

export const idsOf = (
  table: TypedTable<Identified> | undefined,
  keep: (row: Identified) => boolean = () => true,
) => (table === undefined ? null : new Set(table.rows.filter(keep).map((row) => row.id)));
