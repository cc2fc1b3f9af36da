import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { perFileState, type FileStates } from '../../../src/data/dataset';
import { createDashboardStore, type DashboardStore } from '../../../src/store/store';
import { startUrlSync, urlStateOf } from '../../../src/store/url-sync';
import { pole, region, theme } from '../../fixtures/rows';

/** The files that define ids, loaded: two themes, two 2013 regions and one 2016 region, two poles. */
const LOADED: FileStates = {
  ...perFileState(() => ({ status: 'loading', rows: null })),
  themes: { status: 'ready', rows: [theme('energie'), theme('mer')] },
  regions: {
    status: 'ready',
    rows: [
      region('centre', true, false),
      region('bretagne', true, true),
      region('centre-val-de-loire', false, true),
    ],
  },
  poles: { status: 'ready', rows: [pole({ id: 's2e2' }), pole({ id: 'dream' })] },
};

let store: DashboardStore = createDashboardStore();
let stop: (() => void) | null = null;

function start(address: string): void {
  window.history.replaceState(null, '', address);
  stop = startUrlSync(store, window);
}

/** Waits for the popstate that jsdom fires after a move in the session history. */
function travel(move: () => void): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    move();
  });
}
const goBack = () => travel(() => window.history.back());
const goForward = () => travel(() => window.history.forward());

const state = () => store.getState();
const filters = () => state().view.filters;
const entries = () => window.history.length;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  store = createDashboardStore();
});

afterEach(() => {
  stop?.();
  stop = null;
  window.history.replaceState(null, '', '/');
});

describe('urlStateOf', () => {
  it('takes the view, the presentation and the page of the state', () => {
    const local = createDashboardStore();
    local.getState().applyUrlState({
      themes: ['energie'],
      regions: ['centre'],
      membersScope: 'all',
      compared: ['s2e2'],
      presentation: { deck: 'centre', slide: 1 },
      page: 'accessibilite',
    });
    expect(urlStateOf(local.getState())).toEqual({
      themes: ['energie'],
      regions: ['centre'],
      membersScope: 'all',
      compared: ['s2e2'],
      presentation: { deck: 'centre', slide: 1 },
      page: 'accessibilite',
    });
  });
});

describe('startUrlSync: reading the address', () => {
  it('sets the theme filter from ?theme=energie', () => {
    start('/?theme=energie');
    expect(filters()).toEqual({ themes: ['energie'], regions: [] });
    expect(state().view.membersScope).toBe('centre');
  });

  it('sets themes, regions and the member scope together', () => {
    start('/?adherents=tous&region=centre&theme=mer,energie');
    expect(filters()).toEqual({ themes: ['energie', 'mer'], regions: ['centre'] });
    expect(state().view.membersScope).toBe('all');
  });

  it('opens the presentation and the compared poles that the address names', () => {
    start('/?comparer=s2e2,dream&deck=centre&present=1&slide=3');
    expect(state().presentation).toEqual({ deck: 'centre', slide: 2 });
    expect(state().view.compared).toEqual(['s2e2', 'dream']);
  });

  it('rewrites a non-canonical address in place, without adding a history entry', () => {
    window.history.replaceState(null, '', '/?theme=mer,energie,mer&utm=x#carte');
    const before = entries();
    stop = startUrlSync(store, window);
    expect(window.location.search).toBe('?theme=energie,mer');
    expect(window.location.hash).toBe('#carte');
    expect(entries()).toBe(before);
  });

  it('leaves the default address untouched', () => {
    start('/');
    expect(window.location.search).toBe('');
    expect(filters()).toEqual({ themes: [], regions: [] });
  });
});

