import type { Pole } from '../data/schemas';
import type { Filters } from '../model/view';
import { filterPoles } from './filter-poles';

export interface CategoryCount {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly selected: boolean;
}

interface Labelled {
  readonly id: string;
  readonly label: string;
}

function countBy(
  poles: readonly Pole[],
  categories: readonly Labelled[],
  key: (pole: Pole) => string,
  selected: readonly string[],
): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const pole of poles) counts.set(key(pole), (counts.get(key(pole)) ?? 0) + 1);
  return categories
    .map((category) => ({
      id: category.id,
      label: category.label,
      count: counts.get(category.id) ?? 0,
      selected: selected.includes(category.id),
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
}

/** Poles per theme under the region filter only, so that every theme stays visible and clickable; selected themes are flagged. */
export function themeCounts(
  poles: readonly Pole[],
  themes: readonly Labelled[],
  filters: Filters,
): CategoryCount[] {
  const inRegions = filterPoles(poles, { themes: [], regions: filters.regions });
  return countBy(inRegions, themes, (pole) => pole.theme, filters.themes);
}

/** Poles per 2013 region under the theme filter only; regions with no pole at all are left out. */
export function regionCounts(
  poles: readonly Pole[],
  regions: readonly (Labelled & { readonly in_2013: boolean })[],
  filters: Filters,
): CategoryCount[] {
  const inThemes = filterPoles(poles, { themes: filters.themes, regions: [] });
  const seated = new Set(poles.map((pole) => pole.region_2013));
  const candidates = regions.filter((region) => region.in_2013 && seated.has(region.id));
  return countBy(inThemes, candidates, (pole) => pole.region_2013, filters.regions);
}

/** The label(s) with the highest count, for takeaways; empty when every count is zero. */
export function leaders(counts: readonly CategoryCount[]): CategoryCount[] {
  const top = Math.max(0, ...counts.map((entry) => entry.count));
  return top === 0 ? [] : counts.filter((entry) => entry.count === top);
}
