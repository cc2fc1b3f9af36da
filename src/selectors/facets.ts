import type { Pole, Region, Theme } from '../data/schemas';
import type { Dimension, RegionScheme } from '../model/view';
import type { Selection } from './filter-poles';
import { facetColumn, indexedCounts } from './pole-index';
import { CATEGORY_LABELS, EVALUATION_LABELS } from './labels';

export interface FacetOption {
  readonly id: string;
  readonly label: string;
}

export interface CategoryCount extends FacetOption {
  readonly count: number;
  readonly selected: boolean;
}

/** The data a facet draws its options from. */
export interface FacetData {
  readonly poles: readonly Pole[];
  readonly themes: readonly Theme[];
  readonly regions: readonly Region[];
}

const entries = (labels: Readonly<Record<string, string>>): FacetOption[] =>
  Object.entries(labels).map(([id, label]) => ({ id, label }));

/** Every option of a facet, in its natural order: themes and regions from their files, years from the data. */
export function facetOptions(dimension: Dimension, data: FacetData, scheme: RegionScheme): FacetOption[] {
  switch (dimension) {
    case 'themes':
      return data.themes.map(({ id, label }) => ({ id, label }));
    case 'regions':
      return data.regions
        .filter((region) => (scheme === '2016' ? region.in_2016 : region.in_2013))
        .map(({ id, label }) => ({ id, label }));
    case 'categories':
      return entries(CATEGORY_LABELS);
    case 'evaluations':
      return entries(EVALUATION_LABELS);
    case 'years':
      return [...facetColumn(data.poles, 'years', scheme).values]
        .sort((a, b) => Number(a) - Number(b))
        .map((year) => ({ id: year, label: year }));
  }
}

/**
 * Poles per option under every filter but this facet's own, so that every option stays visible and clickable;
 * largest first, selected options flagged.
 */
export function facetCounts(
  poles: readonly Pole[],
  dimension: Dimension,
  options: readonly FacetOption[],
  selection: Selection,
): CategoryCount[] {
  const counts = indexedCounts(poles, dimension, selection);
  const selected = selection.filters[dimension];
  return options
    .map((option) => ({
      id: option.id,
      label: option.label,
      count: counts.get(option.id) ?? 0,
      selected: selected.includes(option.id),
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
}

/** The label(s) with the highest count, for takeaways; empty when every count is zero. */
export function leaders(counts: readonly CategoryCount[]): CategoryCount[] {
  const top = Math.max(0, ...counts.map((entry) => entry.count));
  return top === 0 ? [] : counts.filter((entry) => entry.count === top);
}

/** A label for an option id of any facet. */
export function facetLabel(options: readonly FacetOption[]): (id: string) => string {
  const labels = new Map(options.map((option) => [option.id, option.label]));
  return (id) => labels.get(id) ?? id;
}

/** Labels of every facet's options, for chips and captions. */
export function facetLabels(data: FacetData): (dimension: Dimension, id: string) => string {
  const byDimension = new Map<Dimension, (id: string) => string>([
    ['themes', facetLabel(facetOptions('themes', data, '2013'))],
    ['regions', facetLabel(data.regions.map(({ id, label }) => ({ id, label })))],
    ['categories', facetLabel(facetOptions('categories', data, '2013'))],
    ['years', (id: string) => id],
    ['evaluations', facetLabel(facetOptions('evaluations', data, '2013'))],
  ]);
  return (dimension, id) => byDimension.get(dimension)?.(id) ?? id;
}
