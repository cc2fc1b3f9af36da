import { describe, expect, it } from 'vitest';
import {
  applyViewAction,
  DEFAULT_VIEW,
  hasFilters,
  MAX_COMPARED,
  NO_FILTERS,
  sortedIds,
  toggleId,
  type CardView,
} from '../../../src/model/view';

const view = (overrides: Partial<CardView> = {}): CardView => ({ ...DEFAULT_VIEW, ...overrides });

describe('hasFilters', () => {
  it('is false without any theme or region', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('is true with a theme, a region, or both', () => {
    expect(hasFilters({ themes: ['energie'], regions: [] })).toBe(true);
    expect(hasFilters({ themes: [], regions: ['centre'] })).toBe(true);
    expect(hasFilters({ themes: ['energie'], regions: ['centre'] })).toBe(true);
  });
});

describe('sortedIds', () => {
  it('sorts ids and drops repeats', () => {
    expect(sortedIds(['mer', 'energie', 'mer', 'bretagne'])).toEqual(['bretagne', 'energie', 'mer']);
  });

  it('does not change the list it is given', () => {
    const ids = ['mer', 'energie'];
    sortedIds(ids);
    expect(ids).toEqual(['mer', 'energie']);
  });
});

describe('toggleId', () => {
  it('appends an absent id at the end', () => {
    expect(toggleId(['mer', 'energie'], 'avenia')).toEqual(['mer', 'energie', 'avenia']);
  });

  it('takes a present id out, keeping the order of the others', () => {
    expect(toggleId(['mer', 'energie', 'avenia'], 'energie')).toEqual(['mer', 'avenia']);
  });
});

describe('applyViewAction: filters', () => {
  it('adds a toggled id and keeps the ids of a dimension sorted', () => {
    const once = applyViewAction(DEFAULT_VIEW, { type: 'toggle-filter', dimension: 'themes', id: 'mer' });
    const twice = applyViewAction(once, { type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    expect(twice.filters).toEqual({ themes: ['energie', 'mer'], regions: [] });
  });

  it('takes out an id toggled a second time', () => {
    const start = view({ filters: { themes: ['energie', 'mer'], regions: [] } });
    expect(applyViewAction(start, { type: 'toggle-filter', dimension: 'themes', id: 'mer' }).filters).toEqual(
      { themes: ['energie'], regions: [] },
    );
  });

  it('keeps the two dimensions apart', () => {
    const regions = applyViewAction(DEFAULT_VIEW, {
      type: 'toggle-filter',
      dimension: 'regions',
      id: 'centre',
    });
    const both = applyViewAction(regions, { type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    expect(both.filters).toEqual({ themes: ['energie'], regions: ['centre'] });
  });

  it('leaves the member scope and the compared poles alone', () => {
    const start = view({ membersScope: 'all', compared: ['s2e2'] });
    const next = applyViewAction(start, { type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    expect([next.membersScope, next.compared]).toEqual(['all', ['s2e2']]);
  });

  it('does not change the view it is given', () => {
    const start = view({ filters: { themes: ['mer'], regions: [] } });
    applyViewAction(start, { type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    expect(start.filters).toEqual({ themes: ['mer'], regions: [] });
  });

  it('removes an id, and removes nothing for an absent one', () => {
    const start = view({ filters: { themes: ['energie', 'mer'], regions: ['centre'] } });
    const removed = applyViewAction(start, { type: 'remove-filter', dimension: 'themes', id: 'mer' });
    const absent = applyViewAction(removed, { type: 'remove-filter', dimension: 'regions', id: 'bretagne' });
    expect(absent.filters).toEqual({ themes: ['energie'], regions: ['centre'] });
  });

  it('resets both dimensions, leaving the member scope and the compared poles', () => {
    const start = view({
      filters: { themes: ['energie'], regions: ['centre'] },
      membersScope: 'all',
      compared: ['s2e2'],
    });
    expect(applyViewAction(start, { type: 'reset-filters' })).toEqual({
      filters: { themes: [], regions: [] },
      membersScope: 'all',
      compared: ['s2e2'],
    });
  });

  it('returns the same view when there is no filter to reset', () => {
    const start = view({ membersScope: 'all' });
    expect(applyViewAction(start, { type: 'reset-filters' })).toBe(start);
  });
});

describe('applyViewAction: member scope', () => {
  it('sets the scope, leaving the filters', () => {
    const start = view({ filters: { themes: ['energie'], regions: [] } });
    const next = applyViewAction(start, { type: 'set-members-scope', scope: 'all' });
    expect(next).toEqual({ ...start, membersScope: 'all' });
  });

  it('returns the same view when the scope is already the one asked for', () => {
    expect(applyViewAction(DEFAULT_VIEW, { type: 'set-members-scope', scope: 'centre' })).toBe(DEFAULT_VIEW);
  });
});

describe('applyViewAction: compared poles', () => {
  const compare = (start: CardView, ...ids: string[]): CardView =>
    ids.reduce((current, id) => applyViewAction(current, { type: 'toggle-compared', id }), start);

  it('keeps the poles in the order they were picked, not sorted', () => {
    expect(compare(DEFAULT_VIEW, 's2e2', 'avenia', 'dream').compared).toEqual(['s2e2', 'avenia', 'dream']);
  });

  it('takes out a pole picked a second time', () => {
    expect(compare(DEFAULT_VIEW, 's2e2', 'avenia', 's2e2').compared).toEqual(['avenia']);
  });

  it(`refuses a fifth pole once ${MAX_COMPARED} are compared, and returns the same view`, () => {
    const full = compare(DEFAULT_VIEW, 'a', 'b', 'c', 'd');
    expect(full.compared).toHaveLength(MAX_COMPARED);
    expect(applyViewAction(full, { type: 'toggle-compared', id: 'e' })).toBe(full);
  });

  it('still takes a pole out when the comparison is full', () => {
    const full = compare(DEFAULT_VIEW, 'a', 'b', 'c', 'd');
    expect(compare(full, 'b').compared).toEqual(['a', 'c', 'd']);
  });

  it('clears the comparison, and returns the same view when it is already empty', () => {
    const start = view({ compared: ['s2e2', 'dream'], membersScope: 'all' });
    expect(applyViewAction(start, { type: 'clear-compared' })).toEqual({ ...start, compared: [] });
    expect(applyViewAction(DEFAULT_VIEW, { type: 'clear-compared' })).toBe(DEFAULT_VIEW);
  });
});
