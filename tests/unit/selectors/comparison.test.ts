import { describe, expect, it } from 'vitest';
import { comparedPoles } from '../../../src/selectors/comparison';
import { pole } from '../../fixtures/rows';

const POLES = [pole({ id: 'avenia' }), pole({ id: 'dream' }), pole({ id: 's2e2' })];

describe('comparedPoles', () => {
  it('gives the compared poles in the order the reader picked them', () => {
    expect(comparedPoles(POLES, ['s2e2', 'avenia']).map((entry) => entry.id)).toEqual(['s2e2', 'avenia']);
  });

  it('skips the ids that the data does not know', () => {
    expect(comparedPoles(POLES, ['licorne', 'dream']).map((entry) => entry.id)).toEqual(['dream']);
  });

  it('gives the rows themselves', () => {
    const [first] = comparedPoles(POLES, ['dream']);
    expect(first).toBe(POLES[1]);
  });

  it('gives nothing when no pole is compared', () => {
    expect(comparedPoles(POLES, [])).toEqual([]);
  });
});
