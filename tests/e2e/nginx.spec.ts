import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { card, expect, test } from './fixtures';
import { nginxMissing, useNginx } from './nginx-server';

// A machine without nginx skips this file; CI installs nginx-light (.ci/run), so there a missing nginx fails it.
test.skip(nginxMissing !== undefined && !process.env.CI, nginxMissing);

const NNBSP = '\u202f';
const GZIP = { 'Accept-Encoding': 'gzip' };
const IMMUTABLE = 'public, max-age=31536000, immutable';

const membersFigure = (page: Page) =>
  page
    .getByRole('list', { name: 'Chiffres clés' })
    .getByRole('listitem')
    .filter({ hasText: 'adhésions au total aux 4 pôles du Centre' });

/**
 * The hashed script that index.html loads once it has painted, the policy its meta tag sets, and the first file of the
 * charts drawn for other windows' columns that it names (scripts/fetched-drawings.mjs).
 */
async function builtPage(request: APIRequestContext) {
  const html = await (await request.get('./')).text();
  // The entry is named by first-view.js's data-entry: it loads once the first view has painted.
  const script = /(?:src|data-entry)="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  const drawings = /data-first-view-drawings="\d+=(drawings-[^" ]+\.json)/.exec(html)?.[1];
  if (script === undefined || policy === undefined || drawings === undefined) {
    throw new Error(`index.html lacks its script, policy or drawings:\n${html.slice(0, 2000)}`);
  }
  return { script, policy, drawings: `assets/${drawings}` };
}

// The pages hold their rules inline (scripts/prerender.mjs): the build leaves no stylesheet in dist/. The served copy
// gets one, hashed as the build names its files, to check how nginx serves CSS all the same.
const stylesheet = 'assets/rules-0a1b2c3d.css';
const RULES = '.card { border: 1px solid #d0d7de; padding: 1rem; }\n'.repeat(12);

test.describe('dist/ served by nginx with deploy/nginx.conf', () => {
  useNginx((root) => writeFileSync(join(root, stylesheet), RULES));

  test('loads the headline figures and draws the charts', async ({ guardedPage: page }) => {
    await page.goto('./');
    const figures = page.getByRole('list', { name: 'Chiffres clés' });
    await expect(figures).toContainText('71pôles de compétitivité nationaux');
    await expect(membersFigure(page)).toContainText('620adhésions au total aux 4 pôles du Centre');
    await expect(figures).toContainText('près de 5\u00a0M€');
    await expect(card(page, 'Adhérents des pôles du Centre').locator('.recharts-bar-rectangle')).toHaveCount(
      4,
    );
    await expect(card(page, /Financement de l’État/).locator('svg')).toContainText('Total annoncé');
    await expect(page.getByRole('status').filter({ hasText: 'fichiers de données' })).toHaveText(
      '7 fichiers de données chargés et vérifiés.',
    );
  });

  test('a theme bar filters every view', async ({ guardedPage: page }) => {
    await page.goto('./');
    await card(page, 'Pôles par thème').locator('[data-bar-id="energie"]').click();
    await expect(page).toHaveURL(/\?theme=energie$/);
    await expect(page.getByRole('status').filter({ hasText: 'pôles sur 71' })).toHaveText(
      '7\u00a0pôles sur 71',
    );
    await expect(card(page, 'Liste des pôles').getByRole('table')).toContainText(
      'Liste des pôles en vue (7 sur 71)',
    );
    await expect(card(page, 'Adhérents des pôles du Centre').locator('.recharts-bar-rectangle')).toHaveCount(
      1,
    );
  });

  test('compresses HTML, JavaScript, CSS, CSV and JSON, not files below the minimum length', async ({
    request,
  }) => {
    const { script, drawings } = await builtPage(request);
    for (const path of ['./', script, stylesheet, 'data/poles.csv', drawings]) {
      const response = await request.get(path, { headers: GZIP });
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-encoding'], path).toBe('gzip');
      expect(response.headers().vary, path).toBe('Accept-Encoding');
    }
    const plain = await request.get('data/poles.csv', { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
    // 194 and 23 bytes: under gzip_min_length.
    for (const path of ['favicon.svg', 'robots.txt']) {
      const response = await request.get(path, { headers: GZIP });
      expect(response.headers()['content-encoding'], path).toBeUndefined();
    }
  });

  test('serves each file with its type, UTF-8 for text', async ({ request }) => {
    const { script, drawings } = await builtPage(request);
    const types = {
      [drawings]: 'application/json; charset=utf-8',
      './': 'text/html; charset=utf-8',
      [script]: 'text/javascript; charset=utf-8',
      [stylesheet]: 'text/css; charset=utf-8',
      'data/poles.csv': 'text/csv; charset=utf-8',
      'favicon.svg': 'image/svg+xml; charset=utf-8',
      'robots.txt': 'text/plain; charset=utf-8',
    };
    for (const [path, type] of Object.entries(types)) {
      expect((await request.get(path)).headers()['content-type'], path).toBe(type);
    }
  });

  test('caches hashed assets for a year, revalidates index.html and the data files', async ({ request }) => {
    const { script, drawings } = await builtPage(request);
    const cacheControl = {
      [drawings]: IMMUTABLE,
      './': 'no-cache',
      'index.html': 'no-cache',
      // The page pre-rendered in English, where an English reader goes (scripts/first-view.js).
      'index.en.html': 'no-cache',
      'data/poles.csv': 'no-cache',
      'data/themes.csv': 'no-cache',
      [script]: IMMUTABLE,
      [stylesheet]: IMMUTABLE,
      'favicon.svg': 'public, max-age=3600',
      'robots.txt': 'public, max-age=3600',
    };
    for (const [path, value] of Object.entries(cacheControl)) {
      expect((await request.get(path)).headers()['cache-control'], path).toBe(value);
    }
    for (const path of ['./', 'data/poles.csv']) {
      const first = await request.get(path, { headers: GZIP });
      const etag = first.headers().etag;
      expect(etag, path).toBeDefined();
      const again = await request.get(path, { headers: { ...GZIP, 'If-None-Match': etag ?? '' } });
      expect(again.status(), path).toBe(304);
      expect(again.headers()['cache-control'], path).toBe('no-cache');
    }
  });

  test('sends the security headers on every response, errors included', async ({ request }) => {
    const { script, policy } = await builtPage(request);
    for (const path of ['./', script, stylesheet, 'data/poles.csv', 'favicon.svg', 'data/missing.csv']) {
      const headers = (await request.get(path)).headers();
      // The page's own policy, plus what only a header can say.
      expect(headers['content-security-policy'], path).toBe(`${policy}; frame-ancestors 'self'`);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      for (const feature of [
        'camera=()',
        'microphone=()',
        'geolocation=()',
        'payment=()',
        'fullscreen=(self)',
      ]) {
        expect(headers['permissions-policy'], path).toContain(feature);
      }
      expect(headers.server, path).toBe('nginx');
    }
  });

  test('lets any site frame a card alone, and only the dashboard itself frame the rest', async ({
    request,
  }) => {
    const { policy } = await builtPage(request);
    for (const path of ['./?embed=adherents', './?theme=energie&embed=carte', 'index.html?embed=liste']) {
      expect((await request.get(path)).headers()['content-security-policy'], path).toBe(
        `${policy}; frame-ancestors *`,
      );
    }
    for (const path of ['./?theme=energie', './?embed=', 'index.html']) {
      expect((await request.get(path)).headers()['content-security-policy'], path).toBe(
        `${policy}; frame-ancestors 'self'`,
      );
    }
  });

  test('a missing data file, asset or page is a plain-text 404, never index.html', async ({ request }) => {
    for (const path of [
      'data/missing.csv',
      'data/',
      'assets/missing.js',
      'tableau/de/bord',
      'dist/index.html',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()['content-type'], path).toBe('text/plain; charset=utf-8');
      expect(response.headers()['cache-control'], path).toBeUndefined();
      expect(await response.text(), path).toBe('Not found\n');
    }
  });
});

test.describe('faulty data files on the server', () => {
  useNginx((root) => {
    const poles = join(root, 'data/poles.csv');
    writeFileSync(poles, readFileSync(poles, 'utf8').replace(',300,2014,', ',trois cents,2014,'));
    rmSync(join(root, 'data/funding.csv'));
  });
  // The browser itself logs the 404 of the removed file.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('a bad value and a missing file each get their error panel; the other views keep working', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const panel = page.getByRole('region', { name: 'Adhérents des pôles' }).getByRole('alert');
    await expect(panel).toContainText('data/poles.csv');
    await expect(panel.getByRole('row').nth(1)).toContainText('members');
    await expect(panel.getByRole('row').nth(1)).toContainText('trois cents');
    await expect(panel.getByRole('row').nth(1)).toContainText('un nombre entier');
    await expect(
      page.getByRole('region', { name: /Financement de l’État/ }).getByRole('alert'),
    ).toContainText('échec du téléchargement : HTTP 404');
    await expect(card(page, 'Chronologie de la politique des pôles')).toContainText('Chartres');
    await expect(page.getByText('Fichiers en erreur : data/poles.csv, data/funding.csv.')).toBeVisible();
  });
});

test.describe('files changed in place on the server', () => {
  // Data files last changed long ago: a browser left to guess would keep them for weeks (heuristic freshness).
  const LONG_AGO = new Date('2024-01-15T10:00:00Z');
  let original = '';
  const served = useNginx((root) => {
    original = readFileSync(join(root, 'data/poles.csv'), 'utf8');
    const marks = Array.from({ length: 40 }, (_, i) => `<rect x="${i * 10}" y="0" width="8" height="${i}"/>`);
    writeFileSync(
      join(root, 'chart.svg'),
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 40">${marks.join('')}</svg>\n`,
    );
  });
  const poles = () => join(served.root(), 'data/poles.csv');
  const setCosmeticValleyMembers = (members: string) => {
    writeFileSync(
      poles(),
      original.replace(
        ',300,2014,aucun,adherents,300 adhérents,',
        `,${members},2014,aucun,adherents,${members} adhérents,`,
      ),
    );
  };

  test.beforeEach(() => {
    writeFileSync(poles(), original);
    utimesSync(poles(), LONG_AGO, LONG_AGO);
  });

  test('« Recharger les données » shows an edited data file at once', async ({ guardedPage: page }) => {
    await page.goto('./');
    await expect(membersFigure(page)).toContainText(/^620adhésions/);
    setCosmeticValleyMembers('1300');
    await page.getByRole('button', { name: 'Recharger les données' }).click();
    await expect(membersFigure(page)).toContainText(new RegExp(`^1${NNBSP}620adhésions`));
    await expect(card(page, 'Adhérents des pôles du Centre').locator('svg')).toContainText(`1${NNBSP}300`);
  });

  test('a new visit sees an edited data file: the browser revalidates it', async ({ guardedPage: page }) => {
    await page.goto('./');
    await expect(membersFigure(page)).toContainText(/^620adhésions/);
    setCosmeticValleyMembers('1300');
    await page.goto('about:blank');
    await page.goto('./');
    await expect(membersFigure(page)).toContainText(new RegExp(`^1${NNBSP}620adhésions`));
  });

  test('an SVG above the minimum length is compressed', async ({ request }) => {
    const response = await request.get('chart.svg', { headers: GZIP });
    expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(await response.text()).toContain('<rect x="390"');
  });
});
