import { render, screen, waitFor, within } from '@testing-library/react';
import { read, utils } from '@e965/xlsx';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { renderCentreCard } from '../fixtures/centre-card';
import { CHART, loadChartChunks } from '../fixtures/charts';
import { loadBundledData } from '../fixtures/dashboard';
import {
  blobText,
  csvLines,
  defineObjectUrls,
  defineSvgLengths,
  removeObjectUrls,
  spyOnDownloads,
} from '../fixtures/downloads';

const TITLE = 'Adhérents des pôles du Centre';

beforeAll(loadChartChunks, 30_000);
beforeEach(defineObjectUrls);
afterEach(removeObjectUrls);

const renderCentre = () => renderCentreCard('Filtres : thème Énergie');

describe('CSV download', { timeout: 20_000 }, () => {
  it('downloads the table as UTF-8 CSV with a BOM, raw numbers and the card’s export name', async () => {
    const user = userEvent.setup();
    const { blobs, fileNames, revoke } = spyOnDownloads();
    renderCentre();

    await user.click(screen.getByRole('button', { name: `Télécharger les données de « ${TITLE} » en CSV` }));

    // The CSV writer is fetched on the first click.
    await waitFor(() => expect(fileNames).toEqual(['adherents-poles-centre.csv']));
    const [blob] = blobs;
    if (blob === undefined) throw new Error('no CSV downloaded');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await blobText(blob)).startsWith('\uFEFF')).toBe(true);
    // Raw numbers, not the French display (« 300 (48 %) »), comma separated, CRLF line ends.
    expect(await csvLines(blob)).toEqual([
      'Pôle,Thème,Adhérents,Qualificatif de la source,Unité comptée,Libellé de la source,Part de la somme calculée,Année du chiffre,Réserve',
      'Cosmetic Valley,Biens de consommation,300,aucun,non-precisee,,0.4839,2014,',
      'S2E2,Énergie,130,aucun,non-precisee,,0.2097,2014,',
      'Elastopôle,Chimie et matériaux,110,aucun,non-precisee,,0.1774,2014,',
      'DREAM Eau & Milieux,Écotechnologies et environnement,80,aucun,non-precisee,,0.129,2014,',
    ]);
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:test/1'));
  });

  it('is offered from the table view too, with the same rows', async () => {
    const user = userEvent.setup();
    const { blobs } = spyOnDownloads();
    renderCentre();
    await user.click(screen.getByRole('button', { name: 'Tableau' }));
    await user.click(screen.getByRole('button', { name: `Télécharger les données de « ${TITLE} » en CSV` }));
    const [blob] = blobs;
    if (blob === undefined) throw new Error('no CSV downloaded');
    expect(await csvLines(blob)).toHaveLength(5);
  });
});

describe('Excel download', { timeout: 20_000 }, () => {
  it('sits beside the CSV, names the card, and downloads a workbook of typed cells with a « Source » sheet', async () => {
    const user = userEvent.setup();
    const { blobs, fileNames } = spyOnDownloads();
    renderCentre();
    const downloads = screen.getByRole('group', { name: `Télécharger « ${TITLE} »` });
    const names = within(downloads)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names.slice(names.indexOf('CSV'))).toEqual(['CSV', 'Excel']);

    await user.click(
      within(downloads).getByRole('button', { name: `Télécharger les données de « ${TITLE} » en Excel` }),
    );

    await waitFor(() => expect(fileNames).toEqual(['adherents-poles-centre.xlsx']));
    const [blob] = blobs;
    if (blob === undefined) throw new Error('no workbook downloaded');
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = read(new Uint8Array(await blob.arrayBuffer()), { type: 'array' });
    expect(book.SheetNames).toEqual(['Données', 'Source']);
    const data = book.Sheets['Données'];
    const about = book.Sheets.Source;
    if (data === undefined || about === undefined) throw new Error('missing sheet');
    expect(utils.sheet_to_json(data, { header: 1 })).toEqual([
      [
        'Pôle',
        'Thème',
        'Adhérents',
        'Qualificatif de la source',
        'Unité comptée',
        'Libellé de la source',
        'Part de la somme calculée',
        'Année du chiffre',
        'Réserve',
      ],
      ['Cosmetic Valley', 'Biens de consommation', 300, 'aucun', 'non-precisee', undefined, 0.4839, 2014],
      ['S2E2', 'Énergie', 130, 'aucun', 'non-precisee', undefined, 0.2097, 2014],
      ['Elastopôle', 'Chimie et matériaux', 110, 'aucun', 'non-precisee', undefined, 0.1774, 2014],
      [
        'DREAM Eau & Milieux',
        'Écotechnologies et environnement',
        80,
        'aucun',
        'non-precisee',
        undefined,
        0.129,
        2014,
      ],
    ]);
    const lines = utils.sheet_to_json<string[]>(about, { header: 1, raw: false });
    expect(lines[0]).toEqual(['Titre', TITLE]);
    expect(lines).toContainEqual(['Filtres', 'Filtres : thème Énergie']);
    expect(lines).toContainEqual(['Origine des données', 'données publiées avec le tableau de bord']);
    expect(lines.find((line) => line[0] === 'Source')?.[1]).toContain('7 janvier 2014');
  });
});

