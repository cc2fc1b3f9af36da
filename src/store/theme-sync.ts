import type { ColorSchemeChoice } from './state';
import { useDashboard, type DashboardStore } from './store';

const STORAGE_KEY = 'poles-competitivite:theme';
const CHOICES: readonly ColorSchemeChoice[] = ['auto', 'light', 'dark'];

const isChoice = (value: string | null): value is ColorSchemeChoice =>
  CHOICES.some((choice) => choice === value);

function readStored(win: Window): string | null {
  try {
    return win.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Resolves the theme (the reader's choice, or the system's), marks it on <html>, and remembers the choice. */
export function startThemeSync(store: DashboardStore = useDashboard, win: Window = window): () => void {
  const stored = readStored(win);
  if (isChoice(stored)) store.getState().setColorScheme(stored);
  const media = typeof win.matchMedia === 'function' ? win.matchMedia('(prefers-color-scheme: dark)') : null;

  const resolve = (): void => {
    const choice = store.getState().colorScheme;
    const theme = choice === 'auto' ? (media?.matches === true ? 'dark' : 'light') : choice;
    win.document.documentElement.dataset.theme = theme;
    if (store.getState().resolvedTheme !== theme) store.getState().setResolvedTheme(theme);
  };
  resolve();
  media?.addEventListener('change', resolve);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.colorScheme === previous.colorScheme) return;
    try {
      win.localStorage.setItem(STORAGE_KEY, state.colorScheme);
    } catch {
      // Storage can be refused (private mode, file://): the choice then lasts for this visit only.
    }
    resolve();
  });
  return () => {
    unsubscribe();
    media?.removeEventListener('change', resolve);
  };
}
