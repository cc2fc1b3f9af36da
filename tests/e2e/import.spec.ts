import { readFileSync } from 'node:fs';
import { card, expect, test } from './fixtures';

// Made-up files built from the committed data, so that the tests follow it.
const POLES = readFileSync('data/poles.csv', 'utf8');
const lines = POLES.trimEnd().split('\n');
// The bundled pôles without the last one, and one renamed: a valid file that differs from the loaded one.
const FEWER = [...lines.slice(0, -1)].join('\n').replace(',Advancity,', ',Advancity importé,') + '\n';
const BAD = POLES.replace('",national,2005,performant,100,2009,', '",national,1999,performant,100,2009,');
if (BAD === POLES) throw new Error('the first pôle of data/poles.csv changed: update this test');

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const banner = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: 'Données importées' });

test.describe('importing the reader’s own files', () => {
  test('the picker replaces poles.csv, says so in a banner, in the source lines, and survives a reload until revert', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const list = card(page, 'Liste des pôles');
    await expect(list).toContainText('71 pôles sur 71');
    await page.getByRole('button', { name: 'Importer des données' }).focus();
    await page
      .getByLabel('Fichiers CSV ou Excel à importer')
      .setInputFiles(csvFile('mes-poles-2024.csv', FEWER));
    await expect(banner(page)).toContainText('poles.csv remplacé par mes-poles-2024.csv, importé le');
    await expect(list).toContainText('70 pôles sur 70');
    await expect(list.getByRole('link', { name: 'Advancity importé' })).toBeVisible();
    await expect(list.locator('.card-source')).toContainText('données importées');

    await page.reload();
    await expect(banner(page)).toContainText('mes-poles-2024.csv');
    await expect(list).toContainText('70 pôles sur 70');

    await banner(page).getByRole('button', { name: 'Revenir aux données d’origine' }).click();
    await expect(banner(page)).toHaveCount(0);
    await expect(list).toContainText('71 pôles sur 71');
    await expect(list.locator('.card-source')).not.toContainText('données importées');
    await page.reload();
    await expect(list).toContainText('71 pôles sur 71');
    await expect(banner(page)).toHaveCount(0);
  });

  test('files dropped on the page are imported, with an overlay while they are dragged', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    await expect(card(page, 'Liste des pôles')).toContainText('71 pôles sur 71');
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'poles (2).csv', { type: 'text/csv' }));
      return data;
    }, FEWER);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Déposez vos fichiers CSV ou Excel (.xlsx) pour les importer')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByText('Déposez vos fichiers CSV ou Excel (.xlsx) pour les importer')).toBeHidden();
    await expect(banner(page)).toContainText('poles.csv remplacé par poles (2).csv');
    await expect(card(page, 'Liste des pôles')).toContainText('70 pôles sur 70');
    await banner(page).getByRole('button', { name: 'Revenir aux données d’origine' }).click();
    await expect(card(page, 'Liste des pôles')).toContainText('71 pôles sur 71');
  });

  test('a faulty file is refused with its line, column and value, and the data on screen stays', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const list = card(page, 'Liste des pôles');
    await expect(list).toContainText('71 pôles sur 71');
    await page.getByLabel('Fichiers CSV ou Excel à importer').setInputFiles(csvFile('faux.csv', BAD));
    const panel = page.getByRole('alert').filter({ hasText: 'Import refusé' });
    await expect(panel).toContainText('faux.csv (pour data/poles.csv)');
    const row = panel.getByRole('row').filter({ hasText: '1999' });
    await expect(row).toContainText('year_labelled');
    await expect(row).toContainText('2');
    await expect(list).toContainText('71 pôles sur 71');
    await expect(banner(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Fermer ce message' }).click();
    await expect(panel).toHaveCount(0);
  });

  test('a file that is no data file is refused, naming the files it could stand for', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    await page
      .getByLabel('Fichiers CSV ou Excel à importer')
      .setInputFiles(csvFile('notes.csv', 'a,b\n1,2\n'));
    const panel = page.getByRole('alert').filter({ hasText: 'Import refusé' });
    await expect(panel).toContainText('poles.csv, themes.csv');
  });
});
