// Benchmark of the built site (run `npm run build` first): node scripts/bench.mjs [runs]
// Prints load timings, layout shift and JavaScript sizes; numbers vary with the machine, so no test asserts them.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import settings from './chromium.json' with { type: 'json' };

const runs = Number(process.argv[2] ?? 5);
const port = 4180;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
await new Promise((resolve) => setTimeout(resolve, 2500));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? settings.defaultPath,
  args: settings.args,
});
const samples = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const start = Date.now();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByText('620', { exact: true }).waitFor();
    const headline = Date.now() - start;
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    const firstChart = Date.now() - start;
    await page.locator('section.card .recharts-surface').nth(3).waitFor();
    const allCharts = Date.now() - start;
    const filterStart = Date.now();
    await page.locator('[data-bar-id="energie"]').click();
    await page.getByText('7\u00a0pôles sur 71', { exact: true }).waitFor();
    const filter = Date.now() - filterStart;
    const cls = await page.evaluate(() => window.__cls);
    samples.push({ headline, firstChart, allCharts, filter, cls });
    await page.close();
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}

const median = (key) => {
  const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const html = readFileSync('dist/index.html', 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => `dist/${m[1]}`);
const all = readdirSync('dist/assets')
  .filter((n) => n.endsWith('.js'))
  .map((n) => `dist/assets/${n}`);
const sum = (paths) => paths.reduce((total, path) => total + gz(path), 0);

console.log(`runs: ${runs} (median)`);
console.log(`headline figures visible: ${median('headline')} ms`);
console.log(`first chart drawn:        ${median('firstChart')} ms`);
console.log(`four charts drawn:        ${median('allCharts')} ms`);
console.log(`filter by bar click:      ${median('filter')} ms`);
console.log(`cumulative layout shift:  ${median('cls').toFixed(3)}`);
console.log(
  `JS gzip before first paint: ${(sum(initial) / 1024).toFixed(1)} KiB; in total: ${(sum(all) / 1024).toFixed(1)} KiB`,
);
