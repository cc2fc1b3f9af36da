import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { card, expect, test } from './fixtures';

/**
 * Runs every axe-core rule on the page as it is now, WCAG 2.x A and AA and best practices alike; the message lists
 * each violated rule with its targets.
 */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the dashboard has no violation of any axe-core rule', async ({ guardedPage: page }) => {
  await page.goto('./');
  await expect(card(page, 'Pôles par thème').locator('.recharts-bar-rectangle')).toHaveCount(13);
  expect(await violations(page)).toEqual([]);
});

test('with every table open and a filter active, still no violation', async ({ guardedPage: page }) => {
  await page.goto('./?theme=energie');
  for (const button of await page.getByRole('button', { name: 'Tableau', exact: true }).all())
    await button.click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.getByRole('button', { name: /^Thème \(/ }).click();
  expect(await violations(page)).toEqual([]);
});

async function chooseTheme(page: Page, theme: 'light' | 'dark') {
  const button = page.getByRole('button', { name: theme === 'dark' ? 'Sombre' : 'Clair' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test.describe('in the dark theme', () => {
  test('the dashboard has no violation', async ({ guardedPage: page }) => {
    await page.goto('./');
    await chooseTheme(page, 'dark');
    await expect(card(page, 'Pôles par thème').locator('.recharts-bar-rectangle')).toHaveCount(13);
    await expect(card(page, 'Liste des pôles').getByRole('table')).toBeVisible();
    // The dark palette is really in force, not just the attribute.
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(5, 7, 10)');
    expect(await violations(page)).toEqual([]);
  });

  test('with every table open, a filter active and the filter list open, no violation', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?theme=energie');
    await chooseTheme(page, 'dark');
    await expect(card(page, 'Pôles par thème').locator('.recharts-bar-rectangle')).toHaveCount(13);
    const switches = await page.getByRole('button', { name: 'Tableau', exact: true }).all();
    expect(switches.length).toBeGreaterThanOrEqual(5);
    for (const button of switches) await button.click();
    for (const button of switches) await expect(button).toHaveAttribute('aria-pressed', 'true');
    // One table per chart card, plus the list of poles, which is a table by nature.
    await expect(page.locator('section.card').getByRole('table')).toHaveCount(switches.length + 1);
    await page.getByRole('button', { name: /^Thème \(/ }).click();
    await expect(page.getByRole('checkbox', { name: /^Énergie/ })).toBeChecked();
    expect(await violations(page)).toEqual([]);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`every slide of the presentation in the ${theme} theme has no violation`, async ({
    guardedPage: page,
  }) => {
    // Seven full axe runs: allow for a busy machine.
    test.setTimeout(120_000);
    await page.goto('./');
    await chooseTheme(page, theme);
    await expect(card(page, 'Pôles par thème').locator('.recharts-bar-rectangle')).toHaveCount(13);
    await page.getByRole('button', { name: 'Présenter' }).click();
    const dialog = page.getByRole('dialog', { name: /^Présentation « / });
    const total = 7;
    for (let slide = 1; slide <= total; slide++) {
      if (slide > 1) await page.keyboard.press('ArrowRight');
      await expect(dialog).toHaveAccessibleName(
        `Présentation « Vue actuelle (filtres en cours) » : diapositive ${slide} sur ${total}`,
      );
      await expect(dialog.getByText('Chargement du graphique…')).toHaveCount(0);
      await expect(dialog.locator('.slide h2')).toBeVisible();
      if (slide > 1) await expect(dialog.locator('svg text').first()).toBeVisible();
      expect(await violations(page), `slide ${slide}`).toEqual([]);
    }
  });
}

test.describe('the accessibility statement', () => {
  test('opened from its address, has no violation', async ({ guardedPage: page }) => {
    await page.goto('./?page=accessibilite');
    const heading = page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' });
    await expect(heading).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Non conforme.');
    expect(await violations(page)).toEqual([]);
  });

  test('reached from the footer link in the dark theme, has no violation', async ({ guardedPage: page }) => {
    await page.goto('./');
    await chooseTheme(page, 'dark');
    await page.getByRole('link', { name: 'Accessibilité : non conforme' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' });
    await expect(heading).toBeFocused();
    expect(new URL(page.url()).search).toBe('?page=accessibilite');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await violations(page)).toEqual([]);
  });
});
