import type { Page } from '@playwright/test';
import { card, expect, test } from './fixtures';

const inView = (page: Page) => page.getByRole('status').filter({ hasText: /pôles? sur 71|aucun filtre/ });
const keyFigures = (page: Page) => page.getByRole('list', { name: 'Chiffres clés' });
const list = (page: Page) => card(page, 'Liste des pôles');
const chips = (page: Page) => page.getByRole('list', { name: 'Filtres actifs' }).getByRole('button');
/** The accessible names of the chips, polled until they are the ones expected. */
const expectChips = (page: Page, names: readonly string[]) =>
  expect
    .poll(() =>
      chips(page).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label'))),
    )
    .toEqual(names);

async function openDashboard(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('status').filter({ hasText: 'fichiers de données chargés' })).toBeVisible();
}

/** The names of the poles the list shows, in its order. */
const listedPoles = (page: Page) => list(page).locator('tbody th').allTextContents();

test.describe('a status, a year labelled or a 2012 class in the address filters every view', () => {
  test('?categorie=mondial keeps the 7 world-class poles', async ({ guardedPage: page }) => {
    await openDashboard(page, './?categorie=mondial');
    await expect(inView(page)).toHaveText('7\u00a0pôles sur 71');
    await expect(keyFigures(page)).toContainText('7pôles sur 71 dans la sélection');
    await expect(keyFigures(page)).toContainText('0pôle du Centre sur 4 dans la sélection');
    await expect(list(page).getByRole('table')).toContainText('Liste des pôles en vue (7 sur 71)');
    await expect(list(page).locator('tbody tr')).toHaveCount(7);
    expect(await listedPoles(page)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Aerospace Valley'),
        expect.stringContaining('Systematic'),
      ]),
    );
    await expectChips(page, ['Retirer le filtre Statut : Mondial']);
    await expect(page.getByRole('button', { name: 'Statut (1 sélectionné)' })).toBeVisible();
    await expect(card(page, 'Adhérents des pôles du Centre')).toContainText(
      'Aucun des 4 pôles du Centre ne correspond aux filtres.',
    );
    const statuses = card(page, 'Pôles par statut au label');
    await expect(statuses.locator('svg')).toContainText('✓ Mondial');
    await expect(card(page, 'Pôles par thème')).toContainText('sur 7.');
  });

  test('?annee=2005,2007 keeps the 65 poles labelled in those years, with a chip for each', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page, './?annee=2005,2007');
    await expect(inView(page)).toHaveText('65\u00a0pôles sur 71');
    await expect(keyFigures(page)).toContainText('65pôles sur 71 dans la sélection');
    await expect(keyFigures(page)).toContainText('3pôles du Centre sur 4 dans la sélection');
    await expect(list(page).getByRole('table')).toContainText('Liste des pôles en vue (65 sur 71)');
    await expect(list(page).locator('tbody tr')).toHaveCount(65);
    expect((await listedPoles(page)).join(' ')).not.toContain('DREAM');
    await expectChips(page, [
      'Retirer le filtre Année du label : 2005',
      'Retirer le filtre Année du label : 2007',
    ]);
    const membership = card(page, 'Adhérents des pôles du Centre');
    await expect(membership.locator('.recharts-bar-rectangle')).toHaveCount(3);
  });

  test('?evaluation=tres-performant keeps the 20 poles of the top class', async ({ guardedPage: page }) => {
    await openDashboard(page, './?evaluation=tres-performant');
    await expect(inView(page)).toHaveText('20\u00a0pôles sur 71');
    await expect(keyFigures(page)).toContainText('20pôles sur 71 dans la sélection');
    await expect(list(page).getByRole('table')).toContainText('Liste des pôles en vue (20 sur 71)');
    await expect(list(page).locator('tbody tr')).toHaveCount(20);
    await expectChips(page, ['Retirer le filtre Évaluation 2012 : Très performant']);
    await expect(card(page, 'Pôles par classe à l’évaluation de 2012').locator('svg')).toContainText(
      '✓ Très performant',
    );
  });

  test('an unknown status is ignored with a notice, and the address is cleaned', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page, './?categorie=galactique&evaluation=performant');
    await expect(
      page.getByText('Éléments de l’adresse ignorés car inconnus : statut « galactique ».'),
    ).toBeVisible();
    await expect(page).toHaveURL(/\?evaluation=performant$/);
    await expect(inView(page)).toHaveText('35\u00a0pôles sur 71');
  });
});

