import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellObject } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../../src/data/files';
import { describeIssue } from '../../../src/data/issue';
import { parseCsv } from '../../../src/data/parse-csv';
import { parseRows } from '../../../src/data/parse-rows';
import {
  corruptIssue,
  encryptedIssue,
  placeIssues,
  readWorkbook,
  type WorkbookSheet,
} from '../../../src/data/read-workbook';
import { WORKBOOK_FILES } from '../../../src/data/workbook-files';
import { ROOT } from '../../fixtures/disk';
import { workbook, type Cell } from '../../fixtures/workbook';

const SOURCES_HEADER = ['id', 'title', 'publisher', 'date', 'url', 'kind'];
const SOURCE_ROW = [
  'direccte-centre-2014-01-07',
  'Pôles de compétitivité : nouvelle phase 2013-2018',
  'DIRECCTE Centre',
  { t: 'n', v: 41646, z: 'dd/mm/yyyy' } satisfies CellObject,
  'https://centre-val-de-loire.dreets.gouv.fr/',
  'primaire',
];
const FUNDING_HEADER = [
  'id',
  'period_start',
  'period_end',
  'amount_eur',
  'status',
  'approximate',
  'method',
  'method_en',
  'source_id',
];
const FUNDING_ROW = [
  'total',
  2013,
  2018,
  5000000,
  'annonce',
  true,
  'Montant du communiqué',
  'Amount of the release',
  'direccte-centre-2014-01-07',
];

