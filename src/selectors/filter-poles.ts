import type { Pole } from '../data/schemas';
import { DIMENSIONS, type Dimension, type Filters, type RegionScheme } from '../model/view';

/** Region used for the "Centre" views: the pre-2016 région Centre named by the source. */
export const CENTRE_REGION = 'centre';

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

/** Poles that pass every filter; `except` leaves one facet out, so that its own options keep their counts. */
export function filterPoles(poles: readonly Pole[], selection: Selection, except?: Dimension): Pole[] {
  const active = DIMENSIONS.filter(
    (dimension) => dimension !== except && selection.filters[dimension].length > 0,
  );
  return poles.filter((pole) =>
    active.every((dimension) =>
      selection.filters[dimension].includes(poleValue(pole, dimension, selection.regionScheme)),
    ),
  );
}

export const isCentre = (pole: Pole): boolean => pole.region_2013 === CENTRE_REGION;
