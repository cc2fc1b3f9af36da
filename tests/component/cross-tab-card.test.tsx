import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { dashboardFrame } from '../../src/components/card/card-frame';
import { CardSlot } from '../../src/components/card/card-slot';
import { crossTabCard } from '../../src/features/cross-tab/cross-tab-card';
import { applyViewAction, DEFAULT_VIEW, type CardView, type ViewAction } from '../../src/model/view';
import { readyFiles } from '../fixtures/card-files';
import { CHART } from '../fixtures/charts';
import { pole, region, theme } from '../fixtures/rows';

const TITLE = 'Tableau croisé des pôles';
const FRAME = dashboardFrame('light', () => 'Filtres : aucun');

// fr-FR puts a no-break space before « % »: U+202F with older ICU data, U+00A0 with recent ICU.
const percent = (ratio: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(ratio);

/** Four poles: two Énergie poles rated Performant, one Énergie Très performant, one Mer Moins performant. */
const FILES = readyFiles({
  poles: [
    pole({ id: 's2e2', theme: 'energie' }),
    pole({ id: 'tenerrdis', theme: 'energie', region_2013: 'rhone-alpes', category: 'mondial' }),
    pole({ id: 'capenergies', theme: 'energie', evaluation_2012: 'tres-performant', year_labelled: 2007 }),
    pole({ id: 'pole-mer', theme: 'mer', region_2013: 'bretagne', evaluation_2012: 'moins-performant' }),
  ],
  themes: [theme('energie', 'Énergie'), theme('mer', 'Mer'), theme('chimie', 'Chimie')],
  regions: [
    region('centre', true, false, 'Centre'),
    region('rhone-alpes', true, false, 'Rhône-Alpes'),
    region('bretagne', true, true, 'Bretagne'),
  ],
});

/** The card with its own view, as the dashboard holds it: every action goes through the reducer. */
function Harness({ onAction }: { readonly onAction?: (action: ViewAction) => void }) {
  const [view, setView] = useState<CardView>(DEFAULT_VIEW);
  return (
    <CardSlot
      definition={crossTabCard}
      files={FILES}
      view={view}
      frame={FRAME}
      onAction={(action) => {
        onAction?.(action);
        setView((current) => applyViewAction(current, action));
      }}
    />
  );
}

const card = () => screen.getByRole('region', { name: TITLE });
const shaded = () => within(card()).findByRole('table', { name: /^Pôles par thème \(lignes\)/ }, CHART);

beforeAll(() => import('../../src/components/charts/cross-tab-chart'), 30_000);

describe('Cross-tab card', { timeout: 20_000 }, () => {
  it('draws a real table: dimension headers, row headers, totals, and the largest crossing in its takeaway', async () => {
    render(<Harness />);
    expect(within(card()).getByText(/^Le croisement le plus fréquent/).textContent).toBe(
      'Le croisement le plus fréquent\u00a0: Énergie × Performant, 2\u00a0pôles sur 4.',
    );
    const table = await shaded();
    expect(table).toHaveAccessibleName(
      'Pôles par thème (lignes) et par évaluation 2012 (colonnes), en effectifs (4\u00a0pôles)',
    );
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Thème', 'Évaluation 2012', 'Total', 'Très performant', 'Performant', 'Moins performant']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Énergie', 'Mer', 'Total']);
    expect(within(table).getByRole('row', { name: /^Énergie/ }).textContent).toBe('Énergie1203');
    expect(within(table).getByRole('row', { name: /^Total/ }).textContent).toBe('Total1214');
    expect(within(card()).getByText(/thèmes Chimie/)).toHaveTextContent(
      'Sans pôle dans la sélection, non affichés : thèmes Chimie.',
    );
  });

  it('makes each cell a button named by its row, its column and its count', async () => {
    render(<Harness />);
    const table = await shaded();
    const cells = within(table).getAllByRole('button');
    expect(cells).toHaveLength(6);
    expect(cells.map((cell) => cell.getAttribute('aria-label'))).toContain(
      'Énergie × Performant\u00a0: 2\u00a0pôles, filtrer',
    );
    expect(
      within(table).getByRole('button', { name: 'Mer × Moins performant\u00a0: 1\u00a0pôle, filtrer' }),
    ).toHaveTextContent('1');
  });

  it('filters on the row and the column of a cell at once on Enter', async () => {
    const user = userEvent.setup();
    const onAction = vi.fn<(action: ViewAction) => void>();
    render(<Harness onAction={onAction} />);
    const table = await shaded();
    within(table).getByRole('button', { name: 'Énergie × Performant\u00a0: 2\u00a0pôles, filtrer' }).focus();
    await user.keyboard('{Enter}');
    expect(onAction).toHaveBeenCalledExactlyOnceWith({
      type: 'select',
      values: [
        { dimension: 'themes', id: 'energie' },
        { dimension: 'evaluations', id: 'performant' },
      ],
    });
    expect(within(card()).getByText(/^Le croisement le plus fréquent/)).toHaveTextContent(
      'Le croisement le plus fréquent : Énergie × Performant, 2 pôles sur 2.',
    );
  });

  it('is one tab stop: the arrows move between the cells, Home and End along the row', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const table = await shaded();
    const cell = (name: string) => within(table).getByRole('button', { name });
    const first = cell('Énergie × Très performant\u00a0: 1\u00a0pôle, filtrer');
    expect(
      within(table)
        .getAllByRole('button')
        .filter((button) => button.tabIndex === 0),
    ).toEqual([first]);

    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(cell('Énergie × Performant\u00a0: 2\u00a0pôles, filtrer')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(cell('Mer × Performant\u00a0: 0\u00a0pôle, filtrer')).toHaveFocus();
    await user.keyboard('{End}');
    expect(cell('Mer × Moins performant\u00a0: 1\u00a0pôle, filtrer')).toHaveFocus();
    expect(cell('Mer × Moins performant\u00a0: 1\u00a0pôle, filtrer').tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
    await user.keyboard('{Home}');
    expect(cell('Mer × Très performant\u00a0: 0\u00a0pôle, filtrer')).toHaveFocus();
  });

  it('changes its dimensions with the two selects, and swaps them when one takes the other’s', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await shaded();
    const rows = within(card()).getByRole('combobox', { name: 'Lignes' });
    const columns = within(card()).getByRole('combobox', { name: 'Colonnes' });
    expect(rows).toHaveValue('themes');
    expect(columns).toHaveValue('evaluations');

    await user.selectOptions(rows, 'Statut au label');
    const byStatus = await within(card()).findByRole('table', { name: /^Pôles par statut au label/ }, CHART);
    expect(
      within(byStatus)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['Mondial', 'À vocation mondiale', 'National', 'Total']);

    await user.selectOptions(columns, 'Statut au label');
    expect(rows).toHaveValue('evaluations');
    expect(columns).toHaveValue('categories');
    expect(
      within(card()).getByRole('table', {
        name: /^Pôles par évaluation 2012 \(lignes\) et par statut au label/,
      }),
    ).toBeInTheDocument();
  });

  it('shows the shares of each row with « % en ligne »', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await shaded();
    await user.click(within(card()).getByRole('button', { name: '% en ligne' }));
    expect(within(card()).getByRole('button', { name: '% en ligne' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const table = within(card()).getByRole('table', { name: /en % de chaque ligne/ });
    expect(within(table).getByRole('row', { name: /^Énergie/ }).textContent).toBe(
      `Énergie${percent(1 / 3)}${percent(2 / 3)}${percent(0)}${percent(1)}`,
    );
    expect(
      within(table).getByRole('button', {
        name: `Énergie × Performant\u00a0: 2\u00a0pôles, ${percent(2 / 3)} de la ligne, filtrer`,
      }),
    ).toBeInTheDocument();
  });

  it('offers the CSV and the Excel workbook but no image, and the same figures as a plain table', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await shaded();
    const downloads = within(card()).getByRole('group', { name: `Télécharger « ${TITLE} »` });
    expect(
      within(downloads)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['CSV', 'Excel']);

    await user.click(within(card()).getByRole('button', { name: 'Tableau' }));
    const table = within(card()).getByRole('table', { name: /^Pôles par thème \(lignes\)/ });
    expect(within(table).queryAllByRole('button')).toEqual([]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Thème', 'Très performant', 'Performant', 'Moins performant', 'Total']);
    expect(within(table).getByRole('row', { name: /^Total/ }).textContent).toBe('Total1214');
  });
});
