import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../src/data/schemas';
import {
  comparisonBars,
  comparisonTable,
  comparisonTakeaway,
} from '../../../../src/features/comparison/comparison-view';
import { withFrenchSpaces } from '../../../fixtures/csv';
import { EN, FR } from '../../../fixtures/i18n';
import { pole, source } from '../../../fixtures/rows';

const fr = withFrenchSpaces;

const FICHE: Source = {
  ...source('fiche-tenerrdis'),
  publisher: 'Tenerrdis',
  url: 'https://www.tenerrdis.fr',
};
const PRESS_RELEASE: Source = { ...source('direccte'), publisher: 'DIRECCTE Centre' };
const SOURCES = new Map([FICHE, PRESS_RELEASE].map((s) => [s.id, s]));

const LOOKUPS = {
  theme: (id: string) => `Thème ${id}`,
  region: (id: string) => `Région ${id}`,
  source: (id: string) => SOURCES.get(id),
};

const COSMETIC = pole();
const TENERRDIS = pole({
  id: 'tenerrdis',
  name: 'Tenerrdis',
  theme: 'energie',
  region_2013: 'rhone-alpes',
  region_2016: 'auvergne-rhone-alpes',
  hq_city: null,
  category: 'a-vocation-mondiale',
  year_labelled: 2007,
  evaluation_2012: 'tres-performant',
  members: 1200,
  members_year: null,
  source_id: 'fiche-tenerrdis',
  doubt: 'Chiffre du site du pôle',
});
const DREAM = pole({
  id: 'dream',
  name: 'DREAM',
  theme: 'ecotechnologies',
  members: null,
  members_year: null,
  source_id: 'inconnue',
});

describe('comparisonTable', () => {
  const table = comparisonTable([TENERRDIS, COSMETIC], LOOKUPS, FR);

  it('has a column per pole in the order given, after the criterion', () => {
    expect(table.caption).toBe('Comparaison de 2 pôles');
    expect(table.columns).toEqual([
      { key: 'fact', label: 'Critère' },
      { key: 'tenerrdis', label: 'Tenerrdis', href: '?pole=tenerrdis' },
      { key: 'cosmetic-valley', label: 'Cosmetic Valley', href: '?pole=cosmetic-valley' },
    ]);
  });

  it('has a row per fact, in French for the reader and raw for the CSV', () => {
    expect(table.rows.map((row) => [row.key, ...row.cells.map((c) => [c.display, c.raw])])).toEqual([
      [
        'theme',
        ['Thème', 'Thème'],
        ['Thème energie', 'Thème energie'],
        ['Thème biens-de-consommation', 'Thème biens-de-consommation'],
      ],
      [
        'region_2013',
        ['Région du siège (2013)', 'Région du siège (2013)'],
        ['Région rhone-alpes', 'Région rhone-alpes'],
        ['Région centre', 'Région centre'],
      ],
      [
        'region_2016',
        ['Région du siège (2016)', 'Région du siège (2016)'],
        ['Région auvergne-rhone-alpes', 'Région auvergne-rhone-alpes'],
        ['Région centre-val-de-loire', 'Région centre-val-de-loire'],
      ],
      ['hq_city', ['Siège', 'Siège'], ['non trouvé', null], ['Chartres', 'Chartres']],
      [
        'category',
        ['Statut au label', 'Statut au label'],
        ['À vocation mondiale', 'À vocation mondiale'],
        ['National', 'National'],
      ],
      ['year_labelled', ['Année du label', 'Année du label'], ['2007', 2007], ['2005', 2005]],
      [
        'evaluation',
        ['Évaluation 2012', 'Évaluation 2012'],
        ['Très performant', 'Très performant'],
        ['Performant', 'Performant'],
      ],
      ['members', ['Adhérents', 'Adhérents'], ['1\u202f200', 1200], ['300', 300]],
      [
        'members_qualifier',
        ['Qualificatif du chiffre', 'Qualificatif du chiffre'],
        ['aucun', 'aucun'],
        ['aucun', 'aucun'],
      ],
      [
        'members_unit',
        ['Unité comptée', 'Unité comptée'],
        ['non précisée', 'non-precisee'],
        ['non précisée', 'non-precisee'],
      ],
      [
        'members_wording',
        ['Libellé de la source', 'Libellé de la source'],
        ['non relevé', null],
        ['non relevé', null],
      ],
      [
        'members_year',
        ['Année du chiffre des adhérents', 'Année du chiffre des adhérents'],
        ['non précisée', null],
        ['2014', 2014],
      ],
      [
        'doubt',
        ['Réserve', 'Réserve'],
        ['Chiffre du site du pôle', 'Chiffre du site du pôle'],
        ['aucune', null],
      ],
      [
        'source',
        ['Source', 'Source'],
        ['Tenerrdis', 'https://www.tenerrdis.fr'],
        ['DIRECCTE Centre', 'direccte'],
      ],
    ]);
  });

  it('gives a count as its source words it: the number raw, its qualifier, unit and wording in rows of their own', () => {
    const qualified = pole({
      id: 'axelera',
      members: 200,
      members_year: 2010,
      members_qualifier: 'plus-de',
      members_unit: 'membres',
      members_wording: 'plus de 200 membres',
    });
    const facts = new Map(
      comparisonTable([qualified], LOOKUPS, FR).rows.map((row) => [row.key, row.cells[1]]),
    );
    expect(facts.get('members')).toEqual({ display: 'plus de 200', raw: 200 });
    expect(facts.get('members_qualifier')).toEqual({ display: 'plus de', raw: 'plus-de' });
    expect(facts.get('members_unit')).toEqual({ display: 'membres', raw: 'membres' });
    expect(facts.get('members_wording')).toEqual({
      display: 'plus de 200 membres',
      raw: 'plus de 200 membres',
    });
    expect(comparisonBars([qualified], FR)[0]?.valueLabel).toBe('plus de 200 membres · 2010');
  });

  it('links the source when it has an address', () => {
    const sourceRow = table.rows.find((row) => row.key === 'source');
    expect(sourceRow?.cells.map((c) => c.href)).toEqual([undefined, 'https://www.tenerrdis.fr', undefined]);
  });

  it('says « inconnu » for an unknown count and cites an unknown source by its id', () => {
    const single = comparisonTable([DREAM], LOOKUPS, FR);
    expect(single.caption).toBe('Comparaison de 1 pôle');
    const facts = new Map(single.rows.map((row) => [row.key, row.cells[1]]));
    expect(facts.get('members')).toEqual({ display: 'inconnu', raw: null });
    expect(facts.get('members_year')).toEqual({ display: '—', raw: null });
    expect(facts.get('source')).toEqual({ display: 'inconnue', raw: 'inconnue' });
  });
});

