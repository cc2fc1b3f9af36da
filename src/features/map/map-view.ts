import type { MapRegion } from '../../components/charts/chart-spec';
import { cell, shareCell, type TableModel } from '../../components/table-model';
import type { Dataset } from '../../data/dataset';
import type { I18n } from '../../lib/i18n/i18n';
import type { CardView, RegionScheme } from '../../model/view';
import { facetOptions, leaders } from '../../selectors/facets';
import { filterPoles, poleValue } from '../../selectors/filter-poles';
import { firstNamesBy } from '../../selectors/first-names';
import { indexedCounts } from '../../selectors/pole-index';

// A region's tooltip and table cell name this many poles at most, then say how many more there are.
const MAP_NAMES = 20;

/** The names a region lists, and « et N autres » past them. */
export function regionNames(region: MapRegion, { t }: I18n): string {
  const more = region.count - region.poles.length;
  const listed = region.poles.join(t('map.table.separator'));
  return more > 0 ? t('map.table.more', { listed, more }) : listed;
}

// Overseas departments have three-digit INSEE codes (971 to 976): they are drawn as insets.
const isOverseas = (code: string): boolean => code.startsWith('97');

/**
 * Every region of the chosen map, in alphabetical order, with the poles seated there under every filter but the
 * region one (so that each region stays clickable), its departments, and whether it is drawn as an inset.
 */
export function regionTallies(
  data: Pick<Dataset, 'poles' | 'themes' | 'regions' | 'departements'>,
  view: CardView,
  i18n: I18n,
): MapRegion[] {
  const scheme = view.regionScheme;
  const poles = filterPoles(data.poles, view, 'regions');
  const counts = indexedCounts(data.poles, 'regions', view);
  const names = firstNamesBy(poles, (pole) => poleValue(pole, 'regions', scheme), MAP_NAMES);
  return facetOptions('regions', data, scheme, i18n)
    .map(({ id, label }) => {
      const departements = data.departements
        .filter((row) => (scheme === '2016' ? row.region_2016 : row.region_2013) === id)
        .map((row) => row.code);
      return {
        id,
        label,
        count: counts.get(id) ?? 0,
        selected: view.filters.regions.includes(id),
        poles: names.get(id) ?? [],
        departements,
        inset: departements.length === 0 || departements.every(isOverseas),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, i18n.lang));
}

const total = (regions: readonly MapRegion[]): number =>
  regions.reduce((sum, region) => sum + region.count, 0);

/** « Rhône-Alpes accueille le plus de sièges de pôles : 10 pôles sur 71 ; 7 des 27 régions n’en accueillent aucun. » */
export function mapTakeaway(
  regions: readonly MapRegion[],
  { t, format }: I18n,
  doubts: readonly string[] = [],
): string {
  const all = format.integer(total(regions));
  const top = leaders(regions);
  const [first] = top;
  if (first === undefined) return t('map.empty');
  const rest = {
    empty: regions.filter((region) => region.count === 0).length,
    regions: format.integer(regions.length),
    count: first.count,
    total: all,
  };
  const lead =
    top.length === 1
      ? t('map.takeaway.leader', { ...rest, name: first.label })
      : t('map.takeaway.ties', { ...rest, names: format.list(top.map((region) => region.label)) });
  return [lead, ...doubts].join(' ');
}

/** What the two maps are, and how to go from one to the other. */
export function mapCaveat(regions: readonly MapRegion[], scheme: RegionScheme, { t, format }: I18n): string {
  const mainland = regions.filter((region) => !region.inset).length;
  return t('map.caveat', {
    scheme,
    mainland: format.integer(mainland),
    overseas: format.integer(regions.length - mainland),
    other: scheme === '2013' ? '2016' : '2013',
  });
}

/** One row per region, most poles first: count, share, whether it is filtered, and the poles by name. */
export function mapTable(
  regions: readonly MapRegion[],
  title: string,
  scheme: RegionScheme,
  i18n: I18n,
): TableModel {
  const { t, format, lang } = i18n;
  const all = total(regions);
  const rows = [...regions].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, lang));
  return {
    caption: t('map.table.caption', { title, count: all }),
    columns: [
      { key: 'region', label: t('map.table.region', { scheme }) },
      { key: 'count', label: t('map.table.count'), numeric: true },
      { key: 'share', label: t('map.table.share'), numeric: true },
      { key: 'selected', label: t('map.table.selected') },
      { key: 'poles', label: t('map.table.poles') },
    ],
    rows: rows.map((region) => ({
      key: region.id,
      cells: [
        cell(region.label),
        cell(format.integer(region.count), region.count),
        shareCell(region.count, all),
        cell(region.selected ? t('map.table.yes') : t('map.table.no')),
        cell(region.poles.length === 0 ? '—' : regionNames(region, i18n), regionNames(region, i18n)),
      ],
    })),
  };
}
