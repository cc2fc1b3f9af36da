import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { useDashboard } from '../../src/store/store';
import { CHART, clickBar, loadChartChunks } from '../fixtures/charts';
import { loadBundledData } from '../fixtures/dashboard';
import { filtersOf } from '../fixtures/view';

const THEMES = 'Pôles par thème';

beforeAll(loadChartChunks, 30_000);
// The presentation's own chunk, loaded once here rather than within the first test's wait.
beforeAll(() => import('../../src/features/presentation/presentation'), 30_000);
beforeEach(loadBundledData);

const dialog = () => screen.getByRole('dialog');
/** The filters in words, in the bar under the slide. */
const slideCaption = () => within(dialog()).getByText(/^Filtres :/).textContent;
const slideTitle = () => within(dialog()).getByRole('heading', { level: 2 }).textContent;

/** Opens a deck at a slide; the presentation's code loads when first opened, so this waits for its dialog. */
async function open(deck: string, slide: number): Promise<void> {
  act(() => useDashboard.getState().setPresentation({ deck, slide }));
  await screen.findByRole('dialog', {}, CHART);
}

/** The themes slide once its chart has drawn, with Énergie among its bars. */
async function themesChart(): Promise<HTMLElement> {
  const slide = within(dialog()).getByRole('region', { name: THEMES });
  const chart = within(slide).getByRole('figure', { name: THEMES });
  await within(chart).findByText('Énergie', {}, CHART);
  return chart;
}

describe('A ready-made deck has its own filters', { timeout: 30_000 }, () => {
  it('a click on a bar of the national deck filters the slide, not the reader’s dashboard', async () => {
    act(() => useDashboard.getState().setFilters(filtersOf({ themes: ['mer'] })));
    render(<App />);
    await open('national', 1);
    expect(dialog()).toHaveAccessibleName('Présentation « Les 71 pôles nationaux » : diapositive 2 sur 6');
    expect(slideTitle()).toBe(THEMES);
    // The deck shows its own view (no filter), not the reader's theme « Mer ».
    expect(slideCaption()).toBe('Filtres : aucun');

    const chart = await themesChart();
    clickBar(chart, 'energie');

    expect(await within(chart).findByText('✓ Énergie', {}, CHART)).toBeInTheDocument();
    expect(slideCaption()).toBe('Filtres : thème Énergie');
    expect(useDashboard.getState().view.filters).toEqual(filtersOf({ themes: ['mer'] }));
    expect(screen.queryByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Retirer le filtre Thème : Mer' })).toBeInTheDocument();

    // A second click on the same bar takes the filter off the slide again.
    clickBar(chart, 'energie');
    expect(await within(chart).findByText('Énergie', {}, CHART)).toBeInTheDocument();
    expect(slideCaption()).toBe('Filtres : aucun');
    expect(useDashboard.getState().view.filters).toEqual(filtersOf({ themes: ['mer'] }));
  });

  it('keeps the slide’s selection while moving through the deck, and leaves the reader’s filters as they were', async () => {
    const user = userEvent.setup();
    render(<App />);
    await open('national', 1);
    clickBar(await themesChart(), 'energie');
    expect(slideCaption()).toBe('Filtres : thème Énergie');

    await user.keyboard('{ArrowRight}');

    expect(slideTitle()).toBe('Pôles par région du siège (régions de 2013)');
    expect(slideCaption()).toBe('Filtres : thème Énergie');

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useDashboard.getState().view.filters).toEqual(filtersOf());
    expect(screen.queryByRole('list', { name: 'Filtres actifs' })).toBeNull();
  });

  it('the Centre deck shows its own region filter without touching the reader’s', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Diapositives à présenter' }), 'centre');
    await user.click(screen.getByRole('button', { name: 'Présenter' }));
    await screen.findByRole('dialog');
    expect(dialog()).toHaveAccessibleName('Présentation « Les pôles du Centre » : diapositive 1 sur 5');
    expect(slideCaption()).toBe('Filtres : région Centre');
    expect(useDashboard.getState().view.filters).toEqual(filtersOf());
  });
});

