import { CATEGORIES, EVALUATIONS, type Pole, type Region, type Theme } from '../data/schemas';
import type { I18n } from '../lib/i18n/i18n';
import { FRENCH } from '../lib/i18n/i18n-for';
import type { Dimension, RegionScheme } from '../model/view';
import type { Selection } from './filter-poles';
import { facetColumn, indexedCounts } from './pole-index';
import { categoryLabel, evaluationLabel, rowLabel } from './labels';

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

/**
 * Every option of a facet, in its natural order and in the language given: themes and regions from their files
 * (`label` / `label_en`), categories and classes from the `labels` catalogue, years from the data.
 */
export function facetOptions(
  dimension: Dimension,
  data: FacetData,
  scheme: RegionScheme,
  i18n: I18n = FRENCH,
): FacetOption[] {
  switch (dimension) {
    case 'themes':
      return data.themes.map((theme) => ({ id: theme.id, label: rowLabel(theme, i18n.lang) }));
    case 'regions':
      return data.regions
        .filter((region) => (scheme === '2016' ? region.in_2016 : region.in_2013))
        .map((region) => ({ id: region.id, label: rowLabel(region, i18n.lang) }));
    case 'categories':
      return CATEGORIES.map((id) => ({ id, label: categoryLabel(id, i18n) }));
    case 'evaluations':
      return EVALUATIONS.map((id) => ({ id, label: evaluationLabel(id, i18n) }));
    case 'years':
      return [...facetColumn(data.poles, 'years', scheme).values]
        .sort((a, b) => Number(a) - Number(b))
        .map((year) => ({ id: year, label: year }));
  }
}

// Labels sort the same in both languages' alphabets; one collator serves every sort.
const byLabel = new Intl.Collator('fr');

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
    .sort((a, b) => b.count - a.count || byLabel.compare(a.label, b.label));
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

/** Labels of every facet's options in the language given, for chips and captions. */
export function facetLabels(
  data: FacetData,
  i18n: I18n = FRENCH,
): (dimension: Dimension, id: string) => string {
  const byDimension = new Map<Dimension, (id: string) => string>([
    ['themes', facetLabel(facetOptions('themes', data, '2013', i18n))],
    [
      'regions',
      facetLabel(data.regions.map((region) => ({ id: region.id, label: rowLabel(region, i18n.lang) }))),
    ],
    ['categories', facetLabel(facetOptions('categories', data, '2013', i18n))],
    ['years', (id: string) => id],
    ['evaluations', facetLabel(facetOptions('evaluations', data, '2013', i18n))],
  ]);
  return (dimension, id) => byDimension.get(dimension)?.(id) ?? id;
}
