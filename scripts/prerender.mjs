// Pre-renders the first view: loads the fresh build in headless Chromium (where Recharts draws, which React's server
// renderer does not), waits until the page says it is drawn, and writes the markup of #root into index.html, so that
// the unfiltered dashboard paints before any script has run. Usage: node scripts/prerender.mjs [site|single]...
import { createHash } from 'node:crypto';
import { accessSync, constants, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { createServer as createViteServer } from 'vite';
import settings from './chromium.json' with { type: 'json' };
import { drawnForRules, NEAR_MARGIN, OTHER_VIEWPORTS, WIDTH_TOLERANCE } from './chart-widths.mjs';
import { compactDrawings } from './compact-drawings.mjs';
import {
  DRAWINGS_HEIGHT,
  drawingsFile,
  drawingsList,
  themedDrawing,
  WINDOW_STEP,
  windowsToDraw,
  windowWidths,
} from './fetched-drawings.mjs';
import { firstViewPage, inlineStylesheet, pageInLanguage } from './first-view-page.mjs';
import { addWideDrawings, cardText, measure, wideDrawings } from './wide-drawings.mjs';
import {
  applyThemeColours,
  colourPairKey,
  elementsOf,
  themeColourRules,
  themeColours,
} from './theme-colours.mjs';

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
/** The site's page pre-rendered in English, beside index.html. */
const ENGLISH_PAGE = 'index.en.html';

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

/** A page of the fresh build at `viewport` in the system's `colorScheme`, and what it logged that a reader should not see. */
async function openPage(browser, url, viewport, colorScheme) {
  const page = await browser.newPage({ viewport, colorScheme, locale: 'fr-FR' });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  const checked = () => {
    if (problems.length > 0) throw new Error(`The page logged, at ${url}:\n${problems.join('\n')}`);
  };
  return { page, checked };
}

/**
 * `run(data, ...helpers)` as an expression the page evaluates: the helpers go along as source, which the page's policy
 * (no eval) would not let it rebuild itself.
 */
const inPage = (run, data, ...helpers) => `(${run})(${[JSON.stringify(data), ...helpers].join(', ')})`;

/**
 * Resolves once `page` is drawn, and so is every chart within `margin` pixels below its viewport: no card still loading
 * and no chart still waiting for its code there, each figure holding its SVG or its table. With `steady` (a page just
 * resized, whose live charts are drawn again in transitions, a card at a time), each Recharts drawing there must also
 * have its figure's width, and none of those figures have changed for `steady` checks 50 ms apart.
 */
function drawnNear(page, margin, { steady = 0 } = {}) {
  return page.waitForFunction(
    ({ within, checks }) => {
      if (!document.documentElement.hasAttribute('data-drawn')) return false;
      const near = (element) => element.getBoundingClientRect().top <= window.innerHeight + within;
      if ([...document.querySelectorAll('.chart-placeholder, .card-loading')].some(near)) return false;
      const figures = [...document.querySelectorAll('figure.chart')].filter(near);
      const drawn = figures.every((figure) => {
        const surface = figure.querySelector('.recharts-wrapper > svg');
        if (checks === 0 || surface === null) return figure.querySelector('svg, table') !== null;
        return Math.abs(Number(surface.getAttribute('width')) - figure.clientWidth) <= 1;
      });
      if (checks === 0) return drawn;
      const state = (window.__redrawn ??= { last: '', steady: 0 });
      const now = figures.map((figure) => `${figure.clientWidth} ${figure.innerHTML.length}`).join(' ');
      state.steady = drawn && now === state.last ? state.steady + 1 : 0;
      state.last = now;
      return state.steady >= checks;
    },
    // Infinity does not survive the trip into the page as JSON.
    { within: Number.isFinite(margin) ? margin : Number.MAX_SAFE_INTEGER, checks: steady },
    { timeout: 60_000, ...(steady > 0 ? { polling: 50 } : {}) },
  );
}

/** The charts near the first screen of `viewport` (one of OTHER_VIEWPORTS), drawn for its width. */
async function drawnWide(browser, url, renameIds, viewport, colorScheme) {
  const { page, checked } = await openPage(browser, url, viewport, colorScheme);
  // Drawn, and so are the charts near the viewport (the live page draws the far ones only as they come near).
  await drawnNear(page, NEAR_MARGIN);
  checked();
  const drawings = await page.evaluate(
    inPage(
      wideDrawings,
      { margin: NEAR_MARGIN, prefix: `drawn-${viewport.width}-` },
      cardText,
      measure,
      renameIds,
    ),
  );
  await page.close();
  return { width: viewport.width, drawings };
}

/**
 * The laptop's page drawn in the system's `colorScheme`, its controls' state written into the markup, the other
 * screens' drawings beside its own: left open, for drawnMarkup to read.
 */
async function drawnPage(browser, url, renameIds, colorScheme) {
  const screens = [];
  for (const viewport of OTHER_VIEWPORTS)
    screens.push(await drawnWide(browser, url, renameIds, viewport, colorScheme));
  const { page, checked } = await openPage(browser, url, VIEWPORT, colorScheme);
  // Drawn, and so are the charts drawn only near the viewport (all of them, in this tall viewport).
  await drawnNear(page, Infinity);
  checked();
  await page.evaluate(() => {
    const root = document.getElementById('root');
    if (root === null) return;
    // The markup keeps what the controls show: React sets a select's choice, a box's tick and a field's text as
    // properties, which the HTML would otherwise lose (a select would show its first option).
    for (const option of root.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
    for (const input of root.querySelectorAll('input')) {
      if (input.type === 'checkbox' || input.type === 'radio')
        input.toggleAttribute('checked', input.checked);
      else if (input.type !== 'file') input.setAttribute('value', input.value);
    }
    for (const area of root.querySelectorAll('textarea')) area.textContent = area.value;
  });
  // The live page keeps a pre-rendered card where its own layout gives it one of the widths it was drawn for, and
  // draws it live when its chart comes near (src/components/card/first-view-adoption.ts), without measuring what
  // the card holds.
  const { added, skipped, figures } = await page.evaluate(
    inPage(addWideDrawings, { screens, tolerance: WIDTH_TOLERANCE }, cardText, measure),
  );
  return { page, added, skipped, figures };
}

/** The width of the first card with a chart in `page`, as laid out now. */
const firstChartCardWidth = (page) =>
  page.evaluate(
    () =>
      document.querySelector('#root [data-card] figure.chart')?.closest('[data-card]')?.clientWidth ?? null,
  );

/**
 * The card widths every chart drawn for more than one width was drawn for, in the laptop's page `page` (the cards near
 * some screen's first screen): only at those does the page hold a drawing for each, whichever is near. The Centre's
 * cards, near a tablet's first screen, were drawn for its column (769 px); the others, near only wider windows' first
 * screens, were not.
 */
const widthsDrawnForAll = (page) =>
  page.evaluate(() => {
    const lists = [...document.querySelectorAll('#root [data-card][data-drawn-width]')]
      .map((card) => (card.getAttribute('data-drawn-width') ?? '').split(' ').filter(Boolean).map(Number))
      .filter((widths) => widths.length > 1);
    return (lists[0] ?? []).filter((width) => lists.every((widths) => widths.includes(width)));
  });

/**
 * The width of the first card with a chart of the page at `url` in windows from windowWidths(), WINDOW_STEP apart:
 * measured on a copy of the drawn page that no script keeps (the live page would draw its charts again at each).
 */
async function cardSamples(browser, url) {
  const started = performance.now();
  const { page } = await openPage(
    browser,
    url,
    { width: windowWidths()[0], height: DRAWINGS_HEIGHT },
    'light',
  );
  try {
    await drawnNear(page, NEAR_MARGIN);
    await page.evaluate(() => {
      const root = document.getElementById('root');
      root?.replaceWith(root.cloneNode(true));
    });
    const samples = [];
    // The cards of windows 4 px apart are at most 4 px apart: one between two of them is within 2 px of one.
    for (const width of windowWidths()) {
      await page.setViewportSize({ width, height: DRAWINGS_HEIGHT });
      const cardWidth = await firstChartCardWidth(page);
      if (cardWidth !== null) samples.push({ window: width, cardWidth });
    }
    console.log(
      `Card widths measured in ${samples.length} windows in ${Math.round((performance.now() - started) / 1000)} s`,
    );
    return samples;
  } finally {
    await page.close();
  }
}

/**
 * The live page at `url` in `colorScheme`, in a window DRAWINGS_HEIGHT high, drawn at each of `windows` in turn (or, when
 * it is null, measured first at each of windowWidths(), and drawn at windowsToDraw of those samples, `drawn` the card
 * widths the page already holds): the drawings of the charts near its first screen at each, and the windows.
 */
async function drawingsAtWindows(browser, url, renameIds, colorScheme, windows, drawn) {
  const { page, checked } = await openPage(
    browser,
    url,
    { width: windowWidths()[0], height: DRAWINGS_HEIGHT },
    colorScheme,
  );
  try {
    await drawnNear(page, NEAR_MARGIN);
    const chosen =
      windows ?? windowsToDraw(await cardSamples(browser, url), drawn, WIDTH_TOLERANCE - WINDOW_STEP / 2);
    const drawings = [];
    for (const { window, cardWidth } of chosen) {
      await page.setViewportSize({ width: window, height: DRAWINGS_HEIGHT });
      await drawnNear(page, NEAR_MARGIN, { steady: 8 });
      checked();
      const measured = await firstChartCardWidth(page);
      if (measured !== cardWidth)
        throw new Error(
          `At ${window} px, the first card with a chart is ${measured} px wide, not ${cardWidth}`,
        );
      drawings.push(
        await page.evaluate(
          inPage(
            wideDrawings,
            { margin: NEAR_MARGIN, prefix: `drawn-w${window}-` },
            cardText,
            measure,
            renameIds,
          ),
        ),
      );
    }
    return { windows: chosen, drawings };
  } finally {
    await page.close();
  }
}

/**
 * The files of the drawings of the charts near the first screen at `windows` (light and dark: `light`, `dark`), for the
 * live page to fetch where the page holds none for the reader's columns (scripts/fetched-drawings.mjs): the dark
 * theme's colours read from the page's custom properties (`colours`, the page's own), as in the page, and what draws
 * nothing taken out. A card that shows otherwise there than in the page (`page`, the laptop's, left open), or whose
 * drawing differs in the dark theme otherwise than by its colours, is left out: the live page draws it.
 */
async function drawingsFiles(page, lang, windows, light, dark, colours) {
  const pageColour = new Map(colours.map((colour, index) => [colourPairKey(colour), index]));
  const elements = (markup) =>
    page.evaluate(
      inPage(
        (html, elementsOfRoot) => {
          const holder = document.createElement('div');
          holder.innerHTML = html;
          return elementsOfRoot(holder);
        },
        markup,
        elementsOf,
      ),
    );
  // What each card of the page shows besides its figure, read once.
  const pageTexts = await page.evaluate(
    inPage(
      (_, textOf) =>
        Object.fromEntries(
          [...document.querySelectorAll('#root [data-card]')].map((card) => [
            card.getAttribute('data-card'),
            textOf(card),
          ]),
        ),
      null,
      cardText,
    ),
  );
  const files = [];
  const left = [];
  for (const [index, { cardWidth }] of windows.entries()) {
    const cards = {};
    for (const [id, drawing] of Object.entries(light[index])) {
      const other = dark[index][id];
      const pageText = pageTexts[id];
      const compared =
        other === undefined
          ? null
          : themeColours(await elements(drawing.markup), await elements(other.markup));
      const mapping = compared?.colours?.map((colour) => pageColour.get(colourPairKey(colour)));
      if (
        pageText !== drawing.text ||
        compared === null ||
        compared.problem !== undefined ||
        mapping.includes(undefined)
      ) {
        left.push(`${id} at ${cardWidth} px`);
        continue;
      }
      const markup = await page.evaluate(
        inPage(
          themedDrawing,
          { markup: drawing.markup, edits: compared.edits, mapping },
          applyThemeColours,
          compactDrawings,
        ),
      );
      cards[id] = {
        cardWidth: drawing.cardWidth,
        figureWidth: drawing.figureWidth,
        chartTop: drawing.chartTop,
        markup,
      };
    }
    if (Object.keys(cards).length === 0) continue;
    const json = JSON.stringify({ cardWidth, cards });
    const hash = createHash('sha256').update(json).digest('hex');
    files.push({ cardWidth, file: drawingsFile(lang, cardWidth, hash), json });
  }
  return { files, left };
}

/**
 * The pre-rendered markup of #root at `url`, in the light theme with the colours of the dark one as custom properties,
 * the rules its charts drawn for several widths and its colours need, and the page's title. Throws where the dark
 * theme's page differs otherwise than by its colours (or leaves out other drawings): the first view would then show
 * only in the light theme, which the build does not let pass unsaid.
 */
async function drawnMarkup(browser, url, renameIds, { lang, fetched }) {
  const light = await drawnPage(browser, url, renameIds, 'light');
  const dark = await drawnPage(browser, url, renameIds, 'dark');
  try {
    const listed = (skipped) =>
      skipped.map(({ card, screen, reason }) => `${card} at ${screen} px: ${reason}`).join('; ');
    if (listed(light.skipped) !== listed(dark.skipped))
      throw new Error(
        `The other screens' drawings differ between the themes: light ${listed(light.skipped) || 'none left out'}; ` +
          `dark ${listed(dark.skipped) || 'none left out'}`,
      );
    if (light.skipped.length > 0)
      console.warn(`Not drawn for another screen's columns: ${listed(light.skipped)}`);
    const read = inPage((_, elements) => elements(document.getElementById('root')), null, elementsOf);
    const compared = themeColours(await light.page.evaluate(read), await dark.page.evaluate(read));
    if (compared.problem !== undefined)
      throw new Error(
        `The first view differs in the dark theme otherwise than by its colours, at ${compared.problem}: one page ` +
          'cannot show both (scripts/theme-colours.mjs)',
      );
    // The drawings for the columns of other windows, read before the page's own are edited.
    let drawings = { files: [], left: [], seconds: 0 };
    if (fetched !== null) {
      const started = performance.now();
      const drawn = await widthsDrawnForAll(light.page);
      const lightAt = await drawingsAtWindows(browser, url, renameIds, 'light', fetched.windows, drawn);
      fetched.windows ??= lightAt.windows;
      const darkAt = await drawingsAtWindows(browser, url, renameIds, 'dark', fetched.windows, drawn);
      drawings = await drawingsFiles(
        light.page,
        lang,
        fetched.windows,
        lightAt.drawings,
        darkAt.drawings,
        compared.colours,
      );
      drawings.seconds = (performance.now() - started) / 1000;
    }
    await light.page.evaluate(
      inPage(
        ({ edits }, apply) => apply(document.getElementById('root'), edits),
        { edits: compared.edits },
        applyThemeColours,
      ),
    );
    // Once the two themes are compared: what it takes out draws nothing, in either.
    const compacted = await light.page.evaluate(
      inPage((_, compact) => compact(document.getElementById('root')), null, compactDrawings),
    );
    const markup = await light.page.evaluate(() => document.getElementById('root')?.innerHTML ?? '');
    return {
      markup,
      // As the live page writes it, in its language.
      title: await light.page.title(),
      rules: [drawnForRules(light.figures), themeColourRules(compared.colours)].filter(Boolean).join('\n'),
      drawings: light.added.length,
      colours: compared.colours.length,
      compacted,
      drawingsFiles: drawings.files,
      drawingsLeft: drawings.left,
      drawingsSeconds: drawings.seconds,
    };
  } finally {
    await light.page.close();
    await dark.page.close();
  }
}

/** The source of the app's own function `name` in `path`, to run in the page it pre-renders. */
async function appFunction(path, name) {
  const vite = await createViteServer({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    return String((await vite.ssrLoadModule(path))[name]);
  } finally {
    await vite.close();
  }
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
const renameIds = await appFunction('/src/components/card/rename-ids.ts', 'renameIds');
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
      // The single file holds its data as text in its code, and reads it itself.
      const snapshot = build === 'site' ? await dataSnapshot(resolve(BUILDS[build])) : null;
      // The site is pre-rendered in English too, beside index.html, where first-view.js goes for an English reader:
      // the single file is one page.
      const pages = [{ lang: 'fr', name: 'index.html', query: '' }];
      if (build === 'site') pages.push({ lang: 'en', name: ENGLISH_PAGE, query: '?lang=en' });
      // All drawn from the built page before any is written: the French one, once written, would send an English
      // reader to the English page.
      const drawn = [];
      const folder = resolve(BUILDS[build]);
      const inlined = new Set();
      // The site's drawings for other windows' columns, fetched when needed: the windows are chosen once, for both
      // languages. The single file, opened from file://, fetches nothing.
      const fetched = build === 'site' ? { windows: null } : null;
      for (const { query, lang } of pages)
        drawn.push(await drawnMarkup(browser, `${url}${query}`, renameIds, { lang, fetched }));
      const data =
        snapshot === null ? '' : `, and the reading of its data (${Math.round(snapshot.length / 1024)} kB)`;
      pages.forEach(({ lang, name }, index) => {
        const {
          markup,
          rules,
          title,
          drawings,
          colours,
          compacted,
          drawingsFiles: files,
          drawingsLeft,
          drawingsSeconds,
        } = drawn[index];
        for (const { file, json } of files) writeFileSync(join(folder, 'assets', file), json);
        const other = pages.find((page) => page.lang !== lang);
        const page = firstViewPage(lang === 'fr' ? html : pageInLanguage(html, lang, title), markup, {
          endOfBody: snapshot,
          headStyle: rules,
          themes: ['light', 'dark'],
          lang,
          drawings: files.length === 0 ? null : drawingsList(files),
          other:
            other === undefined
              ? null
              : { lang: other.lang, href: other.name === 'index.html' ? './' : `./${other.name}` },
        });
        // The single file has its rules inline already; the site's pages get theirs (the same file for both).
        const written =
          build === 'site'
            ? inlineStylesheet(page, (path) => readFileSync(join(folder, path), 'utf8'))
            : null;
        if (written !== null) inlined.add(written.path);
        writeFileSync(join(folder, name), written?.page ?? page);
        console.log(
          `${BUILDS[build]}/${name}: first view pre-rendered in ${lang === 'fr' ? 'French' : 'English'} ` +
            `(${Math.round(markup.length / 1024)} kB of markup, ${drawings} drawings for ` +
            `${OTHER_VIEWPORTS.map((viewport) => viewport.width).join(', ')} px screens too, in both themes, with ` +
            `${colours} colours of their own in the dark one; ${compacted.groups} empty groups and ` +
            `${compacted.attributes} attributes taken out of the charts${data})`,
        );
        if (fetched !== null) {
          const kB = files.reduce((sum, { json }) => sum + json.length, 0) / 1024;
          console.log(
            `${BUILDS[build]}/assets: the charts near the first screen drawn for ${files.length} more card ` +
              `widths (${files.map(({ cardWidth }) => cardWidth).join(', ')} px), ${Math.round(kB)} kB, ` +
              `fetched when needed, in ${Math.round(drawingsSeconds)} s` +
              `${drawingsLeft.length === 0 ? '' : `; left out: ${drawingsLeft.join(', ')}`}`,
          );
        }
      });
      // Inline in each page, the stylesheet is a file no page loads: unless a chunk would still load it (the page's
      // code loading its own rules again, after the first view's), it goes.
      for (const path of inlined) {
        const name = path.slice(path.lastIndexOf('/') + 1);
        const loading = readdirSync(join(folder, 'assets')).filter(
          (file) => file.endsWith('.js') && readFileSync(join(folder, 'assets', file), 'utf8').includes(name),
        );
        if (loading.length > 0)
          throw new Error(
            `${BUILDS[build]}/${path}, now inline in the pages, would be loaded again by ${loading.join(', ')}: ` +
              'vite.config.ts must keep the rules in one stylesheet that no chunk loads (build.cssCodeSplit)',
          );
        rmSync(join(folder, path));
      }
    } finally {
      server?.close();
    }
  }
} finally {
  await browser.close();
}
