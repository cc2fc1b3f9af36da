// Every number, amount and date shown to a reader goes through this module (Intl, fr-FR or en-GB).
import { DEFAULT_LANG, LOCALE_OF, type Lang } from './i18n/lang';

/** The formatters of one language, made once: Intl objects are costly to build. */
export interface Formats {
  readonly lang: Lang;
  /** 1234 -> "1 234" (U+202F) / "1,234". */
  readonly integer: (value: number) => string;
  /** 0.4839 -> "48 %" / "48%". */
  readonly percent: (ratio: number) => string;
  /** A number of millions without unit: 833333 -> "0,83" / "0.83". Units go in titles. */
  readonly millions: (euros: number, fractionDigits?: number) => string;
  /** 5000000 -> "5 M€" (U+00A0) / "€5 million". */
  readonly millionEuros: (euros: number) => string;
  /** "2014-01-07" -> "7 janvier 2014" / "7 January 2014"; "2014-01" -> "janvier 2014"; "2014" -> "2014". */
  readonly isoDate: (iso: string) => string;
  /** "a, b et c" / "a, b and c". */
  readonly list: (items: readonly string[]) => string;
}

/** A value made on first use, then kept: a language's Intl objects are built only when something is formatted. */
function once<T>(make: () => T): () => T {
  let made: { readonly value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

function makeFormats(lang: Lang): Formats {
  const locale = LOCALE_OF[lang];
  const integer = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const percent = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const millionDigits = new Map<number, Intl.NumberFormat>();
  const millions = (fractionDigits: number) => {
    let format = millionDigits.get(fractionDigits);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, {
        maximumFractionDigits: fractionDigits,
        minimumFractionDigits: 0,
      });
      millionDigits.set(fractionDigits, format);
    }
    return format;
  };
  const dayDate = once(
    () =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  const monthDate = once(
    () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  const list = once(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  return {
    lang,
    integer: (value) => integer().format(value),
    percent: (ratio) => percent().format(ratio),
    millions: (euros, fractionDigits = 2) => millions(fractionDigits).format(euros / 1e6),
    millionEuros: (euros) =>
      lang === 'fr'
        ? `${millions(2).format(euros / 1e6)}\u00a0M€`
        : `€${millions(2).format(euros / 1e6)} million`,
    isoDate: (iso) => {
      const [year, month, day] = iso.split('-').map(Number);
      if (year === undefined || Number.isNaN(year)) return iso;
      if (month === undefined) return String(year);
      if (day === undefined) return monthDate().format(Date.UTC(year, month - 1, 1));
      const formatted = dayDate().format(Date.UTC(year, month - 1, day));
      // French writes the first day of a month as an ordinal: "1er janvier".
      return lang === 'fr' && day === 1 ? formatted.replace(/^1 /, '1er ') : formatted;
    },
    list: (items) => list().format(items),
  };
}

const FORMATS: Partial<Record<Lang, Formats>> = {};

/** The formatters of a language. */
export const formatsFor = (lang: Lang): Formats => (FORMATS[lang] ??= makeFormats(lang));

/** 1234 -> "1 234" (U+202F as group separator) in French, "1,234" in English. */
export function formatInteger(value: number, lang: Lang = DEFAULT_LANG): string {
  return formatsFor(lang).integer(value);
}

/** 0.4839 -> "48 %" (a no-break space before %, as the runtime's ICU gives it), "48%" in English. */
export function formatPercent(ratio: number, lang: Lang = DEFAULT_LANG): string {
  return formatsFor(lang).percent(ratio);
}

/** A number of millions without unit: 0.833333 -> "0,83" ("0.83"). Units go in titles. */
export function formatMillions(euros: number, fractionDigits = 2, lang: Lang = DEFAULT_LANG): string {
  return formatsFor(lang).millions(euros, fractionDigits);
}

/** 5000000 -> "5 M€" (U+00A0 before the unit), "€5 million" in English. */
export function formatMillionEuros(euros: number, lang: Lang = DEFAULT_LANG): string {
  return formatsFor(lang).millionEuros(euros);
}

/** "2014-01-07" -> "7 janvier 2014" ("7 January 2014"); "2014-01" -> "janvier 2014"; "2014" -> "2014". */
export function formatIsoDate(iso: string, lang: Lang = DEFAULT_LANG): string {
  return formatsFor(lang).isoDate(iso);
}

/**
 * "1 pôle", "12 pôles": French plural for counts (0 and 1 are singular in French; in English only 1 is).
 * New text uses an ICU plural in its catalogue instead; this stays for the French strings not yet moved there.
 */
export function plural(
  count: number,
  singular: string,
  pluralForm = `${singular}s`,
  lang: Lang = DEFAULT_LANG,
): string {
  const one = lang === 'fr' ? Math.abs(count) < 2 : Math.abs(count) === 1;
  return `${formatInteger(count, lang)}\u00a0${one ? singular : pluralForm}`;
}
