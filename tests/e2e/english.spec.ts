import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { frenchIn, pageTexts } from './french-words';

const TITLE_EN = 'Competitiveness clusters: dashboard';

test.describe('the page in English', () => {
  test('?lang=en draws the header, the filter bar and the footer in English, and marks the page English', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_EN);
    await expect(page).toHaveTitle(TITLE_EN);
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'data files loaded and checked' })).toBeVisible();
    const chrome = await page.evaluate(() =>
      ['.page-title', '.language-switch', '.data-status', '.filter-bar', '.page-footer'].map((selector) => {
        const element = document.querySelector(selector);
        return element instanceof HTMLElement ? element.innerText : `(no ${selector})`;
      }),
    );
    expect(frenchIn(chrome)).toEqual([]);
  });

  test('leaves no French interface word anywhere in the page, accessible names included', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    expect(frenchIn(await pageTexts(page))).toEqual([]);
  });

  test('has no violation of any axe-core rule', async ({ guardedPage: page }) => {
    // axe over the whole dashboard takes long on a shared machine.
    test.setTimeout(180_000);
    await page.goto('./?lang=en');
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
  });
});

test.describe('the FR/EN switch', () => {
  test('works from the keyboard, keeps the choice in the address and remembers it', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?theme=energie');
    const english = page.getByRole('button', { name: 'English' });
    await expect(page.getByRole('group', { name: 'Langue' })).toBeVisible();
    await expect(english).toHaveAttribute('aria-pressed', 'false');
    await english.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_EN);
    await expect(english).toHaveAttribute('aria-pressed', 'true');
    await expect(english).toBeFocused();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?lang=en&theme=energie');
    await expect(page.getByRole('button', { name: /^Remove the filter Theme: / })).toBeVisible();

    // A plain address later: the remembered English hides the French pre-render and draws the page in English.
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_EN);
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?lang=en');

    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Pôles de compétitivité : tableau de bord',
    );
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
  });
});

test.describe('the builds', () => {
  test('the English catalogue is a chunk of its own, out of the French page’s entry', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const entry = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) =>
      readFileSync(`dist/${m[1] ?? ''}`, 'utf8'),
    );
    expect(entry.some((code) => code.includes(TITLE_EN))).toBe(false);
    const chunks = readdirSync('dist/assets').filter((name) => name.endsWith('.js'));
    expect(
      chunks.filter((name) => readFileSync(`dist/assets/${name}`, 'utf8').includes(TITLE_EN)),
    ).toHaveLength(1);
  });

  test('the single file carries English and shows it from file://', async ({ browser }) => {
    const single = resolve('dist-single/index.html');
    expect(readFileSync(single, 'utf8')).toContain(TITLE_EN);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      await page.goto(`${pathToFileURL(single).href}?lang=en`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_EN);
      await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
