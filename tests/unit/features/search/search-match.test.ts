import { describe, expect, it } from 'vitest';
import { normalizeSearch, searchPoles } from '../../../../src/features/search/search-match';
import { pole } from '../../../fixtures/rows';

const POLES = [
  pole({ id: 'elastopole', name: 'Elastopôle', theme: 'chimie', hq_city: 'Orléans' }),
  pole({ id: 'dream', name: 'DREAM Eau & Milieux', theme: 'eau', hq_city: 'Orléans' }),
  pole({ id: 's2e2', name: 'S2E2', theme: 'energie', hq_city: 'Tours' }),
  pole({ id: 'pole-eau', name: 'Pôle Eau', theme: 'eau', hq_city: 'Montpellier' }),
  pole({ id: 'sans-ville', name: 'Sans Ville', theme: 'eau', hq_city: null }),
  pole({ id: 'tours-tech', name: 'Tours Technologies', theme: 'energie', hq_city: 'Paris' }),
];
const themeLabel = (id: string) => `Thème ${id}`;

describe('normalizeSearch', () => {
  it('drops accents and case, and makes punctuation one space', () => {
    expect(normalizeSearch('  Élastopôle ')).toBe('elastopole');
    expect(normalizeSearch('DREAM Eau & Milieux')).toBe('dream eau milieux');
    expect(normalizeSearch('Champs-sur-Marne')).toBe('champs sur marne');
  });
});

describe('searchPoles', () => {
  it('finds a name whatever its accents and case', () => {
    expect(searchPoles(POLES, 'elastopole', themeLabel)).toEqual([
      { id: 'elastopole', name: 'Elastopôle', city: 'Orléans', theme: 'Thème chimie' },
    ]);
    expect(searchPoles(POLES, 'ÉLASTO', themeLabel).map((s) => s.id)).toEqual(['elastopole']);
  });

  it('finds the poles of a seat city, after the names that match', () => {
    expect(searchPoles(POLES, 'orleans', themeLabel).map((s) => s.id)).toEqual(['dream', 'elastopole']);
    expect(searchPoles(POLES, 'tours', themeLabel).map((s) => s.id)).toEqual(['tours-tech', 's2e2']);
  });

  it('puts a name that starts with the query before one that only contains it', () => {
    expect(
      searchPoles(POLES, 'e', themeLabel)
        .map((s) => s.id)
        .slice(0, 1),
    ).toEqual(['elastopole']);
  });

  it('gives nothing for an empty query and at most the limit', () => {
    expect(searchPoles(POLES, '  ', themeLabel)).toEqual([]);
    expect(searchPoles(POLES, 'o', themeLabel, 2)).toHaveLength(2);
    const many = Array.from({ length: 12 }, (_, index) => pole({ id: `p${index}`, name: `Pôle ${index}` }));
    expect(searchPoles(many, 'pole', themeLabel)).toHaveLength(8);
  });
});
