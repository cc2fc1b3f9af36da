import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { useDashboard } from '../../src/store/store';
import { CHART, EXACT, loadChartChunks } from '../fixtures/charts';
import { loadBundledData } from '../fixtures/dashboard';

const CENTRE = 'Adhérents des pôles du Centre';
const ALL = 'Adhérents des pôles en vue';

// fr-FR puts a no-break space before "%": U+202F with older ICU data, U+00A0 with recent ICU.
const percent = (ratio: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(ratio);

beforeAll(loadChartChunks, 30_000);
beforeEach(loadBundledData);

describe('Membership card in the dashboard (bundled data)', { timeout: 30_000 }, () => {
  it('states the leader with its share, in French characters, and cites the press release', () => {
    expect(percent(0.48)).toMatch(/^48[\u00a0\u202f]%$/);
    render(<App />);
    const card = screen.getByRole('region', { name: CENTRE });
    expect(within(card).getByText(/^Cosmetic Valley rassemble/).textContent).toBe(
      `Cosmetic Valley rassemble ${percent(0.48)} des adhésions des 4\u00a0pôles du Centre (300 sur 620 adhésions au total, somme calculée ici ; une entreprise peut adhérer à plusieurs pôles).`,
    );
    expect(within(card).getByText(/^Source :/)).toHaveTextContent(
      /^Source : DIRECCTE Centre, .*7 janvier 2014\.$/,
    );
  });

  it('draws the four Centre poles, each labelled with its count and share', async () => {
    render(<App />);
    const chart = within(screen.getByRole('region', { name: CENTRE })).getByRole('figure', { name: CENTRE });
    expect(await within(chart).findByText(`300 (${percent(0.48)})`, EXACT, CHART)).toBeInTheDocument();
    for (const label of [`130 (${percent(0.21)})`, `110 (${percent(0.18)})`, `80 (${percent(0.13)})`])
      expect(within(chart).getByText(label, EXACT)).toBeInTheDocument();
    expect(within(chart).getAllByText(/^\d+ \(\d+[\u00a0\u202f]%\)$/, EXACT)).toHaveLength(4);
    for (const name of ['Cosmetic Valley', 'Elastopôle', 'DREAM Eau & Milieux'])
      expect(within(chart).getByText(name)).toBeInTheDocument();
  });

  it('lists the four poles, largest first, in its table', async () => {
    const user = userEvent.setup();
    render(<App />);
    const card = screen.getByRole('region', { name: CENTRE });
    await user.click(within(card).getByRole('button', { name: 'Tableau' }));
    const table = within(card).getByRole('table', {
      name: 'Nombre d’adhérents par pôle, tel que la source le formule',
    });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Cosmetic Valley',
      "S2E2 (Sciences et Systèmes de l'Énergie Électrique)",
      'Elastopôle',
      'DREAM Eau & Milieux',
    ]);
  });

  it('with « Tous les pôles », draws every known count with its year, warns they do not add up and lists the unknown ones', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(
      within(screen.getByRole('group', { name: 'Pôles comptés' })).getByRole('button', {
        name: 'Tous les pôles',
      }),
    );

    expect(useDashboard.getState().view.membersScope).toBe('all');
    expect(screen.queryByRole('region', { name: CENTRE })).toBeNull();
    const card = screen.getByRole('region', { name: ALL });
    expect(within(card).getByRole('button', { name: 'Tous les pôles' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(card).getByRole('note')).toHaveTextContent(
      'Les effectifs viennent de sources et d’années différentes (2007–2015) et ne comptent pas tous la même chose (adhérents, membres, entreprises, acteurs, établissements) : ils ne s’additionnent pas.',
    );
    expect(within(card).getByText(/^Aerospace Valley compte le plus/).textContent).toMatch(
      /^Aerospace Valley compte le plus d’adhérents parmi les 44\u00a0pôles en vue/,
    );

    const chart = within(card).getByRole('figure', { name: ALL });
    // data/poles.csv: 44 poles have a member count, each drawn with its year (or « année ? »), never a share.
    expect(await within(chart).findByText('300 · 2014', {}, CHART)).toBeInTheDocument();
    expect(within(chart).getByText('637 · année ?')).toBeInTheDocument();
    expect(within(chart).getAllByText(/ · (\d{4}|année \?)$/)).toHaveLength(44);
    // Each count keeps its source's qualifier and unit.
    for (const label of [
      'plus de 100 · 2009',
      'plus de 200 membres · 2010',
      'plus de 200 acteurs · 2011',
      'environ 350 · 2009',
      'environ 230 membres · 2012',
      'environ 300 membres · 2009',
      'plus de 180 membres · 2014',
      'une soixantaine de membres · 2012',
      '155 entreprises · 2013',
      '83 entreprises et 14 établissements · 2011',
      '49 établissements · 2008',
    ])
      expect(within(chart).getByText(label)).toBeInTheDocument();
    expect(within(chart).queryByText(/%/)).toBeNull();
    expect(within(chart).getByText('Cosmetic Valley (Centre)')).toBeInTheDocument();
    for (const name of ['Alsace BioValley', 'Capenergies', 'Xylofutur'])
      expect(within(chart).queryByText(name)).toBeNull();

    expect(card).toHaveTextContent(
      /Effectif inconnu \(27\) : Alsace BioValley, Avenia, Capenergies, .*, Xylofutur\. Ces pôles ne sont pas dessinés/,
    );
    expect(await within(card).findByRole('list', { name: 'Légende' }, CHART)).toHaveTextContent('Autre pôle');
  });

  it('comes back to the Centre poles with « Pôles du Centre »', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Tous les pôles' }));
    await user.click(screen.getByRole('button', { name: 'Pôles du Centre' }));
    expect(useDashboard.getState().view.membersScope).toBe('centre');
    const card = screen.getByRole('region', { name: CENTRE });
    expect(within(card).getByRole('button', { name: 'Pôles du Centre' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(card).getByRole('note')).toHaveTextContent(
      /^Le total de 620 adhésions est une somme calculée ici ; une entreprise peut adhérer à plusieurs pôles\./,
    );
  });

  it('follows the filters: the theme Énergie leaves S2E2 alone', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Thème (tous)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Énergie\s*7\s*pôles$/ }));
    const card = screen.getByRole('region', { name: CENTRE });
    expect(within(card).getByText(/compte 130 adhérents\.$/)).toHaveTextContent(
      "S2E2 (Sciences et Systèmes de l'Énergie Électrique) compte 130 adhérents.",
    );
    const chart = within(card).getByRole('figure', { name: CENTRE });
    expect(await within(chart).findByText(`130 (${percent(1)})`, EXACT, CHART)).toBeInTheDocument();
    expect(within(chart).queryByText('Cosmetic Valley')).toBeNull();
  });
});