describe('startUrlSync: writing the address', () => {
  it('pushes a history entry when a filter is toggled', () => {
    start('/');
    const before = entries();
    state().act({ type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    expect(window.location.search).toBe('?theme=energie');
    expect(entries()).toBe(before + 1);
    state().act({ type: 'toggle-filter', dimension: 'regions', id: 'centre' });
    expect(window.location.search).toBe('?region=centre&theme=energie');
    expect(entries()).toBe(before + 2);
  });

  it('goes back to the bare path when the last filter is removed', () => {
    start('/?theme=energie');
    state().act({ type: 'remove-filter', dimension: 'themes', id: 'energie' });
    expect(window.location.pathname).toBe('/');
    expect(window.location.search).toBe('');
  });

  it('writes the member scope as adherents=tous', () => {
    start('/?theme=energie');
    state().act({ type: 'set-members-scope', scope: 'all' });
    expect(window.location.search).toBe('?adherents=tous&theme=energie');
  });

  it('writes the compared poles in their order, pushing an entry', () => {
    start('/');
    const before = entries();
    state().act({ type: 'toggle-compared', id: 's2e2' });
    state().act({ type: 'toggle-compared', id: 'dream' });
    expect(window.location.search).toBe('?comparer=s2e2,dream');
    expect(entries()).toBe(before + 2);
  });

  it('keeps the hash when writing', () => {
    start('/#financement');
    state().act({ type: 'toggle-filter', dimension: 'regions', id: 'centre' });
    expect(window.location.search).toBe('?region=centre');
    expect(window.location.hash).toBe('#financement');
  });

  it('adds no entry for a change that leaves the address as it is', () => {
    start('/?theme=energie');
    const before = entries();
    state().setFilters({ themes: ['energie', 'energie'], regions: [] });
    expect(entries()).toBe(before);
    expect(window.location.search).toBe('?theme=energie');
  });
});

describe('startUrlSync: presenting', () => {
  it('pushes the opening of a deck, then replaces the entry as the slides move', () => {
    start('/');
    const before = entries();
    state().setPresentation({ deck: 'courant', slide: 0 });
    expect(window.location.search).toBe('?present=1&slide=1');
    expect(entries()).toBe(before + 1);
    state().setPresentation({ deck: 'courant', slide: 1 });
    state().setPresentation({ deck: 'courant', slide: 2 });
    expect(window.location.search).toBe('?present=1&slide=3');
    expect(entries()).toBe(before + 1);
  });

  it('pushes a change of deck', () => {
    start('/?present=1&slide=2');
    const before = entries();
    state().setPresentation({ deck: 'centre', slide: 0 });
    expect(window.location.search).toBe('?deck=centre&present=1&slide=1');
    expect(entries()).toBe(before + 1);
  });

  it('replaces the entry when the deck is left', () => {
    start('/?present=1&slide=2');
    const before = entries();
    state().setPresentation(null);
    expect(window.location.search).toBe('');
    expect(entries()).toBe(before);
  });

  it('leaves the deck on Back, however many slides were shown', async () => {
    start('/');
    state().setPresentation({ deck: 'courant', slide: 0 });
    state().setPresentation({ deck: 'courant', slide: 1 });
    state().setPresentation({ deck: 'courant', slide: 2 });
    await goBack();
    expect(window.location.search).toBe('');
    expect(state().presentation).toBeNull();
  });

  it('does not reopen a deck that was left when going Back', async () => {
    start('/');
    state().act({ type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    state().setPresentation({ deck: 'courant', slide: 0 });
    state().setPresentation(null);
    await goBack();
    expect(window.location.search).toBe('?theme=energie');
    expect(state().presentation).toBeNull();
    expect(filters()).toEqual({ themes: ['energie'], regions: [] });
  });
});

describe('startUrlSync: once the data is loaded', () => {
  it('drops unknown theme and region ids, lists them in ignoredIds, and rewrites the address in place', () => {
    start('/?theme=energie,inconnu&region=atlantide,centre');
    expect(filters()).toEqual({ themes: ['energie', 'inconnu'], regions: ['atlantide', 'centre'] });
    const before = entries();
    store.setState({ files: LOADED });
    expect(filters()).toEqual({ themes: ['energie'], regions: ['centre'] });
    expect(state().ignoredIds).toEqual([
      { dimension: 'themes', id: 'inconnu' },
      { dimension: 'regions', id: 'atlantide' },
    ]);
    expect(window.location.search).toBe('?region=centre&theme=energie');
    expect(entries()).toBe(before);
  });

  it('drops the ids of an address opened after the data, in place', () => {
    store.setState({ files: LOADED });
    window.history.replaceState(null, '', '/?theme=inconnu');
    const before = entries();
    stop = startUrlSync(store, window);
    expect(filters().themes).toEqual([]);
    expect(state().ignoredIds).toEqual([{ dimension: 'themes', id: 'inconnu' }]);
    expect(window.location.search).toBe('');
    expect(entries()).toBe(before);
  });

  it('treats a 2016 region as unknown for the region filter (filters use 2013 regions)', () => {
    start('/?region=centre-val-de-loire');
    store.setState({ files: LOADED });
    expect(filters().regions).toEqual([]);
    expect(state().ignoredIds).toEqual([{ dimension: 'regions', id: 'centre-val-de-loire' }]);
    expect(window.location.search).toBe('');
  });

  it('drops a compared pole that the data does not know, keeping the others in order', () => {
    start('/?comparer=licorne,s2e2');
    store.setState({ files: LOADED });
    expect(state().view.compared).toEqual(['s2e2']);
    expect(state().ignoredIds).toEqual([{ dimension: 'compared', id: 'licorne' }]);
    expect(window.location.search).toBe('?comparer=s2e2');
  });

  it('drops an unknown id toggled after loading too, without a history entry', () => {
    start('/');
    store.setState({ files: LOADED });
    const before = entries();
    state().act({ type: 'toggle-filter', dimension: 'themes', id: 'inconnu' });
    expect(filters().themes).toEqual([]);
    expect(state().ignoredIds).toEqual([{ dimension: 'themes', id: 'inconnu' }]);
    expect(window.location.search).toBe('');
    expect(entries()).toBe(before);
  });

  it('keeps known ids and records nothing when the address is clean', () => {
    start('/?theme=energie');
    store.setState({ files: LOADED });
    expect(filters()).toEqual({ themes: ['energie'], regions: [] });
    expect(state().ignoredIds).toEqual([]);
  });
});

describe('startUrlSync: back and forward', () => {
  it('restores the filters of the previous entry on popstate, without adding an entry', async () => {
    start('/');
    state().act({ type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    state().act({ type: 'toggle-filter', dimension: 'regions', id: 'centre' });
    const length = entries();
    expect(window.location.search).toBe('?region=centre&theme=energie');

    await goBack();
    expect(window.location.search).toBe('?theme=energie');
    expect(filters()).toEqual({ themes: ['energie'], regions: [] });
    expect(entries()).toBe(length);

    await goBack();
    expect(window.location.search).toBe('');
    expect(filters()).toEqual({ themes: [], regions: [] });
    expect(entries()).toBe(length);
  });

  it('goes back to the default member scope and keeps the forward entry', async () => {
    start('/');
    state().act({ type: 'set-members-scope', scope: 'all' });
    expect(window.location.search).toBe('?adherents=tous');
    await goBack();
    expect(window.location.search).toBe('');
    expect(state().view.membersScope).toBe('centre');
    await goForward();
    expect(window.location.search).toBe('?adherents=tous');
    expect(state().view.membersScope).toBe('all');
  });

  it('applies a popstate to an address set from outside', () => {
    start('/');
    window.history.replaceState(null, '', '/?region=bretagne');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(filters()).toEqual({ themes: [], regions: ['bretagne'] });
  });
});

describe('startUrlSync: stopping', () => {
  it('no longer writes the address nor listens to popstate once stopped', () => {
    start('/');
    stop?.();
    stop = null;
    state().act({ type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    expect(window.location.search).toBe('');
    window.history.replaceState(null, '', '/?theme=mer');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(filters()).toEqual({ themes: ['energie'], regions: [] });
  });
});
