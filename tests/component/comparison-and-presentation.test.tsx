import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { loadBundledData } from '../fixtures/dashboard';
import { useDashboard } from '../../src/store/store';

beforeAll(async () => {
  await import('../../src/components/horizontal-bar-chart');
  await import('../../src/features/funding/funding-chart');
  await import('../../src/features/timeline/timeline-chart');
}, 30_000);

beforeEach(loadBundledData);

describe('Side-by-side comparison', { timeout: 20_000 }, () => {
  it('starts empty with a hint, fills from the list checkboxes, and stops at four', async () => {
    const user = userEvent.setup();
    render(<App />);
    const hint = screen.getByRole('region', { name: 'Comparaison côte à côte' });
    expect(hint).toHaveTextContent('Cochez jusqu’à 4 pôles');

    for (const name of ['Cosmetic Valley', 'Systematic Paris-Region', 'DREAM Eau & Milieux', 'Qualitropic']) {
      await user.click(screen.getByRole('checkbox', { name: `Comparer ${name}` }));
    }
    const comparison = screen.getByRole('region', { name: 'Comparaison côte à côte' });
    const table = within(comparison).getByRole('table', { name: 'Comparaison de 4 pôles' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([
      'Critère',
      'Cosmetic Valley',
      'Systematic Paris-Region',
      'DREAM Eau & Milieux',
      'Qualitropic',
    ]);
    expect(within(table).getByRole('row', { name: /^Adhérents/ })).toHaveTextContent(
      '300 (2014)600 (2011)80 (2014)inconnu',
    );
    expect(screen.getByRole('checkbox', { name: 'Comparer Aquimer' })).toBeDisabled();
    expect(useDashboard.getState().compared).toEqual([
      'cosmetic-valley',
      'systematic',
      'dream',
      'qualitropic',
    ]);

    await user.click(
      within(comparison).getByRole('button', { name: 'Retirer Qualitropic de la comparaison' }),
    );
    expect(screen.getByRole('checkbox', { name: 'Comparer Aquimer' })).toBeEnabled();
    await user.click(within(comparison).getByRole('button', { name: 'Vider la comparaison' }));
    expect(screen.getByRole('region', { name: 'Comparaison côte à côte' })).toHaveTextContent(
      'Cochez jusqu’à 4 pôles',
    );
  });
});

describe('Presentation', { timeout: 20_000 }, () => {
  it('shows one view per slide with the filters, moves with the keys and leaves with Escape', async () => {
    const user = userEvent.setup();
    useDashboard.getState().setFilters({ themes: ['energie'], regions: [] });
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Présenter' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveAccessibleName(
      'Présentation « Vue actuelle (filtres en cours) » : diapositive 1 sur 7',
    );
    expect(dialog).toHaveTextContent('Filtres : thème Énergie');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Les pôles de compétitivité en chiffres',
    );

    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Adhérents des pôles du Centre',
    );
    expect(dialog).toHaveTextContent('2 / 7');
    await user.keyboard('{End}');
    expect(dialog).toHaveTextContent('7 / 7');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Chronologie de la politique des pôles (2/2)',
    );
    await user.keyboard('{PageUp}');
    expect(dialog).toHaveTextContent('6 / 7');
    await user.keyboard('{Home}');
    expect(dialog).toHaveTextContent('1 / 7');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Présenter' })).toHaveFocus();
    expect(useDashboard.getState().filters.themes).toEqual(['energie']);
  });

  it('the Centre deck shows its own filters without touching the reader’s', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Diapositives à présenter' }), 'centre');
    await user.click(screen.getByRole('button', { name: 'Présenter' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Filtres : région Centre');
    expect(dialog).toHaveTextContent('1 / 5');
    expect(useDashboard.getState().filters).toEqual({ themes: [], regions: [] });
  });
});
