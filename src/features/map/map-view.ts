import type { MapRegion } from '../../components/charts/chart-spec';
import { cell, shareCell, type TableModel } from '../../components/table-model';
import type { Dataset } from '../../data/dataset';
import { formatInteger, plural } from '../../lib/format';
import type { CardView, RegionScheme } from '../../model/view';
import { facetOptions, leaders } from '../../selectors/facets';
import { filterPoles, poleValue } from '../../selectors/filter-poles';
import { firstNamesBy } from '../../selectors/first-names';
import { indexedCounts } from '../../selectors/pole-index';

// A region's tooltip and table cell name this many poles at most, then say how many more there are.
const MAP_NAMES = 20;

/** The names a region lists, and « et N autres » past them. */
export function regionNames(region: MapRegion): string {
  const more = region.count - region.poles.length;
  const listed = region.poles.join('\u00a0; ');
  return more > 0 ? `${listed}\u00a0; et ${plural(more, 'autre')}` : listed;
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
): MapRegion[] {
  const scheme = view.regionScheme;
  const poles = filterPoles(data.poles, view, 'regions');
  const counts = indexedCounts(data.poles, 'regions', view);
  const names = firstNamesBy(poles, (pole) => poleValue(pole, 'regions', scheme), MAP_NAMES);
  return facetOptions('regions', data, scheme)
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
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

const total = (regions: readonly MapRegion[]): number =>
  regions.reduce((sum, region) => sum + region.count, 0);

/** « Rhône-Alpes accueille le plus de sièges de pôles : 10 pôles sur 71 ; 7 des 27 régions n’en accueillent aucun. » */
export function mapTakeaway(regions: readonly MapRegion[], doubts: readonly string[] = []): string {
  const all = total(regions);
  const top = leaders(regions);
  const [first] = top;
  if (first === undefined) return 'Aucun pôle ne correspond aux filtres.';
  const names = top.map((region) => region.label);
  const lead =
    top.length === 1
      ? `${first.label} accueille le plus de sièges de pôles\u00a0: ${plural(first.count, 'pôle')} sur ${formatInteger(all)}`
      : `${names.slice(0, -1).join(', ')} et ${names[names.length - 1] ?? ''} sont en tête (${plural(first.count, 'pôle')} chacune sur ${formatInteger(all)})`;
  const empty = regions.filter((region) => region.count === 0).length;
  const rest =
    empty === 0
      ? `chacune des ${formatInteger(regions.length)} régions en accueille au moins un`
      : `${formatInteger(empty)} des ${formatInteger(regions.length)} régions n’en ${empty > 1 ? 'accueillent' : 'accueille'} aucun`;
  return [`${lead}\u00a0; ${rest}.`, ...doubts].join(' ');
}

/** What the two maps are, and how to go from one to the other. */
export function mapCaveat(regions: readonly MapRegion[], scheme: RegionScheme): string {
  const mainland = regions.filter((region) => !region.inset).length;
  const what =
    scheme === '2013'
      ? 'le découpage sous lequel les pôles ont été labellisés'
      : 'le découpage d’aujourd’hui';
  return `Régions de ${scheme} (${formatInteger(mainland)} métropolitaines et ${formatInteger(regions.length - mainland)} d’outre-mer, en encadrés)\u00a0: ${what}. Le bouton «\u00a0Régions de ${scheme === '2013' ? '2016' : '2013'}\u00a0» des filtres redessine la carte dans l’autre découpage.`;
}

/** One row per region, most poles first: count, share, whether it is filtered, and the poles by name. */
export function mapTable(regions: readonly MapRegion[], title: string, scheme: RegionScheme): TableModel {
  const all = total(regions);
  const rows = [...regions].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
  return {
    caption: `${title} (${plural(all, 'pôle')})`,
    columns: [
      { key: 'region', label: `Région (${scheme})` },
      { key: 'count', label: 'Nombre de pôles', numeric: true },
      { key: 'share', label: 'Part', numeric: true },
      { key: 'selected', label: 'Filtre actif' },
      { key: 'poles', label: 'Pôles' },
    ],
    rows: rows.map((region) => ({
      key: region.id,
      cells: [
        cell(region.label),
        cell(formatInteger(region.count), region.count),
        shareCell(region.count, all),
        cell(region.selected ? 'oui' : 'non'),
        cell(region.poles.length === 0 ? '—' : regionNames(region), regionNames(region)),
      ],
    })),
  };
}
