import type { IntlMessageFormat } from 'intl-messageformat';
import { mergeCatalogues, type Messages } from '../lib/i18n/merge';
import { messageFormat } from '../lib/i18n/message-format';

// The French `data` catalogue alone, not every namespace: the import worker carries it.
const FRENCH: Messages = mergeCatalogues(
  import.meta.glob<{ readonly default: Messages }>('../locales/fr/data.json', { eager: true }),
);

/** An id of the `data` catalogue (src/locales/<lang>/data.json); the catalogue test checks that each one exists. */
export type DataMessageId = `data.${string}`;

// FormatJS's formatter over the catalogue parsed at build time: the worker carries no message parser.
const formatters = new Map<DataMessageId, IntlMessageFormat>();

function formatFrench(id: DataMessageId, values: Readonly<Record<string, string | number>>): string {
  let formatter = formatters.get(id);
  if (formatter === undefined) {
    const message = FRENCH[id];
    if (message === undefined) throw new Error(`No French message ${id}`);
    formatter = messageFormat(message, 'fr-FR');
    formatters.set(id, formatter);
  }
  return String(formatter.format(values));
}

/** Items shown as a list, joined and quoted the way the language does (« a », « b » et « c » / “a”, “b” and “c”). */
export interface DataList {
  readonly items: readonly string[];
  /** French quotes with plain or narrow no-break spaces inside, as each message had them. */
  readonly quotes: 'none' | 'spaced' | 'narrow';
  /** « a, b et c », « a, b, c », or « a et b et c ». */
  readonly join: 'and' | 'comma' | 'eachAnd';
}

export type DataValue = string | number | DataList;

/** A message of the `data` catalogue and its arguments: plain data, so that it crosses a worker's postMessage. */
export interface DataMessage {
  readonly id: DataMessageId;
  readonly values: Readonly<Record<string, DataValue>>;
}

export const dataList = (
  items: readonly (string | number)[],
  quotes: DataList['quotes'] = 'none',
  join: DataList['join'] = 'and',
): DataList => ({ items: items.map(String), quotes, join });

const FRENCH_QUOTES: Readonly<Record<DataList['quotes'], (text: string) => string>> = {
  none: (text) => text,
  spaced: (text) => `« ${text} »`,
  narrow: (text) => `«\u202f${text}\u202f»`,
};

function frenchList({ items, quotes, join }: DataList): string {
  const shown = items.map(FRENCH_QUOTES[quotes]);
  if (join === 'comma') return shown.join(', ');
  if (join === 'eachAnd' || shown.length < 2) return shown.join(' et ');
  return `${shown.slice(0, -1).join(', ')} et ${shown.at(-1) ?? ''}`;
}

const frenchValue = (value: DataValue): string | number =>
  typeof value === 'object' ? frenchList(value) : value;

// A DataIssue keeps its French text (what the tests and the French page show); these maps give back, for a text the
// checks wrote, the message it was written from, so that another language can write it anew. Bounded: a file with
// a huge number of errors loses the translation of its oldest messages, never their French text.
const LIMIT = 100_000;
const EXPECTED = new Map<string, DataMessage>();
const LABELS = new Map<string, DataMessage>();

function remember(map: Map<string, DataMessage>, text: string, message: DataMessage): void {
  map.delete(text);
  if (map.size >= LIMIT) {
    const oldest = map.keys().next();
    if (oldest.done !== true) map.delete(oldest.value);
  }
  map.set(text, message);
}

function write(id: DataMessageId, values: Readonly<Record<string, DataValue>>): string {
  const french: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) french[name] = frenchValue(value);
  return formatFrench(id, french);
}

/** A message of the `data` catalogue in French, its arguments plain text or numbers. */
export const frenchMessage = (
  id: DataMessageId,
  values: Readonly<Record<string, string | number>> = {},
): string => formatFrench(id, values);

/** What was expected, in French, from the French catalogue; its message is kept for the other languages. */
export function expectation(id: DataMessageId, values: Readonly<Record<string, DataValue>> = {}): string {
  const text = write(id, values);
  remember(EXPECTED, text, { id, values });
  return text;
}

/**
 * A value, a column or a file name the checks wrote themselves (« 3 champs », « colonne B », « a.xlsx, feuille
 * « poles » »), in French; unlike the values read from the file, it is written anew in another language.
 */
export function dataLabel(id: DataMessageId, values: Readonly<Record<string, DataValue>> = {}): string {
  const text = write(id, values);
  remember(LABELS, text, { id, values });
  return text;
}

export const expectedMessage = (text: string): DataMessage | undefined => EXPECTED.get(text);

export const labelMessage = (text: string | null): DataMessage | undefined =>
  text === null ? undefined : LABELS.get(text);

/** The messages behind some issues' texts, for the page when the issues were found in a worker. */
export interface IssueMessages {
  readonly expected: readonly (readonly [string, DataMessage])[];
  readonly labels: readonly (readonly [string, DataMessage])[];
}

interface Texts {
  readonly file: string;
  readonly column: string | null;
  readonly value: string | null;
  readonly expected: string;
}

/** The messages the issues' texts were written from, including labels nested in a label's values. */
export function messagesOf(issues: readonly Texts[]): IssueMessages {
  const expected = new Map<string, DataMessage>();
  const labels = new Map<string, DataMessage>();
  const addLabel = (text: string | null): void => {
    const message = labelMessage(text);
    if (text === null || message === undefined || labels.has(text)) return;
    labels.set(text, message);
    for (const value of Object.values(message.values)) if (typeof value === 'string') addLabel(value);
  };
  for (const issue of issues) {
    const message = expectedMessage(issue.expected);
    if (message !== undefined) expected.set(issue.expected, message);
    for (const value of Object.values(message?.values ?? {})) if (typeof value === 'string') addLabel(value);
    addLabel(issue.file);
    addLabel(issue.column);
    addLabel(issue.value);
  }
  return { expected: [...expected], labels: [...labels] };
}

/** Takes in the messages found with issues elsewhere (in the import worker). */
export function learnMessages(messages: IssueMessages): void {
  for (const [text, message] of messages.expected) remember(EXPECTED, text, message);
  for (const [text, message] of messages.labels) remember(LABELS, text, message);
}
