import { parseUrlState, serializeUrlState } from './url-state';
import { useDashboard, type DashboardState, type IgnoredId } from './store';

type Store = typeof useDashboard;

function applyUrl(store: Store, search: string): void {
  store.getState().applyUrlState(parseUrlState(search));
}

/** Compared poles that the data does not know are dropped once the poles are loaded. */
function unknownCompared(state: DashboardState): string[] {
  const { poles } = state.files;
  if (poles.status !== 'ready') return [];
  const known = new Set(poles.rows.map((row) => row.id));
  return state.compared.filter((id) => !known.has(id));
}

/** Once themes and regions are known, drops filter ids that match none and records them for a visible notice. */
function unknownIds(state: DashboardState): IgnoredId[] | null {
  const { themes, regions } = state.files;
  if (themes.status !== 'ready' || regions.status !== 'ready') return null;
  const knownThemes = new Set(themes.rows.map((row) => row.id));
  const knownRegions = new Set(regions.rows.filter((row) => row.in_2013).map((row) => row.id));
  return [
    ...state.filters.themes
      .filter((id) => !knownThemes.has(id))
      .map((id) => ({ dimension: 'themes' as const, id })),
    ...state.filters.regions
      .filter((id) => !knownRegions.has(id))
      .map((id) => ({ dimension: 'regions' as const, id })),
  ];
}

/** Wires the store to the address bar: state changes push history entries, back/forward restore them. */
export function startUrlSync(store: Store = useDashboard, win: Window = window): () => void {
  applyUrl(store, win.location.search);
  let replace = true;

  const write = (state: DashboardState): void => {
    const search = serializeUrlState({
      ...state.filters,
      membersScope: state.membersScope,
      presentation: state.presentation,
      page: state.page,
      compared: state.compared,
    });
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (replace) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  };

  const sanitize = (state: DashboardState): void => {
    const strangers = unknownCompared(state);
    if (strangers.length > 0) {
      replace = true;
      state.setIgnoredIds([
        ...state.ignoredIds,
        ...strangers.map((id) => ({ dimension: 'compared' as const, id })),
      ]);
      state.setCompared(state.compared.filter((id) => !strangers.includes(id)));
    }
    const unknown = unknownIds(state);
    if (unknown === null || unknown.length === 0) return;
    const drop = new Set(unknown.map(({ dimension, id }) => `${dimension}:${id}`));
    replace = true;
    state.setIgnoredIds([...state.ignoredIds, ...unknown]);
    state.setFilters({
      themes: state.filters.themes.filter((id) => !drop.has(`themes:${id}`)),
      regions: state.filters.regions.filter((id) => !drop.has(`regions:${id}`)),
    });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.files !== previous.files || state.filters !== previous.filters) sanitize(store.getState());
    const current = store.getState();
    if (
      current.filters !== previous.filters ||
      current.membersScope !== previous.membersScope ||
      current.presentation !== previous.presentation ||
      current.page !== previous.page ||
      current.compared !== previous.compared
    ) {
      // Moving between slides replaces the entry: Back leaves the deck instead of stepping through it.
      const slideOnly =
        current.presentation !== null &&
        previous.presentation !== null &&
        current.presentation.deck === previous.presentation.deck &&
        current.filters === previous.filters &&
        current.page === previous.page &&
        current.compared === previous.compared &&
        current.membersScope === previous.membersScope;
      // Leaving the deck replaces its entry too, so that Back does not reopen it.
      const leftDeck = current.presentation === null && previous.presentation !== null;
      if (slideOnly || leftDeck) replace = true;
      write(current);
      replace = false;
    }
  });
  sanitize(store.getState());
  write(store.getState());
  replace = false;

  const onPopState = (): void => {
    replace = true;
    applyUrl(store, win.location.search);
    replace = false;
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
