import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { card, CHART_LIBRARY, consoleWarnings, expect, loadedScripts, scriptsHold, test } from './fixtures';
import { frenchIn } from './french-words';
import { nginxMissing, useNginx } from './nginx-server';

const NNBSP = '\u202f';
const figures = (page: Page) => page.getByRole('list', { name: 'Chiffres clés' });
const membersFigure = (page: Page) =>
  figures(page).getByRole('listitem').filter({ hasText: 'adhésions au total aux 4 pôles du Centre' });
/** The charts of the build's first view: every card with a chart draws it as an SVG or, the cross-tab, a table. */
const prerenderedCharts = () =>
  (readFileSync('dist/index.html', 'utf8').match(/<figure class="chart"/g) ?? []).length;

/** What the page's init script recorded: charts drawn at each frame, and the layout shift. */
async function recorded(page: Page): Promise<{ samples: number[]; shift: number }> {
  const json = await page.evaluate(() => JSON.stringify(Reflect.get(window, 'firstView')));
  const state: unknown = JSON.parse(json);
  const samples: unknown = typeof state === 'object' && state !== null ? Reflect.get(state, 'samples') : null;
  const shift: unknown = typeof state === 'object' && state !== null ? Reflect.get(state, 'shift') : null;
  if (!Array.isArray(samples) || typeof shift !== 'number') throw new Error(`nothing recorded: ${json}`);
  return { samples: samples.filter((n): n is number => typeof n === 'number'), shift };
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [build, url] of [
    ['the site', './'],
    ['the single file', pathToFileURL(resolve('dist-single/index.html')).href],
  ] as const) {
    test(`${build} shows the headline figures, every chart as SVG and the tables`, async ({ page }) => {
      await page.goto(url);
      // The note for readers without JavaScript is a <noscript>, which a browser with scripting turned off by
      // Playwright does not render: its text is checked in the markup.
      expect(await page.content()).toContain('JavaScript est désactivé');
      await expect(figures(page)).toContainText('71pôles de compétitivité nationaux');
      await expect(membersFigure(page)).toContainText('620adhésions au total aux 4 pôles du Centre');
      const charts = page.locator('figure.chart');
      expect(prerenderedCharts()).toBeGreaterThanOrEqual(9);
      await expect(charts).toHaveCount(prerenderedCharts());
      for (const chart of await charts.all()) await expect(chart.locator('svg, table').first()).toBeVisible();
      await expect(
        card(page, 'Adhérents des pôles du Centre')
          .locator('.recharts-bar-rectangle')
          .filter({ visible: true }),
      ).toHaveCount(4);
      await expect(card(page, /Carte des pôles/).locator('.map-region')).toHaveCount(27);
      await expect(card(page, 'Liste des pôles').getByRole('table')).toContainText('Cosmetic Valley');
      await expect(card(page, 'Tableau croisé des pôles').getByRole('table')).toBeVisible();
    });
  }
});

