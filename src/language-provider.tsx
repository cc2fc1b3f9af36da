import { useEffect, useState, type ReactNode } from 'react';
import { I18nProvider } from './components/i18n-context';
import { i18nIfLoaded, loadI18n } from './lib/i18n/i18n-for';
import type { I18n } from './lib/i18n/i18n';
import { FRENCH } from './lib/i18n/i18n-for';
import { useDashboard } from './store/store';

/**
 * The store's language, once its catalogue has arrived: until then the page stays in the language it shows, so a
 * reader never sees message ids. Marks <html lang>.
 */
export function LanguageProvider({ children }: { readonly children: ReactNode }) {
  const lang = useDashboard((s) => s.lang);
  const [shown, setShown] = useState<I18n>(() => i18nIfLoaded(lang) ?? FRENCH);
  const ready = i18nIfLoaded(lang);
  const i18n = ready ?? shown;
  if (ready !== undefined && ready !== shown) setShown(ready);

  useEffect(() => {
    if (ready !== undefined) return;
    let current = true;
    loadI18n(lang).then(
      (loaded) => {
        if (current) setShown(loaded);
      },
      // The catalogue could not load (offline): the page stays in the language it shows.
      (error: unknown) => console.warn(error),
    );
    return () => {
      current = false;
    };
  }, [lang, ready]);

  useEffect(() => {
    document.documentElement.lang = i18n.lang;
  }, [i18n]);

  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}
