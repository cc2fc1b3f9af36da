import { describe, expect, it } from 'vitest';
import { perFileState, type FileStates } from '../../../../src/data/dataset';
import { DEFAULT_URL_STATE } from '../../../../src/store/url-state';
import { createDashboardStore } from '../../../../src/store/store';
import { pole, region, theme } from '../../../fixtures/rows';

/** Themes, regions and poles ready (the other files still loading). */
const READY: FileStates = {
  ...perFileState(() => ({ status: 'loading', rows: null })),
  themes: { status: 'ready', rows: [theme('energie'), theme('mer')] },
  regions: {
    status: 'ready',
    rows: [region('centre', true, false), region('centre-val-de-loire', false, true)],
  },
  poles: { status: 'ready', rows: [pole({ id: 's2e2' }), pole({ id: 'dream' })] },
};

describe('address slice: applyUrlState', () => {
  it('sets the view, the presentation and the page of an address in one update', () => {
    const store = createDashboardStore();
    let updates = 0;
    store.subscribe(() => {
      updates += 1;
    });
    store.getState().applyUrlState({
      themes: ['mer', 'energie', 'mer'],
      regions: ['centre'],
      membersScope: 'all',
      compared: ['s2e2', 'dream'],
      presentation: { deck: 'centre', slide: 3 },
      page: 'accessibilite',
    });
    expect(updates).toBe(1);
    const state = store.getState();
    expect(state.view).toEqual({
      filters: { themes: ['energie', 'mer'], regions: ['centre'] },
      membersScope: 'all',
      compared: ['s2e2', 'dream'],
    });
    expect([state.presentation, state.page]).toEqual([{ deck: 'centre', slide: 3 }, 'accessibilite']);
  });

  it('keeps the compared poles in their order, four at most', () => {
    const store = createDashboardStore();
    store.getState().applyUrlState({ ...DEFAULT_URL_STATE, compared: ['e', 'd', 'c', 'b', 'a'] });
    expect(store.getState().view.compared).toEqual(['e', 'd', 'c', 'b']);
  });

  it('returns to the default view for the default address', () => {
    const store = createDashboardStore();
    store.getState().act({ type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    store.getState().setPresentation({ deck: 'courant', slide: 1 });
    store.getState().applyUrlState(DEFAULT_URL_STATE);
    expect(store.getState().view).toEqual({
      filters: { themes: [], regions: [] },
      membersScope: 'centre',
      compared: [],
    });
    expect(store.getState().presentation).toBeNull();
  });
});

describe('address slice: reconcileIds', () => {
  it('drops nothing and returns false while the files are loading', () => {
    const store = createDashboardStore();
    store.getState().applyUrlState({ ...DEFAULT_URL_STATE, themes: ['inconnu'], compared: ['licorne'] });
    expect(store.getState().reconcileIds()).toBe(false);
    expect(store.getState().view.filters.themes).toEqual(['inconnu']);
    expect(store.getState().ignoredIds).toEqual([]);
  });

  it('drops the ids the loaded data does not know, records them, and returns true', () => {
    const store = createDashboardStore();
    store.setState({ files: READY });
    store.getState().applyUrlState({
      ...DEFAULT_URL_STATE,
      themes: ['energie', 'inconnu'],
      regions: ['centre', 'centre-val-de-loire'],
      compared: ['licorne', 's2e2'],
    });
    expect(store.getState().reconcileIds()).toBe(true);
    expect(store.getState().view).toEqual({
      filters: { themes: ['energie'], regions: ['centre'] },
      membersScope: 'centre',
      compared: ['s2e2'],
    });
    expect(store.getState().ignoredIds).toEqual([
      { dimension: 'themes', id: 'inconnu' },
      { dimension: 'regions', id: 'centre-val-de-loire' },
      { dimension: 'compared', id: 'licorne' },
    ]);
  });

  it('returns false and records nothing when every id is known', () => {
    const store = createDashboardStore();
    store.setState({ files: READY });
    store.getState().applyUrlState({ ...DEFAULT_URL_STATE, themes: ['energie'], compared: ['dream'] });
    expect(store.getState().reconcileIds()).toBe(false);
    expect(store.getState().view.filters.themes).toEqual(['energie']);
    expect(store.getState().ignoredIds).toEqual([]);
  });

  it('adds the ids it drops to those recorded before', () => {
    const store = createDashboardStore();
    store.setState({ files: READY });
    store.getState().applyUrlState({ ...DEFAULT_URL_STATE, themes: ['inconnu'] });
    store.getState().reconcileIds();
    store.getState().act({ type: 'toggle-filter', dimension: 'regions', id: 'atlantide' });
    expect(store.getState().reconcileIds()).toBe(true);
    expect(store.getState().ignoredIds).toEqual([
      { dimension: 'themes', id: 'inconnu' },
      { dimension: 'regions', id: 'atlantide' },
    ]);
    expect(store.getState().reconcileIds()).toBe(false);
  });

  it('forgets the recorded ids once the reader dismisses them', () => {
    const store = createDashboardStore();
    store.setState({ files: READY });
    store.getState().applyUrlState({ ...DEFAULT_URL_STATE, themes: ['inconnu'] });
    store.getState().reconcileIds();
    store.getState().dismissIgnoredIds();
    expect(store.getState().ignoredIds).toEqual([]);
  });
});
