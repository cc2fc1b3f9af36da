// The few ICU MessageFormat forms the `data` catalogue uses ({name}, {n, number}, {n, plural, one {…} other {…}}
// with #), written out so that the import worker need not carry a full ICU formatter: only the French catalogue.

const NUMBER = new Intl.NumberFormat('fr-FR');
const PLURAL = new Intl.PluralRules('fr-FR');

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
      options.get(`=${value}`) ?? options.get(PLURAL.select(value)) ?? options.get('other') ?? '';
    return formatFrench(chosen, values, value);
  }
  throw new Error(`Unsupported argument {${body}}`);
}

/** A French message of the `data` catalogue with its arguments filled in, as react-intl would write it. */
export function formatFrench(message: string, values: Values, count?: number): string {
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
