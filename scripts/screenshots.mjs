// Takes screenshots of the built dashboard at the three reference sizes: node scripts/screenshots.mjs [url] [outDir]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
for (const [name, width, height] of [
  ['projector', 1920, 1080],
  ['laptop', 1366, 768],
  ['phone', 390, 844],
]) {
  const page = await browser.newPage({ viewport: { width, height }, locale: 'fr-FR' });
  await page.goto(url);
  await page.getByRole('heading', { name: 'Adhérents des pôles du Centre' }).waitFor();
  await page.locator('.recharts-surface').first().waitFor();
  await page.screenshot({ path: `${out}/${name}-${width}x${height}.png` });
  await page.close();
}
await browser.close();
