import { DIMENSIONS, type Dimension, type Filters, type RegionScheme } from '../model/view';

const NOUNS: Readonly<Record<Dimension, readonly [string, string]>> = {
  themes: ['thème', 'thèmes'],
  regions: ['région', 'régions'],
  categories: ['statut', 'statuts'],
  years: ['année de label', 'années de label'],
  evaluations: ['évaluation 2012', 'évaluations 2012'],
};

/** "Filtres : thème Énergie ; région Centre", or that there is none: printed on handouts, slides and exported images. */
export function filtersCaption(
  filters: Filters,
  label: (dimension: Dimension, id: string) => string,
  scheme: RegionScheme = '2013',
): string {
  const parts = DIMENSIONS.flatMap((dimension) => {
    const ids = filters[dimension];
    if (ids.length === 0) return [];
    const [one, many] = NOUNS[dimension];
    const noun = `${ids.length > 1 ? many : one}${dimension === 'regions' && scheme === '2016' ? ' (2016)' : ''}`;
    return [`${noun} ${ids.map((id) => label(dimension, id)).join(', ')}`];
  });
  return parts.length === 0 ? 'Filtres : aucun' : `Filtres : ${parts.join(' ; ')}`;
}
