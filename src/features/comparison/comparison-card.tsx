import { useMemo } from 'react';
import { horizontalBarChartHeight } from '../../components/bar-chart-layout';
import { CardShell } from '../../components/card-shell';
import { ChartCard } from '../../components/chart-card';
import { LazyHorizontalBarChart } from '../../components/lazy-charts';
import { useRenderSettings } from '../../components/render-context';
import { comparedPoles } from '../../selectors/comparison';
import { labelIndex } from '../../selectors/labels';
import { readiness } from '../../selectors/readiness';
import { citation, sourceIndex } from '../../selectors/sources';
import { useDashboard } from '../../store/store';
import { MAX_COMPARED } from '../../store/url-state';
import { comparisonBars, comparisonTable, comparisonTakeaway } from './comparison-view';

const TITLE = 'Comparaison côte à côte';

/** The poles ticked in the list, side by side; empty, it says how to fill it. */
export function ComparisonCard() {
  const poles = useDashboard((s) => s.files.poles);
  const themes = useDashboard((s) => s.files.themes);
  const regions = useDashboard((s) => s.files.regions);
  const sources = useDashboard((s) => s.files.sources);
  const ids = useDashboard((s) => s.compared);
  const toggle = useDashboard((s) => s.toggleCompared);
  const clear = useDashboard((s) => s.clearCompared);
  const { rowHeight } = useRenderSettings();
  const compared = useMemo(() => comparedPoles(poles.rows ?? [], ids), [poles.rows, ids]);

  if (ids.length === 0) {
    return (
      <section className="card card-wide card-hint" aria-labelledby="comparison-hint">
        <h3 id="comparison-hint">{TITLE}</h3>
        <p className="takeaway">
          Cochez jusqu’à {MAX_COMPARED} pôles dans la colonne « Comparer » de la liste ci-dessous pour les
          voir côte à côte.
        </p>
      </section>
    );
  }

  return (
    <CardShell title={TITLE} readiness={readiness([poles, themes, regions])} reservedHeight={400}>
      {() => {
        const bySource = sourceIndex(sources.rows);
        const bars = comparisonBars(compared);
        const unknown = compared.filter((pole) => pole.members === null);
        const cited = [...new Set(compared.map((pole) => pole.source_id))].map((id) => {
          const source = bySource.get(id);
          return source === undefined ? id : citation(source);
        });
        return (
          <ChartCard
            title={TITLE}
            takeaway={comparisonTakeaway(compared)}
            sources={cited}
            table={comparisonTable(compared, {
              theme: labelIndex(themes.rows),
              region: labelIndex(regions.rows),
              source: (id) => bySource.get(id),
            })}
            exportName="comparaison-poles"
            defaultView="table"
            className="card-wide"
            chartHeight={horizontalBarChartHeight(Math.max(1, bars.length), rowHeight)}
            renderChart={(width) => (
              <LazyHorizontalBarChart bars={bars} width={width} ariaLabel="Adhérents des pôles comparés" />
            )}
            controls={
              <div className="chips">
                <ul aria-label="Pôles comparés">
                  {compared.map((pole) => (
                    <li key={pole.id}>
                      <button
                        type="button"
                        className="chip"
                        onClick={() => toggle(pole.id)}
                        aria-label={`Retirer ${pole.name} de la comparaison`}
                      >
                        {pole.name} <span aria-hidden="true">×</span>
                      </button>
                    </li>
                  ))}
                </ul>
                <button type="button" className="reset" onClick={clear}>
                  Vider la comparaison
                </button>
              </div>
            }
            footnote={
              unknown.length > 0 ? (
                <p className="footnote">
                  <strong>Effectif inconnu :</strong> {unknown.map((pole) => pole.name).join(', ')} (non
                  dessiné).
                </p>
              ) : null
            }
          />
        );
      }}
    </CardShell>
  );
}
