import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { perFileState, type FileStates } from '../../../src/data/dataset';
import { createDashboardStore, type DashboardStore } from '../../../src/store/store';
import { startUrlSync, urlStateOf } from '../../../src/store/url-sync';
import { pole, region, theme } from '../../fixtures/rows';
import { filtersOf } from '../../fixtures/view';

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
  poles: {
    status: 'ready',
    rows: [pole({ id: 's2e2', year_labelled: 2005 }), pole({ id: 'dream', year_labelled: 2010 })],
  },
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
  // A new entry drops the forward entries an earlier test left by going Back, so that counts start clean.
  window.history.pushState(null, '', '/');
  store = createDashboardStore();
});

afterEach(() => {
  stop?.();
  stop = null;
  window.history.replaceState(null, '', '/');
});

describe('urlStateOf', () => {
  it('takes the view, the presentation, the page and the profile of the state', () => {
    const local = createDashboardStore();
    const address = {
      filters: filtersOf({ themes: ['energie'], regions: ['centre-val-de-loire'], years: ['2005'] }),
      regionScheme: '2016',
      membersScope: 'all',
      compared: ['s2e2'],
      crossTab: { rows: 'regions', columns: 'categories' },
      presentation: { deck: 'centre', slide: 1 },
      page: 'accessibilite',
      profile: 'dream',
      embed: 'carte',
      lang: 'en',
    } as const;
    local.getState().applyUrlState(address);
    expect(urlStateOf(local.getState())).toEqual({
      ...address,
      crossTab: { rows: 'regions', columns: 'categories', share: 'count' },
    });
  });
});

describe('startUrlSync: reading the address', () => {
  it('sets the theme filter from ?theme=energie', () => {
    start('/?theme=energie');
    expect(filters()).toEqual(filtersOf({ themes: ['energie'] }));
    expect(state().view.membersScope).toBe('centre');
  });

  it('sets themes, regions and the member scope together', () => {
    start('/?adherents=tous&region=centre&theme=mer,energie');
    expect(filters()).toEqual(filtersOf({ themes: ['energie', 'mer'], regions: ['centre'] }));
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
    expect(filters()).toEqual(filtersOf());
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
    state().setFilters(filtersOf({ themes: ['energie', 'energie'] }));
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
    expect(filters()).toEqual(filtersOf({ themes: ['energie'] }));
  });
});

describe('startUrlSync: once the data is loaded', () => {
  it('drops unknown theme and region ids, lists them in ignoredIds, and rewrites the address in place', () => {
    start('/?theme=energie,inconnu&region=atlantide,centre');
    expect(filters()).toEqual(
      filtersOf({ themes: ['energie', 'inconnu'], regions: ['atlantide', 'centre'] }),
    );
    const before = entries();
    store.setState({ files: LOADED });
    expect(filters()).toEqual(filtersOf({ themes: ['energie'], regions: ['centre'] }));
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

  it('treats a 2016 region as unknown for the region filter on the 2013 map', () => {
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
    expect(filters()).toEqual(filtersOf({ themes: ['energie'] }));
    expect(state().ignoredIds).toEqual([]);
  });
});

describe('startUrlSync: the facets and the map of regions', () => {
  it('reads a status, years labelled, a 2012 class and the 2016 map from the address', () => {
    start(
      '/?annee=2010,2005&categorie=mondial&decoupage=2016&evaluation=tres-performant&region=centre-val-de-loire',
    );
    expect(filters()).toEqual(
      filtersOf({
        regions: ['centre-val-de-loire'],
        categories: ['mondial'],
        years: ['2005', '2010'],
        evaluations: ['tres-performant'],
      }),
    );
    expect(state().view.regionScheme).toBe('2016');
  });

  it('pushes an entry for each facet toggled, and writes each under its key', () => {
    start('/');
    const before = entries();
    state().act({ type: 'toggle-filter', dimension: 'categories', id: 'mondial' });
    state().act({ type: 'toggle-filter', dimension: 'years', id: '2005' });
    state().act({ type: 'toggle-filter', dimension: 'evaluations', id: 'performant' });
    expect(window.location.search).toBe('?annee=2005&categorie=mondial&evaluation=performant');
    expect(entries()).toBe(before + 3);
  });

  it('pushes the switch to the 2016 map, which takes the 2013 region out of the address', () => {
    start('/?region=centre&theme=energie');
    const before = entries();
    state().act({ type: 'set-region-scheme', scheme: '2016' });
    expect(window.location.search).toBe('?decoupage=2016&theme=energie');
    expect(entries()).toBe(before + 1);
  });

  it('keeps a 2016 region on the 2016 map once the data is loaded, and drops a 2013 one', () => {
    start('/?decoupage=2016&region=centre,centre-val-de-loire');
    store.setState({ files: LOADED });
    expect(filters().regions).toEqual(['centre-val-de-loire']);
    expect(state().ignoredIds).toEqual([{ dimension: 'regions', id: 'centre' }]);
    expect(window.location.search).toBe('?decoupage=2016&region=centre-val-de-loire');
  });

  it('drops an unknown status, class or year once the data is loaded, in place', () => {
    start('/?annee=2005,2006&categorie=galactique&evaluation=excellent,performant');
    const before = entries();
    store.setState({ files: LOADED });
    expect(filters()).toEqual(filtersOf({ years: ['2005'], evaluations: ['performant'] }));
    expect(state().ignoredIds).toEqual([
      { dimension: 'categories', id: 'galactique' },
      { dimension: 'years', id: '2006' },
      { dimension: 'evaluations', id: 'excellent' },
    ]);
    expect(window.location.search).toBe('?annee=2005&evaluation=performant');
    expect(entries()).toBe(before);
  });

  it('goes Back to the 2013 map and its region, then Forward again', async () => {
    start('/?region=centre');
    state().act({ type: 'set-region-scheme', scheme: '2016' });
    state().act({ type: 'toggle-filter', dimension: 'regions', id: 'centre-val-de-loire' });
    expect(window.location.search).toBe('?decoupage=2016&region=centre-val-de-loire');
    await goBack();
    expect(window.location.search).toBe('?decoupage=2016');
    await goBack();
    expect(window.location.search).toBe('?region=centre');
    expect([state().view.regionScheme, filters()]).toEqual(['2013', filtersOf({ regions: ['centre'] })]);
    await goForward();
    expect([state().view.regionScheme, filters()]).toEqual(['2016', filtersOf()]);
  });

  it('still replaces the entry as the slides move while facets are set', () => {
    start('/?annee=2005&categorie=national&decoupage=2016');
    state().setPresentation({ deck: 'courant', slide: 0 });
    const before = entries();
    state().setPresentation({ deck: 'courant', slide: 1 });
    state().setPresentation({ deck: 'courant', slide: 2 });
    expect(window.location.search).toBe('?annee=2005&categorie=national&decoupage=2016&present=1&slide=3');
    expect(entries()).toBe(before);
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
    expect(filters()).toEqual(filtersOf({ themes: ['energie'] }));
    expect(entries()).toBe(length);

    await goBack();
    expect(window.location.search).toBe('');
    expect(filters()).toEqual(filtersOf());
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
    expect(filters()).toEqual(filtersOf({ regions: ['bretagne'] }));
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
    expect(filters()).toEqual(filtersOf({ themes: ['energie'] }));
  });
});
