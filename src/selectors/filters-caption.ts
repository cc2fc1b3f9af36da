import type { Filters } from '../model/view';

/** "Filtres : thème Énergie ; région Centre", or that there is none: printed on handouts, slides and exported images. */
export function filtersCaption(
  filters: Filters,
  themeLabel: (id: string) => string,
  regionLabel: (id: string) => string,
): string {
  const parts = [
    filters.themes.length === 0
      ? null
      : `thème${filters.themes.length > 1 ? 's' : ''} ${filters.themes.map(themeLabel).join(', ')}`,
    filters.regions.length === 0
      ? null
      : `région${filters.regions.length > 1 ? 's' : ''} ${filters.regions.map(regionLabel).join(', ')}`,
  ].filter((part) => part !== null);
  return parts.length === 0 ? 'Filtres : aucun' : `Filtres : ${parts.join(' ; ')}`;
}
