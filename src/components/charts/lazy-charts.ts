import { lazy } from 'react';

// Recharts and d3 load in their own chunk, after the headline figures have painted.
const loadBars = () => import('./horizontal-bar-chart');
const loadColumns = () => import('./column-chart');
const loadTimeline = () => import('./timeline-chart');
const loadCrossTab = () => import('./cross-tab-chart');
// The map carries its geometry (about 120 kB): it loads only when a map is drawn, never ahead.
const loadMap = () => import('./map-chart');
// The legend draws its swatches from the palette, which needs d3-scale: it loads with the charts.
const loadLegend = () => import('./chart-legend');

export const LazyHorizontalBarChart = lazy(() =>
  loadBars().then((module) => ({ default: module.HorizontalBarChart })),
);
export const LazyColumnChart = lazy(() => loadColumns().then((module) => ({ default: module.ColumnChart })));
export const LazyTimelineChart = lazy(() =>
  loadTimeline().then((module) => ({ default: module.TimelineChart })),
);

export const LazyCrossTabChart = lazy(() =>
  loadCrossTab().then((module) => ({ default: module.CrossTabChart })),
);

export const LazyMapChart = lazy(() => loadMap().then((module) => ({ default: module.MapChart })));

export const LazyChartLegend = lazy(() => loadLegend().then((module) => ({ default: module.ChartLegend })));

/** Starts downloading the chart chunks while the data files load, instead of after the first render. */
export function preloadCharts(): Promise<unknown> {
  return Promise.all([loadBars(), loadColumns(), loadTimeline(), loadCrossTab(), loadLegend()]);
}
