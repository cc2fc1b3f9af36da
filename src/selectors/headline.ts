import type { FundingRow, Pole } from '../data/schemas';
import { hasFilters } from '../model/view';
import { filterPoles, isCentre, type Selection } from './filter-poles';
import { memberCount, sumQualifier, type MemberCount } from './member-count';

export interface Headline {
  readonly filtered: boolean;
  readonly polesInView: number;
  readonly polesTotal: number;
  readonly centreInView: number;
  readonly centreTotal: number;
  /** The Centre poles' counts in view, summed here: not a figure of the release; a firm may be in several. */
  readonly centreMembers: number;
  readonly centreMembersQualifier: MemberCount['qualifier'];
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
  const counts = centre.flatMap((pole) => memberCount(pole) ?? []);
  return {
    filtered: hasFilters(selection.filters),
    polesInView: inView.length,
    polesTotal: poles.length,
    centreInView: centre.length,
    centreTotal: poles.filter(isCentre).length,
    centreMembers: counts.reduce((sum, count) => sum + count.value, 0),
    centreMembersQualifier: sumQualifier(counts),
    centreMembersKnown: counts.length,
    funding: funding?.find((row) => row.status === 'annonce') ?? null,
  };
}
