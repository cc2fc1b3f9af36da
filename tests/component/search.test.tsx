import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app';
import { SearchBox } from '../../src/features/search/search-box';
import { useDashboard } from '../../src/store/store';
import { loadChartChunks } from '../fixtures/charts';
import { loadBundledData } from '../fixtures/dashboard';
import { pole } from '../fixtures/rows';

const NB = '\u00a0';
const LABEL = 'Rechercher un pôle ou une ville';

const POLES = [
  pole({ id: 'elastopole', name: 'Elastopôle', theme: 'chimie', hq_city: 'Orléans' }),
  pole({ id: 'dream', name: 'DREAM Eau & Milieux', theme: 'eau', hq_city: 'Orléans' }),
  pole({ id: 's2e2', name: 'S2E2', theme: 'energie', hq_city: 'Tours' }),
];
const THEMES: Readonly<Record<string, string>> = {
  chimie: 'Chimie et matériaux',
  eau: 'Eau',
  energie: 'Énergie',
};
const themeLabel = (id: string) => THEMES[id] ?? id;

const suggestions = () =>
  within(screen.getByRole('listbox', { name: 'Pôles suggérés' })).getAllByRole('option');

function renderSearch() {
  const onChoose = vi.fn<(id: string) => void>();
  render(<SearchBox poles={POLES} themeLabel={themeLabel} onChoose={onChoose} />);
  return { onChoose, box: screen.getByRole('combobox', { name: LABEL }) };
}

describe('Search combobox', () => {
  it('is a collapsed combobox that controls a list of suggestions', () => {
    const { box } = renderSearch();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveAttribute('aria-autocomplete', 'list');
    expect(box.getAttribute('aria-controls')).toBe(screen.getByRole('listbox', { hidden: true }).id);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('suggests poles by name whatever the accents, with their city and theme, the first highlighted', async () => {
    const user = userEvent.setup();
    const { box } = renderSearch();
    await user.type(box, 'elastopole');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('listbox', { name: 'Pôles suggérés' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Elastopôle Orléans · Chimie et matériaux']);
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
  });

  it('moves through the suggestions with the arrows and opens one with Enter', async () => {
    const user = userEvent.setup();
    const { box, onChoose } = renderSearch();
    await user.type(box, 'orleans');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent.split(' ')[0])).toEqual(['DREAM', 'Elastopôle']);
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onChoose).toHaveBeenCalledWith('elastopole');
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens a suggestion clicked with the mouse', async () => {
    const user = userEvent.setup();
    const { box, onChoose } = renderSearch();
    await user.type(box, 'tours');
    await user.click(screen.getByRole('option', { name: /^S2E2/ }));
    expect(onChoose).toHaveBeenCalledWith('s2e2');
  });

  it('closes the list on Escape, then empties the field on a second Escape', async () => {
    const user = userEvent.setup();
    const { box } = renderSearch();
    await user.type(box, 'dream');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(box).toHaveValue('dream');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    const { box } = renderSearch();
    await user.type(box, 'zzz');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status').textContent).toBe(
      `Aucun pôle ni aucune ville ne correspond à «${NB}zzz${NB}».`,
    );
  });
});

describe('Search in the page header (bundled data)', { timeout: 40_000 }, () => {
  beforeAll(loadChartChunks, 30_000);
  // The profile loads on demand: have its module ready, as a reader's browser would after the first open.
  beforeAll(() => import('../../src/features/profile/profile-dialog'), 30_000);
  beforeEach(loadBundledData);

  it('opens the profile of the pole chosen', async () => {
    const user = userEvent.setup();
    render(<App />);
    const box = screen.getByRole('combobox', { name: LABEL });
    await user.type(box, 'ELASTOPOLE');
    expect(suggestions()).toHaveLength(1);
    await user.keyboard('{Enter}');
    expect(useDashboard.getState().profile).toBe('elastopole');
    expect(
      await screen.findByRole('dialog', { name: `Fiche du pôle${NB}: Elastopôle` }, { timeout: 15_000 }),
    ).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(box).toHaveFocus();
  });

  it('shows at most 8 suggestions', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(screen.getByRole('combobox', { name: LABEL }), 'a');
    expect(suggestions()).toHaveLength(8);
  });
});
