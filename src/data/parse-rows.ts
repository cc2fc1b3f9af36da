import * as v from 'valibot';
import type { DataIssue } from './issue';
import type { CsvRecord } from './parse-csv';

export type RowSchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>;

export interface ParsedRows<T> {
  readonly rows: readonly T[];
  /** lines[i] is the line of rows[i] in the file. */
  readonly lines: readonly number[];
  readonly issues: readonly DataIssue[];
}

/** Types each record with the file's schema; a record that fails gives one issue per faulty cell, naming line, column and value. */
export function parseRows<S extends RowSchema>(
  file: string,
  schema: S,
  records: readonly CsvRecord[],
): ParsedRows<v.InferOutput<S>> {
  const rows: v.InferOutput<S>[] = [];
  const lines: number[] = [];
  const issues: DataIssue[] = [];
  for (const record of records) {
    const result = v.safeParse(schema, record.values, { abortEarly: false });
    if (result.success) {
      rows.push(result.output);
      lines.push(record.line);
      continue;
    }
    const seen = new Set<string>();
    for (const issue of result.issues) {
      const key = issue.path?.[0]?.key;
      const column = typeof key === 'string' ? key : null;
      if (column !== null && seen.has(column)) continue;
      if (column !== null) seen.add(column);
      issues.push({
        file,
        line: record.line,
        column,
        value: column === null ? null : (record.values[column] ?? null),
        expected: issue.message,
      });
    }
  }
  return { rows, lines, issues };
}
