import type { Source } from '../data/schemas';
import type { I18n } from '../lib/i18n/i18n';
import { FRENCH } from '../lib/i18n/i18n-for';

/** The press release of 7 January 2014, primary source of the headline figures. */
export const PRIMARY_SOURCE = 'direccte-centre-2014-01-07';

/** "DIRECCTE Centre, « Pôles de compétitivité : nouvelle phase 2013-2018 », 7 janvier 2014"; the title as published. */
export function citation(source: Source, i18n: I18n = FRENCH): string {
  const { t, format } = i18n;
  const title = source.title.startsWith('[')
    ? source.title
    : t('labels.source.quoted', { title: source.title });
  const date = source.date === null ? t('labels.source.undated') : format.isoDate(source.date);
  return t('labels.source.citation', { publisher: source.publisher, title, date });
}

export function sourceIndex(sources: readonly Source[] | null): ReadonlyMap<string, Source> {
  return new Map((sources ?? []).map((source) => [source.id, source]));
}

/** Citations of the given source ids, once each, in order; an id the sources file does not know is cited as is. */
export function citeAll(sources: readonly Source[], ids: readonly string[], i18n: I18n = FRENCH): string[] {
  const byId = sourceIndex(sources);
  return [...new Set(ids)].map((id) => {
    const source = byId.get(id);
    return source === undefined ? id : citation(source, i18n);
  });
}
