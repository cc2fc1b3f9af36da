import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { card, expect, test } from './fixtures';
import { downloadFrom, pdfPageCount } from './png';

const NB = '\u00a0';
const ELASTOPOLE = `Fiche du pôle${NB}: Elastopôle`;
const SEARCH = 'Rechercher un pôle ou une ville';

const profile = (page: Page) => page.getByRole('dialog', { name: /^Fiche du pôle/ });
const listLink = (page: Page, name: string) =>
  card(page, 'Liste des pôles').getByRole('table').getByRole('link', { name, exact: true });
const search = (page: Page) => page.getByRole('combobox', { name: SEARCH });

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The dashboard scrolled to the list, with Elastopôle's link on screen. */
async function atTheList(page: Page) {
  await page.goto('./');
  const link = listLink(page, 'Elastopôle');
  await link.scrollIntoViewIfNeeded();
  await expect(link).toBeInViewport();
  return { link, scrollY: await page.evaluate(() => window.scrollY) };
}

test.describe('opening a pole’s profile', () => {
  test('from the list by a click, without reloading; Back returns to where the reader was', async ({
    guardedPage: page,
  }) => {
    const { link, scrollY } = await atTheList(page);
    expect(scrollY).toBeGreaterThan(500);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await link.click();

    await expect(profile(page)).toHaveAccessibleName(ELASTOPOLE);
    await expect(page.getByRole('heading', { level: 2, name: ELASTOPOLE })).toBeFocused();
    expect(new URL(page.url()).search).toBe('?pole=elastopole');
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

    await page.goBack();

    await expect(profile(page)).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('');
    await expect(link).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  });

  test('from the list by the keyboard; Escape returns to where the reader was', async ({
    guardedPage: page,
  }) => {
    const { link, scrollY } = await atTheList(page);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(profile(page)).toHaveAccessibleName(ELASTOPOLE);
    // The page behind is out of reach: Tab stays in the profile.
    for (let step = 0; step < 4; step++) await page.keyboard.press('Tab');
    await expect(profile(page).locator(':focus')).toHaveCount(1);

    await page.keyboard.press('Escape');

    await expect(profile(page)).toHaveCount(0);
    await expect(link).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    expect(new URL(page.url()).search).toBe('');
  });

  test('from its address, with the press release’s own words for its field', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?pole=elastopole');
    const dialog = profile(page);
    await expect(dialog).toHaveAccessibleName(ELASTOPOLE);
    await expect(dialog.locator('blockquote')).toHaveText(`«${NB}les caoutchoucs et polymères${NB}»`);
    await expect(dialog.locator('figcaption')).toContainText(
      `DIRECCTE Centre, «${NB}Pôles de compétitivité : nouvelle phase 2013-2018${NB}», 7 janvier 2014`,
    );
    const facts = dialog.getByRole('table', { name: 'Faits et sources' });
    await expect(facts.getByRole('row', { name: /^Nombre d’adhérents/ })).toContainText(
      '110 adhérents (chiffre de 2014)',
    );
    await expect(dialog).toContainText(
      `Région Centre (régions de 2013)${NB}: 4${NB}pôles3e sur 4${NB}pôles de la région Centre (régions de 2013)`,
    );

    await dialog.getByRole('button', { name: 'Fermer la fiche' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('#contenu')).toBeFocused();
  });

  test('from a peer in the profile, and Back goes back to the first profile', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?pole=elastopole');
    await profile(page).getByRole('link', { name: 'DREAM Eau & Milieux' }).click();
    await expect(profile(page)).toHaveAccessibleName(`Fiche du pôle${NB}: DREAM Eau & Milieux`);
    await page.goBack();
    await expect(profile(page)).toHaveAccessibleName(ELASTOPOLE);
  });

  test('from the search: « elastopole » suggests Elastopôle, Enter opens it', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    await search(page).fill('elastopole');
    const option = page.getByRole('listbox', { name: 'Pôles suggérés' }).getByRole('option');
    await expect(option).toHaveText('Elastopôle Orléans · Chimie et matériaux');
    await expect(search(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Enter');
    await expect(profile(page)).toHaveAccessibleName(ELASTOPOLE);
    await page.keyboard.press('Escape');
    await expect(search(page)).toBeFocused();
  });

  test('says when no pole bears the id, and leads to the list', async ({ guardedPage: page }) => {
    await page.goto('./?pole=x');
    const dialog = profile(page);
    await expect(dialog.getByRole('alert')).toHaveText(`Aucun pôle ne porte l’identifiant «${NB}x${NB}».`);
    await expect(dialog.getByRole('combobox', { name: SEARCH })).toBeVisible();
    await dialog.getByRole('button', { name: 'Voir la liste des pôles' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('region', { name: /^Tableau : Liste des pôles/ })).toBeFocused();
  });
});

test.describe('from the profile', () => {
  test('a pole is added to the comparison, whose name leads back to the profile', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?pole=elastopole');
    await profile(page).getByRole('button', { name: 'Ajouter à la comparaison' }).click();
    await expect(profile(page).getByRole('button', { name: 'Retirer de la comparaison' })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('comparer')).toBe('elastopole');
    await page.keyboard.press('Escape');
    const comparison = card(page, 'Comparaison côte à côte');
    await comparison.getByRole('link', { name: 'Elastopôle' }).click();
    await expect(profile(page)).toHaveAccessibleName(ELASTOPOLE);
  });

  test('the facts download as CSV, each with its source and date', async ({ guardedPage: page }) => {
    await page.goto('./?pole=elastopole');
    const file = await downloadFrom(
      page,
      profile(page).getByRole('button', { name: 'Télécharger la fiche en CSV' }),
    );
    expect(file.name).toBe('fiche-elastopole.csv');
    const text = file.body.toString('utf8');
    expect(text.startsWith('\uFEFFFait,Valeur,Source,Date de la source\r\n')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toContain('Identifiant,elastopole,,');
    expect(lines).toContain('Nombre d’adhérents,110,"DIRECCTE Centre, 7 janvier 2014",2014-01-07');
    expect(lines).toContain(
      'Domaine selon le communiqué,les caoutchoucs et polymères,"DIRECCTE Centre, 7 janvier 2014",2014-01-07',
    );
  });

  for (const id of ['elastopole', 'peifl', 'axelera'])
    test(`the profile of ${id} prints alone on one A4 page`, async ({ guardedPage: page }, testInfo) => {
      await page.goto(`./?pole=${id}`);
      await expect(profile(page).getByRole('table', { name: 'Faits et sources' })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { level: 1, includeHidden: true })).toBeHidden();
      await expect(profile(page).getByRole('button', { name: 'Ajouter à la comparaison' })).toBeHidden();
      const path = `test-results/fiche-${id}.pdf`;
      await page.pdf({ path, format: 'A4', printBackground: true });
      const pdf = await readFile(path);
      expect(pdfPageCount(pdf)).toBe(1);
      await testInfo.attach(`fiche-${id}.pdf`, { path, contentType: 'application/pdf' });
    });
});

