import { test as base, expect, type Page } from '@playwright/test';

/**
 * True once the live page has taken the place of the build's pre-rendered first view: the pre-render (marked
 * `data-first-view`, and there from the start, before the code loads) and the live page's layer are both gone.
 */
const liveShown = () =>
  document.querySelector('[data-first-view]') === null && document.querySelector('.takeover') === null;

/** Resolves once the live page has taken the place of the build's pre-rendered first view. */
export const liveTakeover = (page: Page) => page.waitForFunction(liveShown, undefined, { timeout: 30_000 });

/**
 * Scrolls through the page as a reader would, so that every card far from the viewport goes live and every chart
 * draws (they draw as the reader comes near them), then scrolls back; the mouse rests in a corner, so that no chart
 * passing under it shows its tooltip. A page that cannot scroll (a dialog open) or
 * has nothing left to draw is left as it is after a few seconds.
 */
export const drawWholePage = async (page: Page) => {
  // The dashboard marks itself drawn once its cards are (the presentation, the presenter's window, an embed and the
  // accessibility statement have no cards far away to draw, and mark it only after a few seconds).
  // A blank page has nothing to draw.
  if (!/^(https?|file):/.test(page.url())) return;
  const search = new URL(page.url()).search;
  if (!/[?&](present|vue|page|embed)=/.test(search))
    // (A page of another site that embeds a card in an iframe has no dashboard of its own.)
    await page.waitForFunction(
      () => document.documentElement.hasAttribute('data-drawn') || document.getElementById('root') === null,
      undefined,
      { timeout: 30_000 },
    );
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    // A frame, or 50 ms where the browser paints no frame (a page it throttles).
    const frame = () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => resolve());
        setTimeout(resolve, 50);
      });
    const step = Math.max(200, window.innerHeight / 2);
    const pending = () => document.querySelector('[data-adopt], .chart-placeholder') !== null;
    const start = window.scrollY;
    for (let top = 0; pending() && top < document.documentElement.scrollHeight; top += step) {
      window.scrollTo({ top, behavior: 'instant' });
      // A page that does not scroll (a presentation or a dialog over it) keeps what it has.
      if (top > 0 && window.scrollY === 0) return;
      await frame();
      await frame();
    }
    for (let frames = 0; pending() && frames < 300; frames += 1) await frame();
    window.scrollTo({ top: start, behavior: 'instant' });
    await frame();
  });
};

/** Every page in the suite fails its test on a console error or on a request that leaves the app's origin. */
export const test = base.extend<{
  guardedPage: Page;
  allowedConsoleErrors: RegExp[];
  drawEverything: boolean;
}>({
  allowedConsoleErrors: [[], { option: true }],
  // Most tests look at the whole dashboard, drawn: each load then scrolls through it (see `drawWholePage`). Tests of
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
