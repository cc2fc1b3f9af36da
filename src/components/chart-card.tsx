import { Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { downloadBlob, downloadCsv } from '../lib/csv-export';
import { DataTable, type RowControl } from './data-table';
import { LazyChartLegend } from './lazy-charts';
import type { LegendItem } from './legend';
import { RenderContext, useRenderSettings } from './render-context';
import { tableToCsv, type TableModel } from './table-model';
import { useElementSize } from './use-element-size';

export interface ChartCardProps {
  readonly title: string;
  /** One sentence computed from the data shown. */
  readonly takeaway: string;
  /** Citations of the sources, each with its date. */
  readonly sources: readonly string[];
  readonly table: TableModel;
  /** File name without extension, for the CSV and image exports. */
  readonly exportName: string;
  /** Height reserved for the chart, so nothing moves when it arrives. */
  readonly chartHeight: number;
  /** Absent for a card that is a table by nature (the list of poles). */
  readonly renderChart?: (width: number) => ReactNode;
  readonly legend?: readonly LegendItem[];
  readonly sortableTable?: boolean;
  readonly rowControl?: RowControl;
  readonly defaultView?: 'chart' | 'table';
  readonly controls?: ReactNode;
  readonly notice?: ReactNode;
  /** The notice in words, for exported images. */
  readonly noticeText?: string;
  readonly footnote?: ReactNode;
  /** Shown instead of the chart when nothing matches the filters. */
  readonly empty?: ReactNode;
  readonly className?: string;
}

type ExportFormat = 'svg' | 'png';

function ImageExportButtons(props: {
  readonly title: string;
  readonly disabled: boolean;
  readonly onExport: (format: ExportFormat) => Promise<void>;
}) {
  return (['png', 'svg'] as const).map((format) => (
    <button
      key={format}
      type="button"
      onClick={() => void props.onExport(format)}
      aria-label={`Télécharger « ${props.title} » en image ${format.toUpperCase()}`}
      disabled={props.disabled}
    >
      {format.toUpperCase()}
    </button>
  ));
}

/** The chart card contract: title, takeaway, chart or table, legend, source and date, exports of exactly what is shown. */
export function ChartCard(props: ChartCardProps) {
  const { title, takeaway, sources, table, exportName, chartHeight, renderChart, empty, legend = [] } = props;
  const settings = useRenderSettings();
  const [chosen, setView] = useState<'chart' | 'table'>(props.defaultView ?? 'chart');
  const [exportError, setExportError] = useState<string | null>(null);
  const view = renderChart === undefined ? 'table' : chosen;
  const titleId = useId();
  const takeawayId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const { ref, width, height } = useElementSize<HTMLDivElement>(640);
  const sourceText = `${sources.length === 1 ? 'Source' : 'Sources'} : ${sources.join(' ; ')}.`;

  const exportImage = async (format: ExportFormat) => {
    const chart = figureRef.current?.querySelector('svg');
    if (!(chart instanceof SVGSVGElement)) {
      setExportError('Affichez le graphique pour l’exporter en image.');
      return;
    }
    try {
      const { buildExportSvg, svgToPng } = await import('../lib/chart-export');
      const moreRows = figureRef.current?.querySelector('.more-rows')?.textContent;
      const notes = [props.noticeText, moreRows].filter(
        (text) => text !== undefined && text !== null && text !== '',
      );
      const note = notes.length === 0 ? null : notes.join(' ');
      const image = buildExportSvg(chart, {
        title,
        takeaway,
        source: sourceText,
        filters: settings.filtersCaption,
        legend,
        theme: settings.theme,
        note,
      });
      const blob =
        format === 'svg'
          ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(image.svg, image.width, image.height, 2);
      downloadBlob(blob, `${exportName}.${format}`);
      setExportError(null);
    } catch (error) {
      setExportError(`Export impossible : ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const chartBody =
    empty ??
    (view === 'chart' ? (
      <figure ref={figureRef} className="chart" aria-labelledby={titleId} aria-describedby={takeawayId}>
        <Suspense
          fallback={
            <div className="chart-placeholder" style={{ height: chartHeight }}>
              Chargement du graphique…
            </div>
          }
        >
          {renderChart?.(width)}
          {legend.length > 0 ? <LazyChartLegend items={legend} /> : null}
        </Suspense>
      </figure>
    ) : (
      <DataTable table={table} sortable={props.sortableTable ?? false} rowControl={props.rowControl} />
    ));

  if (settings.slide) {
    return (
      <section className="slide-card" aria-labelledby={titleId}>
        <h2 id={titleId} className="slide-title">
          {title}
        </h2>
        <p id={takeawayId} className="slide-caption">
          {takeaway}
        </p>
        <div ref={ref} className="slide-chart">
          {/* The chart gets the height left on the slide, less its legend. */}
          <RenderContext.Provider
            value={{
              ...settings,
              maxChartHeight:
                height > 0 ? height - legend.length * settings.fontSize * 1.6 - 8 : settings.maxChartHeight,
            }}
          >
            {chartBody}
          </RenderContext.Provider>
        </div>
        <p className="slide-source">
          {sources.length > 1
            ? `Sources : ${sources[0] ?? ''} et ${sources.length - 1} autre${sources.length > 2 ? 's' : ''}, citée${sources.length > 2 ? 's' : ''} dans le tableau de bord.`
            : sourceText}
        </p>
      </section>
    );
  }

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
        <div className="exports" role="group" aria-label={`Télécharger « ${title} »`}>
          {renderChart === undefined ? null : (
            <ImageExportButtons
              title={title}
              disabled={view !== 'chart' || empty !== undefined}
              onExport={exportImage}
            />
          )}
          <button
            type="button"
            onClick={() => downloadCsv(tableToCsv(table), `${exportName}.csv`)}
            aria-label={`Télécharger les données de « ${title} » en CSV`}
          >
            CSV
          </button>
        </div>
      </div>
      {exportError === null ? null : (
        <p className="notice" role="alert">
          {exportError}
        </p>
      )}
      {props.notice}
      <div
        ref={ref}
        className="card-body"
        style={view === 'chart' && empty === undefined ? { minHeight: chartHeight } : undefined}
      >
        {chartBody}
      </div>
      {props.footnote}
      <footer className="card-source">{sourceText}</footer>
    </section>
  );
}
