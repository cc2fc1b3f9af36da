import { read, utils } from '@e965/xlsx';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { useDashboard } from '../../src/store/store';
import { loadChartChunks } from '../fixtures/charts';
import { loadBundledData } from '../fixtures/dashboard';
import { csvLines, defineObjectUrls, removeObjectUrls, spyOnDownloads } from '../fixtures/downloads';

const NB = '\u00a0';
const ELASTOPOLE = `Fiche du pôle${NB}: Elastopôle`;

beforeAll(loadChartChunks, 30_000);
// The profile loads on demand: have its module ready, as a reader's browser would after the first open.
beforeAll(() => import('../../src/features/profile/profile-dialog'), 30_000);
beforeEach(async () => {
  defineObjectUrls();
  // jsdom lays nothing out: « Voir la liste des pôles » scrolls to the list.
  Object.defineProperty(Element.prototype, 'scrollIntoView', {
    configurable: true,
    writable: true,
    value: () => undefined,
  });
  await loadBundledData();
});
afterEach(() => {
  removeObjectUrls();
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

/** The text of an element as written, no-break spaces kept (toHaveTextContent would fold them). */
const text = (element: HTMLElement) => element.textContent;

const list = () => within(screen.getByRole('region', { name: 'Liste des pôles' }));
// The profile's code loads on demand (React.lazy): the dialog appears once it has.
const profile = (name: string | RegExp = /^Fiche du pôle/) =>
  screen.findByRole('dialog', { name }, { timeout: 15_000 });
const open = (id: string) => act(() => useDashboard.getState().setProfile(id));

describe('Pole profile', { timeout: 40_000 }, () => {
  it('opens from the name of a pole in the list, and closes back onto that link', async () => {
    const user = userEvent.setup();
    render(<App />);
    const link = list().getByRole('link', { name: 'Elastopôle' });
    expect(link).toHaveAttribute('href', '?pole=elastopole');

    await user.click(link);

    expect(useDashboard.getState().profile).toBe('elastopole');
    const dialog = await profile(ELASTOPOLE);
    expect(within(dialog).getByRole('heading', { level: 2, name: ELASTOPOLE })).toHaveFocus();
    expect(dialog).toHaveTextContent('Chimie et matériaux · Orléans, Centre · labellisé en 2007');

    await user.click(within(dialog).getByRole('button', { name: 'Fermer la fiche' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useDashboard.getState().profile).toBeNull();
    expect(list().getByRole('link', { name: 'Elastopôle' })).toHaveFocus();
  });

  it('shows every fact with its source and date, the release’s wording, the notes and the doubt', async () => {
    render(<App />);
    open('elastopole');
    const dialog = await profile(ELASTOPOLE);
    const facts = within(dialog).getByRole('table', { name: 'Faits et sources' });
    expect(within(facts).getByRole('row', { name: /^Nombre d’adhérents/ })).toHaveTextContent(
      'Nombre d’adhérents110 adhérents (chiffre de 2014)DIRECCTE Centre, 7 janvier 2014',
    );
    // Each fact of a Centre pole cites where it comes from: the seat, the status, the year and the 2012 class too.
    expect(within(facts).getByRole('row', { name: /^Ville du siège/ })).toHaveTextContent(
      'Ville du siègeOrléansListe de référence des pôles, non daté',
    );
    expect(within(facts).getByRole('row', { name: /^Année du premier label/ })).toHaveTextContent(
      'Année du premier label2007La Gazette des communes, 2007',
    );
    expect(within(facts).getByRole('row', { name: /^Classe à l’évaluation/ })).toHaveTextContent(
      'Banque des Territoires, 2012',
    );
    expect(within(facts).getByRole('row', { name: /^Thème/ })).toHaveTextContent(
      'Regroupement propre à ce tableau de bord (non officiel)',
    );
    expect(within(facts).getByRole('row', { name: /^Classe à l’évaluation/ })).toHaveTextContent(
      'Moins performant',
    );
    const quote = within(dialog).getByRole('figure');
    expect(text(quote)).toContain(`«${NB}les caoutchoucs et polymères${NB}»`);
    expect(quote).toHaveTextContent('DIRECCTE Centre, «');
    expect(text(dialog)).toContain(`Réserve${NB}: aucune.`);
    expect(text(dialog)).toContain(`Notes${NB}: Labellisé en 2007`);
  });

  it('shows a pole’s doubt as a note, and an unknown year of count as such', async () => {
    render(<App />);
    open('aerospace-valley');
    const dialog = await profile(`Fiche du pôle${NB}: Aerospace Valley`);
    expect(text(within(dialog).getByRole('note'))).toBe(
      `Réserve${NB}: Année du nombre d'adhérents non précisée par la source (vers 2013).`,
    );
    expect(within(dialog).getByRole('row', { name: /^Nombre d’adhérents/ })).toHaveTextContent(
      '637 adhérents (année du chiffre non précisée)',
    );
  });

  it('places the pole among its theme and its region, each peer a link that opens its profile', async () => {
    const user = userEvent.setup();
    render(<App />);
    open('s2e2');
    const dialog = await profile(/S2E2/);
    expect(text(dialog)).toContain(`Thème Énergie${NB}: 7${NB}pôles`);
    expect(text(dialog)).toContain(
      `4e sur 5${NB}pôles du thème Énergie par le nombre d’adhérents (chiffres d’années différentes, à comparer avec prudence). 2${NB}pôles du thème Énergie n’ont pas d’effectif connu et ne sont pas classés.`,
    );
    expect(text(dialog)).toContain(
      `2e sur 4${NB}pôles de la région Centre (régions de 2013) par le nombre d’adhérents (chiffres de 2014, tous de la même source).`,
    );
    const peers = within(dialog).getByRole('region', {
      name: 'Parmi les pôles du même thème et de la même région',
    });

    await user.click(within(peers).getByRole('link', { name: 'Elastopôle' }));

    expect(useDashboard.getState().profile).toBe('elastopole');
    expect(await profile(ELASTOPOLE)).toBeInTheDocument();
  });

  it('adds the pole to the comparison and removes it; with four compared, says why it cannot', async () => {
    const user = userEvent.setup();
    render(<App />);
    open('elastopole');
    await user.click(within(await profile()).getByRole('button', { name: 'Ajouter à la comparaison' }));
    expect(useDashboard.getState().view.compared).toEqual(['elastopole']);
    const remove = within(await profile()).getByRole('button', { name: 'Retirer de la comparaison' });
    expect(remove).toHaveAccessibleDescription(`1${NB}pôle dans la comparaison (4 au plus), dont celui-ci.`);
    await user.click(remove);
    expect(useDashboard.getState().view.compared).toEqual([]);

    for (const id of ['dream', 's2e2', 'cosmetic-valley', 'aquimer'])
      act(() => useDashboard.getState().act({ type: 'toggle-compared', id }));
    const add = within(await profile()).getByRole('button', { name: 'Ajouter à la comparaison' });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(
      `La comparaison compte déjà 4${NB}pôles, le maximum${NB}: retirez-en un pour ajouter celui-ci.`,
    );
  });

  it('closes on Escape and downloads its facts as CSV', async () => {
    const user = userEvent.setup();
    const downloads = spyOnDownloads();
    render(<App />);
    open('elastopole');
    await user.click(within(await profile()).getByRole('button', { name: 'Télécharger la fiche en CSV' }));
    expect(downloads.fileNames).toEqual(['fiche-elastopole.csv']);
    const [blob] = downloads.blobs;
    if (blob === undefined) throw new Error('no CSV');
    const lines = await csvLines(blob);
    expect(lines[0]).toBe('Fait,Valeur,Source,Date de la source');
    expect(lines).toContain('Nombre d’adhérents,110,"DIRECCTE Centre, 7 janvier 2014",2014-01-07');
    expect(lines).toContain(
      'Domaine selon le communiqué,les caoutchoucs et polymères,"DIRECCTE Centre, 7 janvier 2014",2014-01-07',
    );

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('downloads its facts as an Excel workbook: numbers and years typed, ISO dates as dates, its source cited', async () => {
    const user = userEvent.setup();
    const downloads = spyOnDownloads();
    render(<App />);
    open('elastopole');
    await user.click(within(await profile()).getByRole('button', { name: 'Télécharger la fiche en Excel' }));
    await waitFor(() => expect(downloads.fileNames).toEqual(['fiche-elastopole.xlsx']));
    const [blob] = downloads.blobs;
    if (blob === undefined) throw new Error('no workbook');
    const book = read(new Uint8Array(await blob.arrayBuffer()), { type: 'array', cellNF: true });
    const data = book.Sheets['Données'];
    const about = book.Sheets.Source;
    if (data === undefined || about === undefined) throw new Error('missing sheet');
    const rows = utils.sheet_to_json<unknown[]>(data, { header: 1, raw: true });
    const row = (label: string) => rows.findIndex((line) => line[0] === label) + 1;
    expect(data[`B${row('Nombre d’adhérents')}`]).toMatchObject({ t: 'n', v: 110, z: '#,##0' });
    expect(data[`B${row('Année du premier label')}`]).toMatchObject({ t: 'n', z: '0' });
    expect(data[`D${row('Nombre d’adhérents')}`]).toMatchObject({ t: 'n', w: '07/01/2014' });
    const lines = utils.sheet_to_json<string[]>(about, { header: 1, raw: false });
    expect(lines[0]?.[0]).toBe('Titre');
    expect(lines.find((line) => line[0] === 'Source')?.[1]).toContain('DIRECCTE Centre');
  });

  it('says when no pole bears the id, and offers the search and the list', async () => {
    const user = userEvent.setup();
    render(<App />);
    open('x');
    const dialog = await profile(`Fiche du pôle${NB}: identifiant inconnu`);
    expect(text(within(dialog).getByRole('alert'))).toBe(`Aucun pôle ne porte l’identifiant «${NB}x${NB}».`);
    expect(within(dialog).getByRole('combobox', { name: 'Rechercher un pôle ou une ville' })).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Voir la liste des pôles' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(
      screen.getByRole('region', { name: 'Tableau : Liste des pôles en vue (71 sur 71)' }),
    ).toHaveFocus();
  });

  it('opens from the search of the unknown-id profile', async () => {
    const user = userEvent.setup();
    render(<App />);
    open('x');
    await user.type(within(await profile()).getByRole('combobox'), 'dream{Enter}');
    expect(useDashboard.getState().profile).toBe('dream');
    expect(await profile(`Fiche du pôle${NB}: DREAM Eau & Milieux`)).toBeInTheDocument();
  });

  it('opens from a compared pole’s name in the comparison', async () => {
    const user = userEvent.setup();
    render(<App />);
    act(() => useDashboard.getState().act({ type: 'toggle-compared', id: 'dream' }));
    const comparison = screen.getByRole('region', { name: 'Comparaison côte à côte' });
    await user.click(within(comparison).getByRole('link', { name: 'DREAM Eau & Milieux' }));
    expect(useDashboard.getState().profile).toBe('dream');
  });
});
