import { act, render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { SECTIONS } from '../../src/cards';
import { DEFAULT_VIEW } from '../../src/model/view';
import type { FetchFile } from '../../src/data/load';
import { initialState, useDashboard } from '../../src/store/store';
import { CHART, EXACT, loadChartChunks } from '../fixtures/charts';
import { editLine, fetcherFromDisk, fetcherWith, readProjectFile } from '../fixtures/disk';
import { FR_OPTIONS } from '../fixtures/i18n';

const MEMBERSHIP = 'Adhérents des pôles du Centre';
const FUNDING = 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)';
const TIMELINE = 'Chronologie de la politique des pôles';
const POLES_CARDS = [
  MEMBERSHIP,
  'Pôles par thème',
  'Pôles par région du siège (régions de 2013)',
  'Pôles par statut au label',
  'Pôles par année du premier label',
  'Pôles par classe à l’évaluation de 2012',
  'Comparaison côte à côte',
  'Liste des pôles',
];
/** Every card of the page that reads data/poles.csv, in the order of the page (the cards above among them). */
const PAGE_POLES_CARDS = SECTIONS.flatMap((section) => section.cards)
  .filter((card) => card.needs.includes('poles'))
  .map((card) => card.title(DEFAULT_VIEW, FR_OPTIONS));

/** data/poles.csv with Cosmetic Valley's 300 members written out in words, and the line that holds it. */
function brokenPoles(): { readonly text: string; readonly line: number } {
  const index = readProjectFile('data/poles.csv')
    .split('\n')
    .findIndex((row) => row.startsWith('cosmetic-valley,'));
  // The header is line 1, so the row at index i is on line i + 1.
  const line = index + 1;
  const text = editLine('data/poles.csv', line, (row) =>
    row.replace(',performant,300,2014,', ',performant,trois-cents,2014,'),
  );
  if (index < 0 || !text.includes('trois-cents'))
    throw new Error('Cosmetic Valley row not found in data/poles.csv');
  return { text, line };
}

