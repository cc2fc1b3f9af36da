import { describe, expect, it } from 'vitest';
import { historyMode } from '../../../src/store/history-rule';
import { DEFAULT_URL_STATE, type UrlState } from '../../../src/store/url-state';
import { filtersOf } from '../../fixtures/view';

const address = (overrides: Partial<UrlState> = {}): UrlState => ({ ...DEFAULT_URL_STATE, ...overrides });
const slide = (deck: string, index: number): UrlState['presentation'] => ({ deck, slide: index });

describe('historyMode on the dashboard', () => {
  it('pushes a change of filter', () => {
    expect(historyMode(address(), address({ filters: filtersOf({ themes: ['energie'] }) }))).toBe('push');
    expect(
      historyMode(
        address({ filters: filtersOf({ themes: ['energie'] }) }),
        address({ filters: filtersOf({ themes: ['energie'], regions: ['centre'] }) }),
      ),
    ).toBe('push');
  });

  it('pushes a change of member scope, of compared poles, and of page', () => {
    expect(historyMode(address(), address({ membersScope: 'all' }))).toBe('push');
    expect(historyMode(address(), address({ compared: ['s2e2'] }))).toBe('push');
    expect(historyMode(address(), address({ page: 'accessibilite' }))).toBe('push');
  });
});

describe('historyMode and the facets', () => {
  it('pushes a change of status, year labelled or 2012 class', () => {
    expect(historyMode(address(), address({ filters: filtersOf({ categories: ['mondial'] }) }))).toBe('push');
    expect(historyMode(address(), address({ filters: filtersOf({ years: ['2005'] }) }))).toBe('push');
    expect(
      historyMode(
        address({ filters: filtersOf({ evaluations: ['performant'] }) }),
        address({ filters: filtersOf({ evaluations: ['performant', 'tres-performant'] }) }),
      ),
    ).toBe('push');
  });

  it('pushes a change of the map of regions, and of the cross-tab’s rows and columns', () => {
    expect(historyMode(address(), address({ regionScheme: '2016' }))).toBe('push');
    expect(historyMode(address(), address({ crossTab: { rows: 'years', columns: 'categories' } }))).toBe(
      'push',
    );
  });

  it('pushes a change of facet made during a presentation', () => {
    const before = address({ presentation: slide('national', 2) });
    expect(historyMode(before, { ...before, filters: filtersOf({ categories: ['mondial'] }) })).toBe('push');
    expect(historyMode(before, { ...before, regionScheme: '2016' })).toBe('push');
  });

  it('still replaces a move between slides while every facet, the 2016 map and a cross-tab are set', () => {
    const filters = filtersOf({
      themes: ['energie'],
      regions: ['centre-val-de-loire'],
      categories: ['national'],
      years: ['2005', '2007'],
      evaluations: ['tres-performant'],
    });
    const set = { filters, regionScheme: '2016', crossTab: { rows: 'years', columns: 'themes' } } as const;
    expect(
      historyMode(
        address({ ...set, presentation: slide('national', 0) }),
        address({ ...set, filters: filtersOf({ ...filters }), presentation: slide('national', 1) }),
      ),
    ).toBe('replace');
  });
});

describe('historyMode with a pole profile', () => {
  it('pushes the opening of a profile, and of another from it', () => {
    expect(historyMode(address(), address({ profile: 'elastopole' }))).toBe('push');
    expect(historyMode(address({ profile: 'elastopole' }), address({ profile: 'dream' }))).toBe('push');
  });

  it('replaces the closing of a profile, so that Back does not reopen it', () => {
    expect(historyMode(address({ profile: 'elastopole' }), address())).toBe('replace');
  });

  it('pushes a change of compared poles made from a profile', () => {
    const open = address({ profile: 'elastopole' });
    expect(historyMode(open, { ...open, compared: ['elastopole'] })).toBe('push');
  });
});

describe('historyMode in a presentation', () => {
  it('pushes the opening of a deck', () => {
    expect(historyMode(address(), address({ presentation: slide('courant', 0) }))).toBe('push');
  });

  it('replaces a move between slides of the same deck, forwards or backwards', () => {
    expect(
      historyMode(
        address({ presentation: slide('courant', 0) }),
        address({ presentation: slide('courant', 1) }),
      ),
    ).toBe('replace');
    expect(
      historyMode(
        address({ filters: filtersOf({ themes: ['energie'] }), presentation: slide('centre', 4) }),
        address({ filters: filtersOf({ themes: ['energie'] }), presentation: slide('centre', 2) }),
      ),
    ).toBe('replace');
  });

  it('replaces the leaving of a deck, so that Back does not reopen it', () => {
    expect(historyMode(address({ presentation: slide('courant', 3) }), address())).toBe('replace');
  });

  it('pushes a change of deck', () => {
    expect(
      historyMode(
        address({ presentation: slide('courant', 2) }),
        address({ presentation: slide('centre', 0) }),
      ),
    ).toBe('push');
  });

  it('pushes a change of filter made during a presentation', () => {
    expect(
      historyMode(
        address({ presentation: slide('courant', 1) }),
        address({ filters: filtersOf({ regions: ['centre'] }), presentation: slide('courant', 1) }),
      ),
    ).toBe('push');
  });

  it('pushes a change of scope, compared poles or page made during a presentation', () => {
    const before = address({ presentation: slide('courant', 1) });
    expect(historyMode(before, { ...before, membersScope: 'all' })).toBe('push');
    expect(historyMode(before, { ...before, compared: ['dream'] })).toBe('push');
    expect(historyMode(before, { ...before, page: 'accessibilite' })).toBe('push');
  });

  it('compares ids by value, not by array', () => {
    expect(
      historyMode(
        address({ filters: filtersOf({ themes: ['energie', 'mer'] }), presentation: slide('courant', 0) }),
        address({ filters: filtersOf({ themes: ['energie', 'mer'] }), presentation: slide('courant', 1) }),
      ),
    ).toBe('replace');
  });
});
