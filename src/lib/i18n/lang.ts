/** The languages of the interface: French (the default, and the data's own) and English. */
export type Lang = 'fr' | 'en';

export const LANGS: readonly Lang[] = ['fr', 'en'];

export const DEFAULT_LANG: Lang = 'fr';

/** The Intl locale of each language: English is British English (day month year, "€5 million"). */
export const LOCALE_OF: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-GB' };

export const isLang = (value: unknown): value is Lang => LANGS.some((lang) => lang === value);
