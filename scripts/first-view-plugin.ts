import { readFileSync } from 'node:fs';
import { minifySync, type Plugin } from 'vite';

const FILE_NAME = 'first-view.js';
const TAG = `<script src="./${FILE_NAME}"></script>`;
const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const FETCH = /\s*<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">/g;

/**
 * The site's page with its module scripts and data preloads handed to first-view.js, which adds them once the first
 * view has painted: the entry, its preloads and the data files become the script's `data-entry`, `data-modules` and
 * `data-fetches`; `also` adds modules the entry imports at once, though dynamically (src/boot.tsx).
 */
export function deferModules(html: string, also: readonly string[] = []): string {
  const entries = [...html.matchAll(ENTRY)].map((match) => match[1] ?? '');
  if (entries.length !== 1) throw new Error(`index.html must hold one module entry, not ${entries.length}`);
  if (html.split(TAG).length !== 2) throw new Error(`index.html must hold one ${TAG}`);
  // The entry itself is not preloaded again (src/boot.tsx imports from it).
  const modules = [
    ...new Set([...[...html.matchAll(PRELOAD)].map((match) => match[1] ?? ''), ...also]),
  ].filter((href) => href !== entries[0]);
  const fetches = [...html.matchAll(FETCH)].map((match) => match[1] ?? '');
  const tag =
    `<script src="./${FILE_NAME}" data-entry="${entries[0] ?? ''}" data-modules="${modules.join(' ')}" ` +
    `data-fetches="${fetches.join(' ')}"></script>`;
  return html.replace(ENTRY, '').replace(PRELOAD, '').replace(FETCH, '').replace(TAG, tag);
}

/** What chunksOf reads of an item of Rollup's bundle. */
interface BundleItem {
  readonly type: string;
  readonly fileName: string;
  readonly imports?: readonly string[];
  readonly facadeModuleId?: string | null;
}

/** The page's path to the chunk of `module` (src/boot.tsx) and to every chunk it imports, found in `bundle`. */
export function chunksOf(bundle: Readonly<Record<string, BundleItem>>, module: string): string[] {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(module) === true);
  if (start === undefined) throw new Error(`No chunk holds ${module}`);
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? [])
      visit(imported);
  };
  visit(start.fileName);
  return [...files].map((fileName) => `./${fileName}`);
}

/**
 * first-view.js as the page gets it: minified. Its comments explain it in the repository; the page, which waits for it
 * before painting, gets the code alone, in as few bytes as it can.
 */
export function shippedScript(source: string): string {
  const { code, errors } = minifySync(FILE_NAME, source, { compress: true, mangle: true });
  if (errors.length > 0) throw new Error(`${FILE_NAME}: ${errors.map((error) => error.message).join('; ')}`);
  return code;
}

/**
 * Puts scripts/first-view.js first in <head>, before anything paints: as a file of the site (its policy allows
 * scripts from its own origin only, and no inline script), which also loads the live page's code after the first
 * paint, or inline in the single file (which may load nothing, and has its code inline).
 */
export function firstViewScript({ inline }: { inline: boolean }): Plugin {
  const script = shippedScript(readFileSync(new URL('./first-view.js', import.meta.url), 'utf8'));
  return {
    name: 'first-view-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (inline) return [{ tag: 'script', children: script, injectTo: 'head' as const }];
        // The entry imports the rest of the live page's code once it has started the data (src/main.tsx): it is
        // preloaded with the entry rather than asked for after it.
        const boot = bundle === undefined ? [] : chunksOf(bundle, '/src/boot.tsx');
        return deferModules(html.replace('</head>', `  ${TAG}\n  </head>`), boot);
      },
    },
    generateBundle() {
      if (!inline) this.emitFile({ type: 'asset', fileName: FILE_NAME, source: script });
    },
  };
}
