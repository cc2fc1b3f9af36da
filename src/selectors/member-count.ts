import { roundWord } from '../data/member-wording';
import type { MemberQualifier, MemberUnit, Pole } from '../data/schemas';
import { formatInteger } from '../lib/format';

export const QUALIFIER_LABELS: Readonly<Record<MemberQualifier, string>> = {
  aucun: 'aucun',
  'plus-de': 'plus de',
  environ: 'environ',
};

export const UNIT_LABELS: Readonly<Record<MemberUnit, string>> = {
  adherents: 'adhérents',
  membres: 'membres',
  entreprises: 'entreprises',
  acteurs: 'acteurs',
  etablissements: 'établissements',
  'entreprises-et-etablissements': 'entreprises et établissements',
  'non-precisee': 'non précisée',
};

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

function qualified(value: number, qualifier: MemberQualifier, wording: string | null): string {
  if (qualifier === 'plus-de') return `plus de ${formatInteger(value)}`;
  if (qualifier === 'aucun') return formatInteger(value);
  const word = wording === null ? null : roundWord(wording);
  return word === null ? `environ ${formatInteger(value)}` : `une ${word}`;
}

export function memberCount(pole: Pole): MemberCount | null {
  if (pole.members === null) return null;
  const qualifier = pole.members_qualifier ?? 'aucun';
  const unit = pole.members_unit ?? 'non-precisee';
  // A count of two kinds (« 83 entreprises et 14 établissements ») reads only in the source's words, never as 97.
  const mixed = unit === 'entreprises-et-etablissements' ? pole.members_wording : null;
  const number = mixed ?? qualified(pole.members, qualifier, pole.members_wording);
  const withUnit =
    unit === 'adherents' || unit === 'non-precisee'
      ? number
      : `${number}${number.startsWith('une ') ? ' de' : ''} ${UNIT_LABELS[unit]}`;
  const label = mixed ?? withUnit;
  return { value: pole.members, qualifier, unit, wording: pole.members_wording, number, label };
}

/** The qualifier of a sum: « plus de » if a part is a floor, « environ » if a part is approximate, else none. */
export function sumQualifier(counts: readonly MemberCount[]): MemberQualifier {
  if (counts.some((count) => count.qualifier === 'environ')) return 'environ';
  return counts.some((count) => count.qualifier === 'plus-de') ? 'plus-de' : 'aucun';
}

/** « 620 », « plus de 620 », « environ 620 ». */
export function qualifiedSum(total: number, qualifier: MemberQualifier): string {
  return qualified(total, qualifier, null);
}
