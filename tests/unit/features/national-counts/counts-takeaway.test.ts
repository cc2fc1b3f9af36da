import { describe, expect, it } from 'vitest';
import { leaderTakeaway } from '../../../../src/features/national-counts/counts-takeaway';
import type { CategoryCount } from '../../../../src/selectors/facets';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { EN, FR } from '../../../fixtures/i18n';

const NBSP = '\u00a0';
const COLON = `${NBSP}:`;

const count = (id: string, label: string, n: number): CategoryCount => ({
  id,
  label,
  count: n,
  selected: false,
});
// Compared up to the kind of space before « : » (see withFrenchSpaces).
const takeaway = (counts: readonly CategoryCount[]) => withFrenchSpaces(leaderTakeaway(counts, 'themes', FR));

describe('leaderTakeaway', () => {
  it('names the single leader with its count and the total', () => {
    expect(takeaway([count('energie', 'Énergie', 3), count('mer', 'Mer', 1), count('x', 'X', 1)])).toBe(
      `Énergie est le thème le plus représenté${COLON} 3${NBSP}pôles sur 5.`,
    );
  });

  it('lists ties, joining the last two names with « et »', () => {
    expect(takeaway([count('mer', 'Mer', 2), count('services', 'Services', 2), count('x', 'X', 1)])).toBe(
      `2 thèmes à égalité en tête (2${NBSP}pôles chacun sur 5)${COLON} Mer et Services.`,
    );
    expect(takeaway([count('a', 'A', 1), count('b', 'B', 1), count('c', 'C', 1)])).toBe(
      `3 thèmes à égalité en tête (1${NBSP}pôle chacun sur 3)${COLON} A, B et C.`,
    );
  });

  it('uses the singular for a single pole', () => {
    expect(takeaway([count('mer', 'Mer', 1), count('x', 'X', 0)])).toBe(
      `Mer est le thème le plus représenté${COLON} 1${NBSP}pôle sur 1.`,
    );
  });

  it('says that no pole matches when every count is zero', () => {
    expect(takeaway([count('mer', 'Mer', 0)])).toBe('Aucun pôle ne correspond aux filtres.');
  });
});

describe('leaderTakeaway in other words', () => {
  it('finds the leader wherever it stands in the list', () => {
    expect(takeaway([count('x', 'X', 1), count('energie', 'Énergie', 3)])).toBe(
      `Énergie est le thème le plus représenté${COLON} 3${NBSP}pôles sur 4.`,
    );
  });

  it('uses the noun and verb of the dimension it is given', () => {
    expect(
      withFrenchSpaces(
        leaderTakeaway([count('centre', 'Centre', 4), count('bretagne', 'Bretagne', 2)], 'regions', FR),
      ),
    ).toBe(`Centre accueille le plus de sièges de pôles${COLON} 4${NBSP}pôles sur 6.`);
  });
});

describe('leaderTakeaway in English', () => {
  it('names the leader with English plurals and numbers', () => {
    expect(leaderTakeaway([count('energie', 'Energy', 1200), count('x', 'X', 1)], 'themes', EN)).toBe(
      'Energy is the most represented theme: 1,200 clusters of 1,201.',
    );
    expect(leaderTakeaway([count('centre', 'Centre', 1), count('x', 'X', 0)], 'regions', EN)).toBe(
      'Centre hosts the most cluster headquarters: 1 cluster of 1.',
    );
  });

  it('lists ties joined with « and » (British English: no serial comma)', () => {
    expect(leaderTakeaway([count('a', 'A', 2), count('b', 'B', 2), count('c', 'C', 2)], 'years', EN)).toBe(
      '3 years tie for first place (2 clusters each of 6): A, B and C.',
    );
  });
});
