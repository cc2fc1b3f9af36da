import type { Pole } from '../data/schemas';

// Built once per poles array: the comparison card looks its few poles up on every change of the view.
const BY_ID = new WeakMap<readonly Pole[], ReadonlyMap<string, Pole>>();

/** The compared poles, in the order the reader picked them; ids the data does not know are skipped. */
export function comparedPoles(poles: readonly Pole[], ids: readonly string[]): Pole[] {
  if (ids.length === 0) return [];
  const byId = BY_ID.get(poles) ?? new Map(poles.map((pole) => [pole.id, pole]));
  BY_ID.set(poles, byId);
  return ids.flatMap((id) => {
    const pole = byId.get(id);
    return pole === undefined ? [] : [pole];
  });
}
