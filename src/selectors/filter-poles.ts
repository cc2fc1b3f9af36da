import type { Pole } from '../data/schemas';
import type { Dimension } from '../model/view';
import { indexedFilter } from './pole-index';
import type { Selection } from './pole-value';

export { poleValue, type Selection } from './pole-value';

/** Region used for the "Centre" views: the pre-2016 région Centre named by the source. */
export const CENTRE_REGION = 'centre';

/**
 * Poles that pass every filter; `except` leaves one facet out, so that its own options keep their counts. Read from
 * an index built once per poles array and shared by every card: the list is not to be changed in place.
 */
export function filterPoles(
  poles: readonly Pole[],
  selection: Selection,
  except?: Dimension,
): readonly Pole[] {
  return indexedFilter(poles, selection, except);
}

export const isCentre = (pole: Pole): boolean => pole.region_2013 === CENTRE_REGION;
