import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../src/data/read-data-file';
import { POLE_COLUMNS, poleRow } from '../../fixtures/csv';
import { cp1252Bytes } from '../../fixtures/encodings';

const PATH = 'data/poles.csv';

/** poles.csv as French Excel writes it: semicolons, CRLF, thousands grouped with a space. */
function excelPoles(): string {
  const rows = [
    POLE_COLUMNS,
    poleRow({ theme: 'chimie-et-materiaux', name: 'Pôle « Chimie et matériaux »', members: '1 200' }),
    poleRow({ id: 's2e2', name: 'S2E2', members: '130', notes: 'Tours; Orléans' }),
  ];
  return rows
    .map((row) => row.map((cell) => (cell.includes(';') ? `"${cell}"` : cell)).join(';'))
    .join('\r\n');
}

const latin1 = cp1252Bytes;

describe('readDataFile', () => {
  it('reads the same rows from UTF-8 text, UTF-8 bytes with a BOM and Windows-1252 bytes', () => {
    const text = excelPoles();
    const fromText = readDataFile('poles', PATH, text);
    const fromUtf8 = readDataFile('poles', PATH, new TextEncoder().encode(`\uFEFF${text}`));
    const fromCp1252 = readDataFile('poles', PATH, latin1(text));
    for (const result of [fromText, fromUtf8, fromCp1252]) {
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.delimiter).toBe(';');
      expect(result.table.rows.map((pole) => [pole.name, pole.members, pole.notes])).toEqual([
        ['Pôle « Chimie et matériaux »', 1200, null],
        ['S2E2', 130, 'Tours; Orléans'],
      ]);
      expect(result.table.lines).toEqual([2, 3]);
    }
    expect([fromText, fromUtf8, fromCp1252].map((result) => result.ok && result.encoding)).toEqual([
      null,
      'utf-8',
      'windows-1252',
    ]);
  });

  it('gives the decoding diagnosis alone for bytes it cannot read', () => {
    const result = readDataFile('themes', 'import/themes.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04]));
    expect(result).toMatchObject({ ok: false, warnings: [] });
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ file: 'import/themes.csv', line: null });
    expect(result.issues[0]?.value).toMatch(/xlsx/);
  });

  it('gives a file-level diagnosis, not one issue per row, for an HTML page', () => {
    const page = `<!doctype html><title>Page introuvable</title>${'<p>x</p>\n'.repeat(80)}`;
    const result = readDataFile('poles', PATH, page);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => issue.value)).toEqual([
        'une page web (HTML) titrée « Page introuvable »',
      ]);
  });

  it('types the cells and names line, column and value of each faulty one', () => {
    const result = readDataFile('themes', 'data/themes.csv', 'id,label,label_en\nEnergie,Énergie,Energy\n');
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ file: 'data/themes.csv', line: 2, column: 'id', value: 'Energie' })],
      warnings: [],
    });
  });

  it('keeps the warnings of a file it reads', () => {
    const result = readDataFile(
      'themes',
      'data/themes.csv',
      'id,label,label_en,couleur\nenergie,Énergie,Energy,bleu\n',
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map((warning) => warning.column)).toEqual(['couleur']);
  });

  it('refuses a header without data', () => {
    expect(readDataFile('themes', 'data/themes.csv', 'id;label;label_en\r\n')).toMatchObject({
      ok: false,
      issues: [{ expected: 'au moins une ligne de données' }],
    });
  });
});
