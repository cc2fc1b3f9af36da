import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { DEFAULT_URL_STATE } from '../../src/store/url-state';
import { useDashboard } from '../../src/store/store';
import { loadChartChunks } from '../fixtures/charts';
import { loadBundledData } from '../fixtures/dashboard';
import { filtersOf } from '../fixtures/view';

beforeAll(loadChartChunks, 30_000);
beforeEach(loadBundledData);

const filterCount = () => within(screen.getByRole('group', { name: 'Filtres' })).getByRole('status');
const listCard = () => screen.getByRole('region', { name: 'Liste des pôles' });
/** The list's table, named by its caption, which counts the poles in view. */
const listTable = () => within(listCard()).getByRole('table');
/** Each key figure as read: its value, then what it counts. */
const keyFigures = () =>
  within(screen.getByRole('list', { name: 'Chiffres clés' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

async function tick(user: ReturnType<typeof userEvent.setup>, control: string, option: RegExp) {
  await user.click(screen.getByRole('button', { name: control }));
  await user.click(screen.getByRole('checkbox', { name: option }));
}

describe('Filter bar', { timeout: 40_000 }, () => {
  it('lists every theme with its count of poles, in a panel its button opens', async () => {
    const user = userEvent.setup();
    render(<App />);
    const themeButton = screen.getByRole('button', { name: 'Thème (tous)' });
    expect(themeButton).toHaveAttribute('aria-expanded', 'false');

    await user.click(themeButton);

    expect(themeButton).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Thème' });
    const options = within(panel).getAllByRole('checkbox');
    expect(options).toHaveLength(13);
    expect(
      within(panel).getByRole('checkbox', { name: /^Aéronautique et espace\s*3\s*pôles$/ }),
    ).not.toBeChecked();
    expect(
      within(panel).getByRole('checkbox', { name: /^Agriculture et agroalimentaire\s*13\s*pôles$/ }),
    ).toBeInTheDocument();
  });

  it('shows a tick in the filter bar at once, and the cards follow with the filtered view', async () => {
    const user = userEvent.setup();
    render(<App />);
    const themes = () => screen.getByRole('region', { name: 'Pôles par thème' });
    expect(themes()).not.toHaveTextContent('✓ Énergie');

    await user.click(screen.getByRole('button', { name: 'Thème (tous)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Énergie/ }));

    expect(screen.getByRole('checkbox', { name: /^Énergie/ })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Thème (1 sélectionné)' })).toBeInTheDocument();
    expect(await within(themes()).findByText('✓ Énergie')).toBeInTheDocument();
    expect(filterCount().textContent).toBe('7\u00a0pôles sur 71');
  });

  it('filters on Énergie, shows it as a chip, and removes the filter with its chip', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(filterCount().textContent).toBe('71\u00a0pôles, aucun filtre');
    expect(listTable()).toHaveAccessibleName('Liste des pôles en vue (71 sur 71)');
    expect(screen.queryByRole('list', { name: 'Filtres actifs' })).toBeNull();

    const themeButton = screen.getByRole('button', { name: 'Thème (tous)' });
    await user.click(themeButton);
    const energie = screen.getByRole('checkbox', { name: /^Énergie\s*7\s*pôles$/ });
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
    expect(listTable()).toHaveAccessibleName('Liste des pôles en vue (7 sur 71)');
    expect(within(listCard()).getAllByRole('rowheader')).toHaveLength(7);
    expect(keyFigures()).toContainEqual(expect.stringMatching(/^7pôles sur 71 dans la sélection/));
    // The region options now count the Énergie poles only.
    await user.click(screen.getByRole('button', { name: 'Région du siège (2013) (tous)' }));
    expect(screen.getByRole('checkbox', { name: /^Centre\s*1\s*pôle$/ })).toBeInTheDocument();

    await user.click(within(chips).getByRole('button', { name: 'Retirer le filtre Thème : Énergie' }));

    expect(useDashboard.getState().view.filters).toEqual(filtersOf());
    expect(screen.queryByRole('list', { name: 'Filtres actifs' })).toBeNull();
    expect(filterCount().textContent).toBe('71\u00a0pôles, aucun filtre');
    expect(listTable()).toHaveAccessibleName('Liste des pôles en vue (71 sur 71)');
    expect(keyFigures()).toContainEqual(expect.stringMatching(/^71pôles de compétitivité nationaux/));
    expect(screen.getByRole('button', { name: 'Thème (tous)' })).toBeInTheDocument();
  });

  it('shows empty states with a reset when theme and region match no pole, and the reset restores everything', async () => {
    const user = userEvent.setup();
    render(<App />);
    // No pole of theme « Mer » is seated in région Centre.
    await tick(user, 'Thème (tous)', /^Mer\s*2\s*pôles$/);
    await tick(user, 'Région du siège (2013) (tous)', /^Centre\s*0\s*pôle$/);

    expect(filterCount().textContent).toBe('0\u00a0pôle sur 71');
    expect(keyFigures()).toEqual([
      expect.stringMatching(/^0pôle sur 71 dans la sélection/),
      expect.stringMatching(/^0pôle du Centre sur 4 dans la sélection/),
      expect.stringMatching(/^0adhésions au total aux pôles du Centre de la sélection/),
      expect.stringMatching(/^près de 5\u00a0M€de l’État/),
    ]);
    const membership = screen.getByRole('region', { name: 'Adhérents des pôles du Centre' });
    expect(within(membership).getByRole('status')).toHaveTextContent(
      'Aucun des 4 pôles du Centre ne correspond aux filtres.',
    );
    expect(within(listCard()).getByRole('status')).toHaveTextContent('Aucun pôle ne correspond aux filtres.');
    expect(within(listCard()).queryByRole('table')).toBeNull();
    // One reset in the filter bar, one in each empty card; the counts per theme and per region follow the other
    // dimension only, so they still have bars to click.
    const reset = { name: 'Réinitialiser les filtres' } as const;
    expect(within(screen.getByRole('region', { name: 'Filtres' })).getByRole('button', reset)).toBeVisible();
    for (const empty of [
      'Adhérents des pôles du Centre',
      'Liste des pôles',
      'Pôles par statut au label',
      'Pôles par année du premier label',
      'Pôles par classe à l’évaluation de 2012',
    ])
      expect(within(screen.getByRole('region', { name: empty })).getByRole('button', reset)).toBeVisible();
    for (const drawn of ['Pôles par thème', 'Pôles par région du siège (régions de 2013)'])
      expect(within(screen.getByRole('region', { name: drawn })).queryByRole('button', reset)).toBeNull();

    await user.click(within(listCard()).getByRole('button', { name: 'Réinitialiser les filtres' }));

    expect(useDashboard.getState().view.filters).toEqual(filtersOf());
    expect(screen.queryByRole('button', { name: 'Réinitialiser les filtres' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Filtres actifs' })).toBeNull();
    expect(filterCount().textContent).toBe('71\u00a0pôles, aucun filtre');
    expect(listTable()).toHaveAccessibleName('Liste des pôles en vue (71 sur 71)');
    expect(keyFigures()).toEqual([
      expect.stringMatching(/^71pôles de compétitivité nationaux/),
      expect.stringMatching(/^4pôles dont le siège est en région Centre/),
      expect.stringMatching(/^620adhésions au total aux 4 pôles du Centresomme calculée ici/),
      expect.stringMatching(/^près de 5\u00a0M€de l’État pour les pôles du Centre, 2013-2018/),
    ]);
    expect(within(membership).queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: 'Thème (tous)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Région du siège (2013) (tous)' })).toBeInTheDocument();
  });

  it('resets every filter with the bar’s own « Réinitialiser les filtres »', async () => {
    const user = userEvent.setup();
    render(<App />);
    await tick(user, 'Thème (tous)', /^Énergie\s*7\s*pôles$/);
    await tick(user, 'Région du siège (2013) (tous)', /^Centre\s*1\s*pôle$/);
    expect(
      within(screen.getByRole('list', { name: 'Filtres actifs' }))
        .getAllByRole('button')
        .map((chip) => chip.getAttribute('aria-label')),
    ).toEqual(['Retirer le filtre Thème : Énergie', 'Retirer le filtre Région : Centre']);

    await user.click(screen.getByRole('button', { name: 'Réinitialiser les filtres' }));

    expect(useDashboard.getState().view.filters).toEqual(filtersOf());
    expect(screen.queryByRole('list', { name: 'Filtres actifs' })).toBeNull();
  });

  it('closes the open panel with Escape and gives focus back to its button', async () => {
    const user = userEvent.setup();
    render(<App />);
    const themeButton = screen.getByRole('button', { name: 'Thème (tous)' });
    await user.click(themeButton);
    const panel = screen.getByRole('group', { name: 'Thème' });
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

  it('says once which ids of the address it ignored, until the reader hides the notice', async () => {
    const user = userEvent.setup();
    act(() => {
      useDashboard.getState().applyUrlState({
        ...DEFAULT_URL_STATE,
        filters: filtersOf({ themes: ['energie', 'teleportation'], regions: ['atlantide'] }),
        compared: ['cosmetic-valley', 'pole-fantome'],
      });
      useDashboard.getState().reconcileIds();
    });
    render(<App />);

    expect(screen.getByText(/^Éléments de l’adresse ignorés car inconnus/)).toHaveTextContent(
      'Éléments de l’adresse ignorés car inconnus : thème « teleportation », région « atlantide », pôle à comparer « pole-fantome ».',
    );
    expect(useDashboard.getState().view.filters).toEqual(filtersOf({ themes: ['energie'] }));
    expect(screen.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeInTheDocument();
    const comparison = screen.getByRole('region', { name: 'Comparaison côte à côte' });
    expect(
      within(within(comparison).getByRole('table', { name: 'Comparaison de 1 pôle' })).getByRole(
        'columnheader',
        {
          name: 'Cosmetic Valley',
        },
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Masquer' }));

    expect(screen.queryByText(/^Éléments de l’adresse ignorés/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeInTheDocument();
  });
});

/** The checkboxes of a facet's open panel, each read as « label count ». */
async function optionsOf(user: ReturnType<typeof userEvent.setup>, control: string, facet: string) {
  await user.click(screen.getByRole('button', { name: control }));
  const options = within(screen.getByRole('group', { name: facet }))
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.textContent.replace(/\s+/g, ' ').trim());
  await user.keyboard('{Escape}');
  return options;
}

const chipNames = () =>
  within(screen.getByRole('list', { name: 'Filtres actifs' }))
    .getAllByRole('button')
    .map((chip) => chip.getAttribute('aria-label'));

describe('The five facets of the filter bar', { timeout: 60_000 }, () => {
  it('offers a control per facet, in order, each option with its count of poles', async () => {
    const user = userEvent.setup();
    render(<App />);
    const controls = within(screen.getByRole('group', { name: 'Filtres' }))
      .getAllByRole('button', { expanded: false })
      .map((button) => button.textContent.replace(/[▾▴]/g, '').trim());
    expect(controls).toEqual([
      'Thème (tous)',
      'Région du siège (2013) (tous)',
      'Statut (tous)',
      'Année du label (tous)',
      'Évaluation 2012 (tous)',
    ]);
    expect(await optionsOf(user, 'Statut (tous)', 'Statut')).toEqual([
      'À vocation mondiale 11 pôles',
      'Mondial 7 pôles',
      'National 53 pôles',
    ]);
    expect(await optionsOf(user, 'Année du label (tous)', 'Année du label')).toEqual([
      '2005 60 pôles',
      '2007 5 pôles',
      '2010 6 pôles',
    ]);
    expect(await optionsOf(user, 'Évaluation 2012 (tous)', 'Évaluation 2012')).toEqual([
      'Moins performant 16 pôles',
      'Performant 35 pôles',
      'Très performant 20 pôles',
    ]);
    expect(await optionsOf(user, 'Région du siège (2013) (tous)', 'Région du siège (2013)')).toHaveLength(27);
  });

  it('filters every view on a status, shows « Statut : Mondial » as a chip, and removes it with its chip', async () => {
    const user = userEvent.setup();
    render(<App />);
    await tick(user, 'Statut (tous)', /^Mondial\s*7\s*pôles$/);

    expect(useDashboard.getState().view.filters).toEqual(filtersOf({ categories: ['mondial'] }));
    expect(chipNames()).toEqual(['Retirer le filtre Statut : Mondial']);
    expect(screen.getByRole('button', { name: 'Statut (1 sélectionné)' })).toBeInTheDocument();
    expect(filterCount().textContent).toBe('7\u00a0pôles sur 71');
    expect(listTable()).toHaveAccessibleName('Liste des pôles en vue (7 sur 71)');
    expect(keyFigures()).toContainEqual(expect.stringMatching(/^7pôles sur 71 dans la sélection/));
    // The other facets count the poles of that status only.
    expect(await optionsOf(user, 'Thème (tous)', 'Thème')).toContain('Numérique 3 pôles');

    await user.click(screen.getByRole('button', { name: 'Retirer le filtre Statut : Mondial' }));

    expect(useDashboard.getState().view.filters).toEqual(filtersOf());
    expect(filterCount().textContent).toBe('71\u00a0pôles, aucun filtre');
  });

  it('gives each facet its chip, in the order of the controls, and combines them', async () => {
    const user = userEvent.setup();
    render(<App />);
    await tick(user, 'Évaluation 2012 (tous)', /^Très performant\s*20\s*pôles$/);
    await tick(user, 'Année du label (tous)', /^2005\s*\d+\s*pôles$/);
    await tick(user, 'Statut (tous)', /^Mondial\s*\d+\s*pôles$/);

    expect(chipNames()).toEqual([
      'Retirer le filtre Statut : Mondial',
      'Retirer le filtre Année du label : 2005',
      'Retirer le filtre Évaluation 2012 : Très performant',
    ]);
    expect(filterCount().textContent).toBe('4\u00a0pôles sur 71');
    expect(
      within(listCard())
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Aerospace Valley/),
        expect.stringMatching(/^Minalogic/),
      ]),
    );

    await user.click(screen.getByRole('button', { name: 'Retirer le filtre Année du label : 2005' }));
    expect(useDashboard.getState().view.filters).toEqual(
      filtersOf({ categories: ['mondial'], evaluations: ['tres-performant'] }),
    );
    await user.click(
      within(screen.getByRole('region', { name: 'Filtres' })).getByRole('button', {
        name: 'Réinitialiser les filtres',
      }),
    );
    expect(useDashboard.getState().view.filters).toEqual(filtersOf());
  });

  it('names the unknown status, year and class of the address it ignored', () => {
    act(() => {
      useDashboard.getState().applyUrlState({
        ...DEFAULT_URL_STATE,
        filters: filtersOf({
          categories: ['galactique'],
          years: ['1999', '2005'],
          evaluations: ['excellent'],
        }),
      });
      useDashboard.getState().reconcileIds();
    });
    render(<App />);
    expect(screen.getByText(/^Éléments de l’adresse ignorés car inconnus/)).toHaveTextContent(
      'Éléments de l’adresse ignorés car inconnus : statut « galactique », année de label « 1999 », évaluation 2012 « excellent ».',
    );
    expect(chipNames()).toEqual(['Retirer le filtre Année du label : 2005']);
  });
});

describe('The « Découpage régional » switch', { timeout: 60_000 }, () => {
  const switchGroup = () => screen.getByRole('group', { name: 'Découpage régional' });

  it('starts on the 2013 regions, and says why the poles are counted on that map', () => {
    render(<App />);
    expect(within(switchGroup()).getByRole('button', { name: 'Régions de 2013' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(switchGroup()).getByRole('button', { name: 'Régions de 2016' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(switchGroup()).toHaveAccessibleDescription(/labellisés dans les 22 régions d’avant 2016/);
  });

  it('switches the region control, the region card and the filter to the 2016 regions, clearing a 2013 region', async () => {
    const user = userEvent.setup();
    render(<App />);
    await tick(user, 'Région du siège (2013) (tous)', /^Centre\s*4\s*pôles$/);
    expect(filterCount().textContent).toBe('4\u00a0pôles sur 71');

    await user.click(within(switchGroup()).getByRole('button', { name: 'Régions de 2016' }));

    expect(within(switchGroup()).getByRole('button', { name: 'Régions de 2016' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(useDashboard.getState().view.regionScheme).toBe('2016');
    expect(useDashboard.getState().view.filters).toEqual(filtersOf());
    expect(screen.queryByRole('list', { name: 'Filtres actifs' })).toBeNull();
    expect(filterCount().textContent).toBe('71\u00a0pôles, aucun filtre');
    expect(screen.queryByRole('button', { name: 'Région du siège (2013) (tous)' })).toBeNull();
    const regions = await optionsOf(user, 'Région du siège (2016) (tous)', 'Région du siège (2016)');
    expect(regions).toHaveLength(18);
    expect(regions).toContain('Centre-Val de Loire 4 pôles');
    expect(regions).toContain('Auvergne-Rhône-Alpes 11 pôles');
    expect(regions).not.toContain('Centre 4 pôles');
    expect(
      screen.getByRole('region', { name: 'Pôles par région du siège (régions de 2016)' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Pôles par région du siège (régions de 2013)' })).toBeNull();

    await tick(user, 'Région du siège (2016) (tous)', /^Centre-Val de Loire\s*4\s*pôles$/);

    expect(chipNames()).toEqual(['Retirer le filtre Région : Centre-Val de Loire']);
    expect(filterCount().textContent).toBe('4\u00a0pôles sur 71');
    expect(listTable()).toHaveAccessibleName('Liste des pôles en vue (4 sur 71)');

    await user.click(within(switchGroup()).getByRole('button', { name: 'Régions de 2013' }));

    expect(useDashboard.getState().view).toMatchObject({ regionScheme: '2013', filters: filtersOf() });
    expect(screen.getByRole('button', { name: 'Région du siège (2013) (tous)' })).toBeInTheDocument();
  });

  it('keeps the other facets when the map changes', async () => {
    const user = userEvent.setup();
    render(<App />);
    await tick(user, 'Statut (tous)', /^National\s*53\s*pôles$/);
    await tick(user, 'Région du siège (2013) (tous)', /^Centre\s*4\s*pôles$/);
    await user.click(within(switchGroup()).getByRole('button', { name: 'Régions de 2016' }));
    expect(chipNames()).toEqual(['Retirer le filtre Statut : National']);
    expect(filterCount().textContent).toBe('53\u00a0pôles sur 71');
  });
});
