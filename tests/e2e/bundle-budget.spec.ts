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
  const initialBytes = initial.reduce((sum, path) => sum + gz(path), 0);
  const totalBytes = all.reduce((sum, path) => sum + gz(path), 0);
  console.log(`JS gzip: ${initialBytes} B before first paint, ${totalBytes} B in total`);
  expect(initial.length).toBeGreaterThan(0);
  // The chart library is not needed to paint the headline figures.
  expect(initial.some((path) => readFileSync(path, 'utf8').includes('recharts-bar-rectangle'))).toBe(false);
  expect(initialBytes).toBeLessThan(110_000);
  expect(totalBytes).toBeLessThan(240_000);
});
