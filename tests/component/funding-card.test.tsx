import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { CHART, EXACT, loadChartChunks } from '../fixtures/charts';
import { loadBundledData } from '../fixtures/dashboard';

const TITLE = 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)';

beforeAll(loadChartChunks, 30_000);
beforeEach(loadBundledData);

const card = () => screen.getByRole('region', { name: TITLE });

describe('Funding card in the dashboard (bundled data)', { timeout: 30_000 }, () => {
  it('announces the stated total and flags the yearly split as an estimate', () => {
    render(<App />);
    const takeaway = within(card()).getByText(/^L’État s’engage/).textContent;
    expect(takeaway).toContain('à hauteur de près de 5\u00a0M€ sur 2013-2018');
    expect(takeaway).toContain('soit environ 0,83\u00a0M€ par an en moyenne (estimation');
  });

  it('draws six yearly columns, each marked « ≈ 0,83 est. », and the announced total as a reference line', async () => {
    render(<App />);
    const chart = within(card()).getByRole('figure', { name: TITLE });
    expect(
      await within(chart).findByText('Total annoncé : près de 5\u00a0M€', EXACT, CHART),
    ).toBeInTheDocument();
    expect(within(chart).getAllByText('≈ 0,83 est.')).toHaveLength(6);
    for (const year of ['2013', '2014', '2015', '2016', '2017', '2018'])
      expect(within(chart).getByText(year)).toBeInTheDocument();
    // The running sums are approximate, and the last one reads as the source words the total.
    expect(within(chart).getByText('≈ 4,2')).toBeInTheDocument();
    expect(within(chart).getByText('près de 5')).toBeInTheDocument();
  });

  it('names every mark in its legend, the estimate as an estimate', async () => {
    render(<App />);
    const legend = await within(card()).findByRole('list', { name: 'Légende' }, CHART);
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent.trim()),
    ).toEqual([
      'Montant annuel estimé : total réparti à parts égales (la source ne donne que le total)',
      'Cumul estimé',
      'Total annoncé par la source',
    ]);
  });

  it('lists six estimated years and one announced amount in its table', async () => {
    const user = userEvent.setup();
    render(<App />);
    // Taken before the switch: the table's scrolling region bears the same name as the card.
    const section = card();
    await user.click(within(section).getByRole('button', { name: 'Tableau' }));
    const table = within(section).getByRole('table', { name: TITLE });
    expect(within(table).getAllByRole('cell', { name: 'Estimation' })).toHaveLength(6);
    expect(within(table).getAllByRole('cell', { name: 'Montant annoncé' })).toHaveLength(1);
    expect(within(table).getByRole('row', { name: /^2013-2018 \(total\)/ })).toHaveTextContent(
      /^2013-2018 \(total\)près de 5—Montant annoncé/,
    );
  });

  it('says that the amount does not follow the filters once one is on, and stops saying it when it is off', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(within(card()).queryByRole('note')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Thème (tous)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Énergie\s*7\s*pôles$/ }));

    expect(within(card()).getByRole('note')).toHaveTextContent(/^Ce montant ne suit pas les filtres/);
    // The figures themselves do not change with the filter.
    expect(within(card()).getByText(/^L’État s’engage/).textContent).toContain('près de 5\u00a0M€');

    await user.click(screen.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' }));
    expect(within(card()).queryByRole('note')).toBeNull();
  });
});
