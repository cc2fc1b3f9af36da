import type { Pole } from '../data/schemas';
import type { Dimension, Filters, RegionScheme } from '../model/view';

/** What filtering needs of a view: the filters, and which map of regions the region filter means. */
export interface Selection {
  readonly filters: Filters;
  readonly regionScheme: RegionScheme;
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
