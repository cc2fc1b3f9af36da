import { describe, expect, it } from 'vitest';
import { perFileState, type FileStates } from '../../../../src/data/dataset';
import { DEFAULT_VIEW } from '../../../../src/model/view';
import { DEFAULT_URL_STATE } from '../../../../src/store/url-state';
import { createDashboardStore } from '../../../../src/store/store';
import { pole, region, theme } from '../../../fixtures/rows';
import { filtersOf } from '../../../fixtures/view';

/** Themes, regions and poles ready (the other files still loading). */
const READY: FileStates = {
  ...perFileState(() => ({ status: 'loading', rows: null })),
  themes: { status: 'ready', rows: [theme('energie'), theme('mer')] },
  regions: {
    status: 'ready',
    rows: [region('centre', true, false), region('centre-val-de-loire', false, true)],
  },
  poles: {
    status: 'ready',
    rows: [pole({ id: 's2e2', year_labelled: 2005 }), pole({ id: 'dream', year_labelled: 2010 })],
  },
};

describe('address slice: applyUrlState', () => {
  it('sets the view, the presentation, the page and the profile of an address in one update', () => {
    const store = createDashboardStore();
    let updates = 0;
    store.subscribe(() => {
      updates += 1;
    });
    store.getState().applyUrlState({
      filters: {
        themes: ['mer', 'energie', 'mer'],
        regions: ['centre-val-de-loire'],
        categories: ['national', 'mondial'],
        years: ['2010', '2005', '2010'],
        evaluations: ['performant'],
      },
      regionScheme: '2016',
      membersScope: 'all',
      compared: ['s2e2', 'dream'],
      crossTab: { rows: 'regions', columns: 'years' },
      presentation: { deck: 'centre', slide: 3 },
      page: 'accessibilite',
      profile: 'dream',
      embed: 'themes',
      lang: null,
    });
    expect(updates).toBe(1);
    const state = store.getState();
    expect(state.view).toEqual({
      filters: {
        themes: ['energie', 'mer'],
        regions: ['centre-val-de-loire'],
        categories: ['mondial', 'national'],
        years: ['2005', '2010'],
        evaluations: ['performant'],
      },
      regionScheme: '2016',
      membersScope: 'all',
      compared: ['s2e2', 'dream'],
      crossTab: { rows: 'regions', columns: 'years', share: 'count' },
    });
    expect([state.presentation, state.page, state.profile, state.embed]).toEqual([
      { deck: 'centre', slide: 3 },
      'accessibilite',
      'dream',
      'themes',
    ]);
  });

  it('keeps the compared poles in their order, four at most', () => {
    const store = createDashboardStore();
    store.getState().applyUrlState({ ...DEFAULT_URL_STATE, compared: ['e', 'd', 'c', 'b', 'a'] });
    expect(store.getState().view.compared).toEqual(['e', 'd', 'c', 'b']);
  });

  it('keeps the share the reader chose for the cross-tab, which the address does not carry', () => {
    const store = createDashboardStore();
    store.getState().act({ type: 'set-cross-share', share: 'column' });
    store
      .getState()
      .applyUrlState({ ...DEFAULT_URL_STATE, crossTab: { rows: 'categories', columns: 'themes' } });
    expect(store.getState().view.crossTab).toEqual({
      rows: 'categories',
      columns: 'themes',
      share: 'column',
    });
  });

  it('returns to the default view for the default address', () => {
    const store = createDashboardStore();
    store.getState().act({ type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    store.getState().act({ type: 'toggle-filter', dimension: 'years', id: '2005' });
    store.getState().act({ type: 'set-region-scheme', scheme: '2016' });
    store.getState().act({ type: 'set-cross-tab', rows: 'years', columns: 'regions' });
    store.getState().setPresentation({ deck: 'courant', slide: 1 });
    store.getState().setProfile('s2e2');
    store.getState().applyUrlState(DEFAULT_URL_STATE);
    expect(store.getState().view).toEqual(DEFAULT_VIEW);
    expect(store.getState().view.filters).toEqual({
      themes: [],
      regions: [],
      categories: [],
      years: [],
      evaluations: [],
    });
    expect([store.getState().presentation, store.getState().profile]).toEqual([null, null]);
  });
});

describe('address slice: reconcileIds', () => {
  it('drops nothing and returns false while the files are loading', () => {
    const store = createDashboardStore();
    store.getState().applyUrlState({
      ...DEFAULT_URL_STATE,
      filters: filtersOf({ themes: ['inconnu'] }),
      compared: ['licorne'],
    });
    expect(store.getState().reconcileIds()).toBe(false);
    expect(store.getState().view.filters.themes).toEqual(['inconnu']);
    expect(store.getState().ignoredIds).toEqual([]);
  });

  it('drops the ids the loaded data does not know, records them, and returns true', () => {
    const store = createDashboardStore();
    store.setState({ files: READY });
    store.getState().applyUrlState({
      ...DEFAULT_URL_STATE,
      filters: filtersOf({
        themes: ['energie', 'inconnu'],
        regions: ['centre', 'centre-val-de-loire'],
        years: ['2005', '2006'],
      }),
      compared: ['licorne', 's2e2'],
    });
    expect(store.getState().reconcileIds()).toBe(true);
    expect(store.getState().view).toEqual({
      ...DEFAULT_VIEW,
      filters: filtersOf({ themes: ['energie'], regions: ['centre'], years: ['2005'] }),
      compared: ['s2e2'],
    });
    expect(store.getState().ignoredIds).toEqual([
      { dimension: 'themes', id: 'inconnu' },
      { dimension: 'regions', id: 'centre-val-de-loire' },
      { dimension: 'years', id: '2006' },
      { dimension: 'compared', id: 'licorne' },
    ]);
  });

  it('judges the region ids on the map of the address', () => {
    const store = createDashboardStore();
    store.setState({ files: READY });
    store.getState().applyUrlState({
      ...DEFAULT_URL_STATE,
      filters: filtersOf({ regions: ['centre', 'centre-val-de-loire'] }),
      regionScheme: '2016',
    });
    expect(store.getState().reconcileIds()).toBe(true);
    expect(store.getState().view.filters.regions).toEqual(['centre-val-de-loire']);
    expect(store.getState().ignoredIds).toEqual([{ dimension: 'regions', id: 'centre' }]);
  });

  it('returns false and records nothing when every id is known', () => {
    const store = createDashboardStore();
    store.setState({ files: READY });
    store.getState().applyUrlState({
      ...DEFAULT_URL_STATE,
      filters: filtersOf({ themes: ['energie'], categories: ['mondial'], evaluations: ['performant'] }),
      compared: ['dream'],
    });
    expect(store.getState().reconcileIds()).toBe(false);
    expect(store.getState().view.filters.themes).toEqual(['energie']);
    expect(store.getState().ignoredIds).toEqual([]);
  });

  it('adds the ids it drops to those recorded before', () => {
    const store = createDashboardStore();
    store.setState({ files: READY });
    store.getState().applyUrlState({ ...DEFAULT_URL_STATE, filters: filtersOf({ themes: ['inconnu'] }) });
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
    store.getState().applyUrlState({ ...DEFAULT_URL_STATE, filters: filtersOf({ themes: ['inconnu'] }) });
    store.getState().reconcileIds();
    store.getState().dismissIgnoredIds();
    expect(store.getState().ignoredIds).toEqual([]);
  });
});
