import type { CardDefinition } from '../../components/card/card-definition';
import type { Dataset } from '../../data/dataset';
import { makeCard, type CardModel } from '../../components/card/card-model';
import type { HorizontalBar } from '../../components/charts/chart-spec';
import { cell, type TableModel } from '../../components/table-model';
import { formatInteger, formatPercent, plural } from '../../lib/format';
import { hasFilters, type CardView, type Dimension } from '../../model/view';
import { regionCounts, themeCounts, type CategoryCount } from '../../selectors/category-counts';
import { nationalSources } from '../../selectors/national-sources';
import { leaderTakeaway } from './counts-takeaway';

const CONFIG = {
  themes: {
    title: 'Pôles par thème',
    category: 'Thème',
    noun: 'thèmes',
    verb: 'est le thème le plus représenté',
    exportName: 'poles-par-theme',
    reservedHeight: 560,
  },
  regions: {
    title: 'Pôles par région du siège (régions de 2013)',
    category: 'Région (2013)',
    noun: 'régions',
    verb: 'accueille le plus de sièges de pôles',
    exportName: 'poles-par-region',
    reservedHeight: 820,
  },
} as const;

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
        cell(
          total === 0 ? '—' : formatPercent(entry.count / total),
          total === 0 ? null : Number((entry.count / total).toFixed(4)),
        ),
        cell(entry.selected ? 'oui' : 'non'),
      ],
    })),
  };
}

/** Poles per theme or per 2013 region; a click on a bar toggles that filter (the filter bar offers the same by keyboard). */
export function buildCountsCard(dimension: Dimension, data: Dataset, view: CardView): CardModel {
  const config = CONFIG[dimension];
  const counts =
    dimension === 'themes'
      ? themeCounts(data.poles, data.themes, view.filters)
      : regionCounts(data.poles, data.regions, view.filters);
  const anySelected = view.filters[dimension].length > 0;
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return makeCard({
    id: dimension,
    title: config.title,
    takeaway: leaderTakeaway(counts, config.noun, config.verb),
    hint: `Cliquez sur une barre pour filtrer (ou utilisez les filtres en haut de page)${anySelected ? ' ; ✓ marque un filtre actif' : ''}.`,
    chart: { kind: 'bars', bars: countBars(counts), select: dimension },
    table: countTable(counts, config.title, config.category),
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

const countsCard = (dimension: Dimension): CardDefinition => ({
  id: dimension,
  title: () => CONFIG[dimension].title,
  needs: ['poles', dimension],
  reservedHeight: CONFIG[dimension].reservedHeight,
  build: (data, view) => buildCountsCard(dimension, data, view),
});

export const themesCard = countsCard('themes');
export const regionsCard = countsCard('regions');
