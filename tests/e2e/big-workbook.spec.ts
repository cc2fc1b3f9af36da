import { readFileSync, readdirSync } from 'node:fs';
import { bigPoles } from '../../scripts/big-poles.mjs';
import { csvRows, workbook } from '../fixtures/workbook';
import { card, expect, test } from './fixtures';

// 20,000 made-up pôles in one sheet, zipped as Excel does: a workbook of a few megabytes, long to unzip and read.
const ROWS = 20_000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const fr = (count: number) => new Intl.NumberFormat('fr-FR').format(count);

// The chunks that carry SheetJS, whatever Rollup names them: its source names itself.
const sheetJsChunks = () =>
  readdirSync('dist/assets').filter(
    (name) => name.endsWith('.js') && readFileSync(`dist/assets/${name}`, 'utf8').includes('SheetJS'),
  );
const fileName = (url: string) => url.slice(url.lastIndexOf('/') + 1);

declare global {
  interface Window {
    __longTasks: number[];
  }
}

function observeLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

test('a big workbook is read by the import worker: SheetJS never loads on the page', async ({
  guardedPage: page,
}, testInfo) => {
  test.setTimeout(300_000);
  const bytes = workbook({ poles: csvRows(bigPoles(ROWS)) }, { compression: true });
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
  await page.evaluate(() => {
    window.__longTasks = [];
  });

  const started = Date.now();
  await page.getByLabel('Fichiers CSV ou Excel à importer').setInputFiles({
    name: 'grand-classeur.xlsx',
    mimeType: XLSX,
    buffer: Buffer.from(bytes),
  });
  const banner = page.getByRole('status').filter({ hasText: 'Données importées' });
  await expect(banner).toContainText(
    'poles.csv remplacé par grand-classeur.xlsx, feuille «\u202fpoles\u202f»',
    {
      timeout: 240_000,
    },
  );
  const importMs = Date.now() - started;
  await expect(list).toContainText(`${fr(ROWS)}\u00a0pôles sur ${fr(ROWS)}`, { timeout: 60_000 });

  // Figures for the record, not asserted: timings depend on the machine.
  const tasks = await page.evaluate(() => window.__longTasks);
  const annotate = (type: string, description: string) => testInfo.annotations.push({ type, description });
  annotate('workbook size', `${Math.round(bytes.length / 1024)} kB`);
  annotate('import (file chosen → banner)', `${importMs} ms`);
  annotate('longest main-thread task during the import', `${Math.round(Math.max(0, ...tasks))} ms`);
  annotate('long tasks during the import', String(tasks.length));
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
