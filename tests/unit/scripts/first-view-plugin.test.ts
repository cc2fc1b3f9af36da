import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  checkServerPolicy,
  chunksOf,
  deferModules,
  firstViewCode,
  scriptHash,
  shippedScript,
} from '../../../scripts/first-view-plugin';

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
  const CODE = 'document.documentElement.classList.add("x")';

  it('hands the entry, its preloads and the data preloads to first-view.js, inline, and leaves the stylesheet', () => {
    const page = deferModules(BUILT, CODE);
    expect(page).toContain(
      '<script data-entry="./assets/index-a.js" data-modules="./assets/react-b.js ./assets/store-c.js" data-fetches="data/poles.csv data/themes.csv">document.documentElement.classList.add("x")</script>',
    );
    expect(page).not.toContain('src="./first-view.js"');
    expect(page).not.toContain('rel="preload"');
    expect(page).not.toContain('type="module"');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/index-d.css">');
  });

  it('writes the code as it is, a $ in it included', () => {
    expect(deferModules(BUILT, 'a.replace(/x/, "$&$1")')).toContain('>a.replace(/x/, "$&$1")</script>');
  });

  it('refuses code that would end the script element early', () => {
    expect(() => deferModules(BUILT, 'var a = "</script>"')).toThrow(/must not hold <\/script/);
  });

  it('adds the modules the entry imports at once, each named once, the entry not among them', () => {
    const page = deferModules(BUILT, CODE, [
      './assets/boot-e.js',
      './assets/react-b.js',
      './assets/index-a.js',
    ]);
    expect(page).toContain('data-modules="./assets/react-b.js ./assets/store-c.js ./assets/boot-e.js"');
  });

  it('refuses a page without exactly one entry', () => {
    expect(() => deferModules(BUILT.replace(/<script type="module"[^\n]*/, ''), CODE)).toThrow(
      /one module entry/,
    );
  });
});

describe('scriptHash and checkServerPolicy', () => {
  const CONF = (scripts: string) =>
    `add_header Content-Security-Policy "default-src 'self'; script-src ${scripts}; style-src 'self'" always;`;

  it('gives the SHA-256 of the code, in base64, as a policy writes it', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(scriptHash('alert(1)')).toBe(`'sha256-${expected}'`);
  });

  it('passes a policy whose script-src names the hash, and stops one that does not, naming it', () => {
    const hash = scriptHash('alert(1)');
    expect(() => checkServerPolicy(CONF(`'self' ${hash}`), 'alert(1)')).not.toThrow();
    expect(() => checkServerPolicy(CONF("'self'"), 'alert(1)')).toThrow(
      `add ${hash} to the script-src of its Content-Security-Policy`,
    );
    expect(() => checkServerPolicy(CONF(`'self' ${scriptHash('alert(2)')}`), 'alert(1)')).toThrow(hash);
    expect(() => checkServerPolicy('add_header X-Content-Type-Options "nosniff";', 'alert(1)')).toThrow(hash);
  });

  it('finds the hash of the shipped first-view.js in the policy nginx sends', () => {
    const headers = readFileSync('deploy/security-headers.conf', 'utf8');
    expect(() => checkServerPolicy(headers, firstViewCode())).not.toThrow();
  });
});

describe('chunksOf', () => {
  const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) => ({
    type: 'chunk' as const,
    fileName,
    imports,
    facadeModuleId,
  });
  const bundle = (...chunks: ReturnType<typeof chunk>[]) =>
    Object.fromEntries(chunks.map((item) => [item.fileName, item]));

  it('gives the chunk of a module and every chunk it imports, however deep, once each', () => {
    const built = bundle(
      chunk('assets/index-a.js', ['assets/react-b.js']),
      chunk('assets/boot-e.js', ['assets/react-dom-f.js', 'assets/index-a.js'], '/repo/src/boot.tsx'),
      chunk('assets/react-dom-f.js', ['assets/react-b.js']),
      chunk('assets/react-b.js', []),
      chunk('assets/map-g.js', ['assets/react-b.js'], '/repo/src/map.tsx'),
    );
    expect(chunksOf(built, '/src/boot.tsx')).toEqual([
      './assets/boot-e.js',
      './assets/react-dom-f.js',
      './assets/react-b.js',
      './assets/index-a.js',
    ]);
    expect(() => chunksOf(built, '/src/missing.tsx')).toThrow(/No chunk holds \/src\/missing\.tsx/);
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