test.describe('the live page takes over', () => {
  // The takeover itself, not a reader scrolling through the page afterwards.
  test.use({ drawEverything: false });
  for (const colorScheme of ['light', 'dark'] as const)
    test(`without any change: every chart stays drawn at every frame, no layout shift, nothing logged (${colorScheme} system)`, async ({
      guardedPage: page,
    }) => {
      await page.emulateMedia({ colorScheme });
      const warnings = consoleWarnings(page);
      await page.addInitScript(() => {
        const samples: number[] = [];
        const state = { samples, shift: 0 };
        Reflect.set(window, 'firstView', state);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const value: unknown = Reflect.get(entry, 'value');
            if (typeof value === 'number' && Reflect.get(entry, 'hadRecentInput') !== true)
              state.shift += value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // From the first frame with the page parsed until a few frames after the live page took over.
        let after = 0;
        const sample = () => {
          if (document.readyState !== 'loading') {
            // The charts of the first two screens; the map, further down, is drawn again only when it comes near.
            const drawn = [...document.querySelectorAll('figure.chart')].filter(
              (figure) =>
                figure.getBoundingClientRect().top < 2 * window.innerHeight &&
                figure.checkVisibility({ visibilityProperty: true }) &&
                figure.querySelector('svg, table') !== null,
            );
            state.samples.push(drawn.length);
            if (document.documentElement.hasAttribute('data-drawn')) after += 1;
          }
          if (after < 10) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      await page.goto('./');
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-drawn'));
      await page.waitForTimeout(500);
      const { samples, shift } = await recorded(page);
      expect(samples.length).toBeGreaterThan(10);
      const [first = 0] = samples;
      expect(first).toBeGreaterThanOrEqual(2);
      expect(new Set(samples), 'charts drawn and visible at each frame').toEqual(new Set([first]));
      expect(shift).toBeGreaterThanOrEqual(0);
      expect(shift).toBeLessThanOrEqual(0.01);
      expect(warnings).toEqual([]);
      // The live page, not the pre-rendered one, is what answers, in the system's theme; its far cards are the
      // pre-rendered ones, drawn in both themes.
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(page.locator('[data-first-view]')).toHaveCount(0);
      await expect(page.locator('[data-adopt] [data-card="liste"]')).toHaveCount(1);
      await card(page, 'Pôles par thème').getByRole('button', { name: 'Tableau' }).click();
      await expect(card(page, 'Pôles par thème').getByRole('table')).toBeVisible();
    });
});

test.describe('cards far from the viewport when the live page takes over', () => {
  test.use({ drawEverything: false });
  const adopted = (page: Page, id: string) => page.locator(`[data-adopt] [data-card="${id}"]`);

  test('are the pre-rendered ones until the reader comes near, with no id twice in the page', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    // On a laptop's first screen (1366 × 768), the first cards show their titles, not their charts: every card is the
    // pre-rendered one, with its figures, and the chart library has not loaded.
    await expect(adopted(page, 'adherents')).toHaveCount(1);
    await expect(
      card(page, 'Adhérents des pôles du Centre')
        .locator('.recharts-bar-rectangle')
        .filter({ visible: true }),
    ).toHaveCount(4);
    await expect(adopted(page, 'liste')).toHaveCount(1);
    await expect(adopted(page, 'chronologie')).toHaveCount(1);
    await expect(card(page, 'Liste des pôles').getByRole('table')).toContainText('Cosmetic Valley');
    const twice = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return ids.filter((id, index) => ids.indexOf(id) !== index);
    });
    expect(twice).toEqual([]);
    // Scrolled to, the list is drawn live, and answers.
    await card(page, 'Liste des pôles').scrollIntoViewIfNeeded();
    await expect(adopted(page, 'liste')).toHaveCount(0);
    await expect(page.locator('[data-card="liste"]')).toHaveCount(1);
    await expect(card(page, 'Liste des pôles').getByRole('table')).toContainText('Cosmetic Valley');
  });

  test('hand a click or the keyboard’s focus to the live card', async ({ guardedPage: page }) => {
    await page.goto('./');
    const timeline = card(page, /^Chronologie/);
    await expect(adopted(page, 'chronologie')).toHaveCount(1);
    await timeline.getByRole('button', { name: 'Tableau' }).click();
    await expect(timeline.getByRole('table')).toBeVisible();
    await expect(adopted(page, 'chronologie')).toHaveCount(0);

    const years = card(page, 'Pôles par année du premier label');
    await expect(adopted(page, 'annees')).toHaveCount(1);
    await years.getByRole('button', { name: 'Tableau' }).focus();
    await expect(adopted(page, 'annees')).toHaveCount(0);
    await expect(years.getByRole('button', { name: 'Tableau' })).toBeFocused();
  });

  test('are neither laid out nor painted until the reader comes near them, and print whole', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-drawn', '');
    // What the browser skips (content-visibility: auto) it reports as not visible, though it is in the page.
    const rendered = (title: string | RegExp) =>
      card(page, title)
        .getByRole('heading', { name: title })
        .evaluate((heading) => heading.checkVisibility({ contentVisibilityAuto: true }));
    expect(await rendered('Adhérents des pôles du Centre')).toBe(true);
    expect(await rendered(/^Chronologie/)).toBe(false);
    await expect(card(page, /^Chronologie/).getByRole('heading', { name: /^Chronologie/ })).toBeAttached();
    await card(page, /^Chronologie/).scrollIntoViewIfNeeded();
    await expect.poll(() => rendered(/^Chronologie/)).toBe(true);
    // Printed, the page lays out every card.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => rendered(/^Chronologie/)).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => rendered(/^Chronologie/)).toBe(true);
  });

  test('are all drawn live, filtered, once a filter is ticked', async ({ guardedPage: page }) => {
    await page.goto('./');
    await expect(adopted(page, 'liste')).toHaveCount(1);
    const bar = page.getByRole('region', { name: 'Filtres' });
    await bar.getByRole('button', { name: /^Thème/ }).click();
    await bar.getByRole('checkbox', { name: /^Énergie/ }).check();
    await expect(page.locator('[data-adopt]')).toHaveCount(0);
    const rows = card(page, 'Liste des pôles').locator('tbody tr');
    await expect.poll(() => rows.count()).toBeLessThan(71);
    await expect(rows.first()).toBeAttached();
  });
});

