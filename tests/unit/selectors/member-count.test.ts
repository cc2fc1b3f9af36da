import { describe, expect, it } from 'vitest';
import { memberCount, qualifiedSum, sumQualifier } from '../../../src/selectors/member-count';
import { pole } from '../../fixtures/rows';

const counted = (
  members: number,
  members_qualifier: 'aucun' | 'plus-de' | 'environ',
  members_unit: 'adherents' | 'membres' | 'acteurs' | 'entreprises-et-etablissements',
  members_wording: string,
) => memberCount(pole({ members, members_qualifier, members_unit, members_wording }));

describe('memberCount', () => {
  it('keeps the qualifier and the unit of the source', () => {
    expect(counted(100, 'plus-de', 'adherents', 'plus de 100 adhérents')).toMatchObject({
      number: 'plus de 100',
      label: 'plus de 100',
    });
    expect(counted(200, 'plus-de', 'acteurs', 'plus de 200 acteurs')?.label).toBe('plus de 200 acteurs');
    expect(counted(230, 'environ', 'membres', 'environ 230 membres')?.label).toBe('environ 230 membres');
    expect(counted(60, 'environ', 'membres', 'une soixantaine de membres')).toMatchObject({
      number: 'une soixantaine',
      label: 'une soixantaine de membres',
    });
  });

  it('gives a count of two kinds in the source’s words only, never as their sum', () => {
    expect(
      counted(97, 'aucun', 'entreprises-et-etablissements', '83 entreprises et 14 établissements'),
    ).toMatchObject({
      value: 97,
      number: '83 entreprises et 14 établissements',
      label: '83 entreprises et 14 établissements',
    });
  });

  it('has no count where the number is unknown', () => {
    expect(memberCount(pole({ members: null, members_year: null }))).toBeNull();
  });
});

describe('sumQualifier', () => {
  it('qualifies a sum as its least precise part', () => {
    const exact = counted(300, 'aucun', 'adherents', '300 adhérents');
    const floor = counted(100, 'plus-de', 'adherents', 'plus de 100 adhérents');
    const about = counted(350, 'environ', 'adherents', 'environ 350 adhérents');
    if (exact === null || floor === null || about === null) throw new Error('no count');
    expect(sumQualifier([exact, exact])).toBe('aucun');
    expect(sumQualifier([exact, floor])).toBe('plus-de');
    expect(sumQualifier([floor, about])).toBe('environ');
    expect(qualifiedSum(620, 'aucun')).toBe('620');
    expect(qualifiedSum(620, 'plus-de')).toBe('plus de 620');
  });
});
