import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { useDashboard } from '../../src/store/store';
import { CHART, clickBar, loadChartChunks } from '../fixtures/charts';
import { loadBundledData } from '../fixtures/dashboard';

const THEMES = 'Pôles par thème';
const REGIONS = 'Pôles par région du siège (régions de 2013)';

beforeAll(loadChartChunks, 30_000);
beforeEach(loadBundledData);

/** The card's chart once drawn, with `label` among its texts. */
async function drawnChart(title: string, label: string): Promise<HTMLElement> {
  const chart = within(screen.getByRole('region', { name: title })).getByRole('figure', { name: title });
  await within(chart).findByText(label, {}, CHART);
  return chart;
}

const filterCount = () => within(screen.getByRole('group', { name: 'Filtres' })).getByRole('status');

describe('Themes card in the dashboard (bundled data)', { timeout: 30_000 }, () => {
  it('draws the 13 themes, the largest first, with their counts adding up to 71', async () => {
    render(<App />);
    const card = screen.getByRole('region', { name: THEMES });
    expect(within(card).getByText(/le thème le plus représenté/).textContent).toBe(
      'Agriculture et agroalimentaire est le thème le plus représenté : 13\u00a0pôles sur 71.',
    );
    const chart = await drawnChart(THEMES, 'Énergie');
    const values = within(chart)
      .getAllByText(/^\d+$/)
      .map((text) => Number(text.textContent));
    expect(values).toEqual([13, 9, 8, 7, 7, 6, 6, 4, 3, 2, 2, 2, 2]);
    expect(values.reduce((sum, count) => sum + count, 0)).toBe(71);
  });

  it('toggles the theme filter on a click on a bar: the chip appears, ✓ marks the bar, a second click removes it', async () => {
    render(<App />);
    const chart = await drawnChart(THEMES, 'Énergie');
    expect(screen.queryByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeNull();

    clickBar(chart, 'energie');

    expect(useDashboard.getState().view.filters.themes).toEqual(['energie']);
    expect(screen.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thème (1 sélectionné)' })).toBeInTheDocument();
    expect(await within(chart).findByText('✓ Énergie', {}, CHART)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: THEMES })).toHaveTextContent('✓ marque un filtre actif');

    clickBar(chart, 'energie');

    expect(useDashboard.getState().view.filters.themes).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeNull();
    expect(await within(chart).findByText('Énergie', {}, CHART)).toBeInTheDocument();
  });

  it('has a keyboard twin in the filter bar that does the same as the click', async () => {
    const user = userEvent.setup();
    render(<App />);
    const chart = await drawnChart(THEMES, 'Énergie');

    await user.click(screen.getByRole('button', { name: 'Thème (tous)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Énergie\s*7\s*pôles$/ }));

    expect(useDashboard.getState().view.filters.themes).toEqual(['energie']);
    expect(screen.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeInTheDocument();
    expect(await within(chart).findByText('✓ Énergie', {}, CHART)).toBeInTheDocument();
  });

  it('recomputes its takeaway under the region filter « Centre », leaving out the themes with no pole there', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Région du siège (2013) (tous)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Centre\s*4\s*pôles$/ }));

    const card = screen.getByRole('region', { name: THEMES });
    expect(within(card).getByText(/à égalité en tête/).textContent).toBe(
      '4 thèmes à égalité en tête (1\u00a0pôle chacun sur 4) : Biens de consommation, Chimie et matériaux, Écotechnologies et environnement et Énergie.',
    );
    const chart = await drawnChart(THEMES, 'Énergie');
    expect(
      within(chart)
        .getAllByText(/^\d+$/)
        .map((text) => text.textContent),
    ).toEqual(['1', '1', '1', '1']);
    expect(within(chart).queryByText('Mer')).toBeNull();
  });

  it('lists every theme with its count and share in its table', async () => {
    const user = userEvent.setup();
    render(<App />);
    const card = screen.getByRole('region', { name: THEMES });
    await user.click(within(card).getByRole('button', { name: 'Tableau' }));
    const table = within(card).getByRole('table', { name: 'Pôles par thème (71\u00a0pôles)' });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(13);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Thème', 'Nombre de pôles', 'Part', 'Filtre actif']);
    const share = new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(7 / 71);
    expect(within(table).getByRole('row', { name: /^Énergie/ }).textContent).toBe(`Énergie7${share}non`);
  });
});

