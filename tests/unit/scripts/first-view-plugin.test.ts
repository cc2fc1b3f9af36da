import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deferModules, shippedScript } from '../../../scripts/first-view-plugin';

const BUILT = `<head>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-b.js">
    <link rel="modulepreload" crossorigin href="./assets/store-c.js">
    <link rel="stylesheet" crossorigin href="./assets/index-d.css">
    <link rel="preload" href="data/poles.csv" as="fetch" crossorigin="anonymous">
    <link rel="preload" href="data/themes.csv" as="fetch" crossorigin="anonymous">
    <script src="./first-view.js"></script>
  </head>`;

describe('deferModules', () => {
  it('hands the entry, its preloads and the data preloads to first-view.js and leaves the stylesheet', () => {
    const page = deferModules(BUILT);
    expect(page).toContain(
      '<script src="./first-view.js" data-entry="./assets/index-a.js" data-modules="./assets/react-b.js ./assets/store-c.js" data-fetches="data/poles.csv data/themes.csv"></script>',
    );
    expect(page).not.toContain('rel="preload"');
    expect(page).not.toContain('type="module"');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/index-d.css">');
  });

  it('refuses a page without exactly one entry', () => {
    expect(() => deferModules(BUILT.replace(/<script type="module"[^\n]*/, ''))).toThrow(/one module entry/);
  });
});

describe('shippedScript', () => {
  it('gives the page the code of first-view.js without its comments, minified', () => {
    const source = readFileSync('scripts/first-view.js', 'utf8');
    const shipped = shippedScript(source);
    expect(source).toContain('// Runs before the page paints');
    expect(shipped).not.toMatch(/\/\/|\/\*/);
    expect(shipped).toContain('first-view-pending');
    expect(shipped.length).toBeLessThan(source.length / 2);
  });

  it('refuses a script that does not parse', () => {
    expect(() => shippedScript('(function () {')).toThrow(/first-view\.js/);
  });
});
