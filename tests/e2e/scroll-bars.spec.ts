import {
  CHART_LIBRARY,
  drawingsAskedFor,
  expect,
  loadedScripts,
  scriptsHold,
  scrollBarsTakingRoom,
  test,
} from './fixtures';

// Scroll bars that take room, as on Windows (headless Chromium hides them by default): the pre-rendered page keeps a
// scroll bar's place from its first paint (src/styles.css), so its cards have the width they keep once the live page
// takes over, and the drawings fetched for their columns are the ones the live page keeps.
test.use({ ...scrollBarsTakingRoom, drawEverything: false });

test('the page keeps a scroll bar’s place, and a 1,760 px window’s charts come drawn for its columns', async ({
  guardedPage: page,
}) => {
  await page.setViewportSize({ width: 1760, height: 990 });
  const loaded = loadedScripts(page);
  const asked = drawingsAskedFor(page);
  await page.goto('./');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-drawn'));
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).toHaveClass(/first-view-gutter/);
  expect(await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth)).toBeGreaterThan(
    0,
  );
  expect(asked).toHaveLength(1);
  expect(asked[0]).toMatch(/^drawings-fr-\d+-[0-9a-f]{8}\.json$/);
  expect(scriptsHold(loaded, CHART_LIBRARY), 'the chart library is not loaded').toBe(false);
  await expect(page.locator('[data-adopt] [data-card="adherents"]')).toHaveCount(1);
});