describe('Regions card in the dashboard (bundled data)', { timeout: 30_000 }, () => {
  it('draws the 20 regions of 2013 that seat a pole, Rhône-Alpes first', async () => {
    render(<App />);
    const card = screen.getByRole('region', { name: REGIONS });
    expect(within(card).getByText(/accueille le plus de sièges/).textContent).toBe(
      "Rhône-Alpes accueille le plus de sièges de pôles : 10\u00a0pôles sur 71. Réserve\u00a0: si le siège de Trimatec était en Provence-Alpes-Côte d'Azur (autre région possible, voir sa fiche), Rhône-Alpes et Provence-Alpes-Côte d'Azur seraient à égalité en tête (10\u00a0pôles chacune).",
    );
    const chart = await drawnChart(REGIONS, 'Rhône-Alpes');
    const values = within(chart)
      .getAllByText(/^\d+$/)
      .map((text) => Number(text.textContent));
    expect(values).toHaveLength(20);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(Math.max(...values)).toBe(10);
    expect(values.reduce((sum, count) => sum + count, 0)).toBe(71);
    // Regions created in 2016 never appear: the poles were labelled under the 2013 map.
    expect(within(chart).queryByText('Occitanie')).toBeNull();
    expect(within(chart).queryByText('Centre-Val de Loire')).toBeNull();
  });

  it('counts 10 poles in Rhône-Alpes in its table', async () => {
    const user = userEvent.setup();
    render(<App />);
    const card = screen.getByRole('region', { name: REGIONS });
    await user.click(within(card).getByRole('button', { name: 'Tableau' }));
    const table = within(card).getByRole('table', { name: `${REGIONS} (71\u00a0pôles)` });
    const regions = within(table).getAllByRole('rowheader');
    expect(regions).toHaveLength(20);
    expect(regions[0]).toHaveTextContent('Rhône-Alpes');
    expect(within(table).getByRole('row', { name: /^Rhône-Alpes/ })).toHaveTextContent(/^Rhône-Alpes10/);
  });

  it('filters by region on a click on a bar, and counts the poles left', async () => {
    render(<App />);
    const chart = await drawnChart(REGIONS, 'Centre');

    clickBar(chart, 'centre');

    expect(useDashboard.getState().view.filters.regions).toEqual(['centre']);
    expect(screen.getByRole('button', { name: 'Retirer le filtre Région : Centre' })).toBeInTheDocument();
    expect(filterCount().textContent).toBe('4\u00a0pôles sur 71');
    expect(await within(chart).findByText('✓ Centre', {}, CHART)).toBeInTheDocument();
  });

  it('counts the poles of a theme per region once the theme is filtered', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Thème (tous)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Énergie\s*7\s*pôles$/ }));
    const card = screen.getByRole('region', { name: REGIONS });
    await user.click(within(card).getByRole('button', { name: 'Tableau' }));
    const table = within(card).getByRole('table', { name: `${REGIONS} (7\u00a0pôles)` });
    expect(within(table).getByRole('row', { name: /^Centre/ })).toHaveTextContent(/^Centre1/);
  });
});

