import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/data/parse-csv';

const FILE = 'data/test.csv';
const ABC = ['a', 'b', 'c'];

const linesOf = (text: string): number[] => parseCsv(FILE, text, ABC).records.map((record) => record.line);

describe('parseCsv: records and their lines', () => {
  it('keys each record by the header and numbers lines from 1 (the header)', () => {
    const result = parseCsv(FILE, 'a,b,c\n1,2,3\n4,5,6\n', ABC);
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual([
      { line: 2, values: { a: '1', b: '2', c: '3' } },
      { line: 3, values: { a: '4', b: '5', c: '6' } },
    ]);
  });

  it('reads a file without a final line break', () => {
    expect(parseCsv(FILE, 'a,b,c\n1,2,3', ABC).records).toEqual([
      { line: 2, values: { a: '1', b: '2', c: '3' } },
    ]);
  });

  it('trims the header names but leaves the cell values as written', () => {
    const result = parseCsv(FILE, ' a , b ,c\n 1 ,2,3\n', ABC);
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual([{ line: 2, values: { a: ' 1 ', b: '2', c: '3' } }]);
  });

  it('strips a leading byte order mark, so that the first column keeps its name', () => {
    const result = parseCsv(FILE, '\uFEFFa,b,c\n1,2,3\n', ABC);
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual([{ line: 2, values: { a: '1', b: '2', c: '3' } }]);
  });

  it('handles CRLF line ends: same lines, no stray carriage return in the last cell', () => {
    const result = parseCsv(FILE, 'a,b,c\r\n1,2,3\r\n4,5,6\r\n', ABC);
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual([
      { line: 2, values: { a: '1', b: '2', c: '3' } },
      { line: 3, values: { a: '4', b: '5', c: '6' } },
    ]);
  });

  it('handles old Mac CR line ends', () => {
    expect(linesOf('a,b,c\r1,2,3\r4,5,6\r')).toEqual([2, 3]);
  });

  it('skips blank lines but counts them in the line numbers', () => {
    expect(linesOf('a,b,c\n1,2,3\n\n\n4,5,6\n\n7,8,9\n')).toEqual([2, 5, 7]);
    expect(linesOf('a,b,c\r\n\r\n1,2,3\r\n\r\n4,5,6\r\n')).toEqual([3, 5]);
  });

  it('counts blank lines before the header', () => {
    expect(linesOf('\n\na,b,c\n1,2,3\n')).toEqual([4]);
  });

  it('gives a quoted multi-line field the line where its record starts, and shifts the following records', () => {
    const result = parseCsv(FILE, 'a,b,c\n1,"deux\nlignes",3\n4,"trois\n\nlignes",6\n7,8,9\n', ABC);
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual([
      { line: 2, values: { a: '1', b: 'deux\nlignes', c: '3' } },
      { line: 4, values: { a: '4', b: 'trois\n\nlignes', c: '6' } },
      { line: 7, values: { a: '7', b: '8', c: '9' } },
    ]);
  });

  it('turns a CRLF inside a quoted field into LF and still counts one line', () => {
    const result = parseCsv(FILE, 'a,b,c\r\n1,"x\r\ny",3\r\n4,5,6\r\n', ABC);
    expect(result.records).toEqual([
      { line: 2, values: { a: '1', b: 'x\ny', c: '3' } },
      { line: 4, values: { a: '4', b: '5', c: '6' } },
    ]);
  });

  it('undoubles quotes and keeps commas inside quoted fields', () => {
    const result = parseCsv(FILE, 'a,b,c\n1,"« x » ""y"", z",3\n', ABC);
    expect(result.records).toEqual([{ line: 2, values: { a: '1', b: '« x » "y", z', c: '3' } }]);
  });

  it('accepts columns that are not required', () => {
    const result = parseCsv(FILE, 'a,b,c,extra\n1,2,3,4\n', ABC);
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual([{ line: 2, values: { a: '1', b: '2', c: '3', extra: '4' } }]);
  });

  it('gives no record and no issue for a header alone', () => {
    expect(parseCsv(FILE, 'a,b,c\n', ABC)).toEqual({ records: [], issues: [], warnings: [], delimiter: ',' });
  });
});

