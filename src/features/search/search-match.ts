import type { Pole } from '../../data/schemas';

/** At most this many suggestions: enough to find a pole, few enough to read at a glance. */
export const MAX_SUGGESTIONS = 8;

export interface Suggestion {
  readonly id: string;
  readonly name: string;
  readonly city: string | null;
  readonly theme: string;
}

/** Lower case, accents and other combining marks dropped (NFD), runs of spaces and punctuation made one space. */
export function normalizeSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How well a text matches: 0 it starts with the query, 1 a word of it does, 2 it contains it, null not at all. */
function matchRank(text: string, query: string): number | null {
  const normal = normalizeSearch(text);
  if (normal.startsWith(query)) return 0;
  if (` ${normal}`.includes(` ${query}`)) return 1;
  return normal.includes(query) ? 2 : null;
}

/**
 * Poles whose name or seat city matches the query, whatever the accents and the case: names before cities, a match
 * at the start before one inside, then by name; at most `limit`.
 */
export function searchPoles(
  poles: readonly Pole[],
  query: string,
  themeLabel: (id: string) => string,
  limit: number = MAX_SUGGESTIONS,
): Suggestion[] {
  const wanted = normalizeSearch(query);
  if (wanted === '') return [];
  const scored = poles.flatMap((pole) => {
    const byName = matchRank(pole.name, wanted);
    const byCity = pole.hq_city === null ? null : matchRank(pole.hq_city, wanted);
    const score = byName ?? (byCity === null ? null : 3 + byCity);
    return score === null ? [] : [{ pole, score }];
  });
  return scored
    .sort((a, b) => a.score - b.score || a.pole.name.localeCompare(b.pole.name, 'fr'))
    .slice(0, limit)
    .map(({ pole }) => ({ id: pole.id, name: pole.name, city: pole.hq_city, theme: themeLabel(pole.theme) }));
}