describe('SVG download', { timeout: 20_000 }, () => {
  let restoreSvg: () => void = () => undefined;
  beforeEach(() => {
    restoreSvg = defineSvgLengths();
  });
  afterEach(() => restoreSvg());

  it('draws the title, the takeaway, the filters and the source into the image', async () => {
    const user = userEvent.setup();
    const { blobs, fileNames } = spyOnDownloads();
    renderCentre();
    await screen.findByText('Cosmetic Valley', {}, CHART);

    await user.click(screen.getByRole('button', { name: `Télécharger « ${TITLE} » en image SVG` }));

    await waitFor(() => expect(fileNames).toEqual(['adherents-poles-centre.svg']));
    const [blob] = blobs;
    if (blob === undefined) throw new Error('no image downloaded');
    expect(blob.type).toBe('image/svg+xml;charset=utf-8');
    const svg = await blob.text();
    expect(svg).toContain(`<title>${TITLE}</title>`);
    expect(svg).toContain('Cosmetic Valley rassemble');
    expect(svg).toContain('Filtres : thème Énergie');
    expect(svg).toContain('Source : DIRECCTE Centre');
    expect(svg).toContain('DREAM Eau &amp; Milieux');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('CSV download of the dashboard’s bundled data', { timeout: 30_000 }, () => {
  beforeEach(loadBundledData);

  it('exports exactly what the card shows: every pole once « Tous les pôles » is chosen', async () => {
    const user = userEvent.setup();
    const { blobs, fileNames } = spyOnDownloads();
    render(<App />);
    const card = screen.getByRole('region', { name: TITLE });
    await user.click(within(card).getByRole('button', { name: 'Tous les pôles' }));
    await user.click(
      screen.getByRole('button', {
        name: 'Télécharger les données de « Adhérents des pôles en vue » en CSV',
      }),
    );

    expect(fileNames).toEqual(['adherents-poles.csv']);
    const [blob] = blobs;
    if (blob === undefined) throw new Error('no CSV downloaded');
    const lines = await csvLines(blob);
    // Header, 44 poles with a count, 27 without (exported with an empty count, never 0).
    expect(lines).toHaveLength(1 + 44 + 27);
    expect(lines).toContain('Alsace BioValley,Biotechnologies et santé,,,,,,,');
    expect(
      lines.some((line) =>
        line.startsWith('Aerospace Valley,Aéronautique et espace,637,aucun,adherents,637 adhérents,,,'),
      ),
    ).toBe(true);
    // A qualified count stays a number; its qualifier, unit and the source's words go in columns of their own.
    expect(lines.find((line) => line.startsWith('Advancity,'))).toMatch(
      /^Advancity,[^,]+,100,plus-de,adherents,plus de 100 adhérents,,2009,$/,
    );
    expect(lines.find((line) => line.startsWith('Hydreos,'))).toMatch(
      /^Hydreos,[^,]+,60,environ,membres,une soixantaine de membres,,2012,/,
    );
  });
});
