// Benchmark of an import of a big poles.csv in the built site (run `npm run build` first):
//   node scripts/bench-import.mjs [rows=100000]
// Prints the import time, the longest main-thread task during it (PerformanceObserver longtask) and the Event Timing
// duration of a theme tick with the imported rows. Timings vary with the machine: no test asserts them.
// Kept apart from bench.mjs so that it can be merged into it as one section.
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import settings from './chromium.json' with { type: 'json' };

const rows = Number(process.argv[2] ?? 100_000);
const port = Number(process.env.BENCH_PORT ?? 4181);
const file = join(mkdtempSync(join(tmpdir(), 'bench-import-')), 'poles.csv');
execFileSync('node', [new URL('./make-big-poles.mjs', import.meta.url).pathname, String(rows), file], {
  stdio: 'inherit',
});

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
// A loaded machine can take several seconds to start the server: wait until it answers.
for (let tries = 0; tries < 60; tries += 1) {
  const up = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (up) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? settings.defaultPath,
  args: settings.args,
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.addInitScript(() => {
    window.__tasks = [];
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__events.push({ name: entry.name, duration: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByText('620', { exact: true }).waitFor();
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    window.__tasks = [];
  });
  const start = Date.now();
  await page.getByLabel('Fichiers CSV à importer').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: 'Données importées' }).waitFor({ timeout: 600_000 });
  const importMs = Date.now() - start;
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(() => window.__tasks);
  await page.evaluate(() => {
    window.__events = [];
  });
  await page.getByRole('button', { name: /^Thème \(/ }).click();
  await page.getByRole('checkbox').first().click();
  await page.waitForTimeout(1500);
  const events = await page.evaluate(() => window.__events);
  const tick = Math.max(
    0,
    ...events.filter((e) => e.name === 'click' || e.name === 'pointerup').map((e) => e.duration),
  );
  console.log(`import of ${rows} rows: ${importMs} ms`);
  console.log(
    `longest main-thread task during the import: ${Math.round(Math.max(0, ...tasks))} ms (${tasks.length} long tasks)`,
  );
  console.log(`theme tick (Event Timing, longest click): ${Math.round(tick)} ms`);
} finally {
  await browser.close();
  process.kill(-server.pid);
}
