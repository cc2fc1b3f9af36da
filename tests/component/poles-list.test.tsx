import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBundledData } from '../fixtures/dashboard';
import { PolesListCard } from '../../src/features/poles-list/poles-list-card';

beforeEach(loadBundledData);

const table = () =>
  within(screen.getByRole('region', { name: 'Liste des pôles' })).getByRole('table', {
    name: 'Liste des pôles en vue (71 sur 71)',
  });
const header = (name: string) => within(table()).getByRole('columnheader', { name });
/**
 * [pole name, members] of each data row, in display order. Plain DOM reads here: role queries over
 * 71 rows x 12 cells make the test several seconds slower under jsdom.
 */
const rows = () =>
  [...table().querySelectorAll('tbody tr')].map((row) => {
    // Columns: Comparer (a checkbox cell), Pôle (row header), Thème, Région (2013), Région (2016), Siège,
    // Statut, Année du label, Évaluation 2012, Adhérents, …: "Adhérents" is the 9th cell after the row header.
    return [row.querySelector('th[scope="row"]')?.textContent, row.querySelectorAll('td')[8]?.textContent];
  });

describe('Poles list', { timeout: 15_000 }, () => {
  it('lists the 71 poles by name, as a table with no chart switch', () => {
    render(<PolesListCard />);
    const section = screen.getByRole('region', { name: 'Liste des pôles' });
    expect(section.querySelector('.takeaway')?.textContent).toBe(
      '71\u00a0pôles sur 71, dont 22 avec une réserve sur un fait (colonne « Réserve »). Cliquez sur un en-tête pour trier ; cochez jusqu’à 4 pôles pour les comparer côte à côte.',
    );
    expect(within(section).queryByRole('button', { name: 'Graphique' })).toBeNull();
    expect(rows()).toHaveLength(71);
    expect(rows()[0]).toEqual(['Advancity', '100']);
    const [control, ...columns] = within(table()).getAllByRole('columnheader');
    expect(control).toHaveTextContent('Comparer');
    expect(control).not.toHaveAttribute('aria-sort');
    expect(columns[8]).toHaveTextContent('Adhérents');
    for (const column of columns) {
      expect(column).toHaveAttribute('aria-sort', 'none');
    }
  });

  it('sorts by members, ascending then descending, unknown counts last', async () => {
    const user = userEvent.setup();
    render(<PolesListCard />);

    await user.click(within(header('Adhérents')).getByRole('button', { name: 'Adhérents' }));

    expect(header('Adhérents')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Pôle')).toHaveAttribute('aria-sort', 'none');
    let sorted = rows();
    // Two poles tie at 49: the order by name is kept.
    expect(sorted.slice(0, 3)).toEqual([
      ['Atlanpole Biothérapies', '49'],
      ['Nutrition Santé Longévité (NSL)', '49'],
      ['Hydreos', '60'],
    ]);
    expect(sorted.at(-1)?.[1]).toBe('inconnu');

    await user.click(within(header('Adhérents')).getByRole('button', { name: 'Adhérents' }));

    expect(header('Adhérents')).toHaveAttribute('aria-sort', 'descending');
    sorted = rows();
    expect(sorted.slice(0, 3)).toEqual([
      ['Aerospace Valley', '637'],
      ['Cap Digital', '600'],
      ['Systematic Paris-Region', '600'],
    ]);
    // Unknown counts stay at the end whichever the direction: 44 known, then 27 unknown.
    expect(sorted.slice(44).every(([, members]) => members === 'inconnu')).toBe(true);
    expect(sorted[43]?.[1]).not.toBe('inconnu');

    await user.click(within(header('Pôle')).getByRole('button', { name: 'Pôle' }));
    expect(header('Pôle')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Adhérents')).toHaveAttribute('aria-sort', 'none');
    expect(rows()[0]?.[0]).toBe('Advancity');
  });
});
