import { dataList, expectation } from './data-message';
import type { MemberQualifier, MemberUnit } from './schemas';

/** French words for a round number given « about »: « une soixantaine » is about 60. */
export const ROUND_WORDS: Readonly<Record<number, string>> = {
  10: 'dizaine',
  20: 'vingtaine',
  30: 'trentaine',
  40: 'quarantaine',
  50: 'cinquantaine',
  60: 'soixantaine',
  100: 'centaine',
};

/** The word each unit must show in the wording (accents as written in French). */
export const UNIT_WORDS: Readonly<Record<MemberUnit, readonly string[]>> = {
  adherents: ['adhérent'],
  membres: ['membre'],
  entreprises: ['entreprise'],
  acteurs: ['acteur'],
  etablissements: ['établissement'],
  'entreprises-et-etablissements': ['entreprise', 'établissement'],
  'non-precisee': [],
};

const QUALIFIER_MARKS: Readonly<Record<Exclude<MemberQualifier, 'aucun'>, RegExp>> = {
  'plus-de': /plus de|>/i,
  environ:
    /environ|~|près de|\b(?:une?\s+)?(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\b/i,
};

const QUALIFIED = ['plus-de', 'environ'] as const;

export interface CountFields {
  readonly members: number;
  readonly members_qualifier: MemberQualifier;
  readonly members_unit: MemberUnit;
  readonly members_wording: string;
}

/** The round word the wording uses (« soixantaine »), if any. */
export function roundWord(wording: string): string | null {
  return Object.values(ROUND_WORDS).find((word) => wording.toLowerCase().includes(word)) ?? null;
}

/**
 * Why a wording does not match its count, qualifier and unit (the column to blame and what was expected), or null:
 * the wording must give the number (or its parts for a mixed unit, or its round word), the qualifier and the unit.
 */
export function wordingProblem(fields: CountFields): { column: string; expected: string } | null {
  const { members, members_qualifier: qualifier, members_unit: unit, members_wording: wording } = fields;
  const numbers = (wording.match(/\d+/g) ?? []).map(Number);
  const word = roundWord(wording);
  if (unit === 'entreprises-et-etablissements') {
    const sum = numbers.reduce((total, value) => total + value, 0);
    if (numbers.length < 2 || sum !== members)
      return {
        column: 'members',
        expected:
          numbers.length === 0
            ? expectation('data.members.sumNone', { wording })
            : expectation('data.members.sum', { wording, numbers: numbers.join(' + ') }),
      };
  } else if (word !== null) {
    if (ROUND_WORDS[members] !== word)
      return { column: 'members', expected: expectation('data.members.roundWord', { word, wording }) };
  } else if (!numbers.includes(members)) {
    return { column: 'members', expected: expectation('data.members.number', { wording }) };
  }
  const marked = QUALIFIED.filter((key) => QUALIFIER_MARKS[key].test(wording));
  const expectedQualifier = marked[0] ?? 'aucun';
  if (marked.length > 1 || expectedQualifier !== qualifier)
    return {
      column: 'members_qualifier',
      expected: expectation('data.members.wordingQualifier', { qualifier: expectedQualifier, wording }),
    };
  const missing = UNIT_WORDS[unit].filter((unitWord) => !wording.toLowerCase().includes(unitWord));
  if (unit === 'non-precisee' || missing.length > 0)
    return {
      column: 'members_unit',
      expected:
        unit === 'non-precisee'
          ? expectation('data.members.unitUnspecified', { wording })
          : expectation('data.members.unitMissing', { wording, words: dataList(missing, 'spaced', 'comma') }),
    };
  return null;
}
