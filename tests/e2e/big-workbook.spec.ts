import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { bigPoles } from '../../scripts/big-poles.mjs';
import { csvRows, workbook } from '../fixtures/workbook';
import { card, expect, test } from './fixtures';

// 20,000 made-up pôles in one sheet, zipped as Excel does: a workbook of a few megabytes, long to unzip and read.
const ROWS = 20_000;
const fr = (count: number) => new Intl.NumberFormat('fr-FR').format(count);

// The chunks that carry SheetJS, whatever Rollup names them: its source names itself.
const sheetJsChunks = () =>
  readdirSync('dist/assets').filter(
    (name) => name.endsWith('.js') && readFileSync(`dist/assets/${name}`, 'utf8').includes('SheetJS'),
  );
const fileName = (url: string) => url.slice(url.lastIndexOf('/') + 1);

declare global {
  interface Window {
    __workbookTasks: { start: number; duration: number }[];
    __bannerAt: number | null;
  }
}

/** Long tasks, and when the banner saying the import is done appeared. */
function observeLongTasks() {
  window.__workbookTasks = [];
  window.__bannerAt = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__workbookTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (window.__bannerAt === null && document.querySelector('.import-banner') !== null)
      window.__bannerAt = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

test('a big workbook is read by the import worker: SheetJS never loads on the page', async ({
  guardedPage: page,
}, testInfo) => {
  test.setTimeout(300_000);
  const bytes = workbook({ poles: csvRows(bigPoles(ROWS)) }, { compression: true });
  // Given by its path, the file is read by the browser itself, not built on the page from the test's bytes.
  const file = testInfo.outputPath('grand-classeur.xlsx');
  writeFileSync(file, bytes);
  const sheetJs = sheetJsChunks();
  expect(sheetJs.length).toBeGreaterThan(0);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(fileName(request.url())));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(fileName(worker.url())));

  await page.addInitScript(observeLongTasks);
  await page.goto('./');
  const list = card(page, 'Liste des pôles');
  await expect(list).toContainText('71 pôles sur 71');
  // Found before the long tasks are counted: the test's own queries of a big page run on its main thread too.
  const picker = await page.getByLabel('Fichiers CSV ou Excel à importer').elementHandle();
  await page.evaluate(() => {
    window.__workbookTasks = [];
    window.__bannerAt = null;
  });
  const started = Date.now();
  await picker.setInputFiles(file);
  // A cheap wait rather than a query of the accessibility tree, so that the long tasks counted are the page's own.
  await page.waitForFunction(() => window.__bannerAt !== null, undefined, { timeout: 240_000, polling: 250 });
  const importMs = Date.now() - started;
  const tasks = await page.evaluate(() =>
    window.__workbookTasks
      .filter((task) => task.start < (window.__bannerAt ?? 0))
      .map((task) => task.duration),
  );

  const banner = page.getByRole('status').filter({ hasText: 'Données importées' });
  await expect(banner).toContainText(
    'poles.csv remplacé par grand-classeur.xlsx, feuille «\u202fpoles\u202f»',
  );
  await expect(list).toContainText(`${fr(ROWS)}\u00a0pôles sur ${fr(ROWS)}`, { timeout: 60_000 });

  // Figures for the record, not asserted: timings depend on the machine.
  const annotate = (type: string, description: string) => testInfo.annotations.push({ type, description });
  annotate('workbook size', `${Math.round(bytes.length / 1024)} kB`);
  annotate('import (file chosen → banner)', `${importMs} ms`);
  annotate('longest main-thread task until the banner', `${Math.round(Math.max(0, ...tasks))} ms`);
  annotate('long tasks until the banner', String(tasks.length));
  console.log(JSON.stringify(testInfo.annotations));

  // The worker fetched SheetJS; the page's own timeline lists every script the page itself loaded, and not it.
  expect(workers.some((name) => name.startsWith('import.worker-'))).toBe(true);
  expect(fetched.some((name) => sheetJs.includes(name))).toBe(true);
  const pageScripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.slice(entry.name.lastIndexOf('/') + 1)),
  );
  expect(pageScripts.some((name) => name.startsWith('index-'))).toBe(true);
  expect(pageScripts.filter((name) => sheetJs.includes(name) || name.startsWith('read-workbook-'))).toEqual(
    [],
  );
});
