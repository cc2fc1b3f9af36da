import { createContext, useContext, type ReactNode } from 'react';
import type { I18n } from '../lib/i18n/i18n';
import { FRENCH } from '../lib/i18n/i18n-for';

// French without a provider: a component drawn alone (a test, a pre-render) speaks the page's default language.
const I18nContext = createContext<I18n>(FRENCH);

/** The language shown: `t(id, values)` for messages, `rich` for those with tags, `format` for numbers and dates. */
export const useI18n = (): I18n => useContext(I18nContext);

/** Gives `useI18n()` below it the language `i18n`. */
export function I18nProvider({ i18n, children }: { readonly i18n: I18n; readonly children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}