describe('Status, year and 2012 class cards in the dashboard (bundled data)', { timeout: 60_000 }, () => {
  const CARDS = [
    {
      title: 'Pôles par statut au label',
      control: 'Statut',
      dimension: 'categories',
      bar: 'mondial',
      label: 'Mondial',
      takeaway: 'National est le statut le plus fréquent : 53\u00a0pôles sur 71.',
      values: [53, 11, 7],
    },
    {
      title: 'Pôles par année du premier label',
      control: 'Année du label',
      dimension: 'years',
      bar: '2007',
      label: '2007',
      takeaway: '2005 est l’année où le plus de pôles ont été labellisés : 60\u00a0pôles sur 71.',
      values: [60, 6, 5],
    },
    {
      title: 'Pôles par classe à l’évaluation de 2012',
      control: 'Évaluation 2012',
      dimension: 'evaluations',
      bar: 'tres-performant',
      label: 'Très performant',
      takeaway: 'Performant est la classe la plus fréquente : 35\u00a0pôles sur 71.',
      values: [35, 20, 16],
    },
  ] as const;

  it.each(CARDS)('$title draws the counts of the 71 poles, the largest first', async (facet) => {
    render(<App />);
    const card = screen.getByRole('region', { name: facet.title });
    expect(within(card).getByText(/sur 71\.$/).textContent).toBe(facet.takeaway);
    const chart = await drawnChart(facet.title, facet.label);
    // The years card's labels are numbers too: its counts are the texts that are not years.
    const counts = within(chart)
      .getAllByText(/^\d+$/)
      .map((text) => text.textContent)
      .filter((text) => !/^20\d\d$/.test(text));
    expect(counts.map(Number)).toEqual(facet.values);
  });

  it.each(CARDS)('$title toggles its filter on a click on a bar, ✓ marking the bar', async (facet) => {
    render(<App />);
    const chart = await drawnChart(facet.title, facet.label);
    const chip = { name: `Retirer le filtre ${facet.control} : ${facet.label}` };

    clickBar(chart, facet.bar);

    expect(useDashboard.getState().view.filters[facet.dimension]).toEqual([facet.bar]);
    expect(screen.getByRole('button', chip)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `${facet.control} (1 sélectionné)` })).toBeInTheDocument();
    expect(await within(chart).findByText(`✓ ${facet.label}`, {}, CHART)).toBeInTheDocument();

    clickBar(chart, facet.bar);

    expect(useDashboard.getState().view.filters[facet.dimension]).toEqual([]);
    expect(screen.queryByRole('button', chip)).toBeNull();
  });

  it('counts the statuses under the theme filter in its table', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Thème (tous)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Énergie\s*7\s*pôles$/ }));
    const card = screen.getByRole('region', { name: 'Pôles par statut au label' });
    await user.click(within(card).getByRole('button', { name: 'Tableau' }));
    const table = within(card).getByRole('table', { name: 'Pôles par statut au label (7\u00a0pôles)' });
    expect(within(table).getByRole('row', { name: /^National/ })).toHaveTextContent(/^National7/);
    expect(within(table).getByRole('row', { name: /^Mondial/ })).toHaveTextContent(/^Mondial0/);
    expect(within(table).getByRole('row', { name: /^À vocation mondiale/ })).toHaveTextContent(
      /^À vocation mondiale0/,
    );
  });
});

describe('Regions card on the 2016 map (bundled data)', { timeout: 60_000 }, () => {
  it('draws the 13 regions of 2016 that seat a pole, Auvergne-Rhône-Alpes first, under its 2016 title', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Régions de 2016' }));
    const title = 'Pôles par région du siège (régions de 2016)';
    const card = screen.getByRole('region', { name: title });
    expect(within(card).getByText(/accueille le plus de sièges/).textContent).toBe(
      'Auvergne-Rhône-Alpes accueille le plus de sièges de pôles : 11\u00a0pôles sur 71.',
    );
    const chart = await drawnChart(title, 'Centre-Val de Loire');
    const values = within(chart)
      .getAllByText(/^\d+$/)
      .map((text) => Number(text.textContent));
    expect(values).toHaveLength(13);
    expect(values.reduce((sum, count) => sum + count, 0)).toBe(71);
    expect(within(chart).queryByText('Rhône-Alpes')).toBeNull();

    clickBar(chart, 'centre-val-de-loire');

    expect(useDashboard.getState().view.filters.regions).toEqual(['centre-val-de-loire']);
    expect(filterCount().textContent).toBe('4\u00a0pôles sur 71');
    expect(
      screen.getByRole('button', { name: 'Retirer le filtre Région : Centre-Val de Loire' }),
    ).toBeInTheDocument();
  });
});
