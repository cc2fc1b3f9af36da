import { describe, expect, it } from 'vitest';
import { facetCodes, facetKey } from '../../../src/data/pole-facets';
import {
  comparePoleNames,
  knownPolesIndex,
  nameOrder,
  polesIndex,
  rememberPolesIndex,
} from '../../../src/data/poles-index';
import { pole } from '../../fixtures/rows';

/** Names that a plain code-point sort would order otherwise: accents, case, digits, and two ties. */
const POLES = [
  pole({ id: 'z', name: 'Vegepolys', theme: 'agro', region_2013: 'pays-de-la-loire', year_labelled: 2005 }),
  pole({ id: 'e1', name: 'Élastopôle', theme: 'chimie', region_2013: 'centre', region_2016: 'cvl' }),
  pole({ id: 'a', name: 'aerospace valley', theme: 'aero', region_2013: 'midi-pyrenees' }),
  pole({ id: 'e2', name: 'Elastopole', theme: 'chimie', region_2013: 'centre', region_2016: 'cvl' }),
  pole({ id: 't1', name: 'Pôle 10', year_labelled: 2010, evaluation_2012: 'performant' }),
  pole({ id: 't2', name: 'Pôle 9', year_labelled: 2007, category: 'mondial' }),
  pole({ id: 'd1', name: 'S2E2', region_2013: 'centre', region_2016: 'cvl' }),
  pole({ id: 'd2', name: 'S2E2', region_2013: 'paca', region_2016: 'paca' }),
];

describe('nameOrder', () => {
  it('gives the rows in the order the list sorts the poles by name, ties in file order', () => {
    const sorted = [...POLES].sort(comparePoleNames);
    expect(Array.from(nameOrder(POLES), (row) => POLES[row]?.id)).toEqual(sorted.map((p) => p.id));
    expect(sorted.filter((p) => p.name === 'S2E2').map((p) => p.id)).toEqual(['d1', 'd2']);
  });

  it('is empty for no poles', () => {
    expect([...nameOrder([])]).toEqual([]);
  });
});

describe('polesIndex', () => {
  it('holds every facet coded as the page would code it, regions on both maps', () => {
    const index = polesIndex(POLES);
    expect([...index.facets.keys()].sort()).toEqual(
      ['categories', 'evaluations', 'regions-2013', 'regions-2016', 'themes', 'years'].sort(),
    );
    for (const dimension of ['themes', 'regions', 'categories', 'years', 'evaluations'] as const)
      for (const scheme of ['2013', '2016'] as const) {
        const column = index.facets.get(facetKey(dimension, scheme));
        const expected = facetCodes(POLES, dimension, scheme);
        expect(column?.values).toEqual(expected.values);
        expect([...(column?.codes ?? [])]).toEqual([...expected.codes]);
      }
    expect([...index.byName]).toEqual([...nameOrder(POLES)]);
  });
});

describe('rememberPolesIndex', () => {
  it('keeps an index for the very array it was worked out for', () => {
    const poles = [...POLES];
    const index = polesIndex(poles);
    rememberPolesIndex(poles, index);
    expect(knownPolesIndex(poles)).toBe(index);
    expect(knownPolesIndex([...poles])).toBeUndefined();
  });

  it('keeps none that does not fit the poles, one code per pole', () => {
    const poles = [...POLES];
    rememberPolesIndex(poles, polesIndex(POLES.slice(1)));
    expect(knownPolesIndex(poles)).toBeUndefined();
  });
});
