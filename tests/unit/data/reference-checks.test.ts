import { describe, expect, it } from 'vitest';
import { duplicateIds, idsOf, references } from '../../../src/data/reference-checks';
import { pole, region, table, theme } from '../../fixtures/rows';

describe('duplicateIds', () => {
  it('reports each repeated id at its line, naming the line of the first use', () => {
    expect(duplicateIds('themes', table([theme('mer'), theme('energie'), theme('mer')]))).toEqual([
      {
        file: 'data/themes.csv',
        line: 4,
        column: 'id',
        value: 'mer',
        expected: 'un identifiant unique (déjà utilisé ligne 2)',
      },
    ]);
  });

  it('gives no issue when every id is used once', () => {
    expect(duplicateIds('poles', table([pole({ id: 'a' }), pole({ id: 'b' })]))).toEqual([]);
  });
});

describe('references', () => {
  const known = new Set(['energie']);

  it('reports a value the other file does not know, at its line, and skips an empty one', () => {
    const poles = table([pole({ theme: 'energie' }), pole({ theme: 'electricite' }), pole({ theme: 'mer' })]);
    const pick = (row: ReturnType<typeof pole>) => (row.theme === 'mer' ? null : row.theme);
    expect(references('poles', poles, 'theme', pick, known, 'un thème connu')).toEqual([
      { file: 'data/poles.csv', line: 3, column: 'theme', value: 'electricite', expected: 'un thème connu' },
    ]);
  });
});

describe('idsOf', () => {
  it('gives no set for a file that did not load', () => {
    expect(idsOf(undefined)).toBeNull();
  });

  it('gives the ids of a table, or of the rows kept', () => {
    const regions = table([region('centre', true, false), region('bretagne', true, true)]);
    expect(idsOf(regions)).toEqual(new Set(['centre', 'bretagne']));
    expect(idsOf(regions, (row) => row.id !== 'centre')).toEqual(new Set(['bretagne']));
  });
});
