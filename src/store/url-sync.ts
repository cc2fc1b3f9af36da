import { historyMode } from './history-rule';
import type { DashboardState } from './state';
import { useDashboard, type DashboardStore } from './store';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

/** The part of the state that the address carries. */
export const urlStateOf = (state: DashboardState): UrlState => ({
  filters: state.view.filters,
  regionScheme: state.view.regionScheme,
  membersScope: state.view.membersScope,
  compared: state.view.compared,
  crossTab: state.view.crossTab,
  presentation: state.presentation,
  page: state.page,
  profile: state.profile,
  embed: state.embed,
  lang: state.lang,
});

/** Wires the store to the address bar: changes of view push history entries, Back and Forward restore them. */
export function startUrlSync(store: DashboardStore = useDashboard, win: Window = window): () => void {
  // While the address itself is being applied or cleaned, the entry is replaced, never added.
  let replacing = true;

  const write = (previous: UrlState, next: UrlState): void => {
    const search = serializeUrlState(next);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (replacing || historyMode(previous, next) === 'replace') win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  };

  const replaceWhile = (change: () => void): void => {
    const before = replacing;
    replacing = true;
    change();
    replacing = before;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.files !== previous.files ||
      state.view.filters !== previous.view.filters ||
      state.view.regionScheme !== previous.view.regionScheme
    ) {
      let dropped = false;
      replaceWhile(() => {
        dropped = store.getState().reconcileIds();
      });
      // The cleaned view was written by the update that cleaned it.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set in the callback above, which narrowing cannot see
      if (dropped) return;
    }
    write(urlStateOf(previous), urlStateOf(state));
  });

  const onPopState = (): void =>
    replaceWhile(() => store.getState().applyUrlState(parseUrlState(win.location.search)));

  store.getState().applyUrlState(parseUrlState(win.location.search));
  store.getState().reconcileIds();
  write(urlStateOf(store.getState()), urlStateOf(store.getState()));
  replacing = false;
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
