import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkImport, type ImportInput, type ImportResult } from '../../../src/data/check-import';
import type { TypedTables } from '../../../src/data/dataset';
import { prepareImport, type PreparedImport } from '../../../src/data/prepare-import';
import { corruptIssue, encryptedIssue } from '../../../src/data/read-workbook';
import { bundledTables } from '../../fixtures/bundled-tables';
import { readProjectFile, ROOT } from '../../fixtures/disk';
import { csvRows, workbook } from '../../fixtures/workbook';

let bundled: TypedTables;

beforeAll(async () => {
  bundled = await bundledTables();
});

const POLES = csvRows(readProjectFile('data/poles.csv'));
const THEMES = csvRows(readProjectFile('data/themes.csv'));
const [HEADER = [], ...POLE_ROWS] = POLES;
const YEAR = HEADER.indexOf('year_labelled');
const FEWER = [HEADER, ...POLE_ROWS.slice(0, -1)];
const xlsx = (name: string, bytes: Uint8Array): ImportInput => ({ name, bytes });

async function prepared(inputs: readonly ImportInput[]): Promise<PreparedImport> {
  const ready = await prepareImport(inputs);
  if ('issues' in ready) throw new Error(JSON.stringify(ready.issues));
  return ready;
}

async function checked(inputs: readonly ImportInput[]): Promise<ImportResult> {
  const ready = await prepared(inputs);
  return ready.place(await checkImport(ready.inputs, bundled));
}

describe('prepareImport', () => {
  it('leaves CSV files as they are', async () => {
    const inputs = [{ name: 'poles.csv', text: 'id\n' }];
    const ready = await prepared(inputs);
    expect(ready.inputs).toBe(inputs);
    expect(ready.place({ issues: [] })).toEqual({ issues: [] });
  });

  it('gives each sheet named like a data file to the checks, which replace that file only', async () => {
    const bytes = workbook({ Notes: [['à lire']], poles: FEWER, Themes: THEMES });
    const ready = await prepared([xlsx('données.xlsx', bytes)]);
    expect(ready.inputs.map((input) => [input.name, input.file])).toEqual([
      ['données.xlsx, feuille «\u202fpoles\u202f»', 'poles'],
      ['données.xlsx, feuille «\u202fThemes\u202f»', 'themes'],
    ]);
    const result = await checkImport(ready.inputs, bundled);
    if ('issues' in result) throw new Error(JSON.stringify(result.issues));
    expect(result.replaced.map((entry) => entry.from)).toEqual([
      'données.xlsx, feuille «\u202fpoles\u202f»',
      'données.xlsx, feuille «\u202fThemes\u202f»',
    ]);
    expect(result.tables.poles?.rows).toHaveLength(70);
    expect(result.tables.regions).toBe(bundled.regions);
  });

  it('names the sheet, its row and the column letter of a wrong value, past blank rows and line breaks', async () => {
    const [first = [], second = [], ...rest] = POLE_ROWS;
    const multiline = first.map((cell, index) =>
      index === HEADER.indexOf('notes') ? 'une\r\ndeux\ntrois' : cell,
    );
    const wrong = second.map((cell, index) => (index === YEAR ? '1999' : cell));
    const bytes = workbook({ poles: [HEADER, multiline, [], [], wrong, ...rest] });
    const result = await checked([xlsx('mes pôles.xlsx', bytes)]);
    if (!('issues' in result)) throw new Error('accepted');
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'mes pôles.xlsx, feuille «\u202fpoles\u202f» (pour data/poles.csv)',
        line: 5,
        column: 'year_labelled',
        columnLetter: 'H',
        value: '1999',
      }),
    ]);
  });

  it('places the cross-checks’ issues in the sheet as well', async () => {
    const [first = [], ...rest] = POLE_ROWS;
    const unknown = first.map((cell, index) => (index === HEADER.indexOf('theme') ? 'theme-inconnu' : cell));
    const result = await checked([xlsx('p.xlsx', workbook({ poles: [HEADER, unknown, ...rest] }))]);
    if (!('issues' in result)) throw new Error('accepted');
    expect(result.issues[0]).toMatchObject({
      file: 'p.xlsx, feuille «\u202fpoles\u202f» (pour data/poles.csv)',
      line: 2,
      column: 'theme',
      columnLetter: 'C',
      value: 'theme-inconnu',
    });
  });

  it('refuses at once what the sheet itself says is wrong, placed in the sheet', async () => {
    const [first = [], ...rest] = POLE_ROWS;
    const broken = [
      ...first.slice(0, YEAR),
      { t: 'e', v: 7, w: '#DIV/0!' } as const,
      ...first.slice(YEAR + 1),
    ];
    const result = await prepareImport([xlsx('p.xlsx', workbook({ poles: [HEADER, broken, ...rest] }))]);
    expect(result).toEqual({
      issues: [
        {
          file: 'p.xlsx, feuille «\u202fpoles\u202f» (pour data/poles.csv)',
          line: 2,
          column: 'year_labelled',
          columnLetter: 'H',
          value: '#DIV/0!',
          expected: 'une valeur, pas une erreur de formule',
        },
      ],
    });
  });

  it('gives one issue for a damaged or password-protected workbook, beside the CSV files', async () => {
    const secret = readFileSync(join(ROOT, 'tests/fixtures/workbooks/password-protected.xlsx'));
    const result = await prepareImport([
      { name: 'themes.csv', text: readProjectFile('data/themes.csv') },
      xlsx('cassé.xlsx', new TextEncoder().encode('pas un classeur')),
      xlsx('secret.xlsx', new Uint8Array(secret)),
    ]);
    expect(result).toEqual({ issues: [corruptIssue('cassé.xlsx'), encryptedIssue('secret.xlsx')] });
  });
});
