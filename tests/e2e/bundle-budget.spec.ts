import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// Deterministic budgets on the build under test (dist/, made by `npm run test:e2e`): bytes, not timings.
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

test('the JavaScript before first paint and in total stays within budget', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map(
    (match) => `dist/${match[1] ?? ''}`,
  );
  const all = readdirSync('dist/assets')
    .filter((name) => name.endsWith('.js'))
    .map((name) => `dist/assets/${name}`);
  // The map's chunk carries its geometry (118 kB of department paths): it loads only when the map is drawn and
  // has a budget of its own.
  const isMap = (path: string) => /\/map-chart-[^/]+\.js$/.test(path);
  // SheetJS, in the Excel export's chunk, loads only when a workbook is asked for: a budget of its own too.
  const isSheet = (path: string) => /\/xlsx-export-[^/]+\.js$/.test(path);
  const initialBytes = initial.reduce((sum, path) => sum + gz(path), 0);
  const totalBytes = all
    .filter((path) => !isMap(path) && !isSheet(path))
    .reduce((sum, path) => sum + gz(path), 0);
  const mapBytes = all.filter(isMap).reduce((sum, path) => sum + gz(path), 0);
  const sheetBytes = all.filter(isSheet).reduce((sum, path) => sum + gz(path), 0);
  console.log(
    `JS gzip: ${initialBytes} B before first paint, ${totalBytes} B in total, ${mapBytes} B for the map, ${sheetBytes} B for the Excel export`,
  );
  expect(initial.length).toBeGreaterThan(0);
  // The chart library is not needed to paint the headline figures.
  expect(initial.some((path) => readFileSync(path, 'utf8').includes('recharts-bar-rectangle'))).toBe(false);
  // Raised from 110 kB for the workbench (five facets, profile, search, cross-tab and map builders); the
  // pre-rendered first view is to bring it down.
  expect(initialBytes).toBeLessThan(115_000);
  expect(totalBytes).toBeLessThan(240_000);
  expect(initial.some(isMap)).toBe(false);
  expect(initial.some((path) => readFileSync(path, 'utf8').includes('413.70408,308.36159'))).toBe(false);
  expect(mapBytes).toBeGreaterThan(0);
  expect(mapBytes).toBeLessThan(50_000);
  expect(initial.some(isSheet)).toBe(false);
  expect(initial.some((path) => readFileSync(path, 'utf8').includes('SheetJS'))).toBe(false);
  expect(sheetBytes).toBeGreaterThan(0);
  expect(sheetBytes).toBeLessThan(115_000);
});
