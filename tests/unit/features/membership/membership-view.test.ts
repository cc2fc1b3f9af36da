import { describe, expect, it } from 'vitest';
import {
  memberValueLabel,
  membershipBars,
  membershipTable,
  membershipTakeaway,
} from '../../../../src/features/membership/membership-view';
import type { MemberBar, Membership } from '../../../../src/selectors/membership';
import { memberCount, type MemberCount } from '../../../../src/selectors/member-count';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { FR } from '../../../fixtures/i18n';
import { pole } from '../../../fixtures/rows';

// fr-FR puts a no-break space before « % »: U+202F with older ICU data, U+00A0 with recent ICU.
const percent = (ratio: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(ratio);
const fr = withFrenchSpaces;

/** A count as the source words it: « 1 500 adhérents » unless told otherwise. */
function countOf(
  members: number,
  wording = `${members} adhérents`,
  qualifier: MemberCount['qualifier'] = 'aucun',
  unit: MemberCount['unit'] = 'adherents',
): MemberCount {
  const count = memberCount(
    pole({ members, members_wording: wording, members_qualifier: qualifier, members_unit: unit }),
  );
  if (count === null) throw new Error('no count');
  return count;
}

const bar = (overrides: Partial<MemberBar> = {}): MemberBar => ({
  count: countOf(overrides.members ?? 1500),
  id: 'cosmetic-valley',
  name: 'Cosmetic Valley',
  theme: 'biens-de-consommation',
  members: 1500,
  year: 2014,
  sourceId: 'direccte',
  centre: true,
  doubt: null,
  share: 0.75,
  ...overrides,
});

/** Two Centre poles of one source and year: 1 500 and 500 members. */
const COMPARABLE: Membership = {
  bars: [bar(), bar({ id: 's2e2', name: 'S2E2', theme: 'energie', members: 500, share: 0.25 })],
  unknown: [],
  total: 2000,
  totalQualifier: 'aucun',
  comparable: true,
  years: [2014],
};

/** A Centre pole and another one counted another year, and a pole without a count. */
const MIXED: Membership = {
  bars: [
    bar({ share: null }),
    bar({
      id: 'tenerrdis',
      name: 'Tenerrdis',
      theme: 'energie',
      members: 200,
      count: countOf(200, 'plus de 200 acteurs', 'plus-de', 'acteurs'),
      year: null,
      sourceId: 'fiche',
      centre: false,
      doubt: 'Chiffre du site du pôle',
      share: null,
    }),
  ],
  unknown: [
    pole({ id: 'dream', name: 'DREAM', theme: 'ecotechnologies', members: null, doubt: 'Non publié' }),
  ],
  total: 1700,
  totalQualifier: 'plus-de',
  comparable: false,
  years: [2014],
};

const NOTHING: Membership = {
  bars: [],
  unknown: [],
  total: 0,
  totalQualifier: 'aucun',
  comparable: true,
  years: [],
};

describe('membershipTakeaway', () => {
  it('gives the leader’s share of the sum, labelled as a sum computed here, with French number formats', () => {
    expect(membershipTakeaway(COMPARABLE, 'centre', FR)).toBe(
      `Cosmetic Valley rassemble ${percent(0.75)} des adhésions des 2\u00a0pôles du Centre (1\u202f500 sur 2\u202f000 adhésions au total, somme calculée ici ; une entreprise peut adhérer à plusieurs pôles).`,
    );
  });

  it('qualifies the sum when one of its parts is « plus de »', () => {
    const floor: Membership = {
      ...COMPARABLE,
      bars: [bar({ count: countOf(1500, 'plus de 1500 adhérents', 'plus-de') }), ...COMPARABLE.bars.slice(1)],
      totalQualifier: 'plus-de',
    };
    expect(membershipTakeaway(floor, 'centre', FR)).toContain(
      '(plus de 1\u202f500 sur plus de 2\u202f000 adhésions au total',
    );
  });

  it('speaks of the poles in view whose count is known in the other scope', () => {
    expect(membershipTakeaway(COMPARABLE, 'all', FR)).toBe(
      `Cosmetic Valley rassemble ${percent(0.75)} des adhésions des 2\u00a0pôles en vue dont l’effectif est connu (1\u202f500 sur 2\u202f000 adhésions au total, somme calculée ici ; une entreprise peut adhérer à plusieurs pôles).`,
    );
  });

  it('names the leader and its year, without a share, when the counts are not comparable', () => {
    expect(fr(membershipTakeaway(MIXED, 'all', FR))).toBe(
      fr(
        'Cosmetic Valley compte le plus d’adhérents parmi les 2\u00a0pôles en vue dont l’effectif est connu (1\u202f500, 2014) ; les effectifs datent d’années différentes, ne comptent pas tous la même chose et ne s’additionnent pas.',
      ),
    );
  });

  it('says when the leader’s year is not given', () => {
    const undated: Membership = {
      ...MIXED,
      bars: [bar({ year: null, share: null }), ...MIXED.bars.slice(1)],
    };
    expect(membershipTakeaway(undated, 'all', FR)).toContain('(1\u202f500, année non précisée)');
  });

  it('gives the count alone for a single pole', () => {
    expect(membershipTakeaway({ ...COMPARABLE, bars: [bar({ share: 1 })] }, 'centre', FR)).toBe(
      'Cosmetic Valley compte 1\u202f500 adhérents.',
    );
  });

  it('says that nothing matches, in the words of the scope', () => {
    expect(membershipTakeaway(NOTHING, 'centre', FR)).toBe(
      'Aucun des pôles du Centre ne correspond aux filtres.',
    );
    expect(membershipTakeaway(NOTHING, 'all', FR)).toBe('Aucun pôle ne correspond aux filtres.');
  });

  it('says that no pole of the selection has a known count when only unknown ones match', () => {
    expect(membershipTakeaway({ ...NOTHING, unknown: MIXED.unknown }, 'centre', FR)).toBe(
      'Aucun pôle de la sélection n’a d’effectif connu.',
    );
  });
});

describe('memberValueLabel', () => {
  it('gives the count and the share', () => {
    expect(memberValueLabel(bar(), false, FR)).toBe(`1\u202f500 (${percent(0.75)})`);
  });

  it('gives the count alone when there is no share', () => {
    expect(memberValueLabel(bar({ share: null }), false, FR)).toBe('1\u202f500');
  });

  it('keeps the source’s qualifier and names a unit other than adhérents', () => {
    expect(
      memberValueLabel(
        bar({ share: null, count: countOf(200, 'plus de 200 acteurs', 'plus-de', 'acteurs') }),
        false,
        FR,
      ),
    ).toBe('plus de 200 acteurs');
    expect(
      memberValueLabel(
        bar({ share: null, count: countOf(60, 'une soixantaine de membres', 'environ', 'membres') }),
        false,
        FR,
      ),
    ).toBe('une soixantaine de membres');
    expect(
      memberValueLabel(
        bar({ share: null, count: countOf(350, 'environ 350 adhérents', 'environ') }),
        false,
        FR,
      ),
    ).toBe('environ 350');
    expect(
      memberValueLabel(
        bar({
          share: null,
          count: countOf(97, '83 entreprises et 14 établissements', 'aucun', 'entreprises-et-etablissements'),
        }),
        false,
        FR,
      ),
    ).toBe('83 entreprises et 14 établissements');
  });

  it('adds the year when asked, or a question mark when it is unknown', () => {
    expect(memberValueLabel(bar({ share: null }), true, FR)).toBe('1\u202f500 · 2014');
    expect(memberValueLabel(bar({ share: null, year: null }), true, FR)).toBe('1\u202f500 · année ?');
  });
});

describe('membershipBars', () => {
  it('keeps the order, labels each bar with its count and share, and tones the Centre poles', () => {
    expect(membershipBars(COMPARABLE, FR)).toEqual([
      {
        id: 'cosmetic-valley',
        label: 'Cosmetic Valley',
        value: 1500,
        valueLabel: `1\u202f500 (${percent(0.75)})`,
        tone: 'centre',
      },
      { id: 's2e2', label: 'S2E2', value: 500, valueLabel: `500 (${percent(0.25)})`, tone: 'centre' },
    ]);
  });

  it('shows the years of counts that are not comparable and names the Centre poles among others', () => {
    expect(membershipBars(MIXED, FR).map((b) => [b.label, b.valueLabel, b.tone])).toEqual([
      ['Cosmetic Valley (Centre)', '1\u202f500 · 2014', 'centre'],
      ['Tenerrdis', 'plus de 200 acteurs · année ?', 'base'],
    ]);
  });

  it('draws no bar for a pole whose count is unknown', () => {
    expect(membershipBars(MIXED, FR).map((b) => b.id)).toEqual(['cosmetic-valley', 'tenerrdis']);
  });
});

describe('membershipTable', () => {
  const themeLabel = (id: string) => `Thème ${id}`;

  it('has one column per fact, the numbers marked numeric, the share a percentage for spreadsheets', () => {
    expect(membershipTable(COMPARABLE, themeLabel, FR).columns).toEqual([
      { key: 'name', label: 'Pôle' },
      { key: 'theme', label: 'Thème' },
      { key: 'members', label: 'Adhérents', numeric: true },
      { key: 'qualifier', label: 'Qualificatif de la source' },
      { key: 'unit', label: 'Unité comptée' },
      { key: 'wording', label: 'Libellé de la source' },
      { key: 'share', label: 'Part de la somme calculée', numeric: true, kind: 'percent' },
      { key: 'year', label: 'Année du chiffre', numeric: true },
      { key: 'doubt', label: 'Réserve' },
    ]);
  });

  it('gives each pole in French for the reader and raw for the CSV, the share rounded to 4 decimals', () => {
    const table = membershipTable({ ...COMPARABLE, bars: [bar({ share: 2 / 3 })] }, themeLabel, FR);
    expect(table.caption).toBe('Nombre d’adhérents par pôle, tel que la source le formule');
    expect(table.rows).toEqual([
      {
        key: 'cosmetic-valley',
        cells: [
          { display: 'Cosmetic Valley', raw: 'Cosmetic Valley' },
          { display: 'Thème biens-de-consommation', raw: 'Thème biens-de-consommation' },
          { display: '1\u202f500', raw: 1500 },
          { display: 'aucun', raw: 'aucun' },
          { display: 'adhérents', raw: 'adherents' },
          { display: '1500 adhérents', raw: '1500 adhérents' },
          { display: percent(2 / 3), raw: 0.6667 },
          { display: '2014', raw: 2014 },
          { display: '', raw: null },
        ],
      },
    ]);
  });

  it('says why a share or a year is missing, keeps the doubt, and lists the unknown counts last', () => {
    const rows = membershipTable(MIXED, themeLabel, FR).rows;
    expect(rows.map((row) => row.cells.map((c) => [c.display, c.raw]))).toEqual([
      [
        ['Cosmetic Valley', 'Cosmetic Valley'],
        ['Thème biens-de-consommation', 'Thème biens-de-consommation'],
        ['1\u202f500', 1500],
        ['aucun', 'aucun'],
        ['adhérents', 'adherents'],
        ['1500 adhérents', '1500 adhérents'],
        ['non cumulable', null],
        ['2014', 2014],
        ['', null],
      ],
      [
        ['Tenerrdis', 'Tenerrdis'],
        ['Thème energie', 'Thème energie'],
        ['plus de 200', 200],
        ['plus de', 'plus-de'],
        ['acteurs', 'acteurs'],
        ['plus de 200 acteurs', 'plus de 200 acteurs'],
        ['non cumulable', null],
        ['non précisée', null],
        ['Chiffre du site du pôle', 'Chiffre du site du pôle'],
      ],
      [
        ['DREAM', 'DREAM'],
        ['Thème ecotechnologies', 'Thème ecotechnologies'],
        ['inconnu', null],
        ['—', null],
        ['—', null],
        ['—', null],
        ['—', null],
        ['—', null],
        ['Non publié', 'Non publié'],
      ],
    ]);
  });
});
