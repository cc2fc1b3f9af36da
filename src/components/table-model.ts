import type { CsvTable } from '../lib/csv-export';
import { formatPercent } from '../lib/format';

export interface TableColumn {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
  /** A header that is also a link (e.g. a compared pole's name, to its profile). */
  readonly href?: string;
}

export interface TableCell {
  /** What the reader sees (formatted in French). */
  readonly display: string;
  /** What the CSV gets and what sorting uses: raw numbers, unformatted. */
  readonly raw: string | number | null;
  readonly href?: string;
}

export interface TableRow {
  readonly key: string;
  readonly cells: readonly TableCell[];
}

/** The data behind a chart: drawn as a <table> and exported as CSV from the same rows. */
export interface TableModel {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

export const cell = (display: string, raw: string | number | null = display, href?: string): TableCell =>
  href === undefined ? { display, raw } : { display, raw, href };

export function tableToCsv(table: TableModel): CsvTable {
  return {
    columns: table.columns.map((column) => column.label),
    rows: table.rows.map((row) => row.cells.map((c) => c.raw)),
  };
}

/** A share of a total: « 14 % » shown, 0.1408 in the CSV; a dash when the total is zero. */
export const shareCell = (count: number, total: number): TableCell =>
  total === 0 ? cell('—', null) : cell(formatPercent(count / total), Number((count / total).toFixed(4)));
