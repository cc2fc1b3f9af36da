import { barChartHeight } from './bar-layout';
import type { ChartFrame } from './chart-frame';
import type { ChartSpec } from './chart-spec';
import { classCount, insetNamesWidth, mapLayout } from './map-layout';
import { timelineLayout } from './timeline-layout';

/** Height a chart will take, known before the chart library loads, so that its card reserves it and nothing moves. */
export function chartHeight(spec: ChartSpec, frame: ChartFrame, width = 640): number {
  switch (spec.kind) {
    case 'bars':
      return barChartHeight(spec.bars.length, frame.rowHeight);
    case 'columns':
      return frame.maxHeight ?? spec.height;
    case 'timeline':
      return timelineLayout(spec.entries, 900, frame.fontSize).height;
    case 'crosstab':
      // Two header rows, the rows, the totals row and the caption, each about a bar's height.
      return Math.min(frame.maxHeight ?? Infinity, (spec.rows.length + 4) * frame.rowHeight);
    case 'map': {
      const insets = spec.regions.filter((region) => region.inset);
      return mapLayout(width, frame, {
        insets: insets.length,
        classes: classCount(spec.max),
        selected: spec.regions.some((region) => region.selected),
        nameWidth: insetNamesWidth(
          insets.map((region) => region.label),
          frame.fontSize,
        ),
      }).height;
    }
  }
}
