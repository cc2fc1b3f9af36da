import { describe, expect, it } from 'vitest';
import { historyMode } from '../../../src/store/history-rule';
import { DEFAULT_URL_STATE, type UrlState } from '../../../src/store/url-state';

const address = (overrides: Partial<UrlState> = {}): UrlState => ({ ...DEFAULT_URL_STATE, ...overrides });
const slide = (deck: string, index: number): UrlState['presentation'] => ({ deck, slide: index });

describe('historyMode on the dashboard', () => {
  it('pushes a change of filter', () => {
    expect(historyMode(address(), address({ themes: ['energie'] }))).toBe('push');
    expect(
      historyMode(address({ themes: ['energie'] }), address({ themes: ['energie'], regions: ['centre'] })),
    ).toBe('push');
  });

  it('pushes a change of member scope, of compared poles, and of page', () => {
    expect(historyMode(address(), address({ membersScope: 'all' }))).toBe('push');
    expect(historyMode(address(), address({ compared: ['s2e2'] }))).toBe('push');
    expect(historyMode(address(), address({ page: 'accessibilite' }))).toBe('push');
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
        address({ themes: ['energie'], presentation: slide('centre', 4) }),
        address({ themes: ['energie'], presentation: slide('centre', 2) }),
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
        address({ regions: ['centre'], presentation: slide('courant', 1) }),
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
        address({ themes: ['energie', 'mer'], presentation: slide('courant', 0) }),
        address({ themes: ['energie', 'mer'], presentation: slide('courant', 1) }),
      ),
    ).toBe('replace');
  });
});
