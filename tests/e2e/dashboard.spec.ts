import { card, expect, test } from './fixtures';

const NNBSP = '\u202f';

test.describe('first load on the bundled data', () => {
  test('shows the headline figures of the press release', async ({ guardedPage: page }) => {
    await page.goto('./');
    const figures = page.getByRole('list', { name: 'Chiffres clés' });
    await expect(figures.getByRole('listitem')).toHaveCount(4);
    await expect(figures).toContainText('71pôles de compétitivité nationaux');
    await expect(figures).toContainText('4pôles dont le siège est en région Centre');
    await expect(figures).toContainText('620adhésions au total aux 4 pôles du Centre');
    await expect(figures).toContainText('près de 5\u00a0M€');
  });

  test('serves its SVG icon and a robots.txt that allows everything', async ({
    guardedPage: page,
    request,
  }) => {
    await page.goto('./');
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', './favicon.svg');
    const icon = await request.get('./favicon.svg');
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
    expect(await icon.text()).toContain('#2f5d8a');
    const robots = await request.get('./robots.txt');
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toBe('User-agent: *\nAllow: /\n');
  });

  test('shows the source of a headline figure on keyboard focus', async ({ guardedPage: page }) => {
    await page.goto('./');
    const figure = page.getByRole('listitem').filter({ hasText: 'adhésions au total aux 4 pôles du Centre' });
    const tooltip = figure.getByRole('tooltip');
    await expect(tooltip).toBeHidden();
    await figure.focus();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('DIRECCTE Centre');
    await expect(tooltip).toContainText('7 janvier 2014');
  });

  test('draws the four Centre poles with their seed figures without any interaction', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const membership = card(page, 'Adhérents des pôles du Centre');
    await expect(membership.locator('.recharts-bar-rectangle')).toHaveCount(4);
    for (const label of [`300 (48${NNBSP}%)`, `130 (21${NNBSP}%)`, `110 (18${NNBSP}%)`, `80 (13${NNBSP}%)`]) {
      await expect(membership.locator('svg')).toContainText(label);
    }
    await expect(membership).toContainText(
      `Cosmetic Valley rassemble 48${NNBSP}% des adhésions des 4\u00a0pôles du Centre (300 sur 620 adhésions au total, somme calculée ici ; une entreprise peut adhérer à plusieurs pôles)`,
    );
  });

  test('marks the yearly funding split as an estimate on the chart itself', async ({ guardedPage: page }) => {
    await page.goto('./');
    const funding = card(page, /Financement de l’État/);
    await expect(funding.locator('svg')).toContainText('≈ 0,83 est.');
    await expect(funding.locator('svg')).toContainText('Total annoncé : près de 5 M€');
    await expect(funding).toContainText('estimé');
    // The running sums of estimates are approximate; the last reads as the release words the total.
    await expect(funding.locator('svg')).toContainText('≈ 4,2');
    await expect(funding.locator('svg')).toContainText('près de 5');
  });

  test('says what « 620 » is: a sum computed here, where a firm may count in several pôles', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const figure = page.getByRole('listitem').filter({ hasText: 'adhésions au total aux 4 pôles du Centre' });
    await expect(figure).toContainText('somme calculée ici');
    await expect(figure).toContainText('une entreprise peut adhérer à plusieurs pôles');
    await expect(card(page, 'Adhérents des pôles du Centre').getByRole('note')).toContainText(
      'Le total de 620 adhésions est une somme calculée ici',
    );
  });

  test('draws every count as its source words it, with its qualifier and unit', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?adherents=tous');
    const svg = card(page, 'Adhérents des pôles en vue').locator('svg');
    for (const label of [
      'plus de 100 · 2009',
      'plus de 200 membres · 2010',
      'plus de 200 acteurs · 2011',
      'environ 350 · 2009',
      'une soixantaine de membres · 2012',
      '83 entreprises et 14 établissements · 2011',
      '49 établissements · 2008',
    ])
      await expect(svg).toContainText(label);
  });

  test('says when a recorded doubt could change the leading region, and that the themes are its own grouping', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    await expect(card(page, /^Pôles par région/)).toContainText(
      "si le siège de Trimatec était en Provence-Alpes-Côte d'Azur",
    );
    await expect(card(page, /^Pôles par thème/)).toContainText('regroupement propre à ce tableau de bord');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the funding columns keep « est. » under their values', async ({ guardedPage: page }) => {
    await page.goto('./');
    const svg = card(page, /Financement de l’État/)
      .locator('svg')
      .first();
    await svg.scrollIntoViewIfNeeded();
    await expect(svg.locator('tspan', { hasText: /^est\.$/ })).toHaveCount(6);
    await expect(svg).toContainText('près de 5');
  });
});

