import type { WorkbookSheet } from './read-workbook';

// Line breaks as parseCsv reads them (it turns \r\n and \r into \n), so that lines are counted alike.
function field(raw: string): string {
  const value = raw.replace(/\r\n?/g, '\n');
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const lineCount = (text: string): number => text.split('\n').length;

/**
 * A sheet's records written as CSV, to go through the checks of a CSV file, with the sheet's row of each CSV line
 * where a record starts (a cell holding a line break spreads its record over several lines).
 */
export function sheetAsCsv(sheet: WorkbookSheet): { text: string; rows: Map<number, number> } {
  const columns = Object.keys(sheet.columnLetters);
  const lines = [columns.map(field).join(',')];
  const rows = new Map<number, number>([[1, sheet.headerLine]]);
  let line = 2;
  for (const record of sheet.records) {
    const text = columns.map((column) => field(record.values[column] ?? '')).join(',');
    rows.set(line, record.line);
    lines.push(text);
    line += lineCount(text);
  }
  return { text: `${lines.join('\n')}\n`, rows };
}
