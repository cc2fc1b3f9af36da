import { beforeAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/data/check-files';
import type { TypedTables } from '../../../src/data/dataset';
import { corruptIssue } from '../../../src/data/read-workbook';
import { bundledTables } from '../../fixtures/bundled-tables';
import { readProjectFile } from '../../fixtures/disk';
import { csvRows, workbook } from '../../fixtures/workbook';

let bundled: TypedTables;

beforeAll(async () => {
  bundled = await bundledTables();
});

const THEMES_CSV = readProjectFile('data/themes.csv');
const [HEADER = [], ...ROWS] = csvRows(readProjectFile('data/poles.csv'));
const YEAR = HEADER.indexOf('year_labelled');
const SHEET = 'classeur.xlsx, feuille «\u202fpoles\u202f»';

describe('checkFiles', () => {
  it('reads the workbook and checks its sheets beside the CSV files, giving back what it checked', async () => {
    const themes = { name: 'themes.csv', bytes: new TextEncoder().encode(THEMES_CSV) };
    const book = { name: 'classeur.xlsx', bytes: workbook({ poles: [HEADER, ...ROWS.slice(0, -1)] }) };
    const { result, checked } = await checkFiles([themes, book], bundled);
    if ('issues' in result) throw new Error(JSON.stringify(result.issues));
    expect(result.replaced).toEqual([
      { file: 'themes', from: 'themes.csv' },
      { file: 'poles', from: SHEET },
    ]);
    expect(result.tables.poles?.rows).toHaveLength(ROWS.length - 1);
    expect(checked[0]).toBe(themes);
    expect(checked[1]).toMatchObject({ name: SHEET, file: 'poles' });
    const sheet = checked[1];
    expect(sheet !== undefined && 'text' in sheet ? sheet.text.split('\n')[0] : '').toBe(HEADER.join(','));
  });

  it('names the workbook, the sheet, its row (past a blank one) and the column letter of a wrong value', async () => {
    const [first = [], ...rest] = ROWS;
    const wrong = first.map((cell, index) => (index === YEAR ? '1999' : cell));
    const book = { name: 'classeur.xlsx', bytes: workbook({ poles: [HEADER, [], wrong, ...rest] }) };
    const { result } = await checkFiles([book], bundled);
    expect('issues' in result ? result.issues : []).toEqual([
      expect.objectContaining({
        file: `${SHEET} (pour data/poles.csv)`,
        line: 3,
        column: 'year_labelled',
        columnLetter: 'H',
        value: '1999',
      }),
    ]);
  });

  it('refuses a workbook it cannot read, having checked nothing', async () => {
    const broken = { name: 'cassé.xlsx', bytes: new TextEncoder().encode('pas un classeur') };
    expect(await checkFiles([broken], bundled)).toEqual({
      result: { issues: [corruptIssue('cassé.xlsx')] },
      checked: [],
    });
  });
});