test.describe('the facet cards, chips and history', () => {
  test('a bar of a facet card filters, its chip removes it, and Back and Forward step through', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page, './');
    await card(page, 'Pôles par statut au label').locator('[data-bar-id="mondial"]').click();
    await expect(page).toHaveURL(/\?categorie=mondial$/);
    await expect(inView(page)).toHaveText('7\u00a0pôles sur 71');
    await card(page, 'Pôles par année du premier label').locator('[data-bar-id="2005"]').click();
    await expect(page).toHaveURL(/\?annee=2005&categorie=mondial$/);
    await expectChips(page, [
      'Retirer le filtre Statut : Mondial',
      'Retirer le filtre Année du label : 2005',
    ]);

    await page.goBack();
    await expect(page).toHaveURL(/\?categorie=mondial$/);
    await expectChips(page, ['Retirer le filtre Statut : Mondial']);
    await expect(inView(page)).toHaveText('7\u00a0pôles sur 71');

    await page.goForward();
    await expect(page).toHaveURL(/\?annee=2005&categorie=mondial$/);
    await expect(chips(page)).toHaveCount(2);

    await page.getByRole('button', { name: 'Retirer le filtre Statut : Mondial' }).click();
    await expect(page).toHaveURL(/\?annee=2005$/);
    await expect(inView(page)).toHaveText('60\u00a0pôles sur 71');
    await page.goBack();
    await expect(page).toHaveURL(/\?annee=2005&categorie=mondial$/);
  });

  test('the keyboard alone can filter by 2012 class', async ({ guardedPage: page }) => {
    await openDashboard(page, './');
    const control = page.getByRole('button', { name: /^Évaluation 2012 \(/ });
    await control.focus();
    await page.keyboard.press('Enter');
    const moins = page.getByRole('checkbox', { name: /^Moins performant/ });
    await moins.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\?evaluation=moins-performant$/);
    await page.keyboard.press('Escape');
    await expect(control).toBeFocused();
    await expect(inView(page)).toHaveText('16\u00a0pôles sur 71');
  });
});

test.describe('today’s regions', () => {
  test('?decoupage=2016&region=centre-val-de-loire selects the four Centre poles', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page, './?decoupage=2016&region=centre-val-de-loire');
    await expect(inView(page)).toHaveText('4\u00a0pôles sur 71');
    await expectChips(page, ['Retirer le filtre Région : Centre-Val de Loire']);
    // The list follows the filter bar a moment later (deferred cards): wait for its rows.
    await expect(list(page).locator('tbody tr')).toHaveCount(4);
    expect((await listedPoles(page)).map((name) => name.split(' (')[0]).sort()).toEqual([
      'Cosmetic Valley',
      'DREAM Eau & Milieux',
      'Elastopôle',
      'S2E2',
    ]);
    await expect(keyFigures(page)).toContainText('4pôles du Centre sur 4 dans la sélection');
    const scheme = page.getByRole('group', { name: 'Découpage régional' });
    await expect(scheme.getByRole('button', { name: 'Régions de 2016' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('button', { name: 'Région du siège (2016) (1 sélectionné)' })).toBeVisible();
    const regions = card(page, 'Pôles par région du siège (régions de 2016)');
    await expect(regions.locator('svg')).toContainText('✓ Centre-Val de Loire');
    await expect(card(page, 'Pôles par région du siège (régions de 2013)')).toHaveCount(0);
  });

  test('the switch changes the address, clears a 2013 region, and Back restores it', async ({
    guardedPage: page,
  }) => {
    await openDashboard(page, './?region=centre');
    await expect(inView(page)).toHaveText('4\u00a0pôles sur 71');
    const scheme = page.getByRole('group', { name: 'Découpage régional' });
    await scheme.getByRole('button', { name: 'Régions de 2016' }).click();
    await expect(page).toHaveURL(/\?decoupage=2016$/);
    await expect(inView(page)).toHaveText('71\u00a0pôles, aucun filtre');
    await expect(card(page, 'Pôles par région du siège (régions de 2016)')).toBeVisible();

    await page.getByRole('button', { name: /^Région du siège \(2016\)/ }).click();
    await page.getByRole('checkbox', { name: /^Auvergne-Rhône-Alpes/ }).check();
    await expect(page).toHaveURL(/\?decoupage=2016&region=auvergne-rhone-alpes$/);
    await expect(inView(page)).toHaveText('11\u00a0pôles sur 71');

    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\?region=centre$/);
    await expect(scheme.getByRole('button', { name: 'Régions de 2013' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectChips(page, ['Retirer le filtre Région : Centre']);
    await expect(card(page, 'Pôles par région du siège (régions de 2013)')).toBeVisible();

    await page.goForward();
    await expect(page).toHaveURL(/\?decoupage=2016$/);
    await scheme.getByRole('button', { name: 'Régions de 2013' }).click();
    await expect(page).not.toHaveURL(/decoupage/);
  });

  test('a 2013 region in a 2016 address is ignored with a notice', async ({ guardedPage: page }) => {
    await openDashboard(page, './?decoupage=2016&region=centre');
    await expect(
      page.getByText('Éléments de l’adresse ignorés car inconnus : région « centre ».'),
    ).toBeVisible();
    await expect(page).toHaveURL(/\?decoupage=2016$/);
  });
});

test.describe('the filter bar at 200 % zoom of a 1366x768 screen', () => {
  test.use({ viewport: { width: 683, height: 384 } });

  test('scrolls away with the page instead of covering most of it', async ({ guardedPage: page }) => {
    await openDashboard(page, './?theme=energie');
    // The cards are drawn one per task after the first paint: scroll again until the page is tall enough to stay.
    await page.locator('html[data-drawn]').waitFor({ state: 'attached' });
    await expect
      .poll(() =>
        page.evaluate(() => {
          window.scrollTo(0, 900);
          return window.scrollY;
        }),
      )
      .toBe(900);
    const bar = page.getByRole('region', { name: 'Filtres' });
    await expect(bar).not.toBeInViewport();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollPaddingTop)).toBe(
      '12px',
    );
  });
});
