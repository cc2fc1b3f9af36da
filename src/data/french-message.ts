import type { MessageFormatElement } from 'react-intl';

// The few ICU MessageFormat forms the `data` catalogue uses ({name}, {n, number}, {n, plural, one {…} other {…}}
// with #), written out so that the import worker need not carry a full ICU formatter: only the French catalogue.
// A message comes as text, or as the syntax tree a build that parses the catalogues beforehand gives.

const NUMBER = new Intl.NumberFormat('fr-FR');
const PLURAL_RULES = new Intl.PluralRules('fr-FR');

type Values = Readonly<Record<string, string | number>>;

/** The index of the brace that closes the one at `open`. */
function closing(message: string, open: number): number {
  let depth = 0;
  for (let index = open; index < message.length; index += 1) {
    if (message[index] === '{') depth += 1;
    else if (message[index] === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  throw new Error(`Unclosed brace in « ${message} »`);
}

/** `one {…} other {…} =0 {…}` -> selector -> sub-message. */
function pluralOptions(text: string): Map<string, string> {
  const options = new Map<string, string>();
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('{', index);
    if (open < 0) break;
    const end = closing(text, open);
    options.set(text.slice(index, open).trim(), text.slice(open + 1, end));
    index = end + 1;
  }
  return options;
}

function argument(body: string, values: Values): string {
  const [name = '', type, ...rest] = body.split(',');
  const value = values[name.trim()];
  if (value === undefined) throw new Error(`No value for {${name.trim()}}`);
  if (type === undefined) return String(value);
  const kind = type.trim();
  if (kind === 'number') return typeof value === 'number' ? NUMBER.format(value) : value;
  if (kind === 'plural' && typeof value === 'number') {
    const options = pluralOptions(rest.join(','));
    const chosen =
      options.get(`=${value}`) ?? options.get(PLURAL_RULES.select(value)) ?? options.get('other') ?? '';
    return formatFrench(chosen, values, value);
  }
  throw new Error(`Unsupported argument {${body}}`);
}

// The element kinds of @formatjs/icu-messageformat-parser's TYPE, spelled out to keep the parser out of the worker.
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER_ARGUMENT = 2;
const PLURAL = 6;
const POUND = 7;

function formatTree(elements: readonly MessageFormatElement[], values: Values, count?: number): string {
  let text = '';
  for (const element of elements) {
    const kind: number = element.type;
    if (kind === POUND && count !== undefined) text += NUMBER.format(count);
    if (!('value' in element) || typeof element.value !== 'string') continue;
    if (kind === LITERAL) {
      text += element.value;
      continue;
    }
    const value = values[element.value];
    if (value === undefined) throw new Error(`No value for {${element.value}}`);
    if (kind === ARGUMENT) text += String(value);
    else if (kind === NUMBER_ARGUMENT) text += typeof value === 'number' ? NUMBER.format(value) : value;
    else if (kind === PLURAL && 'options' in element && typeof value === 'number') {
      const { options } = element;
      const chosen = options[`=${value}`] ?? options[PLURAL_RULES.select(value)] ?? options.other;
      text += formatTree(chosen?.value ?? [], values, value);
    } else throw new Error(`Unsupported argument {${element.value}}`);
  }
  return text;
}

/** A French message of the `data` catalogue with its arguments filled in, as react-intl would write it. */
export function formatFrench(
  message: string | readonly MessageFormatElement[],
  values: Values,
  count?: number,
): string {
  if (typeof message !== 'string') return formatTree(message, values, count);
  let text = '';
  let index = 0;
  while (index < message.length) {
    const char = message[index] ?? '';
    if (char === '{') {
      const end = closing(message, index);
      text += argument(message.slice(index + 1, end), values);
      index = end + 1;
    } else {
      text += char === '#' && count !== undefined ? NUMBER.format(count) : char;
      index += 1;
    }
  }
  return text;
}
