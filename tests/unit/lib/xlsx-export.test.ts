import { read, utils, type WorkBook } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { SheetAbout, SheetTable } from '../../../src/lib/sheet-table';
import { ABOUT_SHEET, DATA_SHEET, isoDaySerial, workbookBytes } from '../../../src/lib/xlsx-export';

const TABLE: SheetTable = {
  columns: [
    { label: 'Pôle', kind: 'text' },
    { label: 'Adhérents', kind: 'number' },
    { label: 'Adhérents (précision)', kind: 'text' },
    { label: 'Part', kind: 'percent' },
    { label: 'Année du label', kind: 'year' },
    { label: 'Date', kind: 'text' },
    { label: 'Montant (M€)', kind: 'number' },
  ],
  rows: [
    ['Advancity', 1300, 'plus de', 0.1408, 2005, '2014-01-07', 0.833333],
    ['=HYPERLINK("x")', null, null, null, 2007, '2004-12-02/2005-02-28', 5],
  ],
};

const ABOUT: SheetAbout = {
  title: 'Adhérents des pôles du Centre',
  caption: 'Adhérents des 4 pôles du Centre',
  sources: ['DIRECCTE Centre, « Pôles de compétitivité : nouvelle phase 2013-2018 », 7 janvier 2014'],
  filters: 'Filtres : thème Énergie',
  exportedAt: new Date(2026, 10, 26, 14, 30),
  imported: false,
};

const reread = (table: SheetTable, about: SheetAbout): WorkBook =>
  read(new Uint8Array(workbookBytes(table, about)), { type: 'array', cellNF: true });

function sheetOf(book: WorkBook, name: string) {
  const sheet = book.Sheets[name];
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('workbookBytes', () => {
  it('writes a data sheet then a « Source » sheet', () => {
    expect(reread(TABLE, ABOUT).SheetNames).toEqual([DATA_SHEET, ABOUT_SHEET]);
  });

  it('types each cell: numbers as numbers, years unseparated, shares as percentages, ISO days as dates', () => {
    const sheet = sheetOf(reread(TABLE, ABOUT), DATA_SHEET);
    expect(sheet.A1).toMatchObject({ t: 's', v: 'Pôle' });
    expect(sheet.B2).toMatchObject({ t: 'n', v: 1300, z: '#,##0' });
    expect(sheet.C2).toMatchObject({ t: 's', v: 'plus de' });
    expect(sheet.D2).toMatchObject({ t: 'n', v: 0.1408, z: '0.0%' });
    expect(sheet.E2).toMatchObject({ t: 'n', v: 2005, z: '0', w: '2005' });
    expect(sheet.F2).toMatchObject({
      t: 'n',
      v: isoDaySerial('2014-01-07'),
      z: 'dd/mm/yyyy',
      w: '07/01/2014',
    });
    expect(sheet.G2).toMatchObject({ t: 'n', v: 0.833333 });
    // A period stays text, an empty value stays an empty cell, and text that looks like a formula stays text.
    expect(sheet.F3).toMatchObject({ t: 's', v: '2004-12-02/2005-02-28' });
    expect(sheet.B3).toBeUndefined();
    expect(sheet.A3).toMatchObject({ t: 's', v: '=HYPERLINK("x")' });
    expect(sheet.A3).not.toHaveProperty('f');
    expect(utils.sheet_to_json(sheet, { header: 1 })).toHaveLength(3);
  });

  it('writes a number whose kind differs from its column with its own format', () => {
    const table: SheetTable = {
      columns: [{ label: 'Valeur', kind: 'number' }],
      rows: [[{ number: 2005, kind: 'year' }], [1300]],
    };
    const sheet = sheetOf(reread(table, ABOUT), DATA_SHEET);
    expect(sheet.A2).toMatchObject({ t: 'n', v: 2005, z: '0' });
    expect(sheet.A3).toMatchObject({ t: 'n', v: 1300, z: '#,##0' });
  });

  it('says on the second sheet the title, the source with its date, the filters, the origin and the export date', () => {
    const lines = utils.sheet_to_json<unknown[]>(sheetOf(reread(TABLE, ABOUT), ABOUT_SHEET), {
      header: 1,
      raw: false,
    });
    expect(lines).toEqual([
      ['Titre', ABOUT.title],
      ['Tableau', ABOUT.caption],
      ['Source', ABOUT.sources[0]],
      ['Filtres', 'Filtres : thème Énergie'],
      ['Origine des données', 'données publiées avec le tableau de bord'],
      ['Exporté le', '26/11/2026 14:30'],
    ]);
  });

  it('says « données importées » when the data come from an import, and lists every source', () => {
    const about = { ...ABOUT, imported: true, caption: ABOUT.title, sources: ['A, 2014', 'B, 2015'] };
    const lines = utils.sheet_to_json<unknown[]>(sheetOf(reread(TABLE, about), ABOUT_SHEET), {
      header: 1,
      raw: false,
      defval: '',
    });
    expect(lines.slice(0, 4)).toEqual([
      ['Titre', ABOUT.title],
      ['Sources', 'A, 2014'],
      ['', 'B, 2015'],
      ['Filtres', 'Filtres : thème Énergie'],
    ]);
    expect(lines[4]).toEqual(['Origine des données', 'données importées']);
  });
});

describe('isoDaySerial', () => {
  it('counts days as Excel does and refuses what is not a calendar day', () => {
    expect(isoDaySerial('1970-01-01')).toBe(25569);
    expect(isoDaySerial('2014-01-07')).toBe(41646);
    expect(isoDaySerial('2014-02-31')).toBeNull();
    expect(isoDaySerial('2014')).toBeNull();
  });
});
