import { barChartHeight } from './bar-layout';
import type { ChartFrame } from './chart-frame';
import type { ChartSpec } from './chart-spec';
import { timelineLayout } from './timeline-layout';

/** Height a chart will take, known before the chart library loads, so that its card reserves it and nothing moves. */
export function chartHeight(spec: ChartSpec, frame: ChartFrame): number {
  switch (spec.kind) {
    case 'bars':
      return barChartHeight(spec.bars.length, frame.rowHeight);
    case 'columns':
      return frame.maxHeight ?? spec.height;
    case 'timeline':
      return timelineLayout(spec.entries, 900, frame.fontSize).height;
  }
}