test.describe('accessibility of the profile and the search', () => {
  for (const theme of ['Clair', 'Sombre'] as const)
    test(`the profile has no violation of any axe-core rule (${theme})`, async ({ guardedPage: page }) => {
      await page.goto('./');
      await page.getByRole('button', { name: theme }).click();
      await listLink(page, 'DREAM Eau & Milieux').click();
      await expect(profile(page)).toHaveAccessibleName(`Fiche du pôle${NB}: DREAM Eau & Milieux`);
      expect(await violations(page)).toEqual([]);
      mkdirSync('test-results/screenshots', { recursive: true });
      await page.screenshot({
        path: `test-results/screenshots/profile-${theme === 'Sombre' ? 'dark' : 'light'}.png`,
      });
    });

  test('the unknown-id profile has no violation', async ({ guardedPage: page }) => {
    await page.goto('./?pole=x');
    await expect(profile(page).getByRole('alert')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the search with its suggestions open has no violation', async ({ guardedPage: page }) => {
    await page.goto('./');
    await search(page).fill('or');
    await expect(page.getByRole('listbox', { name: 'Pôles suggérés' }).getByRole('option')).not.toHaveCount(
      0,
    );
    await page.keyboard.press('ArrowDown');
    expect(await violations(page)).toEqual([]);
  });
});

const SIZES = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const size of SIZES)
  test(`screenshot of a profile at ${size.width}x${size.height}`, async ({ guardedPage: page }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.goto('./');
    await search(page).fill('orl');
    await expect(page.getByRole('option', { name: /^Elastopôle/ })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const searchPath = `test-results/screenshots/profile-search-${size.width}x${size.height}.png`;
    await page.screenshot({ path: searchPath });
    await testInfo.attach(`profile-search-${size.width}x${size.height}`, {
      path: searchPath,
      contentType: 'image/png',
    });
    await page.goto('./?pole=s2e2');
    await expect(profile(page).getByRole('table', { name: 'Faits et sources' })).toBeVisible();
    // Nothing wider than the viewport.
    const overflow = await profile(page).evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The profile scrolls inside its overlay: its top, then its end.
    for (const part of ['top', 'end'] as const) {
      if (part === 'end')
        await page
          .locator('.profile-overlay')
          .evaluate((overlay) => overlay.scrollTo(0, overlay.scrollHeight));
      const name = `profile-${size.width}x${size.height}${part === 'end' ? '-end' : ''}`;
      const path = `test-results/screenshots/${name}.png`;
      await page.screenshot({ path });
      await testInfo.attach(name, { path, contentType: 'image/png' });
    }
  });
