import { useDeferredValue, useMemo } from 'react';
import { MultiSelect } from '../../components/multi-select';
import { plural } from '../../lib/format';
import { DIMENSIONS, hasFilters, type Dimension } from '../../model/view';
import { facetCounts, facetLabels, facetOptions } from '../../selectors/facets';
import { filterPoles } from '../../selectors/filter-poles';
import { useDashboard } from '../../store/store';
import { IgnoredNotice } from './ignored-notice';
import { RegionSchemeSwitch } from './region-scheme-switch';

/** The facet's name on its control and its chips; the region's says which map it uses. */
export const FACET_LABEL: Readonly<Record<Dimension, string>> = {
  themes: 'Thème',
  regions: 'Région',
  categories: 'Statut',
  years: 'Année du label',
  evaluations: 'Évaluation 2012',
};

// One collator for every sort: localeCompare with a locale builds one per call.
const byLabel = new Intl.Collator('fr');

/** Every facet with counts per option, the map of regions, the active filters as removable chips, and a reset. */
export function FilterPanel() {
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
            : facetCounts(data.poles, dimension, facetOptions(dimension, data, regionScheme), view).sort(
                (a, b) =>
                  dimension === 'years' ? a.id.localeCompare(b.id) : byLabel.compare(a.label, b.label),
              ),
      })),
    [data, regionScheme, view],
  );
  const label = useMemo(() => facetLabels(data), [data]);
  const inView = files.poles.rows === null ? null : filterPoles(files.poles.rows, view).length;
  const chips = DIMENSIONS.flatMap((dimension) => filters[dimension].map((id) => ({ dimension, id })));

  return (
    <div className="filter-panel">
      <div className="filter-controls" role="group" aria-label="Filtres">
        {facets.map(({ dimension, options }) => (
          <MultiSelect
            key={dimension}
            label={dimension === 'regions' ? `Région du siège (${regionScheme})` : FACET_LABEL[dimension]}
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
              ? `${plural(inView, 'pôle')} sur ${files.poles.rows?.length ?? 0}`
              : `${plural(inView, 'pôle')}, aucun filtre`}
        </p>
      </div>
      {chips.length > 0 ? (
        <div className="chips">
          <ul aria-label="Filtres actifs">
            {chips.map(({ dimension, id }) => (
              <li key={`${dimension}-${id}`}>
                <button
                  type="button"
                  className="chip"
                  onClick={() => act({ type: 'remove-filter', dimension, id })}
                  aria-label={`Retirer le filtre ${FACET_LABEL[dimension]} : ${label(dimension, id)}`}
                >
                  <span className="chip-kind">{FACET_LABEL[dimension]} :</span> {label(dimension, id)}{' '}
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="reset" onClick={() => act({ type: 'reset-filters' })}>
            Réinitialiser les filtres
          </button>
        </div>
      ) : null}
      <IgnoredNotice />
    </div>
  );
}
