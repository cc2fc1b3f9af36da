import { describe, expect, it } from 'vitest';
import {
  applyViewAction,
  DEFAULT_CROSS_TAB,
  DEFAULT_VIEW,
  DIMENSIONS,
  hasFilters,
  MAX_COMPARED,
  NO_FILTERS,
  sortedIds,
  toggleId,
  type CardView,
  type Filters,
} from '../../../src/model/view';

const view = (overrides: Partial<CardView> = {}): CardView => ({ ...DEFAULT_VIEW, ...overrides });
const filters = (some: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...some });

describe('hasFilters', () => {
  it('is false without any id on any facet', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('is true with a theme, a region, or both', () => {
    expect(hasFilters(filters({ themes: ['energie'] }))).toBe(true);
    expect(hasFilters(filters({ regions: ['centre'] }))).toBe(true);
    expect(hasFilters(filters({ themes: ['energie'], regions: ['centre'] }))).toBe(true);
  });

  it.each([
    ['categories', 'mondial'],
    ['years', '2005'],
    ['evaluations', 'tres-performant'],
  ] as const)('is true with only a filter on %s', (dimension, id) => {
    expect(hasFilters(filters({ [dimension]: [id] }))).toBe(true);
  });

  it('knows the five facets, in the order of the filter panel', () => {
    expect(DIMENSIONS).toEqual(['themes', 'regions', 'categories', 'years', 'evaluations']);
    expect(Object.keys(NO_FILTERS).sort()).toEqual([...DIMENSIONS].sort());
  });
});

describe('the default view', () => {
  it('has no filter, the 2013 regions, the Centre scope, no compared pole, themes × evaluations in counts', () => {
    expect(DEFAULT_VIEW).toEqual({
      filters: NO_FILTERS,
      regionScheme: '2013',
      membersScope: 'centre',
      compared: [],
      crossTab: { rows: 'themes', columns: 'evaluations', share: 'count' },
    });
    expect(DEFAULT_VIEW.crossTab).toBe(DEFAULT_CROSS_TAB);
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
    expect(twice.filters).toEqual(filters({ themes: ['energie', 'mer'] }));
  });

  it('takes out an id toggled a second time', () => {
    const start = view({ filters: filters({ themes: ['energie', 'mer'] }) });
    expect(applyViewAction(start, { type: 'toggle-filter', dimension: 'themes', id: 'mer' }).filters).toEqual(
      filters({ themes: ['energie'] }),
    );
  });

  it('keeps the dimensions apart', () => {
    const regions = applyViewAction(DEFAULT_VIEW, {
      type: 'toggle-filter',
      dimension: 'regions',
      id: 'centre',
    });
    const both = applyViewAction(regions, { type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    expect(both.filters).toEqual(filters({ themes: ['energie'], regions: ['centre'] }));
  });

  it('toggles a status, a year and an evaluation class like a theme, sorted within each facet', () => {
    const next = [
      { dimension: 'categories', id: 'national' },
      { dimension: 'categories', id: 'mondial' },
      { dimension: 'years', id: '2010' },
      { dimension: 'years', id: '2005' },
      { dimension: 'evaluations', id: 'tres-performant' },
    ] as const;
    const end = next.reduce(
      (current, { dimension, id }) => applyViewAction(current, { type: 'toggle-filter', dimension, id }),
      DEFAULT_VIEW,
    );
    expect(end.filters).toEqual(
      filters({
        categories: ['mondial', 'national'],
        years: ['2005', '2010'],
        evaluations: ['tres-performant'],
      }),
    );
    expect(
      applyViewAction(end, { type: 'toggle-filter', dimension: 'years', id: '2005' }).filters.years,
    ).toEqual(['2010']);
  });

  it('leaves the member scope, the region map, the compared poles and the cross-tab alone', () => {
    const start = view({ membersScope: 'all', compared: ['s2e2'], regionScheme: '2016' });
    const next = applyViewAction(start, { type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    expect([next.membersScope, next.compared, next.regionScheme, next.crossTab]).toEqual([
      'all',
      ['s2e2'],
      '2016',
      DEFAULT_CROSS_TAB,
    ]);
  });

  it('does not change the view it is given', () => {
    const start = view({ filters: filters({ themes: ['mer'] }) });
    applyViewAction(start, { type: 'toggle-filter', dimension: 'themes', id: 'energie' });
    expect(start.filters).toEqual(filters({ themes: ['mer'] }));
  });

  it('removes an id, and removes nothing for an absent one', () => {
    const start = view({ filters: filters({ themes: ['energie', 'mer'], regions: ['centre'] }) });
    const removed = applyViewAction(start, { type: 'remove-filter', dimension: 'themes', id: 'mer' });
    const absent = applyViewAction(removed, { type: 'remove-filter', dimension: 'regions', id: 'bretagne' });
    expect(absent.filters).toEqual(filters({ themes: ['energie'], regions: ['centre'] }));
  });

  it('removes an id from the facet named only', () => {
    const start = view({ filters: filters({ categories: ['mondial'], evaluations: ['performant'] }) });
    const next = applyViewAction(start, { type: 'remove-filter', dimension: 'categories', id: 'mondial' });
    expect(next.filters).toEqual(filters({ evaluations: ['performant'] }));
  });

  it('resets every facet, leaving the member scope, the region map and the compared poles', () => {
    const start = view({
      filters: {
        themes: ['energie'],
        regions: ['centre'],
        categories: ['national'],
        years: ['2005'],
        evaluations: ['performant'],
      },
      regionScheme: '2016',
      membersScope: 'all',
      compared: ['s2e2'],
    });
    expect(applyViewAction(start, { type: 'reset-filters' })).toEqual({
      ...DEFAULT_VIEW,
      filters: NO_FILTERS,
      regionScheme: '2016',
      membersScope: 'all',
      compared: ['s2e2'],
    });
  });

  it('returns the same view when there is no filter to reset', () => {
    const start = view({ membersScope: 'all' });
    expect(applyViewAction(start, { type: 'reset-filters' })).toBe(start);
  });
});

describe('applyViewAction: select', () => {
  it('sets each named facet to exactly the id given, as a cross-tab cell does', () => {
    const start = view({ filters: filters({ themes: ['energie', 'mer'], regions: ['centre'] }) });
    const next = applyViewAction(start, {
      type: 'select',
      values: [
        { dimension: 'themes', id: 'numerique' },
        { dimension: 'evaluations', id: 'performant' },
      ],
    });
    expect(next.filters).toEqual(
      filters({ themes: ['numerique'], regions: ['centre'], evaluations: ['performant'] }),
    );
  });

  it('keeps the other parts of the view', () => {
    const start = view({ membersScope: 'all', compared: ['dream'], regionScheme: '2016' });
    const next = applyViewAction(start, { type: 'select', values: [{ dimension: 'years', id: '2007' }] });
    expect(next).toEqual({ ...start, filters: filters({ years: ['2007'] }) });
  });

  it('changes nothing for an empty selection', () => {
    const start = view({ filters: filters({ themes: ['mer'] }) });
    expect(applyViewAction(start, { type: 'select', values: [] })).toEqual(start);
  });
});

describe('applyViewAction: region map', () => {
  it('switches to the 2016 regions and starts the region filter again, keeping the other facets', () => {
    const start = view({ filters: filters({ themes: ['energie'], regions: ['centre'], years: ['2005'] }) });
    const next = applyViewAction(start, { type: 'set-region-scheme', scheme: '2016' });
    expect(next.regionScheme).toBe('2016');
    expect(next.filters).toEqual(filters({ themes: ['energie'], years: ['2005'] }));
  });

  it('switches back to the 2013 regions, clearing a 2016 region', () => {
    const start = view({ regionScheme: '2016', filters: filters({ regions: ['centre-val-de-loire'] }) });
    const next = applyViewAction(start, { type: 'set-region-scheme', scheme: '2013' });
    expect([next.regionScheme, next.filters]).toEqual(['2013', NO_FILTERS]);
  });

  it('returns the same view, region filter kept, when the map is already the one asked for', () => {
    const start = view({ filters: filters({ regions: ['centre'] }) });
    expect(applyViewAction(start, { type: 'set-region-scheme', scheme: '2013' })).toBe(start);
  });
});

describe('applyViewAction: cross-tab', () => {
  it('sets its rows and columns, keeping the share', () => {
    const start = view({ crossTab: { ...DEFAULT_CROSS_TAB, share: 'row' } });
    const next = applyViewAction(start, { type: 'set-cross-tab', rows: 'regions', columns: 'categories' });
    expect(next.crossTab).toEqual({ rows: 'regions', columns: 'categories', share: 'row' });
    expect(next.filters).toBe(start.filters);
  });

  it('refuses the same facet as rows and columns, and returns the same view', () => {
    expect(applyViewAction(DEFAULT_VIEW, { type: 'set-cross-tab', rows: 'years', columns: 'years' })).toBe(
      DEFAULT_VIEW,
    );
  });

  it('sets the share of its cells, keeping its rows and columns', () => {
    const rows = applyViewAction(DEFAULT_VIEW, { type: 'set-cross-share', share: 'row' });
    const columns = applyViewAction(rows, { type: 'set-cross-share', share: 'column' });
    expect(rows.crossTab).toEqual({ ...DEFAULT_CROSS_TAB, share: 'row' });
    expect(columns.crossTab).toEqual({ ...DEFAULT_CROSS_TAB, share: 'column' });
    expect(applyViewAction(columns, { type: 'set-cross-share', share: 'count' }).crossTab).toEqual(
      DEFAULT_CROSS_TAB,
    );
  });
});

describe('applyViewAction: member scope', () => {
  it('sets the scope, leaving the filters', () => {
    const start = view({ filters: filters({ themes: ['energie'] }) });
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
