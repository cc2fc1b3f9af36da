import { describe, expect, it } from 'vitest';
import type { MapRegion } from '../../../../src/components/charts/chart-spec';
import { mapCaveat, mapTable, mapTakeaway, regionTallies } from '../../../../src/features/map/map-view';
import { DEFAULT_VIEW, NO_FILTERS, type CardView } from '../../../../src/model/view';
import { mapData } from '../../../fixtures/map-data';
import { FR } from '../../../fixtures/i18n';

const percent = (ratio: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(ratio);

const VIEW_2016: CardView = { ...DEFAULT_VIEW, regionScheme: '2016' };
const withFilters = (filters: Partial<CardView['filters']>, view: CardView = DEFAULT_VIEW): CardView => ({
  ...view,
  filters: { ...NO_FILTERS, ...filters },
});

const tally = (id: string, count: number, overrides: Partial<MapRegion> = {}): MapRegion => ({
  id,
  label: id,
  count,
  selected: false,
  poles: [],
  departements: [],
  inset: false,
  ...overrides,
});

describe('regionTallies', () => {
  it('lists every region of the 2013 map alphabetically, zeros included, with its poles and departments', () => {
    expect(regionTallies(mapData(), DEFAULT_VIEW, FR)).toEqual([
      {
        id: 'bretagne',
        label: 'Bretagne',
        count: 4,
        selected: false,
        poles: ['iD4CAR', 'Images & Réseaux', 'Pôle Mer Bretagne', 'Valorial'],
        departements: ['29', '35'],
        inset: false,
      },
      {
        id: 'centre',
        label: 'Centre',
        count: 2,
        selected: false,
        poles: ['Cosmetic Valley', 'S2E2'],
        departements: ['18', '45'],
        inset: false,
      },
      {
        id: 'corse',
        label: 'Corse',
        count: 0,
        selected: false,
        poles: [],
        departements: ['2A'],
        inset: false,
      },
      {
        id: 'guyane',
        label: 'Guyane',
        count: 0,
        selected: false,
        poles: [],
        departements: ['973'],
        inset: true,
      },
      {
        id: 'la-reunion',
        label: 'La Réunion',
        count: 1,
        selected: false,
        poles: ['Qualitropic'],
        departements: ['974'],
        inset: true,
      },
    ]);
  });

  it('groups the departments by their 2016 region on the 2016 map', () => {
    const regions = regionTallies(mapData(), VIEW_2016, FR);
    expect(regions.map((region) => region.id)).toEqual([
      'bretagne',
      'centre-val-de-loire',
      'corse',
      'guyane',
      'la-reunion',
    ]);
    expect(regions[1]).toMatchObject({ count: 2, departements: ['18', '45'] });
  });

  it('counts under every filter but the region one, so that every region stays clickable, and flags the selected', () => {
    const regions = regionTallies(
      mapData(),
      withFilters({ themes: ['energie', 'mer'], regions: ['centre'] }),
      FR,
    );
    expect(regions.map((region) => [region.id, region.count, region.selected])).toEqual([
      ['bretagne', 1, false],
      ['centre', 1, true],
      ['corse', 0, false],
      ['guyane', 0, false],
      ['la-reunion', 0, false],
    ]);
  });

  it('draws a region without any department as an inset rather than not at all', () => {
    const data = { ...mapData(), departements: [] };
    expect(regionTallies(data, DEFAULT_VIEW, FR).every((region) => region.inset)).toBe(true);
  });
});

describe('mapTakeaway', () => {
  it('names the leading region and how many regions have no pole', () => {
    expect(mapTakeaway(regionTallies(mapData(), DEFAULT_VIEW, FR), FR)).toBe(
      'Bretagne accueille le plus de sièges de pôles\u00a0: 4\u00a0pôles sur 7\u00a0; 2 des 5 régions n’en accueillent aucun.',
    );
  });

  it('names every leader on a tie, and says when only one region or none is empty', () => {
    expect(mapTakeaway([tally('A', 2), tally('B', 2), tally('C', 0)], FR)).toBe(
      'A et B sont en tête (2\u00a0pôles chacune sur 4)\u00a0; 1 des 3 régions n’en accueille aucun.',
    );
    expect(mapTakeaway([tally('A', 2), tally('B', 1)], FR)).toBe(
      'A accueille le plus de sièges de pôles\u00a0: 2\u00a0pôles sur 3\u00a0; chacune des 2 régions en accueille au moins un.',
    );
  });

  it('says that nothing matches when every count is zero', () => {
    expect(mapTakeaway([tally('A', 0)], FR)).toBe('Aucun pôle ne correspond aux filtres.');
  });
});

describe('mapCaveat', () => {
  it('explains each map, counts its regions, and points to the other one', () => {
    const regions = regionTallies(mapData(), DEFAULT_VIEW, FR);
    expect(mapCaveat(regions, '2013', FR)).toBe(
      'Régions de 2013 (3 métropolitaines et 2 d’outre-mer, en encadrés)\u00a0: le découpage sous lequel les pôles ont été labellisés. Le bouton «\u00a0Régions de 2016\u00a0» des filtres redessine la carte dans l’autre découpage.',
    );
    expect(mapCaveat(regions, '2016', FR)).toContain(
      'le découpage d’aujourd’hui. Le bouton «\u00a0Régions de 2013\u00a0»',
    );
  });
});

describe('mapTable', () => {
  it('gives one row per region, most poles first, with its share, its filter and its poles', () => {
    const regions = regionTallies(mapData(), withFilters({ regions: ['bretagne'] }), FR);
    const table = mapTable(regions, 'Carte des pôles (régions de 2013)', '2013', FR);
    expect(table.caption).toBe('Carte des pôles (régions de 2013) (7\u00a0pôles)');
    expect(table.columns.map((column) => column.label)).toEqual([
      'Région (2013)',
      'Nombre de pôles',
      'Part',
      'Filtre actif',
      'Pôles',
    ]);
    expect(table.rows.map((row) => row.cells.map((cell) => cell.display))).toEqual([
      [
        'Bretagne',
        '4',
        percent(4 / 7),
        'oui',
        'iD4CAR\u00a0; Images & Réseaux\u00a0; Pôle Mer Bretagne\u00a0; Valorial',
      ],
      ['Centre', '2', percent(2 / 7), 'non', 'Cosmetic Valley\u00a0; S2E2'],
      ['La Réunion', '1', percent(1 / 7), 'non', 'Qualitropic'],
      ['Corse', '0', percent(0), 'non', '—'],
      ['Guyane', '0', percent(0), 'non', '—'],
    ]);
    // The CSV gets raw numbers.
    expect(table.rows[0]?.cells.map((cell) => cell.raw).slice(1, 3)).toEqual([4, 0.5714]);
  });

  it('shows a dash for the share when no pole is counted', () => {
    const table = mapTable([tally('A', 0)], 'Carte', '2016', FR);
    expect(table.rows[0]?.cells[2]).toEqual({ display: '—', raw: null });
    expect(table.columns[0]?.label).toBe('Région (2016)');
  });
});
