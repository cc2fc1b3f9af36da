import { isLang } from '../lib/i18n/lang';
import { useDashboard, type DashboardStore } from './store';
import { parseUrlState } from './url-state';

/** Where the reader's choice of language is remembered; scripts/first-view.js reads it too. */
export const LANG_STORAGE_KEY = 'poles-competitivite:lang';

function readStored(win: Window): string | null {
  try {
    return win.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The language: the address's `?lang=` first, else the choice remembered from an earlier visit, else French.
 * Remembers every change (<html lang> follows the language shown: src/language-provider.tsx). Runs before
 * startUrlSync, which then writes it in the address.
 */
export function startLangSync(store: DashboardStore = useDashboard, win: Window = window): () => void {
  const fromAddress = parseUrlState(win.location.search).lang;
  const stored = readStored(win);
  const lang = fromAddress ?? (isLang(stored) ? stored : store.getState().lang);
  if (store.getState().lang !== lang) store.getState().setLang(lang);
  return store.subscribe((state, previous) => {
    if (state.lang === previous.lang) return;
    try {
      win.localStorage.setItem(LANG_STORAGE_KEY, state.lang);
    } catch {
      // Storage can be refused (private mode, file://): the choice then lasts for this visit only.
    }
  });
}
