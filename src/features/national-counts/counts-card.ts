import type { CardDefinition, CardOptions } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel } from '../../components/card/card-model';
import type { HorizontalBar } from '../../components/charts/chart-spec';
import { cell, shareCell, type TableModel } from '../../components/table-model';
import type { I18n } from '../../lib/i18n/i18n';
import { hasFilters, type CardView, type Dimension, type RegionScheme } from '../../model/view';
import { facetCounts, facetOptions, type CategoryCount } from '../../selectors/facets';
import { leaderDoubts } from '../../selectors/leader-doubt';
import { facetColumn } from '../../selectors/pole-index';
import { nationalSources } from '../../selectors/national-sources';
import { leaderTakeaway } from './counts-takeaway';

interface CountsConfig {
  readonly title: string;
  readonly category: string;
  readonly exportName: string;
  readonly reservedHeight: number;
}

const CONFIG: Readonly<Record<Dimension, CountsConfig>> = {
  themes: {
    title: 'national-counts.title.themes',
    category: 'national-counts.category.themes',
    exportName: 'poles-par-theme',
    reservedHeight: 560,
  },
  regions: {
    title: 'national-counts.title.regions',
    category: 'national-counts.category.regions',
    exportName: 'poles-par-region',
    reservedHeight: 820,
  },
  categories: {
    title: 'national-counts.title.categories',
    category: 'national-counts.category.categories',
    exportName: 'poles-par-statut',
    reservedHeight: 240,
  },
  years: {
    title: 'national-counts.title.years',
    category: 'national-counts.category.years',
    exportName: 'poles-par-annee-de-label',
    reservedHeight: 240,
  },
  evaluations: {
    title: 'national-counts.title.evaluations',
    category: 'national-counts.category.evaluations',
    exportName: 'poles-par-evaluation-2012',
    reservedHeight: 240,
  },
};

const countsTitle = (dimension: Dimension, scheme: RegionScheme, { t }: I18n) =>
  t(CONFIG[dimension].title, { scheme });

/** Categories with a pole, or selected; the selected ones marked ✓ and the others muted while a filter is on. */
export function countBars(counts: readonly CategoryCount[], { format }: I18n): HorizontalBar[] {
  const anySelected = counts.some((entry) => entry.selected);
  return counts
    .filter((entry) => entry.count > 0 || entry.selected)
    .map((entry) => ({
      id: entry.id,
      label: entry.selected ? `✓ ${entry.label}` : entry.label,
      value: entry.count,
      valueLabel: format.integer(entry.count),
      tone: !anySelected ? 'base' : entry.selected ? 'selected' : 'muted',
    }));
}

export function countTable(
  counts: readonly CategoryCount[],
  title: string,
  category: string,
  { t, format }: I18n,
): TableModel {
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return {
    caption: t('national-counts.table.caption', { title, count: total }),
    columns: [
      { key: 'category', label: category },
      { key: 'count', label: t('national-counts.table.count'), numeric: true },
      { key: 'share', label: t('national-counts.table.share'), numeric: true },
      { key: 'selected', label: t('national-counts.table.selected') },
    ],
    rows: counts.map((entry) => ({
      key: entry.id,
      cells: [
        cell(entry.label),
        cell(format.integer(entry.count), entry.count),
        shareCell(entry.count, total),
        cell(entry.selected ? t('national-counts.table.yes') : t('national-counts.table.no')),
      ],
    })),
  };
}

/** Poles per theme or per 2013 region; a click on a bar toggles that filter (the filter bar offers the same by keyboard). */
export function buildCountsCard(
  dimension: Dimension,
  data: Dataset,
  view: CardView,
  { i18n }: CardOptions,
): CardModel {
  const { t } = i18n;
  const config = CONFIG[dimension];
  const scheme = view.regionScheme;
  const options = facetOptions(dimension, data, scheme, i18n);
  // Regions where no pole has its seat are left out here (the map shows them as zeros).
  const seated = new Set(facetColumn(data.poles, dimension, scheme).values);
  const counts = facetCounts(
    data.poles,
    dimension,
    dimension === 'regions' ? options.filter((option) => seated.has(option.id)) : options,
    view,
  );
  const title = countsTitle(dimension, scheme, i18n);
  const anySelected = view.filters[dimension].length > 0;
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return makeCard({
    id: CARD_IDS[dimension],
    title,
    caveats: dimension === 'themes' ? [t('national-counts.themesCaveat')] : [],
    takeaway: leaderTakeaway(
      counts,
      dimension,
      i18n,
      leaderDoubts(data.poles, dimension, counts, view, i18n),
    ),
    hint: t('national-counts.hint', { selected: anySelected ? 'yes' : 'no' }),
    chart: { kind: 'bars', bars: countBars(counts, i18n), select: dimension },
    table: countTable(counts, title, t(config.category, { scheme }), i18n),
    legend: anySelected
      ? [
          { label: t('national-counts.legend.selected'), swatch: 'bar', role: 'selected' },
          { label: t('national-counts.legend.muted'), swatch: 'bar', role: 'muted' },
        ]
      : [],
    sources: nationalSources(data.poles, data.sources, i18n),
    exportName: config.exportName,
    empty: total === 0 ? { message: t('national-counts.empty'), reset: hasFilters(view.filters) } : null,
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
  title: (view, { i18n }) => countsTitle(dimension, view.regionScheme, i18n),
  // Status, year and class come from poles.csv alone; themes and regions also need their own file.
  needs:
    dimension === 'themes' ? ['poles', 'themes'] : dimension === 'regions' ? ['poles', 'regions'] : ['poles'],
  reservedHeight: CONFIG[dimension].reservedHeight,
  inputs: (view) => [view.filters, view.regionScheme],
  build: (data, view, options) => buildCountsCard(dimension, data, view, options),
});

export const themesCard = countsCard('themes');
export const regionsCard = countsCard('regions');
export const categoriesCard = countsCard('categories');
export const yearsCard = countsCard('years');
export const evaluationsCard = countsCard('evaluations');
