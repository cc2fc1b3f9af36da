import { describe, expect, it } from 'vitest';
import { FILE_IDS } from '../../../src/data/files';
import { DEFAULT_VIEW, NO_FILTERS } from '../../../src/model/view';
import { createDashboardStore, initialState, useDashboard } from '../../../src/store/store';

describe('createDashboardStore', () => {
  it('starts without filters, on the Centre member scope, with every file loading and nothing ignored', () => {
    const state = createDashboardStore().getState();
    expect(state.view).toEqual(DEFAULT_VIEW);
    expect([
      state.view.filters,
      state.view.regionScheme,
      state.view.membersScope,
      state.view.compared,
    ]).toEqual([NO_FILTERS, '2013', 'centre', []]);
    expect(state.profile).toBeNull();
    expect(state.ignoredIds).toEqual([]);
    expect(FILE_IDS.map((id) => state.files[id].status)).toEqual(FILE_IDS.map(() => 'loading'));
  });

  it('gives each call a store of its own', () => {
    const first = createDashboardStore();
    const second = createDashboardStore();
    first.getState().setPage('accessibilite');
    expect(second.getState().page).toBe('dashboard');
  });
});

describe('initialState', () => {
  it('is the state of the page’s store before anything happened, for tests to reset it', () => {
    const state = createDashboardStore().getState();
    expect(initialState.view).toEqual(state.view);
    expect(initialState.files).toEqual(state.files);
    expect([initialState.page, initialState.presentation, initialState.colorScheme]).toEqual([
      'dashboard',
      null,
      'auto',
    ]);
  });

  it('brings the page’s store back to its start when set again', () => {
    useDashboard.getState().act({ type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    useDashboard.getState().act({ type: 'set-region-scheme', scheme: '2016' });
    useDashboard.getState().setProfile('s2e2');
    useDashboard.setState(initialState);
    expect(useDashboard.getState().view).toEqual(DEFAULT_VIEW);
    expect(useDashboard.getState().profile).toBeNull();
  });
});
