import { createElement, lazy, type ComponentType } from 'react';
import { delay } from '../../lib/next-task';
import type { ChartSpec } from './chart-spec';

/**
 * A chart component whose code loads with `load`: until it is in, the chart suspends (React.lazy, its Suspense shows a
 * placeholder); once it is in, a chart drawn from then on draws in the very render that asks for it. A React.lazy
 * component alone suspends at its first render even when its chunk is already in, which would show the placeholder for
 * a frame where a pre-rendered chart goes live (src/components/card/adopted-card.tsx). A failed load may be tried
 * again: the chart's card offers to (its error boundary), and its chart then asks anew.
 */
function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const makeLazy = () => lazy(() => fetch().then((component) => ({ default: component })));
  let Lazy = makeLazy();
  function fetch(): Promise<ComponentType<P>> {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = null;
        // React.lazy keeps a failure for good.
        Lazy = makeLazy();
        throw error;
      },
    );
    return pending;
  }
  // Lazy never draws: it is asked for only while the code is not in, and then suspends (the code is in before Lazy
  // resolves), so no chart is drawn once as Lazy and again as the loaded component.
  const Chart = (props: P) => (loaded === null ? createElement(Lazy, props) : createElement(loaded, props));
  return { Chart, fetch, isLoaded: () => loaded !== null };
}

// Recharts and d3 load in their own chunk, after the headline figures have painted.
const bars = lazyChart(() => import('./horizontal-bar-chart').then((module) => module.HorizontalBarChart));
const columns = lazyChart(() => import('./column-chart').then((module) => module.ColumnChart));
const timeline = lazyChart(() => import('./timeline-chart').then((module) => module.TimelineChart));
const crossTab = lazyChart(() => import('./cross-tab-chart').then((module) => module.CrossTabChart));
// The map carries its geometry (about 120 kB): it loads only when a map is drawn, never ahead.
const map = lazyChart(() => import('./map-chart').then((module) => module.MapChart));
// The legend draws its swatches from the palette, which needs d3-scale: it loads with the charts.
const legend = lazyChart(() => import('./chart-legend').then((module) => module.ChartLegend));

export const LazyHorizontalBarChart = bars.Chart;
export const LazyColumnChart = columns.Chart;
export const LazyTimelineChart = timeline.Chart;
export const LazyCrossTabChart = crossTab.Chart;
export const LazyMapChart = map.Chart;
export const LazyChartLegend = legend.Chart;

/** The kinds of chart whose code does not come with the others (`preloadCharts`): each loads when it is drawn. */
const ON_ITS_OWN: Partial<
  Record<ChartSpec['kind'], { fetch: () => Promise<unknown>; isLoaded: () => boolean }>
> = {
  map,
};
const isKind = (kind: string): kind is ChartSpec['kind'] =>
  ['bars', 'columns', 'timeline', 'crosstab', 'map'].includes(kind);
const ownCode = (kinds: readonly string[]) =>
  kinds.flatMap((kind) => {
    const code = isKind(kind) ? ON_ITS_OWN[kind] : undefined;
    return code === undefined ? [] : [code];
  });

let charts: Promise<unknown> | null = null;
let loaded = false;
let arrived: () => void = () => undefined;
const arrival = new Promise<void>((resolve) => (arrived = resolve));

/**
 * Downloads the chart chunks, once: while the data files load when the first screen shows a chart, otherwise when the
 * reader first acts on the page or a pre-rendered chart goes live (src/components/card/adopted-card.tsx). A failed
 * download may be asked for again.
 */
export function preloadCharts(): Promise<unknown> {
  charts ??= Promise.all([
    bars.fetch(),
    columns.fetch(),
    timeline.fetch(),
    crossTab.fetch(),
    legend.fetch(),
  ]).then(
    (modules) => {
      loaded = true;
      arrived();
      return modules;
    },
    (error: unknown) => {
      charts = null;
      throw error;
    },
  );
  return charts;
}

/**
 * True once the chart chunks are in, and those of the chart `kinds` that load on their own (the map): a chart drawn
 * now draws at once, with no placeholder.
 */
export const chartCodeLoaded = (kinds: readonly string[] = []): boolean =>
  loaded && ownCode(kinds).every((code) => code.isLoaded());

/** Resolves once the chart chunks are in, without asking for them. */
export const chartCodeArrival = (): Promise<void> => arrival;

/**
 * Resolves once the chart chunks are in, and those of the chart `kinds` that load on their own, or could not be (the
 * charts' cards then say so), or after `patience` ms: what waits for them is never held back for long.
 */
export const chartCode = (patience: number, kinds: readonly string[] = []): Promise<void> =>
  Promise.race([
    Promise.all([preloadCharts(), ...ownCode(kinds).map((code) => code.fetch())]).then(
      () => undefined,
      () => undefined,
    ),
    delay(patience),
  ]);

// What a reader does first on the page, before any chart may need drawing: a pointer moved (towards a chart's tooltip),
// a press, a key, a touch, a scroll.
const FIRST_INPUTS = [
  'pointermove',
  'pointerdown',
  'keydown',
  'touchstart',
  'wheel',
  'scroll',
  'resize',
  'beforeprint',
];

/**
 * Starts downloading the chart chunks at the reader's first input, when the first screen showed no chart to draw: a
 * filter ticked, a chart scrolled to or pointed at then finds them in, or on their way (the cards near the viewport go
 * live as the code arrives, src/components/card/adopted-card.tsx).
 */
export function preloadChartsOnFirstInput(): void {
  const start = () => {
    for (const type of FIRST_INPUTS) window.removeEventListener(type, start, true);
    preloadCharts().catch((error: unknown) => console.warn(error));
  };
  for (const type of FIRST_INPUTS) window.addEventListener(type, start, { capture: true, passive: true });
}
