import type { Pole } from '../data/schemas';

/** The compared poles, in the order the reader picked them; ids the data does not know are skipped. */
export function comparedPoles(poles: readonly Pole[], ids: readonly string[]): Pole[] {
  const byId = new Map(poles.map((pole) => [pole.id, pole]));
  return ids.flatMap((id) => {
    const pole = byId.get(id);
    return pole === undefined ? [] : [pole];
  });
}
