import { describe, expect, it } from 'vitest';
import {
  formatInteger,
  formatIsoDate,
  formatMillionEuros,
  formatMillions,
  formatPercent,
  formatsFor,
  plural,
} from '../../../src/lib/format';

// French typography: thousands are grouped with a narrow no-break space (U+202F), the same narrow space
// precedes "%", and a unit such as "M€" or a counted noun is kept on the line with a no-break space (U+00A0).
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatInteger', () => {
  it('writes small integers without separator', () => {
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(71)).toBe('71');
    expect(formatInteger(999)).toBe('999');
  });

  it('groups thousands with a narrow no-break space (U+202F)', () => {
    expect(formatInteger(1234)).toBe(`1${NNBSP}234`);
    expect(formatInteger(9226)).toBe(`9${NNBSP}226`);
    expect(formatInteger(5000000)).toBe(`5${NNBSP}000${NNBSP}000`);
  });

  it('rounds to the nearest integer', () => {
    expect(formatInteger(1234.4)).toBe(`1${NNBSP}234`);
    expect(formatInteger(1234.6)).toBe(`1${NNBSP}235`);
  });

  it('never uses a plain space nor a comma as group separator', () => {
    expect(formatInteger(1234567)).not.toMatch(/[ ,.]/);
  });
});

describe('formatPercent', () => {
  // src/lib/format.ts documents U+202F before "%", but the CLDR data shipped with current ICU (Node 20, ICU 78)
  // gives U+00A0 there. Both are no-break spaces accepted by French typography, so either is allowed here;
  // what must never happen is a breakable space, no space, or a decimal part.
  const NO_BREAK_BEFORE_PERCENT = /^(\d+)[\u00a0\u202f]%$/;
  const percentDigits = (ratio: number): string | undefined =>
    NO_BREAK_BEFORE_PERCENT.exec(formatPercent(ratio))?.[1];

  it('rounds to a whole percent and puts a no-break space before %', () => {
    expect(percentDigits(0.4839)).toBe('48');
    expect(percentDigits(300 / 620)).toBe('48');
    expect(percentDigits(80 / 620)).toBe('13');
    expect(percentDigits(0.125)).toBe('13');
  });

  it('writes 0 and 1 as 0 % and 100 %', () => {
    expect(percentDigits(0)).toBe('0');
    expect(percentDigits(1)).toBe('100');
  });

  it('uses exactly one character between the number and %', () => {
    expect(formatPercent(0.4839)).toHaveLength(4);
    expect(formatPercent(0.4839)).not.toContain(' ');
  });
});

describe('formatMillions', () => {
  it('divides by one million and keeps at most two decimals, with a decimal comma', () => {
    expect(formatMillions(833333)).toBe('0,83');
    expect(formatMillions(833334)).toBe('0,83');
    expect(formatMillions(1666667)).toBe('1,67');
  });

  it('drops useless trailing zeros', () => {
    expect(formatMillions(5000000)).toBe('5');
    expect(formatMillions(2500000)).toBe('2,5');
  });

  it('honours the number of fraction digits asked for', () => {
    expect(formatMillions(833333, 0)).toBe('1');
    expect(formatMillions(833333, 1)).toBe('0,8');
    expect(formatMillions(833333, 3)).toBe('0,833');
  });

  it('groups thousands of millions with U+202F', () => {
    expect(formatMillions(1234000000)).toBe(`1${NNBSP}234`);
  });
});

describe('formatMillionEuros', () => {
  it('writes the amount in millions followed by a no-break space and M€', () => {
    expect(formatMillionEuros(5000000)).toBe(`5${NBSP}M€`);
    expect(formatMillionEuros(833333)).toBe(`0,83${NBSP}M€`);
    expect(formatMillionEuros(0)).toBe(`0${NBSP}M€`);
  });
});

describe('formatIsoDate', () => {
  it('writes a full date as « 7 janvier 2014 »', () => {
    expect(formatIsoDate('2014-01-07')).toBe('7 janvier 2014');
    expect(formatIsoDate('2004-09-14')).toBe('14 septembre 2004');
    expect(formatIsoDate('2010-05-11')).toBe('11 mai 2010');
  });

  it('writes a month as « janvier 2014 », in lower case', () => {
    expect(formatIsoDate('2014-01')).toBe('janvier 2014');
    expect(formatIsoDate('2005-07')).toBe('juillet 2005');
    expect(formatIsoDate('2012-12')).toBe('décembre 2012');
  });

  it('writes a bare year as the year alone', () => {
    expect(formatIsoDate('2014')).toBe('2014');
    expect(formatIsoDate('2012')).toBe('2012');
  });

  it('does not shift the day with the time zone (dates are read in UTC)', () => {
    expect(formatIsoDate('2014-12-31')).toBe('31 décembre 2014');
    expect(formatIsoDate('2015-01-31')).toBe('31 janvier 2015');
  });

  it('writes the first of a month as an ordinal, and no other day', () => {
    expect(formatIsoDate('2014-01-01')).toBe('1er janvier 2014');
    expect(formatIsoDate('2014-01-11')).toBe('11 janvier 2014');
    expect(formatIsoDate('2014-01-21')).toBe('21 janvier 2014');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatIsoDate('non daté')).toBe('non daté');
  });
});

describe('plural', () => {
  it('keeps the singular for 0 and 1, as French does', () => {
    expect(plural(1, 'pôle')).toBe(`1${NBSP}pôle`);
    expect(plural(0, 'pôle')).toBe(`0${NBSP}pôle`);
  });

  it('adds an s from 2 on', () => {
    expect(plural(2, 'pôle')).toBe(`2${NBSP}pôles`);
    expect(plural(12, 'pôle')).toBe(`12${NBSP}pôles`);
  });

  it('uses the plural form given for irregular nouns', () => {
    expect(plural(1, 'journal', 'journaux')).toBe(`1${NBSP}journal`);
    expect(plural(3, 'journal', 'journaux')).toBe(`3${NBSP}journaux`);
  });

  it('formats the count with grouped thousands', () => {
    expect(plural(1234, 'adhérent')).toBe(`1${NNBSP}234${NBSP}adhérents`);
  });
});

describe('English formats (en-GB)', () => {
  it('groups thousands with a comma and puts no space before %', () => {
    expect(formatInteger(9226, 'en')).toBe('9,226');
    expect(formatPercent(0.4839, 'en')).toBe('48%');
    expect(formatMillions(833333, 2, 'en')).toBe('0.83');
  });

  it('writes an amount in millions of euros as "€5 million"', () => {
    expect(formatMillionEuros(5000000, 'en')).toBe('€5 million');
    expect(formatMillionEuros(4830000, 'en')).toBe('€4.83 million');
  });

  it('writes dates day month year, without the French ordinal', () => {
    expect(formatIsoDate('2014-01-07', 'en')).toBe('7 January 2014');
    expect(formatIsoDate('2014-01-01', 'en')).toBe('1 January 2014');
    expect(formatIsoDate('2014-01', 'en')).toBe('January 2014');
    expect(formatIsoDate('2014', 'en')).toBe('2014');
  });

  it('counts in the English plural: only 1 is singular', () => {
    expect(plural(0, 'cluster', 'clusters', 'en')).toBe(`0${NBSP}clusters`);
    expect(plural(1, 'cluster', 'clusters', 'en')).toBe(`1${NBSP}cluster`);
    expect(formatsFor('en').list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatsFor('fr').list(['a', 'b', 'c'])).toBe('a, b et c');
  });
});
