import AxeBuilder from '@axe-core/playwright';
import { card, expect, test } from './fixtures';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test('the dashboard has no WCAG 2.1 AA violation that axe-core can detect', async ({ guardedPage: page }) => {
  await page.goto('./');
  await expect(card(page, 'Pôles par thème').locator('.recharts-bar-rectangle')).toHaveCount(13);
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
});

test('with every table open and a filter active, still no violation', async ({ guardedPage: page }) => {
  await page.goto('./?theme=energie');
  for (const button of await page.getByRole('button', { name: 'Tableau' }).all()) await button.click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.getByRole('button', { name: /^Thème \(/ }).click();
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
});
