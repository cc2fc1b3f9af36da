import { useViewFilters } from '../../store/view-override';
import { lazy, useMemo } from 'react';
import { CardShell } from '../../components/card-shell';
import { ChartCard } from '../../components/chart-card';
import { useRenderSettings } from '../../components/render-context';
import { timelineLayout } from './timeline-layout';

const TimelineChart = lazy(() =>
  import('./timeline-chart').then((module) => ({ default: module.TimelineChart })),
);
import { cell, type TableModel } from '../../components/table-model';
import type { Milestone, Pole } from '../../data/schemas';
import { formatIsoDate, plural } from '../../lib/format';
import { filterPoles, hasFilters } from '../../selectors/filter-poles';
import { readiness } from '../../selectors/readiness';
import { citation, sourceIndex } from '../../selectors/sources';
import { useDashboard, type Filters } from '../../store/store';

const TITLE = 'Chronologie de la politique des pôles';

const when = (milestone: Milestone) =>
  milestone.date_end === null
    ? formatIsoDate(milestone.date)
    : `${formatIsoDate(milestone.date)} – ${formatIsoDate(milestone.date_end)}`;

/** National milestones always; a milestone about one pole only while that pole is in view. */
function visibleMilestones(
  milestones: readonly Milestone[],
  poles: readonly Pole[] | null,
  filters: Filters,
): Milestone[] {
  const inView = new Set(filterPoles(poles ?? [], filters).map((pole) => pole.id));
  return [...milestones]
    .filter((milestone) => milestone.pole_id === null || poles === null || inView.has(milestone.pole_id))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** `part` splits the timeline for slides: [1, 2] is the first half. */
export function TimelineCard({ part }: { readonly part?: readonly [number, number] }) {
  const milestones = useDashboard((s) => s.files.milestones);
  const poles = useDashboard((s) => s.files.poles);
  const sources = useDashboard((s) => s.files.sources);
  const filters = useViewFilters();
  const { fontSize } = useRenderSettings();
  const shown = useMemo(() => {
    const all = visibleMilestones(milestones.rows ?? [], poles.rows, filters);
    if (part === undefined) return all;
    const size = Math.ceil(all.length / part[1]);
    return all.slice((part[0] - 1) * size, part[0] * size);
  }, [milestones.rows, poles.rows, filters, part]);
  const title = part === undefined ? TITLE : `${TITLE} (${part[0]}/${part[1]})`;
  const bySource = sourceIndex(sources.rows);
  const cite = (id: string) => {
    const source = bySource.get(id);
    return source === undefined ? id : citation(source);
  };
  const table: TableModel = {
    caption: title,
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'label', label: 'Jalon' },
      { key: 'detail', label: 'Détail' },
      { key: 'source', label: 'Source' },
    ],
    rows: shown.map((m) => ({
      key: m.id,
      cells: [
        cell(when(m), m.date_end === null ? m.date : `${m.date}/${m.date_end}`),
        cell(m.label),
        cell(m.detail),
        cell(cite(m.source_id)),
      ],
    })),
  };
  const entries = shown.map((m) => ({
    id: m.id,
    when: when(m),
    label: m.label,
    aboutPole: m.pole_id !== null,
  }));
  const first = shown[0];
  const last = shown[shown.length - 1];
  const takeaway =
    first === undefined || last === undefined
      ? 'Aucun jalon à afficher.'
      : `De ${first.label.toLowerCase()} (${when(first)}) à ${last.label.charAt(0).toLowerCase()}${last.label.slice(1)} (${when(last)}) : ${plural(shown.length, 'jalon')}.`;
  const cited = [...new Set(shown.map((m) => m.source_id))].map(cite);

  return (
    <CardShell title={title} readiness={readiness([milestones])} reservedHeight={700}>
      {() => (
        <ChartCard
          title={title}
          takeaway={takeaway}
          sources={cited}
          table={table}
          exportName="chronologie-poles"
          chartHeight={timelineLayout(entries, 900, fontSize).height}
          className="card-wide"
          notice={
            hasFilters(filters) ? (
              <p className="notice" role="note">
                Les jalons nationaux ne dépendent pas des filtres ; les signatures de contrats n’apparaissent
                que si leur pôle est dans la sélection.
              </p>
            ) : null
          }
          renderChart={(width) => <TimelineChart entries={entries} width={width} />}
          legend={[
            { label: 'Jalon national (rond vide)', swatch: 'bar', role: 'estimateFill' },
            { label: 'Jalon d’un pôle du Centre (rond plein)', swatch: 'bar', role: 'base' },
          ]}
        />
      )}
    </CardShell>
  );
}
