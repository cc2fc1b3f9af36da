import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { frenchIn } from './french-words';

/** Serves `body` in place of data/<file>, as a misconfigured server would. */
async function serve(page: Page, file: string, body: string): Promise<void> {
  await page.route(`**/data/${file}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: Buffer.from(body) }),
  );
}

const detail = (page: Page) => page.getByRole('region', { name: 'State of the data files' });

test.describe('A broken data file in English', () => {
  test('an HTML page served as poles.csv gets its diagnosis in English', async ({ guardedPage: page }) => {
    await serve(
      page,
      'poles.csv',
      '<!doctype html><html><head><title>Login</title></head><body></body></html>',
    );
    await page.goto('./?lang=en');
    const panel = detail(page);
    await expect(panel).toContainText('data/poles.csv not loaded: the file data/poles.csv contains 1 error.');
    await expect(panel.getByRole('listitem')).toHaveText(
      'data/poles.csv: a web page (HTML) entitled ‘Login’; expected: a CSV file; the server sent a web page instead (a 404 error, login or home page).',
    );
    await expect(panel).toContainText('Correct the file, then reload the data');
  });

  test('row errors of sources.csv are listed in English, with their English CSV', async ({
    guardedPage: page,
  }) => {
    const sources = readFileSync('data/sources.csv', 'utf8').replace(/,primaire\n/g, ',officielle\n');
    await serve(page, 'sources.csv', sources);
    await page.goto('./?lang=en');
    const panel = detail(page);
    const table = panel.getByRole('table', { name: /^Errors found in the data/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Line', 'Column', 'Value read', 'Expected']);
    await expect(table.getByRole('cell', { name: 'officielle' }).first()).toBeVisible();
    const expected = table.getByRole('row').nth(1).getByRole('cell').last();
    await expect(expected).toHaveText('one of the values: “primaire”, “secondaire”');
    // « officielle » is the value read from the file, « primaire » and « secondaire » the format's codes: shown as they are.
    const text = (await panel.textContent()) ?? '';
    expect(frenchIn([text.replace(/officielle|primaire|secondaire/g, '')])).toEqual([]);
  });
});
