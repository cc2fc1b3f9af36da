import { utils, write, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { downloadBlob } from './download';
import type { I18n } from './i18n/i18n';
import { FRENCH } from './i18n/i18n-for';
import type { SheetAbout, SheetColumnKind, SheetTable, SheetValue } from './sheet-table';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The sheets' names in a language: « Données » and « Source » in French. */
export const dataSheetName = (i18n: I18n = FRENCH): string => i18n.t('export.sheet.data');
export const aboutSheetName = (i18n: I18n = FRENCH): string => i18n.t('export.sheet.about');
export const DATA_SHEET = dataSheetName();
export const ABOUT_SHEET = aboutSheetName();

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
export function aboutSheet(about: SheetAbout, i18n: I18n = FRENCH): WorkSheet {
  const { t } = i18n;
  const sourceLabel = t('export.about.source', { count: about.sources.length });
  const lines: (readonly [string, string])[] = [
    [t('export.about.title'), about.title],
    ...(about.caption === null || about.caption === about.title
      ? []
      : [[t('export.about.table'), about.caption] as const]),
    ...about.sources.map((source, index) => [index === 0 ? sourceLabel : '', source] as const),
    ...(about.filters === null ? [] : [[t('export.about.filters'), about.filters] as const]),
    [t('export.about.origin'), about.imported ? t('export.about.imported') : t('export.about.published')],
  ];
  const sheet = utils.aoa_to_sheet([...lines.map((line) => [...line]), [t('export.about.exportedAt')]]);
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
export function buildWorkbook(table: SheetTable, about: SheetAbout, i18n: I18n = FRENCH): WorkBook {
  const book = utils.book_new();
  utils.book_append_sheet(book, dataSheet(table), dataSheetName(i18n));
  utils.book_append_sheet(book, aboutSheet(about, i18n), aboutSheetName(i18n));
  book.Props = { Title: about.title, CreatedDate: about.exportedAt };
  return book;
}

export function workbookBytes(table: SheetTable, about: SheetAbout, i18n: I18n = FRENCH): ArrayBuffer {
  const bytes: unknown = write(buildWorkbook(table, about, i18n), {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  });
  if (!(bytes instanceof ArrayBuffer)) throw new Error(i18n.t('export.writeFailed'));
  return bytes;
}

/** `i18n`: the language of the « Source » sheet and of the sheets' names (French by default). */
export function downloadXlsx(
  table: SheetTable,
  about: SheetAbout,
  fileName: string,
  i18n: I18n = FRENCH,
): void {
  downloadBlob(new Blob([workbookBytes(table, about, i18n)], { type: XLSX_TYPE }), fileName);
}
