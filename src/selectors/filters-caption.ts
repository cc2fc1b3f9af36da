import type { I18n } from '../lib/i18n/i18n';
import { FRENCH } from '../lib/i18n/i18n-for';
import { DIMENSIONS, type Dimension, type Filters, type RegionScheme } from '../model/view';

// ICU plurals: "{count, plural, one {thème} other {thèmes}}" (literal ids, so that the catalogue test sees them).
const NOUNS: Readonly<Record<Dimension, string>> = {
  themes: 'filters.caption.themes',
  regions: 'filters.caption.regions',
  categories: 'filters.caption.categories',
  years: 'filters.caption.years',
  evaluations: 'filters.caption.evaluations',
};

/** "Filtres : thème Énergie ; région Centre", or that there is none: printed on handouts, slides and exported images. */
export function filtersCaption(
  filters: Filters,
  label: (dimension: Dimension, id: string) => string,
  scheme: RegionScheme = '2013',
  i18n: I18n = FRENCH,
): string {
  const { t } = i18n;
  const parts = DIMENSIONS.flatMap((dimension) => {
    const ids = filters[dimension];
    if (ids.length === 0) return [];
    const noun = t(NOUNS[dimension], {
      count: ids.length,
      scheme: dimension === 'regions' ? scheme : '2013',
    });
    const values = ids.map((id) => label(dimension, id)).join(', ');
    return [t('filters.caption.part', { noun, values })];
  });
  return parts.length === 0
    ? t('filters.caption.none')
    : t('filters.caption.some', { parts: parts.join(t('filters.caption.separator')) });
}
