import { writeFileSync } from 'node:fs';
import { bigPoles } from '../../scripts/big-poles.mjs';
import { card, expect, test } from './fixtures';

// 100,000 made-up pôles (about 36 MB), the bundled ones first: every view must still work with them.
const ROWS = 100_000;
const fr = (count: number) => new Intl.NumberFormat('fr-FR').format(count);
const countIn = (text: string): number => Number(text.replace(/\D/g, ''));

declare global {
  interface Window {
    __longTasks: number[];
    __progress: string[];
    __events: { name: string; duration: number }[];
  }
}

/** Installed before the page's scripts: long tasks, the progress labels shown, and Event Timing entries. */
function observe() {
  window.__longTasks = [];
  window.__progress = [];
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  // 16 ms is Event Timing's lowest threshold; the DOM types do not know the option yet.
  const events = { type: 'event', durationThreshold: 16, buffered: true };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__events.push({ name: entry.name, duration: entry.duration });
  }).observe(events);
  new MutationObserver(() => {
    const label = document.querySelector('.import-progress label span')?.textContent;
    if (label && window.__progress[window.__progress.length - 1] !== label) window.__progress.push(label);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

test('100,000 pôles are imported off the page with a progress bar, and every view works with them', async ({
  guardedPage: page,
}, testInfo) => {
  test.setTimeout(600_000);
  const file = testInfo.outputPath('poles.csv');
  const text = bigPoles(ROWS);
  writeFileSync(file, text);
  expect(text.trimEnd().split('\n')).toHaveLength(ROWS + 1);

  await page.addInitScript(observe);
  await page.goto('./');
  const list = card(page, 'Liste des pôles');
  await expect(list).toContainText('71 pôles sur 71');
  await page.evaluate(() => {
    window.__longTasks = [];
  });

  const started = Date.now();
  await page.getByLabel('Fichiers CSV ou Excel à importer').setInputFiles(file);
  const banner = page.getByRole('status').filter({ hasText: 'Données importées' });
  await expect(banner).toContainText('poles.csv remplacé par poles.csv', { timeout: 300_000 });
  const importMs = Date.now() - started;

  // The progress bar counted rows on the way: at least one label between none and all of them.
  const progress = await page.evaluate(() => window.__progress);
  const counts = progress.map(countIn);
  expect(
    counts.some((count) => count > 0 && count < ROWS),
    progress.join(' | '),
  ).toBe(true);

  // Headline and list: every pôle, the list paged 50 rows at a time.
  const figures = page.getByRole('list', { name: 'Chiffres clés' });
  await expect(figures.locator('.key-value').first()).toHaveText(fr(ROWS), { timeout: 120_000 });
  await expect(list).toContainText(`${fr(ROWS)}\u00a0pôles sur ${fr(ROWS)}`, { timeout: 120_000 });
  const tasks = await page.evaluate(() => window.__longTasks);
  const pager = list.getByRole('navigation', { name: /^Pages du tableau/ });
  await expect(pager).toContainText(`Lignes 1 à 50 sur ${fr(ROWS)}`);
  await expect(list.locator('tbody tr')).toHaveCount(50);
  await pager.getByRole('button', { name: 'Page suivante' }).click();
  await expect(pager).toContainText(`Lignes 51 à 100 sur ${fr(ROWS)}`);

  // The map and the cross-tab add up every pôle.
  const map = card(page, /^Carte des pôles/);
  await expect(map).toContainText(`sur ${fr(ROWS)}`);
  const crossTab = card(page, 'Tableau croisé des pôles');
  await expect(crossTab).toContainText(`(${fr(ROWS)}\u00a0pôles)`);

  // A theme tick narrows every view to the same count.
  await page.evaluate(() => {
    window.__events = [];
  });
  const bar = page.getByRole('region', { name: 'Filtres' });
  await bar.getByRole('button', { name: /^Thème/ }).click();
  await bar.getByRole('checkbox', { name: /^Énergie/ }).click();
  const headline = figures.locator('.key-value').first();
  await expect(headline).not.toHaveText(fr(ROWS), { timeout: 60_000 });
  const inView = countIn((await headline.textContent()) ?? '');
  expect(inView).toBeGreaterThan(0);
  expect(inView).toBeLessThan(ROWS);
  await expect(list).toContainText(`${fr(inView)}\u00a0pôles sur ${fr(ROWS)} correspondent aux filtres`);
  await expect(crossTab).toContainText(`(${fr(inView)}\u00a0pôles)`);
  await expect(map).toContainText(`sur ${fr(inView)}`);
  const tick = await page.evaluate(() =>
    Math.max(0, ...window.__events.filter((e) => e.name === 'click').map((e) => e.duration)),
  );

  // Figures for the record, not asserted: timings depend on the machine.
  const annotate = (type: string, description: string) => testInfo.annotations.push({ type, description });
  annotate('import (file chosen → banner)', `${importMs} ms`);
  annotate('longest main-thread task during the import', `${Math.round(Math.max(0, ...tasks))} ms`);
  annotate('long tasks during the import', String(tasks.length));
  annotate('theme tick, Event Timing (click)', `${Math.round(tick)} ms`);
  annotate('progress labels seen', String(progress.length));
});
