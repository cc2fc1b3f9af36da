import type { I18n, MessageValues } from '../lib/i18n/i18n';
import {
  expectedMessage,
  frenchMessage,
  labelMessage,
  type DataList,
  type DataMessage,
  type DataMessageId,
} from './data-message';
import type { DataIssue } from './issue';

/** Writes a `data` message: in French from the French catalogue (as the checks wrote it), else with `i18n`. */
export type DataWriter = (id: DataMessageId, values?: MessageValues) => string;

export const writerFor = (i18n?: I18n): DataWriter =>
  i18n === undefined || i18n.lang === 'fr' ? frenchMessage : (id, values) => i18n.t(id, values);

function listIn({ items, quotes, join }: DataList, i18n: I18n): string {
  const shown = items.map((item) => (quotes === 'none' ? item : i18n.t('data.list.quoted', { text: item })));
  return join === 'comma' ? shown.join(', ') : i18n.format.list(shown);
}

/** A message the checks wrote, in `i18n`'s language; the labels among its values are written anew too. */
function messageIn(message: DataMessage, i18n: I18n): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values))
    values[name] =
      typeof value === 'object'
        ? listIn(value, i18n)
        : typeof value === 'string'
          ? labelIn(value, i18n)
          : value;
  return i18n.t(message.id, values);
}

const inLanguage = (text: string, message: DataMessage | undefined, i18n?: I18n): string =>
  i18n === undefined || i18n.lang === 'fr' || message === undefined ? text : messageIn(message, i18n);

/** A file name, column or value in `i18n`'s language when the checks wrote it; as read from the file otherwise. */
export function labelIn(text: string, i18n?: I18n): string;
export function labelIn(text: string | null, i18n?: I18n): string | null;
export function labelIn(text: string | null, i18n?: I18n): string | null {
  return text === null ? null : inLanguage(text, labelMessage(text), i18n);
}

/** What was expected, in `i18n`'s language (French, as the checks wrote it, without one). */
export const expectedIn = (issue: DataIssue, i18n?: I18n): string =>
  inLanguage(issue.expected, expectedMessage(issue.expected), i18n);
