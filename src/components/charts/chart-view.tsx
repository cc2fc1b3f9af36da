import { Suspense } from 'react';
import type { ViewAction } from '../../model/view';
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

/** Any chart spec, drawn by its chart once the chart code has loaded; the space is held until then. */
export function ChartView(props: Props & { readonly reservedHeight: number }) {
  return (
    <Suspense
      fallback={
        <div className="chart-placeholder" style={{ height: props.reservedHeight }}>
          Chargement du graphique…
        </div>
      }
    >
      <Chart {...props} />
    </Suspense>
  );
}
