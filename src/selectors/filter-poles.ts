import type { Pole } from '../data/schemas';
import type { Filters } from '../model/view';

/** Region used for the "Centre" views: the pre-2016 région Centre named by the source. */
export const CENTRE_REGION = 'centre';

const matches = (selected: readonly string[], value: string): boolean =>
  selected.length === 0 || selected.includes(value);

/** Poles that pass the theme and region filters (regions are those of 2013, when the poles were labelled). */
export function filterPoles(poles: readonly Pole[], filters: Filters): Pole[] {
  return poles.filter(
    (pole) => matches(filters.themes, pole.theme) && matches(filters.regions, pole.region_2013),
  );
}

export const isCentre = (pole: Pole): boolean => pole.region_2013 === CENTRE_REGION;
