import { useViewFilters } from '../../store/view-override';
import { lazy, useMemo } from 'react';
import { CardShell } from '../../components/card-shell';
import { ChartCard } from '../../components/chart-card';
import type { LegendItem } from '../../components/legend';
import { hasFilters } from '../../selectors/filter-poles';
import { fundingSeries } from '../../selectors/funding';
import { readiness } from '../../selectors/readiness';
import { citation, sourceIndex } from '../../selectors/sources';
import { useDashboard } from '../../store/store';
import { fundingTable, fundingTakeaway } from './funding-view';

const FundingChart = lazy(() =>
  import('./funding-chart').then((module) => ({ default: module.FundingChart })),
);

const TITLE = 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)';
const HEIGHT = 320;
const NOT_FILTERED =
  'Ce montant ne suit pas les filtres : le communiqué ne le ventile ni par pôle ni par thème ; il concerne les 4 pôles du Centre ensemble.';

const LEGEND: readonly LegendItem[] = [
  {
    label: 'Montant annuel estimé : total réparti à parts égales (la source ne donne que le total)',
    swatch: 'hatch',
    role: 'estimate',
  },
  { label: 'Cumul estimé', swatch: 'line', role: 'cumulative' },
  { label: 'Total annoncé par la source', swatch: 'dash', role: 'total' },
];

export function FundingCard() {
  const funding = useDashboard((s) => s.files.funding);
  const sources = useDashboard((s) => s.files.sources);
  const filtered = hasFilters(useViewFilters());
  const series = useMemo(() => fundingSeries(funding.rows ?? []), [funding.rows]);

  return (
    <CardShell title={TITLE} readiness={readiness([funding])} reservedHeight={HEIGHT + 200}>
      {() => {
        const source =
          series.total === null ? undefined : sourceIndex(sources.rows).get(series.total.source_id);
        return (
          <ChartCard
            title={TITLE}
            takeaway={fundingTakeaway(series)}
            sources={[source === undefined ? (series.total?.source_id ?? '—') : citation(source)]}
            table={fundingTable(series)}
            exportName="financement-etat-poles-centre-2013-2018"
            chartHeight={HEIGHT}
            renderChart={(width) => <FundingChart series={series} width={width} height={HEIGHT} />}
            legend={LEGEND}
            notice={
              filtered ? (
                <p className="notice" role="note">
                  {NOT_FILTERED}
                </p>
              ) : null
            }
            noticeText={filtered ? NOT_FILTERED : undefined}
          />
        );
      }}
    </CardShell>
  );
}
