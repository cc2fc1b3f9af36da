import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import type { Pole } from '../../src/data/schemas';
import { slideForKey } from '../../src/features/presentation/slides';
import {
  comparisonBars,
  comparisonTable,
  comparisonTakeaway,
} from '../../src/features/comparison/comparison-view';
import { wrapLabel } from '../../src/components/wrapped-tick';
import { wrapText } from '../../src/lib/chart-export';
import { comparedPoles } from '../../src/selectors/comparison';
import { filtersCaption } from '../../src/selectors/filters-caption';
import { labelIndex } from '../../src/selectors/labels';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from '../../src/store/url-state';
import { fetcherFromDisk } from '../fixtures/disk';

describe('keys a presenter or a clicker sends', () => {
  it.each([
    ['ArrowRight', false, 2, 3],
    ['ArrowDown', false, 2, 3],
    ['PageDown', false, 2, 3],
    [' ', false, 2, 3],
    [' ', true, 2, 1],
    ['ArrowLeft', false, 2, 1],
    ['ArrowUp', false, 2, 1],
    ['PageUp', false, 2, 1],
    ['Home', false, 2, 0],
    ['End', false, 2, 5],
  ] as const)('%s (shift %s) from slide %i goes to slide %i of 6', (key, shift, from, to) => {
    expect(slideForKey(key, shift, from, 6)).toBe(to);
  });

  it('stops at both ends of the deck', () => {
    expect(slideForKey('ArrowRight', false, 5, 6)).toBe(5);
    expect(slideForKey('PageUp', false, 0, 6)).toBe(0);
  });

  it('leaves other keys alone', () => {
    expect(slideForKey('a', false, 2, 6)).toBeNull();
    expect(slideForKey('Enter', false, 2, 6)).toBeNull();
  });
});

describe('comparison in the address', () => {
  it('keeps the picked order, drops repeats and stops at four poles', () => {
    expect(
      parseUrlState('?comparer=dream,s2e2,dream,elastopole,cosmetic-valley,systematic').compared,
    ).toEqual(['dream', 's2e2', 'elastopole', 'cosmetic-valley']);
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, compared: ['s2e2', 'dream'] })).toBe(
      '?comparer=s2e2,dream',
    );
  });
});

describe('filters caption', () => {
  const theme = labelIndex([
    { id: 'energie', label: 'Énergie' },
    { id: 'mer', label: 'Mer' },
  ]);
  const region = labelIndex([{ id: 'centre', label: 'Centre' }]);

  it('says when there is no filter', () => {
    expect(filtersCaption({ themes: [], regions: [] }, theme, region)).toBe('Filtres : aucun');
  });

  it('names every active filter with its label', () => {
    expect(filtersCaption({ themes: ['energie', 'mer'], regions: ['centre'] }, theme, region)).toBe(
      'Filtres : thèmes Énergie, Mer ; région Centre',
    );
  });
});

describe('wrapping text for exported images', () => {
  it('breaks at spaces and keeps every word', () => {
    const text = 'Cosmetic Valley rassemble 48 % des adhérents des 4 pôles du Centre (300 sur 620).';
    const lines = wrapText(text, 200, 15);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (15 * 0.52)) + 12);
  });
});

describe('side-by-side comparison', () => {
  let poles: readonly Pole[] = [];
  beforeAll(async () => {
    const result = await loadDataset(fetcherFromDisk);
    if (!('rows' in result.poles)) throw new Error('poles.csv should load');
    poles = result.poles.rows;
  });

  it('keeps the picked order and skips unknown ids', () => {
    expect(comparedPoles(poles, ['dream', 'inconnu', 'cosmetic-valley']).map((pole) => pole.id)).toEqual([
      'dream',
      'cosmetic-valley',
    ]);
  });

  it('gives one column per pole and one row per fact, members with their year', () => {
    const picked = comparedPoles(poles, ['systematic', 'cosmetic-valley', 'qualitropic']);
    const table = comparisonTable(picked, { theme: (id) => id, region: (id) => id, source: () => undefined });
    expect(table.columns.map((column) => column.label)).toEqual([
      'Critère',
      'Systematic Paris-Region',
      'Cosmetic Valley',
      'Qualitropic',
    ]);
    const members = table.rows.find((row) => row.key === 'members');
    expect(members?.cells.map((c) => c.display)).toEqual([
      'Adhérents (année du chiffre)',
      '600 (2011)',
      '300 (2014)',
      'inconnu',
    ]);
    expect(members?.cells.map((c) => c.raw)).toEqual(['Adhérents (année du chiffre)', 600, 300, null]);
  });

  it('draws only known member counts, each with its year', () => {
    const picked = comparedPoles(poles, ['systematic', 'qualitropic', 'aerospace-valley']);
    expect(comparisonBars(picked).map((bar) => bar.valueLabel)).toEqual(['600 · 2011', '637 · année ?']);
  });

  it('sums up the comparison in one sentence', () => {
    expect(comparisonTakeaway(comparedPoles(poles, ['dream']))).toBe(
      'Cochez au moins deux pôles dans la liste pour les comparer côte à côte.',
    );
    expect(comparisonTakeaway(comparedPoles(poles, ['dream', 's2e2']))).toBe(
      "2 pôles de 2 thèmes comparés : S2E2 (Sciences et Systèmes de l'Énergie Électrique) compte le plus d’adhérents (130, 2014) ; les effectifs peuvent dater d’années différentes.",
    );
  });
});

describe('axis labels on two lines', () => {
  it('breaks a long compound after a hyphen when it cannot fit on one line', () => {
    expect(wrapLabel('Languedoc-Roussillon', 14)).toEqual(['Languedoc-', 'Roussillon']);
    expect(wrapLabel("Provence-Alpes-Côte d'Azur", 16)).toEqual(['Provence-Alpes-', "Côte d'Azur"]);
  });

  it('keeps short labels whole and shortens a third line into an ellipsis', () => {
    expect(wrapLabel('Centre', 14)).toEqual(['Centre']);
    expect(wrapLabel('Agriculture et agroalimentaire', 14)).toEqual(['Agriculture et', 'agroalimentaire']);
    expect(wrapLabel('S2E2 (Sciences et Systèmes de l’Énergie Électrique)', 14)).toEqual([
      'S2E2 (Sciences',
      'et Systèmes d…',
    ]);
  });
});
