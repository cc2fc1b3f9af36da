import { describe, expect, it } from 'vitest';
import { departementChecks } from '../../../src/data/departement-checks';
import { departement, table } from '../../fixtures/rows';

const FILE = 'data/departements.csv';
const REGIONS_2013 = new Set(['centre', 'bretagne', 'corse']);
const REGIONS_2016 = new Set(['centre-val-de-loire', 'bretagne', 'corse']);
const CODE_EXPECTED = 'un code INSEE de département (01 à 95, 2A, 2B, 971 à 976)';

const check = (rows: Parameters<typeof table<ReturnType<typeof departement>>>[0], lines?: number[]) =>
  departementChecks(lines === undefined ? table(rows) : { rows, lines }, REGIONS_2013, REGIONS_2016);

describe('departementChecks', () => {
  it('accepts mainland, Corsican and overseas codes, each once', () => {
    expect(
      check([
        departement('01', 'centre', 'centre-val-de-loire'),
        departement('18', 'centre', 'centre-val-de-loire'),
        departement('2A', 'corse', 'corse'),
        departement('2B', 'corse', 'corse'),
        departement('29', 'bretagne', 'bretagne'),
        departement('95', 'bretagne', 'bretagne'),
        departement('971', 'bretagne', 'bretagne'),
        departement('976', 'bretagne', 'bretagne'),
      ]),
    ).toEqual([]);
  });

  it.each(['1', '00', '20', '96', '2C', '2a', '970', '977', 'A1', ' 18', ''])(
    'reports the code « %s », which is no INSEE department code, at its line',
    (code) => {
      expect(
        check([
          departement('18', 'centre', 'centre-val-de-loire'),
          departement(code, 'centre', 'centre-val-de-loire'),
        ]),
      ).toEqual([{ file: FILE, line: 3, column: 'code', value: code, expected: CODE_EXPECTED }]);
    },
  );

  it('reports a repeated code at each later line, naming the line of the first use', () => {
    expect(
      check([
        departement('18', 'centre', 'centre-val-de-loire'),
        departement('28', 'centre', 'centre-val-de-loire'),
        departement('18', 'centre', 'centre-val-de-loire'),
        departement('18', 'centre', 'centre-val-de-loire'),
      ]),
    ).toEqual([
      { file: FILE, line: 4, column: 'code', value: '18', expected: 'un code unique (déjà utilisé ligne 2)' },
      { file: FILE, line: 5, column: 'code', value: '18', expected: 'un code unique (déjà utilisé ligne 4)' },
    ]);
  });

  it('uses the real file lines, not the row positions', () => {
    expect(
      check(
        [
          departement('18', 'centre', 'centre-val-de-loire'),
          departement('18', 'centre', 'centre-val-de-loire'),
        ],
        [5, 9],
      ),
    ).toEqual([
      { file: FILE, line: 9, column: 'code', value: '18', expected: 'un code unique (déjà utilisé ligne 5)' },
    ]);
  });

  it('reports a region unknown on its map, even when it exists on the other map', () => {
    expect(
      check([
        departement('18', 'centre-val-de-loire', 'centre-val-de-loire'),
        departement('28', 'centre', 'centre'),
        departement('36', 'atlantide', 'lemurie'),
      ]),
    ).toEqual([
      {
        file: FILE,
        line: 2,
        column: 'region_2013',
        value: 'centre-val-de-loire',
        expected: 'une région de 2013 présente dans data/regions.csv (in_2013 = true)',
      },
      {
        file: FILE,
        line: 4,
        column: 'region_2013',
        value: 'atlantide',
        expected: 'une région de 2013 présente dans data/regions.csv (in_2013 = true)',
      },
      {
        file: FILE,
        line: 3,
        column: 'region_2016',
        value: 'centre',
        expected: 'une région de 2016 présente dans data/regions.csv (in_2016 = true)',
      },
      {
        file: FILE,
        line: 4,
        column: 'region_2016',
        value: 'lemurie',
        expected: 'une région de 2016 présente dans data/regions.csv (in_2016 = true)',
      },
    ]);
  });

  it('checks the codes only when the regions are not known (regions.csv failed)', () => {
    const rows = [departement('18', 'atlantide', 'atlantide'), departement('1', 'atlantide', 'atlantide')];
    expect(departementChecks(table(rows), null, null)).toEqual([
      { file: FILE, line: 3, column: 'code', value: '1', expected: CODE_EXPECTED },
    ]);
  });

  it('gives no issue for an empty table', () => {
    expect(check([])).toEqual([]);
  });
});
