import { beforeAll, describe, expect, it } from 'vitest';
import { checkImport, type ImportInput } from '../../../src/data/check-import';
import { MAX_IMPORT_BYTES } from '../../../src/data/import-limits';
import type { TypedTables } from '../../../src/data/dataset';
import { bundledTables } from '../../fixtures/bundled-tables';
import { editLine, readProjectFile } from '../../fixtures/disk';

let bundled: TypedTables;

beforeAll(async () => {
  bundled = await bundledTables();
});

const bytes = (text: string) => new TextEncoder().encode(text);
const POLES = readProjectFile('data/poles.csv');
// The bundled poles without the last one: a valid file that differs from what is loaded.
const FEWER_POLES = POLES.trimEnd().split('\n').slice(0, -1).join('\n') + '\n';

describe('checkImport', () => {
  it('recognises a file by its name, in any case and with a download counter, and replaces that file only', async () => {
    for (const name of ['poles.csv', 'Poles.CSV', 'poles (2).csv']) {
      const result = await checkImport([{ name, bytes: bytes(FEWER_POLES) }], bundled);
      if ('issues' in result) throw new Error(JSON.stringify(result.issues));
      expect(result.replaced).toEqual([{ file: 'poles', from: name }]);
      expect(result.tables.poles?.rows).toHaveLength(70);
      expect(result.tables.themes).toBe(bundled.themes);
    }
  });

  it('recognises a file by its header when its name says nothing', async () => {
    const result = await checkImport([{ name: 'export-2024.csv', text: FEWER_POLES }], bundled);
    expect('replaced' in result && result.replaced).toEqual([{ file: 'poles', from: 'export-2024.csv' }]);
    const themes = await checkImport([{ name: 'a.csv', text: readProjectFile('data/themes.csv') }], bundled);
    expect('replaced' in themes && themes.replaced).toEqual([{ file: 'themes', from: 'a.csv' }]);
  });

  it('refuses a file it cannot recognise, naming it and the names it knows', async () => {
    const result = await checkImport([{ name: 'notes.csv', text: 'a,b\n1,2\n' }], bundled);
    const issue = 'issues' in result ? result.issues[0] : undefined;
    expect(result).toEqual({ issues: [issue] });
    expect(issue).toMatchObject({ file: 'notes.csv', line: 1, value: 'a,b' });
    expect(issue?.expected).toContain('poles.csv, themes.csv');
  });

  it('names the line, column and value of a faulty cell, with the reader’s file name and what it stands for', async () => {
    const text = editLine('data/poles.csv', 5, (line) => line.replace(/,(\d{4}),/, ',1999,'));
    const result = await checkImport([{ name: 'mes-poles.csv', bytes: bytes(text) }], bundled);
    expect(result).toEqual({
      issues: [
        {
          file: 'mes-poles.csv (pour data/poles.csv)',
          line: 5,
          column: 'year_labelled',
          value: '1999',
          expected: 'un nombre entier entre 2004 et 2013',
        },
      ],
    });
  });

  it('gives exact lines across chunks, quoted line breaks included', async () => {
    const lines = FEWER_POLES.trimEnd().split('\n');
    const multiline = lines.map((line, index) =>
      index === 3 ? line.replace(/,Toulouse,/, ',"Tou\nlouse",') : line,
    );
    const broken = [...multiline.slice(0, 60), multiline[60]?.replace(/,(\d{4}),/, ',3000,') ?? ''].join(
      '\n',
    );
    const result = await checkImport([{ name: 'poles.csv', text: `${broken}\n` }], bundled, {
      chunkSize: 500,
    });
    expect('issues' in result && result.issues.map((issue) => [issue.line, issue.column])).toEqual([
      [62, 'year_labelled'],
    ]);
  });

  it('cross-checks an imported file with the current files it does not replace', async () => {
    const themes = readProjectFile('data/themes.csv')
      .split('\n')
      .filter((line) => !line.startsWith('energie,'))
      .join('\n');
    const result = await checkImport([{ name: 'themes.csv', text: themes }], bundled);
    if (!('issues' in result)) throw new Error('expected issues');
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.every((issue) => issue.file === 'data/poles.csv' && issue.value === 'energie')).toBe(
      true,
    );
  });

  it('cross-checks imported files with each other, so poles and their new themes come together', async () => {
    const themes = `${readProjectFile('data/themes.csv').trimEnd()}\nquantique,Technologies quantiques,Quantum technologies\n`;
    const poles = editLine('data/poles.csv', 2, (line) =>
      line.replace('ecotechnologies-et-environnement', 'quantique'),
    );
    const alone = await checkImport([{ name: 'poles.csv', text: poles }], bundled);
    expect('issues' in alone && alone.issues[0]?.value).toBe('quantique');
    const together = await checkImport(
      [
        { name: 'poles.csv', text: poles },
        { name: 'themes.csv', text: themes },
      ],
      bundled,
    );
    expect('replaced' in together && together.replaced.map((entry) => entry.file).sort()).toEqual([
      'poles',
      'themes',
    ]);
  });

  it('refuses two files for the same data file', async () => {
    const result = await checkImport(
      [
        { name: 'poles.csv', text: FEWER_POLES },
        { name: 'autres.csv', text: FEWER_POLES },
      ],
      bundled,
    );
    expect('issues' in result && result.issues[0]?.expected).toBe(
      'un seul fichier pour data/poles.csv (déjà donné par poles.csv)',
    );
  });

  it('refuses a file past the size limit without reading it', async () => {
    const big: ImportInput = { name: 'poles.csv', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) };
    const result = await checkImport([big], bundled);
    const issue = 'issues' in result ? result.issues[0] : undefined;
    expect(issue).toMatchObject({ file: 'poles.csv', value: '50\u00a0Mo' });
    expect(issue?.expected).toContain('50\u00a0Mo au plus\u202f: découpez-le');
  });

  it('refuses a file with a header and no rows, and a header without the expected columns', async () => {
    const header = POLES.split('\n')[0] ?? '';
    const empty = await checkImport([{ name: 'poles.csv', text: `${header}\n` }], bundled);
    expect('issues' in empty && empty.issues[0]?.expected).toBe('au moins une ligne de données');
    const missing = await checkImport([{ name: 'poles.csv', text: 'id,name\na,b\n' }], bundled);
    // One file-level diagnosis names every missing column.
    expect('issues' in missing && missing.issues).toHaveLength(1);
    expect('issues' in missing && missing.issues[0]).toMatchObject({ line: 1, column: null });
    expect('issues' in missing && missing.issues[0]?.expected).toContain('« theme »');
  });

  it('reports the rows read as it goes', async () => {
    const seen: number[] = [];
    await checkImport([{ name: 'poles.csv', text: FEWER_POLES }], bundled, {
      chunkSize: 2000,
      onProgress: (progress) => seen.push(progress.rowsRead),
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(70);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
