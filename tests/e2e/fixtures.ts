import { test as base, expect, type Page } from '@playwright/test';

/**
 * True once the live page has taken the place of the build's pre-rendered first view: the pre-render (marked
 * `data-first-view`, and there from the start, before the code loads) and the live page's layer are both gone.
 */
const liveShown = () =>
  document.querySelector('[data-first-view]') === null && document.querySelector('.takeover') === null;

/** Resolves once the live page has taken the place of the build's pre-rendered first view. */
export const liveTakeover = (page: Page) => page.waitForFunction(liveShown, undefined, { timeout: 30_000 });

/** Every page in the suite fails its test on a console error or on a request that leaves the app's origin. */
export const test = base.extend<{ guardedPage: Page; allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  guardedPage: async ({ page, baseURL, allowedConsoleErrors }, use) => {
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
    const takenOver = () => liveTakeover(page);
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
