import type { Pole, Source } from '../data/schemas';
import { plural } from '../lib/format';
import { citation, PRIMARY_SOURCE, sourceIndex } from './sources';

// Sources cited per poles array, counted once: every national card cites them on every change of the view.
const PER_ROW = new WeakMap<readonly Pole[], number>();

function sourcesCited(poles: readonly Pole[]): number {
  const known = PER_ROW.get(poles);
  if (known !== undefined) return known;
  const count = new Set(poles.map((pole) => pole.source_id)).size;
  PER_ROW.set(poles, count);
  return count;
}

/** Citations for the national views: the press release that gives the count of 71, then the per-row sources. */
export function nationalSources(poles: readonly Pole[], sources: readonly Source[] | null): string[] {
  const primary = sourceIndex(sources).get(PRIMARY_SOURCE);
  const perRow = sourcesCited(poles);
  return [
    primary === undefined
      ? 'DIRECCTE Centre, 7 janvier 2014 (71 pôles sélectionnés)'
      : `${citation(primary)} (71 pôles sélectionnés)`,
    `liste de référence des pôles, ${plural(perRow, 'source')} (une par pôle, état 2012-2013 ; détail dans la liste des pôles)`,
  ];
}
