import { useMemo } from 'react';
import { MultiSelect } from '../../components/multi-select';
import { plural } from '../../lib/format';
import { regionCounts, themeCounts } from '../../selectors/category-counts';
import { hasFilters, type Dimension } from '../../model/view';
import { filterPoles } from '../../selectors/filter-poles';
import { labelIndex } from '../../selectors/labels';
import { useDashboard } from '../../store/store';

const DIMENSION_LABEL: Readonly<Record<Dimension, string>> = { themes: 'Thème', regions: 'Région' };
const IGNORED_LABEL: Readonly<Record<Dimension | 'compared', string>> = {
  themes: 'thème',
  regions: 'région',
  compared: 'pôle à comparer',
};

/** Theme and region filters with counts per option, the active filters as removable chips, and a reset. */
export function FilterPanel() {
  const poles = useDashboard((s) => s.files.poles);
  const themes = useDashboard((s) => s.files.themes);
  const regions = useDashboard((s) => s.files.regions);
  const filters = useDashboard((s) => s.view.filters);
  const ignored = useDashboard((s) => s.ignoredIds);
  const act = useDashboard((s) => s.act);
  const dismiss = useDashboard((s) => s.dismissIgnoredIds);
  const toggle = (dimension: Dimension, id: string) => act({ type: 'toggle-filter', dimension, id });

  const themeOptions = useMemo(
    () =>
      (poles.rows === null || themes.rows === null ? [] : themeCounts(poles.rows, themes.rows, filters)).sort(
        (a, b) => a.label.localeCompare(b.label, 'fr'),
      ),
    [poles.rows, themes.rows, filters],
  );
  const regionOptions = useMemo(
    () =>
      (poles.rows === null || regions.rows === null
        ? []
        : regionCounts(poles.rows, regions.rows, filters)
      ).sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    [poles.rows, regions.rows, filters],
  );
  const label = { themes: labelIndex(themes.rows), regions: labelIndex(regions.rows) };
  const inView = poles.rows === null ? null : filterPoles(poles.rows, filters).length;
  const chips = (['themes', 'regions'] as const).flatMap((dimension) =>
    filters[dimension].map((id) => ({ dimension, id })),
  );

  return (
    <div className="filter-panel">
      <div className="filter-controls" role="group" aria-label="Filtres">
        <MultiSelect
          label="Thème"
          options={themeOptions}
          selected={filters.themes}
          onToggle={(id) => toggle('themes', id)}
          disabled={themeOptions.length === 0}
        />
        <MultiSelect
          label="Région du siège (2013)"
          options={regionOptions}
          selected={filters.regions}
          onToggle={(id) => toggle('regions', id)}
          disabled={regionOptions.length === 0}
        />
        <p className="filter-count" role="status">
          {inView === null
            ? ''
            : hasFilters(filters)
              ? `${plural(inView, 'pôle')} sur ${poles.rows?.length ?? 0}`
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
                  aria-label={`Retirer le filtre ${DIMENSION_LABEL[dimension]} : ${label[dimension](id)}`}
                >
                  <span className="chip-kind">{DIMENSION_LABEL[dimension]} :</span> {label[dimension](id)}{' '}
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
      {ignored.length > 0 ? (
        <div className="notice notice-warning" role="status">
          <p>
            Éléments de l’adresse ignorés car inconnus :{' '}
            {ignored.map(({ dimension, id }) => `${IGNORED_LABEL[dimension]} « ${id} »`).join(', ')}.
          </p>
          <button type="button" onClick={dismiss}>
            Masquer
          </button>
        </div>
      ) : null}
    </div>
  );
}
