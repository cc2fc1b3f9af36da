import { describe, expect, it } from 'vitest';
import { cell, shareCell, tableToCsv, type TableModel } from '../../../src/components/table-model';

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
