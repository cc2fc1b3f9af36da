import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { card, consoleWarnings, expect, test as guarded } from './fixtures';

/** The guarded page fails a test on a console error; here a warning fails it too. */
const test = guarded.extend<{ noWarnings: undefined }>({
  noWarnings: [
    async ({ guardedPage: page }, use) => {
      const warnings = consoleWarnings(page);
      await use(undefined);
      expect(warnings, 'console warnings').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Holds the live page's code (its entry chunk) until `release`: the reader acts on the pre-rendered first view
 * meanwhile. `requested` resolves once the browser asked for it, so that what follows happens before it arrives.
 */
async function holdLivePage(page: Page) {
  let markRequested: () => void = () => undefined;
  let release: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => (markRequested = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/index-*.js', async (route) => {
    markRequested();
    await released;
    await route.continue();
  });
  return { requested, release };
}

/**
 * Opens the dashboard with the live page's code held back, and resolves once the pre-rendered page is on screen
 * and the code asked for; `shown` resolves once the live page has taken over (the guarded page's load waits for it).
 */
async function openPreRendered(page: Page) {
  const held = await holdLivePage(page);
  const shown = page.goto('./');
  await expect(page.locator('html')).toHaveClass(/first-view-pending/);
  await held.requested;
  return { release: held.release, shown };
}

const preRendered = (page: Page) => page.locator('#root[data-first-view]');

test('a click on the pre-rendered page waits, marked busy, then the live page does it', async ({
  guardedPage: page,
}) => {
  const { release, shown } = await openPreRendered(page);
  const sombre = preRendered(page).getByRole('button', { name: 'Sombre' });
  await sombre.click();
  // Nothing pretends to have acted: the copy only shows that the click waits.
  await expect(sombre).toHaveAttribute('aria-busy', 'true');
  await expect(sombre).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // The header, where the busy control is (the whole page's check is in accessibility.spec.ts).
  const axe = await new AxeBuilder({ page }).include('.page-header').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  release();
  await shown;
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const live = page.locator('#root').getByRole('button', { name: 'Sombre' });
  await expect(live).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // Nothing else the reader did not do: no list changed, no filter set.
  await expect(page).toHaveURL(/\/$/);
});

test('only the last of several clicks is done: the language, not the theme', async ({
  guardedPage: page,
}) => {
  const { release, shown } = await openPreRendered(page);
  await preRendered(page).getByRole('button', { name: 'Sombre' }).click();
  await preRendered(page).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(1);
  release();
  await shown;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/dashboard/i);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('Enter on a control reached with Tab waits too, and the focus moves to the live control', async ({
  guardedPage: page,
}) => {
  const { release, shown } = await openPreRendered(page);
  const english = preRendered(page).getByRole('button', { name: 'English' });
  // The skip link, the French button, then the English one.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
  await expect(english).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(english).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  release();
  await shown;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
});

test('text typed into the pre-rendered search box is in the live one, focused, the caret at its end', async ({
  guardedPage: page,
}) => {
  const { release, shown } = await openPreRendered(page);
  const search = preRendered(page).getByRole('combobox', { name: 'Rechercher un pôle ou une ville' });
  await search.click();
  await page.keyboard.type('Elasto');
  await expect(search).toHaveValue('Elasto');
  release();
  await shown;
  const live = page.getByRole('combobox', { name: 'Rechercher un pôle ou une ville' });
  await expect(live).toHaveValue('Elasto');
  await expect(live).toBeFocused();
  expect(
    await live.evaluate((input) => (input instanceof HTMLInputElement ? input.selectionStart : -1)),
  ).toBe(6);
  // The live search answers it as typed.
  await expect(page.getByRole('option', { name: /Elastopôle/ })).toBeVisible();
  await page.keyboard.type('p');
  await expect(live).toHaveValue('Elastop');
});

test('a click on a pre-rendered bar filters by its category once the live page is there', async ({
  guardedPage: page,
}) => {
  const { release, shown } = await openPreRendered(page);
  // The bar the reader sees: the card holds drawings for wider screens' columns too, not shown here.
  const energy = card(page, 'Pôles par thème').locator('[data-bar-id="energie"]').filter({ visible: true });
  await energy.click();
  await expect(energy).toHaveAttribute('aria-busy', 'true');
  await expect(page).toHaveURL(/\/$/);
  release();
  await shown;
  await expect(page).toHaveURL(/\?theme=energie$/);
  await expect(page.getByRole('button', { name: /Retirer le filtre/ }).first()).toBeVisible();
});

test('on a projector’s screen, a click on a bar of the chart drawn for its columns filters by its category', async ({
  guardedPage: page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const { release, shown } = await openPreRendered(page);
  // The card holds the laptop's drawing too, hidden at this width: the bar clicked is the one shown.
  const energy = card(page, 'Pôles par thème').locator('[data-bar-id="energie"]').filter({ visible: true });
  await expect(energy).toHaveCount(1);
  await energy.click();
  await expect(energy).toHaveAttribute('aria-busy', 'true');
  release();
  await shown;
  await expect(page).toHaveURL(/\?theme=energie$/);
  await expect(page.getByRole('button', { name: /Retirer le filtre/ }).first()).toBeVisible();
});

test('a click on a card the live page keeps as pre-rendered goes to its live card', async ({
  guardedPage: page,
}) => {
  // At 1366 × 900 the Centre card's buttons are on screen and its chart below the fold: the live page keeps that card
  // as it was pre-rendered (src/components/card/first-view-adoption.ts).
  await page.setViewportSize({ width: 1366, height: 900 });
  const { release, shown } = await openPreRendered(page);
  const centre = card(page, 'Adhérents des pôles du Centre');
  const table = centre.getByRole('button', { name: 'Tableau' });
  await table.click();
  await expect(table).toHaveAttribute('aria-busy', 'true');
  release();
  await shown;
  await expect(centre.getByRole('table')).toBeVisible();
  await expect(centre.getByRole('button', { name: 'Tableau' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-adopt] [data-card="adherents"]')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
});

test('the focus given to a card the live page keeps as pre-rendered moves to its live card', async ({
  guardedPage: page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  const { release, shown } = await openPreRendered(page);
  await card(page, 'Adhérents des pôles du Centre').getByRole('button', { name: 'Tableau' }).focus();
  release();
  await shown;
  const live = page.locator('#root [data-card="adherents"]').getByRole('button', { name: 'Tableau' });
  await expect(live).toBeFocused();
  await expect(page.locator('[data-adopt] [data-card="adherents"]')).toHaveCount(0);
});
