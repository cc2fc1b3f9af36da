import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { card, expect, test } from './fixtures';

const EMBED = '?embed=adherents&theme=energie';
const CAPTION = 'Filtres : thème Énergie';

/**
 * Another page of the same server that embeds a card, and sizes its iframe with the listener the README gives
 * (the origin it trusts is the server's). It records each height message it receives.
 */
const HOST_PAGE = (src: string, origin: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Page d’accueil d’un site partenaire</title></head>
<body style="margin: 0">
<main><h1>Un site partenaire</h1>
<p>Messages reçus : <output id="count">0</output>, dernière hauteur : <output id="last">0</output></p>
<iframe id="embed" src="${src}" title="Adhérents des pôles du Centre" width="100%" height="150" style="border: 0; display: block"></iframe>
</main>
<script>
  addEventListener('message', (event) => {
    if (event.origin !== '${origin}' || event.data?.type !== 'poles-competitivite:height') return;
    document.getElementById('count').value = Number(document.getElementById('count').value) + 1;
    document.getElementById('last').value = event.data.height;
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
  });
</script>
</body></html>`;

async function openHost(page: Page, src: string): Promise<void> {
  await page.route('**/embed-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: HOST_PAGE(src, new URL(route.request().url()).origin),
    }),
  );
  await page.goto('./embed-host.html');
}

const hasHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('a card embedded in another page draws alone, with its filters in words, and sizes its iframe', async ({
  guardedPage: page,
}) => {
  await openHost(page, `./${EMBED}`);
  const frame = page.frameLocator('#embed');
  await expect(frame.getByRole('heading', { level: 1, name: 'Adhérents des pôles du Centre' })).toBeVisible();
  await expect(frame.locator('.recharts-bar-rectangle').first()).toBeVisible();
  // No header, no filter bar, no search, no skip link: the card, its caption and the way to the full dashboard.
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('region', { name: 'Filtres' })).toHaveCount(0);
  await expect(frame.getByRole('combobox')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'Aller au contenu' })).toHaveCount(0);
  await expect(frame.getByText(CAPTION, { exact: true })).toBeVisible();
  const link = frame.getByRole('link', {
    name: 'Voir le tableau de bord complet (s’ouvre dans un nouvel onglet)',
  });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  expect(await link.getAttribute('href')).toMatch(/\/\?theme=energie$/);

  // The host received the card's height and gave it to the iframe: the whole card shows, without inner scroll.
  await expect(page.locator('#count')).not.toHaveText('0');
  const iframe = page.locator('#embed');
  const lastHeight = async () => Number(await page.locator('#last').textContent());
  // Taller than the 150 px the host gave it, and exactly what the card last said.
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(150);
  await expect.poll(async () => ((await iframe.boundingBox())?.height ?? 0) - (await lastHeight())).toBe(0);
  const inner = await frame
    .locator('html')
    .evaluate((html) => ({ scroll: html.scrollHeight, client: html.clientHeight }));
  expect(inner.scroll).toBeLessThanOrEqual(inner.client + 1);
});

test('the link opens the full dashboard at the same view in a new tab', async ({ guardedPage: page }) => {
  await openHost(page, `./${EMBED}`);
  const frame = page.frameLocator('#embed');
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    frame.getByRole('link', { name: /^Voir le tableau de bord complet/ }).click(),
  ]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).search).toBe('?theme=energie');
  await expect(tab.getByRole('region', { name: 'Filtres' })).toBeVisible();
  await tab.close();
});

for (const width of [320, 800, 1200]) {
  test(`at ${width} px the embedded card fits without horizontal scroll`, async ({ guardedPage: page }) => {
    await page.setViewportSize({ width, height: 900 });
    // A card with many bars and long labels: the hardest to fit in 320 px.
    await openHost(page, './?embed=themes&evaluation=tres-performant');
    const frame = page.frameLocator('#embed');
    await expect(frame.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(frame.getByText(/^Filtres : évaluation 2012 /)).toBeVisible();
    await expect
      .poll(async () => (await page.locator('#embed').boundingBox())?.height ?? 0)
      .toBeGreaterThan(300);
    const inner = await frame.locator('html').evaluate((html) => html.scrollWidth <= html.clientWidth);
    expect(inner).toBe(true);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.screenshot({ path: `test-results/screenshots/embed-${width}.png`, fullPage: true });
  });
}

test('an embedded card has no violation of any axe-core rule', async ({ guardedPage: page }) => {
  await page.goto(`./${EMBED}`);
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
});

test('an unknown card id says so, and lists the cards there are', async ({ guardedPage: page }) => {
  await page.goto('./?embed=camembert');
  await expect(page.getByRole('alert')).toHaveText('Aucun graphique ne porte l’identifiant « camembert ».');
  await expect(page.getByText('adherents', { exact: true })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('« Intégrer » gives the iframe code and the direct link of the card at the current view', async ({
  guardedPage: page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?theme=energie');
  const members = card(page, 'Adhérents des pôles du Centre');
  const open = members.getByRole('button', {
    name: 'Intégrer « Adhérents des pôles du Centre » dans un autre site',
  });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Intégrer « Adhérents des pôles du Centre »' });
  const code = dialog.getByRole('textbox', { name: 'Code d’intégration (iframe)' });
  await expect(code).toBeFocused();
  const origin = new URL(page.url()).origin;
  await expect(code).toHaveValue(new RegExp(`<iframe src="${origin}/\\?embed=adherents&amp;theme=energie"`));
  await expect(dialog.getByRole('textbox', { name: 'Lien direct vers le graphique seul' })).toHaveValue(
    `${origin}/?embed=adherents&theme=energie`,
  );
  await dialog.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copié : le lien direct.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${origin}/?embed=adherents&theme=energie`,
  );
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/screenshots/embed-dialog.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('the iframe code pasted into another page shows the card and sizes it', async ({
  guardedPage: page,
}) => {
  await page.goto('./?theme=energie');
  await card(page, 'Pôles par thème')
    .getByRole('button', { name: /^Intégrer/ })
    .click();
  const code = await page.getByRole('textbox', { name: 'Code d’intégration (iframe)' }).inputValue();
  await page.route('**/pasted.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><title>Collé</title>${code}`,
    }),
  );
  await page.goto('./pasted.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1, name: 'Pôles par thème' })).toBeVisible();
  await expect(frame.getByText(CAPTION, { exact: true })).toBeVisible();
  // Taller than the 600 px it starts with: the script of the code sized it.
  await expect.poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 0).not.toBe(600);
});
