import { lazy, memo, Suspense, useId, useRef, useState } from 'react';
import type { ViewAction } from '../../model/view';
import { chartHeight } from '../charts/chart-height';
import { useI18n } from '../i18n-context';
import { useElementWidth } from '../use-element-size';
import { CardBody } from './card-body';
import type { CardFrame } from './card-frame';
import { sourceLine, type CardModel } from './card-model';
import { CardTitle } from './card-title';
import { CardToolbar } from './card-toolbar';
import { SlideCard } from './slide-card';
import { useImageExport } from './use-image-export';
import { useSheetExport } from './use-sheet-export';

// « Intégrer » opens a dialog few readers ask for: its code loads when it opens.
const LazyEmbedDialog = lazy(() =>
  import('./embed-dialog').then((module) => ({ default: module.EmbedDialog })),
);

interface Props {
  readonly model: CardModel;
  readonly frame: CardFrame;
  readonly onAction?: (action: ViewAction) => void;
}

/** The chart card contract: title, takeaway, chart or table, legend, source and date, exports of exactly what is shown. */
function DashboardCard({ model, frame, onAction }: Props) {
  const i18n = useI18n();
  const [chosen, setView] = useState<'chart' | 'table'>(model.defaultView);
  const [embedding, setEmbedding] = useState(false);
  const view = model.chart === null ? 'table' : chosen;
  const titleId = useId();
  const takeawayId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const image = useImageExport(model, frame, figureRef);
  const sheet = useSheetExport(model, frame);
  const error = image.error ?? sheet.error;
  const reserved = model.chart === null ? 0 : chartHeight(model.chart, frame, width);
  const className = ['card', model.width === 'wide' ? 'card-wide' : '', model.sortable ? 'card-list' : '']
    .filter((name) => name !== '')
    .join(' ');

  if (model.placeholder) {
    return (
      <section className="card card-wide card-hint" aria-labelledby={titleId} data-card={model.id}>
        <CardTitle frame={frame} id={titleId}>
          {model.title}
        </CardTitle>
        <p className="takeaway">{model.takeaway}</p>
      </section>
    );
  }
  return (
    <section className={className} aria-labelledby={titleId} data-card={model.id}>
      <header className="card-header">
        <CardTitle frame={frame} id={titleId}>
          {model.title}
        </CardTitle>
        <p id={takeawayId} className="takeaway">
          {model.takeaway}
        </p>
      </header>
      <CardToolbar
        model={model}
        view={view}
        onView={setView}
        onExport={image.exportImage}
        onExportCsv={sheet.exportCsv}
        onExportSheet={sheet.exportSheet}
        onAction={onAction}
        onEmbed={frame.embedCodes === null ? undefined : () => setEmbedding(true)}
      />
      {embedding && frame.embedCodes !== null ? (
        <Suspense fallback={null}>
          <LazyEmbedDialog
            title={model.title}
            codes={frame.embedCodes(model.id, model.title)}
            onClose={() => setEmbedding(false)}
          />
        </Suspense>
      ) : null}
      {error === null ? null : (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {model.caveats.map((caveat) => (
        <p key={caveat} className="notice" role="note">
          {caveat}
        </p>
      ))}
      {model.hint === null || onAction === undefined ? null : <p className="hint">{model.hint}</p>}
      <div
        ref={ref}
        className="card-body"
        style={view === 'chart' && model.empty === null ? { minHeight: reserved } : undefined}
      >
        <CardBody
          model={model}
          view={view}
          width={width}
          frame={frame}
          reservedHeight={reserved}
          figureRef={figureRef}
          titleId={titleId}
          takeawayId={takeawayId}
          onAction={onAction}
        />
      </div>
      {model.footnote === null ? null : (
        <p className="footnote">
          <strong>{model.footnote.label}</strong> {model.footnote.text}
        </p>
      )}
      <footer className="card-source">{sourceLine(model.sources, frame.imported, i18n)}</footer>
    </section>
  );
}

/** Any card model, drawn for the dashboard (and print) or for a slide; drawn again only when a prop changes. */
export const Card = memo(function Card(props: Props) {
  return props.frame.mode === 'slide' ? <SlideCard {...props} /> : <DashboardCard {...props} />;
});
