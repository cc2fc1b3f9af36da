import type { Dimension, RegionScheme } from '../model/view';
import type { Pole } from './schemas';

/** One facet of every pole as small integers: `codes[i]` is the index in `values` of pole i's value. */
export interface FacetColumn {
  readonly values: readonly string[];
  readonly codes: Uint32Array;
}

/** The pole's value on a facet: its theme, its region on the chosen map, its status, year labelled or 2012 class. */
export function poleValue(pole: Pole, dimension: Dimension, scheme: RegionScheme): string {
  switch (dimension) {
    case 'themes':
      return pole.theme;
    case 'regions':
      return scheme === '2016' ? pole.region_2016 : pole.region_2013;
    case 'categories':
      return pole.category;
    case 'years':
      return String(pole.year_labelled);
    case 'evaluations':
      return pole.evaluation_2012;
  }
}

/** The name a facet's column goes by: the regions have one per map. */
export const facetKey = (dimension: Dimension, scheme: RegionScheme): string =>
  dimension === 'regions' ? `regions-${scheme}` : dimension;

/** The facet's column of codes, values numbered in the order they first appear. */
export function facetCodes(poles: readonly Pole[], dimension: Dimension, scheme: RegionScheme): FacetColumn {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const codes = new Uint32Array(poles.length);
  poles.forEach((pole, row) => {
    const value = poleValue(pole, dimension, scheme);
    let code = codeOf.get(value);
    if (code === undefined) {
      code = values.length;
      codeOf.set(value, code);
      values.push(value);
    }
    codes[row] = code;
  });
  return { values, codes };
}
