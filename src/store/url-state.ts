import { MAX_COMPARED, type MembersScope } from '../model/view';

export type Page = 'dashboard' | 'accessibilite';

/** The deck presented when the address names none (or one that does not exist). */
export const DEFAULT_DECK = 'courant';

/** An open presentation: deck id and 0-based slide; the address counts slides from 1. */
export interface Presentation {
  readonly deck: string;
  readonly slide: number;
}

export interface UrlState {
  readonly themes: readonly string[];
  readonly regions: readonly string[];
  readonly membersScope: MembersScope;
  readonly presentation: Presentation | null;
  readonly page: Page;
  /** Poles picked for the side-by-side comparison, in the order they were picked. */
  readonly compared: readonly string[];
}

export const DEFAULT_URL_STATE: UrlState = {
  themes: [],
  regions: [],
  membersScope: 'centre',
  presentation: null,
  page: 'dashboard',
  compared: [],
};

const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function idList(value: string | null): string[] {
  if (value === null) return [];
  const ids = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part.length <= 100);
  return [...new Set(ids)].sort();
}

/** Reads `?theme=a,b&region=c&adherents=tous&comparer=x,y&present=1&slide=2&deck=centre&page=accessibilite`; anything malformed falls back to the default. Ids are checked against the data later. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const slide = Number(params.get('slide') ?? '1');
  const deck = params.get('deck') ?? DEFAULT_DECK;
  return {
    themes: idList(params.get('theme')),
    regions: idList(params.get('region')),
    membersScope: params.get('adherents') === 'tous' ? 'all' : 'centre',
    presentation:
      params.get('present') === '1'
        ? {
            deck: ID.test(deck) ? deck : DEFAULT_DECK,
            slide: Number.isInteger(slide) && slide >= 1 ? slide - 1 : 0,
          }
        : null,
    page: params.get('page') === 'accessibilite' ? 'accessibilite' : 'dashboard',
    compared: [...new Set((params.get('comparer') ?? '').split(',').map((id) => id.trim()))]
      .filter((id) => id !== '' && id.length <= 100)
      .slice(0, MAX_COMPARED),
  };
}

/** Writes the state as a query string: defaults omitted, keys and ids sorted, so one view has one address. */
export function serializeUrlState(state: UrlState): string {
  const params: [string, string][] = [];
  if (state.membersScope === 'all') params.push(['adherents', 'tous']);
  if (state.regions.length > 0) params.push(['region', [...state.regions].sort().join(',')]);
  if (state.themes.length > 0) params.push(['theme', [...state.themes].sort().join(',')]);
  if (state.page !== 'dashboard') params.push(['page', state.page]);
  if (state.compared.length > 0) params.push(['comparer', state.compared.join(',')]);
  if (state.presentation !== null) {
    params.push(['present', '1'], ['slide', String(state.presentation.slide + 1)]);
    if (state.presentation.deck !== DEFAULT_DECK) params.push(['deck', state.presentation.deck]);
  }
  params.sort(([a], [b]) => a.localeCompare(b));
  // Commas stay readable in a copied link.
  const query = params
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
  return query === '' ? '' : `?${query}`;
}
