import type { CardDefinition, CardOptions } from '../../components/card/card-definition';
import { makeCard, type CardModel } from '../../components/card/card-model';
import type { Dataset } from '../../data/dataset';
import type { I18n } from '../../lib/i18n/i18n';
import { hasFilters, type CardView, type RegionScheme } from '../../model/view';
import { nationalSources } from '../../selectors/national-sources';
import { leaderDoubts } from '../../selectors/leader-doubt';
import { mapCaveat, mapTable, mapTakeaway, regionTallies } from './map-view';

/** The geometry's licence asks for this attribution wherever the map is shown. */
export const geometrySource = ({ t }: I18n): string => t('map.geometrySource');

export const mapTitle = (scheme: RegionScheme, { t }: I18n): string => t('map.title', { scheme });

/** Every region of the chosen map shaded by its count of poles, zeros included; a click on a region filters on it. */
export function buildMapCard(data: Dataset, view: CardView, { i18n }: CardOptions): CardModel {
  const { t } = i18n;
  const scheme = view.regionScheme;
  const regions = regionTallies(data, view, i18n);
  const title = mapTitle(scheme, i18n);
  const max = Math.max(0, ...regions.map((region) => region.count));
  const anySelected = regions.some((region) => region.selected);
  return makeCard({
    id: 'carte',
    title,
    takeaway: mapTakeaway(regions, i18n, leaderDoubts(data.poles, 'regions', regions, view, i18n)),
    caveats: [mapCaveat(regions, scheme, i18n)],
    hint: t('map.hint', { selected: anySelected ? 'yes' : 'no' }),
    chart: { kind: 'map', regions, scheme, max, select: 'regions' },
    table: mapTable(regions, title, scheme, i18n),
    sources: [...nationalSources(data.poles, data.sources, i18n), geometrySource(i18n)],
    exportName: `carte-des-poles-regions-${scheme}`,
    empty: max === 0 ? { message: t('map.empty'), reset: hasFilters(view.filters) } : null,
  });
}

export const mapCard: CardDefinition = {
  id: 'carte',
  title: (view, { i18n }) => mapTitle(view.regionScheme, i18n),
  needs: ['poles', 'regions', 'departements'],
  reservedHeight: 760,
  inputs: (view) => [view.filters, view.regionScheme],
  build: buildMapCard,
};
