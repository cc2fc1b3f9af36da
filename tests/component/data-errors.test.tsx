import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import type { FetchText } from '../../src/data/load';
import { fetcherFromDisk } from '../fixtures/disk';
import { initialState, useDashboard } from '../../src/store/store';

const diskFetcher: FetchText = fetcherFromDisk;

const FUNDING = 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)';
const TIMELINE = 'Chronologie de la politique des pôles';

/** data/poles.csv with Cosmetic Valley's 300 members written out in words, and the line that holds it. */
function brokenPoles(): { readonly text: string; readonly line: number } {
  const lines = readFileSync(resolve('data/poles.csv'), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.startsWith('cosmetic-valley,'));
  const original = lines[index] ?? '';
  const changed = original.replace(',performant,300,2014,', ',performant,trois-cents,2014,');
  if (index < 0 || changed === original) throw new Error('Cosmetic Valley row not found in data/poles.csv');
  lines[index] = changed;
  // The header is line 1, so the row at index i is on line i + 1.
  return { text: lines.join('\n'), line: index + 1 };
}

beforeAll(async () => {
  await import('../../src/components/horizontal-bar-chart');
  await import('../../src/features/funding/funding-chart');
}, 30_000);

beforeEach(() => {
  useDashboard.setState(initialState);
});

const region = (name: string) => screen.getByRole('region', { name });
/** The status line next to the "Recharger les données" button in the page header. */
const dataStatus = () => {
  const panel = screen.getByRole('button', { name: 'Recharger les données' }).parentElement;
  if (panel === null) throw new Error('data status panel not found');
  return within(panel).getByRole('status');
};

describe('Data errors', { timeout: 20_000 }, () => {
  it('shows where data/poles.csv is wrong in every card that needs it, and keeps the others', async () => {
    const broken = brokenPoles();
    expect(broken.line).toBe(16);
    await act(() =>
      useDashboard
        .getState()
        .load(async (path) => (path === 'data/poles.csv' ? broken.text : diskFetcher(path))),
    );
    render(<App />);

    for (const title of ['Adhérents des pôles', 'Pôles par thème', 'Liste des pôles']) {
      const alert = within(region(title)).getByRole('alert');
      expect(alert).toHaveTextContent(
        `Impossible d’afficher « ${title} » : le fichier data/poles.csv contient une erreur.`,
      );
      const issues = within(alert).getByRole('table', { name: 'Erreurs détectées dans les données' });
      const [issue] = within(issues).getAllByRole('row').slice(1);
      expect(issue).toBeDefined();
      if (issue === undefined) continue;
      const cells = within(issue)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells).toEqual([
        'data/poles.csv',
        String(broken.line),
        'members',
        'trois-cents',
        expect.stringMatching(/^un nombre entier entre 0 et 100000/),
      ]);
    }
    expect(
      within(region('Pôles par région du siège (régions de 2013)')).getByRole('alert'),
    ).toHaveTextContent('data/poles.csv');
    expect(dataStatus()).toHaveTextContent('Fichier en erreur : data/poles.csv.');
    expect(screen.getByRole('list', { name: 'Chiffres clés' })).toHaveTextContent('données indisponibles');

    // The funding card and the timeline do not read data/poles.csv: they render as usual.
    const funding = region(FUNDING);
    expect(within(funding).queryByRole('alert')).toBeNull();
    expect(funding.querySelector('.takeaway')).toHaveTextContent('près de 5 M€');
    await waitFor(() => expect(funding.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(6), {
      timeout: 5000,
    });
    const timeline = region(TIMELINE);
    expect(within(timeline).queryByRole('alert')).toBeNull();
    const drawn = await within(timeline).findByRole('img', {}, { timeout: 5000 });
    expect(drawn.querySelectorAll('circle')).toHaveLength(11);
    expect(drawn).toHaveAccessibleName(
      expect.stringContaining('22 janvier 2014 : Contrat de performance de DREAM (Orléans)'),
    );
  });

  it('says that data/funding.csv could not be downloaded, and the other cards still work', async () => {
    await act(() =>
      useDashboard.getState().load(async (path) => {
        if (path === 'data/funding.csv') throw new Error('HTTP 404');
        return diskFetcher(path);
      }),
    );
    render(<App />);

    const alert = within(region(FUNDING)).getByRole('alert');
    expect(alert).toHaveTextContent('data/funding.csv');
    expect(alert).toHaveTextContent('un fichier accessible (échec du téléchargement : HTTP 404)');
    expect(dataStatus()).toHaveTextContent('Fichier en erreur : data/funding.csv.');

    const figures = within(screen.getByRole('list', { name: 'Chiffres clés' })).getAllByRole('listitem');
    expect(figures.map((figure) => figure.querySelector('.key-value')?.textContent)).toEqual([
      '71',
      '4',
      '620',
      '—',
    ]);
    expect(figures[3]).toHaveTextContent('financement indisponible');

    const membership = region('Adhérents des pôles du Centre');
    expect(within(membership).queryByRole('alert')).toBeNull();
    expect(membership.querySelector('.takeaway')).toHaveTextContent('Cosmetic Valley rassemble');
    await waitFor(() => expect(membership.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(4), {
      timeout: 5000,
    });
    expect(within(region('Liste des pôles')).getAllByRole('rowheader')).toHaveLength(71);
    expect(within(region(TIMELINE)).queryByRole('alert')).toBeNull();
  });

  it('keeps the data already shown when a reload brings a faulty file, and says so', async () => {
    await act(() => useDashboard.getState().load(diskFetcher));
    render(<App />);
    expect(dataStatus()).toHaveTextContent('6 fichiers de données chargés et vérifiés.');

    const broken = brokenPoles();
    await act(() =>
      useDashboard
        .getState()
        .load(async (path) => (path === 'data/poles.csv' ? broken.text : diskFetcher(path))),
    );

    expect(dataStatus()).toHaveTextContent('Fichier en erreur : data/poles.csv.');
    // Each card that reads data/poles.csv puts the error just above the data it keeps showing.
    const alerts = screen.getAllByRole('alert');
    const titles = alerts.map((alert) => alert.querySelector('.error-title strong')?.textContent);
    expect(titles).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Mise à jour impossible, les données précédentes de « Adhérents des pôles » restent affichées :$/,
        ),
        expect.stringMatching(
          /^Mise à jour impossible, les données précédentes de « Liste des pôles » restent affichées :$/,
        ),
      ]),
    );
    for (const alert of alerts) expect(alert).toHaveTextContent('trois-cents');
    const membership = region('Adhérents des pôles du Centre');
    expect(membership.querySelector('.takeaway')).toHaveTextContent('(300 sur 620)');
    expect(within(region('Liste des pôles')).getAllByRole('rowheader')).toHaveLength(71);
    expect(screen.getByRole('list', { name: 'Chiffres clés' })).toHaveTextContent('620');
  });
});
