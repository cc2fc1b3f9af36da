import type { Filters, RegionScheme } from '../model/view';

/** What filtering needs of a view: the filters, and which map of regions the region filter means. */
export interface Selection {
  readonly filters: Filters;
  readonly regionScheme: RegionScheme;
}

export { poleValue } from '../data/pole-facets';
