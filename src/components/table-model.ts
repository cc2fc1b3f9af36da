import type { CsvTable } from '../lib/csv-export';
import { formatPercent } from '../lib/format';
import type { SheetColumn, SheetColumnKind, SheetTable } from '../lib/sheet-table';
import type { I18n } from '../lib/i18n/i18n';
import { FRENCH } from '../lib/i18n/i18n-for';
import type { Lang } from '../lib/i18n/lang';

export interface TableColumn {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
  /** A header that is also a link (e.g. a compared pole's name, to its profile). */
  readonly href?: string;
  /** How a spreadsheet formats its numbers; guessed by columnKind when absent. */
  readonly kind?: SheetColumnKind;
}

export interface TableCell {
  /** What the reader sees (formatted in French). */
  readonly display: string;
  /** What the CSV gets and what sorting uses: raw numbers, unformatted. */
  readonly raw: string | number | null;
  readonly href?: string;
  /** What qualifies the raw number (« plus de » for « plus de 100 »): exported in a column of its own. */
  readonly qualifier?: string;
  /** A share of a total (0.14 for 14 %), which a spreadsheet formats as a percentage. */
  readonly share?: true;
  /** The language of a text the data give in French only (a pôle's doubt), when the page speaks another. */
  readonly lang?: Lang;
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

/** The CSV has the columns of the spreadsheet export: a qualified number gets its qualifier in the next column. */
export function tableToCsv(table: TableModel, i18n: I18n = FRENCH): CsvTable {
  const sheet = tableToSheet(table, i18n);
  return {
    columns: sheet.columns.map((column) => column.label),
    rows: sheet.rows.map((row) =>
      row.map((value) => (typeof value === 'object' && value !== null ? value.number : value)),
    ),
  };
}

/** A share of a total: « 14 % » shown, 0.1408 in the CSV; a dash when the total is zero. */
export const shareCell = (count: number, total: number): TableCell =>
  total === 0
    ? cell('—', null)
    : { ...cell(formatPercent(count / total), Number((count / total).toFixed(4))), share: true };

// Column keys and labels that hold years: written 2005 in a spreadsheet, never grouped as 2 005.
const YEAR_COLUMN = /(^|_)(year|annee|period)(_|$)|^année|^période/i;

/** The kind a column's numbers take in a spreadsheet: its own if it says, else guessed from its key and cells. */
export function columnKind(column: TableColumn, cells: readonly (TableCell | undefined)[]): SheetColumnKind {
  if (column.kind !== undefined) return column.kind;
  const numbers = cells.filter((c) => typeof c?.raw === 'number');
  if (numbers.length === 0) return 'text';
  if (numbers.every((c) => c?.share === true)) return 'percent';
  const years = numbers.every((c) => typeof c?.raw === 'number' && Number.isInteger(c.raw));
  if (years && (YEAR_COLUMN.test(column.key) || YEAR_COLUMN.test(column.label))) return 'year';
  return 'number';
}

/**
 * The table as raw values for a CSV or a spreadsheet: each column whose cells carry a qualifier (« plus de »)
 * is followed by a « <label> (précision) » column holding it, so that the number stays a number.
 */
export function tableToSheet(table: TableModel, i18n: I18n = FRENCH): SheetTable {
  const plan = table.columns.flatMap((column, index) => {
    const cells = table.rows.map((row) => row.cells[index]);
    const kind = columnKind(column, cells);
    const own = {
      column: { label: column.label, kind },
      value: (c: TableCell | undefined) => c?.raw ?? null,
    };
    if (!cells.some((c) => c?.qualifier !== undefined)) return [{ ...own, index }];
    const qualifier: SheetColumn = {
      label: i18n.t('export.qualifier', { label: column.label }),
      kind: 'text',
    };
    return [
      { ...own, index },
      { column: qualifier, value: (c: TableCell | undefined) => c?.qualifier ?? null, index },
    ];
  });
  return {
    columns: plan.map((entry) => entry.column),
    rows: table.rows.map((row) => plan.map((entry) => entry.value(row.cells[entry.index]))),
  };
}
