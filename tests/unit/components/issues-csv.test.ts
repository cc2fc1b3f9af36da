import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../../src/data/issue';
import { columnText, issuesFileName, issuesTable } from '../../../src/components/issues-csv';
import { toCsv } from '../../../src/lib/csv-export';

const SHEET = 'erreurs.xlsx, feuille «\u202fpoles\u202f» (pour data/poles.csv)';
const inSheet: DataIssue = {
  file: SHEET,
  line: 4,
  column: 'year_labelled',
  columnLetter: 'H',
  value: '1999',
  expected: 'un nombre entier entre 2004 et 2013',
};
const inCsv: DataIssue = {
  file: 'data/poles.csv',
  line: 7,
  column: 'members',
  value: 'beaucoup',
  expected: 'un nombre entier',
};
const wholeFile: DataIssue = { file: 'data/poles.csv', line: null, column: null, value: null, expected: 'x' };

describe('issuesTable', () => {
  it('names a workbook error’s column by its letter and header, as the panel does, and a CSV error’s by its header', () => {
    const table = issuesTable([inSheet, inCsv, wholeFile]);
    expect(table.columns).toEqual(['fichier', 'ligne', 'colonne', 'valeur', 'attendu']);
    expect(table.rows).toEqual([
      [SHEET, 4, 'H «\u202fyear_labelled\u202f»', '1999', 'un nombre entier entre 2004 et 2013'],
      ['data/poles.csv', 7, 'members', 'beaucoup', 'un nombre entier'],
      ['data/poles.csv', null, null, null, 'x'],
    ]);
  });

  it('writes the letter and header in one cell of the CSV file', () => {
    const [, first] = toCsv(issuesTable([inSheet])).split('\r\n');
    expect(first).toBe(`"${SHEET}",4,H «\u202fyear_labelled\u202f»,1999,un nombre entier entre 2004 et 2013`);
  });
});

describe('columnText', () => {
  it('gives the letter before the header only where the issue has one', () => {
    expect(columnText(inSheet)).toBe('H «\u202fyear_labelled\u202f»');
    expect(columnText(inCsv)).toBe('members');
    expect(columnText(wholeFile)).toBeNull();
  });
});

describe('issuesFileName', () => {
  it('names the list after the only file, or after the data as a whole', () => {
    expect(issuesFileName(['data/poles.csv'])).toBe('erreurs-poles.csv');
    expect(issuesFileName(['a.csv', 'b.csv'])).toBe('erreurs-donnees.csv');
  });
});
