import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { card, expect, test, wholePageScreenshot } from './fixtures';
import { downloadFrom } from './png';

const TITLE = 'Tableau croisé des pôles';
const DEFAULT_CAPTION = /^Pôles par thème \(lignes\) et par évaluation 2012 \(colonnes\), en effectifs/;
const LARGEST = 'Agriculture et agroalimentaire × Performant\u00a0: 6\u00a0pôles, filtrer';

const crossTab = (page: Page) => card(page, TITLE);
const shadedTable = (page: Page) => crossTab(page).locator('table.crosstab');

/** The figures of a row of the shaded table, its header left out. */
const figures = (row: Locator) =>
  row.locator('td').evaluateAll((cells) => cells.map((cell) => cell.textContent.trim()));

/** The card alone, cut from a full-page capture: the sticky filter bar stays at the top, off the card. */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await wholePageScreenshot(page, {
    path: `test-results/screenshots/cross-tab-${name}.png`,
    clipTo: crossTab(page),
  });
}

/** Every axe-core rule on the page, keeping the violations whose element lies inside the cross-tab card. */
async function cardViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const found: string[] = [];
  for (const violation of results.violations) {
    for (const node of violation.nodes) {
      const selector = String(node.target[0]);
      const inside = await page.evaluate(
        ([css, title]) =>
          document.querySelector(css)?.closest('section.card')?.querySelector('h3')?.textContent === title,
        [selector, TITLE] as const,
      );
      if (inside) found.push(`${violation.id}: ${selector}`);
    }
  }
  return found;
}

