import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANG_ATTRIBUTE, OTHER_ATTRIBUTE, THEMES_ATTRIBUTE } from '../../../scripts/first-view-page.mjs';
import { shippedScript } from '../../../scripts/first-view-plugin';

const SOURCE = readFileSync('scripts/first-view.js', 'utf8');
// The file in the repository and the minified one the page gets do the same.
const SCRIPTS = [
  ['scripts/first-view.js', SOURCE],
  ['scripts/first-view.js as shipped', shippedScript(SOURCE)],
] as const;
let script: string = SOURCE;

/** The page the build wrote: the language of its first view, and the page in its other language, if any. */
interface Built {
  readonly lang?: string;
  readonly other?: string;
}

/** Where the script sent the page (`location.replace`), in the last run. */
let wentTo: string[] = [];

/**
 * Runs the script that the page runs before it paints, at an address, with a stored theme and a system setting, in a
 * page whose first view was drawn in `themes` (the build names them on <html>; none named: the light one) and in the
 * language `built` names (none named: French, with no page in English).
 */
function run(
  search: string,
  stored: string | null,
  systemDark: boolean,
  storedLang: string | null = null,
  themes: string | null = null,
  built: Built = {},
) {
  const html = document.documentElement;
  html.removeAttribute('data-theme');
  const name = (attribute: string, value: string | null | undefined) => {
    if (value === null || value === undefined) html.removeAttribute(attribute);
    else html.setAttribute(attribute, value);
  };
  name(THEMES_ATTRIBUTE, themes);
  name(LANG_ATTRIBUTE, built.lang);
  name(OTHER_ATTRIBUTE, built.other);
  html.className = '';
  window.history.replaceState(null, '', `/${search}`);
  window.localStorage.clear();
  if (stored !== null) window.localStorage.setItem('poles-competitivite:theme', stored);
  if (storedLang !== null) window.localStorage.setItem('poles-competitivite:lang', storedLang);
  // jsdom has no matchMedia: the system's setting is given here.
  const matchMedia = (query: string) => ({ matches: systemDark && query === '(prefers-color-scheme: dark)' });
  vi.stubGlobal('matchMedia', matchMedia);
  // jsdom cannot navigate: the window the script sees records where it would go.
  wentTo = [];
  const location = {
    search: window.location.search,
    hash: '#contenu',
    replace: (address: string) => wentTo.push(address),
  };
  const page = new Proxy(window, {
    get: (target, property) => {
      if (property === 'location') return location;
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      const bound: unknown = value.bind(target);
      return bound;
    },
  });
  // The script is the file the site serves, run as the browser runs it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- the shipped file itself is what is tested
  new Function('window', script)(page);
  return { theme: html.dataset.theme, classes: [...html.classList], lang: html.lang };
}

