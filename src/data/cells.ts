import * as v from 'valibot';

// Cell schemas: each turns one raw CSV string into a typed value, or fails with the French text of what was expected.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A real calendar date: "2014-02-31" has the right shape but no such day. */
function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const text = () => v.pipe(v.string(), v.trim(), v.nonEmpty('un texte non vide'));

export const optionalText = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.transform((value) => (value === '' ? null : value)),
  );

export const id = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.regex(
      SLUG,
      'un identifiant en minuscules, sans accents, mots séparés par un tiret (ex. « centre-val-de-loire »)',
    ),
  );

export const optionalId = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (value) => value === '' || SLUG.test(value),
      'un identifiant (ex. « cosmetic-valley ») ou une case vide',
    ),
    v.transform((value) => (value === '' ? null : value)),
  );

const integerMessage = (min: number, max: number) => `un nombre entier entre ${min} et ${max}`;

// French spreadsheets group thousands with a space, a no-break space or a narrow no-break space: « 1 200 ».
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;
const FRENCH_DECIMAL = /^-?[\d \u00a0\u202f]*\d,\d+$/;

/** "1200" or "1 200" -> 1200; anything else -> null. */
export function readFrenchInteger(value: string): number | null {
  if (/^\d+$/.test(value)) return Number(value);
  if (GROUPED.test(value)) return Number(value.replace(/[ \u00a0\u202f]/g, ''));
  return null;
}

/** "1,5", "1 200,5" or "1.5" -> the number; anything else -> null. */
export function readFrenchDecimal(value: string): number | null {
  const integer = readFrenchInteger(value);
  if (integer !== null) return integer;
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
  if (!FRENCH_DECIMAL.test(value)) return null;
  const [whole = '', fraction = ''] = value.replace(/^-/, '').split(',');
  const digits = readFrenchInteger(whole);
  if (digits === null) return null;
  return (value.startsWith('-') ? -1 : 1) * Number(`${digits}.${fraction}`);
}

/** Says why a cell is not the integer expected: a decimal is named as such, so that it is not taken for a typo. */
const integerIssue = (min: number, max: number, orEmpty: string) => (issue: v.BaseIssue<unknown>) => {
  const input = typeof issue.input === 'string' ? issue.input.trim() : '';
  const decimal = /[.,]\d/.test(input) && readFrenchDecimal(input) !== null;
  const hint = decimal ? ' (un nombre décimal n’est pas accepté ici)' : '';
  return `${integerMessage(min, max)}${orEmpty}${hint}`;
};

const inRange = (value: number | null, min: number, max: number) =>
  value !== null && Number.isInteger(value) && value >= min && value <= max;

export const integer = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check((value) => inRange(readFrenchInteger(value), min, max), integerIssue(min, max, '')),
    v.transform((value) => readFrenchInteger(value) ?? Number.NaN),
  );

export const optionalInteger = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (value) => value === '' || inRange(readFrenchInteger(value), min, max),
      integerIssue(min, max, ', ou une case vide si la valeur est inconnue'),
    ),
    v.transform((value) => (value === '' ? null : (readFrenchInteger(value) ?? Number.NaN))),
  );

const decimalMessage = (min: number, max: number) =>
  `un nombre entre ${min} et ${max} (ex. « 1,5 » ou « 1 200 »)`;

/** A number as French spreadsheets write it: « 1,5 », « 1 200 », or « 1.5 ». */
export const decimal = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (value) => {
        const number = readFrenchDecimal(value);
        return number !== null && number >= min && number <= max;
      },
      decimalMessage(min, max),
    ),
    v.transform((value) => readFrenchDecimal(value) ?? Number.NaN),
  );

export const optionalDecimal = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (value) => {
        if (value === '') return true;
        const number = readFrenchDecimal(value);
        return number !== null && number >= min && number <= max;
      },
      `${decimalMessage(min, max)}, ou une case vide`,
    ),
    v.transform((value) => (value === '' ? null : (readFrenchDecimal(value) ?? Number.NaN))),
  );

export const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.picklist(options, `une des valeurs : ${options.map((option) => `« ${option} »`).join(', ')}`),
  );

export const boolean = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.picklist(['true', 'false'], '« true » ou « false »'),
    v.transform((value) => value === 'true'),
  );

/** A date as precise as the source: "2014", "2014-01" or "2014-01-07". */
export const isoDate = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(isIsoDate, 'une date existante AAAA, AAAA-MM ou AAAA-MM-JJ (ex. « 2014-01-07 »)'),
  );

export const optionalIsoDate = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (value) => value === '' || isIsoDate(value),
      'une date existante AAAA, AAAA-MM ou AAAA-MM-JJ, ou une case vide',
    ),
    v.transform((value) => (value === '' ? null : value)),
  );

export const optionalUrl = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (value) => value === '' || /^https?:\/\/\S+$/.test(value),
      'une adresse web commençant par http:// ou https://, ou une case vide',
    ),
    v.transform((value) => (value === '' ? null : value)),
  );

export const optionalOneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.picklist(
      ['', ...options],
      `une des valeurs : ${options.map((option) => `« ${option} »`).join(', ')}, ou une case vide`,
    ),
    v.transform((value): T[number] | null => options.find((option) => option === value) ?? null),
  );

const PAIR = /^([a-z0-9_]+)=([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** « column=source-id;column=source-id »: which source gives which fact, where it is not the row's own source. */
export const sourcePairs = (columns: readonly string[]) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (value) =>
        value === '' ||
        value.split(';').every((pair) => {
          const match = PAIR.exec(pair.trim());
          return match !== null && columns.some((column) => column === match[1]);
        }),
      `des paires « colonne=identifiant-de-source » séparées par « ; » (colonnes : ${columns.join(', ')}), ou une case vide`,
    ),
    v.transform((value) =>
      value === ''
        ? []
        : value.split(';').map((pair) => {
            const [column = '', sourceId = ''] = pair.trim().split('=');
            return { column, sourceId };
          }),
    ),
  );