test.describe('the cross-tab card', () => {
  test('crosses theme and 2012 class by default, its totals adding up to 71', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const table = shadedTable(page);
    await expect(table).toBeVisible();
    await expect(table.locator('caption')).toHaveText(DEFAULT_CAPTION);
    await expect(crossTab(page).getByRole('combobox', { name: 'Lignes' })).toHaveValue('themes');
    await expect(crossTab(page).getByRole('combobox', { name: 'Colonnes' })).toHaveValue('evaluations');
    await expect(table.locator('thead th[scope="col"]')).toHaveText([
      'Thème',
      'Total',
      'Très performant',
      'Performant',
      'Moins performant',
    ]);
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(13);
    const totals = await figures(table.locator('tfoot tr'));
    expect(totals.at(-1)).toBe('71');
    expect(totals.slice(0, -1).reduce((sum, value) => sum + Number(value), 0)).toBe(71);
    const rowTotals = await table
      .locator('tbody tr td:last-child')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.textContent)));
    expect(rowTotals.reduce((sum, value) => sum + value, 0)).toBe(71);
    await expect(crossTab(page)).toContainText(
      'Le croisement le plus fréquent\u00a0: Agriculture et agroalimentaire × Performant, 6\u00a0pôles sur 71.',
    );
    await expect(table.getByRole('button', { name: LARGEST, exact: true })).toHaveText('6');
    // An HTML table cannot be drawn into an image: its data only, as CSV and Excel.
    await expect(
      crossTab(page)
        .getByRole('group', { name: /^Télécharger/ })
        .getByRole('button'),
    ).toHaveText(['CSV', 'Excel']);
  });

  test('downloads as CSV exactly the figures shown, with the totals row and column', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    await expect(shadedTable(page)).toBeVisible();
    const csv = crossTab(page).getByRole('button', { name: /^Télécharger les données de .* en CSV$/ });
    const counts = await downloadFrom(page, csv);
    expect(counts.name).toBe('tableau-croise-theme-evaluation.csv');
    const lines = counts.body.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Thème,Très performant,Performant,Moins performant,Total');
    expect(lines).toContain('Agriculture et agroalimentaire,3,6,4,13');
    expect(lines).toContain('Total,20,35,16,71');

    await crossTab(page).getByRole('button', { name: '% en ligne' }).click();
    const shares = await downloadFrom(page, csv);
    const shareLines = shares.body.subarray(3).toString('utf8').split('\r\n');
    expect(shareLines).toContain('Agriculture et agroalimentaire,0.2308,0.4615,0.3077,1');
  });

  test('restores the dimensions from the address, and writes the selects’ choice into it', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?croise=region,categorie');
    const rows = crossTab(page).getByRole('combobox', { name: 'Lignes' });
    const columns = crossTab(page).getByRole('combobox', { name: 'Colonnes' });
    await expect(rows).toHaveValue('regions');
    await expect(columns).toHaveValue('categories');
    await expect(shadedTable(page).locator('caption')).toHaveText(
      /^Pôles par région du siège \(2013\) \(lignes\) et par statut au label \(colonnes\)/,
    );

    await rows.selectOption({ label: 'Année du label' });
    await expect(page).toHaveURL(/\?croise=annee,categorie$/);
    await expect(shadedTable(page).locator('tbody th[scope="row"]')).toHaveText(['2005', '2007', '2010']);

    // Choosing for the columns what the rows show swaps the two.
    await columns.selectOption({ label: 'Année du label' });
    await expect(page).toHaveURL(/\?croise=categorie,annee$/);
    await expect(rows).toHaveValue('categories');

    await rows.selectOption({ label: 'Thème' });
    await columns.selectOption({ label: 'Évaluation 2012' });
    await expect(page).toHaveURL(/\/$/);
  });

  test('filters on both the row and the column of a clicked cell; Back restores', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    await shadedTable(page).getByRole('button', { name: LARGEST, exact: true }).click();
    await expect(page).toHaveURL(/\?evaluation=performant&theme=agriculture-et-agroalimentaire$/);
    await expect(
      page.getByRole('button', { name: /^Retirer le filtre Thème\s*: Agriculture/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^Retirer le filtre Évaluation 2012\s*: Performant/ }),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'pôles sur 71' })).toHaveText(
      '6\u00a0pôles sur 71',
    );
    // The other cards follow the selection.
    await expect(card(page, 'Liste des pôles').getByRole('table')).toContainText(
      'Liste des pôles en vue (6 sur 71)',
    );
    // The themes card counts the poles of each theme under the other facets' filters: 6 of the 35 Performant.
    await expect(card(page, 'Pôles par thème')).toContainText('6\u00a0pôles sur 35');
    await expect(shadedTable(page).locator('tfoot td').last()).toHaveText('6');

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('button', { name: /^Retirer le filtre/ })).toHaveCount(0);
    await expect(shadedTable(page).locator('tfoot td').last()).toHaveText('71');
  });

  test('is one tab stop for the keyboard: arrows choose a cell, Enter filters, Tab leaves', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const table = shadedTable(page);
    await crossTab(page)
      .getByRole('region', { name: /^Tableau croisé/ })
      .focus();
    await page.keyboard.press('Tab');
    await expect(table.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect(table.getByRole('button', { name: LARGEST, exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(table.getByRole('button').and(page.locator(':focus'))).toHaveCount(0);
    await page.keyboard.press('Shift+Tab');
    await expect(table.getByRole('button', { name: LARGEST, exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?evaluation=performant&theme=agriculture-et-agroalimentaire$/);
  });

  test('shows the shares of each row or of each column with the switch', async ({ guardedPage: page }) => {
    await page.goto('./');
    const values = crossTab(page).getByRole('group', { name: 'Valeurs du tableau croisé' });
    await values.getByRole('button', { name: '% en ligne' }).click();
    await expect(values.getByRole('button', { name: '% en ligne' })).toHaveAttribute('aria-pressed', 'true');
    const table = shadedTable(page);
    await expect(table.locator('caption')).toContainText('en % de chaque ligne');
    const rowTotals = await table
      .locator('tbody tr td:last-child')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent));
    expect(new Set(rowTotals)).toEqual(new Set(['100\u00a0%']));
    await expect(
      table.getByRole('button', {
        // Playwright folds the no-break spaces of accessible names into plain ones before matching a pattern.
        name: /^Agriculture et agroalimentaire × Performant : 6 pôles, \d+ % de la ligne, filtrer$/,
      }),
    ).toBeVisible();

    await values.getByRole('button', { name: '% en colonne' }).click();
    await expect(table.locator('caption')).toContainText('en % de chaque colonne');
    expect(await figures(table.locator('tfoot tr'))).toEqual([
      '100\u00a0%',
      '100\u00a0%',
      '100\u00a0%',
      '100\u00a0%',
    ]);
  });

  test('has no violation of any axe-core rule, in both themes, as a table and with shares', async ({
    guardedPage: page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('./');
    await expect(shadedTable(page)).toBeVisible();
    expect(await cardViolations(page), 'light, counts').toEqual([]);
    await crossTab(page).getByRole('button', { name: '% en colonne' }).click();
    await page.getByRole('button', { name: 'Sombre' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await cardViolations(page), 'dark, shares').toEqual([]);
    await crossTab(page).getByRole('button', { name: 'Tableau', exact: true }).click();
    await expect(crossTab(page).locator('table.data-table')).toBeVisible();
    expect(await cardViolations(page), 'dark, plain table').toEqual([]);
  });
});

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
] as const;

test.describe('the cross-tab card on screen and paper', () => {
  for (const size of SIZES) {
    test(`fits ${size.width}x${size.height} without widening the page`, async ({ guardedPage: page }) => {
      await page.setViewportSize(size);
      await page.goto('./?croise=theme,region');
      const table = shadedTable(page);
      await expect(table).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The wide table scrolls inside its own focusable region.
      const region = crossTab(page).getByRole('region', { name: /^Tableau croisé/ });
      await expect(region).toHaveAttribute('tabindex', '0');
      await page.goto('./');
      await expect(shadedTable(page)).toBeVisible();
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
      await shoot(page, `${size.width}x${size.height}`);
    });
  }

  test('in the dark theme, with a cell focused', async ({ guardedPage: page }) => {
    await page.goto('./?croise=theme,region');
    await page.getByRole('button', { name: 'Sombre' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Reached by the keyboard, as a reader would, so that the focus ring shows.
    await crossTab(page)
      .getByRole('region', { name: /^Tableau croisé/ })
      .focus();
    await page.keyboard.press('Tab');
    await expect(shadedTable(page).getByRole('button').first()).toBeFocused();
    await shoot(page, 'dark-1366x768');
  });

  test('prints its figures as text, without buttons', async ({ guardedPage: page }) => {
    await page.goto('./');
    await expect(shadedTable(page)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const cell = shadedTable(page).locator('td.crosstab-cell').first();
    await expect(cell.getByRole('button')).toBeHidden();
    expect(await cell.evaluate((td) => getComputedStyle(td, '::after').content)).toMatch(/^"\d+"$/);
    await shoot(page, 'print');
  });
});