function onlySheet(result: ReturnType<typeof readWorkbook>, index = 0): WorkbookSheet {
  if (!result.ok) throw new Error(describeIssue(result.issue));
  const sheet = result.sheets[index];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

describe('readWorkbook', () => {
  it('gives each sheet named like a data file as CSV text: plain numbers, years, ISO dates, true/false', () => {
    const bytes = workbook({
      'sources.csv': [SOURCES_HEADER, SOURCE_ROW],
      Funding: [FUNDING_HEADER, FUNDING_ROW],
      Notes: [['rien à lire']],
    });
    const result = readWorkbook(bytes, 'données.xlsx', WORKBOOK_FILES);
    if (!result.ok) throw new Error(describeIssue(result.issue));
    expect(result.sheets.map((sheet) => [sheet.fileId, sheet.sheetName])).toEqual([
      ['sources', 'sources.csv'],
      ['funding', 'Funding'],
    ]);
    expect(result.ignored).toEqual(['Notes']);
    const [sources, funding] = result.sheets;
    expect(sources?.records).toEqual([
      {
        line: 2,
        values: {
          id: 'direccte-centre-2014-01-07',
          title: 'Pôles de compétitivité : nouvelle phase 2013-2018',
          publisher: 'DIRECCTE Centre',
          date: '2014-01-07',
          url: 'https://centre-val-de-loire.dreets.gouv.fr/',
          kind: 'primaire',
        },
      },
    ]);
    expect(funding?.records[0]?.values).toMatchObject({
      period_start: '2013',
      amount_eur: '5000000',
      approximate: 'true',
    });
    expect(funding?.issues).toEqual([]);
  });

  it('yields the records parseCsv yields for the same data, so that the same checks run', () => {
    const csv = parseCsv(
      'data/funding.csv',
      `${FUNDING_HEADER.join(',')}\n${FUNDING_ROW.join(',')}\n`,
      FUNDING_HEADER,
    );
    const sheet = onlySheet(
      readWorkbook(workbook({ funding: [FUNDING_HEADER, FUNDING_ROW] }), 'f.xlsx', WORKBOOK_FILES),
    );
    expect(sheet.records).toEqual(csv.records);
    expect(parseRows(sheet.file, DATA_FILES.funding.schema, sheet.records).issues).toEqual([]);
  });

  it('takes the first sheet when the workbook is named like a data file, or when one file is expected', () => {
    const bytes = workbook({ Feuil1: [FUNDING_HEADER, FUNDING_ROW], Feuil2: [['x']] });
    const byName = readWorkbook(bytes, 'Funding.xlsx', WORKBOOK_FILES);
    expect(onlySheet(byName).fileId).toBe('funding');
    expect(byName.ok && byName.ignored).toEqual(['Feuil2']);
    const funding = WORKBOOK_FILES.filter((file) => file.id === 'funding');
    expect(onlySheet(readWorkbook(bytes, 'export du 3 mars.xlsx', funding)).sheetName).toBe('Feuil1');
  });

  it('says which sheet names it expects when no sheet names a data file', () => {
    const result = readWorkbook(workbook({ Feuil1: [['a']] }), 'export.xlsx', WORKBOOK_FILES);
    if (result.ok) throw new Error('read');
    expect(result.issue).toMatchObject({ file: 'export.xlsx', line: null, column: null });
    expect(result.issue.value).toBe(
      'aucune feuille nommée comme un fichier de données (feuilles\u202f: «\u202fFeuil1\u202f»)',
    );
    expect(result.issue.expected).toContain('(«\u202fpoles\u202f», «\u202fthemes\u202f»');
  });

  it('names the sheet, the row, the column letter and the header of a faulty cell', () => {
    const row = [...FUNDING_ROW];
    row[2] = 'deux mille dix-huit';
    const bytes = workbook({ Notes: [['x']], funding: [FUNDING_HEADER, FUNDING_ROW, [], row] });
    const sheet = onlySheet(readWorkbook(bytes, 'données.xlsx', WORKBOOK_FILES));
    const issues = placeIssues(sheet, parseRows(sheet.file, DATA_FILES.funding.schema, sheet.records).issues);
    expect(issues).toEqual([
      {
        file: 'données.xlsx, feuille «\u202ffunding\u202f»',
        line: 4,
        column: 'period_end',
        columnLetter: 'C',
        value: 'deux mille dix-huit',
        expected: 'un nombre entier entre 2004 et 2030',
      },
    ]);
    const [first] = issues;
    if (first === undefined) throw new Error('no issue');
    expect(describeIssue(first)).toBe(
      'données.xlsx, feuille «\u202ffunding\u202f», ligne 4, colonne C « period_end » : valeur « deux mille dix-huit » ; attendu : un nombre entier entre 2004 et 2030',
    );
  });

  it('refuses a sheet whose header repeats a column, naming both letters, instead of keeping the last one', () => {
    const header = [...FUNDING_HEADER, 'period_end'];
    const bytes = workbook({ funding: [header, [...FUNDING_ROW, 1999]] });
    const sheet = onlySheet(readWorkbook(bytes, 'données.xlsx', WORKBOOK_FILES));
    expect(sheet.records).toEqual([]);
    expect(sheet.issues).toHaveLength(1);
    const [issue] = sheet.issues;
    if (issue === undefined) throw new Error('no issue');
    const last = String.fromCharCode('A'.charCodeAt(0) + FUNDING_HEADER.length);
    expect(issue.column).toBe('period_end');
    expect(issue.value).toBe(`colonnes C et ${last}`);
    expect(issue.expected).toBe(
      `une seule colonne «\u202fperiod_end\u202f» : elle apparaît en colonnes C et ${last}`,
    );
  });

  it('reports a missing column on the header row, a formula error where it is, and a value under no header', () => {
    const header = FUNDING_HEADER.filter((name) => name !== 'method');
    const row: Cell[] = FUNDING_ROW.filter((value) => value !== 'Montant du communiqué');
    row[3] = { t: 'e', v: 7, w: '#DIV/0!' };
    const bytes = workbook({
      funding: [
        [...header, null],
        [...row, 'en trop'],
      ],
    });
    const sheet = onlySheet(readWorkbook(bytes, 'f.xlsx', WORKBOOK_FILES));
    expect(sheet.issues).toEqual([
      {
        file: 'f.xlsx, feuille «\u202ffunding\u202f»',
        line: 1,
        column: 'method',
        value: null,
        expected: 'la colonne «\u202fmethod\u202f» dans l’en-tête (ligne 1)',
      },
      {
        file: 'f.xlsx, feuille «\u202ffunding\u202f»',
        line: 2,
        column: 'amount_eur',
        columnLetter: 'D',
        value: '#DIV/0!',
        expected: 'une valeur, pas une erreur de formule',
      },
      {
        file: 'f.xlsx, feuille «\u202ffunding\u202f»',
        line: 2,
        column: null,
        value: 'en trop',
        expected: 'aucune valeur en colonne I, qui n’a pas d’en-tête',
      },
    ]);
  });

  it('gives one clear message for a file that is not a workbook or is damaged', () => {
    const text = new TextEncoder().encode('id,label\nenergie,Énergie\n');
    const good = workbook({ themes: [['id', 'label']] });
    for (const bytes of [text, good.slice(0, 200), new Uint8Array(0)]) {
      expect(readWorkbook(bytes, 'thèmes.xlsx', WORKBOOK_FILES)).toEqual({
        ok: false,
        issue: corruptIssue('thèmes.xlsx'),
      });
    }
    expect(describeIssue(corruptIssue('a.xlsx'))).toBe(
      'a.xlsx : valeur « un fichier illisible comme classeur Excel (endommagé, ou d’un autre format renommé en .xlsx) » ; attendu : un classeur Excel .xlsx (ouvrez-le dans Excel, enregistrez-le de nouveau au format .xlsx, puis importez-le)',
    );
  });

  it('gives one clear message for a password-protected workbook', () => {
    const bytes = readFileSync(join(ROOT, 'tests/fixtures/workbooks/password-protected.xlsx'));
    expect(readWorkbook(bytes, 'secret.xlsx', WORKBOOK_FILES)).toEqual({
      ok: false,
      issue: encryptedIssue('secret.xlsx'),
    });
    expect(encryptedIssue('secret.xlsx').value).toContain('protégé par un mot de passe');
  });
});
