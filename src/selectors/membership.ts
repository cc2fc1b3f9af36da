import type { Pole } from '../data/schemas';
import type { MembersScope } from '../model/view';
import { filterPoles, isCentre, type Selection } from './filter-poles';
import type { I18n } from '../lib/i18n/i18n';
import { FRENCH } from '../lib/i18n/i18n-for';
import { memberCount, sumQualifier, type MemberCount } from './member-count';

export interface MemberBar {
  readonly id: string;
  readonly name: string;
  readonly theme: string;
  readonly members: number;
  /** The count as its source words it (qualifier and unit). */
  readonly count: MemberCount;
  readonly year: number | null;
  readonly sourceId: string;
  readonly centre: boolean;
  readonly doubt: string | null;
  /** Share of the total shown; null when the counts are not one measure (different years or sources). */
  readonly share: number | null;
}

export interface Membership {
  readonly bars: readonly MemberBar[];
  /** Poles in view whose member count is unknown: listed, never drawn as zero. */
  readonly unknown: readonly Pole[];
  /** The sum of the counts drawn, computed here: no source gives it, and a firm may belong to several poles. */
  readonly total: number;
  /** How the sum is qualified: « plus de » or « environ » as soon as one of its parts is. */
  readonly totalQualifier: MemberCount['qualifier'];
  /** True when every count comes from the same source and year, so that adding them up is meaningful. */
  readonly comparable: boolean;
  readonly years: readonly number[];
}

/** Member counts of the poles in view, largest first; the Centre scope keeps the 4 poles seated in région Centre. */
export function membership(
  poles: readonly Pole[],
  selection: Selection,
  scope: MembersScope,
  i18n: I18n = FRENCH,
): Membership {
  const inView = filterPoles(poles, selection).filter((pole) => scope === 'all' || isCentre(pole));
  const known = inView.filter((pole) => pole.members !== null);
  const total = known.reduce((sum, pole) => sum + (pole.members ?? 0), 0);
  const sources = new Set(known.map((pole) => `${pole.source_id}|${pole.members_year ?? '?'}`));
  const comparable = sources.size <= 1;
  const bars = known
    .flatMap((pole) => {
      const count = memberCount(pole, i18n);
      return count === null ? [] : [{ pole, count }];
    })
    .map(({ pole, count }) => ({
      id: pole.id,
      name: pole.name,
      theme: pole.theme,
      members: count.value,
      count,
      year: pole.members_year,
      sourceId: pole.source_id,
      centre: isCentre(pole),
      doubt: pole.doubt,
      share: comparable && total > 0 ? (pole.members ?? 0) / total : null,
    }))
    .sort((a, b) => b.members - a.members || a.name.localeCompare(b.name, i18n.lang));
  const years = [
    ...new Set(known.flatMap((pole) => (pole.members_year === null ? [] : [pole.members_year]))),
  ].sort();
  return {
    bars,
    unknown: inView.filter((pole) => pole.members === null),
    total,
    totalQualifier: sumQualifier(bars.map((bar) => bar.count)),
    comparable,
    years,
  };
}
