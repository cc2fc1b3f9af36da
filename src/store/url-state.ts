export type MembersScope = 'centre' | 'all';

export interface UrlState {
  readonly themes: readonly string[];
  readonly regions: readonly string[];
  readonly membersScope: MembersScope;
}

export const DEFAULT_URL_STATE: UrlState = { themes: [], regions: [], membersScope: 'centre' };

function idList(value: string | null): string[] {
  if (value === null) return [];
  const ids = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part.length <= 100);
  return [...new Set(ids)].sort();
}

/** Reads `?theme=a,b&region=c&adherents=tous`; anything malformed falls back to the default. Ids are checked against the data later. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  return {
    themes: idList(params.get('theme')),
    regions: idList(params.get('region')),
    membersScope: params.get('adherents') === 'tous' ? 'all' : 'centre',
  };
}

/** Writes the state as a query string: defaults omitted, keys and ids sorted, so one view has one address. */
export function serializeUrlState(state: UrlState): string {
  const params: [string, string][] = [];
  if (state.membersScope === 'all') params.push(['adherents', 'tous']);
  if (state.regions.length > 0) params.push(['region', [...state.regions].sort().join(',')]);
  if (state.themes.length > 0) params.push(['theme', [...state.themes].sort().join(',')]);
  params.sort(([a], [b]) => a.localeCompare(b));
  // Commas stay readable in a copied link.
  const query = params
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
  return query === '' ? '' : `?${query}`;
}
