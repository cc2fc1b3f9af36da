import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { cp1252Bytes, utf16Bytes } from '../fixtures/encodings';
import { card, expect, test } from './fixtures';

const POLES = readFileSync('data/poles.csv', 'utf8');

/** Serves `body` in place of data/<file>, as a misconfigured server or a spreadsheet would. */
async function serve(page: Page, file: string, body: string | Buffer | Uint8Array): Promise<void> {
  await page.route(`**/data/${file}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: Buffer.from(body) }),
  );
}

const detail = (page: Page) => page.getByRole('region', { name: 'État des fichiers de données' });

/** The committed poles.csv as French Excel saves it: semicolons and CRLF. */
function semicolonPoles(): string {
  const rows = Papa.parse<string[]>(POLES.trim(), { delimiter: ',' }).data;
  return Papa.unparse(rows, { delimiter: ';', newline: '\r\n' });
}

test.describe('Data files as spreadsheets save them', () => {
  test('a Windows-1252 poles.csv keeps its accents', async ({ guardedPage: page }) => {
    await serve(page, 'poles.csv', cp1252Bytes(POLES));
    await page.goto('./');
    const list = card(page, 'Liste des pôles');
    await expect(list.getByRole('rowheader', { name: 'Elastopôle' })).toBeVisible();
    await expect(page.getByText('7 fichiers de données chargés et vérifiés.')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('�');
  });

  test('a UTF-16 poles.csv with a BOM loads', async ({ guardedPage: page }) => {
    await serve(page, 'poles.csv', utf16Bytes(POLES, true));
    await page.goto('./');
    await expect(card(page, 'Liste des pôles').getByRole('rowheader', { name: 'Elastopôle' })).toBeVisible();
    await expect(page.getByText('7 fichiers de données chargés et vérifiés.')).toBeVisible();
  });

  test('a semicolon poles.csv with CRLF loads', async ({ guardedPage: page }) => {
    await serve(page, 'poles.csv', semicolonPoles());
    await page.goto('./');
    await expect(card(page, 'Liste des pôles').getByRole('rowheader')).toHaveCount(71);
    await expect(page.getByText('7 fichiers de données chargés et vérifiés.')).toBeVisible();
  });
});

test.describe('A faulty file gets one diagnosis', () => {
  test('an HTML page served as poles.csv', async ({ guardedPage: page }) => {
    await serve(
      page,
      'poles.csv',
      '<!doctype html><html><head><title>Connexion</title></head><body></body></html>',
    );
    await page.goto('./');
    await expect(page.getByRole('status').filter({ hasText: 'Fichier en erreur' })).toContainText(
      'data/poles.csv',
    );
    const panel = detail(page);
    await expect(panel).toContainText('le fichier data/poles.csv contient 1 erreur.');
    await expect(panel).toContainText('une page web (HTML) titrée « Connexion »');
    await expect(panel).not.toContainText('champs');
  });

  test('a repeated column, named with both its positions', async ({ guardedPage: page }) => {
    const header = POLES.split('\n')[0] ?? '';
    const second = header.split(',').indexOf('notes') + 1;
    await serve(page, 'poles.csv', POLES.replace(header, header.replace(',notes,', ',name,')));
    await page.goto('./');
    await expect(detail(page)).toContainText(
      `une seule colonne « name » : elle apparaît en colonnes 2 et ${second}`,
    );
  });

  test('a UTF-16 file without BOM is diagnosed, not read as 70 rows of wrong field counts', async ({
    guardedPage: page,
  }) => {
    await serve(page, 'sources.csv', utf16Bytes(readFileSync('data/sources.csv', 'utf8'), true, false));
    await page.goto('./');
    await expect(detail(page)).toContainText('data/sources.csv non chargé');
    await expect(detail(page)).toContainText('des octets nuls (UTF-16 sans BOM ou fichier binaire)');
  });
});

test.describe('A 5,000-character pôle name', () => {
  for (const [width, height] of [
    [390, 844],
    [1366, 768],
  ] as const) {
    test(`wraps at ${width} px: no sideways scroll`, async ({ guardedPage: page }) => {
      await page.setViewportSize({ width, height });
      const name = `Pôle${'x'.repeat(5000)}`;
      await serve(page, 'poles.csv', POLES.replace(',Cosmetic Valley,', `,${name},`));
      await page.goto('./');
      await expect(card(page, 'Adhérents des pôles du Centre').locator('.takeaway')).toContainText('Pôlexxx');
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.goto('./?pole=cosmetic-valley');
      await expect(page.getByRole('dialog')).toContainText('Pôlexxx');
      expect(await overflow()).toBeLessThanOrEqual(0);
    });
  }
});
