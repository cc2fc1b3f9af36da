import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/data/parse-csv';
import type { WorkbookSheet } from '../../../src/data/read-workbook';
import { sheetAsCsv } from '../../../src/data/sheet-csv';

const sheet = (records: WorkbookSheet['records'], headerLine = 1): WorkbookSheet => ({
  fileId: 'themes',
  sheetName: 'themes',
  file: 't.xlsx, feuille «\u202fthemes\u202f»',
  records,
  issues: [],
  columnLetters: { id: 'A', label: 'B' },
  headerLine,
});

describe('sheetAsCsv', () => {
  it('writes the records under the header, quoting what CSV must quote', () => {
    const { text } = sheetAsCsv(
      sheet([
        { line: 2, values: { id: 'mer', label: 'Mer, « océans »' } },
        { line: 3, values: { id: 'air', label: 'Dit "air"' } },
      ]),
    );
    expect(text).toBe('id,label\nmer,"Mer, « océans »"\nair,"Dit ""air"""\n');
  });

  it('gives the sheet row of each CSV line where a record starts, past blank rows and line breaks in cells', () => {
    const records = [
      { line: 4, values: { id: 'mer', label: 'une\r\ndeux\rtrois' } },
      { line: 9, values: { id: 'air', label: 'Air' } },
    ];
    const { text, rows } = sheetAsCsv(sheet(records, 3));
    const parsed = parseCsv('t.csv', text, ['id', 'label']);
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.map((record) => rows.get(record.line))).toEqual([4, 9]);
    expect(parsed.records[0]?.values.label).toBe('une\ndeux\ntrois');
    expect(rows.get(1)).toBe(3);
  });
});
