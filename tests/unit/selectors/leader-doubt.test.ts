import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/model/view';
import { leaderDoubts } from '../../../src/selectors/leader-doubt';
import { EN, FR } from '../../fixtures/i18n';
import { pole } from '../../fixtures/rows';

// Three poles seated in Centre, two in PACA; two of Centre's could be in PACA, one of PACA's in Centre.
const POLES = [
  pole({ id: 'c1', name: 'Un', region_2013: 'centre', doubt_region_2013: 'paca' }),
  pole({ id: 'c2', name: 'Deux', region_2013: 'centre' }),
  pole({ id: 'c3', name: 'Trois', region_2013: 'centre', doubt_region_2013: 'paca' }),
  pole({ id: 'p1', name: 'Quatre', region_2013: 'paca', doubt_region_2013: 'centre' }),
  pole({ id: 'p2', name: 'Cinq', region_2013: 'paca', doubt_region_2013: 'paca' }),
];
const TALLIES = [
  { id: 'centre', label: 'Centre', count: 3 },
  { id: 'paca', label: 'PACA', count: 2 },
];
const VIEW = { filters: NO_FILTERS, regionScheme: '2013' as const };

describe('leaderDoubts', () => {
  it('says, for each doubtful seat that would change who leads, who would lead', () => {
    expect(leaderDoubts(POLES, 'regions', TALLIES, VIEW, FR)).toEqual([
      'Réserve\u00a0: si le siège de Un était en PACA (autre région possible, voir sa fiche), PACA serait en tête (3\u00a0pôles).',
      'Réserve\u00a0: si le siège de Trois était en PACA (autre région possible, voir sa fiche), PACA serait en tête (3\u00a0pôles).',
    ]);
  });

  it('says when a move would make a tie', () => {
    const tied = [
      { id: 'centre', label: 'Centre', count: 3 },
      { id: 'paca', label: 'PACA', count: 1 },
    ];
    expect(leaderDoubts(POLES.slice(0, 4), 'regions', tied, VIEW, FR)).toEqual([
      'Réserve\u00a0: si le siège de Un était en PACA (autre région possible, voir sa fiche), Centre et PACA seraient à égalité en tête (2\u00a0pôles chacune).',
      'Réserve\u00a0: si le siège de Trois était en PACA (autre région possible, voir sa fiche), Centre et PACA seraient à égalité en tête (2\u00a0pôles chacune).',
    ]);
  });

  it('says it in English in the English page', () => {
    expect(leaderDoubts(POLES, 'regions', TALLIES, VIEW, EN)[0]).toBe(
      'Caveat: if Un’s seat were in PACA (another possible region, see its profile), PACA would lead (3 clusters).',
    );
  });

  it('says nothing for another facet than the regions', () => {
    expect(leaderDoubts(POLES, 'themes', TALLIES, VIEW, FR)).toEqual([]);
  });
});
