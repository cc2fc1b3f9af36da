import type { Source } from '../data/schemas';
import { formatIsoDate } from '../lib/format';

/** The press release of 7 January 2014, primary source of the headline figures. */
export const PRIMARY_SOURCE = 'direccte-centre-2014-01-07';

/** "DIRECCTE Centre, « Pôles de compétitivité : nouvelle phase 2013-2018 », 7 janvier 2014". */
export function citation(source: Source): string {
  const title = source.title.startsWith('[') ? source.title : `«\u00a0${source.title}\u00a0»`;
  const date = source.date === null ? 'non daté' : formatIsoDate(source.date);
  return `${source.publisher}, ${title}, ${date}`;
}

export function sourceIndex(sources: readonly Source[] | null): ReadonlyMap<string, Source> {
  return new Map((sources ?? []).map((source) => [source.id, source]));
}

/** Citations of the given source ids, once each, in order; an id the sources file does not know is cited as is. */
export function citeAll(sources: readonly Source[], ids: readonly string[]): string[] {
  const byId = sourceIndex(sources);
  return [...new Set(ids)].map((id) => {
    const source = byId.get(id);
    return source === undefined ? id : citation(source);
  });
}
