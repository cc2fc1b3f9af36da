import { useViewFilters } from '../../store/view-override';
import { useMemo } from 'react';
import { CardShell } from '../../components/card-shell';
import { CategoryCountCard } from '../../components/category-count-card';
import { regionCounts, themeCounts } from '../../selectors/category-counts';
import { hasFilters } from '../../selectors/filter-poles';
import { nationalSources } from '../../selectors/national-sources';
import { readiness } from '../../selectors/readiness';
import { leaderTakeaway } from '../../selectors/takeaways';
import { useDashboard, type Dimension } from '../../store/store';

const CONFIG = {
  themes: {
    title: 'Pôles par thème',
    category: 'Thème',
    noun: 'thèmes',
    verb: 'est le thème le plus représenté',
    csv: 'poles-par-theme',
  },
  regions: {
    title: 'Pôles par région du siège (régions de 2013)',
    category: 'Région (2013)',
    noun: 'régions',
    verb: 'accueille le plus de sièges de pôles',
    csv: 'poles-par-region',
  },
} as const;

/** The national count of poles by theme or by 2013 region. */
export function CountsCard({ dimension }: { readonly dimension: Dimension }) {
  const poles = useDashboard((s) => s.files.poles);
  const categories = useDashboard((s) => (dimension === 'themes' ? s.files.themes : s.files.regions));
  const regions = useDashboard((s) => s.files.regions);
  const themes = useDashboard((s) => s.files.themes);
  const sources = useDashboard((s) => s.files.sources);
  const filters = useViewFilters();
  const toggle = useDashboard((s) => s.toggleFilter);
  const reset = useDashboard((s) => s.resetFilters);
  const config = CONFIG[dimension];

  const counts = useMemo(() => {
    if (poles.rows === null) return [];
    if (dimension === 'themes')
      return themes.rows === null ? [] : themeCounts(poles.rows, themes.rows, filters);
    return regions.rows === null ? [] : regionCounts(poles.rows, regions.rows, filters);
  }, [dimension, poles.rows, themes.rows, regions.rows, filters]);

  return (
    <CardShell
      title={config.title}
      readiness={readiness([poles, categories])}
      reservedHeight={dimension === 'themes' ? 560 : 820}
    >
      {() => (
        <CategoryCountCard
          title={config.title}
          takeaway={leaderTakeaway(counts, config.noun, config.verb)}
          categoryLabel={config.category}
          counts={counts}
          sources={nationalSources(poles.rows ?? [], sources.rows)}
          exportName={config.csv}
          onToggle={(id) => toggle(dimension, id)}
          onReset={hasFilters(filters) ? reset : undefined}
          anySelected={filters[dimension].length > 0}
        />
      )}
    </CardShell>
  );
}
