import { lazy } from 'react';

// Recharts and d3 load in their own chunk, after the headline figures have painted.
const loadHorizontalBarChart = () => import('./horizontal-bar-chart');
const loadLegend = () => import('./chart-legend');

export const LazyHorizontalBarChart = lazy(() =>
  loadHorizontalBarChart().then((module) => ({ default: module.HorizontalBarChart })),
);

export const LazyChartLegend = lazy(() => loadLegend().then((module) => ({ default: module.ChartLegend })));

/** Starts downloading the chart chunks while the data files load, instead of after the first render. */
export function preloadCharts(): void {
  void loadHorizontalBarChart();
  void loadLegend();
}
