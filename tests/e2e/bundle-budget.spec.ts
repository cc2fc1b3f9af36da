import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtScript, CHART_LIBRARY, expect, loadedScripts, scriptsHold, test } from './fixtures';

// Deterministic budgets on the build under test (dist/, made by `npm run test:e2e`): bytes, not timings.

// What the page loads as it opens, not once a reader has scrolled through it (the map loads as it comes near).
test.use({ drawEverything: false });
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const html = () => readFileSync('dist/index.html', 'utf8');
// The chunks that carry SheetJS, whatever Rollup names them: its source names itself.
const sheetJsChunks = () =>
  readdirSync('dist/assets').filter(
    (name) => name.endsWith('.js') && readFileSync(`dist/assets/${name}`, 'utf8').includes('SheetJS'),
  );

/** The code of the page's classic scripts that stop the parser (and so the first paint): file or inline. */
const blockingScripts = (page: string) =>
  // A classic script without defer or async stops the parser; a module script does not, nor does the data snapshot,
  // JSON that no script runs.
  [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '']) => !/\btype="(module|application\/json)"|\bdefer\b|\basync\b/.test(attrs))
    .map(([, attrs = '', code = '']) => ({ file: /\bsrc="\.\/([^"]+)"/.exec(attrs)?.[1] ?? null, code }));

/** The size of the script run before paint, in the page itself: gzip -9 of its code. */
const inlineBytes = (page: string) =>
  blockingScripts(page).reduce((sum, { code }) => sum + gzipSync(code, { level: 9 }).length, 0);

test('no script needed before first paint but the small one that sets the theme, in the page with its rules, and the first view is in the page', () => {
  const page = html();
  const blocking = blockingScripts(page);
  const blockingBytes = inlineBytes(page);
  console.log(`JS gzip before first paint: ${blockingBytes} B, inline`);
  // Nothing to wait for: neither a script nor a stylesheet to fetch before the page can paint.
  expect(blocking.map(({ file }) => file)).toEqual([null]);
  expect(page).not.toMatch(/<link\b[^>]*\brel="stylesheet"/);
  expect(page).toMatch(/<style>[^<]*\.key-value\b/);
  expect(blockingBytes).toBeLessThan(90_000);
  // It sets the theme and the language, goes to the page pre-rendered in the reader's language, and starts the live
  // page's code and data once the first view is on screen, and tells whether scroll bars take room: 1.3 kB, its
  // comments left in the repository.
  expect(blockingBytes).toBeLessThan(1_400);
  // What paints first is the pre-rendered dashboard, charts included.
  expect(page).toContain('<div id="root" data-first-view>');
  expect(page).toContain('recharts-bar-rectangle');
  // The entry chunk, which the live page needs, no longer holds the chart library nor the map's geometry.
  // No module script either: first-view.js adds the entry and its preloads, named in its data, once the page has painted.
  expect(page).not.toMatch(/<script\b[^>]*type="module"|rel="modulepreload"/);
  const loader = /<script data-entry="([^"]+)" data-modules="([^"]*)"/.exec(page);
  const entry = [loader?.[1] ?? '', ...(loader?.[2] ?? '').split(' ')]
    .filter((href) => /^\.\/assets\/[^/]+\.js$/.test(href))
    .map((href) => `dist/${href.slice(2)}`);
  expect(entry.length).toBeGreaterThan(1);
  expect(entry.some((path) => readFileSync(path, 'utf8').includes('recharts-bar-rectangle'))).toBe(false);
  expect(entry.some((path) => readFileSync(path, 'utf8').includes('413.70408,308.36159'))).toBe(false);
  console.log(
    `JS gzip of the entry chunk and its preloads: ${entry.reduce((sum, path) => sum + gz(path), 0)} B`,
  );
});

// The aim is 230 kB. Measured (gzip -9): React's DOM renderer 64 kB (a chunk of its own, evaluated in a task of its own),
// the page's own code 32 kB (src/boot.tsx's chunk), the French catalogues parsed at build time with FormatJS's
// formatter, React, the schemas and the data's labels 31 kB (the core chunk), the store and the start 7 kB, the script
// run before paint and the module runtime 2 kB: 136 kB where the first screen shows no chart to draw, the pre-rendered
// charts standing for the live ones until the reader acts (src/components/card/first-view-adoption.ts). A laptop's and
// a phone's first screens show no chart; the commonest wider screens', of 1,440, 1,536, 1,600, 1,680 and 1,920 px and
// any wider, in two columns, of 1,280 and 1,024 px in one, and the tablets' (768 to 834 px), show the charts
// pre-rendered for their columns too (scripts/prerender.mjs, scripts/chart-widths.mjs). A window of another width (1,760
// or 1,150 px) gets the drawings the build made for its columns, fetched (a file of 1 to 4.4 kB,
// src/components/card/fetched-drawings.ts), not the chart library: Recharts' core 88 kB, the column chart's lines and
// grid 12 kB, the other charts 4 kB, d3's scales and colours 11 kB, which loaded there before, 250 kB in all. The CSV
// parser and the data checks are not loaded when the data files are the ones the build read (src/data/snapshot.ts).
// Each budget holds the line at what the page loads now, with under 1 kB to spare.
const FIRST_SCREENS = [
  { name: 'a laptop’s', viewport: { width: 1366, height: 768 }, charts: false, budget: 137_000 },
  { name: 'a phone’s', viewport: { width: 390, height: 844 }, charts: false, budget: 137_000 },
  { name: 'a 1,280 px laptop’s', viewport: { width: 1280, height: 720 }, charts: false, budget: 137_000 },
  { name: 'a 1,440 px laptop’s', viewport: { width: 1440, height: 900 }, charts: false, budget: 137_000 },
  { name: 'a 1,536 px laptop’s', viewport: { width: 1536, height: 864 }, charts: false, budget: 137_000 },
  { name: 'a 1,600 px screen’s', viewport: { width: 1600, height: 900 }, charts: false, budget: 137_000 },
  { name: 'a 1,680 px screen’s', viewport: { width: 1680, height: 1050 }, charts: false, budget: 137_000 },
  { name: 'a 1,024 px screen’s', viewport: { width: 1024, height: 768 }, charts: false, budget: 137_000 },
  // The build's Chromium gives its scroll bars no room; a browser on Windows takes 17 px for them.
  {
    name: 'a 1,280 px laptop’s, its scroll bar taking 17 px,',
    viewport: { width: 1280 - 17, height: 720 },
    charts: false,
    budget: 137_000,
  },
  {
    name: 'a 1,024 px screen’s, its scroll bar taking 17 px,',
    viewport: { width: 1024 - 17, height: 768 },
    charts: false,
    budget: 137_000,
  },
  { name: 'a tablet’s', viewport: { width: 768, height: 1024 }, charts: false, budget: 137_000 },
  { name: 'an 800 px tablet’s', viewport: { width: 800, height: 1280 }, charts: false, budget: 137_000 },
  { name: 'an 810 px tablet’s', viewport: { width: 810, height: 1080 }, charts: false, budget: 137_000 },
  { name: 'an 820 px tablet’s', viewport: { width: 820, height: 1180 }, charts: false, budget: 137_000 },
  { name: 'an 834 px tablet’s', viewport: { width: 834, height: 1194 }, charts: false, budget: 137_000 },
  { name: 'a projector’s', viewport: { width: 1920, height: 1080 }, charts: false, budget: 137_000 },
  { name: 'a wide screen’s', viewport: { width: 2560, height: 1440 }, charts: false, budget: 137_000 },
  // Windows whose columns the page holds no drawing for: the charts near their first screen come drawn, fetched
  // (src/components/card/fetched-drawings.ts), not the chart library.
  { name: 'a 1,760 px window’s', viewport: { width: 1760, height: 990 }, charts: false, budget: 137_000 },
  { name: 'a 1,150 px window’s', viewport: { width: 1150, height: 720 }, charts: false, budget: 137_000 },
  { name: 'a 1,640 px window’s', viewport: { width: 1640, height: 900 }, charts: false, budget: 137_000 },
] as const;

for (const screen of FIRST_SCREENS)
  test(`the unfiltered page on ${screen.name} first screen loads at most ${screen.budget / 1000} kB of JavaScript; the map, the presentation, the profile, the error panel, the import banner, the embed code, the CSV parser and writer and the Excel export wait`, async ({
    guardedPage: page,
  }) => {
    await page.setViewportSize(screen.viewport);
    const loaded = loadedScripts(page);
    await page.goto('./');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-drawn'));
    await page.waitForLoadState('networkidle');
    // The files it loaded, and the script that runs before paint, in the page.
    const total = [...loaded].reduce((sum, name) => sum + gz(builtScript(name)), inlineBytes(html()));
    console.log(
      `JS gzip loaded by the unfiltered page at ${screen.viewport.width} × ${screen.viewport.height}: ${total} B (${[...loaded].sort().join(', ')})`,
    );
    expect(total).toBeLessThan(screen.budget);
    expect(
      scriptsHold(loaded, CHART_LIBRARY),
      'the chart library loads with charts on the first screen',
    ).toBe(screen.charts);
    for (const later of [
      'map-chart-',
      'presentation-',
      'presenter-view-',
      'accessibility-statement-',
      'profile-dialog-',
      'xlsx-export-',
      'read-workbook-',
      'file-error-panel-',
      'import-status-',
      'embed-page-',
      'embed-dialog-',
      'read-dataset-',
      'csv-export-',
      // The French of the profile and of the accessibility statement.
      'profile-',
      'accessibility-',
    ]) {
      expect(
        [...loaded].some((name) => name.startsWith(later)),
        `${later} loads when needed`,
      ).toBe(false);
    }
    // Whatever chunk they would land in: the French of the profile and of the accessibility statement is not loaded,
    // nor papaparse (one of its error codes).
    for (const message of ['Fermer la fiche', 'Déclaration d’accessibilité', 'UndetectableDelimiter'])
      expect(scriptsHold(loaded, message), `« ${message} » loads when needed`).toBe(false);
    // SheetJS, shared by the Excel export and the workbook import, sits in a chunk of its own.
    expect(sheetJsChunks().some((name) => loaded.has(name))).toBe(false);
  });

test('scrolled to, the map loads its code, and the charts theirs', async ({ guardedPage: page }) => {
  const loaded = loadedScripts(page);
  await page.goto('./');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-drawn'));
  // The live card takes the pre-rendered one's place and draws it.
  await page.getByRole('heading', { name: /Carte des pôles/ }).scrollIntoViewIfNeeded();
  await expect(page.locator('[data-adopt] [data-card="carte"]')).toHaveCount(0);
  await expect.poll(() => [...loaded].some((name) => name.startsWith('map-chart-'))).toBe(true);
  await expect(page.locator('.map-region')).toHaveCount(27);
  expect(scriptsHold(loaded, CHART_LIBRARY)).toBe(true);
});

// The pre-rendered pages themselves (measured 88.7 kB gzip each: the markup of every card, the map's SVG 26 kB, the
// data's reading 18 kB, the drawings for the columns of eight screens besides a laptop's 11 kB, the stylesheet 6.6 kB
// and the script run before paint 1.2 kB, both inline, the dark theme's colours 1 kB): they hold the line too.
test('the pre-rendered pages stay within their budget, the French one and the English one', () => {
  for (const page of ['index.html', 'index.en.html']) {
    const bytes = gz(`dist/${page}`);
    console.log(`${page} gzip: ${bytes} B`);
    expect(bytes, page).toBeLessThan(89_500);
  }
});

test('the map chunk, which carries its geometry, stays within its own budget', () => {
  const map = readdirSync('dist/assets').filter((name) => /^map-chart-[^/]+\.js$/.test(name));
  const mapBytes = map.reduce((sum, name) => sum + gz(`dist/assets/${name}`), 0);
  expect(mapBytes).toBeGreaterThan(0);
  expect(mapBytes).toBeLessThan(50_000);
});

test('SheetJS loads only when a workbook is written or read and has a budget of its own', () => {
  const sheet = sheetJsChunks();
  const sizes = sheet.map((name) => `${name}: ${gz(`dist/assets/${name}`)} B`);
  console.log(`JS gzip of SheetJS: ${sizes.join(', ')}`);
  // One chunk for the page (the Excel export, and the reading of a workbook where no worker starts), one the import
  // worker loads to read a workbook.
  expect(sheet).toHaveLength(2);
  // Reading .xlsx (zip, shared strings, styles, the CFB container of a protected workbook) adds about 50 kB to writing.
  for (const name of sheet) expect(gz(`dist/assets/${name}`)).toBeLessThan(165_000);
  const exporter = readdirSync('dist/assets').filter((name) => /^xlsx-export-[^/]+\.js$/.test(name));
  expect(exporter).toHaveLength(1);
  const readers = readdirSync('dist/assets').filter((name) => /^read-workbook-[^/]+\.js$/.test(name));
  expect(readers).toHaveLength(2);
  // The import worker starts without SheetJS: a CSV import never loads it.
  const worker = readdirSync('dist/assets').filter((name) => /^import\.worker-[^/]+\.js$/.test(name));
  expect(worker).toHaveLength(1);
  expect(sheet).not.toContain(worker[0]);
  expect(readFileSync(`dist/assets/${worker[0] ?? ''}`, 'utf8')).toMatch(/import\(["'`]\.\/read-workbook-/);
});
