import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dashboardFrame } from '../../src/components/card/card-frame';
import { CardSlot } from '../../src/components/card/card-slot';
import { membershipCard } from '../../src/features/membership/membership-card';
import { DEFAULT_VIEW } from '../../src/model/view';
import { readyFiles } from '../fixtures/card-files';
import { CENTRE_THEMES, centrePoles, PRESS_RELEASE } from '../fixtures/centre-poles';
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
    render(
      <CardSlot
        definition={membershipCard}
        files={readyFiles({ poles: centrePoles(), themes: CENTRE_THEMES, sources: [PRESS_RELEASE] })}
        view={DEFAULT_VIEW}
        frame={dashboardFrame('light', () => 'Filtres : aucun')}
        onAction={() => undefined}
      />,
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Télécharger les données de « Adhérents des pôles du Centre » en CSV',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Export CSV impossible : chunk introuvable');
  });
});
