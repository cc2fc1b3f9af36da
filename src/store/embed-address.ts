import type { Lang } from '../lib/i18n/lang';
import type { CardView } from '../model/view';
import { DEFAULT_URL_STATE, serializeUrlState, type UrlState } from './url-state';

/** The page's address without query nor fragment: what every shared address starts with. */
export const pageBase = (href: string): string => href.split(/[?#]/, 1)[0] ?? href;

/** The reader's view as the address writes it: filters, choices and language kept; no card alone, deck or profile. */
const stateOf = (view: CardView, embed: string | null, lang: Lang): UrlState => ({
  ...DEFAULT_URL_STATE,
  filters: view.filters,
  regionScheme: view.regionScheme,
  membersScope: view.membersScope,
  compared: view.compared,
  crossTab: { rows: view.crossTab.rows, columns: view.crossTab.columns },
  embed,
  lang,
});

/** The full dashboard at the same view: what « Voir le tableau de bord complet » opens from an embedded card. */
export const dashboardAddress = (base: string, view: CardView, lang: Lang = 'fr'): string =>
  `${base}${serializeUrlState(stateOf(view, null, lang))}`;

/** One card alone, at the same view, for an iframe: `https://…/?embed=adherents&theme=energie`. */
export const embedAddress = (base: string, view: CardView, cardId: string, lang: Lang = 'fr'): string =>
  `${base}${serializeUrlState(stateOf(view, cardId, lang))}`;
