// Every number, amount and date shown to a reader goes through this module (fr-FR, Intl).
const LOCALE = 'fr-FR';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const millions = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2, minimumFractionDigits: 0 });
const dayDate = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthDate = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 1234 -> "1 234" (U+202F as group separator). */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** 0.4839 -> "48 %" (a no-break space before %, as the runtime's ICU gives it). */
export function formatPercent(ratio: number): string {
  return percent.format(ratio);
}

/** A number of millions without unit: 0.833333 -> "0,83". Units go in titles. */
export function formatMillions(euros: number, fractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: fractionDigits }).format(euros / 1e6);
}

/** 5000000 -> "5 M€" (U+00A0 before the unit). */
export function formatMillionEuros(euros: number): string {
  return `${millions.format(euros / 1e6)}\u00a0M€`;
}

/** "2014-01-07" -> "7 janvier 2014"; "2014-01" -> "janvier 2014"; "2014" -> "2014". */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  if (month === undefined) return String(year);
  if (day === undefined) return monthDate.format(Date.UTC(year, month - 1, 1));
  const formatted = dayDate.format(Date.UTC(year, month - 1, day));
  // French writes the first day of a month as an ordinal: "1er janvier".
  return day === 1 ? formatted.replace(/^1 /, '1er ') : formatted;
}

/** "1 pôle", "12 pôles": French plural for counts (0 and 1 are singular in French). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)}\u00a0${Math.abs(count) < 2 ? singular : pluralForm}`;
}
