import { Suspense } from 'react';
import type { ViewAction } from '../../model/view';
import { useI18n } from '../i18n-context';
import { useNearViewport } from '../use-near-viewport';
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

// The map's code carries its geometry: it loads when the map comes within about a screen of the viewport.
const MAP_MARGIN = '800px 0px';

/** Holds the map's space until it is about to be seen, then draws it. */
function DeferredMap(props: Props & { readonly reservedHeight: number }) {
  const { t } = useI18n();
  const { ref, near } = useNearViewport<HTMLDivElement>(MAP_MARGIN);
  if (near) return <Chart {...props} />;
  return (
    <div ref={ref} className="chart-placeholder" data-deferred="" style={{ height: props.reservedHeight }}>
      {t('card.chart.mapDeferred')}
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
      {props.spec.kind === 'map' ? <DeferredMap {...props} /> : <Chart {...props} />}
    </Suspense>
  );
}
