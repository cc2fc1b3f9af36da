import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/csv-export';

/** The CSV text of one cell: the second line of a one-column table. */
function cell(value: string | number | null): string {
  const csv = toCsv({ columns: ['c'], rows: [[value]] });
  expect(csv.startsWith('\uFEFFc\r\n')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice('\uFEFFc\r\n'.length, -'\r\n'.length);
}

describe('one cell', () => {
  it('writes plain text as is', () => {
    expect(cell('Cosmetic Valley')).toBe('Cosmetic Valley');
    expect(cell('Orléans')).toBe('Orléans');
    expect(cell('« 5 M€ »')).toBe('« 5 M€ »');
  });

  it('writes numbers raw, without grouping nor quotes, even negative ones', () => {
    expect(cell(300)).toBe('300');
    expect(cell(5000000)).toBe('5000000');
    expect(cell(0.4839)).toBe('0.4839');
    expect(cell(-3)).toBe('-3');
  });

  it('writes null as an empty cell', () => {
    expect(cell(null)).toBe('');
  });

  it('doubles quotes and quotes the cell', () => {
    expect(cell('x"y')).toBe('"x""y"');
    expect(cell('« 5 M€ » "environ"')).toBe('"« 5 M€ » ""environ"""');
  });

  it('quotes cells containing a comma, a semicolon or a line break', () => {
    expect(cell('Lyon, Grenoble')).toBe('"Lyon, Grenoble"');
    expect(cell('a ; b')).toBe('"a ; b"');
    expect(cell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(cell('ligne 1\r\nligne 2')).toBe('"ligne 1\r\nligne 2"');
    expect(cell('a\rb')).toBe('"a\rb"');
  });

  it('quotes cells that start or end with a space, which some readers would trim', () => {
    expect(cell(' Orléans')).toBe('" Orléans"');
    expect(cell('Orléans ')).toBe('"Orléans "');
  });

  it.each([
    ['=SUM(A1:A2)', `"'=SUM(A1:A2)"`],
    ['+33 1 23', `"'+33 1 23"`],
    ['-3', `"'-3"`],
    ['@cmd', `"'@cmd"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
  ])(
    'neutralises formula-like text %j by prefixing it with an apostrophe and quoting it',
    (input, expected) => {
      expect(cell(input)).toBe(expected);
    },
  );

  it('neutralises formula-like text that spans several lines', () => {
    expect(cell('=1\n+2')).toBe(`"'=1\n+2"`);
    expect(cell('=HYPERLINK("http://x")\r\n')).toBe(`"'=HYPERLINK(""http://x"")\r\n"`);
    expect(cell('\r\nx')).toBe(`"'\r\nx"`);
  });

  it('prefixes and doubles quotes together', () => {
    expect(cell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  it('leaves those characters alone when they are not at the start', () => {
    expect(cell('a=b')).toBe('a=b');
    expect(cell('2013-2018')).toBe('2013-2018');
    expect(cell('x@y.fr')).toBe('x@y.fr');
  });
});

describe('toCsv', () => {
  const csv = toCsv({
    columns: ['pôle', 'adhérents', 'note'],
    rows: [
      ['Cosmetic Valley', 300, null],
      ['S2E2', 130, '=1+1'],
      ['DREAM "Eau"', 80, 'a,b'],
    ],
  });

  it('starts with a UTF-8 byte order mark', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.startsWith('\uFEFFpôle,')).toBe(true);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes the header then one CRLF-terminated line per row', () => {
    expect(csv).toBe(
      '\uFEFFpôle,adhérents,note\r\n' +
        'Cosmetic Valley,300,\r\n' +
        `S2E2,130,"'=1+1"\r\n` +
        '"DREAM ""Eau""",80,"a,b"\r\n',
    );
  });

  it('has no bare LF line ends', () => {
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(csv.split('\r\n')).toHaveLength(5);
  });

  it('writes only the header for a table without rows', () => {
    expect(toCsv({ columns: ['a', 'b'], rows: [] })).toBe('\uFEFFa,b\r\n');
  });

  it('keeps empty cells in place, at the end of a line too', () => {
    expect(toCsv({ columns: ['a', 'b', 'c'], rows: [[null, 'x', null]] })).toBe('\uFEFFa,b,c\r\n,x,\r\n');
  });

  it('guards header cells too', () => {
    expect(toCsv({ columns: ['-x'], rows: [[1]] })).toBe(`\uFEFF"'-x"\r\n1\r\n`);
  });
});
