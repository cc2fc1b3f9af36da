import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDashboardStore, type DashboardStore } from '../../../src/store/store';
import { startThemeSync } from '../../../src/store/theme-sync';

const STORAGE_KEY = 'poles-competitivite:theme';

/** The system's colour preference, as matchMedia gives it, which a test can switch. */
class SystemPreference extends EventTarget {
  constructor(public matches: boolean) {
    super();
  }
  switchTo(dark: boolean): void {
    this.matches = dark;
    this.dispatchEvent(new Event('change'));
  }
}

let store: DashboardStore = createDashboardStore();
let stop: (() => void) | null = null;
const hadMatchMedia = Object.prototype.hasOwnProperty.call(window, 'matchMedia');

function systemPrefers(dark: boolean): SystemPreference {
  const preference = new SystemPreference(dark);
  Object.defineProperty(window, 'matchMedia', { configurable: true, value: () => preference });
  return preference;
}

const marked = () => document.documentElement.dataset.theme;

beforeEach(() => {
  store = createDashboardStore();
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});

afterEach(() => {
  stop?.();
  stop = null;
  if (!hadMatchMedia) Reflect.deleteProperty(window, 'matchMedia');
  window.localStorage.clear();
});

describe('startThemeSync: at start', () => {
  it('follows the system under « auto »: dark when it prefers dark', () => {
    systemPrefers(true);
    stop = startThemeSync(store, window);
    expect([store.getState().colorScheme, store.getState().resolvedTheme, marked()]).toEqual([
      'auto',
      'dark',
      'dark',
    ]);
  });

  it('is light under « auto » when the system prefers light, or cannot tell', () => {
    systemPrefers(false);
    stop = startThemeSync(store, window);
    expect([store.getState().resolvedTheme, marked()]).toEqual(['light', 'light']);
    stop();
    Reflect.deleteProperty(window, 'matchMedia');
    const other = createDashboardStore();
    stop = startThemeSync(other, window);
    expect([other.getState().resolvedTheme, marked()]).toEqual(['light', 'light']);
  });

  it('applies the choice remembered from an earlier visit, over the system’s', () => {
    window.localStorage.setItem(STORAGE_KEY, 'light');
    systemPrefers(true);
    stop = startThemeSync(store, window);
    expect([store.getState().colorScheme, store.getState().resolvedTheme, marked()]).toEqual([
      'light',
      'light',
      'light',
    ]);
  });

  it('ignores a remembered value that is not a choice', () => {
    window.localStorage.setItem(STORAGE_KEY, 'violet');
    stop = startThemeSync(store, window);
    expect(store.getState().colorScheme).toBe('auto');
  });

  it('starts on « auto » when the storage cannot be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('refusé', 'SecurityError');
    });
    stop = startThemeSync(store, window);
    expect(store.getState().colorScheme).toBe('auto');
  });
});

describe('startThemeSync: afterwards', () => {
  it('applies and remembers a new choice', () => {
    stop = startThemeSync(store, window);
    store.getState().setColorScheme('dark');
    expect([store.getState().resolvedTheme, marked()]).toEqual(['dark', 'dark']);
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe('dark');
  });

  it('still applies a choice that the storage refuses to keep', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('plein', 'QuotaExceededError');
    });
    stop = startThemeSync(store, window);
    store.getState().setColorScheme('dark');
    expect(marked()).toBe('dark');
  });

  it('follows a change of the system’s preference under « auto » only', () => {
    const system = systemPrefers(false);
    stop = startThemeSync(store, window);
    system.switchTo(true);
    expect([store.getState().resolvedTheme, marked()]).toEqual(['dark', 'dark']);
    store.getState().setColorScheme('light');
    system.switchTo(true);
    expect(marked()).toBe('light');
  });

  it('no longer follows the store nor the system once stopped', () => {
    const system = systemPrefers(false);
    stop = startThemeSync(store, window);
    stop();
    stop = null;
    system.switchTo(true);
    store.getState().setColorScheme('dark');
    expect(marked()).toBe('light');
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
  });
});
