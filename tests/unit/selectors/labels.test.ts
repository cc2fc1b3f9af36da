import { describe, expect, it } from 'vitest';
import { CATEGORIES, EVALUATIONS } from '../../../src/data/schemas';
import { CATEGORY_LABELS, EVALUATION_LABELS, labelIndex } from '../../../src/selectors/labels';
import { theme } from '../../fixtures/rows';

describe('labelIndex', () => {
  it('finds a label by id, and falls back to the id', () => {
    const label = labelIndex([theme('energie', 'Énergie'), theme('mer', 'Mer')]);
    expect([label('energie'), label('mer'), label('inconnu')]).toEqual(['Énergie', 'Mer', 'inconnu']);
  });

  it('gives the ids themselves while the file is missing', () => {
    expect(labelIndex(null)('energie')).toBe('energie');
  });
});

describe('category and evaluation labels', () => {
  it('names each category of the schema in French', () => {
    expect(CATEGORIES.map((category) => CATEGORY_LABELS[category])).toEqual([
      'Mondial',
      'À vocation mondiale',
      'National',
    ]);
  });

  it('names each 2012 evaluation of the schema in French', () => {
    expect(EVALUATIONS.map((evaluation) => EVALUATION_LABELS[evaluation])).toEqual([
      'Très performant',
      'Performant',
      'Moins performant',
    ]);
  });
});
