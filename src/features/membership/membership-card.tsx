import { useMembersScope, useViewFilters } from '../../store/view-override';
import { useMemo } from 'react';
import { CardShell } from '../../components/card-shell';
import { ChartCard } from '../../components/chart-card';
import { useRenderSettings } from '../../components/render-context';
import { horizontalBarChartHeight } from '../../components/bar-chart-layout';
import { LazyHorizontalBarChart } from '../../components/lazy-charts';
import { EmptyState } from '../../components/empty-state';
import { plural } from '../../lib/format';
import { hasFilters } from '../../selectors/filter-poles';
import { labelIndex } from '../../selectors/labels';
import { membership } from '../../selectors/membership';
import { readiness } from '../../selectors/readiness';
import { citation, sourceIndex } from '../../selectors/sources';
import { useDashboard } from '../../store/store';
import { membershipBars, membershipTable, membershipTakeaway } from './membership-view';

const TITLE = 'Adhérents des pôles';

export function MembershipCard() {
  const poles = useDashboard((s) => s.files.poles);
  const themes = useDashboard((s) => s.files.themes);
  const sources = useDashboard((s) => s.files.sources);
  const filters = useViewFilters();
  const scope = useMembersScope();
  const setScope = useDashboard((s) => s.setMembersScope);
  const resetFilters = useDashboard((s) => s.resetFilters);

  const { rowHeight } = useRenderSettings();
  const data = useMemo(
    () => (poles.rows === null ? null : membership(poles.rows, filters, scope)),
    [poles.rows, filters, scope],
  );
  const themeLabel = useMemo(() => labelIndex(themes.rows), [themes.rows]);
  const ready = readiness([poles, themes]);

  return (
    <CardShell title={TITLE} readiness={ready} reservedHeight={horizontalBarChartHeight(4) + 200}>
      {() => {
        if (data === null) return null;
        const bySource = sourceIndex(sources.rows);
        const cited = [...new Set(data.bars.map((bar) => bar.sourceId))];
        const citations =
          cited.length <= 2
            ? cited.map((id) => {
                const source = bySource.get(id);
                return source === undefined ? id : citation(source);
              })
            : [
                `${plural(cited.length, 'source')} différentes, une par pôle (voir la liste des pôles et data/sources.csv)`,
              ];
        const bars = membershipBars(data);
        const title = scope === 'centre' ? 'Adhérents des pôles du Centre' : 'Adhérents des pôles en vue';
        return (
          <ChartCard
            title={title}
            takeaway={membershipTakeaway(data, scope)}
            sources={citations.length > 0 ? citations : ['—']}
            table={membershipTable(data, themeLabel)}
            exportName={scope === 'centre' ? 'adherents-poles-centre' : 'adherents-poles'}
            chartHeight={horizontalBarChartHeight(bars.length, rowHeight)}
            legend={
              bars.some((bar) => bar.tone === 'centre') && bars.some((bar) => bar.tone !== 'centre')
                ? [
                    {
                      label: 'Pôle dont le siège est en région Centre (mention « Centre »)',
                      swatch: 'bar',
                      role: 'centre',
                    },
                    { label: 'Autre pôle', swatch: 'bar', role: 'base' },
                  ]
                : []
            }
            renderChart={(width) => <LazyHorizontalBarChart bars={bars} width={width} ariaLabel={title} />}
            controls={
              <div className="view-switch" role="group" aria-label="Pôles comptés">
                <button type="button" aria-pressed={scope === 'centre'} onClick={() => setScope('centre')}>
                  Pôles du Centre
                </button>
                <button type="button" aria-pressed={scope === 'all'} onClick={() => setScope('all')}>
                  Tous les pôles
                </button>
              </div>
            }
            notice={
              data.comparable ? null : (
                <p className="notice">
                  Les effectifs viennent de sources et d’années différentes
                  {data.years.length > 0 ? ` (${data.years[0]}–${data.years[data.years.length - 1]})` : ''} et
                  ne comptent pas tous la même chose : ils ne s’additionnent pas. L’année de chaque chiffre
                  est indiquée.
                </p>
              )
            }
            empty={
              data.bars.length === 0 && data.unknown.length === 0 ? (
                <EmptyState
                  message={
                    scope === 'centre'
                      ? 'Aucun des 4 pôles du Centre ne correspond aux filtres.'
                      : 'Aucun pôle ne correspond aux filtres.'
                  }
                  onReset={hasFilters(filters) ? resetFilters : undefined}
                />
              ) : undefined
            }
            footnote={
              data.unknown.length > 0 ? (
                <p className="footnote">
                  <strong>Effectif inconnu ({data.unknown.length}) :</strong>{' '}
                  {data.unknown.map((pole) => pole.name).join(', ')}. Ces pôles ne sont pas dessinés : aucune
                  source datée ne donne leur nombre d’adhérents.
                </p>
              ) : null
            }
          />
        );
      }}
    </CardShell>
  );
}
