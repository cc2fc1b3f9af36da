import { describe, expect, it } from 'vitest';
import { buffersOf, joinParts, rowsParts } from '../../../src/data/import-protocol';
import { pole } from '../../fixtures/rows';

const poles = Array.from({ length: 5 }, (_, index) => pole({ id: `p${index}` }));
const themes = [{ id: 'energie', label: 'Énergie', label_en: 'Energy' }];

describe('rowsParts and joinParts', () => {
  it('cut the replaced tables into parts of a few rows, and put them back as they were', () => {
    const tables = { poles: { rows: poles, lines: [2, 3, 4, 5, 6] }, themes: { rows: themes, lines: [2] } };
    const replaced = [
      { file: 'poles', from: 'a.csv' },
      { file: 'themes', from: 'b.csv' },
    ] as const;
    const parts = rowsParts(tables, replaced, 2);
    expect(parts.map((part) => part.poles?.rows.length ?? part.themes?.rows.length)).toEqual([2, 2, 1, 1]);
    expect(parts.map((part) => Object.keys(part))).toEqual([['poles'], ['poles'], ['poles'], ['themes']]);
    const joined = joinParts(parts);
    expect(joined.poles).toEqual(tables.poles);
    expect(joined.themes).toEqual(tables.themes);
    expect(joined.regions).toBeUndefined();
  });

  it('leaves out tables that were not replaced', () => {
    const tables = { poles: { rows: poles, lines: [2, 3, 4, 5, 6] }, themes: { rows: themes, lines: [2] } };
    expect(joinParts(rowsParts(tables, [{ file: 'themes', from: 'b.csv' }], 2)).poles).toBeUndefined();
  });
});

describe('buffersOf', () => {
  it('gives each buffer under the bytes once, to transfer', () => {
    const whole = new Uint8Array(8);
    const other = new Uint8Array(2);
    expect(buffersOf([whole.subarray(0, 4), whole.subarray(4), other])).toEqual([whole.buffer, other.buffer]);
    expect(buffersOf([])).toEqual([]);
  });
});
