import { roundWord } from '../data/member-wording';
import type { MemberQualifier, MemberUnit, Pole } from '../data/schemas';
import type { I18n } from '../lib/i18n/i18n';
import { FRENCH } from '../lib/i18n/i18n-for';

const QUALIFIER_KEYS: Readonly<Record<MemberQualifier, string>> = {
  aucun: 'labels.qualifier.none',
  'plus-de': 'labels.qualifier.moreThan',
  environ: 'labels.qualifier.about',
};

const UNIT_KEYS: Readonly<Record<MemberUnit, string>> = {
  adherents: 'labels.unit.adherents',
  membres: 'labels.unit.membres',
  entreprises: 'labels.unit.entreprises',
  acteurs: 'labels.unit.acteurs',
  etablissements: 'labels.unit.etablissements',
  'entreprises-et-etablissements': 'labels.unit.entreprisesEtEtablissements',
  'non-precisee': 'labels.unit.nonPrecisee',
};

/** « plus de », « environ », « aucun » (in tables and exports, where the qualifier has its own column). */
export const qualifierLabel = (qualifier: MemberQualifier, { t }: I18n = FRENCH): string =>
  t(QUALIFIER_KEYS[qualifier]);

/** « adhérents », « acteurs », « entreprises et établissements »… */
export const unitLabel = (unit: MemberUnit, { t }: I18n = FRENCH): string => t(UNIT_KEYS[unit]);

/** A pole's member count as its source words it. */
export interface MemberCount {
  readonly value: number;
  readonly qualifier: MemberQualifier;
  readonly unit: MemberUnit;
  readonly wording: string | null;
  /** The number with its qualifier: « 300 », « plus de 100 », « environ 350 », « une soixantaine »; a mixed count in words. */
  readonly number: string;
  /** The number with its qualifier and, unless it counts adhérents or is unknown, its unit: « plus de 200 acteurs ». */
  readonly label: string;
}

function qualified(value: number, qualifier: MemberQualifier, wording: string | null, i18n: I18n): string {
  const { t, format } = i18n;
  const number = format.integer(value);
  if (qualifier === 'plus-de') return t('labels.members.moreThan', { number });
  if (qualifier === 'aucun') return number;
  const word = wording === null || i18n.lang !== 'fr' ? null : roundWord(wording);
  return word === null ? t('labels.members.about', { number }) : `une ${word}`;
}

// « 83 entreprises et 14 établissements »: the source's words in French, its two numbers in English.
const MIXED = /^(\d[\d\s\u00a0\u202f]*) entreprises et (\d[\d\s\u00a0\u202f]*) établissements$/;

function mixedLabel(wording: string | null, { t, lang }: I18n): string | null {
  if (wording === null || lang === 'fr') return wording;
  const parts = MIXED.exec(wording);
  return parts === null
    ? wording
    : t('labels.members.mixed', { firms: parts[1] ?? '', sites: parts[2] ?? '' });
}

export function memberCount(pole: Pole, i18n: I18n = FRENCH): MemberCount | null {
  if (pole.members === null) return null;
  const qualifier = pole.members_qualifier ?? 'aucun';
  const unit = pole.members_unit ?? 'non-precisee';
  // A count of two kinds (« 83 entreprises et 14 établissements ») reads only in the source's words, never as 97.
  const mixed = unit === 'entreprises-et-etablissements' ? mixedLabel(pole.members_wording, i18n) : null;
  const number = mixed ?? qualified(pole.members, qualifier, pole.members_wording, i18n);
  const withUnit =
    unit === 'adherents' || unit === 'non-precisee'
      ? number
      : i18n.t('labels.members.withUnit', {
          number,
          unit: unitLabel(unit, i18n),
          round: number.startsWith('une ') ? 'yes' : 'no',
        });
  const label = mixed ?? withUnit;
  return { value: pole.members, qualifier, unit, wording: pole.members_wording, number, label };
}

/** The qualifier of a sum: « plus de » if a part is a floor, « environ » if a part is approximate, else none. */
export function sumQualifier(counts: readonly MemberCount[]): MemberQualifier {
  if (counts.some((count) => count.qualifier === 'environ')) return 'environ';
  return counts.some((count) => count.qualifier === 'plus-de') ? 'plus-de' : 'aucun';
}

/** « 620 », « plus de 620 », « environ 620 ». */
export function qualifiedSum(total: number, qualifier: MemberQualifier, i18n: I18n = FRENCH): string {
  return qualified(total, qualifier, null, i18n);
}