describe('The deck of the current view shares the reader’s filters', { timeout: 30_000 }, () => {
  it('a click on a bar of the themes slide changes the reader’s filters', async () => {
    const user = userEvent.setup();
    act(() => useDashboard.getState().setFilters(filtersOf({ themes: ['mer'] })));
    render(<App />);
    await open('courant', 3);
    expect(dialog()).toHaveAccessibleName(
      'Présentation « Vue actuelle (filtres en cours) » : diapositive 4 sur 7',
    );
    expect(slideCaption()).toBe('Filtres : thème Mer');

    clickBar(await themesChart(), 'energie');

    expect(useDashboard.getState().view.filters).toEqual(filtersOf({ themes: ['energie', 'mer'] }));
    expect(slideCaption()).toBe('Filtres : thèmes Énergie, Mer');
    expect(await within(dialog()).findByText('✓ Énergie', {}, CHART)).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeInTheDocument();
  });
});

describe('Presentation keys', { timeout: 30_000 }, () => {
  it('moves with the arrows, Home, End and PageUp, and leaves with Escape, focus back on « Présenter »', async () => {
    const user = userEvent.setup();
    act(() => useDashboard.getState().setFilters(filtersOf({ themes: ['energie'] })));
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Présenter' }));
    await screen.findByRole('dialog');
    expect(dialog()).toHaveAccessibleName(
      'Présentation « Vue actuelle (filtres en cours) » : diapositive 1 sur 7',
    );
    expect(slideCaption()).toBe('Filtres : thème Énergie');
    expect(slideTitle()).toBe('Les pôles de compétitivité en chiffres');

    await user.keyboard('{ArrowRight}');
    expect(dialog()).toHaveAccessibleName(/diapositive 2 sur 7$/);
    expect(slideTitle()).toBe('Adhérents des pôles du Centre');
    expect(useDashboard.getState().presentation).toEqual({ deck: 'courant', slide: 1 });

    await user.keyboard('{ArrowLeft}');
    expect(dialog()).toHaveAccessibleName(/diapositive 1 sur 7$/);
    // Already on the first slide: ArrowLeft stays there.
    await user.keyboard('{ArrowLeft}');
    expect(dialog()).toHaveAccessibleName(/diapositive 1 sur 7$/);

    await user.keyboard('{End}');
    expect(dialog()).toHaveAccessibleName(/diapositive 7 sur 7$/);
    expect(dialog()).toHaveTextContent('7 / 7');
    expect(slideTitle()).toBe('Chronologie de la politique des pôles (2/2)');
    expect(within(dialog()).getByRole('button', { name: 'Diapositive suivante' })).toBeDisabled();

    await user.keyboard('{PageUp}');
    expect(slideTitle()).toBe('Chronologie de la politique des pôles (1/2)');

    await user.keyboard('{Home}');
    expect(dialog()).toHaveAccessibleName(/diapositive 1 sur 7$/);
    expect(within(dialog()).getByRole('button', { name: 'Diapositive précédente' })).toBeDisabled();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useDashboard.getState().presentation).toBeNull();
    expect(screen.getByRole('button', { name: 'Présenter' })).toHaveFocus();
    expect(useDashboard.getState().view.filters).toEqual(filtersOf({ themes: ['energie'] }));
  });

  it('moves with the buttons of the slide bar and leaves with « Quitter (Échap) »', async () => {
    const user = userEvent.setup();
    render(<App />);
    await open('national', 0);
    const nav = within(dialog()).getByRole('navigation', { name: 'Navigation dans la présentation' });
    await user.click(within(nav).getByRole('button', { name: 'Diapositive suivante' }));
    expect(slideTitle()).toBe(THEMES);
    await user.click(within(nav).getByRole('button', { name: 'Diapositive précédente' }));
    expect(slideTitle()).toBe('Les pôles de compétitivité en chiffres');
    await user.click(within(nav).getByRole('button', { name: 'Quitter (Échap)' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the last slide of a deck asked for slide 99', async () => {
    render(<App />);
    await open('national', 98);
    expect(dialog()).toHaveAccessibleName('Présentation « Les 71 pôles nationaux » : diapositive 6 sur 6');
    expect(useDashboard.getState().presentation).toEqual({ deck: 'national', slide: 5 });
  });
});
