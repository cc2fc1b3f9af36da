import type { Pole } from '../data/schemas';
import type { Dimension } from '../model/view';
import type { I18n } from '../lib/i18n/i18n';
import { filterPoles, poleValue, type Selection } from './filter-poles';

interface Tally {
  readonly id: string;
  readonly label: string;
  readonly count: number;
}

const topIds = (counts: ReadonlyMap<string, number>): string[] => {
  const top = Math.max(0, ...counts.values());
  return top === 0 ? [] : [...counts].filter(([, count]) => count === top).map(([id]) => id);
};

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * The sentences that say when a recorded doubt could change who leads: for each pole in view whose seat could be
 * in another region (`doubt_region_*`), the leader(s) there would be if it were. Only the region facet has them.
 */
export function leaderDoubts(
  poles: readonly Pole[],
  dimension: Dimension,
  tallies: readonly Tally[],
  selection: Selection,
  { t, format }: I18n,
): string[] {
  if (dimension !== 'regions') return [];
  const scheme = selection.regionScheme;
  const counts = new Map(tallies.map((tally) => [tally.id, tally.count]));
  const label = new Map(tallies.map((tally) => [tally.id, tally.label]));
  const leaders = topIds(counts);
  return filterPoles(poles, selection, dimension).flatMap((pole) => {
    const other = scheme === '2016' ? pole.doubt_region_2016 : pole.doubt_region_2013;
    const seat = poleValue(pole, dimension, scheme);
    if (other === null || other === seat) return [];
    const moved = new Map(counts);
    moved.set(seat, (moved.get(seat) ?? 0) - 1);
    moved.set(other, (moved.get(other) ?? 0) + 1);
    const next = topIds(moved);
    if (sameSet(next, leaders)) return [];
    const names = next.map((id) => label.get(id) ?? id);
    const count = moved.get(next[0] ?? '') ?? 0;
    return [
      t('labels.doubt.leader', {
        pole: pole.name,
        region: label.get(other) ?? other,
        leaders: format.list(names),
        tie: names.length > 1 ? 'yes' : 'no',
        count,
      }),
    ];
  });
}
