import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { dashboardFrame } from '../../src/components/card/card-frame';
import { CardSlot } from '../../src/components/card/card-slot';
import { I18nProvider } from '../../src/components/i18n-context';
import { crossTabCard } from '../../src/features/cross-tab/cross-tab-card';
import { DEFAULT_VIEW } from '../../src/model/view';
import { readyFiles } from '../fixtures/card-files';
import { CHART } from '../fixtures/charts';
import { EN } from '../fixtures/i18n';
import { pole, region, theme } from '../fixtures/rows';

const FILES = readyFiles({
  poles: [
    pole({ id: 's2e2', theme: 'energie' }),
    pole({ id: 'tenerrdis', theme: 'energie', region_2013: 'rhone-alpes', category: 'mondial' }),
    pole({ id: 'pole-mer', theme: 'mer', region_2013: 'bretagne', evaluation_2012: 'moins-performant' }),
  ],
  themes: [theme('energie', 'Énergie'), theme('mer', 'Mer')],
  regions: [region('centre', true, false, 'Centre'), region('bretagne', true, true, 'Bretagne')],
});

beforeAll(() => import('../../src/components/charts/cross-tab-chart'), 30_000);

describe('Cross-tab card in English', { timeout: 20_000 }, () => {
  it('speaks English: title, takeaway, shaded table, selects and the values switch', async () => {
    render(
      <I18nProvider i18n={EN}>
        <CardSlot
          definition={crossTabCard}
          files={FILES}
          view={DEFAULT_VIEW}
          frame={dashboardFrame('light', () => 'Filters: none')}
          onAction={() => undefined}
        />
      </I18nProvider>,
    );
    const card = screen.getByRole('region', { name: 'Cross-tabulation of clusters' });
    expect(within(card).getByText(/^The most frequent combination/)).toHaveTextContent(
      'The most frequent combination: Énergie (en) × High-performing, 2 clusters out of 3.',
    );
    await within(card).findByRole(
      'table',
      { name: 'Clusters by theme (rows) and by 2012 evaluation (columns), as counts (3 clusters)' },
      CHART,
    );
    expect(within(card).getByRole('combobox', { name: 'Rows' })).toHaveDisplayValue('Theme');
    expect(within(card).getByRole('combobox', { name: 'Columns' })).toHaveDisplayValue('2012 evaluation');
    expect(within(card).getByRole('button', { name: 'Row %' })).toHaveAttribute('aria-pressed', 'false');
  });
});
