import { readFileSync } from 'node:fs';
import { expect, scrollBarsTakingRoom, test } from './fixtures';

// The first paint stops at a marker after the first card (scripts/first-view-page.mjs): painted alone, that card must
// already have its final place and width: the grid keeps a column for the card not yet parsed beside it, and the page
// a place for a scroll bar that takes room (as on Windows), which the short first paint of a tall window has not got
// yet. Laid out without the scripts, from the built page marked as scripts/first-view.js marks it while the
// pre-rendered page is shown, where scroll bars take room.
test.use({ ...scrollBarsTakingRoom, javaScriptEnabled: false });

const MARKER = '<span id="first-view-fold"></span>';

test('the marker of the first paint follows the first card, the Centre’s members, before the funding', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const at = html.indexOf(MARKER);
  expect(at).toBeGreaterThan(0);
  expect(html.slice(0, at)).toContain('data-card="adherents"');
  expect(html.slice(0, at)).not.toContain('data-card="financement"');
  expect(html.slice(at + MARKER.length)).toMatch(/^<section class="card"[^>]*data-card="financement"/);
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1200, height: 1920 },
])
  test(`the first paint's card has its final box at ${viewport.width} × ${viewport.height}: the page cut at the marker lays it out the same`, async ({
    page,
  }) => {
    const html = readFileSync('dist/index.html', 'utf8').replace(
      '<html ',
      '<html class="first-view-pending first-view-gutter" ',
    );
    const at = html.indexOf(MARKER);
    await page.setViewportSize(viewport);
    const members = page.locator('[data-card="adherents"]');
    await page.setContent(html);
    const whole = await members.boundingBox();
    // The scroll bar takes room beside the whole page.
    expect(
      await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth),
    ).toBeGreaterThan(0);
    // What the browser has parsed when it may paint: it closes the elements left open.
    await page.setContent(html.slice(0, at));
    await expect(page.locator('[data-card="financement"]')).toHaveCount(0);
    expect(await members.boundingBox()).toEqual(whole);
  });
