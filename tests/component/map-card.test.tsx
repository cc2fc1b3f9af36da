import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dashboardFrame } from '../../src/components/card/card-frame';
import { CardSlot } from '../../src/components/card/card-slot';
import { mapCard } from '../../src/features/map/map-card';
import { DEFAULT_VIEW, NO_FILTERS, type CardView, type ViewAction } from '../../src/model/view';
import { readyFiles } from '../fixtures/card-files';
import { CHART } from '../fixtures/charts';
import { mapData } from '../fixtures/map-data';

const TITLE = 'Carte des pôles (régions de 2013)';
const DASHBOARD = dashboardFrame('light', () => 'Filtres : aucun');

function renderMap(options: { view?: CardView; onAction?: (action: ViewAction) => void } = {}) {
  render(
    <CardSlot
      definition={mapCard}
      files={readyFiles(mapData())}
      view={options.view ?? DEFAULT_VIEW}
      frame={DASHBOARD}
      onAction={options.onAction}
    />,
  );
  return screen.getByRole('region', { name: TITLE });
}

/** « Bretagne : 4 pôles », with the no-break spaces the map writes. */
const named = (label: string, count: number) => `${label}\u00a0: ${count}\u00a0pôle${count > 1 ? 's' : ''}`;

const map = (card: HTMLElement) => within(card).getByRole('group', { name: TITLE });

// The geometry comes in the map's own chunk: load it once, so that the map draws within CHART's wait.
beforeAll(async () => {
  await import('../../src/components/charts/map-chart');
}, 30_000);

describe('The map card', { timeout: 20_000 }, () => {
  it('draws every region as a button named by its count, zeros included, overseas regions as boxes', async () => {
    const card = renderMap({ onAction: vi.fn() });
    expect(
      await within(card).findByRole('button', { name: named('Bretagne', 4) }, CHART),
    ).toBeInTheDocument();
    const regions = within(map(card)).getAllByRole('button');
    expect(regions.map((region) => region.getAttribute('aria-label')?.replace(/\u00a0/g, ' '))).toEqual([
      'Bretagne : 4 pôles',
      'Centre : 2 pôles',
      'Corse : 0 pôle',
      'Guyane : 0 pôle',
      'La Réunion : 1 pôle',
    ]);
    for (const region of regions) expect(region).toHaveAttribute('aria-pressed', 'false');
    // The counts are written on the map, and the overseas regions by name beside their box.
    expect(within(map(card)).getByText('Outre-mer')).toBeInTheDocument();
    expect(within(map(card)).getByText('Guyane')).toBeInTheDocument();
    expect(within(map(card)).getAllByText('0')).not.toHaveLength(0);
    expect(within(card).getByText(/^Bretagne accueille le plus de sièges de pôles/)).toBeInTheDocument();
    expect(within(card).getByRole('note')).toHaveTextContent(/^Régions de 2013/);
  });

  it('toggles the region filter with a click, Enter or Space on a region', async () => {
    const onAction = vi.fn();
    const user = userEvent.setup();
    const card = renderMap({ onAction });
    const bretagne = await within(card).findByRole('button', { name: named('Bretagne', 4) }, CHART);
    const toggle: ViewAction = { type: 'toggle-filter', dimension: 'regions', id: 'bretagne' };

    bretagne.focus();
    await user.keyboard('{Enter}');
    expect(onAction).toHaveBeenLastCalledWith(toggle);
    await user.keyboard(' ');
    expect(onAction).toHaveBeenCalledTimes(2);
    fireEvent.click(within(card).getByRole('button', { name: named('Corse', 0) }));
    expect(onAction).toHaveBeenLastCalledWith({ type: 'toggle-filter', dimension: 'regions', id: 'corse' });
  });

  it('shows the poles of a region in a tooltip on focus, and hides it with Escape', async () => {
    const card = renderMap({ onAction: vi.fn() });
    const bretagne = await within(card).findByRole('button', { name: named('Bretagne', 4) }, CHART);
    fireEvent.focus(bretagne);
    const tooltip = within(card).getByRole('tooltip');
    expect(bretagne).toHaveAccessibleDescription(/iD4CAR/);
    expect(
      within(tooltip)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['iD4CAR', 'Images & Réseaux', 'Pôle Mer Bretagne', 'Valorial']);
    expect(tooltip).toHaveTextContent('Clic ou Entrée : filtrer sur cette région');
    fireEvent.keyDown(bretagne, { key: 'Escape' });
    expect(within(card).queryByRole('tooltip')).toBeNull();

    fireEvent.mouseEnter(within(card).getByRole('button', { name: named('Guyane', 0) }));
    expect(within(card).getByRole('tooltip')).toHaveTextContent(
      'Aucun pôle n’a son siège dans cette région.',
    );
  });

  it('marks the selected regions as pressed and adds the outline to the key', async () => {
    const card = renderMap({
      view: { ...DEFAULT_VIEW, filters: { ...NO_FILTERS, regions: ['corse'] } },
      onAction: vi.fn(),
    });
    const corse = await within(card).findByRole('button', { name: named('Corse', 0) }, CHART);
    expect(corse).toHaveAttribute('aria-pressed', 'true');
    expect(within(card).getByRole('button', { name: named('Bretagne', 4) })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(within(map(card)).getByText('Contour épais : région filtrée')).toBeInTheDocument();
  });

  it('without actions, draws the regions as named pictures rather than buttons', async () => {
    const card = renderMap();
    expect(await within(card).findByRole('img', { name: named('Bretagne', 4) }, CHART)).toBeInTheDocument();
    expect(within(map(card)).queryAllByRole('button')).toEqual([]);
  });

  it('gives the same figures as a table, zeros included', async () => {
    const user = userEvent.setup();
    const card = renderMap({ onAction: vi.fn() });
    await user.click(within(card).getByRole('button', { name: 'Tableau' }));
    const table = within(card).getByRole('table', {
      name: 'Carte des pôles (régions de 2013) (7\u00a0pôles)',
    });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Bretagne', 'Centre', 'La Réunion', 'Corse', 'Guyane']);
    expect(within(table).getByRole('row', { name: /^Corse/ })).toHaveTextContent('Corse00 %non—');
  });
});
