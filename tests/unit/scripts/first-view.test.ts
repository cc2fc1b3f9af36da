import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

const SCRIPT = readFileSync('scripts/first-view.js', 'utf8');

/** Runs the script that the page runs before it paints, at an address, with a stored theme and a system setting. */
function run(search: string, stored: string | null, systemDark: boolean, storedLang: string | null = null) {
  const html = document.documentElement;
  html.removeAttribute('data-theme');
  html.className = '';
  window.history.replaceState(null, '', `/${search}`);
  window.localStorage.clear();
  if (stored !== null) window.localStorage.setItem('poles-competitivite:theme', stored);
  if (storedLang !== null) window.localStorage.setItem('poles-competitivite:lang', storedLang);
  // jsdom has no matchMedia: the system's setting is given here.
  const matchMedia = (query: string) => ({ matches: systemDark && query === '(prefers-color-scheme: dark)' });
  vi.stubGlobal('matchMedia', matchMedia);
  // The script is the file the site serves, run as the browser runs it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- the shipped file itself is what is tested
  new Function(SCRIPT)();
  return { theme: html.dataset.theme, classes: [...html.classList], lang: html.lang };
}

describe('scripts/first-view.js', () => {
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

  it('hides it in the dark theme, chosen or from the system, and sets the theme before paint', () => {
    expect(run('', 'dark', false)).toMatchObject({ theme: 'dark', classes: ['first-view-hidden'] });
    expect(run('', 'auto', true)).toMatchObject({ theme: 'dark', classes: ['first-view-hidden'] });
    expect(run('', null, true)).toMatchObject({ theme: 'dark', classes: ['first-view-hidden'] });
  });
});
