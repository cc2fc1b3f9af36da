import type { Page } from '@playwright/test';
import { CHART_LIBRARY, drawingsAskedFor, expect, loadedScripts, scriptsHold, test } from './fixtures';

// The page holds the charts near the first screen drawn for the columns of a few common screens; for a window of
// another width, the build drew them for its columns too, in files the live page fetches
// (src/components/card/fetched-drawings.ts). What the page loads as it opens, not once a reader has scrolled.
test.use({ drawEverything: false });

// Within this, a drawing stands for the live chart (WIDTH_TOLERANCE, src/components/card/first-view-adoption.ts).
const TOLERANCE = 16;

/**
 * Each chart near the first screen (within a screen below it, where the live page draws a chart at once): its
 * figure's width, the widths of the drawings it shows, and the paint of its bars (for a pattern, its marks' colours).
 */
const chartsNear = (page: Page) =>
  page.evaluate(() => {
    const paint = (element: Element) => {
      const fill = getComputedStyle(element).fill;
      const id = /^url\("?#([^")]+)"?\)$/.exec(fill)?.[1];
      const pattern = id === undefined ? null : document.getElementById(id);
      if (pattern === null) return fill;
      return [...pattern.querySelectorAll('*')]
        .map((mark) => `${getComputedStyle(mark).fill} ${getComputedStyle(mark).stroke}`)
        .join(', ');
    };
    // A drawing in a box the page hides (one made for another width) is not shown.
    const shown = (element: Element) => {
      const box = element.closest('.drawn-for');
      return box === null || getComputedStyle(box).display !== 'none';
    };
    return [...document.querySelectorAll('#root figure.chart')]
      .filter((figure) => figure.getBoundingClientRect().top < 2 * window.innerHeight)
      .map((figure) => ({
        card: figure.closest('[data-card]')?.getAttribute('data-card') ?? '',
        width: figure.clientWidth,
        shown: [...figure.querySelectorAll('.recharts-wrapper > svg')]
          .filter(shown)
          .map((svg) => Number(svg.getAttribute('width'))),
        bars: [...figure.querySelectorAll('.recharts-bar-rectangle path')].filter(shown).map(paint),
      }));
  });

async function openAt(page: Page, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  const loaded = loadedScripts(page);
  const asked = drawingsAskedFor(page);
  await page.goto('./');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-drawn'));
  await page.waitForLoadState('networkidle');
  return { loaded, asked };
}

for (const viewport of [
  { width: 1760, height: 990 },
  { width: 1150, height: 720 },
  { width: 1300, height: 800 },
  // The Centre's cards have a drawing for a tablet's column that this window's cards nearly have, the national ones
  // none: the file holds them all.
  { width: 1640, height: 900 },
])
  test(`a ${viewport.width} px window, whose columns the page holds no drawing for, shows its charts drawn for them, fetched, without the chart library`, async ({
    guardedPage: page,
  }) => {
    const { loaded, asked } = await openAt(page, viewport);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^drawings-fr-\d+-[0-9a-f]{8}\.json$/);
    expect(scriptsHold(loaded, CHART_LIBRARY), 'the chart library is not loaded').toBe(false);
    const charts = await chartsNear(page);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      // One drawing shown, made for about the figure's width.
      expect(chart.shown, chart.card).toHaveLength(1);
      expect(Math.abs((chart.shown[0] ?? 0) - chart.width), chart.card).toBeLessThanOrEqual(TOLERANCE);
    }
    // The pre-rendered cards stand for the live ones.
    await expect(page.locator('[data-adopt] [data-card="adherents"]')).toHaveCount(1);
    // Headless Chromium's scroll bars take no room: the page kept none for them (scripts/first-view.js).
    await expect(page.locator('html')).not.toHaveClass(/first-view-gutter/);
  });

test('the English page fetches the drawings drawn in English', async ({ guardedPage: page }) => {
  await page.setViewportSize({ width: 1760, height: 990 });
  const loaded = loadedScripts(page);
  const asked = drawingsAskedFor(page);
  await page.goto('./?lang=en');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-drawn'));
  await page.waitForLoadState('networkidle');
  expect(asked).toHaveLength(1);
  expect(asked[0]).toMatch(/^drawings-en-\d+-[0-9a-f]{8}\.json$/);
  expect(scriptsHold(loaded, CHART_LIBRARY)).toBe(false);
  await expect(page.locator('[data-adopt] [data-card="adherents"] svg title').first()).toHaveText(
    'Members of the Centre region’s clusters',
  );
});

test('a window the page holds a drawing for fetches none', async ({ guardedPage: page }) => {
  const { asked } = await openAt(page, { width: 1366, height: 768 });
  await expect(page.locator('[data-adopt] [data-card="adherents"]')).toHaveCount(1);
  expect(asked).toEqual([]);
});

test('in the dark theme, the fetched drawings show the colours the live charts draw', async ({
  guardedPage: page,
  browser,
}) => {
  const viewport = { width: 1760, height: 990 };
  await page.emulateMedia({ colorScheme: 'dark' });
  const { asked } = await openAt(page, viewport);
  expect(asked).toHaveLength(1);
  const fetched = await chartsNear(page);
  // The same window, its drawings refused: the charts are drawn live.
  const context = await browser.newContext({ colorScheme: 'dark', viewport });
  try {
    const live = await context.newPage();
    await live.route('**/assets/drawings-*.json', (route) =>
      route.fulfill({ status: 404, body: 'Not found\n' }),
    );
    await live.goto(page.url());
    await live.waitForFunction(() => document.documentElement.hasAttribute('data-drawn'));
    await expect(live.locator('[data-adopt] [data-card="adherents"]')).toHaveCount(0);
    const drawn = await chartsNear(live);
    expect(fetched.map(({ card, bars }) => ({ card, bars }))).toEqual(
      drawn.map(({ card, bars }) => ({ card, bars })),
    );
    expect(fetched.some(({ bars }) => bars.length > 0)).toBe(true);
  } finally {
    await context.close();
  }
});

test.describe('a drawings file missing', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('where the drawings do not come, the charts are drawn live for the window’s columns', async ({
    guardedPage: page,
  }) => {
    await page.route('**/assets/drawings-*.json', (route) =>
      route.fulfill({ status: 404, body: 'Not found\n' }),
    );
    const { loaded, asked } = await openAt(page, { width: 1760, height: 990 });
    expect(asked).toHaveLength(1);
    expect(scriptsHold(loaded, CHART_LIBRARY), 'the chart library is loaded').toBe(true);
    await expect(page.locator('[data-adopt] [data-card="adherents"]')).toHaveCount(0);
    for (const chart of await chartsNear(page)) {
      expect(chart.shown, chart.card).toHaveLength(1);
      expect(Math.abs((chart.shown[0] ?? 0) - chart.width), chart.card).toBeLessThanOrEqual(1);
    }
  });
});
