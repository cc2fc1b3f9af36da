import { describe, expect, it } from 'vitest';
import { firstNamesBy } from '../../../src/selectors/first-names';
import { pole } from '../../fixtures/rows';

const POLES = ['Vitagora', 'Élastopôle', 'Aerospace Valley', 'Cosmetic Valley', 'Derbi', 'Axelera'].map(
  (name, index) => pole({ id: `p${index}`, name, theme: index % 2 === 0 ? 'pair' : 'impair' }),
);

describe('firstNamesBy', () => {
  it('keeps the first names of each group in French order', () => {
    const groups = firstNamesBy(POLES, (p) => p.theme, 2);
    expect(groups.get('pair')).toEqual(['Aerospace Valley', 'Derbi']);
    expect(groups.get('impair')).toEqual(['Axelera', 'Cosmetic Valley']);
  });

  it('keeps every name when the limit is not reached, accents sorted as in French', () => {
    expect(firstNamesBy(POLES, () => 'tous', 10).get('tous')).toEqual([
      'Aerospace Valley',
      'Axelera',
      'Cosmetic Valley',
      'Derbi',
      'Élastopôle',
      'Vitagora',
    ]);
  });
});
