import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChartFrame } from '../../src/components/charts/chart-frame';
import type { BarsSpec } from '../../src/components/charts/chart-spec';
import { ChartView } from '../../src/components/charts/chart-view';
import { CHART, loadChartChunks } from '../fixtures/charts';

const FRAME: ChartFrame = { theme: 'light', fontSize: 14, rowHeight: 28, maxHeight: null, slide: false };
const BARS: BarsSpec = {
  kind: 'bars',
  select: null,
  bars: [
    { id: 'a', label: 'Cosmetic Valley', value: 300, valueLabel: '300', tone: 'base' },
    { id: 'b', label: 'S2E2', value: 130, valueLabel: '130', tone: 'base' },
  ],
};
const WAITING = 'Le graphique se dessine à l’approche.';

/** An observer the test drives: `report(true)` says the chart came near the viewport. */
let report: (near: boolean) => void = () => undefined;
class Observer {
  constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
    report = (near) => callback([{ isIntersecting: near }]);
  }
  observe = vi.fn();
  disconnect = vi.fn();
}

/** Puts every element `top` pixels down the page (jsdom lays nothing out). */
const placeAt = (top: number) =>
  vi
    .spyOn(Element.prototype, 'getBoundingClientRect')
    .mockReturnValue(DOMRect.fromRect({ x: 0, y: top, width: 600, height: 200 }));

const drawChart = () =>
  render(<ChartView spec={BARS} width={600} frame={FRAME} ariaLabel="Adhérents" reservedHeight={120} />);

beforeAll(loadChartChunks, 30_000);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('A chart drawn when it comes near the viewport', () => {
  it('holds its space with a line until the reader comes near, then draws its bars', async () => {
    vi.stubGlobal('IntersectionObserver', Observer);
    placeAt(5000);
    drawChart();
    const waiting = screen.getByText(WAITING);
    expect(waiting).toHaveStyle({ height: '120px' });
    expect(document.querySelector('svg')).toBeNull();

    act(() => report(false));
    expect(screen.getByText(WAITING)).toBeInTheDocument();

    act(() => report(true));
    expect(await screen.findByText('Cosmetic Valley', {}, CHART)).toBeInTheDocument();
    expect(screen.queryByText(WAITING)).toBeNull();
    expect(document.querySelectorAll('[data-bar-id]')).toHaveLength(2);
  });

  it('draws at once when it is already on screen, without waiting for the observer', async () => {
    vi.stubGlobal('IntersectionObserver', Observer);
    placeAt(300);
    drawChart();
    expect(screen.queryByText(WAITING)).toBeNull();
    expect(await screen.findByText('S2E2', {}, CHART)).toBeInTheDocument();
  });

  it('draws before the page is printed, however far it is', async () => {
    vi.stubGlobal('IntersectionObserver', Observer);
    placeAt(5000);
    drawChart();
    expect(screen.getByText(WAITING)).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.queryByText(WAITING)).toBeNull();
    expect(await screen.findByText('Cosmetic Valley', {}, CHART)).toBeInTheDocument();
  });
});
