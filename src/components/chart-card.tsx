import { Suspense, useId, useState, type ReactNode } from 'react';
import { downloadCsv } from '../lib/csv-export';
import { DataTable } from './data-table';
import { tableToCsv, type TableModel } from './table-model';
import { useElementWidth } from './use-element-width';

export interface ChartCardProps {
  readonly title: string;
  /** One sentence computed from the data shown. */
  readonly takeaway: string;
  /** Citations of the sources, each with its date. */
  readonly sources: readonly string[];
  readonly table: TableModel;
  readonly csvFileName: string;
  /** Height reserved for the chart, so nothing moves when it arrives. */
  readonly chartHeight: number;
  /** Absent for a card that is a table by nature (the list of poles). */
  readonly renderChart?: (width: number) => ReactNode;
  readonly sortableTable?: boolean;
  readonly controls?: ReactNode;
  readonly notice?: ReactNode;
  readonly footnote?: ReactNode;
  /** Shown instead of the chart when nothing matches the filters. */
  readonly empty?: ReactNode;
  readonly defaultView?: 'chart' | 'table';
  readonly className?: string;
}

/** The chart card contract: title, takeaway, chart or table, source and date, CSV of exactly what is shown. */
export function ChartCard(props: ChartCardProps) {
  const { title, takeaway, sources, table, csvFileName, chartHeight, renderChart, empty } = props;
  const [chosen, setView] = useState<'chart' | 'table'>(props.defaultView ?? 'chart');
  const view = renderChart === undefined ? 'table' : chosen;
  const titleId = useId();
  const takeawayId = useId();
  const { ref, width } = useElementWidth<HTMLDivElement>(640);

  return (
    <section className={`card ${props.className ?? ''}`} aria-labelledby={titleId}>
      <header className="card-header">
        <h3 id={titleId}>{title}</h3>
        <p id={takeawayId} className="takeaway">
          {takeaway}
        </p>
      </header>
      <div className="card-toolbar">
        {renderChart === undefined ? null : (
          <div className="view-switch" role="group" aria-label={`Affichage de « ${title} »`}>
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              Graphique
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              Tableau
            </button>
          </div>
        )}
        {props.controls}
        <button
          type="button"
          className="action"
          onClick={() => downloadCsv(tableToCsv(table), csvFileName)}
          aria-label={`Télécharger les données de « ${title} » en CSV`}
        >
          CSV
        </button>
      </div>
      {props.notice}
      <div
        ref={ref}
        className="card-body"
        style={view === 'chart' && empty === undefined ? { minHeight: chartHeight } : undefined}
      >
        {empty ??
          (view === 'chart' ? (
            <figure className="chart" aria-labelledby={titleId} aria-describedby={takeawayId}>
              <Suspense
                fallback={
                  <div className="chart-placeholder" style={{ height: chartHeight }}>
                    Chargement du graphique…
                  </div>
                }
              >
                {renderChart?.(width)}
              </Suspense>
            </figure>
          ) : (
            <DataTable table={table} sortable={props.sortableTable ?? false} />
          ))}
      </div>
      {props.footnote}
      <footer className="card-source">
        {sources.length === 1 ? 'Source' : 'Sources'} : {sources.join(' ; ')}.
      </footer>
    </section>
  );
}
