import type { FundingRow, Pole } from '../data/schemas';
import { hasFilters } from '../model/view';
import { filterPoles, isCentre, type Selection } from './filter-poles';

export interface Headline {
  readonly filtered: boolean;
  readonly polesInView: number;
  readonly polesTotal: number;
  readonly centreInView: number;
  readonly centreTotal: number;
  /** Members of the Centre poles in view (all four counts come from the same press release). */
  readonly centreMembers: number;
  readonly centreMembersKnown: number;
  readonly funding: FundingRow | null;
}

export function headline(
  poles: readonly Pole[],
  funding: readonly FundingRow[] | null,
  selection: Selection,
): Headline {
  const inView = filterPoles(poles, selection);
  const centre = inView.filter(isCentre);
  return {
    filtered: hasFilters(selection.filters),
    polesInView: inView.length,
    polesTotal: poles.length,
    centreInView: centre.length,
    centreTotal: poles.filter(isCentre).length,
    centreMembers: centre.reduce((sum, pole) => sum + (pole.members ?? 0), 0),
    centreMembersKnown: centre.filter((pole) => pole.members !== null).length,
    funding: funding?.find((row) => row.status === 'annonce') ?? null,
  };
}
