import { Children, type ReactNode } from 'react';
import type { IntlMessageFormat } from 'intl-messageformat';
import { formatsFor, type Formats } from '../format';
import type { Messages } from './merge';
import { LOCALE_OF, type Lang } from './lang';
import { messageFormat } from './message-format';

/** What a message's {arguments} may be: formatted text, or a number ICU formats itself (plural, number). */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A rich message's arguments: also elements, and for each <tag>…</tag> a function that wraps its content. */
export type RichValues = Readonly<Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>>;

/**
 * One language, as data: builders, selectors and error messages receive it (in a card's options, as a parameter)
 * so that they stay pure functions of their inputs; components get the same object from `useI18n()`.
 */
export interface I18n {
  readonly lang: Lang;
  /** The message `id` of the catalogues (`src/locales/<lang>/<namespace>.json`), its {arguments} filled in. */
  readonly t: (id: string, values?: MessageValues) => string;
  /** A message with <tags> or elements among its arguments, as React children (keyed). */
  readonly rich: (id: string, values: RichValues) => ReactNode[];
  /** Numbers, amounts, dates and lists in this language. */
  readonly format: Formats;
}

const reportToConsole = (error: Error): void => console.error(error);

/**
 * Turns a language's catalogue into an `I18n`, with FormatJS's formatter over the messages parsed at build time;
 * a missing id, or a message its arguments cannot fill, is reported (console.error by default) and shown as the id.
 */
export function createI18n(
  lang: Lang,
  messages: Messages,
  onError: (error: Error) => void = reportToConsole,
): I18n {
  const locale = LOCALE_OF[lang];
  // One formatter per message, made on first use: it keeps its Intl number and plural rules.
  const formatters = new Map<string, IntlMessageFormat>();
  const formatterOf = (id: string): IntlMessageFormat | undefined => {
    const known = formatters.get(id);
    if (known !== undefined) return known;
    const message = messages[id];
    if (message === undefined) {
      onError(new Error(`Missing message: "${id}" for locale "${locale}", using the id as fallback.`));
      return undefined;
    }
    const formatter = messageFormat(message, locale);
    formatters.set(id, formatter);
    return formatter;
  };
  const formatted = <T>(
    id: string,
    write: (formatter: IntlMessageFormat) => string | T | (string | T)[],
  ): string | T | (string | T)[] => {
    const formatter = formatterOf(id);
    if (formatter === undefined) return id;
    try {
      return write(formatter);
    } catch (error) {
      onError(
        new Error(`Error formatting message "${id}" for locale "${locale}", using the id as fallback.`, {
          cause: error,
        }),
      );
      return id;
    }
  };
  return {
    lang,
    t: (id, values) => String(formatted(id, (formatter) => formatter.format(values))),
    rich: (id, values) => {
      const result = formatted<ReactNode>(id, (formatter) => formatter.format<ReactNode>(values));
      // Keys for the parts, as React wants for an array of children.
      return Children.toArray(Array.isArray(result) ? result : [result]);
    },
    format: formatsFor(lang),
  };
}
