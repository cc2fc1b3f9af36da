import { describe, expect, it } from 'vitest';
import type { Pole, Source } from '../../../../src/data/schemas';
import { buildMembershipCard, membershipCard } from '../../../../src/features/membership/membership-card';
import { DEFAULT_VIEW, NO_FILTERS, type CardView } from '../../../../src/model/view';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { pole, source, theme } from '../../../fixtures/rows';
import { datasetOf } from '../dataset-of';
import { EN, FR_OPTIONS, cardOptions } from '../../../fixtures/i18n';

// fr-FR puts a no-break space before « % »: U+202F with older ICU data, U+00A0 with recent ICU.
const percent = (ratio: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(ratio);
// Compared up to the kind of space before « : ; » and inside guillemets (see withFrenchSpaces).
const fr = withFrenchSpaces;

const PRESS_RELEASE: Source = {
  ...source('direccte'),
  publisher: 'DIRECCTE Centre',
  title: 'Pôles de compétitivité',
  date: '2014-01-07',
};
const PRESS_RELEASE_CITATION = 'DIRECCTE Centre, «\u00a0Pôles de compétitivité\u00a0», 7 janvier 2014';
const TENERRDIS_CITATION = 'Éditeur, «\u00a0Titre fiche-tenerrdis\u00a0», non daté';

/** Four poles seated in région Centre, counted by one press release in 2014 (600 members), and one elsewhere. */
const CENTRE_POLES: readonly Pole[] = [
  pole({ id: 'dream', name: 'DREAM', theme: 'ecotechnologies', members: 60 }),
  pole({ id: 'elastopole', name: 'Elastopôle', theme: 'chimie', members: 110 }),
  pole(),
  pole({ id: 's2e2', name: 'S2E2', theme: 'energie', members: 130 }),
];
const TENERRDIS = pole({
  id: 'tenerrdis',
  name: 'Tenerrdis',
  theme: 'energie',
  region_2013: 'rhone-alpes',
  region_2016: 'auvergne-rhone-alpes',
  members: 200,
  members_year: 2011,
  source_id: 'fiche-tenerrdis',
});
const POLES = [...CENTRE_POLES, TENERRDIS];

const DATA = datasetOf({
  poles: POLES,
  themes: [theme('energie', 'Énergie'), theme('chimie', 'Chimie')],
  sources: [PRESS_RELEASE, source('fiche-tenerrdis')],
});

const CENTRE_VIEW: CardView = DEFAULT_VIEW;
const ALL_VIEW: CardView = { ...DEFAULT_VIEW, membersScope: 'all' };
const filtered = (view: CardView, themes: readonly string[], regions: readonly string[] = []): CardView => ({
  ...view,
  filters: { ...NO_FILTERS, themes, regions },
});

const barsOf = (view: CardView, data = DATA) => {
  const { chart } = buildMembershipCard(data, view, FR_OPTIONS);
  return chart?.kind === 'bars' ? chart.bars : [];
};

describe('buildMembershipCard: title and export name per scope', () => {
  it('titles the Centre scope after the Centre poles, and the other scope after the poles in view', () => {
    expect(buildMembershipCard(DATA, CENTRE_VIEW, FR_OPTIONS).title).toBe('Adhérents des pôles du Centre');
    expect(buildMembershipCard(DATA, ALL_VIEW, FR_OPTIONS).title).toBe('Adhérents des pôles en vue');
  });

  it('gives the same title before the data is there, through its definition', () => {
    expect(membershipCard.title(CENTRE_VIEW, FR_OPTIONS)).toBe('Adhérents des pôles du Centre');
    expect(membershipCard.title(ALL_VIEW, FR_OPTIONS)).toBe('Adhérents des pôles en vue');
    expect(membershipCard.needs).toEqual(['poles', 'themes']);
  });

  it('names the exports after the scope', () => {
    expect(buildMembershipCard(DATA, CENTRE_VIEW, FR_OPTIONS).exportName).toBe('adherents-poles-centre');
    expect(buildMembershipCard(DATA, ALL_VIEW, FR_OPTIONS).exportName).toBe('adherents-poles');
  });
});

describe('buildMembershipCard in the Centre scope', () => {
  const card = buildMembershipCard(DATA, CENTRE_VIEW, FR_OPTIONS);

  it('states the leader with its share of the four counts, in French characters', () => {
    expect(percent(0.5)).toMatch(/^50[\u00a0\u202f]%$/);
    expect(card.takeaway).toBe(
      `Cosmetic Valley rassemble ${percent(0.5)} des adhésions des 4\u00a0pôles du Centre (300 sur 600 adhésions au total, somme calculée ici ; une entreprise peut adhérer à plusieurs pôles).`,
    );
  });

  it('draws one bar per Centre pole, largest first, labelled with its count and share', () => {
    expect(barsOf(CENTRE_VIEW).map((bar) => [bar.label, bar.value, bar.valueLabel, bar.tone])).toEqual([
      ['Cosmetic Valley', 300, `300 (${percent(0.5)})`, 'centre'],
      ['S2E2', 130, `130 (${percent(130 / 600)})`, 'centre'],
      ['Elastopôle', 110, `110 (${percent(110 / 600)})`, 'centre'],
      ['DREAM', 60, `60 (${percent(0.1)})`, 'centre'],
    ]);
    expect(card.chart).toMatchObject({ kind: 'bars', select: null });
  });

  it('has no legend nor footnote when every count is a Centre pole of one source and year, and says the sum is computed here', () => {
    expect(card.legend).toEqual([]);
    expect(card.caveats).toEqual([
      'Le total de 600 adhésions est une somme calculée ici ; une entreprise peut adhérer à plusieurs pôles. La source donne les 4 chiffres, pas leur somme.',
    ]);
    expect(card.footnote).toBeNull();
    expect(card.empty).toBeNull();
  });

  it('cites the one source of the counts', () => {
    expect(card.sources).toEqual([PRESS_RELEASE_CITATION]);
    expect(fr(card.slideSource)).toBe(fr(`Source : ${PRESS_RELEASE_CITATION}.`));
  });

  it('offers the scope switch with « Pôles du Centre » pressed, each option setting its scope', () => {
    expect(card.controls).toEqual([
      {
        kind: 'switch',
        label: 'Pôles comptés',
        options: [
          {
            label: 'Pôles du Centre',
            pressed: true,
            action: { type: 'set-members-scope', scope: 'centre' },
          },
          {
            label: 'Tous les pôles',
            pressed: false,
            action: { type: 'set-members-scope', scope: 'all' },
          },
        ],
      },
    ]);
  });

  it('lists the poles in its table, themes by label', () => {
    expect(card.table.caption).toBe('Nombre d’adhérents par pôle, tel que la source le formule');
    expect(card.table.rows.map((row) => row.cells[1]?.display)).toEqual([
      'biens-de-consommation',
      'Énergie',
      'Chimie',
      'ecotechnologies',
    ]);
  });
});

describe('buildMembershipCard of every pole in view', () => {
  const card = buildMembershipCard(DATA, ALL_VIEW, FR_OPTIONS);

  it('draws every known count with its year, marks the Centre poles by name and tone, and gives no share', () => {
    expect(barsOf(ALL_VIEW).map((bar) => [bar.id, bar.label, bar.valueLabel, bar.tone])).toEqual([
      ['cosmetic-valley', 'Cosmetic Valley (Centre)', '300 · 2014', 'centre'],
      ['tenerrdis', 'Tenerrdis', '200 · 2011', 'base'],
      ['s2e2', 'S2E2 (Centre)', '130 · 2014', 'centre'],
      ['elastopole', 'Elastopôle (Centre)', '110 · 2014', 'centre'],
      ['dream', 'DREAM (Centre)', '60 · 2014', 'centre'],
    ]);
  });

  it('names the leader without a share, since counts of different years do not add up', () => {
    expect(fr(card.takeaway)).toBe(
      fr(
        'Cosmetic Valley compte le plus d’adhérents parmi les 5\u00a0pôles en vue dont l’effectif est connu (300, 2014) ; les effectifs datent d’années différentes, ne comptent pas tous la même chose et ne s’additionnent pas.',
      ),
    );
  });

  it('warns that the counts come from different years, giving the span', () => {
    expect(card.caveats.map(fr)).toEqual([
      fr(
        'Les effectifs viennent de sources et d’années différentes (2011–2014) et ne comptent pas tous la même chose (adhérents, membres, entreprises, acteurs, établissements) : ils ne s’additionnent pas. L’année de chaque chiffre et son qualificatif (« plus de », « environ ») sont indiqués.',
      ),
    ]);
  });

  it('warns as well when one source gives counts of different years', () => {
    const poles = [pole({ id: 'a', members: 10, members_year: 2013 }), pole({ id: 'b', members: 20 })];
    const caveats = buildMembershipCard(datasetOf({ poles }), CENTRE_VIEW, FR_OPTIONS).caveats;
    expect(caveats).toHaveLength(1);
    expect(caveats[0]).toContain('(2013–2014)');
  });

  it('explains the colours with a legend while Centre and other poles are drawn together', () => {
    expect(card.legend.map((item) => [fr(item.label), item.role])).toEqual([
      [fr('Pôle dont le siège est en région Centre (mention « Centre »)'), 'centre'],
      ['Autre pôle', 'base'],
    ]);
  });

  it('has no legend and no « (Centre) » mention when only poles of one kind are drawn', () => {
    const elsewhere = filtered(ALL_VIEW, [], ['rhone-alpes']);
    expect(buildMembershipCard(DATA, elsewhere, FR_OPTIONS).legend).toEqual([]);
    const centre = filtered(ALL_VIEW, [], ['centre']);
    expect(buildMembershipCard(DATA, centre, FR_OPTIONS).legend).toEqual([]);
    expect(barsOf(centre).map((bar) => bar.label)).toEqual([
      'Cosmetic Valley',
      'S2E2',
      'Elastopôle',
      'DREAM',
    ]);
  });

  it('cites both sources when the counts come from two', () => {
    expect(card.sources).toEqual([PRESS_RELEASE_CITATION, TENERRDIS_CITATION]);
  });

  it('counts the sources instead of citing them when there are more than two', () => {
    const poles = [
      ...POLES,
      pole({ id: 'capenergies', region_2013: 'paca', members: 90, source_id: 'fiche-cap' }),
    ];
    expect(buildMembershipCard(datasetOf({ poles }), ALL_VIEW, FR_OPTIONS).sources).toEqual([
      '3\u00a0sources différentes, une par pôle (voir la liste des pôles et data/sources.csv)',
    ]);
  });

  it('presses « Tous les pôles » in the scope switch', () => {
    const [control] = card.controls;
    expect(control?.kind === 'switch' ? control.options.map((option) => option.pressed) : []).toEqual([
      false,
      true,
    ]);
  });
});

describe('buildMembershipCard with a pole of unknown count', () => {
  const poles = POLES.map((p) => (p.id === 'dream' ? { ...p, members: null, members_year: null } : p));
  const card = buildMembershipCard(datasetOf({ poles }), CENTRE_VIEW, FR_OPTIONS);

  it('lists it under the chart rather than drawing it as zero', () => {
    expect([fr(card.footnote?.label ?? ''), fr(card.footnote?.text ?? '')]).toEqual([
      fr('Effectif inconnu (1) :'),
      fr('DREAM. Ces pôles ne sont pas dessinés : aucune source datée ne donne leur nombre d’adhérents.'),
    ]);
    expect(barsOf(CENTRE_VIEW, datasetOf({ poles })).map((bar) => bar.id)).not.toContain('dream');
  });

  it('keeps it in the table as « inconnu »', () => {
    expect(card.table.rows.map((row) => [row.key, row.cells[2]?.display])).toEqual([
      ['cosmetic-valley', '300'],
      ['s2e2', '130'],
      ['elastopole', '110'],
      ['dream', 'inconnu'],
    ]);
  });

  it('is not empty when the only poles in view have no count, and says so', () => {
    const onlyUnknown = filtered(CENTRE_VIEW, ['ecotechnologies']);
    const unknownCard = buildMembershipCard(datasetOf({ poles }), onlyUnknown, FR_OPTIONS);
    expect(unknownCard.empty).toBeNull();
    expect(unknownCard.takeaway).toBe('Aucun pôle de la sélection n’a d’effectif connu.');
    expect(unknownCard.sources).toEqual(['—']);
  });
});

describe('buildMembershipCard when no pole matches', () => {
  it('says that none of the Centre poles matches, and offers to reset the filters', () => {
    const card = buildMembershipCard(DATA, filtered(CENTRE_VIEW, ['mer']), FR_OPTIONS);
    expect(card.empty).toEqual({
      message: 'Aucun des 4 pôles du Centre ne correspond aux filtres.',
      reset: true,
    });
    expect(card.takeaway).toBe('Aucun des pôles du Centre ne correspond aux filtres.');
    expect(card.sources).toEqual(['—']);
  });

  it('says that no pole matches in the other scope', () => {
    expect(buildMembershipCard(DATA, filtered(ALL_VIEW, ['mer']), FR_OPTIONS).empty).toEqual({
      message: 'Aucun pôle ne correspond aux filtres.',
      reset: true,
    });
  });

  it('offers no reset when no filter is on', () => {
    expect(buildMembershipCard(datasetOf({ poles: [TENERRDIS] }), CENTRE_VIEW, FR_OPTIONS).empty).toEqual({
      message: 'Aucun des 4 pôles du Centre ne correspond aux filtres.',
      reset: false,
    });
  });
});

describe('buildMembershipCard in English', () => {
  const BIG = datasetOf({
    poles: [...CENTRE_POLES.filter((p) => p.id !== 'cosmetic-valley'), pole({ members: 1200 }), TENERRDIS],
    themes: [theme('energie', 'Énergie', 'Energy'), theme('chimie', 'Chimie', 'Chemicals')],
    sources: [PRESS_RELEASE, source('fiche-tenerrdis')],
  });

  it('gives the title, takeaway and controls in English with English numbers', () => {
    const card = buildMembershipCard(BIG, CENTRE_VIEW, cardOptions(EN));
    expect(card.title).toBe('Members of the Centre region’s clusters');
    expect(card.takeaway).toBe(
      'Cosmetic Valley accounts for 80% of the memberships of the 4 Centre clusters (1,200 of 1,500 memberships in all, a sum worked out here; a firm may belong to several clusters).',
    );
    expect(card.controls[0]?.label).toBe('Clusters counted');
    expect(membershipCard.title(ALL_VIEW, cardOptions(EN))).toBe('Members of the clusters in view');
  });

  it('labels its table and its bars in English, themes from their English column', () => {
    const card = buildMembershipCard(BIG, CENTRE_VIEW, cardOptions(EN));
    expect(card.table.caption).toBe('Number of members per cluster, as the source words it');
    expect(card.table.columns.map((column) => column.label)).toEqual([
      'Cluster',
      'Theme',
      'Members',
      'Source’s qualifier',
      'Unit counted',
      'Source’s wording',
      'Share of the computed sum',
      'Year of the figure',
      'Caveat',
    ]);
    const row = card.table.rows.find((r) => r.key === 's2e2');
    expect(row?.cells.slice(0, 3).map((c) => c.display)).toEqual(['S2E2', 'Energy', '130']);
    expect(card.chart?.kind === 'bars' ? card.chart.bars[0]?.valueLabel : null).toBe('1,200 (80%)');
  });

  it('warns in English that figures of different years do not add up', () => {
    const card = buildMembershipCard(BIG, ALL_VIEW, cardOptions(EN));
    expect(card.takeaway).toBe(
      'Cosmetic Valley has the most members of the 5 clusters in view whose membership is known (1,200, 2014); the figures date from different years, do not all count the same thing and cannot be added up.',
    );
    expect(card.caveats[0]).toMatch(
      /^Membership figures come from different sources and years \(2011–2014\)/,
    );
  });
});
