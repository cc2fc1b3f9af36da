import { describe, expect, it } from 'vitest';
import { DATA_FILES, FILE_IDS } from '../../../src/data/files';

describe('DATA_FILES and FILE_IDS', () => {
  it('lists the ids of the data files in the order of DATA_FILES', () => {
    expect(FILE_IDS).toEqual(Object.keys(DATA_FILES));
    expect(FILE_IDS).toEqual([
      'poles',
      'themes',
      'regions',
      'sources',
      'funding',
      'milestones',
      'departements',
    ]);
  });

  it('reads each file from data/ under its own name', () => {
    expect(FILE_IDS.map((id) => DATA_FILES[id].path)).toEqual(FILE_IDS.map((id) => `data/${id}.csv`));
  });
});
