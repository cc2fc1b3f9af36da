import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../src/data/decode';
import { cp1252Bytes, utf16Bytes, utf8Bytes } from '../../fixtures/encodings';

const FILE = 'data/poles.csv';
const TEXT = 'id,theme\ncosmetic-valley,Chimie et matériaux\n';

const utf8 = (text: string) => utf8Bytes(text);
const cp1252 = cp1252Bytes;
const utf16 = utf16Bytes;

const textOf = (bytes: Uint8Array) => {
  const result = decodeCsv(bytes, FILE);
  if ('issue' in result) throw new Error(result.issue.expected);
  return result;
};
const issueOf = (bytes: Uint8Array) => {
  const result = decodeCsv(bytes, FILE);
  if ('text' in result) throw new Error(`decoded as ${result.encoding}`);
  return result.issue;
};

describe('decodeCsv', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(textOf(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM, and drops the BOM so that the first column keeps its name', () => {
    expect(textOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({
      text: TEXT,
      encoding: 'utf-8',
    });
  });

  it('reads Windows-1252 (French Excel) when the bytes are not UTF-8: « Chimie et matériaux »', () => {
    const result = textOf(cp1252('id,theme\nx,Chimie et matériaux\ny,Cœur l’€\n'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe('id,theme\nx,Chimie et matériaux\ny,Cœur l’€\n');
  });

  it('reads UTF-16 little and big endian with a BOM', () => {
    expect(textOf(utf16(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(textOf(utf16(TEXT, false))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('keeps CRLF line ends for the parser, which counts them as one line', () => {
    expect(textOf(utf8('a,b\r\n1,2\r\n')).text).toBe('a,b\r\n1,2\r\n');
  });

  it('diagnoses UTF-16 without a BOM (NUL bytes) instead of reading garbage', () => {
    expect(issueOf(utf16(TEXT, true, false))).toEqual({
      file: FILE,
      line: null,
      column: null,
      value: 'des octets nuls (UTF-16 sans BOM ou fichier binaire)',
      expected:
        'un fichier CSV en texte, encodé en UTF-8 (avec ou sans BOM), Windows-1252 ou UTF-16 avec BOM',
    });
  });

  it('names an Excel workbook given in place of the CSV', () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(issueOf(xlsx).value).toBe('un classeur Excel (.xlsx) ou une archive ZIP');
    expect(issueOf(xlsx).expected).toMatch(/enregistrez le classeur au format CSV/);
  });

  it('diagnoses bytes that are neither UTF-8 nor Windows-1252, naming the byte', () => {
    expect(issueOf(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xe9, 0x81]))).toMatchObject({
      value: 'l’octet 0x81, ni UTF-8 ni Windows-1252',
    });
  });

  it('diagnoses a UTF-8 BOM followed by bytes that are not UTF-8', () => {
    expect(issueOf(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x0a])).value).toBe(
      'des octets invalides en UTF-8 malgré son BOM',
    );
  });

  it('gives an empty file as empty text, for the diagnosis to name', () => {
    expect(textOf(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
