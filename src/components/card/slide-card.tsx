import { useId, useRef } from 'react';
import type { ViewAction } from '../../model/view';
import { chartHeight } from '../charts/chart-height';
import { useI18n } from '../i18n-context';
import { useElementSize } from '../use-element-size';
import { CardBody } from './card-body';
import type { CardFrame } from './card-frame';
import { slideSourceLine, type CardModel } from './card-model';

interface Props {
  readonly model: CardModel;
  readonly frame: CardFrame;
  readonly onAction?: (action: ViewAction) => void;
}

/** A card on a slide: large title and takeaway, the chart in the room left, one short source line. */
export function SlideCard({ model, frame, onAction }: Props) {
  const i18n = useI18n();
  const titleId = useId();
  const takeawayId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const { ref, width, height } = useElementSize<HTMLDivElement>(640);
  // The chart gets the height left on the slide, less its legend.
  const chartFrame =
    height > 0 ? { ...frame, maxHeight: height - model.legend.length * frame.fontSize * 1.6 - 8 } : frame;
  return (
    <section className="slide-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="slide-title">
        {model.title}
      </h2>
      <p id={takeawayId} className="slide-caption">
        {model.takeaway}
      </p>
      <div ref={ref} className="slide-chart">
        <CardBody
          model={model}
          view={model.defaultView}
          width={width}
          frame={chartFrame}
          reservedHeight={model.chart === null ? 0 : chartHeight(model.chart, chartFrame, width)}
          figureRef={figureRef}
          titleId={titleId}
          takeawayId={takeawayId}
          onAction={onAction}
        />
      </div>
      <p className="slide-source">{slideSourceLine(model.sources, frame.imported, i18n)}</p>
    </section>
  );
}
