import { describe, expect, it } from 'vitest';
import {
  cell,
  columnKind,
  shareCell,
  tableToCsv,
  tableToSheet,
  type TableModel,
} from '../../../src/components/table-model';

describe('cell', () => {
  it('uses the text shown as the raw value unless told otherwise', () => {
    expect(cell('Orléans')).toEqual({ display: 'Orléans', raw: 'Orléans' });
    expect(cell('1\u202f300', 1300)).toEqual({ display: '1\u202f300', raw: 1300 });
    expect(cell('inconnu', null)).toEqual({ display: 'inconnu', raw: null });
  });

  it('carries a link only when given one', () => {
    expect(cell('DIRECCTE', 'https://example.org', 'https://example.org')).toEqual({
      display: 'DIRECCTE',
      raw: 'https://example.org',
      href: 'https://example.org',
    });
    expect(cell('DIRECCTE', 'direccte')).not.toHaveProperty('href');
  });
});

describe('tableToCsv', () => {
  it('gives the column labels as headers and the raw values, unformatted, as rows', () => {
    const table: TableModel = {
      caption: 'Adhérents',
      columns: [
        { key: 'name', label: 'Pôle' },
        { key: 'members', label: 'Adhérents', numeric: true },
      ],
      rows: [
        { key: 'cv', cells: [cell('Cosmetic Valley'), cell('1\u202f300', 1300)] },
        { key: 'vp', cells: [cell('Végépolys'), cell('inconnu', null)] },
      ],
    };
    expect(tableToCsv(table)).toEqual({
      columns: ['Pôle', 'Adhérents'],
      rows: [
        ['Cosmetic Valley', 1300],
        ['Végépolys', null],
      ],
    });
  });
});

describe('shareCell', () => {
  it('shows a rounded percentage and keeps four decimals for the CSV', () => {
    const share = shareCell(10, 71);
    expect(share.display).toMatch(/^14[\u00a0\u202f]%$/);
    expect(share.raw).toBe(0.1408);
  });

  it('is a dash with no raw value when the total is zero', () => {
    expect(shareCell(0, 0)).toEqual({ display: '—', raw: null });
  });
});

const MEMBERS: TableModel = {
  caption: 'Adhérents des pôles',
  columns: [
    { key: 'name', label: 'Pôle' },
    { key: 'members', label: 'Adhérents', numeric: true },
    { key: 'share', label: 'Part', numeric: true },
    { key: 'members_year', label: 'Année (adhérents)', numeric: true },
  ],
  rows: [
    {
      key: 'advancity',
      cells: [
        cell('Advancity'),
        { ...cell('plus de 100', 100), qualifier: 'plus de' },
        shareCell(100, 400),
        cell('2009', 2009),
      ],
    },
    { key: 's2e2', cells: [cell('S2E2'), cell('130', 130), shareCell(130, 400), cell('non précisée', null)] },
  ],
};

describe('columnKind', () => {
  it('reads years from the key or the label, shares from share cells, and text where no cell is a number', () => {
    const kinds = MEMBERS.columns.map((column, index) =>
      columnKind(
        column,
        MEMBERS.rows.map((row) => row.cells[index]),
      ),
    );
    expect(kinds).toEqual(['text', 'number', 'percent', 'year']);
  });

  it('lets a column say its kind, and keeps a year-named column of decimals a number', () => {
    expect(columnKind({ key: 'x', label: 'X', kind: 'percent' }, [cell('1', 1)])).toBe('percent');
    expect(columnKind({ key: 'period', label: 'Période' }, [cell('2013', 2013), cell('total')])).toBe('year');
    expect(columnKind({ key: 'year', label: 'Année' }, [cell('2013,5', 2013.5)])).toBe('number');
  });
});

describe('tableToSheet', () => {
  it('puts a qualifier in a column of its own after its number, which stays a number', () => {
    const sheet = tableToSheet(MEMBERS);
    expect(sheet.columns.map((column) => column.label)).toEqual([
      'Pôle',
      'Adhérents',
      'Adhérents (précision)',
      'Part',
      'Année (adhérents)',
    ]);
    expect(sheet.rows).toEqual([
      ['Advancity', 100, 'plus de', 0.25, 2009],
      ['S2E2', 130, null, 0.325, null],
    ]);
  });

  it('gives the CSV the same columns', () => {
    expect(tableToCsv(MEMBERS).columns).toContain('Adhérents (précision)');
    expect(tableToCsv(MEMBERS).rows[0]).toEqual(['Advancity', 100, 'plus de', 0.25, 2009]);
  });
});
