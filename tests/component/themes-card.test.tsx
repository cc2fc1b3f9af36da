import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledData } from '../fixtures/dashboard';
import { FilterPanel } from '../../src/features/filters/filter-panel';
import { CountsCard } from '../../src/features/national-counts/counts-card';
import { useDashboard } from '../../src/store/store';

// The chart is React.lazy: its first import takes a while; later renders still suspend once.
const CHART = { timeout: 5000 };
beforeAll(async () => {
  await import('../../src/components/horizontal-bar-chart');
}, 30_000);

beforeEach(loadBundledData);

const renderCard = () =>
  render(
    <>
      <FilterPanel />
      <CountsCard dimension="themes" />
    </>,
  );
const themesCard = () => screen.getByRole('region', { name: 'Pôles par thème' });
const bars = (section: HTMLElement) => [...section.querySelectorAll('.recharts-bar-rectangle')];
const tickLabels = (section: HTMLElement) =>
  [...section.querySelectorAll('.recharts-yAxis-tick-labels text')].map((text) => text.textContent ?? '');
const takeaway = (section: HTMLElement) => section.querySelector('.takeaway')?.textContent;

describe('Themes card', { timeout: 15_000 }, () => {
  it('draws the 13 themes, the largest first, with their counts', async () => {
    renderCard();
    const section = themesCard();
    await waitFor(() => expect(bars(section)).toHaveLength(13), CHART);
    expect(takeaway(section)).toBe(
      'Agriculture et agroalimentaire est le thème le plus représenté : 13\u00a0pôles sur 71.',
    );
    const texts = [...section.querySelectorAll('svg text')].map((text) => text.textContent ?? '');
    const values = texts.filter((text) => /^\d+$/.test(text));
    expect(values).toEqual(['13', '9', '8', '7', '7', '6', '6', '4', '3', '2', '2', '2', '2']);
    expect(values.map(Number).reduce((sum, count) => sum + count, 0)).toBe(71);
  });

  it('toggles the theme filter when a bar is clicked, and shows it as a chip', async () => {
    renderCard();
    const section = themesCard();
    await waitFor(() => expect(bars(section)).toHaveLength(13), CHART);
    expect(screen.queryByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeNull();

    // Bars are sorted by count, then by label: the fifth one is Énergie (7, after Écotechnologies).
    const energie = bars(section)[4]?.querySelector('path');
    expect(energie).toHaveAttribute('data-bar-id', 'energie');
    if (energie) fireEvent.click(energie);

    expect(useDashboard.getState().filters.themes).toEqual(['energie']);
    expect(screen.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thème (1 sélectionné)' })).toBeInTheDocument();
    await waitFor(() => expect(tickLabels(section)).toContain('✓ Énergie'));
    expect(section).toHaveTextContent('✓ marque un filtre actif');

    // A second click on the same bar removes the filter again.
    const again = section.querySelector('[data-bar-id="energie"]');
    if (again) fireEvent.click(again);
    expect(useDashboard.getState().filters.themes).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeNull();
  });

  it('recomputes the takeaway under the region filter “Centre”', async () => {
    const user = userEvent.setup();
    renderCard();
    const section = themesCard();
    await user.click(screen.getByRole('button', { name: 'Région du siège (2013) (tous)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Centre\s*4\s*pôles$/ }));

    expect(takeaway(section)).toBe(
      '4 thèmes à égalité en tête (1\u00a0pôle chacun sur 4) : Biens de consommation, Chimie et matériaux, Écotechnologies et environnement et Énergie.',
    );
    // Themes with no Centre pole are left out of the chart.
    await waitFor(() => expect(bars(section)).toHaveLength(4), CHART);
  });

  it('lists every theme with its count and share in the table', async () => {
    const user = userEvent.setup();
    renderCard();
    const section = themesCard();
    await user.click(within(section).getByRole('button', { name: 'Tableau' }));
    const table = within(section).getByRole('table', { name: 'Pôles par thème (71\u00a0pôles)' });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(13);
    const energie = within(table).getByRole('rowheader', { name: 'Énergie' }).closest('tr');
    expect(energie).not.toBeNull();
    if (energie) {
      expect(
        within(energie)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(['7', new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(7 / 71), 'non']);
    }
  });
});
