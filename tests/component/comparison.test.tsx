import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { useDashboard } from '../../src/store/store';
import { CHART, loadChartChunks } from '../fixtures/charts';
import { loadBundledData } from '../fixtures/dashboard';

const TITLE = 'Comparaison côte à côte';

beforeAll(loadChartChunks, 30_000);
beforeEach(loadBundledData);

const comparison = () => screen.getByRole('region', { name: TITLE });
const tick = (user: ReturnType<typeof userEvent.setup>, name: string) =>
  user.click(screen.getByRole('checkbox', { name: `Comparer ${name}` }));

describe('Side-by-side comparison in the dashboard (bundled data)', { timeout: 40_000 }, () => {
  it('starts as a hint that says how to fill it', () => {
    render(<App />);
    expect(comparison()).toHaveTextContent(
      'Cochez jusqu’à 4 pôles dans la colonne « Comparer » de la liste ci-dessous pour les voir côte à côte.',
    );
    expect(within(comparison()).queryByRole('table')).toBeNull();
  });

  it('shows two poles ticked in the list side by side, and draws their counts with their years', async () => {
    const user = userEvent.setup();
    render(<App />);
    await tick(user, 'Cosmetic Valley');
    await tick(user, 'Systematic Paris-Region');

    expect(useDashboard.getState().view.compared).toEqual(['cosmetic-valley', 'systematic']);
    const card = comparison();
    expect(within(card).getByText(/pôles de 2 thèmes comparés/)).toHaveTextContent(
      '2 pôles de 2 thèmes comparés : Systematic Paris-Region compte le plus d’adhérents (600 membres, 2011) ; les effectifs peuvent dater d’années différentes et ne pas compter la même chose.',
    );
    const table = within(card).getByRole('table', { name: 'Comparaison de 2 pôles' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Critère', 'Cosmetic Valley', 'Systematic Paris-Region']);
    expect(within(table).getByRole('row', { name: /^Adhérents/ })).toHaveTextContent('Adhérents300600');
    expect(within(table).getByRole('row', { name: /^Unité comptée/ })).toHaveTextContent(
      'Unité comptéeadhérentsmembres',
    );
    expect(within(table).getByRole('row', { name: /^Libellé de la source/ })).toHaveTextContent(
      'Libellé de la source300 adhérents600 membres',
    );
    expect(within(table).getByRole('row', { name: /^Année du chiffre/ })).toHaveTextContent(
      'Année du chiffre des adhérents20142011',
    );
    expect(within(table).getByRole('link', { name: 'Cosmetic Valley' })).toHaveAttribute(
      'href',
      '?pole=cosmetic-valley',
    );

    await user.click(within(card).getByRole('button', { name: 'Graphique' }));
    const chart = within(card).getByRole('figure', { name: TITLE });
    expect(await within(chart).findByText('600 membres · 2011', {}, CHART)).toBeInTheDocument();
    expect(within(chart).getByText('300 · 2014')).toBeInTheDocument();
  });

  it('takes up to four poles, then disables the other boxes; a chip removes one, a button clears them all', async () => {
    const user = userEvent.setup();
    render(<App />);
    for (const name of ['Cosmetic Valley', 'Systematic Paris-Region', 'DREAM Eau & Milieux', 'Qualitropic'])
      await tick(user, name);

    const table = within(comparison()).getByRole('table', { name: 'Comparaison de 4 pôles' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Critère',
      'Cosmetic Valley',
      'Systematic Paris-Region',
      'DREAM Eau & Milieux',
      'Qualitropic',
    ]);
    expect(within(table).getByRole('row', { name: /^Adhérents/ })).toHaveTextContent(
      'Adhérents30060080inconnu',
    );
    expect(within(table).getByRole('row', { name: /^Année du chiffre/ })).toHaveTextContent(
      'Année du chiffre des adhérents201420112014—',
    );
    expect(comparison()).toHaveTextContent('Effectif inconnu : Qualitropic (non dessiné).');
    expect(screen.getByRole('checkbox', { name: 'Comparer Aquimer' })).toBeDisabled();
    expect(useDashboard.getState().view.compared).toEqual([
      'cosmetic-valley',
      'systematic',
      'dream',
      'qualitropic',
    ]);

    const chips = within(comparison()).getByRole('list', { name: 'Pôles comparés' });
    await user.click(within(chips).getByRole('button', { name: 'Retirer Qualitropic de la comparaison' }));

    expect(screen.getByRole('checkbox', { name: 'Comparer Qualitropic' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Comparer Aquimer' })).toBeEnabled();
    expect(within(comparison()).getByRole('table', { name: 'Comparaison de 3 pôles' })).toBeInTheDocument();

    await user.click(within(comparison()).getByRole('button', { name: 'Vider la comparaison' }));

    expect(useDashboard.getState().view.compared).toEqual([]);
    expect(comparison()).toHaveTextContent('Cochez jusqu’à 4 pôles');
    expect(screen.getByRole('checkbox', { name: 'Comparer Cosmetic Valley' })).not.toBeChecked();
  });
});
