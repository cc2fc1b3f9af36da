import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dashboardFrame } from '../../src/components/card/card-frame';
import { CardSlot } from '../../src/components/card/card-slot';
import { I18nProvider } from '../../src/components/i18n-context';
import { polesListCard } from '../../src/features/poles-list/poles-list-card';
import { DEFAULT_VIEW } from '../../src/model/view';
import { readyFiles } from '../fixtures/card-files';
import { EN } from '../fixtures/i18n';
import { pole, region, source, theme } from '../fixtures/rows';

const files = () =>
  readyFiles({
    poles: [
      pole({ id: 'beta', name: 'Beta', members: 49 }),
      pole({ id: 'delta', name: 'Delta', members: null, members_year: null, doubt: 'Effectif introuvable' }),
      pole({ id: 'alpha', name: 'Alpha', members: 1200, members_qualifier: 'plus-de' }),
    ],
    themes: [theme('biens-de-consommation', 'Biens de consommation', 'Consumer goods')],
    regions: [
      region('centre', true, false, 'Centre', 'Centre'),
      region('centre-val-de-loire', false, true, 'Centre-Val de Loire', 'Centre-Val de Loire'),
    ],
    sources: [{ ...source('direccte'), publisher: 'DIRECCTE Centre', url: 'https://example.org/communique' }],
  });

describe('The list of clusters in English', { timeout: 20_000 }, () => {
  it('names its table, columns and boxes in English, the doubt of the data marked French', () => {
    render(
      <I18nProvider i18n={EN}>
        <CardSlot
          definition={polesListCard}
          files={files()}
          view={DEFAULT_VIEW}
          frame={dashboardFrame('light', () => 'Filters: none')}
          onAction={() => undefined}
        />
      </I18nProvider>,
    );
    const card = screen.getByRole('region', { name: 'List of clusters' });
    expect(within(card).getByText(/^3 clusters of 3, including 1 with a caveat/)).toBeInTheDocument();
    expect(
      within(card).getByRole('region', { name: 'Table: Clusters in view (3 of 3)' }),
    ).toBeInTheDocument();
    const table = within(card).getByRole('table', { name: 'Clusters in view (3 of 3)' });
    for (const name of ['Compare', 'Cluster', 'Theme', 'Head office', 'Members', 'Caveat'])
      expect(within(table).getByRole('columnheader', { name: new RegExp(`^${name}`) })).toBeInTheDocument();
    expect(within(table).getByRole('checkbox', { name: 'Compare Alpha' })).not.toBeChecked();
    const alpha = within(table).getByRole('rowheader', { name: 'Alpha' }).closest('tr');
    expect(alpha).toHaveTextContent('Consumer goods');
    expect(alpha).toHaveTextContent('more than 1,200');
    expect(within(table).getByText('Effectif introuvable')).toHaveAttribute('lang', 'fr');
  });
});
