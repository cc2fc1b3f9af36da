import { read, utils } from '@e965/xlsx';
import { card, expect, test } from './fixtures';
import { downloadFrom } from './png';

const FUNDING = 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)';
const MEMBERSHIP = 'Adhérents des pôles du Centre';

const excelButton = (title: string) => ({
  name: `Télécharger les données de « ${title} » en Excel`,
  exact: true,
});

test.describe('Excel exports', () => {
  test('the funding card downloads a workbook whose numbers are numbers and whose second sheet cites the source', async ({
    guardedPage: page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('./');
    await expect(card(page, FUNDING).getByRole('button', excelButton(FUNDING))).toBeVisible();
    // SheetJS is fetched when a workbook is asked for, never with the page.
    expect(scripts.filter((url) => url.includes('xlsx'))).toEqual([]);
    const file = await downloadFrom(page, card(page, FUNDING).getByRole('button', excelButton(FUNDING)));
    // SheetJS's own chunk (shared with the import), fetched once.
    expect(scripts.filter((url) => /\/xlsx-[\w-]{8}\.js$/.test(url))).toHaveLength(1);
    expect(file.name).toMatch(/\.xlsx$/);
    const book = read(file.body, { type: 'buffer', cellNF: true });
    expect(book.SheetNames).toEqual(['Données', 'Source']);
    const data = book.Sheets['Données'];
    const about = book.Sheets.Source;
    if (data === undefined || about === undefined) throw new Error('missing sheet');

    const rows = utils.sheet_to_json<unknown[]>(data, { header: 1 });
    expect(rows[0]).toEqual(['Période', 'Montant (M€)', 'Cumul (M€)', 'Statut', 'Méthode']);
    expect(rows[1]?.slice(0, 2)).toEqual([2013, 0.833333]);
    expect(data.A2).toMatchObject({ t: 'n', v: 2013, z: '0' });
    expect(data.B2).toMatchObject({ t: 'n' });
    const total = rows.find((row) => String(row[0]).includes('total'));
    expect(total?.[1]).toBe(5);

    const lines = utils.sheet_to_json<string[]>(about, { header: 1, raw: false });
    expect(lines[0]).toEqual(['Titre', FUNDING]);
    const source = lines.find((line) => line[0] === 'Source' || line[0] === 'Sources');
    expect(source?.[1]).toContain('DIRECCTE Centre');
    expect(source?.[1]).toContain('7 janvier 2014');
    expect(lines).toContainEqual(['Filtres', 'Filtres : aucun']);
    expect(lines.find((line) => line[0] === 'Exporté le')?.[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  });

  test('the export follows the filters: the membership workbook lists the filtered poles and says which filter', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?theme=energie');
    const membership = card(page, MEMBERSHIP);
    const file = await downloadFrom(page, membership.getByRole('button', excelButton(MEMBERSHIP)));
    const book = read(file.body, { type: 'buffer' });
    const data = book.Sheets['Données'];
    const about = book.Sheets.Source;
    if (data === undefined || about === undefined) throw new Error('missing sheet');
    const rows = utils.sheet_to_json<unknown[]>(data, { header: 1 });
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[0]).toMatch(/^S2E2/);
    expect(rows[1]?.[2]).toBe(130);
    const lines = utils.sheet_to_json<string[]>(about, { header: 1, raw: false });
    expect(lines.find((line) => line[0] === 'Filtres')?.[1]).toMatch(/^Filtres : thème Énergie/);
  });

  test('a qualified count stays a number, its qualifier and unit in columns of their own', async ({
    guardedPage: page,
  }) => {
    const title = 'Adhérents des pôles en vue';
    await page.goto('./?adherents=tous');
    const file = await downloadFrom(page, card(page, title).getByRole('button', excelButton(title)));
    const data = read(file.body, { type: 'buffer' }).Sheets['Données'];
    if (data === undefined) throw new Error('missing sheet');
    const rows = utils.sheet_to_json<unknown[]>(data, { header: 1 });
    expect(rows[0]?.slice(2, 6)).toEqual([
      'Adhérents',
      'Qualificatif de la source',
      'Unité comptée',
      'Libellé de la source',
    ]);
    expect(rows.find((row) => row[0] === 'Advancity')?.slice(2, 6)).toEqual([
      100,
      'plus-de',
      'adherents',
      'plus de 100 adhérents',
    ]);
    expect(rows.find((row) => row[0] === 'Hydreos')?.slice(2, 6)).toEqual([
      60,
      'environ',
      'membres',
      'une soixantaine de membres',
    ]);
  });
});
