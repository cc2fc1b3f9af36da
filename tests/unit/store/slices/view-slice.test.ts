import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, NO_FILTERS } from '../../../../src/model/view';
import { createDashboardStore } from '../../../../src/store/store';
import { filtersOf } from '../../../fixtures/view';

describe('view slice', () => {
  it('starts without filters, on the 2013 regions and the Centre member scope, comparing no pole', () => {
    expect(createDashboardStore().getState().view).toEqual({
      filters: { themes: [], regions: [], categories: [], years: [], evaluations: [] },
      regionScheme: '2013',
      membersScope: 'centre',
      compared: [],
      crossTab: { rows: 'themes', columns: 'evaluations', share: 'count' },
    });
  });

  it('applies each action to the reader’s view', () => {
    const store = createDashboardStore();
    const { act } = store.getState();
    act({ type: 'toggle-filter', dimension: 'themes', id: 'mer' });
    act({ type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    act({ type: 'toggle-filter', dimension: 'regions', id: 'centre' });
    act({ type: 'toggle-filter', dimension: 'categories', id: 'national' });
    act({ type: 'remove-filter', dimension: 'themes', id: 'mer' });
    act({ type: 'set-members-scope', scope: 'all' });
    act({ type: 'toggle-compared', id: 's2e2' });
    act({ type: 'toggle-compared', id: 'dream' });
    act({ type: 'set-cross-tab', rows: 'years', columns: 'regions' });
    act({ type: 'set-cross-share', share: 'row' });
    expect(store.getState().view).toEqual({
      ...DEFAULT_VIEW,
      filters: filtersOf({ themes: ['energie'], regions: ['centre'], categories: ['national'] }),
      membersScope: 'all',
      compared: ['s2e2', 'dream'],
      crossTab: { rows: 'years', columns: 'regions', share: 'row' },
    });
    act({ type: 'set-region-scheme', scheme: '2016' });
    expect(store.getState().view.filters).toEqual(
      filtersOf({ themes: ['energie'], categories: ['national'] }),
    );
    act({ type: 'select', values: [{ dimension: 'evaluations', id: 'performant' }] });
    expect(store.getState().view.filters.evaluations).toEqual(['performant']);
    act({ type: 'reset-filters' });
    act({ type: 'clear-compared' });
    expect(store.getState().view).toEqual({
      filters: NO_FILTERS,
      regionScheme: '2016',
      membersScope: 'all',
      compared: [],
      crossTab: { rows: 'years', columns: 'regions', share: 'row' },
    });
  });

  it('does not update the store for an action that changes nothing', () => {
    const store = createDashboardStore();
    let updates = 0;
    store.subscribe(() => {
      updates += 1;
    });
    store.getState().act({ type: 'reset-filters' });
    store.getState().act({ type: 'set-members-scope', scope: 'centre' });
    store.getState().act({ type: 'clear-compared' });
    store.getState().act({ type: 'set-region-scheme', scheme: '2013' });
    store.getState().act({ type: 'set-cross-tab', rows: 'themes', columns: 'themes' });
    expect(updates).toBe(0);
    store.getState().act({ type: 'set-members-scope', scope: 'all' });
    expect(updates).toBe(1);
  });

  it('sorts and deduplicates the filters it is given, leaving scope and compared poles', () => {
    const store = createDashboardStore();
    store.getState().act({ type: 'set-members-scope', scope: 'all' });
    store.getState().act({ type: 'toggle-compared', id: 's2e2' });
    store.getState().setFilters({
      themes: ['mer', 'energie', 'mer'],
      regions: ['centre', 'bretagne', 'centre'],
      categories: ['national', 'mondial'],
      years: ['2010', '2005', '2005'],
      evaluations: ['performant'],
    });
    expect(store.getState().view).toEqual({
      ...DEFAULT_VIEW,
      filters: {
        themes: ['energie', 'mer'],
        regions: ['bretagne', 'centre'],
        categories: ['mondial', 'national'],
        years: ['2005', '2010'],
        evaluations: ['performant'],
      },
      membersScope: 'all',
      compared: ['s2e2'],
    });
  });

  it('keeps each store’s view to itself', () => {
    const first = createDashboardStore();
    const second = createDashboardStore();
    first.getState().act({ type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    expect(second.getState().view.filters).toEqual(NO_FILTERS);
  });
});