describe('comparisonBars', () => {
  it('draws the known counts in the order given, each with its year', () => {
    expect(comparisonBars([TENERRDIS, DREAM, COSMETIC], FR)).toEqual([
      { id: 'tenerrdis', label: 'Tenerrdis', value: 1200, valueLabel: '1\u202f200 · année ?', tone: 'base' },
      { id: 'cosmetic-valley', label: 'Cosmetic Valley', value: 300, valueLabel: '300 · 2014', tone: 'base' },
    ]);
  });
});

describe('comparisonTakeaway', () => {
  it('asks for a second pole while there is only one', () => {
    expect(comparisonTakeaway([COSMETIC], FR)).toBe(
      'Cochez au moins deux pôles dans la liste pour les comparer côte à côte.',
    );
  });

  it('names the pole with the most members, its count and year', () => {
    expect(fr(comparisonTakeaway([COSMETIC, TENERRDIS, DREAM], FR))).toBe(
      fr(
        '3 pôles de 3 thèmes comparés : Tenerrdis compte le plus d’adhérents (1\u202f200, année non précisée) ; les effectifs peuvent dater d’années différentes et ne pas compter la même chose.',
      ),
    );
  });

  it('says « du même thème » when they share one', () => {
    expect(comparisonTakeaway([COSMETIC, pole({ id: 'autre', name: 'Autre', members: 100 })], FR)).toMatch(
      /^2 pôles du même thème comparés .* Cosmetic Valley compte le plus d’adhérents \(300, 2014\)/,
    );
  });

  it('says when no compared pole has a known count', () => {
    expect(fr(comparisonTakeaway([DREAM, { ...DREAM, id: 'autre', theme: 'mer' }], FR))).toBe(
      fr('2 pôles de 2 thèmes comparés ; aucun n’a d’effectif connu.'),
    );
  });
});

describe('comparison in English', () => {
  it('heads the table in English and writes its words in English', () => {
    const table = comparisonTable([TENERRDIS, COSMETIC], LOOKUPS, EN);
    expect(table.caption).toBe('Comparison of 2 clusters');
    expect(comparisonTable([DREAM], LOOKUPS, EN).caption).toBe('Comparison of 1 cluster');
    expect(table.rows.map((row) => row.cells[0]?.display)).toEqual([
      'Theme',
      'Head office region (2013)',
      'Head office region (2016)',
      'Head office',
      'Label status',
      'Year labelled',
      '2012 evaluation',
      'Members',
      'Qualifier of the figure',
      'Unit counted',
      'Wording of the source',
      'Year of the membership figure',
      'Caveat',
      'Source',
    ]);
    const tenerrdis = new Map(table.rows.map((row) => [row.key, row.cells[1]?.display]));
    expect(tenerrdis.get('hq_city')).toBe('not found');
    expect(tenerrdis.get('category')).toBe('With a global vocation');
    expect(tenerrdis.get('evaluation')).toBe('Very high-performing');
    expect(tenerrdis.get('members')).toBe('1,200');
    expect(tenerrdis.get('members_year')).toBe('not stated');
    const cosmetic = new Map(table.rows.map((row) => [row.key, row.cells[2]?.display]));
    expect(cosmetic.get('doubt')).toBe('none');
  });

  it('labels the bars with the English count and year, and sums up in English', () => {
    const qualified = pole({
      members: 200,
      members_qualifier: 'plus-de',
      members_unit: 'membres',
      members_year: 2010,
    });
    expect(comparisonBars([qualified], EN)[0]?.valueLabel).toBe('more than 200 members (“membres”) · 2010');
    expect(comparisonBars([{ ...qualified, members_year: null }], EN)[0]?.valueLabel).toMatch(/ · year\?$/);
    expect(comparisonTakeaway([COSMETIC], EN)).toBe(
      'Tick at least two clusters in the list to compare them side by side.',
    );
    expect(comparisonTakeaway([COSMETIC, TENERRDIS, DREAM], EN)).toMatch(
      /^3 clusters from 3 themes compared: Tenerrdis has the most members \(1,200, year not stated\); the figures may date/,
    );
    expect(comparisonTakeaway([DREAM, { ...DREAM, id: 'autre' }], EN)).toBe(
      '2 clusters from the same theme compared; none has a known membership.',
    );
  });
});
