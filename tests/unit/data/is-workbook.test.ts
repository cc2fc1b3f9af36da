import { describe, expect, it } from 'vitest';
import { isWorkbook } from '../../../src/data/is-workbook';
import { workbook } from '../../fixtures/workbook';

describe('isWorkbook', () => {
  it('knows a workbook by its name or by its bytes', () => {
    const bytes = workbook({ poles: [['id'], ['a']] });
    expect(isWorkbook({ name: 'Données.XLSX ', bytes: new Uint8Array(0) })).toBe(true);
    expect(isWorkbook({ name: 'poles.csv', bytes })).toBe(true);
    expect(isWorkbook({ name: 'poles.csv', bytes: new TextEncoder().encode('id\n') })).toBe(false);
    expect(isWorkbook({ name: 'poles.csv', text: 'id\n' })).toBe(false);
  });
});
