import type { Pole } from '../data/schemas';

// One collator for every comparison: localeCompare with a locale builds one per call.
const BY_NAME = new Intl.Collator('fr');

/**
 * The first `limit` names in French order of each group's poles, without sorting every name: with 100,000 pôles a
 * full sort takes over a second, while a region's tooltip or cell only lists a few.
 */
export function firstNamesBy(
  poles: readonly Pole[],
  group: (pole: Pole) => string,
  limit: number,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const pole of poles) {
    const key = group(pole);
    const names = groups.get(key) ?? [];
    if (names.length === 0) groups.set(key, names);
    const last = names[names.length - 1];
    if (names.length >= limit && last !== undefined && BY_NAME.compare(pole.name, last) >= 0) continue;
    let at = names.length;
    while (at > 0 && BY_NAME.compare(pole.name, names[at - 1] ?? '') < 0) at -= 1;
    names.splice(at, 0, pole.name);
    if (names.length > limit) names.pop();
  }
  return groups;
}
