import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { csvRows, workbook } from '../fixtures/workbook';
import { card, expect, test } from './fixtures';

// Workbooks built from the committed data, so that the tests follow it.
const [HEADER = [], ...ROWS] = csvRows(readFileSync('data/poles.csv', 'utf8'));
const NAME = HEADER.indexOf('name');
const YEAR = HEADER.indexOf('year_labelled');
const edit = (row: readonly string[], column: number, value: string) =>
  row.map((cell, index) => (index === column ? value : cell));
const [FIRST = [], ...REST] = ROWS;
// The bundled pôles without the last one, and one renamed: a valid sheet that differs from the loaded file.
const FEWER = [HEADER, edit(FIRST, NAME, 'Advancity importé'), ...REST.slice(0, -1)];
if (FIRST[NAME] !== 'Advancity')
  throw new Error('the first pôle of data/poles.csv changed: update this test');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const xlsxFile = (name: string, bytes: Uint8Array) => ({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });
const picker = (page: Page) => page.getByLabel('Fichiers CSV ou Excel à importer');
const banner = (page: Page) => page.getByRole('status').filter({ hasText: 'Données importées' });
const refusal = (page: Page) => page.getByRole('alert').filter({ hasText: 'Import refusé' });
const revert = (page: Page) =>
  banner(page).getByRole('button', { name: 'Revenir aux données d’origine' }).click();

test.describe('importing Excel workbooks', () => {
  test('the picker takes the sheet named like a data file in a workbook of several, keeps it over a reload until revert', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const list = card(page, 'Liste des pôles');
    await expect(list).toContainText('71 pôles sur 71');
    const book = workbook({ 'Lisez-moi': [['Pôles 2024']], Poles: FEWER, Notes: [['à faire']] });
    await picker(page).setInputFiles(xlsxFile('mes-donnees.xlsx', book));
    await expect(banner(page)).toContainText(
      'poles.csv remplacé par mes-donnees.xlsx, feuille «\u202fPoles\u202f», importé le',
    );
    await expect(list).toContainText('70 pôles sur 70');
    await expect(list.getByRole('link', { name: 'Advancity importé' })).toBeVisible();

    await page.reload();
    await expect(banner(page)).toContainText('mes-donnees.xlsx, feuille «\u202fPoles\u202f»');
    await expect(list).toContainText('70 pôles sur 70');
    await expect(list.getByRole('link', { name: 'Advancity importé' })).toBeVisible();

    await revert(page);
    await expect(banner(page)).toHaveCount(0);
    await expect(list).toContainText('71 pôles sur 71');
    await page.reload();
    await expect(list).toContainText('71 pôles sur 71');
    await expect(banner(page)).toHaveCount(0);
  });

  test('a workbook dropped on the page is imported: named like a data file, its first sheet stands for it', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const list = card(page, 'Liste des pôles');
    await expect(list).toContainText('71 pôles sur 71');
    const bytes = [...workbook({ Feuil1: FEWER, Feuil2: [['x']] })];
    const transfer = await page.evaluateHandle(
      ({ data, type }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], 'poles.xlsx', { type }));
        return transfer;
      },
      { data: bytes, type: XLSX },
    );
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    const overlay = page.getByText('Déposez vos fichiers CSV ou Excel (.xlsx) pour les importer');
    await expect(overlay).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(overlay).toBeHidden();
    await expect(banner(page)).toContainText(
      'poles.csv remplacé par poles.xlsx, feuille «\u202fFeuil1\u202f»',
    );
    await expect(list).toContainText('70 pôles sur 70');
    await revert(page);
    await expect(list).toContainText('71 pôles sur 71');
  });

  test('a wrong value is refused with the workbook, the sheet, its row and the column letter, and the data stays', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const list = card(page, 'Liste des pôles');
    await expect(list).toContainText('71 pôles sur 71');
    // Two blank rows before the faulty one: the row given is the spreadsheet's, not a count of records.
    const book = workbook({ poles: [HEADER, [], [], edit(FIRST, YEAR, '1999'), ...REST] });
    await picker(page).setInputFiles(xlsxFile('erreurs.xlsx', book));
    const panel = refusal(page);
    await expect(panel).toContainText('erreurs.xlsx, feuille «\u202fpoles\u202f» (pour data/poles.csv)');
    const row = panel.getByRole('row').filter({ hasText: '1999' });
    await expect(row.getByRole('cell').nth(0)).toHaveText('4');
    await expect(row.getByRole('cell').nth(1)).toHaveText('H «\u202fyear_labelled\u202f»');
    await expect(list).toContainText('71 pôles sur 71');
    await expect(banner(page)).toHaveCount(0);
  });

  test('a damaged file renamed .xlsx and a password-protected workbook each get one clear message', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const list = card(page, 'Liste des pôles');
    await expect(list).toContainText('71 pôles sur 71');
    const text = new TextEncoder().encode('Ceci n’est pas un classeur.\n');
    await picker(page).setInputFiles(xlsxFile('rapport.xlsx', text));
    await expect(refusal(page)).toContainText(
      'rapport.xlsx\u202f: un fichier illisible comme classeur Excel (endommagé, ou d’un autre format renommé en .xlsx)',
    );
    await expect(refusal(page)).toContainText('1 erreur');

    const secret = readFileSync('tests/fixtures/workbooks/password-protected.xlsx');
    await picker(page).setInputFiles(xlsxFile('secret.xlsx', new Uint8Array(secret)));
    await expect(refusal(page)).toContainText(
      'secret.xlsx\u202f: un classeur protégé par un mot de passe, qui ne peut pas être lu',
    );
    await expect(refusal(page)).toContainText('enregistrez-en une copie sans mot de passe');
    await expect(list).toContainText('71 pôles sur 71');
    await expect(banner(page)).toHaveCount(0);
  });
});
