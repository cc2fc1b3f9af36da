import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { card, expect, test } from './fixtures';
import { PNG_SIGNATURE, downloadFrom, normalizeSpaces, pngSize, svgSize, svgText } from './png';

const FUNDING = 'Financement de l’État aux pôles du Centre, 2013-2018 (M€)';
const MEMBERSHIP = 'Adhérents des pôles du Centre';
const LIST = 'Liste des pôles';
const SOURCE =
  'Source : DIRECCTE Centre, «\u00a0Pôles de compétitivité : nouvelle phase 2013-2018\u00a0», 7 janvier 2014.';
const FUNDING_LEGEND = [
  'Montant annuel estimé : total réparti à parts égales (la source ne donne que le total)',
  'Cumul estimé',
  'Total annoncé par la source',
];

const pngButton = (title: string) => ({ name: `Télécharger « ${title} » en image PNG`, exact: true });
const svgButton = (title: string) => ({ name: `Télécharger « ${title} » en image SVG`, exact: true });
const csvButton = (title: string) => ({
  name: `Télécharger les données de « ${title} » en CSV`,
  exact: true,
});

const excelButton = (title: string) => ({
  name: `Télécharger les données de « ${title} » en Excel`,
  exact: true,
});

/** Decodes the PNG in the browser and measures it, so that a blank or undecodable image fails. */
async function inkOf(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    const colors = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      if (r < 235 || g < 235 || b < 235) inked += 1;
      colors.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
    return {
      width: image.naturalWidth,
      height: image.naturalHeight,
      inkedShare: inked / (data.length / 4),
      colors: colors.size,
      corner: [data[0], data[1], data[2]],
    };
  }, png.toString('base64'));
}

test.describe('image exports', () => {
  test('the funding chart exports as an SVG with its title, legend, filters and source, and as a PNG at twice its size', async ({
    guardedPage: page,
  }, testInfo) => {
    await page.goto('./');
    const funding = card(page, FUNDING);
    await expect(funding.locator('.chart svg').first()).toBeVisible();

    const svgFile = await downloadFrom(page, funding.getByRole('button', svgButton(FUNDING)));
    expect(svgFile.name).toBe('financement-etat-poles-centre-2013-2018.svg');
    const svg = svgFile.body.toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const text = svgText(svg);
    expect(svg).toContain(`<title>${FUNDING}</title>`);
    expect(text).toContain(FUNDING);
    expect(text).toContain('DIRECCTE Centre');
    expect(text).toContain('7 janvier 2014');
    for (const label of FUNDING_LEGEND) expect(text).toContain(label);
    expect(text).toContain('Filtres : aucun');
    expect(text).toContain(normalizeSpaces(SOURCE));
    // No-break spaces survive the line wrapping: a unit never starts a line, « » keep their words.
    expect(svg).toContain('«\u00a0Pôles de compétitivité');
    expect(svg).not.toMatch(/<text[^>]*>M€/);
    // The chart itself is inside, with its marks and its estimate label.
    expect(text).toContain('≈ 0,83 est.');
    const size = svgSize(svg);
    expect(size.width).toBeGreaterThanOrEqual(640);
    expect(size.height).toBeGreaterThan(300);

    const pngFile = await downloadFrom(page, funding.getByRole('button', pngButton(FUNDING)));
    expect(pngFile.name).toBe('financement-etat-poles-centre-2013-2018.png');
    expect(pngFile.body.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(pngFile.body)).toEqual({ width: size.width * 2, height: size.height * 2 });
    expect(pngFile.body.length).toBeGreaterThan(20_000);

    const ink = await inkOf(page, pngFile.body);
    expect(ink.width).toBe(size.width * 2);
    expect(ink.corner, 'white paper behind the chart').toEqual([255, 255, 255]);
    expect(ink.inkedShare, 'share of the image that is not white').toBeGreaterThan(0.03);
    expect(ink.colors, 'distinct colours (text, bars, hatching, lines)').toBeGreaterThan(8);

    console.log(
      `funding export: SVG ${svgFile.body.length} bytes (${size.width}×${size.height}), PNG ${pngFile.body.length} bytes (${size.width * 2}×${size.height * 2}, ${Math.round(ink.inkedShare * 100)} % inked, ${ink.colors} colours)`,
    );
    await testInfo.attach('funding.svg', { body: svgFile.body, contentType: 'image/svg+xml' });
    await testInfo.attach('funding.png', { body: pngFile.body, contentType: 'image/png' });
  });

  test('an export under a filter says so and shows only what is in view', async ({ guardedPage: page }) => {
    await page.goto('./?theme=energie');
    const membership = card(page, MEMBERSHIP);
    await expect(membership.locator('.recharts-bar-rectangle')).toHaveCount(1);
    const file = await downloadFrom(page, membership.getByRole('button', svgButton(MEMBERSHIP)));
    expect(file.name).toBe('adherents-poles-centre.svg');
    const text = svgText(file.body.toString('utf8'));
    expect(text).toContain('Filtres : thème Énergie');
    expect(text).not.toContain('Filtres : aucun');
    expect(text).toContain('S2E2');
    expect(text).not.toContain('Cosmetic Valley');
  });

  test('image exports are disabled in table view and come back with the chart', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const funding = card(page, FUNDING);
    const png = funding.getByRole('button', pngButton(FUNDING));
    const svg = funding.getByRole('button', svgButton(FUNDING));
    const csv = funding.getByRole('button', csvButton(FUNDING));
    await expect(png).toBeEnabled();
    await expect(svg).toBeEnabled();
    await funding
      .getByRole('group', { name: `Affichage de « ${FUNDING} »` })
      .getByRole('button', { name: 'Tableau' })
      .click();
    await expect(funding.getByRole('table')).toBeVisible();
    await expect(png).toBeDisabled();
    await expect(svg).toBeDisabled();
    await expect(csv).toBeEnabled();
    await funding.getByRole('button', { name: 'Graphique' }).click();
    await expect(png).toBeEnabled();
    await expect(svg).toBeEnabled();
  });

  test('every chart card offers PNG, SVG, CSV and Excel; the list offers only CSV and Excel', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    for (const title of [
      MEMBERSHIP,
      FUNDING,
      'Pôles par thème',
      'Pôles par région du siège (régions de 2013)',
      'Pôles par statut au label',
      'Pôles par année du premier label',
      'Pôles par classe à l’évaluation de 2012',
      'Chronologie de la politique des pôles',
    ]) {
      const section = card(page, title);
      await expect(section.getByRole('button', pngButton(title))).toBeEnabled();
      await expect(section.getByRole('button', svgButton(title))).toBeEnabled();
      await expect(section.getByRole('button', csvButton(title))).toBeEnabled();
      await expect(section.getByRole('button', excelButton(title))).toBeEnabled();
    }
    const list = card(page, LIST);
    await expect(list.getByRole('button', csvButton(LIST))).toBeEnabled();
    await expect(list.getByRole('button', excelButton(LIST))).toBeEnabled();
    await expect(list.getByRole('button', { name: /en image/ })).toHaveCount(0);
  });
});

