import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { formatsFor, type Formats } from '../format';
import type { Messages } from './merge';
import { LOCALE_OF, type Lang } from './lang';

/** What a message's {arguments} may be: formatted text, or a number ICU formats itself (plural, number). */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * One language, as data: builders, selectors and error messages receive it (in a card's options, as a parameter)
 * so that they stay pure functions of their inputs; components get the same object from `useI18n()`.
 */
export interface I18n {
  readonly lang: Lang;
  /** The message `id` of the catalogues (`src/locales/<lang>/<namespace>.json`), its {arguments} filled in. */
  readonly t: (id: string, values?: MessageValues) => string;
  /** Numbers, amounts, dates and lists in this language. */
  readonly format: Formats;
  /** react-intl's own object, for `<RawIntlProvider>` and the rare formatter `t` and `format` lack. */
  readonly intl: IntlShape;
}

const cache = createIntlCache();

/** Turns a language's catalogue into an `I18n`; a missing id is reported (console.error) and shown as the id. */
export function createI18n(lang: Lang, messages: Messages, onError?: (error: Error) => void): I18n {
  const intl = createIntl(
    { locale: LOCALE_OF[lang], defaultLocale: LOCALE_OF.fr, messages, ...(onError ? { onError } : {}) },
    cache,
  );
  return {
    lang,
    t: (id, values) => {
      const text = intl.formatMessage({ id }, values);
      return typeof text === 'string' ? text : String(text);
    },
    format: formatsFor(lang),
    intl,
  };
}
