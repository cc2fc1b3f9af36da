import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LANG_STORAGE_KEY, startLangSync } from '../../../src/store/lang-sync';
import { createDashboardStore, type DashboardStore } from '../../../src/store/store';
import { startUrlSync } from '../../../src/store/url-sync';

let store: DashboardStore = createDashboardStore();
const stops: (() => void)[] = [];

const at = (search: string) => window.history.replaceState(null, '', `/${search}`);

beforeEach(() => {
  store = createDashboardStore();
  window.localStorage.clear();
});

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  window.localStorage.clear();
  at('');
});

describe('startLangSync', () => {
  it('keeps French on a plain address with nothing remembered', () => {
    at('');
    stops.push(startLangSync(store));
    expect(store.getState().lang).toBe('fr');
  });

  it('takes the address’s language first, over the remembered choice', () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'en');
    at('?lang=fr');
    stops.push(startLangSync(store));
    expect(store.getState().lang).toBe('fr');
    at('?lang=en');
    const other = createDashboardStore();
    stops.push(startLangSync(other));
    expect(other.getState().lang).toBe('en');
  });

  it('takes the remembered choice when the address says nothing, then writes it in the address', () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'en');
    at('?theme=mer');
    stops.push(startLangSync(store), startUrlSync(store));
    expect(store.getState().lang).toBe('en');
    expect(window.location.search).toBe('?lang=en&theme=mer');
  });

  it('ignores a remembered value that is not a language', () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'klingon');
    at('');
    stops.push(startLangSync(store));
    expect(store.getState().lang).toBe('fr');
  });

  it('remembers each change, and the address follows without a new history entry', () => {
    at('');
    stops.push(startLangSync(store), startUrlSync(store));
    const entries = window.history.length;
    store.getState().setLang('en');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(window.location.search).toBe('?lang=en');
    expect(window.history.length).toBe(entries);
    store.getState().setLang('fr');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('fr');
    expect(window.location.search).toBe('');
  });
});
