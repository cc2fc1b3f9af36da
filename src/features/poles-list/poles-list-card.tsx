import { useViewFilters } from '../../store/view-override';
import { useMemo } from 'react';
import { CardShell } from '../../components/card-shell';
import { ChartCard } from '../../components/chart-card';
import { EmptyState } from '../../components/empty-state';
import { plural } from '../../lib/format';
import { filterPoles, hasFilters } from '../../selectors/filter-poles';
import { labelIndex } from '../../selectors/labels';
import { nationalSources } from '../../selectors/national-sources';
import { readiness } from '../../selectors/readiness';
import { sourceIndex } from '../../selectors/sources';
import { useDashboard } from '../../store/store';
import { MAX_COMPARED } from '../../store/url-state';
import { polesTable } from './poles-table';

const TITLE = 'Liste des pôles';

export function PolesListCard() {
  const poles = useDashboard((s) => s.files.poles);
  const themes = useDashboard((s) => s.files.themes);
  const regions = useDashboard((s) => s.files.regions);
  const sources = useDashboard((s) => s.files.sources);
  const filters = useViewFilters();
  const reset = useDashboard((s) => s.resetFilters);
  const compared = useDashboard((s) => s.compared);
  const toggleCompared = useDashboard((s) => s.toggleCompared);
  const inView = useMemo(() => filterPoles(poles.rows ?? [], filters), [poles.rows, filters]);
  const table = useMemo(() => {
    const bySource = sourceIndex(sources.rows);
    return polesTable(inView, poles.rows?.length ?? 0, {
      theme: labelIndex(themes.rows),
      region: labelIndex(regions.rows),
      source: (id) => bySource.get(id),
    });
  }, [inView, poles.rows, themes.rows, regions.rows, sources.rows]);

  const doubts = inView.filter((pole) => pole.doubt !== null).length;
  const total = poles.rows?.length ?? 0;
  const takeaway = `${plural(inView.length, 'pôle')} sur ${total}${hasFilters(filters) ? ' correspondent aux filtres' : ''}, dont ${doubts} avec une réserve sur un fait (colonne « Réserve »). Cliquez sur un en-tête pour trier ; cochez jusqu’à ${MAX_COMPARED} pôles pour les comparer côte à côte.`;

  return (
    <CardShell title={TITLE} readiness={readiness([poles, themes, regions])} reservedHeight={600}>
      {() => (
        <ChartCard
          title={TITLE}
          takeaway={takeaway}
          sources={nationalSources(poles.rows ?? [], sources.rows)}
          table={table}
          exportName="liste-poles"
          chartHeight={0}
          sortableTable
          rowControl={{
            label: 'Comparer',
            render: (id) => {
              const checked = compared.includes(id);
              const name = poles.rows?.find((pole) => pole.id === id)?.name ?? id;
              return (
                <input
                  type="checkbox"
                  aria-label={`Comparer ${name}`}
                  checked={checked}
                  disabled={!checked && compared.length >= MAX_COMPARED}
                  onChange={() => toggleCompared(id)}
                />
              );
            },
          }}
          className="card-wide card-list"
          empty={
            inView.length === 0 ? (
              <EmptyState message="Aucun pôle ne correspond aux filtres." onReset={reset} />
            ) : undefined
          }
        />
      )}
    </CardShell>
  );
}
