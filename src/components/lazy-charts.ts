import { lazy } from 'react';

// Recharts loads in its own chunk, after the headline figures have painted.
const loadHorizontalBarChart = () => import('./horizontal-bar-chart');

export const LazyHorizontalBarChart = lazy(() =>
  loadHorizontalBarChart().then((module) => ({ default: module.HorizontalBarChart })),
);

/** Starts downloading the chart chunk while the data files load, instead of after the first render. */
export function preloadCharts(): void {
  void loadHorizontalBarChart();
}
