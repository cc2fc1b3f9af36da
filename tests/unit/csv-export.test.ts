import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/csv-export';

describe('csvCell', () => {
  it('writes plain text as is', () => {
    expect(csvCell('Cosmetic Valley')).toBe('Cosmetic Valley');
    expect(csvCell('Orléans')).toBe('Orléans');
  });

  it('writes numbers raw, without grouping nor quotes, even negative ones', () => {
    expect(csvCell(300)).toBe('300');
    expect(csvCell(5000000)).toBe('5000000');
    expect(csvCell(0.4839)).toBe('0.4839');
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes null as an empty cell', () => {
    expect(csvCell(null)).toBe('');
  });

  it('doubles quotes and quotes the cell', () => {
    expect(csvCell('x"y')).toBe('"x""y"');
    expect(csvCell('« 5 M€ » "environ"')).toBe('"« 5 M€ » ""environ"""');
  });

  it('quotes cells containing a comma, a semicolon or a line break', () => {
    expect(csvCell('Lyon, Grenoble')).toBe('"Lyon, Grenoble"');
    expect(csvCell('a ; b')).toBe('"a ; b"');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
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
      expect(csvCell(input)).toBe(expected);
    },
  );

  it('prefixes and doubles quotes together', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  it('leaves those characters alone when they are not at the start', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('2013-2018')).toBe('2013-2018');
    expect(csvCell('x@y.fr')).toBe('x@y.fr');
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

  it('guards header cells too', () => {
    expect(toCsv({ columns: ['-x'], rows: [[1]] })).toBe(`\uFEFF"'-x"\r\n1\r\n`);
  });
});
