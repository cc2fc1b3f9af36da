import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledData } from '../fixtures/dashboard';
import { FilterPanel } from '../../src/features/filters/filter-panel';
import { CountsCard } from '../../src/features/national-counts/counts-card';
import { useDashboard } from '../../src/store/store';

const TITLE = 'Pôles par région du siège (régions de 2013)';
// The chart is React.lazy: its first import takes a while; later renders still suspend once.
const CHART = { timeout: 5000 };
beforeAll(async () => {
  await import('../../src/components/horizontal-bar-chart');
}, 30_000);

beforeEach(loadBundledData);

const regionsCard = () => screen.getByRole('region', { name: TITLE });
const bars = (section: HTMLElement) => [...section.querySelectorAll('.recharts-bar-rectangle')];
const tickLabels = (section: HTMLElement) =>
  [...section.querySelectorAll('.recharts-yAxis-tick-labels text')].map((text) => text.textContent ?? '');

describe('Regions card', { timeout: 15_000 }, () => {
  it('draws the 20 regions of 2013 that seat a pole, Rhône-Alpes first', async () => {
    render(<CountsCard dimension="regions" />);
    const section = regionsCard();
    await waitFor(() => expect(bars(section)).toHaveLength(20), CHART);
    expect(section.querySelector('.takeaway')?.textContent).toBe(
      'Rhône-Alpes accueille le plus de sièges de pôles : 10\u00a0pôles sur 71.',
    );
    const labels = tickLabels(section);
    expect(labels[0]).toBe('Rhône-Alpes');
    // Regions created in 2016 never appear: the poles were labelled under the 2013 map.
    expect(labels).not.toContain('Occitanie');
    expect(labels).not.toContain('Centre-Val de Loire');
  });

  it('lists Rhône-Alpes with 10 poles in the table', async () => {
    const user = userEvent.setup();
    render(<CountsCard dimension="regions" />);
    const section = regionsCard();
    await user.click(within(section).getByRole('button', { name: 'Tableau' }));
    const table = within(section).getByRole('table', { name: `${TITLE} (71\u00a0pôles)` });
    const headers = within(table).getAllByRole('rowheader');
    expect(headers).toHaveLength(20);
    expect(headers[0]).toHaveTextContent('Rhône-Alpes');
    const row = within(table).getByRole('rowheader', { name: 'Rhône-Alpes' }).closest('tr');
    expect(row).not.toBeNull();
    if (row) expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(/^10$/);
  });

  it('filters by region when a bar is clicked', async () => {
    render(
      <>
        <FilterPanel />
        <CountsCard dimension="regions" />
      </>,
    );
    const section = regionsCard();
    await waitFor(() => expect(bars(section)).toHaveLength(20), CHART);
    const centre = section.querySelector('[data-bar-id="centre"]');
    expect(centre).not.toBeNull();
    if (centre) fireEvent.click(centre);
    expect(useDashboard.getState().filters.regions).toEqual(['centre']);
    expect(screen.getByRole('button', { name: 'Retirer le filtre Région : Centre' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Filtres' })).getByRole('status')).toHaveTextContent(
      '4 pôles sur 71',
    );
  });
});
