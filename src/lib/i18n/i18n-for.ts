import { loadedMessages, loadMessages } from './catalogues';
import { createI18n, type I18n } from './i18n';
import type { Lang } from './lang';

/** French, always at hand: the default of the page, of its components and of its tests. */
export const FRENCH: I18n = createI18n('fr', loadedMessages('fr') ?? {});

const made = new Map<Lang, I18n>([['fr', FRENCH]]);

/** The one `I18n` of a language whose catalogue is loaded (French always is), or undefined. */
export function i18nIfLoaded(lang: Lang): I18n | undefined {
  const known = made.get(lang);
  if (known !== undefined) return known;
  const messages = loadedMessages(lang);
  if (messages === undefined) return undefined;
  const i18n = createI18n(lang, messages);
  made.set(lang, i18n);
  return i18n;
}

/** The `I18n` of a language, once its catalogue is loaded. */
export async function loadI18n(lang: Lang): Promise<I18n> {
  await loadMessages(lang);
  const i18n = i18nIfLoaded(lang);
  if (i18n === undefined) throw new Error(`The ${lang} catalogue did not load`);
  return i18n;
}