test.describe('CSV exports', () => {
  test('the membership CSV is UTF-8 with a BOM, comma separated, CRLF, with raw numbers', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const membership = card(page, MEMBERSHIP);
    await expect(membership.locator('.recharts-bar-rectangle')).toHaveCount(4);
    const file = await downloadFrom(page, membership.getByRole('button', csvButton(MEMBERSHIP)));
    expect(file.name).toBe('adherents-poles-centre.csv');
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.body.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, ''), 'no bare LF or CR').not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines[0]).toBe(
      'Pôle,Thème,Adhérents,Qualificatif de la source,Unité comptée,Libellé de la source,Part de la somme calculée,Année du chiffre,Réserve',
    );
    expect(lines).toContain(
      'Cosmetic Valley,Biens de consommation,300,aucun,adherents,300 adhérents,0.4839,2014,',
    );
    expect(lines).toHaveLength(5);
  });

  test('formula-like cells are neutralised with a leading quote (CSV injection)', async ({
    guardedPage: page,
  }) => {
    const real = await readFile(resolve('dist/data/poles.csv'), 'utf8');
    const poisoned = real
      .replace(/^advancity,Advancity,/m, 'advancity,"=HYPERLINK(""http://x"",""y"")",')
      .replace(/^aerospace-valley,Aerospace Valley,/m, 'aerospace-valley,+33 1 23,');
    // Both replacements must have happened, or the test would prove nothing.
    expect(poisoned).toContain('"=HYPERLINK(""http://x"",""y"")"');
    expect(poisoned).toContain('aerospace-valley,+33 1 23,');
    await page.route('**/data/poles.csv', (route) =>
      route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: poisoned }),
    );
    await page.goto('./');
    const list = card(page, LIST);
    // The page shows the names as they are.
    await expect(list.getByRole('table')).toContainText('=HYPERLINK("http://x","y")');
    await expect(list.getByRole('table')).toContainText('+33 1 23');

    const file = await downloadFrom(page, list.getByRole('button', csvButton(LIST)));
    expect(file.name).toBe('liste-poles.csv');
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.body.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]?.startsWith('Pôle,Thème,Région (2013),')).toBe(true);
    expect(text).toContain('\r\n"\'=HYPERLINK(""http://x"",""y"")",');
    expect(text).toContain('\r\n"\'+33 1 23",');
    // No line starts with a bare formula character.
    expect(lines.filter((line) => /^[=+\-@]/.test(line))).toEqual([]);
    // The other rows are untouched: 71 poles and a header.
    expect(lines.filter((line) => line !== '')).toHaveLength(72);
    expect(text).toContain('\r\nCosmetic Valley,');
  });
});