test.describe('the chart library', () => {
  test.use({ drawEverything: false });
  /** True once the page has loaded the chart library, among the `scripts` it loaded (`loadedScripts`). */
  const chartCodeIn = (scripts: Set<string>) => scriptsHold(scripts, CHART_LIBRARY);
  /** Opens the dashboard at `viewport` and waits until it is drawn; gives the scripts it loads. */
  const openDrawnAt = async (page: Page, viewport: { width: number; height: number }) => {
    await page.setViewportSize(viewport);
    const loaded = loadedScripts(page);
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-drawn', '');
    return loaded;
  };
  const liveChart = (page: Page) =>
    page.locator('section.card[data-card="adherents"]:not([data-adopt] *) .recharts-bar-rectangle');

  test('waits for the reader where the first screen shows no chart, then draws what they scroll to', async ({
    guardedPage: page,
  }) => {
    const loaded = loadedScripts(page);
    // The chart code takes its time (a slow network): meanwhile the pre-rendered chart stays.
    await page.route('**/assets/*.js', async (route) => {
      if (route.request().url().includes('CartesianChart'))
        await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    // The bars of the Centre card at each frame once the live page has taken over.
    await page.addInitScript(() => {
      const bars: number[] = [];
      Reflect.set(window, 'centreBars', bars);
      const sample = () => {
        if (document.documentElement.hasAttribute('data-drawn'))
          bars.push(
            [...document.querySelectorAll('[data-card="adherents"] .recharts-bar-rectangle')].filter((bar) =>
              bar.checkVisibility(),
            ).length,
          );
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-drawn', '');
    await page.waitForLoadState('networkidle');
    expect(chartCodeIn(loaded)).toBe(false);
    await expect(page.locator('[data-adopt] [data-card="adherents"]')).toHaveCount(1);
    await expect(liveChart(page)).toHaveCount(0);
    // A scroll brings the charts below the fold: they are drawn live, and replace the pre-rendered ones drawn.
    await page.mouse.move(600, 400);
    await page.mouse.wheel(0, 300);
    await expect(liveChart(page)).toHaveCount(4);
    await expect(page.locator('[data-adopt] [data-card="adherents"]')).toHaveCount(0);
    expect(chartCodeIn(loaded)).toBe(true);
    const bars = await page.evaluate(() => String(Reflect.get(window, 'centreBars')));
    expect(bars, 'the Centre chart, drawn at every frame').toMatch(/^4(,4)*$/);
  });

  test('starts loading at the reader’s first key; the cards near the viewport then go live, not the far ones', async ({
    guardedPage: page,
  }) => {
    const loaded = loadedScripts(page);
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-drawn', '');
    await page.keyboard.press('Tab');
    await expect.poll(() => chartCodeIn(loaded)).toBe(true);
    // The Centre card, just below the fold, is drawn live, ready for a filter; the list, far below, waits.
    await expect(liveChart(page)).toHaveCount(4);
    await expect(page.locator('[data-adopt] [data-card="liste"]')).toHaveCount(1);
    // The focus stayed where the key put it, in the page's header.
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  });

  // The page holds no drawing for these windows' columns: the live page fetches those the build made for them
  // (tests/e2e/fetched-drawings.spec.ts). Where none comes, it draws the charts itself.
  test.describe('where no drawing for the window’s columns comes', () => {
    test.use({ allowedConsoleErrors: [/status of 404/] });
    const refuseDrawings = (page: Page) =>
      page.route('**/assets/drawings-*.json', (route) => route.fulfill({ status: 404, body: 'Not found\n' }));

    test('draws at once the charts near a first screen in one column of a width they were not drawn for', async ({
      guardedPage: page,
    }) => {
      await refuseDrawings(page);
      const loaded = await openDrawnAt(page, { width: 1150, height: 720 });
      // No input: the Centre chart, just below the fold, was drawn for other columns, so it is drawn again, unseen.
      await expect(liveChart(page)).toHaveCount(4);
      expect(chartCodeIn(loaded)).toBe(true);
      await expect(page.locator('[data-adopt] [data-card="liste"]')).toHaveCount(1);
    });

    test('draws at once the charts of a first screen that shows them at a width they were not drawn for', async ({
      guardedPage: page,
    }) => {
      await refuseDrawings(page);
      const loaded = await openDrawnAt(page, { width: 1760, height: 990 });
      expect(chartCodeIn(loaded)).toBe(true);
      await expect(liveChart(page)).toHaveCount(4);
      // The cards further down stay the pre-rendered ones.
      await expect(page.locator('[data-adopt] [data-card="liste"]')).toHaveCount(1);
    });
  });

  /**
   * Where the reader sees each bar of the Centre's two cards, the members' and the funding's (whose legend follows its
   * chart): its left and top edges and its width, rounded to the pixel.
   */
  const centreBars = (page: Page) =>
    page.evaluate(() =>
      [
        ...document.querySelectorAll(
          ':is([data-card="adherents"], [data-card="financement"]) .recharts-bar-rectangle',
        ),
      ]
        .filter((bar) => bar.checkVisibility())
        .map((bar) => {
          const box = bar.getBoundingClientRect();
          return `${Math.round(box.left)},${Math.round(box.top)}+${Math.round(box.width)}`;
        }),
    );

  // The screens the build draws the charts near their first screen for (scripts/chart-widths.mjs), and a wider one.
  // (A tablet's 768 px columns are 4 px wider than a 1,536 px screen's: it keeps that drawing too, within
  // WIDTH_TOLERANCE, and the bars grow by as much once live; so do a 1,280 and a 1,024 px screen's, whose one column
  // is drawn 8 px narrower, for a scroll bar that takes room or none: bundle-budget.spec.ts checks what they load.)
  for (const viewport of [
    { width: 1024 - 8, height: 768 },
    { width: 1280 - 8, height: 720 },
    { width: 1440, height: 900 },
    { width: 1536, height: 864 },
    { width: 1600, height: 900 },
    { width: 1680, height: 1050 },
    { width: 1920, height: 1080 },
    { width: 2560, height: 1440 },
    { width: 820, height: 1180 },
  ])
    test(`shows on a ${viewport.width} × ${viewport.height} screen the charts drawn for its columns, without the chart library until the reader acts`, async ({
      guardedPage: page,
    }) => {
      const loaded = await openDrawnAt(page, viewport);
      await page.waitForLoadState('networkidle');
      // The first screen shows its charts, pre-rendered for its columns: each fills its card, as the live one will.
      expect(chartCodeIn(loaded)).toBe(false);
      const kept = page.locator('[data-adopt] [data-card="adherents"]');
      await expect(kept).toHaveCount(1);
      const figure = kept.locator('figure.chart');
      const drawing = kept.locator('.recharts-wrapper').filter({ visible: true });
      await expect(drawing).toHaveCount(1);
      const [figureBox, drawingBox] = [await figure.boundingBox(), await drawing.boundingBox()];
      expect(Math.abs((drawingBox?.width ?? 0) - (figureBox?.width ?? 0))).toBeLessThanOrEqual(2);
      const before = await centreBars(page);
      // The Centre's 4 pôles and the funding's 6 years.
      expect(before).toHaveLength(10);
      // The pointer moves: the chart code loads, and the cards near the viewport go live, their bars where they were.
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await expect.poll(() => chartCodeIn(loaded)).toBe(true);
      await expect(liveChart(page)).toHaveCount(4);
      await expect(page.locator('[data-adopt] [data-card="financement"]')).toHaveCount(0);
      await expect.poll(() => centreBars(page).then((bars) => bars.length)).toBe(10);
      expect(await centreBars(page)).toEqual(before);
      await expect(page.locator('[data-adopt] [data-card="liste"]')).toHaveCount(1);
    });

  test('on a projector’s screen, a bar of a kept chart drawn for its columns filters by its category', async ({
    guardedPage: page,
  }) => {
    await openDrawnAt(page, { width: 1920, height: 1080 });
    const themes = page.locator('[data-adopt] [data-card="themes"]');
    await expect(themes).toHaveCount(1);
    // Scrolled into view, the card may go live before the press: the bar is the card's, kept or live.
    await card(page, 'Pôles par thème').locator('[data-bar-id="energie"]').filter({ visible: true }).click();
    await expect(page).toHaveURL(/\?theme=energie$/);
    await expect(page.getByRole('status').filter({ hasText: 'pôles sur 71' })).toHaveText(
      '7\u00a0pôles sur 71',
    );
  });
});

test.describe('an address with filters, or the presentation', () => {
  for (const query of ['?region=centre', '?present=1', '?theme=energie']) {
    test(`${query} never shows the pre-rendered figures, even before the scripts run`, async ({ page }) => {
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(`./${query}`);
      await expect(
        page.getByRole('status').filter({ hasText: 'Chargement de la vue demandée' }),
      ).toBeVisible();
      await expect(page.locator('[data-first-view]')).toBeHidden();
      await expect(page.getByText('71pôles de compétitivité nationaux')).toBeHidden();
    });
  }

  test('?region=centre: no frame shows the first view, then the filtered figures', async ({
    guardedPage: page,
  }) => {
    await page.addInitScript(() => {
      const seen: boolean[] = [];
      Reflect.set(window, 'firstViewSeen', seen);
      const sample = () => {
        const first = document.querySelector('[data-first-view]');
        seen.push(first instanceof HTMLElement && first.checkVisibility());
        if (!document.documentElement.hasAttribute('data-drawn')) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto('./?region=centre');
    await expect(page.getByRole('button', { name: /Retirer le filtre/ }).first()).toBeVisible();
    await expect(figures(page)).toContainText('4pôles sur 71 dans la sélection');
    await expect(figures(page)).not.toContainText('71pôles de compétitivité nationaux');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-drawn'));
    const seen = await page.evaluate(() => String(Reflect.get(window, 'firstViewSeen')));
    expect(seen).toMatch(/^false(,false)*$/);
  });
});

/**
 * The colours the reader sees on a card's marks, in the order of the page: each region's fill and stroke on the map,
 * each cell's background and text in the cross-tab, each bar's fill.
 */
const paintedColours = (page: Page, id: string) =>
  page.evaluate(
    (cardId) =>
      [
        ...document.querySelectorAll(
          `[data-card="${cardId}"] :is(.map-region > *, td.crosstab-cell, [data-bar-id])`,
        ),
      ].map((mark) => {
        const style = getComputedStyle(mark);
        return `${style.fill} ${style.stroke} ${style.backgroundColor} ${style.color}`;
      }),
    id,
  );

test.describe('in the dark theme of the system', () => {
  test.use({ colorScheme: 'dark', drawEverything: false });
  const adopted = (page: Page, id: string) => page.locator(`[data-adopt] [data-card="${id}"]`);

  test('the first view paints before any script, in the dark theme’s colours', async ({ page }) => {
    for (const build of ['dist', 'dist-single'])
      expect(readFileSync(`${build}/index.html`, 'utf8'), build).toContain(
        'data-first-view-themes="light dark"',
      );
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('[data-first-view]')).toBeVisible();
    await expect(figures(page)).toContainText('71pôles de compétitivité nationaux');
    // The Centre's pôles in the dark palette's orange (#ffae70, src/lib/palette.ts), not the light one's #a34400.
    const bar = card(page, 'Adhérents des pôles du Centre').locator('[data-bar-id="s2e2"]');
    await expect(bar.filter({ visible: true })).toHaveCSS('fill', 'rgb(255, 174, 112)');
    await expect(page.locator('.first-view-wait').filter({ visible: true })).toHaveCount(0);
  });

  test('a card kept from the first view draws live in the same colours, on the map and in the cross-tab', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Both read before the reader scrolls: the first scroll loads the chart code, and the cards near the viewport go
    // live.
    const kept = new Map<string, string[]>();
    for (const id of ['carte', 'croise']) {
      await expect(adopted(page, id)).toHaveCount(1);
      kept.set(id, await paintedColours(page, id));
      expect(kept.get(id)?.length, id).toBeGreaterThanOrEqual(27);
    }
    for (const [id, colours] of kept) {
      await page.locator(`[data-card="${id}"]`).scrollIntoViewIfNeeded();
      await expect(adopted(page, id)).toHaveCount(0);
      // Until the live card has drawn its marks, there are none to read.
      await expect.poll(() => paintedColours(page, id)).toEqual(colours);
    }
  });

  test('switched to the light theme, the cards still kept take its colours, those the live cards draw', async ({
    guardedPage: page,
  }) => {
    await page.goto('./');
    const dark = await paintedColours(page, 'carte');
    await page.locator('#root').getByRole('button', { name: 'Clair' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(adopted(page, 'carte')).toHaveCount(1);
    const light = await paintedColours(page, 'carte');
    expect(light.length).toBeGreaterThanOrEqual(27);
    expect(light.filter((colours, index) => colours === dark[index])).toEqual([]);
    await page.locator('[data-card="carte"]').scrollIntoViewIfNeeded();
    await expect(adopted(page, 'carte')).toHaveCount(0);
    await expect.poll(() => paintedColours(page, 'carte')).toEqual(light);
  });
});

test.describe('in English', () => {
  test.use({ drawEverything: false });
  const TITLE_EN = 'Competitiveness clusters: dashboard';
  /** What the pre-rendered page shows at the top: its title, its tools, its filters and its key figures. */
  const topTexts = (page: Page) =>
    page.evaluate(() =>
      ['.page-header', '.filter-bar', '.key-figure'].flatMap((selector) =>
        [...document.querySelectorAll<HTMLElement>(`[data-first-view] ${selector}`)].map(
          (element) => element.innerText,
        ),
      ),
    );

  for (const [reader, setUp, address] of [
    ['asked for by the address', () => Promise.resolve(), './?lang=en'],
    [
      'remembered from an earlier visit',
      async (page: Page) =>
        page.addInitScript(() => window.localStorage.setItem('poles-competitivite:lang', 'en')),
      './',
    ],
  ] as const)
    test(`the page pre-rendered in English paints before any script, for English ${reader}`, async ({
      page,
    }) => {
      await setUp(page);
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(address);
      await expect(page).toHaveURL(address === './' ? /\/index\.en\.html$/ : /\/index\.en\.html\?lang=en$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page).toHaveTitle(TITLE_EN);
      const first = page.locator('[data-first-view]');
      await expect(first).toBeVisible();
      await expect(first.getByRole('heading', { level: 1 })).toHaveText(TITLE_EN);
      await expect(
        card(page, 'Members of the Centre region’s clusters').locator('svg').filter({ visible: true }),
      ).toContainText('300 (48%)');
      const texts = await topTexts(page);
      expect(texts.join(' ')).toContain('71');
      expect(frenchIn(texts)).toEqual([]);
      await expect(page.locator('.first-view-wait').filter({ visible: true })).toHaveCount(0);
    });

  test('the live page takes over the English page without a change, and answers in English', async ({
    guardedPage: page,
  }) => {
    const warnings = consoleWarnings(page);
    await page.goto('./?lang=en');
    await expect(page).toHaveURL(/\/index\.en\.html\?lang=en$/);
    await expect(page.locator('[data-first-view]')).toHaveCount(0);
    // Its cards far from the viewport are the pre-rendered English ones.
    await expect(page.locator('[data-adopt] [data-card="liste"]')).toHaveCount(1);
    await expect(card(page, 'List of clusters').getByRole('table')).toContainText('Cosmetic Valley');
    expect(warnings).toEqual([]);
    await card(page, 'Clusters by theme').getByRole('button', { name: 'Table' }).click();
    await expect(card(page, 'Clusters by theme').getByRole('table')).toBeVisible();
  });

  test('the English page sends a French reader to the French one', async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('./index.en.html?lang=fr');
    await expect(page).toHaveURL(/\/\?lang=fr$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('[data-first-view]')).toBeVisible();
    await expect(figures(page)).toContainText('71pôles de compétitivité nationaux');
  });

  test('the single file, one page, shows the waiting line for English, then the live page', async ({
    page,
  }) => {
    await page.goto(`${pathToFileURL(resolve('dist-single/index.html')).href}?lang=en`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_EN);
    expect(page.url()).toMatch(/dist-single\/index\.html\?lang=en$/);
  });
});

test.describe('a data file edited in the built site', () => {
  test.skip(nginxMissing !== undefined && !process.env.CI, nginxMissing);
  test.use({ drawEverything: false });
  useNginx((root) => {
    const poles = join(root, 'data/poles.csv');
    writeFileSync(
      poles,
      readFileSync(poles, 'utf8').replace(
        ',300,2014,aucun,adherents,300 adhérents,',
        ',1300,2014,aucun,adherents,1300 adhérents,',
      ),
    );
  });

  test('is what the views show, not the build’s pre-rendered figures', async ({
    guardedPage: page,
    request,
  }) => {
    const html = await (await request.get('./')).text();
    expect(html).toContain('620<');
    await page.goto('./');
    await expect(membersFigure(page)).toContainText(new RegExp(`^1${NNBSP}620adhésions`));
    await expect(card(page, 'Adhérents des pôles du Centre').locator('svg')).toContainText(`1${NNBSP}300`);
    await expect(page.locator('[data-first-view]')).toHaveCount(0);
    // No pre-rendered card stands for a live one: they were drawn from other data.
    await expect(page.locator('[data-adopt]')).toHaveCount(0);
  });
});