test.describe('filters', () => {
  test('clicking a theme bar filters every view and the control mirrors it', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const themes = card(page, 'Pôles par thème');
    await themes.locator('[data-bar-id="energie"]').click();
    await expect(page).toHaveURL(/\?theme=energie$/);
    await expect(page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'pôles sur 71' })).toHaveText(
      '7\u00a0pôles sur 71',
    );
    await expect(card(page, 'Liste des pôles').getByRole('table')).toContainText(
      'Liste des pôles en vue (7 sur 71)',
    );
    await expect(card(page, 'Adhérents des pôles du Centre').locator('.recharts-bar-rectangle')).toHaveCount(
      1,
    );
    await page.getByRole('button', { name: /^Thème \(/ }).click();
    await expect(page.getByRole('checkbox', { name: /^Énergie/ })).toBeChecked();
  });

  test('the keyboard alone can filter by region, and remove the filter', async ({ guardedPage: page }) => {
    await page.goto('./');
    const control = page.getByRole('button', { name: /^Région du siège/ });
    await control.focus();
    await page.keyboard.press('Enter');
    const centre = page.getByRole('checkbox', { name: /^Centre/ });
    await centre.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\?region=centre$/);
    await page.keyboard.press('Escape');
    await expect(control).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'pôles sur 71' })).toHaveText(
      '4\u00a0pôles sur 71',
    );
    await page.getByRole('button', { name: 'Retirer le filtre Région : Centre' }).press('Enter');
    await expect(page).not.toHaveURL(/region=/);
  });

  test('a copied link reproduces the view, and back/forward step through filter changes', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?theme=energie&region=centre');
    await expect(page.getByRole('status').filter({ hasText: 'pôle' }).first()).toHaveText(
      '1\u00a0pôle sur 71',
    );
    await expect(card(page, 'Adhérents des pôles du Centre')).toContainText('S2E2');
    await page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' }).click();
    await expect(page).toHaveURL(/\?region=centre$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?region=centre&theme=energie$/);
    await expect(page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('button', { name: 'Retirer le filtre Thème : Énergie' })).toHaveCount(0);
  });

  test('unknown ids in the address are ignored with a visible notice', async ({ guardedPage: page }) => {
    await page.goto('./?theme=energie,licornes');
    await expect(
      page.getByText('Éléments de l’adresse ignorés car inconnus : thème « licornes ».'),
    ).toBeVisible();
    await expect(page).toHaveURL(/\?theme=energie$/);
  });

  test('no match gives a helpful empty state with a way back', async ({ guardedPage: page }) => {
    await page.goto('./?theme=mer&region=centre');
    const list = card(page, 'Liste des pôles');
    await expect(list).toContainText('Aucun pôle ne correspond aux filtres.');
    await list.getByRole('button', { name: 'Réinitialiser les filtres' }).click();
    await expect(list.getByRole('table')).toContainText('Liste des pôles en vue (71 sur 71)');
  });
});

test.describe('faulty data', () => {
  test('a broken file shows a precise error panel and the other views keep working', async ({
    guardedPage: page,
  }) => {
    await page.route('**/data/poles.csv', async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace(/,300,2014,/, ',trois cents,2014,');
      await route.fulfill({ response, body: text });
    });
    await page.goto('./');
    const membership = page.getByRole('region', { name: 'Adhérents des pôles' });
    const panel = membership.getByRole('alert');
    await expect(panel).toContainText('data/poles.csv');
    await expect(panel.getByRole('row').nth(1)).toContainText('members');
    await expect(panel.getByRole('row').nth(1)).toContainText('trois cents');
    await expect(panel.getByRole('row').nth(1)).toContainText('un nombre entier');
    await expect(card(page, /Financement de l’État/).locator('svg')).toContainText('Total annoncé');
    await expect(card(page, 'Chronologie de la politique des pôles')).toContainText('Chartres');
    await expect(page.getByText('Fichier en erreur : data/poles.csv')).toBeVisible();
  });

  test.describe(() => {
    // The browser itself logs the 404 that this test provokes.
    test.use({ allowedConsoleErrors: [/status of 404/] });
    test('a file that cannot be fetched says so', async ({ guardedPage: page }) => {
      await page.route('**/data/funding.csv', (route) => route.fulfill({ status: 404, body: 'absent' }));
      await page.goto('./');
      const funding = page.getByRole('region', { name: /Financement de l’État/ });
      await expect(funding.getByRole('alert')).toContainText('échec du téléchargement : HTTP 404');
      await expect(
        card(page, 'Adhérents des pôles du Centre').locator('.recharts-bar-rectangle'),
      ).toHaveCount(4);
    });
  });
});
