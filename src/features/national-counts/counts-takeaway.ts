import { formatInteger, plural } from '../../lib/format';
import { leaders, type CategoryCount } from '../../selectors/facets';

/** "Agriculture et agroalimentaire est le thème le plus représenté : 13 pôles sur 71.", then any doubt that could change the leader. */
export function leaderTakeaway(
  counts: readonly CategoryCount[],
  categories: string,
  verb: string,
  doubts: readonly string[] = [],
): string {
  const lead = leaderSentence(counts, categories, verb);
  return [lead, ...doubts].join(' ');
}

function leaderSentence(counts: readonly CategoryCount[], categories: string, verb: string): string {
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const top = leaders(counts);
  const [first] = top;
  if (first === undefined) return 'Aucun pôle ne correspond aux filtres.';
  if (top.length === 1)
    return `${first.label} ${verb} : ${plural(first.count, 'pôle')} sur ${formatInteger(total)}.`;
  const names = top.map((entry) => entry.label);
  const list = `${names.slice(0, -1).join(', ')} et ${names[names.length - 1] ?? ''}`;
  return `${top.length} ${categories} à égalité en tête (${plural(first.count, 'pôle')} chacun sur ${formatInteger(total)}) : ${list}.`;
}
