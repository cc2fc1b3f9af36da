import { mkdirSync } from 'node:fs';
import { card, expect, test, wholePageScreenshot } from './fixtures';

const SIZES = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const size of SIZES) {
  test(`screenshot at ${size.width}x${size.height} (${size.name}) with nothing cut off`, async ({
    guardedPage: page,
  }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('./');
    await expect(card(page, 'Adhérents des pôles du Centre').locator('.recharts-bar-rectangle')).toHaveCount(
      4,
    );
    await expect(
      card(page, 'Pôles par région du siège (régions de 2013)').locator('.recharts-bar-rectangle'),
    ).toHaveCount(20);
    // Nothing wider than the viewport: no horizontal scrolling of the page itself.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // No axis label is cut by the left edge of its chart.
    const labelLefts = await page
      .locator('.recharts-yAxis-tick-labels text')
      .evaluateAll((texts) =>
        texts.map((text) => (text instanceof SVGGraphicsElement ? text.getBBox().x : 0)),
      );
    expect(labelLefts.length).toBeGreaterThan(30);
    expect(Math.min(...labelLefts)).toBeGreaterThanOrEqual(0);
    mkdirSync('test-results/screenshots', { recursive: true });
    const path = `test-results/screenshots/${size.name}-${size.width}x${size.height}.png`;
    await wholePageScreenshot(page, { path });
    await testInfo.attach(`${size.name}-${size.width}x${size.height}`, { path, contentType: 'image/png' });
  });
}
