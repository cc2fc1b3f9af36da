import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderCentreCard } from '../fixtures/centre-card';
import { loadChartChunks } from '../fixtures/charts';

// The CSV writer comes in its own chunk on the first click; here it fails, as a chunk that cannot be fetched would.
vi.mock('../../src/lib/csv-export', () => ({
  downloadCsv: () => {
    throw new Error('chunk introuvable');
  },
}));

beforeAll(loadChartChunks, 30_000);

describe('CSV download that fails', () => {
  it('says so in the card, with the reason', async () => {
    renderCentreCard('Filtres : aucun');
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Télécharger les données de « Adhérents des pôles du Centre » en CSV',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Export CSV impossible : chunk introuvable');
  });
});
