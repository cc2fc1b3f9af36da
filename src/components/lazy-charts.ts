import { lazy } from 'react';

// Recharts loads in its own chunk, after the headline figures have painted.
export const LazyHorizontalBarChart = lazy(() =>
  import('./horizontal-bar-chart').then((module) => ({ default: module.HorizontalBarChart })),
);
