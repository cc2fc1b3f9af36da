import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

// FormatJS's formatter, made cheap to create. Left to itself, each IntlMessageFormat asks Intl which locales it
// supports (the first asking alone takes about 15 ms on a laptop) and builds its own number formats and plural rules:
// about half a millisecond per message, and the page formats a few hundred messages as it starts. The page's locales
// are its own (fr-FR, en-GB) and its messages come parsed, so the resolved locale serves nothing but FormatJS's
// resolvedOptions(): each locale is taken as it is, once. Intl's formatters are immutable, so one of each, for the
// same arguments, serves every message.

const resolved = new Map<string, Intl.Locale>();
IntlMessageFormat.resolveLocale = (locales: string | string[]) => {
  const tag = (Array.isArray(locales) ? locales[0] : locales) ?? IntlMessageFormat.defaultLocale;
  let locale = resolved.get(tag);
  if (locale === undefined) {
    locale = new Intl.Locale(tag);
    resolved.set(tag, locale);
  }
  return locale;
};

function shared<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args: A) => {
    // FormatJS passes the locale as given (a string here) and options of plain values: JSON writes them as a key.
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) {
      value = make(...args);
      made.set(key, value);
    }
    return value;
  };
}

const formatters = {
  getNumberFormat: shared(
    (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  ),
  getDateTimeFormat: shared(
    (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  ),
  getPluralRules: shared(
    (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
  ),
};

/** FormatJS's formatter for a message parsed at build time, sharing Intl's formatters with every other message. */
export const messageFormat = (message: MessageFormatElement[], locale: string): IntlMessageFormat =>
  new IntlMessageFormat(message, locale, undefined, { formatters });
