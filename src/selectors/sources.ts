import type { Source } from '../data/schemas';
import { formatIsoDate } from '../lib/format';

/** "DIRECCTE Centre, « Pôles de compétitivité : nouvelle phase 2013-2018 », 7 janvier 2014". */
export function citation(source: Source): string {
  const title = source.title.startsWith('[') ? source.title : `«\u00a0${source.title}\u00a0»`;
  const date = source.date === null ? 'non daté' : formatIsoDate(source.date);
  return `${source.publisher}, ${title}, ${date}`;
}

export function sourceIndex(sources: readonly Source[] | null): ReadonlyMap<string, Source> {
  return new Map((sources ?? []).map((source) => [source.id, source]));
}
