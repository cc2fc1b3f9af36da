import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dashboardFrame } from '../../src/components/card/card-frame';
import { CardSlot } from '../../src/components/card/card-slot';
import type { ChartFrame } from '../../src/components/charts/chart-frame';
import { ChartLegend } from '../../src/components/charts/chart-legend';
import { ChartView } from '../../src/components/charts/chart-view';
import { CrossTabChart } from '../../src/components/charts/cross-tab-chart';
import { TimelineChart } from '../../src/components/charts/timeline-chart';
import type { CrossTabSpec, TimelineSpec } from '../../src/components/charts/chart-spec';
import { I18nProvider } from '../../src/components/i18n-context';
import { mapCard } from '../../src/features/map/map-card';
import { DEFAULT_VIEW, NO_FILTERS, type CardView } from '../../src/model/view';
import { readyFiles } from '../fixtures/card-files';
import { CHART } from '../fixtures/charts';
import { EN } from '../fixtures/i18n';
import { mapData } from '../fixtures/map-data';

const TITLE = 'Map of the clusters (2013 regions)';
const DASHBOARD = dashboardFrame('light', () => 'Filters: none');

function renderMap(view: CardView = DEFAULT_VIEW) {
  render(
    <I18nProvider i18n={EN}>
      <CardSlot
        definition={mapCard}
        files={readyFiles(mapData())}
        view={view}
        frame={DASHBOARD}
        onAction={vi.fn()}
      />
    </I18nProvider>,
  );
  return screen.getByRole('region', { name: TITLE });
}

const FRAME: ChartFrame = { theme: 'light', fontSize: 14, rowHeight: 28, maxHeight: null, slide: false };

const map = (card: HTMLElement) => within(card).getByRole('group', { name: TITLE });

beforeAll(async () => {
  await import('../../src/components/charts/map-chart');
}, 30_000);

describe('The charts in English', { timeout: 20_000 }, () => {
  it('names each region by its count of clusters, and writes the key and the overseas heading in English', async () => {
    const card = renderMap();
    await within(card).findByRole('button', { name: 'Bretagne (en): 4 clusters' }, CHART);
    expect(
      within(map(card))
        .getAllByRole('button')
        .map((region) => region.getAttribute('aria-label')),
    ).toEqual([
      'Bretagne (en): 4 clusters',
      'Centre (en): 2 clusters',
      'Corse (en): 0 clusters',
      'Guyane (en): 0 clusters',
      'La Réunion (en): 1 cluster',
    ]);
    expect(within(map(card)).getByText('Overseas')).toBeInTheDocument();
    expect(within(map(card)).getByText('Number of clusters per region')).toBeInTheDocument();
  });

  it('says in the tooltip, in English, what a click or Enter does, and when a region hosts no cluster', async () => {
    const card = renderMap();
    const bretagne = await within(card).findByRole('button', { name: 'Bretagne (en): 4 clusters' }, CHART);
    fireEvent.focus(bretagne);
    const tooltip = within(card).getByRole('tooltip');
    expect(within(tooltip).getByText('Bretagne (en): 4 clusters')).toBeInTheDocument();
    expect(tooltip).toHaveTextContent('Click or Enter: filter on this region');
    fireEvent.keyDown(bretagne, { key: 'Escape' });
    fireEvent.mouseEnter(within(card).getByRole('button', { name: 'Guyane (en): 0 clusters' }));
    expect(within(card).getByRole('tooltip')).toHaveTextContent(
      'No cluster has its head office in this region.',
    );
  });

  it('adds the thick outline to the key, in English, once a region is filtered', async () => {
    const card = renderMap({ ...DEFAULT_VIEW, filters: { ...NO_FILTERS, regions: ['corse'] } });
    const corse = await within(card).findByRole('button', { name: 'Corse (en): 0 clusters' }, CHART);
    fireEvent.focus(corse);
    expect(within(card).getByRole('tooltip')).toHaveTextContent('Click or Enter: remove this filter');
    expect(within(map(card)).getByText('Thick outline: filtered region')).toBeInTheDocument();
  });

  it('names the legend and the cross-tabulation, and lists the milestones that did not fit, in English', () => {
    const frame = FRAME;
    const crossTab: CrossTabSpec = {
      kind: 'crosstab',
      caption: 'Clusters by theme and status',
      rowsLabel: 'Theme',
      columnsLabel: 'Status',
      columns: [{ id: 'national', label: 'National' }],
      rows: [],
      columnTotals: ['0'],
      total: '0',
    };
    const timeline: TimelineSpec = {
      kind: 'timeline',
      entries: ['2005', '2006', '2007', '2008', '2009', '2010'].map((year) => ({
        id: year,
        when: year,
        label: `Milestone of ${year}`,
        aboutPole: false,
      })),
    };
    render(
      <I18nProvider i18n={EN}>
        <ChartLegend items={[{ label: 'Announced', role: 'base', swatch: 'bar' }]} theme="light" />
        <CrossTabChart spec={crossTab} frame={frame} />
        <TimelineChart spec={timeline} width={600} frame={{ ...frame, maxHeight: 120 }} />
      </I18nProvider>,
    );
    expect(screen.getByRole('list', { name: 'Legend' })).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Cross-tabulation: Clusters by theme and status' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^2005: Milestone of 2005(; |$)/);
    expect(document.querySelector('.more-rows')?.textContent).toMatch(
      /^\+ \d+ others?: \d{4}, Milestone of \d{4}(; \d{4}, Milestone of \d{4})*$/,
    );
  });

  it('holds the map’s place with an English line until it comes near', () => {
    // An observer that never reports: the map stays far from the viewport.
    class Far {
      observe = vi.fn();
      disconnect = vi.fn();
    }
    vi.stubGlobal('IntersectionObserver', Far);
    // Far below the viewport.
    const box = vi
      .spyOn(Element.prototype, 'getBoundingClientRect')
      .mockReturnValue(DOMRect.fromRect({ x: 0, y: 5000, width: 600, height: 400 }));
    try {
      render(
        <I18nProvider i18n={EN}>
          <ChartView
            spec={{ kind: 'map', regions: [], scheme: '2013', max: 0, select: 'regions' }}
            width={600}
            frame={FRAME}
            ariaLabel="Map"
            reservedHeight={400}
          />
        </I18nProvider>,
      );
      expect(screen.getByText('The map is drawn as you approach it.')).toBeInTheDocument();
    } finally {
      box.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
