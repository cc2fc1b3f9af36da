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

/** Who would lead, and with how many poles, were a doubtful pole in its other region. */
interface Outcome {
  readonly names: readonly string[];
  readonly count: number;
}

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
  // What a move from one region to another does depends on the two regions only: worked out once per pair, not once
  // per doubtful pole, of which an imported file may have thousands.
  const outcomes = new Map<string, Outcome | null>();
  const outcomeOf = (seat: string, other: string): Outcome | null => {
    const key = `${seat}\u0000${other}`;
    const known = outcomes.get(key);
    if (known !== undefined) return known;
    const moved = new Map(counts);
    moved.set(seat, (moved.get(seat) ?? 0) - 1);
    moved.set(other, (moved.get(other) ?? 0) + 1);
    const next = topIds(moved);
    const outcome = sameSet(next, leaders)
      ? null
      : { names: next.map((id) => label.get(id) ?? id), count: moved.get(next[0] ?? '') ?? 0 };
    outcomes.set(key, outcome);
    return outcome;
  };
  return filterPoles(poles, selection, dimension).flatMap((pole) => {
    const other = scheme === '2016' ? pole.doubt_region_2016 : pole.doubt_region_2013;
    const seat = poleValue(pole, dimension, scheme);
    if (other === null || other === seat) return [];
    const outcome = outcomeOf(seat, other);
    if (outcome === null) return [];
    return [
      t('labels.doubt.leader', {
        pole: pole.name,
        region: label.get(other) ?? other,
        leaders: format.list(outcome.names),
        tie: outcome.names.length > 1 ? 'yes' : 'no',
        count: outcome.count,
      }),
    ];
  });
}
