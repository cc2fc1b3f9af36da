import { readFile, readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { card, drawWholePage } from './fixtures';

const SINGLE_FILE = resolve('dist-single/index.html');
const FILE_URL = pathToFileURL(SINGLE_FILE).href;
// It carries the pre-rendered first view (in both themes, the charts near the first screen drawn for the columns of
// nine screens: 0.52 MB of markup) and SheetJS for the Excel downloads: 2.22 MiB. Every byte is read from disk, none
// sent.
const MAX_BYTES = 2.3 * 1024 * 1024;

test.describe('single-file build opened from disk', () => {
  test('is one self-contained file under 2.3 MiB', async () => {
    const { size } = await stat(SINGLE_FILE);
    console.log(`dist-single/index.html: ${size} bytes (${(size / 1024 / 1024).toFixed(2)} MiB)`);
    expect(size).toBeLessThan(MAX_BYTES);
    const html = await readFile(SINGLE_FILE, 'utf8');
    // Nothing to fetch: no external script, stylesheet or module preload.
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link\b[^>]*\brel="(stylesheet|modulepreload|preload)"/i);
    // The icon is inline too.
    expect(html).toMatch(/<link rel="icon" type="image\/svg\+xml" href="data:image\/svg\+xml;base64,/);
    // Nothing else to carry: the folder holds the page alone.
    expect(await readdir(resolve('dist-single'))).toEqual(['index.html']);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    // Quotes written as such, not as &#39;, so that vite-plugin-singlefile's check reads the policy right.
    expect(html).toContain("script-src 'unsafe-inline'; style-src 'unsafe-inline'");
    // The data is compiled in.
    expect(html).toContain('cosmetic-valley');
  });

  test('works offline from file:// with no request and no console error', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
    });
    const blocked: string[] = [];
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    try {
      await page.goto(FILE_URL);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-drawn'));
      await drawWholePage(page);

      const figures = page.getByRole('list', { name: 'Chiffres clés' });
      await expect(figures.getByRole('listitem')).toHaveCount(4);
      await expect(figures).toContainText('71pôles de compétitivité nationaux');
      await expect(figures).toContainText('4pôles dont le siège est en région Centre');
      await expect(figures).toContainText('620adhésions au total aux 4 pôles du Centre');
      await expect(figures).toContainText('près de 5\u00a0M€');

      const membership = card(page, 'Adhérents des pôles du Centre');
      await expect(membership.locator('.recharts-bar-rectangle')).toHaveCount(4);

      await expect(page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toHaveCount(0);
      await card(page, 'Pôles par thème').locator('[data-bar-id="energie"]').click();
      await expect(page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeVisible();
      await expect.poll(() => page.evaluate(() => location.search)).toBe('?theme=energie');
      expect(page.url().startsWith(FILE_URL)).toBe(true);
      await expect(membership.locator('.recharts-bar-rectangle')).toHaveCount(1);

      const present = page.getByRole('button', { name: 'Présenter' });
      await present.click();
      const dialog = page.getByRole('dialog', { name: /^Présentation/ });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('1 / 7');
      await expect(dialog).toContainText('Filtres : thème Énergie');
      await page.keyboard.press('ArrowRight');
      await expect(dialog).toContainText('2 / 7');
      await expect(dialog).toHaveAccessibleName(/diapositive 2 sur 7$/);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(present).toBeFocused();

      console.log(`requests seen: ${requests.join(', ')}`);
      expect(blocked, 'requests that were not file: URLs (aborted)').toEqual([]);
      expect(
        requests.filter((url) => url !== FILE_URL && !url.startsWith('data:')),
        'requests other than the file itself',
      ).toEqual([]);
      expect(requests).toContain(FILE_URL);
      expect(consoleErrors, 'console errors').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
