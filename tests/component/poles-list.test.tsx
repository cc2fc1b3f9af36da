import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { dashboardFrame } from '../../src/components/card/card-frame';
import { CardSlot } from '../../src/components/card/card-slot';
import { polesListCard } from '../../src/features/poles-list/poles-list-card';
import { DEFAULT_VIEW } from '../../src/model/view';
import { readyFiles } from '../fixtures/card-files';
import { loadBundledData } from '../fixtures/dashboard';
import { pole, region, source, theme } from '../fixtures/rows';

const TITLE = 'Liste des pôles';

/** Five poles: two tie at 49 members, one count is unknown. */
const files = () =>
  readyFiles({
    poles: [
      pole({ id: 'gamma', name: 'Gamma', members: 60 }),
      pole({ id: 'beta', name: 'Beta', members: 49 }),
      pole({ id: 'delta', name: 'Delta', members: null, members_year: null, doubt: 'Effectif introuvable' }),
      pole({ id: 'alpha', name: 'Alpha', members: 49 }),
      pole({ id: 'epsilon', name: 'Epsilon', members: 637, members_year: null }),
    ],
    themes: [theme('biens-de-consommation', 'Biens de consommation')],
    regions: [
      region('centre', true, false, 'Centre'),
      region('centre-val-de-loire', false, true, 'Centre-Val de Loire'),
    ],
    sources: [{ ...source('direccte'), publisher: 'DIRECCTE Centre', url: 'https://example.org/communique' }],
  });

const renderList = () =>
  render(
    <CardSlot
      definition={polesListCard}
      files={files()}
      view={DEFAULT_VIEW}
      frame={dashboardFrame('light', () => 'Filtres : aucun')}
      onAction={() => undefined}
    />,
  );

const table = () => within(screen.getByRole('region', { name: TITLE })).getByRole('table');
const header = (name: string) => within(table()).getByRole('columnheader', { name });
const sortBy = (user: ReturnType<typeof userEvent.setup>, name: string) =>
  user.click(within(header(name)).getByRole('button', { name }));
const poleNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('Poles list card', () => {
  it('lists the poles by name with every fact, and says how many carry a reserve', () => {
    renderList();
    const card = screen.getByRole('region', { name: TITLE });
    expect(within(card).getByText(/^5 pôles sur 5/).textContent).toBe(
      '5\u00a0pôles sur 5, dont 1 avec une réserve sur un fait (colonne « Réserve »). Cliquez sur un nom pour ouvrir la fiche du pôle, sur un en-tête pour trier ; cochez jusqu’à 4 pôles pour les comparer côte à côte.',
    );
    expect(within(card).getByRole('table', { name: 'Liste des pôles en vue (5 sur 5)' })).toBeInTheDocument();
    expect(poleNames()).toEqual(['Alpha', 'Beta', 'Delta', 'Epsilon', 'Gamma']);
    expect(within(table()).getByRole('row', { name: /^Comparer Delta/ })).toHaveTextContent(
      'DeltaBiens de consommationCentreCentre-Val de LoireChartresNational2005Performantinconnu———Effectif introuvableDIRECCTE Centre',
    );
    expect(within(table()).getByRole('row', { name: /^Comparer Epsilon/ })).toHaveTextContent(
      '637aucunnon préciséenon précisée',
    );
    const links = within(table()).getAllByRole('link', { name: 'DIRECCTE Centre' });
    expect(links).toHaveLength(5);
    for (const link of links) expect(link).toHaveAttribute('href', 'https://example.org/communique');
  });

  it('makes every data column a sort button, announced as unsorted at first; the « Comparer » column is not one', () => {
    renderList();
    const headers = within(table()).getAllByRole('columnheader');
    expect(headers.map((cell) => cell.textContent.replace(/[↕▲▼]$/, ''))).toEqual([
      'Comparer',
      'Pôle',
      'Thème',
      'Région (2013)',
      'Région (2016)',
      'Siège',
      'Statut au label',
      'Année du label',
      'Évaluation 2012',
      'Adhérents',
      'Qualificatif (adhérents)',
      'Unité (adhérents)',
      'Année (adhérents)',
      'Réserve',
      'Source',
    ]);
    expect(header('Comparer')).not.toHaveAttribute('aria-sort');
    expect(within(header('Comparer')).queryByRole('button')).toBeNull();
    for (const cell of headers.filter((cell) => cell.textContent !== 'Comparer'))
      expect(cell).toHaveAttribute('aria-sort', 'none');
  });

  it('sorts by members ascending then descending, ties kept in name order, unknown counts last both ways', async () => {
    const user = userEvent.setup();
    renderList();

    await sortBy(user, 'Adhérents');

    expect(header('Adhérents')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Pôle')).toHaveAttribute('aria-sort', 'none');
    expect(poleNames()).toEqual(['Alpha', 'Beta', 'Gamma', 'Epsilon', 'Delta']);

    await sortBy(user, 'Adhérents');

    expect(header('Adhérents')).toHaveAttribute('aria-sort', 'descending');
    expect(poleNames()).toEqual(['Epsilon', 'Gamma', 'Alpha', 'Beta', 'Delta']);

    await sortBy(user, 'Pôle');

    expect(header('Pôle')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Adhérents')).toHaveAttribute('aria-sort', 'none');
    expect(poleNames()).toEqual(['Alpha', 'Beta', 'Delta', 'Epsilon', 'Gamma']);
  });
});

describe('Poles list in the dashboard (bundled data)', { timeout: 40_000 }, () => {
  beforeEach(loadBundledData);

  it('lists the 71 poles by name, as a table with no chart switch', () => {
    render(<App />);
    const card = screen.getByRole('region', { name: TITLE });
    expect(within(card).getByText(/^71 pôles sur 71/).textContent).toBe(
      '71\u00a0pôles sur 71, dont 22 avec une réserve sur un fait (colonne « Réserve »). Cliquez sur un nom pour ouvrir la fiche du pôle, sur un en-tête pour trier ; cochez jusqu’à 4 pôles pour les comparer côte à côte.',
    );
    expect(within(card).queryByRole('button', { name: 'Graphique' })).toBeNull();
    const names = within(within(card).getByRole('table', { name: 'Liste des pôles en vue (71 sur 71)' }))
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toHaveLength(71);
    expect(names.slice(0, 2)).toEqual(['Advancity', 'Aerospace Valley']);
  });

  it('sorts the 71 poles by members, the largest first on the second click', async () => {
    const user = userEvent.setup();
    render(<App />);
    await sortBy(user, 'Adhérents');
    expect(header('Adhérents')).toHaveAttribute('aria-sort', 'ascending');
    expect(poleNames().slice(0, 3)).toEqual([
      'Atlanpole Biothérapies',
      'Nutrition Santé Longévité (NSL)',
      'Hydreos',
    ]);

    await sortBy(user, 'Adhérents');

    expect(header('Adhérents')).toHaveAttribute('aria-sort', 'descending');
    expect(poleNames().slice(0, 3)).toEqual(['Aerospace Valley', 'Cap Digital', 'Systematic Paris-Region']);
  });
});
