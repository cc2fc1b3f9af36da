import { utils, write, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { downloadBlob } from './csv-export';
import type { SheetAbout, SheetColumnKind, SheetTable, SheetValue } from './sheet-table';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DATA_SHEET = 'Données';
export const ABOUT_SHEET = 'Source';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
// Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in), so 1 January 1970 is day 25569.
const EPOCH_SERIAL = 25_569;
const DATE_FORMAT = 'dd/mm/yyyy';
const MAX_WIDTH = 60;

/** The Excel serial day of a calendar date written yyyy-mm-dd, or null if it is not one. */
export function isoDaySerial(text: string): number | null {
  const match = ISO_DAY.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / DAY_MS + EPOCH_SERIAL;
}

/** The wall-clock time of `date` as an Excel serial, so that Excel shows the hour the user saw. */
const localSerial = (date: Date): number =>
  (date.getTime() - date.getTimezoneOffset() * 60_000) / DAY_MS + EPOCH_SERIAL;

function numberFormat(kind: SheetColumnKind, value: number): string {
  if (kind === 'year') return '0';
  if (kind === 'percent') return '0.0%';
  return Number.isInteger(value) ? '#,##0' : '#,##0.0##';
}

function typedCell(value: Exclude<SheetValue, null>, kind: SheetColumnKind): CellObject {
  if (typeof value === 'object') return typedCell(value.number, value.kind);
  if (typeof value === 'number') return { t: 'n', v: value, z: numberFormat(kind, value) };
  const serial = isoDaySerial(value);
  return serial === null ? { t: 's', v: value } : { t: 'n', v: serial, z: DATE_FORMAT };
}

function shownLength(value: SheetValue): number {
  if (value === null) return 0;
  if (typeof value === 'string') return value.length;
  return String(typeof value === 'number' ? value : value.number).length + 2;
}

/** The data sheet: a header row, then one row per table row, numbers as numbers and dates as dates. */
export function dataSheet(table: SheetTable): WorkSheet {
  const sheet = utils.aoa_to_sheet([table.columns.map((column) => column.label)]);
  table.rows.forEach((row, rowIndex) => {
    row.forEach((value, columnIndex) => {
      if (value === null || value === '') return;
      const kind = table.columns[columnIndex]?.kind ?? 'text';
      sheet[utils.encode_cell({ r: rowIndex + 1, c: columnIndex })] = typedCell(value, kind);
    });
  });
  const last = { r: table.rows.length, c: Math.max(0, table.columns.length - 1) };
  sheet['!ref'] = utils.encode_range({ r: 0, c: 0 }, last);
  sheet['!autofilter'] = { ref: sheet['!ref'] };
  sheet['!cols'] = table.columns.map((column, index) => ({
    wch: Math.min(
      MAX_WIDTH,
      Math.max(column.label.length, ...table.rows.map((row) => shownLength(row[index] ?? null))) + 2,
    ),
  }));
  return sheet;
}

/** The « Source » sheet: a label and a value per line, for whoever opens the file without the dashboard. */
export function aboutSheet(about: SheetAbout): WorkSheet {
  const sourceLabel = about.sources.length > 1 ? 'Sources' : 'Source';
  const lines: (readonly [string, string])[] = [
    ['Titre', about.title],
    ...(about.caption === null || about.caption === about.title ? [] : [['Tableau', about.caption] as const]),
    ...about.sources.map((source, index) => [index === 0 ? sourceLabel : '', source] as const),
    ...(about.filters === null ? [] : [['Filtres', about.filters] as const]),
    [
      'Origine des données',
      about.imported ? 'données importées' : 'données publiées avec le tableau de bord',
    ],
  ];
  const sheet = utils.aoa_to_sheet([...lines.map((line) => [...line]), ['Exporté le']]);
  const row = lines.length;
  sheet[utils.encode_cell({ r: row, c: 1 })] = {
    t: 'n',
    v: localSerial(about.exportedAt),
    z: 'dd/mm/yyyy hh:mm',
  };
  sheet['!ref'] = utils.encode_range({ r: 0, c: 0 }, { r: row, c: 1 });
  const widest = Math.max(...lines.map(([, value]) => value.length));
  sheet['!cols'] = [{ wch: 20 }, { wch: Math.min(100, Math.max(18, widest + 2)) }];
  return sheet;
}

/** The two-sheet workbook of a table: the data, then where they come from. */
export function buildWorkbook(table: SheetTable, about: SheetAbout): WorkBook {
  const book = utils.book_new();
  utils.book_append_sheet(book, dataSheet(table), DATA_SHEET);
  utils.book_append_sheet(book, aboutSheet(about), ABOUT_SHEET);
  book.Props = { Title: about.title, CreatedDate: about.exportedAt };
  return book;
}

export function workbookBytes(table: SheetTable, about: SheetAbout): ArrayBuffer {
  const bytes: unknown = write(buildWorkbook(table, about), {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  });
  if (!(bytes instanceof ArrayBuffer)) throw new Error('le classeur n’a pas pu être écrit');
  return bytes;
}

export function downloadXlsx(table: SheetTable, about: SheetAbout, fileName: string): void {
  downloadBlob(new Blob([workbookBytes(table, about)], { type: XLSX_TYPE }), fileName);
}
