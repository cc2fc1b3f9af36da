import { Suspense } from 'react';
import type { ViewAction } from '../../model/view';
import { useI18n } from '../i18n-context';
import { NEAR_MARGIN, useNearViewport } from '../use-near-viewport';
import type { ChartFrame } from './chart-frame';
import type { ChartSpec } from './chart-spec';
import {
  LazyColumnChart,
  LazyCrossTabChart,
  LazyHorizontalBarChart,
  LazyMapChart,
  LazyTimelineChart,
} from './lazy-charts';

interface Props {
  readonly spec: ChartSpec;
  readonly width: number;
  readonly frame: ChartFrame;
  readonly ariaLabel: string;
  readonly onSelect?: (id: string) => void;
  /** What a chart whose marks carry their own actions (the cross-tab's cells) does with them. */
  readonly onAction?: (action: ViewAction) => void;
}

function Chart({ spec, width, frame, ariaLabel, onSelect, onAction }: Props) {
  switch (spec.kind) {
    case 'bars':
      return (
        <LazyHorizontalBarChart
          spec={spec}
          width={width}
          frame={frame}
          ariaLabel={ariaLabel}
          onSelect={onSelect}
        />
      );
    case 'columns':
      return <LazyColumnChart spec={spec} width={width} frame={frame} ariaLabel={ariaLabel} />;
    case 'timeline':
      return <LazyTimelineChart spec={spec} width={width} frame={frame} />;
    case 'crosstab':
      return <LazyCrossTabChart spec={spec} frame={frame} onAction={onAction} />;
    case 'map':
      return (
        <LazyMapChart spec={spec} width={width} frame={frame} ariaLabel={ariaLabel} onSelect={onSelect} />
      );
  }
}

/**
 * Holds a chart's space until it comes within about a screen of the viewport, then draws it: the page's first render,
 * on a phone above all, draws only what is seen, and the chart library (the map's code, which carries its geometry)
 * loads only then.
 */
function DeferredChart(props: Props & { readonly reservedHeight: number }) {
  const { t } = useI18n();
  const { ref, near } = useNearViewport<HTMLDivElement>(NEAR_MARGIN);
  if (near) return <Chart {...props} />;
  return (
    <div ref={ref} className="chart-placeholder" data-deferred="" style={{ height: props.reservedHeight }}>
      {t(props.spec.kind === 'map' ? 'card.chart.mapDeferred' : 'card.chart.deferred')}
    </div>
  );
}

/** Any chart spec, drawn by its chart once the chart code has loaded; the space is held until then. */
export function ChartView(props: Props & { readonly reservedHeight: number }) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <div className="chart-placeholder" style={{ height: props.reservedHeight }}>
          {t('card.chart.loading')}
        </div>
      }
    >
      <DeferredChart {...props} />
    </Suspense>
  );
}
