import { describe, expect, it } from 'vitest';
import { createDashboardStore } from '../../../../src/store/store';

describe('view slice', () => {
  it('starts without filters, on the Centre member scope, comparing no pole', () => {
    expect(createDashboardStore().getState().view).toEqual({
      filters: { themes: [], regions: [] },
      membersScope: 'centre',
      compared: [],
    });
  });

  it('applies each action to the reader’s view', () => {
    const store = createDashboardStore();
    const { act } = store.getState();
    act({ type: 'toggle-filter', dimension: 'themes', id: 'mer' });
    act({ type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    act({ type: 'toggle-filter', dimension: 'regions', id: 'centre' });
    act({ type: 'remove-filter', dimension: 'themes', id: 'mer' });
    act({ type: 'set-members-scope', scope: 'all' });
    act({ type: 'toggle-compared', id: 's2e2' });
    act({ type: 'toggle-compared', id: 'dream' });
    expect(store.getState().view).toEqual({
      filters: { themes: ['energie'], regions: ['centre'] },
      membersScope: 'all',
      compared: ['s2e2', 'dream'],
    });
    act({ type: 'reset-filters' });
    act({ type: 'clear-compared' });
    expect(store.getState().view).toEqual({
      filters: { themes: [], regions: [] },
      membersScope: 'all',
      compared: [],
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
    expect(updates).toBe(0);
    store.getState().act({ type: 'set-members-scope', scope: 'all' });
    expect(updates).toBe(1);
  });

  it('sorts and deduplicates the filters it is given, leaving scope and compared poles', () => {
    const store = createDashboardStore();
    store.getState().act({ type: 'set-members-scope', scope: 'all' });
    store.getState().act({ type: 'toggle-compared', id: 's2e2' });
    store
      .getState()
      .setFilters({ themes: ['mer', 'energie', 'mer'], regions: ['centre', 'bretagne', 'centre'] });
    expect(store.getState().view).toEqual({
      filters: { themes: ['energie', 'mer'], regions: ['bretagne', 'centre'] },
      membersScope: 'all',
      compared: ['s2e2'],
    });
  });

  it('keeps each store’s view to itself', () => {
    const first = createDashboardStore();
    const second = createDashboardStore();
    first.getState().act({ type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    expect(second.getState().view.filters).toEqual({ themes: [], regions: [] });
  });
});
