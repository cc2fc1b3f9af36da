import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../src/data/schemas';
import { polesTable } from '../../../../src/features/poles-list/poles-table';
import { pole, source } from '../../../fixtures/rows';
import { EN, FR } from '../../../fixtures/i18n';

const FICHE: Source = {
  ...source('fiche-vegepolys'),
  publisher: 'Végépolys',
  url: 'https://www.vegepolys.eu',
};
const PRESS_RELEASE: Source = { ...source('direccte'), publisher: 'DIRECCTE Centre' };
const SOURCES = new Map([FICHE, PRESS_RELEASE].map((s) => [s.id, s]));

const LOOKUPS = {
  theme: (id: string) => `Thème ${id}`,
  region: (id: string) => `Région ${id}`,
  source: (id: string) => SOURCES.get(id),
};

const POLES = [
  pole({
    id: 'vegepolys',
    name: 'Végépolys',
    theme: 'agriculture',
    region_2013: 'pays-de-la-loire',
    region_2016: 'pays-de-la-loire',
    hq_city: null,
    category: 'a-vocation-mondiale',
    year_labelled: 2005,
    evaluation_2012: 'tres-performant',
    members: 1300,
    members_year: null,
    source_id: 'fiche-vegepolys',
    doubt: 'Effectif du site du pôle',
  }),
  pole({ id: 'elastopole', name: 'Élastopôle', members: null, members_year: null, source_id: 'inconnue' }),
  pole(),
  pole({
    id: 'aerospace-valley',
    name: 'Aerospace Valley',
    category: 'mondial',
    evaluation_2012: 'moins-performant',
    members: 200,
    members_qualifier: 'plus-de',
    members_unit: 'acteurs',
    members_wording: 'plus de 200 acteurs',
  }),
];

const displays = (table: ReturnType<typeof polesTable>, key: string) =>
  table.rows.find((row) => row.key === key)?.cells.map((c) => c.display);
const raws = (table: ReturnType<typeof polesTable>, key: string) =>
  table.rows.find((row) => row.key === key)?.cells.map((c) => c.raw);

describe('polesTable', () => {
  const table = polesTable(POLES, 71, LOOKUPS, FR);

  it('says how many poles are in view out of all', () => {
    expect(table.caption).toBe('Liste des pôles en vue (4 sur 71)');
  });

  it('has a column per fact, the numbers marked numeric', () => {
    expect(table.columns.map((column) => [column.label, column.numeric === true])).toEqual([
      ['Pôle', false],
      ['Thème', false],
      ['Région (2013)', false],
      ['Région (2016)', false],
      ['Siège', false],
      ['Statut au label', false],
      ['Année du label', true],
      ['Évaluation 2012', false],
      ['Adhérents', true],
      ['Qualificatif (adhérents)', false],
      ['Unité (adhérents)', false],
      ['Année (adhérents)', true],
      ['Réserve', false],
      ['Source', false],
    ]);
  });

  it('sorts the poles by name in French order, accented letters with their base letter', () => {
    expect(table.rows.map((row) => row.cells[0]?.display)).toEqual([
      'Aerospace Valley',
      'Cosmetic Valley',
      'Élastopôle',
      'Végépolys',
    ]);
  });

  it('gives every fact of a pole in French, and raw values for the CSV', () => {
    expect(displays(table, 'cosmetic-valley')).toEqual([
      'Cosmetic Valley',
      'Thème biens-de-consommation',
      'Région centre',
      'Région centre-val-de-loire',
      'Chartres',
      'National',
      '2005',
      'Performant',
      '300',
      'aucun',
      'non précisée',
      '2014',
      '',
      'DIRECCTE Centre',
    ]);
    expect(raws(table, 'cosmetic-valley')?.slice(4)).toEqual([
      'Chartres',
      'National',
      2005,
      'Performant',
      300,
      'aucun',
      'non-precisee',
      2014,
      null,
      'direccte',
    ]);
    expect(displays(table, 'aerospace-valley')?.slice(5, 8)).toEqual(['Mondial', '2005', 'Moins performant']);
  });

  it('keeps the qualifier and the unit of the source: the number raw, its qualifier and unit in columns of their own', () => {
    expect(displays(table, 'aerospace-valley')?.slice(8, 11)).toEqual([
      'plus de 200 acteurs',
      'plus de',
      'acteurs',
    ]);
    expect(raws(table, 'aerospace-valley')?.slice(8, 11)).toEqual([200, 'plus-de', 'acteurs']);
  });

  it('says what is missing: no seat found, a count without its year, a count unknown', () => {
    expect(displays(table, 'vegepolys')?.slice(4, 13)).toEqual([
      'non trouvé',
      'À vocation mondiale',
      '2005',
      'Très performant',
      '1\u202f300',
      'aucun',
      'non précisée',
      'non précisée',
      'Effectif du site du pôle',
    ]);
    expect(raws(table, 'vegepolys')?.slice(8, 12)).toEqual([1300, 'aucun', 'non-precisee', null]);
    expect(displays(table, 'elastopole')?.slice(8, 12)).toEqual(['inconnu', '—', '—', '—']);
    expect(raws(table, 'elastopole')?.slice(8, 12)).toEqual([null, null, null, null]);
  });

  it('links the source when it has an address, and cites an unknown source by its id', () => {
    expect(table.rows.find((row) => row.key === 'vegepolys')?.cells[13]).toEqual({
      display: 'Végépolys',
      raw: 'https://www.vegepolys.eu',
      href: 'https://www.vegepolys.eu',
    });
    expect(table.rows.find((row) => row.key === 'elastopole')?.cells[13]).toEqual({
      display: 'inconnue',
      raw: 'inconnue',
    });
  });

  it('is empty without poles', () => {
    const empty = polesTable([], 71, LOOKUPS, FR);
    expect(empty.rows).toEqual([]);
    expect(empty.caption).toBe('Liste des pôles en vue (0 sur 71)');
  });
});

describe('polesTable in English', () => {
  const table = polesTable(POLES, 1300, LOOKUPS, EN);

  it('names its caption and columns in English, the count grouped the English way', () => {
    expect(table.caption).toBe('Clusters in view (4 of 1,300)');
    expect(table.columns.map((column) => column.label)).toEqual([
      'Cluster',
      'Theme',
      'Region (2013)',
      'Region (2016)',
      'Head office',
      'Label status',
      'Year labelled',
      '2012 evaluation',
      'Members',
      'Qualifier (members)',
      'Unit (members)',
      'Year (members)',
      'Caveat',
      'Source',
    ]);
  });

  it('says in English what is missing, and marks the French doubt of the data as French', () => {
    expect(displays(table, 'vegepolys')?.slice(4, 12)).toEqual([
      'not found',
      'With a global vocation',
      '2005',
      'Very high-performing',
      '1,300',
      'none',
      'not stated',
      'not stated',
    ]);
    expect(table.rows.find((row) => row.key === 'vegepolys')?.cells[12]).toEqual({
      display: 'Effectif du site du pôle',
      raw: 'Effectif du site du pôle',
      lang: 'fr',
    });
    expect(displays(table, 'aerospace-valley')?.slice(8, 11)).toEqual([
      'more than 200 stakeholders',
      'more than',
      'stakeholders',
    ]);
    expect(displays(table, 'elastopole')?.slice(8, 12)).toEqual(['unknown', '—', '—', '—']);
  });
});
