import { useDeferredValue, useMemo } from 'react';
import { useI18n } from '../../components/i18n-context';
import { MultiSelect } from '../../components/multi-select';
import { DIMENSIONS, hasFilters, type Dimension } from '../../model/view';
import { facetCounts, facetLabels, facetOptions } from '../../selectors/facets';
import { filterPoles } from '../../selectors/filter-poles';
import { useDashboard } from '../../store/store';
import { IgnoredNotice } from './ignored-notice';
import { RegionSchemeSwitch } from './region-scheme-switch';

/** The facet's name on its chips (message ids); the control of the regions also says which map it uses. */
export const FACET_LABEL: Readonly<Record<Dimension, string>> = {
  themes: 'filters.facet.themes',
  regions: 'filters.facet.regionsChip',
  categories: 'filters.facet.categories',
  years: 'filters.facet.years',
  evaluations: 'filters.facet.evaluations',
};

// One collator for every sort: localeCompare with a locale builds one per call.
const byLabel = new Intl.Collator('fr');

/** Every facet with counts per option, the map of regions, the active filters as removable chips, and a reset. */
export function FilterPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  // New rows (an import) are counted in a render React can interrupt; a tick still updates the counts at once.
  const files = useDeferredValue(useDashboard((s) => s.files));
  const view = useDashboard((s) => s.view);
  const act = useDashboard((s) => s.act);
  const { filters, regionScheme } = view;
  const data = useMemo(
    () => ({
      poles: files.poles.rows ?? [],
      themes: files.themes.rows ?? [],
      regions: files.regions.rows ?? [],
    }),
    [files.poles.rows, files.themes.rows, files.regions.rows],
  );
  const facets = useMemo(
    () =>
      DIMENSIONS.map((dimension) => ({
        dimension,
        options:
          data.poles.length === 0
            ? []
            : facetCounts(
                data.poles,
                dimension,
                facetOptions(dimension, data, regionScheme, i18n),
                view,
              ).sort((a, b) =>
                dimension === 'years' ? a.id.localeCompare(b.id) : byLabel.compare(a.label, b.label),
              ),
      })),
    [data, regionScheme, view, i18n],
  );
  const label = useMemo(() => facetLabels(data, i18n), [data, i18n]);
  const inView = files.poles.rows === null ? null : filterPoles(files.poles.rows, view).length;
  const chips = DIMENSIONS.flatMap((dimension) => filters[dimension].map((id) => ({ dimension, id })));

  return (
    <div className="filter-panel">
      <div className="filter-controls" role="group" aria-label={t('filters.group')}>
        {facets.map(({ dimension, options }) => (
          <MultiSelect
            key={dimension}
            label={
              dimension === 'regions'
                ? t('filters.facet.regions', { scheme: regionScheme })
                : t(FACET_LABEL[dimension])
            }
            options={options}
            selected={filters[dimension]}
            onToggle={(id) => act({ type: 'toggle-filter', dimension, id })}
            disabled={options.length === 0}
          />
        ))}
        <RegionSchemeSwitch
          scheme={regionScheme}
          onChange={(scheme) => act({ type: 'set-region-scheme', scheme })}
        />
        <p className="filter-count" role="status">
          {inView === null
            ? ''
            : hasFilters(filters)
              ? t('filters.count.filtered', { inView, total: files.poles.rows?.length ?? 0 })
              : t('filters.count.all', { inView })}
        </p>
      </div>
      {chips.length > 0 ? (
        <div className="chips">
          <ul aria-label={t('filters.chips.label')}>
            {chips.map(({ dimension, id }) => (
              <li key={`${dimension}-${id}`}>
                <button
                  type="button"
                  className="chip"
                  onClick={() => act({ type: 'remove-filter', dimension, id })}
                  aria-label={t('filters.chips.remove', {
                    facet: t(FACET_LABEL[dimension]),
                    value: label(dimension, id),
                  })}
                >
                  <span className="chip-kind">
                    {t('filters.chips.kind', { facet: t(FACET_LABEL[dimension]) })}
                  </span>{' '}
                  {label(dimension, id)}
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="reset" onClick={() => act({ type: 'reset-filters' })}>
            {t('filters.reset')}
          </button>
        </div>
      ) : null}
      <IgnoredNotice />
    </div>
  );
}
