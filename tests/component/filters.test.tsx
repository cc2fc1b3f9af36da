import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { loadBundledData } from '../fixtures/dashboard';
import { useDashboard } from '../../src/store/store';

beforeAll(async () => {
  // Warm the lazy chart chunks so that the charts App renders do not slow down the first test.
  await import('../../src/components/horizontal-bar-chart');
  await import('../../src/features/funding/funding-chart');
}, 30_000);

beforeEach(loadBundledData);

const filterCount = () => within(screen.getByRole('group', { name: 'Filtres' })).getByRole('status');
const listCard = () => screen.getByRole('region', { name: 'Liste des pôles' });
const listCaption = () => within(listCard()).queryByRole('table')?.querySelector('caption')?.textContent;
const keyValues = () =>
  within(screen.getByRole('list', { name: 'Chiffres clés' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.key-value')?.textContent);

async function tick(user: ReturnType<typeof userEvent.setup>, control: string, option: RegExp) {
  await user.click(screen.getByRole('button', { name: control }));
  await user.click(screen.getByRole('checkbox', { name: option }));
}

describe('Filters', { timeout: 20_000 }, () => {
  it('opens the theme panel, filters on Énergie, and removes the filter with its chip', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(filterCount().textContent).toBe('71\u00a0pôles, aucun filtre');
    expect(listCaption()).toBe('Liste des pôles en vue (71 sur 71)');
    expect(screen.queryByRole('list', { name: 'Filtres actifs' })).toBeNull();

    const themeButton = screen.getByRole('button', { name: 'Thème (tous)' });
    expect(themeButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(themeButton);
    expect(themeButton).toHaveAttribute('aria-expanded', 'true');
    const energie = screen.getByRole('checkbox', { name: /^Énergie\s*7\s*pôles$/ });
    expect(energie).not.toBeChecked();
    await user.click(energie);

    expect(energie).toBeChecked();
    expect(screen.getByRole('button', { name: 'Thème (1 sélectionné)' })).toBe(themeButton);
    const chips = screen.getByRole('list', { name: 'Filtres actifs' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((chip) => chip.getAttribute('aria-label')),
    ).toEqual(['Retirer le filtre Thème : Énergie']);
    expect(filterCount().textContent).toBe('7\u00a0pôles sur 71');
    expect(listCaption()).toBe('Liste des pôles en vue (7 sur 71)');
    expect(within(listCard()).getAllByRole('rowheader')).toHaveLength(7);
    expect(keyValues()[0]).toBe('7');

    await user.click(within(chips).getByRole('button', { name: 'Retirer le filtre Thème : Énergie' }));

    expect(screen.queryByRole('list', { name: 'Filtres actifs' })).toBeNull();
    expect(filterCount().textContent).toBe('71\u00a0pôles, aucun filtre');
    expect(listCaption()).toBe('Liste des pôles en vue (71 sur 71)');
    expect(keyValues()[0]).toBe('71');
    expect(screen.getByRole('button', { name: 'Thème (tous)' })).toBeInTheDocument();
  });

  it('shows empty states with a reset when theme and region match no pole, and the reset restores everything', async () => {
    const user = userEvent.setup();
    render(<App />);
    // No pole of theme "Mer" is seated in région Centre.
    await tick(user, 'Thème (tous)', /^Mer\s*2\s*pôles$/);
    await tick(user, 'Région du siège (2013) (tous)', /^Centre\s*0\s*pôle$/);

    expect(filterCount().textContent).toBe('0\u00a0pôle sur 71');
    expect(keyValues().slice(0, 3)).toEqual(['0', '0', '0']);
    const membership = screen.getByRole('region', { name: 'Adhérents des pôles du Centre' });
    expect(within(membership).getByRole('status')).toHaveTextContent(
      'Aucun des 4 pôles du Centre ne correspond aux filtres.',
    );
    expect(within(listCard()).getByRole('status')).toHaveTextContent('Aucun pôle ne correspond aux filtres.');
    expect(within(listCard()).queryByRole('table')).toBeNull();
    // One reset in the filter bar, one in each empty card.
    expect(screen.getAllByRole('button', { name: 'Réinitialiser les filtres' })).toHaveLength(3);

    await user.click(within(listCard()).getByRole('button', { name: 'Réinitialiser les filtres' }));

    expect(useDashboard.getState().filters).toEqual({ themes: [], regions: [] });
    expect(screen.queryByRole('button', { name: 'Réinitialiser les filtres' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Filtres actifs' })).toBeNull();
    expect(filterCount().textContent).toBe('71\u00a0pôles, aucun filtre');
    expect(listCaption()).toBe('Liste des pôles en vue (71 sur 71)');
    expect(keyValues()).toEqual(['71', '4', '620', 'près de 5\u00a0M€']);
    expect(within(membership).queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: 'Thème (tous)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Région du siège (2013) (tous)' })).toBeInTheDocument();
  });

  it('closes the open panel with Escape and gives focus back to its button', async () => {
    const user = userEvent.setup();
    render(<App />);
    const themeButton = screen.getByRole('button', { name: 'Thème (tous)' });
    await user.click(themeButton);
    const panel = document.getElementById(themeButton.getAttribute('aria-controls') ?? '');
    expect(panel).toBeVisible();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: /^Aéronautique et espace\s*3\s*pôles$/ })).toHaveFocus();

    await user.keyboard('{Escape}');

    expect(themeButton).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    expect(themeButton).toHaveFocus();
  });

  it('closes the open panel on a click outside it', async () => {
    const user = userEvent.setup();
    render(<App />);
    const themeButton = screen.getByRole('button', { name: 'Thème (tous)' });
    await user.click(themeButton);
    expect(themeButton).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(themeButton).toHaveAttribute('aria-expanded', 'false');
  });
});