describe('parseCsv: issues', () => {
  it('names every missing required column in one issue at line 1, and reads no row', () => {
    const result = parseCsv(FILE, 'a,x,y\n1,2,3\n', ABC);
    expect(result.issues).toEqual([
      {
        file: FILE,
        line: 1,
        column: null,
        value: null,
        expected: 'les colonnes « b » et « c » dans l’en-tête',
      },
    ]);
    expect(result.records).toEqual([]);
  });

  it('reports a column whose name differs only by case as missing', () => {
    const result = parseCsv(FILE, 'a,B,c\n1,2,3\n', ABC);
    expect(result.issues).toEqual([
      { file: FILE, line: 1, column: 'b', value: null, expected: 'la colonne « b » dans l’en-tête' },
    ]);
  });

  it('reports a row with too few or too many fields at its own line and drops it', () => {
    const result = parseCsv(FILE, 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n', ABC);
    expect(result.issues).toEqual([
      {
        file: FILE,
        line: 3,
        column: null,
        value: '2\u00a0champs',
        expected: '3\u00a0champs, comme l’en-tête',
      },
      {
        file: FILE,
        line: 4,
        column: null,
        value: '4\u00a0champs',
        expected: '3\u00a0champs, comme l’en-tête',
      },
    ]);
    expect(result.records).toEqual([
      { line: 2, values: { a: '1', b: '2', c: '3' } },
      { line: 5, values: { a: '10', b: '11', c: '12' } },
    ]);
  });

  it('reports a faulty row at the right line after blank lines and multi-line fields', () => {
    const result = parseCsv(FILE, 'a,b,c\n1,"x\ny",3\n\n4,5\n6,7,8\n', ABC);
    expect(result.issues).toEqual([
      {
        file: FILE,
        line: 5,
        column: null,
        value: '2\u00a0champs',
        expected: '3\u00a0champs, comme l’en-tête',
      },
    ]);
    expect(result.records.map((record) => record.line)).toEqual([2, 6]);
  });

  it('reports an unterminated quote at the line where the record starts', () => {
    const result = parseCsv(FILE, 'a,b,c\n1,2,3\n4,"5,6\n', ABC);
    expect(result.issues).toEqual([
      {
        file: FILE,
        line: 3,
        column: null,
        value: null,
        expected: 'des guillemets fermés (un champ entre guillemets n’est pas refermé)',
      },
      {
        file: FILE,
        line: 3,
        column: null,
        value: '2\u00a0champs',
        expected: '3\u00a0champs, comme l’en-tête',
      },
    ]);
    expect(result.records).toEqual([{ line: 2, values: { a: '1', b: '2', c: '3' } }]);
  });

  it('reports an empty file at line 1', () => {
    const issue = {
      file: FILE,
      line: 1,
      column: null,
      value: null,
      expected: 'une ligne d’en-tête suivie de données (le fichier est vide)',
    };
    const expected = { records: [], issues: [issue], warnings: [], delimiter: null };
    expect(parseCsv(FILE, '', ABC)).toEqual(expected);
    expect(parseCsv(FILE, '\n\r\n\n', ABC)).toEqual(expected);
    expect(parseCsv(FILE, '\uFEFF', ABC)).toEqual(expected);
  });

  it('names the file it was given in every issue', () => {
    const result = parseCsv('data/autre.csv', 'a,b\n1,2\n', ABC);
    expect(result.issues.map((issue) => issue.file)).toEqual(['data/autre.csv']);
  });
});

describe('parseCsv: blank-looking lines and delimiters', () => {
  it('counts a line of spaces as a line, so the next record keeps its real line number', () => {
    const result = parseCsv(FILE, 'a,b\n1,2\n   \n3,4\n', ['a', 'b']);
    expect(result.issues).toEqual([]);
    expect(result.records.map((record) => record.line)).toEqual([2, 4]);
  });

  it('reports a line of bare commas at its own line', () => {
    const result = parseCsv(FILE, 'a,b,c\n1,2,3\n,,\n4,5\n', ABC);
    expect(result.issues.map((issue) => issue.line)).toEqual([4]);
    expect(result.records.map((record) => record.line)).toEqual([2, 3]);
  });

  it('reads a semicolon file, the separator being decided once from the header', () => {
    const result = parseCsv(FILE, 'a;b;c\r\n1,5;"x;y";1 200\r\n', ABC);
    expect(result.delimiter).toBe(';');
    expect(result.issues).toEqual([]);
    expect(result.records).toEqual([{ line: 2, values: { a: '1,5', b: 'x;y', c: '1 200' } }]);
  });

  it('never switches separator per row: a comma row of a semicolon file is a field-count error', () => {
    const result = parseCsv(FILE, 'a;b;c\n1;2;3\n4,5,6\n', ABC);
    expect(result.issues).toEqual([
      {
        file: FILE,
        line: 3,
        column: null,
        value: '1\u00a0champ',
        expected: '3\u00a0champs, comme l’en-tête',
      },
    ]);
    expect(result.records).toHaveLength(1);
  });

  it('reads the comma file whose cells hold semicolons, as the header decides', () => {
    const result = parseCsv(FILE, 'a,b,c\n1;2,3,4\n', ABC);
    expect(result.delimiter).toBe(',');
    expect(result.records).toEqual([{ line: 2, values: { a: '1;2', b: '3', c: '4' } }]);
  });

  it('gives one diagnosis instead of one issue per row for a repeated column', () => {
    const result = parseCsv(FILE, 'a,b,c,b\n1,2,3,4\n5,6,7,8\n', ABC);
    expect(result.records).toEqual([]);
    expect(result.issues).toEqual([
      {
        file: FILE,
        line: 1,
        column: 'b',
        value: 'colonnes 2 et 4',
        expected: 'une seule colonne « b » : elle apparaît en colonnes 2 et 4',
      },
    ]);
  });

  it('warns of an unknown column and reads the others', () => {
    const result = parseCsv(FILE, 'a,b,c,extra\n1,2,3,4\n', ABC);
    expect(result.warnings).toEqual([
      {
        file: FILE,
        line: 1,
        column: 'extra',
        value: null,
        expected: 'une colonne prévue par le format (celle-ci est ignorée)',
      },
    ]);
  });
});
