import { describe, expect, it } from 'vitest';
import { checkImport } from '../../../src/data/check-import';
import { diagnoseCsv } from '../../../src/data/diagnose';
import { tooBig } from '../../../src/data/import-limits';
import { describeIssue, type DataIssue } from '../../../src/data/issue';
import { parseCsv } from '../../../src/data/parse-csv';
import { parseRows } from '../../../src/data/parse-rows';
import { readWorkbook } from '../../../src/data/read-workbook';
import { poleSchema } from '../../../src/data/schemas';
import { WORKBOOK_FILES } from '../../../src/data/workbook-files';
import { poleRow, polesCsv } from '../../fixtures/csv';
import { EN, FR } from '../../fixtures/i18n';
import { workbook } from '../../fixtures/workbook';

const POLES = 'data/poles.csv';
const COLUMNS = ['id', 'name', 'members'];

/** The issue in English, after checking that the French page still gets the very text the checks wrote. */
function english(issue: DataIssue | undefined): string {
  if (issue === undefined) throw new Error('no issue');
  expect(describeIssue(issue, FR)).toBe(describeIssue(issue));
  return describeIssue(issue, EN);
}

function diagnosis(text: string): DataIssue | undefined {
  const result = diagnoseCsv(POLES, text, COLUMNS);
  return result.ok ? undefined : result.issue;
}

describe('describeIssue in English', () => {
  it('describes a faulty cell of a CSV row: line, column, value read from the file, and what was expected', () => {
    const csv = parseCsv(POLES, polesCsv([poleRow({ members: '12,5' })]), Object.keys(poleSchema.entries));
    const [issue] = parseRows(POLES, poleSchema, csv.records).issues;
    expect(csv.issues).toEqual([]);
    expect(english(issue)).toBe(
      'data/poles.csv, line 2, column “members”: value “12,5”; expected: a whole number between 0 and 100000, or an empty cell if the value is unknown (a decimal number is not accepted here)',
    );
  });

  it('counts the fields of a row in English, singular and plural', () => {
    const [long, short] = parseCsv(POLES, 'id,name\na,b,c\nd\n', ['id', 'name']).issues;
    expect(english(long)).toBe(
      'data/poles.csv, line 2: value “3 fields”; expected: 2 fields, like the header',
    );
    expect(english(short)).toBe(
      'data/poles.csv, line 3: value “1 field”; expected: 2 fields, like the header',
    );
  });

  it('describes the diagnosis of a whole file: a repeated column, a web page, missing columns', () => {
    expect(english(diagnosis('id,name,members,id\n'))).toBe(
      'data/poles.csv, line 1, column “id”: value “columns 1 and 4”; expected: a single column “id”: it appears as columns 1 and 4',
    );
    expect(english(diagnosis('<!doctype html><title>Page introuvable</title>'))).toBe(
      'data/poles.csv: value “a web page (HTML) entitled ‘Page introuvable’”; expected: a CSV file; the server sent a web page instead (a 404 error, login or home page)',
    );
    expect(english(diagnosis('id,x\n'))).toBe(
      'data/poles.csv, line 1; expected: the columns “name” and “members” in the header',
    );
  });

  it('names the workbook’s sheet and the column letter of a formula error', () => {
    const book = workbook({
      themes: [
        ['id', 'label'],
        ['mer', { t: 'e', v: 42, w: '#N/A' }],
      ],
    });
    const result = readWorkbook(book, 'données.xlsx', WORKBOOK_FILES);
    if (!result.ok) throw new Error('not read');
    const formula = result.sheets[0]?.issues.find((issue) => issue.line === 2);
    expect(english(formula)).toBe(
      'données.xlsx, sheet “themes”, line 2, column B “label”: value “#N/A”; expected: a value, not a formula error',
    );
    const unread = readWorkbook(workbook({ Feuil1: [['a']] }), 'x.xlsx', WORKBOOK_FILES);
    if (unread.ok) throw new Error('read');
    expect(english(unread.issue)).toBe(
      'x.xlsx: value “no sheet named after a data file (sheets: “Feuil1”)”; expected: a sheet named after the file it replaces (“poles”, “themes”, “regions”, “sources”, “funding”, “milestones”, “departements”)',
    );
  });

  it('says why an import is refused: an unknown file, no file, a file too big', async () => {
    const refused = await checkImport([{ name: 'notes.csv', text: 'a,b\n1,2\n' }], {});
    expect('issues' in refused && english(refused.issues[0])).toBe(
      'notes.csv, line 1: value “a,b”; expected: a known data file: named poles.csv, themes.csv, regions.csv, sources.csv, funding.csv, milestones.csv, departements.csv, or whose header is that of one of them',
    );
    const none = await checkImport([], {});
    expect('issues' in none && english(none.issues[0])).toBe('(no file); expected: at least one CSV file');
    expect(english(tooBig('big.csv', 60 * 1024 * 1024 + 70_000))).toBe(
      'big.csv: value “60.1 MB”; expected: a file of 50 MB at most: split it or remove the columns you do not need',
    );
    expect(describeIssue(tooBig('big.csv', 60 * 1024 * 1024 + 70_000))).toBe(
      'big.csv : valeur « 60,1\u00a0Mo » ; attendu : un fichier de 50\u00a0Mo au plus\u202f: découpez-le ou retirez des colonnes inutiles',
    );
  });

  it('leaves an issue the checks did not word (another library’s message) as it was', () => {
    const issue = { file: 'a.csv', line: 2, column: 'x', value: 'y', expected: 'Invalid key' };
    expect(describeIssue(issue, EN)).toBe('a.csv, line 2, column “x”: value “y”; expected: Invalid key');
  });
});
