import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledData } from '../fixtures/dashboard';
import { FilterPanel } from '../../src/features/filters/filter-panel';
import { FundingCard } from '../../src/features/funding/funding-card';

const TITLE = 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)';
// The chart is React.lazy: its first import takes a while; later renders still suspend once.
const CHART = { timeout: 5000 };
beforeAll(async () => {
  await import('../../src/features/funding/funding-chart');
}, 30_000);

beforeEach(loadBundledData);

const drawnTexts = (section: HTMLElement) =>
  [...section.querySelectorAll('svg text')].map((text) => text.textContent ?? '');

describe('Funding card', { timeout: 15_000 }, () => {
  it('announces the stated total and flags the yearly split as an estimate', () => {
    render(<FundingCard />);
    const takeaway = screen.getByRole('region', { name: TITLE }).querySelector('.takeaway')?.textContent;
    expect(takeaway).toContain('à hauteur de près de 5\u00a0M€ sur 2013-2018');
    expect(takeaway).toContain('soit environ 0,83\u00a0M€ par an en moyenne (estimation');
  });

  it('draws six estimated yearly bars and the announced total as a reference line', async () => {
    render(<FundingCard />);
    const section = screen.getByRole('region', { name: TITLE });
    await waitFor(() => expect(section.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(6), CHART);
    const texts = drawnTexts(section);
    // Each year carries its amount, marked as an estimate ("est." or "(est.)").
    for (const year of ['2013', '2014', '2015', '2016', '2017', '2018']) {
      expect(texts.filter((text) => text.startsWith(year) && /≈ 0,83 \(?est\.\)?$/.test(text))).toHaveLength(
        1,
      );
    }
    expect(texts.filter((text) => /^Total annoncé : près de 5 M€$/.test(text))).toHaveLength(1);
    expect(section.querySelectorAll('.recharts-reference-line')).toHaveLength(1);
    expect(within(section).getByRole('list', { name: 'Légende' })).toHaveTextContent('Montant annuel estimé');
  });

  it('lists six estimated years and one announced amount in the table', async () => {
    const user = userEvent.setup();
    render(<FundingCard />);
    const section = screen.getByRole('region', { name: TITLE });
    await user.click(within(section).getByRole('button', { name: 'Tableau' }));
    const table = within(section).getByRole('table', { name: TITLE });
    expect(within(table).getAllByRole('cell', { name: 'Estimation' })).toHaveLength(6);
    expect(within(table).getAllByRole('cell', { name: 'Montant annoncé' })).toHaveLength(1);
    const total = within(table).getByRole('rowheader', { name: '2013-2018 (total)' }).closest('tr');
    expect(total).not.toBeNull();
    if (total !== null) expect(within(total).getAllByRole('cell')[0]).toHaveTextContent('près de 5');
  });

  it('says that the amount does not follow the filters once one is active', async () => {
    const user = userEvent.setup();
    render(
      <>
        <FilterPanel />
        <FundingCard />
      </>,
    );
    const section = screen.getByRole('region', { name: TITLE });
    expect(within(section).queryByRole('note')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Thème (tous)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Énergie\s*7\s*pôles$/ }));

    expect(within(section).getByRole('note')).toHaveTextContent(/^Ce montant ne suit pas les filtres/);
    // The figures themselves do not change with the filter.
    expect(section.querySelector('.takeaway')?.textContent).toContain('près de 5\u00a0M€');

    await user.click(screen.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' }));
    expect(within(section).queryByRole('note')).toBeNull();
  });
});
