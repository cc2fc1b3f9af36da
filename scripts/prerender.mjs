// Pre-renders the first view: loads the fresh build in headless Chromium (where Recharts draws, which React's server
// renderer does not), waits until the page says it is drawn, and writes the markup of #root into index.html, so that
// the unfiltered dashboard paints before any script has run. Usage: node scripts/prerender.mjs [site|single]...
import { accessSync, constants, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { createServer as createViteServer } from 'vite';
import settings from './chromium.json' with { type: 'json' };
import { firstViewPage } from './first-view-page.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
// The width the first view is laid out for (a laptop); tall, so that the charts drawn only near the viewport (the
// map) are drawn too.
const VIEWPORT = { width: 1366, height: 8000 };
const BUILDS = { site: 'dist', single: 'dist-single' };

function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? settings.defaultPath;
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    const from =
      process.env.CHROMIUM_PATH === undefined ? 'defaultPath in scripts/chromium.json' : 'CHROMIUM_PATH';
    console.error(
      `The build pre-renders the first view in Chromium, and there is no Chromium executable at ${path} (from ${from}).\n` +
        "Install Debian's Chromium (apt-get install chromium), or set CHROMIUM_PATH to the path of a Chromium executable.",
    );
    process.exit(1);
  }
}

/** Serves `root` on a free port of 127.0.0.1, as a static host would. */
function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function drawnMarkup(browser, url) {
  const page = await browser.newPage({ viewport: VIEWPORT, colorScheme: 'light', locale: 'fr-FR' });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  // Drawn, and so are the charts drawn only near the viewport (all of them, in this tall viewport).
  await page.waitForFunction(
    () =>
      document.documentElement.hasAttribute('data-drawn') &&
      document.querySelector('.chart-placeholder, .card-loading') === null &&
      [...document.querySelectorAll('figure.chart')].every(
        (figure) => figure.querySelector('svg, table') !== null,
      ),
    null,
    { timeout: 60_000 },
  );
  if (problems.length > 0) throw new Error(`The page logged, at ${url}:\n${problems.join('\n')}`);
  const markup = await page.evaluate(() => {
    const root = document.getElementById('root');
    if (root === null) return '';
    // The markup keeps what the controls show: React sets a select's choice, a box's tick and a field's text as
    // properties, which the HTML would otherwise lose (a select would show its first option).
    for (const option of root.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
    for (const input of root.querySelectorAll('input')) {
      if (input.type === 'checkbox' || input.type === 'radio')
        input.toggleAttribute('checked', input.checked);
      else if (input.type !== 'file') input.setAttribute('value', input.value);
    }
    for (const area of root.querySelectorAll('textarea')) area.textContent = area.value;
    // The width each card was drawn for, and how far below its top its chart begins: the live page keeps a pre-rendered
    // card where its chart is not on screen, and where its own layout gives it about that width
    // (src/components/card/first-view-adoption.ts), without measuring what the card holds.
    for (const card of root.querySelectorAll('[data-card]')) {
      card.setAttribute('data-drawn-width', String(card.clientWidth));
      const chart = card.querySelector('figure.chart');
      if (chart !== null)
        card.setAttribute(
          'data-chart-top',
          String(Math.round(chart.getBoundingClientRect().top - card.getBoundingClientRect().top)),
        );
    }
    return root.innerHTML;
  });
  await page.close();
  return markup;
}

/**
 * The build's reading of the data files served beside `root`/index.html (src/data/make-snapshot.ts, run by Vite in
 * Node), as the JSON script element the page reads; null when they are not clean, so that the page reads them itself.
 */
async function dataSnapshot(root) {
  const vite = await createViteServer({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const { makeSnapshot, snapshotElement } = await vite.ssrLoadModule('/src/data/make-snapshot.ts');
    const folder = join(root, 'data');
    const bytes = Object.fromEntries(
      readdirSync(folder)
        .filter((name) => name.endsWith('.csv'))
        .map((name) => [`data/${name}`, new Uint8Array(readFileSync(join(folder, name)))]),
    );
    const snapshot = await makeSnapshot(bytes);
    return snapshot === null ? null : snapshotElement(snapshot);
  } finally {
    await vite.close();
  }
}

const builds = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['site'];
const unknown = builds.filter((build) => !(build in BUILDS));
if (unknown.length > 0) throw new Error(`Unknown build ${unknown.join(', ')}: expected site or single`);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: settings.args });
try {
  for (const build of builds) {
    const file = resolve(BUILDS[build], 'index.html');
    const html = readFileSync(file, 'utf8');
    let url = pathToFileURL(file).href;
    let server;
    if (build === 'site') {
      server = await serve(resolve(BUILDS[build]));
      url = `http://127.0.0.1:${server.address().port}/`;
    }
    try {
      const markup = await drawnMarkup(browser, url);
      // The single file holds its data as text in its code, and reads it itself.
      const snapshot = build === 'site' ? await dataSnapshot(resolve(BUILDS[build])) : null;
      writeFileSync(file, firstViewPage(html, markup, snapshot));
      const data =
        snapshot === null ? '' : `, and the reading of its data (${Math.round(snapshot.length / 1024)} kB)`;
      console.log(
        `${BUILDS[build]}/index.html: first view pre-rendered (${Math.round(markup.length / 1024)} kB of markup${data})`,
      );
    } finally {
      server?.close();
    }
  }
} finally {
  await browser.close();
}
