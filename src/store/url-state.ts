import {
  DEFAULT_CROSS_TAB,
  DIMENSIONS,
  MAX_COMPARED,
  NO_FILTERS,
  type CrossTab,
  type Dimension,
  type Filters,
  type MembersScope,
  type RegionScheme,
} from '../model/view';
import { isLang, type Lang } from '../lib/i18n/lang';

export type Page = 'dashboard' | 'accessibilite';

/** The deck presented when the address names none (or one that does not exist). */
export const DEFAULT_DECK = 'courant';

/** An open presentation: deck id and 0-based slide; the address counts slides from 1. */
export interface Presentation {
  readonly deck: string;
  readonly slide: number;
  /** The presenter's window (`vue=presentateur`): current and next slide, notes, clock; absent in the audience's. */
  readonly presenter?: true;
}

export interface UrlState {
  readonly filters: Filters;
  readonly regionScheme: RegionScheme;
  readonly membersScope: MembersScope;
  readonly presentation: Presentation | null;
  readonly page: Page;
  /** Poles picked for the side-by-side comparison, in the order they were picked. */
  readonly compared: readonly string[];
  readonly crossTab: Pick<CrossTab, 'rows' | 'columns'>;
  /** The pole whose profile is open. */
  readonly profile: string | null;
  /** The card drawn alone for an iframe (`?embed=<card id>`); checked against the cards when drawn. */
  readonly embed: string | null;
  /** `?lang=en`; null when the address does not say, and the remembered choice (or French) holds. */
  readonly lang: Lang | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  filters: NO_FILTERS,
  regionScheme: '2013',
  membersScope: 'centre',
  presentation: null,
  page: 'dashboard',
  compared: [],
  crossTab: { rows: DEFAULT_CROSS_TAB.rows, columns: DEFAULT_CROSS_TAB.columns },
  profile: null,
  embed: null,
  lang: null,
};

/** The address's word for each facet: `?theme=…&region=…&categorie=…&annee=…&evaluation=…`. */
export const FACET_PARAMS: Readonly<Record<Dimension, string>> = {
  themes: 'theme',
  regions: 'region',
  categories: 'categorie',
  years: 'annee',
  evaluations: 'evaluation',
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

const dimensionOf = (param: string | undefined): Dimension | undefined =>
  DIMENSIONS.find((dimension) => FACET_PARAMS[dimension] === param);

function crossTabOf(value: string | null): UrlState['crossTab'] {
  const [rows, columns] = (value ?? '').split(',').map(dimensionOf);
  return rows !== undefined && columns !== undefined && rows !== columns
    ? { rows, columns }
    : DEFAULT_URL_STATE.crossTab;
}

/** Any value is kept (trimmed, at most 100 characters): an unknown card must be named to the reader, not ignored. */
const embedOf = (value: string | null): string | null => (value === null ? null : value.trim().slice(0, 100));

const langOf = (value: string | null): Lang | null => {
  const lang = value?.trim().toLowerCase();
  return isLang(lang) ? lang : null;
};

/** Reads the address; anything malformed falls back to the default. Ids are checked against the data later. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const slide = Number(params.get('slide') ?? '1');
  const deck = params.get('deck') ?? DEFAULT_DECK;
  const pole = params.get('pole');
  const filters = { ...NO_FILTERS };
  for (const dimension of DIMENSIONS) filters[dimension] = idList(params.get(FACET_PARAMS[dimension]));
  return {
    filters,
    regionScheme: params.get('decoupage') === '2016' ? '2016' : '2013',
    membersScope: params.get('adherents') === 'tous' ? 'all' : 'centre',
    presentation:
      params.get('present') === '1'
        ? {
            deck: ID.test(deck) ? deck : DEFAULT_DECK,
            slide: Number.isInteger(slide) && slide >= 1 ? slide - 1 : 0,
            ...(params.get('vue') === 'presentateur' ? { presenter: true as const } : {}),
          }
        : null,
    page: params.get('page') === 'accessibilite' ? 'accessibilite' : 'dashboard',
    compared: [...new Set((params.get('comparer') ?? '').split(',').map((id) => id.trim()))]
      .filter((id) => id !== '' && id.length <= 100)
      .slice(0, MAX_COMPARED),
    crossTab: crossTabOf(params.get('croise')),
    profile: pole !== null && ID.test(pole) ? pole : null,
    embed: embedOf(params.get('embed')),
    lang: langOf(params.get('lang')),
  };
}

/** The address of a pole's profile, relative to the page (`?pole=<id>`): what a link to a profile points to. */
export const profileHref = (id: string): string => `?pole=${encodeURIComponent(id)}`;

/** Writes the state as a query string: defaults omitted, keys and ids sorted, so one view has one address. */
export function serializeUrlState(state: UrlState): string {
  const params: [string, string][] = [];
  for (const dimension of DIMENSIONS) {
    const ids = state.filters[dimension];
    if (ids.length > 0) params.push([FACET_PARAMS[dimension], [...ids].sort().join(',')]);
  }
  if (state.regionScheme === '2016') params.push(['decoupage', '2016']);
  if (state.membersScope === 'all') params.push(['adherents', 'tous']);
  if (state.page !== 'dashboard') params.push(['page', state.page]);
  if (state.compared.length > 0) params.push(['comparer', state.compared.join(',')]);
  const { rows, columns } = state.crossTab;
  if (rows !== DEFAULT_URL_STATE.crossTab.rows || columns !== DEFAULT_URL_STATE.crossTab.columns)
    params.push(['croise', `${FACET_PARAMS[rows]},${FACET_PARAMS[columns]}`]);
  if (state.profile !== null) params.push(['pole', state.profile]);
  if (state.embed !== null) params.push(['embed', state.embed]);
  // French is the default: only English is written, so that a French address stays as it was.
  if (state.lang === 'en') params.push(['lang', 'en']);
  if (state.presentation !== null) {
    params.push(['present', '1'], ['slide', String(state.presentation.slide + 1)]);
    if (state.presentation.deck !== DEFAULT_DECK) params.push(['deck', state.presentation.deck]);
    if (state.presentation.presenter === true) params.push(['vue', 'presentateur']);
  }
  params.sort(([a], [b]) => a.localeCompare(b));
  // Commas stay readable in a copied link.
  const query = params
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
  return query === '' ? '' : `?${query}`;
}
