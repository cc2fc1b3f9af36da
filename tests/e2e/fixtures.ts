import { readFileSync } from 'node:fs';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * True once the live page has taken the place of the build's pre-rendered first view: the pre-render (marked
 * `data-first-view`, and there from the start, before the code loads) and the live page's layer are both gone.
 */
const liveShown = () =>
  document.querySelector('[data-first-view]') === null && document.querySelector('.takeover') === null;

/** Resolves once the live page has taken the place of the build's pre-rendered first view. */
export const liveTakeover = (page: Page) => page.waitForFunction(liveShown, undefined, { timeout: 30_000 });

/**
 * Draws every card of the dashboard, as a print would: the page draws its charts only as the reader comes near them,
 * or whole when it is about to print (`beforeprint`), so the event is sent, and the page is left as it is once every
 * card far from the viewport is live and every chart drawn (or after a few seconds).
 *
 * It does not scroll through the page: Chromium 156 headless sometimes stopped producing frames for good (no
 * animation frame, no screenshot, the page's scripts still running) after a quick scroll through this page, and the
 * test then timed out on its next click.
 */
export const drawWholePage = async (page: Page) => {
  // A blank page has nothing to draw.
  if (!/^(https?|file):/.test(page.url())) return;
  const search = new URL(page.url()).search;
  // The dashboard marks itself drawn once its cards are (the presentation, the presenter's window, an embed and the
  // accessibility statement have no cards far away to draw, and mark it only after a few seconds).
  if (!/[?&](present|vue|page|embed)=/.test(search))
    // (A page of another site that embeds a card in an iframe has no dashboard of its own.)
    await page.waitForFunction(
      () => document.documentElement.hasAttribute('data-drawn') || document.getElementById('root') === null,
      undefined,
      { timeout: 30_000 },
    );
  await page.evaluate(async () => {
    const pending = () => document.querySelector('[data-adopt], .chart-placeholder') !== null;
    if (!pending()) return;
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    // A frame, or 50 ms where the browser paints no frame (a page it throttles).
    const frame = () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => resolve());
        setTimeout(resolve, 50);
      });
    for (let frames = 0; pending() && frames < 300; frames += 1) await frame();
  });
};

/**
 * A capture of the whole page, as `page.screenshot({ fullPage: true })` would take it, with every card drawn: the
 * page lays out a card only near the viewport (`content-visibility: auto`), which a full-page capture does not move,
 * so every card is laid out for the capture (as a printed page lays them out), then left to the page again. `clipTo`
 * keeps the part where that element lies.
 */
export async function wholePageScreenshot(
  page: Page,
  options: { path: string; clipTo?: Locator },
): Promise<Buffer> {
  const style = await page.addStyleTag({ content: '.card { content-visibility: visible !important; }' });
  try {
    await page.evaluate(() => window.scrollTo(0, 0));
    const clip = options.clipTo === undefined ? undefined : await options.clipTo.boundingBox();
    if (clip === null) throw new Error('the element to capture is not drawn');
    return await page.screenshot({ path: options.path, fullPage: true, clip });
  } finally {
    await style.evaluate((element: Element) => {
      element.remove();
    });
  }
}

/** Every page in the suite fails its test on a console error or on a request that leaves the app's origin. */
export const test = base.extend<{
  guardedPage: Page;
  allowedConsoleErrors: RegExp[];
  drawEverything: boolean;
}>({
  allowedConsoleErrors: [[], { option: true }],
  // Most tests look at the whole dashboard, drawn: each load then draws it whole (see `drawWholePage`). Tests of
  // what draws only near the viewport turn it off.
  drawEverything: [true, { option: true }],
  guardedPage: async ({ page, baseURL, allowedConsoleErrors, drawEverything }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
    const consoleErrors: string[] = [];
    const foreignRequests: string[] = [];
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !allowedConsoleErrors.some((pattern) => pattern.test(text)))
        consoleErrors.push(text);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreignRequests.push(url);
    });
    // While the live page draws over the build's pre-rendered first view, both are in the document: a load waits
    // for the takeover (see `liveTakeover`), so that every locator finds one page, the live one.
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    const takenOver = async () => {
      await liveTakeover(page);
      if (drawEverything) await drawWholePage(page);
    };
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await takenOver();
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await takenOver();
      return response;
    };
    await use(page);
    expect(consoleErrors, 'console errors').toEqual([]);
    expect(foreignRequests, 'requests leaving the origin').toEqual([]);
  },
});

export { expect };

export const card = (page: Page, title: string | RegExp) =>
  page.locator('section.card', { has: page.getByRole('heading', { level: 3, name: title }) });

/** The console's warnings on `page` from now on, as they come (a guarded page fails on errors only). */
export function consoleWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

/** The names of the JavaScript files `page` loads from now on (of the build under test, dist/). */
export function loadedScripts(page: Page): Set<string> {
  const loaded = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) loaded.add(path.slice(path.lastIndexOf('/') + 1));
  });
  return loaded;
}

/** Where a script the page loaded, named as `loadedScripts` names it, lies in the build. */
export const builtScript = (name: string) => `dist/assets/${name}`;

/** True when one of the scripts named holds `text`. */
export const scriptsHold = (names: Iterable<string>, text: string) =>
  [...names].some((name) => readFileSync(builtScript(name), 'utf8').includes(text));

/** Text only the chart library's chunk holds: the class of Recharts' bars. */
export const CHART_LIBRARY = 'recharts-bar-rectangle';

/**
 * For `test.use`: the configuration's Chromium with its scroll bars shown (headless Chromium hides them by default),
 * taking room as on Windows. Its launch options extended, not named again.
 */
export const scrollBarsTakingRoom: Parameters<typeof test.use>[0] = {
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({ ...launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] });
    },
    { scope: 'worker' },
  ],
};

/** The drawings files `page` asks for from now on, by name (src/components/card/fetched-drawings.ts). */
export function drawingsAskedFor(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const name = /\/assets\/(drawings-[^/]+\.json)$/.exec(request.url())?.[1];
    if (name !== undefined) asked.push(name);
  });
  return asked;
}
