import type { I18n } from '../../lib/i18n/i18n';
import type { Dimension } from '../../model/view';
import { leaders, type CategoryCount } from '../../selectors/facets';

const LEADER: Readonly<Record<Dimension, string>> = {
  themes: 'national-counts.leader.themes',
  regions: 'national-counts.leader.regions',
  categories: 'national-counts.leader.categories',
  years: 'national-counts.leader.years',
  evaluations: 'national-counts.leader.evaluations',
};

const TIES: Readonly<Record<Dimension, string>> = {
  themes: 'national-counts.ties.themes',
  regions: 'national-counts.ties.regions',
  categories: 'national-counts.ties.categories',
  years: 'national-counts.ties.years',
  evaluations: 'national-counts.ties.evaluations',
};

/** "Agriculture et agroalimentaire est le thème le plus représenté : 13 pôles sur 71.", then any doubt that could change the leader. */
export function leaderTakeaway(
  counts: readonly CategoryCount[],
  dimension: Dimension,
  i18n: I18n,
  doubts: readonly string[] = [],
): string {
  return [leaderSentence(counts, dimension, i18n), ...doubts].join(' ');
}

function leaderSentence(counts: readonly CategoryCount[], dimension: Dimension, { t, format }: I18n): string {
  const total = format.integer(counts.reduce((sum, entry) => sum + entry.count, 0));
  const top = leaders(counts);
  const [first] = top;
  if (first === undefined) return t('national-counts.empty');
  if (top.length === 1) return t(LEADER[dimension], { name: first.label, count: first.count, total });
  const list = format.list(top.map((entry) => entry.label));
  return t(TIES[dimension], { ties: String(top.length), count: first.count, total, list });
}
