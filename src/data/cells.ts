import * as v from 'valibot';
import { dataList, expectation } from './data-message';

// Cell schemas: each turns one raw CSV string into a typed value, or fails with the French text of what was expected.
// Messages are functions, so that each failure writes its text again and keeps it known to other languages.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A real calendar date: "2014-02-31" has the right shape but no such day. */
function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const text = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty(() => expectation('data.cell.text')),
  );

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
    v.regex(SLUG, () => expectation('data.cell.id')),
  );

export const optionalId = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (value) => value === '' || SLUG.test(value),
      () => expectation('data.cell.optionalId'),
    ),
    v.transform((value) => (value === '' ? null : value)),
  );

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
const integerIssue = (min: number, max: number, orEmpty: boolean) => (issue: v.BaseIssue<unknown>) => {
  const input = typeof issue.input === 'string' ? issue.input.trim() : '';
  const decimal = /[.,]\d/.test(input) && readFrenchDecimal(input) !== null;
  if (orEmpty)
    return expectation(decimal ? 'data.cell.optionalIntegerNoDecimal' : 'data.cell.optionalInteger', {
      min,
      max,
    });
  return expectation(decimal ? 'data.cell.integerNoDecimal' : 'data.cell.integer', { min, max });
};

const inRange = (value: number | null, min: number, max: number) =>
  value !== null && Number.isInteger(value) && value >= min && value <= max;

export const integer = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check((value) => inRange(readFrenchInteger(value), min, max), integerIssue(min, max, false)),
    v.transform((value) => readFrenchInteger(value) ?? Number.NaN),
  );

export const optionalInteger = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (value) => value === '' || inRange(readFrenchInteger(value), min, max),
      integerIssue(min, max, true),
    ),
    v.transform((value) => (value === '' ? null : (readFrenchInteger(value) ?? Number.NaN))),
  );

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
      () => expectation('data.cell.decimal', { min, max }),
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
      () => expectation('data.cell.optionalDecimal', { min, max }),
    ),
    v.transform((value) => (value === '' ? null : (readFrenchDecimal(value) ?? Number.NaN))),
  );

export const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.picklist(options, () =>
      expectation('data.cell.oneOf', { options: dataList(options, 'spaced', 'comma') }),
    ),
  );

export const boolean = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.picklist(['true', 'false'], () => expectation('data.cell.boolean')),
    v.transform((value) => value === 'true'),
  );

/** A date as precise as the source: "2014", "2014-01" or "2014-01-07". */
export const isoDate = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(isIsoDate, () => expectation('data.cell.isoDate')),
  );

export const optionalIsoDate = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (value) => value === '' || isIsoDate(value),
      () => expectation('data.cell.optionalIsoDate'),
    ),
    v.transform((value) => (value === '' ? null : value)),
  );

export const optionalUrl = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (value) => value === '' || /^https?:\/\/\S+$/.test(value),
      () => expectation('data.cell.optionalUrl'),
    ),
    v.transform((value) => (value === '' ? null : value)),
  );

export const optionalOneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.picklist(['', ...options], () =>
      expectation('data.cell.optionalOneOf', { options: dataList(options, 'spaced', 'comma') }),
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
      () => expectation('data.cell.sourcePairs', { columns: dataList(columns, 'none', 'comma') }),
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