const load = (fetcher: FetchFile) => act(() => useDashboard.getState().load(fetcher));
const region = (name: string) => screen.getByRole('region', { name });
const keyFigures = () =>
  within(screen.getByRole('list', { name: 'Chiffres clés' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

beforeAll(loadChartChunks, 30_000);
beforeEach(() => {
  useDashboard.setState(initialState);
});

describe('A faulty data/poles.csv', { timeout: 40_000 }, () => {
  it('shows where the file is wrong in every card that needs it', async () => {
    const broken = brokenPoles();
    await load(fetcherWith({ 'data/poles.csv': broken.text }));
    render(<App />);

    for (const title of POLES_CARDS) {
      const alert = await within(region(title)).findByRole('alert', {}, CHART);
      expect(alert).toHaveTextContent(
        `Impossible d’afficher « ${title} » : le fichier data/poles.csv contient 1 erreur.`,
      );
      const issues = within(alert).getByRole('table', { name: 'Erreurs détectées dans les données' });
      expect(
        within(issues)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual([
        String(broken.line),
        'members',
        'trois-cents',
        expect.stringMatching(/^un nombre entier entre 0 et 100000/),
      ]);
    }
    expect(screen.getByText(/^Fichier en erreur/)).toHaveTextContent(
      'Fichier en erreur : data/poles.csv. Les vues qui n’en dépendent pas restent affichées.',
    );
    expect(screen.getByRole('list', { name: 'Chiffres clés' })).toHaveTextContent('données indisponibles');
  });

  it('keeps the cards that do not read it working: the funding and the timeline', async () => {
    await load(fetcherWith({ 'data/poles.csv': brokenPoles().text }));
    render(<App />);

    const funding = region(FUNDING);
    expect(within(funding).queryByRole('alert')).toBeNull();
    expect(within(funding).getByText(/^L’État s’engage/)).toHaveTextContent('près de 5 M€');
    const chart = within(funding).getByRole('figure', { name: FUNDING });
    expect(
      await within(chart).findByText('Total annoncé : près de 5\u00a0M€', EXACT, CHART),
    ).toBeInTheDocument();
    expect(within(chart).getAllByText('≈ 0,83 est.')).toHaveLength(6);

    const timeline = region(TIMELINE);
    expect(within(timeline).queryByRole('alert')).toBeNull();
    const drawn = await within(timeline).findByRole('img', {}, CHART);
    // Without the poles, no milestone can be judged out of the selection: they all stay, a pole's too.
    expect(drawn).toHaveAccessibleName(
      expect.stringContaining('22 janvier 2014 : Contrat de performance de DREAM (Orléans)'),
    );
    expect(drawn.getAttribute('aria-label')?.split(' ; ')).toHaveLength(12);
  });
});

describe('A data/funding.csv that cannot be downloaded', { timeout: 40_000 }, () => {
  it('says so in the funding card, while the other cards and figures still work', async () => {
    await load(fetcherWith({ 'data/funding.csv': new Error('HTTP 404') }));
    render(<App />);

    const alert = await within(region(FUNDING)).findByRole('alert', {}, CHART);
    expect(alert).toHaveTextContent(`Impossible d’afficher « ${FUNDING} » : le fichier data/funding.csv`);
    expect(alert).toHaveTextContent('un fichier accessible (échec du téléchargement : HTTP 404)');
    expect(screen.getByText(/^Fichier en erreur/)).toHaveTextContent('Fichier en erreur : data/funding.csv.');

    expect(keyFigures()).toEqual([
      expect.stringMatching(/^71pôles de compétitivité nationaux/),
      expect.stringMatching(/^4pôles dont le siège est en région Centre/),
      expect.stringMatching(/^620adhésions au total aux 4 pôles du Centresomme calculée ici/),
      expect.stringMatching(/^—financement indisponible/),
    ]);

    const membership = region(MEMBERSHIP);
    expect(within(membership).queryByRole('alert')).toBeNull();
    expect(within(membership).getByText(/^Cosmetic Valley rassemble/)).toBeInTheDocument();
    const chart = within(membership).getByRole('figure', { name: MEMBERSHIP });
    expect(await within(chart).findByText('Elastopôle', {}, CHART)).toBeInTheDocument();
    expect(within(region('Liste des pôles')).getAllByRole('rowheader')).toHaveLength(71);
    expect(within(region(TIMELINE)).queryByRole('alert')).toBeNull();
  });
});

describe('A reload that brings a faulty file', { timeout: 40_000 }, () => {
  it('keeps the data already shown in every card that reads it, and says so above each', async () => {
    await load(fetcherFromDisk);
    render(<App />);
    expect(screen.getByText(/fichiers de données chargés/)).toHaveTextContent(
      '7 fichiers de données chargés et vérifiés.',
    );

    await load(fetcherWith({ 'data/poles.csv': brokenPoles().text }));

    expect(screen.getByText(/^Fichier en erreur/)).toHaveTextContent('Fichier en erreur : data/poles.csv.');
    // One alert above each card that reads data/poles.csv, in the order of the page.
    expect(PAGE_POLES_CARDS.filter((title) => POLES_CARDS.includes(title))).toEqual(POLES_CARDS);
    expect((await screen.findAllByRole('alert', {}, CHART)).map((alert) => alert.textContent)).toEqual(
      PAGE_POLES_CARDS.map((title): unknown =>
        expect.stringContaining(
          `Mise à jour impossible, les données précédentes de « ${title} » restent affichées\u202f: le fichier data/poles.csv contient 1\u00a0erreur.`,
        ),
      ),
    );
    for (const alert of screen.getAllByRole('alert')) expect(alert).toHaveTextContent('trois-cents');
    expect(within(region(MEMBERSHIP)).getByText(/^Cosmetic Valley rassemble/)).toHaveTextContent(
      '(300 sur 620 adhésions au total',
    );
    expect(within(region('Liste des pôles')).getAllByRole('rowheader')).toHaveLength(71);
    expect(keyFigures()).toContainEqual(expect.stringMatching(/^620adhésions au total/));
  });
});