describe.each(SCRIPTS)('%s', (_, shipped) => {
  beforeEach(() => {
    script = shipped;
  });

  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.unstubAllGlobals();
  });

  it('keeps the pre-rendered first view on the plain address in the light theme', () => {
    expect(run('', null, false)).toEqual({ theme: 'light', classes: ['first-view-pending'], lang: 'fr' });
    expect(run('?', 'light', true)).toEqual({ theme: 'light', classes: ['first-view-pending'], lang: 'fr' });
    expect(run('', null, false, 'fr')).toEqual({
      theme: 'light',
      classes: ['first-view-pending'],
      lang: 'fr',
    });
  });

  it('keeps a scroll bar’s place while the first view is shown only where scroll bars take room', () => {
    // jsdom lays nothing out: the probe's widths are given here, as a browser would measure them.
    const outer = vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(50);
    const inner = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(35);
    expect(run('', null, false).classes).toEqual(['first-view-pending', 'first-view-gutter']);
    expect(run('?region=centre', null, false).classes).toEqual(['first-view-hidden']);
    // Overlay or hidden scroll bars take no room: the cards have the same width before the takeover and after it.
    inner.mockReturnValue(50);
    expect(run('', null, false).classes).toEqual(['first-view-pending']);
    expect(document.documentElement.querySelectorAll(':scope > div')).toHaveLength(0);
    outer.mockRestore();
    inner.mockRestore();
  });

  it('hides the French pre-render when English is remembered, and marks the page English before paint', () => {
    expect(run('', null, false, 'en')).toEqual({
      theme: 'light',
      classes: ['first-view-hidden'],
      lang: 'en',
    });
    expect(run('?lang=en', null, false)).toEqual({
      theme: 'light',
      classes: ['first-view-hidden'],
      lang: 'en',
    });
    // The address wins over the remembered choice.
    expect(run('?lang=fr', null, false, 'en').lang).toBe('fr');
  });

  it('hides it for any address with a query: filters, presentation, profile', () => {
    for (const search of ['?region=centre', '?present=1', '?pole=elastopole', '?decoupage=2016']) {
      expect(run(search, null, false)).toEqual({
        theme: 'light',
        classes: ['first-view-hidden'],
        lang: 'fr',
      });
    }
  });

  it('hides it in the dark theme, chosen or from the system, where it was drawn in the light one only', () => {
    for (const themes of [null, 'light']) {
      expect(run('', 'dark', false, null, themes)).toMatchObject({
        theme: 'dark',
        classes: ['first-view-hidden'],
      });
      expect(run('', 'auto', true, null, themes)).toMatchObject({
        theme: 'dark',
        classes: ['first-view-hidden'],
      });
      expect(run('', null, true, null, themes)).toMatchObject({
        theme: 'dark',
        classes: ['first-view-hidden'],
      });
    }
  });

  it('keeps it in the dark theme where it was drawn in both, and sets the theme before paint', () => {
    for (const [stored, systemDark] of [
      ['dark', false],
      ['auto', true],
      [null, true],
    ] as const)
      expect(run('', stored, systemDark, null, 'light dark')).toEqual({
        theme: 'dark',
        classes: ['first-view-pending'],
        lang: 'fr',
      });
    expect(run('', null, false, null, 'light dark')).toMatchObject({ classes: ['first-view-pending'] });
    // A page drawn in the dark theme alone does not show it in the light one.
    expect(run('', null, false, null, 'dark')).toMatchObject({
      theme: 'light',
      classes: ['first-view-hidden'],
    });
    // The address and the language still decide.
    expect(run('?region=centre', null, true, null, 'light dark').classes).toEqual(['first-view-hidden']);
    expect(run('', null, true, 'en', 'light dark').classes).toEqual(['first-view-hidden']);
  });

  it('holds a click on a pre-rendered control until the live page takes over: no default action, marked busy', () => {
    run('', null, false);
    document.body.innerHTML = `<div id="root" data-first-view>
        <button type="button">Sombre</button><button type="button">EN</button>
        <label><input type="checkbox" /> Centre</label><a href="#elastopole">Elastopôle</a>
        <label><span>Lignes</span><select><option>Thème</option></select></label></div>
      <button type="button" id="live">Live</button>`;
    const click = (element: Element | null, init: MouseEventInit = {}) =>
      element?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
    const busy = () =>
      [...document.querySelectorAll('[aria-busy="true"]')].map((node) => node.textContent.trim());
    const [sombre, english] = document.querySelectorAll('[data-first-view] button');
    expect(click(sombre ?? null)).toBe(false);
    expect(busy()).toEqual(['Sombre']);
    // Only the last click waits.
    expect(click(english ?? null)).toBe(false);
    expect(busy()).toEqual(['EN']);
    // A checkbox does not tick in the copy; a link does not lead away.
    const checkbox = document.querySelector('input');
    expect(click(checkbox)).toBe(false);
    expect(checkbox?.checked).toBe(false);
    expect(click(document.querySelector('a'))).toBe(false);
    expect(busy()).toEqual(['Elastopôle']);
    // A click with a modifier (a new tab), on a list, or outside the copy is left to the browser.
    expect(click(document.querySelector('a'), { ctrlKey: true })).toBe(true);
    expect(click(document.querySelector('select'))).toBe(true);
    expect(click(document.getElementById('live'))).toBe(true);
    expect(busy()).toEqual(['Elastopôle']);
  });

  it("holds Enter and Space on the map's regions, which only the live page's code answers", () => {
    run('', null, false);
    document.body.innerHTML = `<div id="root" data-first-view><input type="text" />
        <svg><g class="map-region" role="button" tabindex="0" aria-label="Centre"></g></svg></div>`;
    const press = (element: Element | null, key: string) =>
      element?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    const region = document.querySelector('g');
    expect(press(region, 'Tab')).toBe(true);
    expect(region?.hasAttribute('aria-busy')).toBe(false);
    expect(press(region, 'Enter')).toBe(false);
    expect(region?.getAttribute('aria-busy')).toBe('true');
    // Typing is the reader's: the live page carries the text over.
    expect(press(document.querySelector('input'), ' ')).toBe(true);
  });
  it('goes, before anything paints, to the page pre-rendered in the reader’s language, address and place kept', () => {
    const french = { lang: 'fr', other: 'en ./index.en.html' };
    expect(run('?lang=en', null, false, null, 'light dark', french)).toEqual({
      theme: 'light',
      classes: ['first-view-hidden'],
      lang: 'en',
    });
    expect(wentTo).toEqual(['./index.en.html?lang=en#contenu']);
    // English remembered from an earlier visit, in the dark theme.
    run('', null, true, 'en', 'light dark', french);
    expect(wentTo).toEqual(['./index.en.html#contenu']);
    // Another view than the first: the live page draws it here, in English.
    expect(run('?lang=en&region=centre', null, false, null, 'light dark', french).classes).toEqual([
      'first-view-hidden',
    ]);
    expect(wentTo).toEqual([]);
    // French: this page shows, with or without its ?lang=.
    for (const search of ['', '?lang=fr'])
      expect(run(search, null, false, null, 'light dark', french).classes).toEqual(['first-view-pending']);
    expect(wentTo).toEqual([]);
  });

  it('shows the English page’s first view in English, and goes back to the French one for French', () => {
    const english = { lang: 'en', other: 'fr ./' };
    for (const [search, storedLang] of [
      ['?lang=en', null],
      ['', 'en'],
    ] as const)
      expect(run(search, null, false, storedLang, 'light dark', english)).toEqual({
        theme: 'light',
        classes: ['first-view-pending'],
        lang: 'en',
      });
    expect(wentTo).toEqual([]);
    run('?lang=fr', null, false, 'en', 'light dark', english);
    expect(wentTo).toEqual(['./?lang=fr#contenu']);
  });

  describe('the start of the live page', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });

    afterEach(() => {
      vi.useRealTimers();
      vi.restoreAllMocks();
      document.body.innerHTML = '';
    });

    /** Runs the script as the site's page has it, naming `entry`, in a body that holds `body`; then the load event. */
    function loadWith(entry: string, body: string) {
      document.body.innerHTML = body;
      for (const added of document.head.querySelectorAll('script[type="module"], link')) added.remove();
      const tag = document.createElement('script');
      tag.setAttribute('data-entry', entry);
      vi.spyOn(document, 'currentScript', 'get').mockReturnValue(tag);
      // Where the browser reports no paint, the load event starts the live page.
      vi.stubGlobal('PerformanceObserver', undefined);
      run('', null, false);
      window.dispatchEvent(new Event('load'));
      return () => document.head.querySelector(`script[type="module"][src="${entry}"]`) !== null;
    }

    it('starts the live page a moment after the load event, the first view on screen meanwhile', () => {
      const started = loadWith('./assets/first.js', '<div id="root" data-first-view><h1>71</h1></div>');
      vi.advanceTimersByTime(2999);
      expect(started()).toBe(false);
      vi.advanceTimersByTime(1);
      expect(started()).toBe(true);
    });

    it('starts it at once on a page with no first view to wait for: the build’s own, before the pre-render', () => {
      const started = loadWith('./assets/bare.js', '<div id="root"></div>');
      vi.advanceTimersByTime(0);
      expect(started()).toBe(true);
    });
  });

  it('goes nowhere where the build wrote no page in the other language: the waiting line, then the live page', () => {
    expect(run('?lang=en', null, false, null, 'light dark', { lang: 'fr' }).classes).toEqual([
      'first-view-hidden',
    ]);
    expect(wentTo).toEqual([]);
  });
});
