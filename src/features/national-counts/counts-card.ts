import type { CardDefinition } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel } from '../../components/card/card-model';
import type { HorizontalBar } from '../../components/charts/chart-spec';
import { cell, shareCell, type TableModel } from '../../components/table-model';
import { formatInteger, plural } from '../../lib/format';
import { hasFilters, type CardView, type Dimension, type RegionScheme } from '../../model/view';
import { facetCounts, facetOptions, type CategoryCount } from '../../selectors/facets';
import { leaderDoubts } from '../../selectors/leader-doubt';
import { facetColumn } from '../../selectors/pole-index';
import { nationalSources } from '../../selectors/national-sources';
import { leaderTakeaway } from './counts-takeaway';

/** The theme list is this dashboard's grouping, not an official one: every view of it says so. */
export const THEMES_CAVEAT =
  'Les thèmes sont un regroupement propre à ce tableau de bord, pas une nomenclature officielle : seuls les premiers intitulés reprennent des domaines officiels.';

interface CountsConfig {
  readonly title: (scheme: RegionScheme) => string;
  readonly category: (scheme: RegionScheme) => string;
  readonly noun: string;
  readonly verb: string;
  readonly exportName: string;
  readonly reservedHeight: number;
}

const CONFIG: Readonly<Record<Dimension, CountsConfig>> = {
  themes: {
    title: () => 'Pôles par thème',
    category: () => 'Thème',
    noun: 'thèmes',
    verb: 'est le thème le plus représenté',
    exportName: 'poles-par-theme',
    reservedHeight: 560,
  },
  regions: {
    title: (scheme) => `Pôles par région du siège (régions de ${scheme})`,
    category: (scheme) => `Région (${scheme})`,
    noun: 'régions',
    verb: 'accueille le plus de sièges de pôles',
    exportName: 'poles-par-region',
    reservedHeight: 820,
  },
  categories: {
    title: () => 'Pôles par statut au label',
    category: () => 'Statut au label',
    noun: 'statuts',
    verb: 'est le statut le plus fréquent',
    exportName: 'poles-par-statut',
    reservedHeight: 240,
  },
  years: {
    title: () => 'Pôles par année du premier label',
    category: () => 'Année du label',
    noun: 'années',
    verb: 'est l’année où le plus de pôles ont été labellisés',
    exportName: 'poles-par-annee-de-label',
    reservedHeight: 240,
  },
  evaluations: {
    title: () => 'Pôles par classe à l’évaluation de 2012',
    category: () => 'Évaluation 2012',
    noun: 'classes',
    verb: 'est la classe la plus fréquente',
    exportName: 'poles-par-evaluation-2012',
    reservedHeight: 240,
  },
};

/** Categories with a pole, or selected; the selected ones marked ✓ and the others muted while a filter is on. */
export function countBars(counts: readonly CategoryCount[]): HorizontalBar[] {
  const anySelected = counts.some((entry) => entry.selected);
  return counts
    .filter((entry) => entry.count > 0 || entry.selected)
    .map((entry) => ({
      id: entry.id,
      label: entry.selected ? `✓ ${entry.label}` : entry.label,
      value: entry.count,
      valueLabel: formatInteger(entry.count),
      tone: !anySelected ? 'base' : entry.selected ? 'selected' : 'muted',
    }));
}

export function countTable(counts: readonly CategoryCount[], title: string, category: string): TableModel {
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return {
    caption: `${title} (${plural(total, 'pôle')})`,
    columns: [
      { key: 'category', label: category },
      { key: 'count', label: 'Nombre de pôles', numeric: true },
      { key: 'share', label: 'Part', numeric: true },
      { key: 'selected', label: 'Filtre actif' },
    ],
    rows: counts.map((entry) => ({
      key: entry.id,
      cells: [
        cell(entry.label),
        cell(formatInteger(entry.count), entry.count),
        shareCell(entry.count, total),
        cell(entry.selected ? 'oui' : 'non'),
      ],
    })),
  };
}

/** Poles per theme or per 2013 region; a click on a bar toggles that filter (the filter bar offers the same by keyboard). */
export function buildCountsCard(dimension: Dimension, data: Dataset, view: CardView): CardModel {
  const config = CONFIG[dimension];
  const scheme = view.regionScheme;
  const options = facetOptions(dimension, data, scheme);
  // Regions where no pole has its seat are left out here (the map shows them as zeros).
  const seated = new Set(facetColumn(data.poles, dimension, scheme).values);
  const counts = facetCounts(
    data.poles,
    dimension,
    dimension === 'regions' ? options.filter((option) => seated.has(option.id)) : options,
    view,
  );
  const title = config.title(scheme);
  const anySelected = view.filters[dimension].length > 0;
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return makeCard({
    id: CARD_IDS[dimension],
    title,
    caveats: dimension === 'themes' ? [THEMES_CAVEAT] : [],
    takeaway: leaderTakeaway(
      counts,
      config.noun,
      config.verb,
      leaderDoubts(data.poles, dimension, counts, view),
    ),
    hint: `Cliquez sur une barre pour filtrer (ou utilisez les filtres en haut de page)${anySelected ? ' ; ✓ marque un filtre actif' : ''}.`,
    chart: { kind: 'bars', bars: countBars(counts), select: dimension },
    table: countTable(counts, title, config.category(scheme)),
    legend: anySelected
      ? [
          { label: 'Filtre actif (✓ devant le nom)', swatch: 'bar', role: 'selected' },
          { label: 'Hors filtre', swatch: 'bar', role: 'muted' },
        ]
      : [],
    sources: nationalSources(data.poles, data.sources),
    exportName: config.exportName,
    empty:
      total === 0
        ? { message: 'Aucun pôle ne correspond aux filtres.', reset: hasFilters(view.filters) }
        : null,
  });
}

/** Card ids as the address and the decks write them. */
const CARD_IDS: Readonly<Record<Dimension, string>> = {
  themes: 'themes',
  regions: 'regions',
  categories: 'statuts',
  years: 'annees',
  evaluations: 'evaluations',
};

const countsCard = (dimension: Dimension): CardDefinition => ({
  id: CARD_IDS[dimension],
  title: (view) => CONFIG[dimension].title(view.regionScheme),
  // Status, year and class come from poles.csv alone; themes and regions also need their own file.
  needs:
    dimension === 'themes' ? ['poles', 'themes'] : dimension === 'regions' ? ['poles', 'regions'] : ['poles'],
  reservedHeight: CONFIG[dimension].reservedHeight,
  inputs: (view) => [view.filters, view.regionScheme],
  build: (data, view) => buildCountsCard(dimension, data, view),
});

export const themesCard = countsCard('themes');
export const regionsCard = countsCard('regions');
export const categoriesCard = countsCard('categories');
export const yearsCard = countsCard('years');
export const evaluationsCard = countsCard('evaluations');
