import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState, useDashboard } from '../../src/store/store';
import { startUrlSync } from '../../src/store/url-sync';
import { fetcherFromDisk } from '../fixtures/disk';

let stop: (() => void) | null = null;

function start(address: string): void {
  window.history.replaceState(null, '', address);
  stop = startUrlSync(useDashboard, window);
}

/** Goes one entry back in the session history and waits for the popstate that jsdom fires afterwards. */
function goBack(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    window.history.back();
  });
}

const filters = () => useDashboard.getState().filters;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  useDashboard.setState(initialState);
});

afterEach(() => {
  stop?.();
  stop = null;
  window.history.replaceState(null, '', '/');
});

describe('startUrlSync: reading the address', () => {
  it('sets the theme filter from ?theme=energie', () => {
    start('/?theme=energie');
    expect(filters()).toEqual({ themes: ['energie'], regions: [] });
    expect(useDashboard.getState().membersScope).toBe('centre');
  });

  it('sets themes, regions and the member scope together', () => {
    start('/?adherents=tous&region=centre&theme=mer,energie');
    expect(filters()).toEqual({ themes: ['energie', 'mer'], regions: ['centre'] });
    expect(useDashboard.getState().membersScope).toBe('all');
  });

  it('rewrites a non-canonical address in place, without adding a history entry', () => {
    window.history.replaceState(null, '', '/?theme=mer,energie,mer&utm=x#carte');
    const before = window.history.length;
    stop = startUrlSync(useDashboard, window);
    expect(window.location.search).toBe('?theme=energie,mer');
    expect(window.location.hash).toBe('#carte');
    expect(window.history.length).toBe(before);
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
    const before = window.history.length;
    useDashboard.getState().toggleFilter('themes', 'energie');
    expect(window.location.search).toBe('?theme=energie');
    expect(window.history.length).toBe(before + 1);
    useDashboard.getState().toggleFilter('regions', 'centre');
    expect(window.location.search).toBe('?region=centre&theme=energie');
    expect(window.history.length).toBe(before + 2);
  });

  it('goes back to the bare path when the last filter is removed', () => {
    start('/?theme=energie');
    useDashboard.getState().removeFilter('themes', 'energie');
    expect(window.location.pathname).toBe('/');
    expect(window.location.search).toBe('');
  });

  it('writes the member scope as adherents=tous', () => {
    start('/?theme=energie');
    useDashboard.getState().setMembersScope('all');
    expect(window.location.search).toBe('?adherents=tous&theme=energie');
  });

  it('keeps the hash when writing', () => {
    start('/#financement');
    useDashboard.getState().toggleFilter('regions', 'centre');
    expect(window.location.search).toBe('?region=centre');
    expect(window.location.hash).toBe('#financement');
  });

  it('adds no entry for a change that leaves the address as it is', () => {
    start('/?theme=energie');
    const before = window.history.length;
    useDashboard.getState().setFilters({ themes: ['energie', 'energie'], regions: [] });
    expect(window.history.length).toBe(before);
    expect(window.location.search).toBe('?theme=energie');
  });
});

describe('startUrlSync: once the data is loaded', () => {
  it('drops unknown theme and region ids, lists them in ignoredIds, and rewrites the address in place', async () => {
    start('/?theme=energie,inconnu&region=atlantide,centre');
    expect(filters()).toEqual({ themes: ['energie', 'inconnu'], regions: ['atlantide', 'centre'] });
    const before = window.history.length;
    await useDashboard.getState().load(fetcherFromDisk);
    expect(filters()).toEqual({ themes: ['energie'], regions: ['centre'] });
    expect(useDashboard.getState().ignoredIds).toEqual([
      { dimension: 'themes', id: 'inconnu' },
      { dimension: 'regions', id: 'atlantide' },
    ]);
    expect(window.location.search).toBe('?region=centre&theme=energie');
    expect(window.history.length).toBe(before);
  });

  it('treats a 2016 region as unknown for the region filter (filters use 2013 regions)', async () => {
    start('/?region=centre-val-de-loire');
    await useDashboard.getState().load(fetcherFromDisk);
    expect(filters().regions).toEqual([]);
    expect(useDashboard.getState().ignoredIds).toEqual([{ dimension: 'regions', id: 'centre-val-de-loire' }]);
    expect(window.location.search).toBe('');
  });

  it('drops an unknown id toggled after loading too', async () => {
    start('/');
    await useDashboard.getState().load(fetcherFromDisk);
    useDashboard.getState().toggleFilter('themes', 'inconnu');
    expect(filters().themes).toEqual([]);
    expect(useDashboard.getState().ignoredIds).toEqual([{ dimension: 'themes', id: 'inconnu' }]);
    expect(window.location.search).toBe('');
  });

  it('keeps known ids and records nothing when the address is clean', async () => {
    start('/?theme=energie');
    await useDashboard.getState().load(fetcherFromDisk);
    expect(filters()).toEqual({ themes: ['energie'], regions: [] });
    expect(useDashboard.getState().ignoredIds).toEqual([]);
  });
});

describe('startUrlSync: back and forward', () => {
  it('restores the filters of the previous entry on popstate, without adding an entry', async () => {
    start('/');
    useDashboard.getState().toggleFilter('themes', 'energie');
    useDashboard.getState().toggleFilter('regions', 'centre');
    const length = window.history.length;
    expect(window.location.search).toBe('?region=centre&theme=energie');

    await goBack();
    expect(window.location.search).toBe('?theme=energie');
    expect(filters()).toEqual({ themes: ['energie'], regions: [] });
    expect(window.history.length).toBe(length);

    await goBack();
    expect(window.location.search).toBe('');
    expect(filters()).toEqual({ themes: [], regions: [] });
    expect(window.history.length).toBe(length);
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
    useDashboard.getState().toggleFilter('themes', 'energie');
    expect(window.location.search).toBe('');
    window.history.replaceState(null, '', '/?theme=mer');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(filters()).toEqual({ themes: ['energie'], regions: [] });
  });
});
