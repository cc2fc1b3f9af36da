import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifySync, type Plugin } from 'vite';

const FILE_NAME = 'first-view.js';
// A path, not a URL: a test's DOM brings a URL class of its own, which readFileSync does not take.
const HERE = dirname(fileURLToPath(import.meta.url));
// Where the plugin puts the script in the site's page, until deferModules writes it there, inline, with its data.
const TAG = `<script src="./${FILE_NAME}"></script>`;
const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const FETCH = /\s*<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">/g;

/**
 * The site's page with its module scripts and data preloads handed to first-view.js, which adds them once the first
 * view has painted: the entry, its preloads and the data files become the script's `data-entry`, `data-modules` and
 * `data-fetches`; `also` adds modules the entry imports at once, though dynamically (src/boot.tsx). The script goes in
 * the page itself (`code`, inline): a file would hold the parser, and so the first paint, for as long as it takes to
 * come.
 */
export function deferModules(html: string, code: string, also: readonly string[] = []): string {
  const entries = [...html.matchAll(ENTRY)].map((match) => match[1] ?? '');
  if (entries.length !== 1) throw new Error(`index.html must hold one module entry, not ${entries.length}`);
  if (html.split(TAG).length !== 2) throw new Error(`index.html must hold one ${TAG}`);
  // The entry itself is not preloaded again (src/boot.tsx imports from it).
  const modules = [
    ...new Set([...[...html.matchAll(PRELOAD)].map((match) => match[1] ?? ''), ...also]),
  ].filter((href) => href !== entries[0]);
  const fetches = [...html.matchAll(FETCH)].map((match) => match[1] ?? '');
  if (/<\/script|<!--/i.test(code))
    throw new Error(`${FILE_NAME} must not hold </script or <!-- to go inline`);
  const tag =
    `<script data-entry="${entries[0] ?? ''}" data-modules="${modules.join(' ')}" ` +
    `data-fetches="${fetches.join(' ')}">${code}</script>`;
  // A function, so that a $ in the code is not read as a pattern.
  return html
    .replace(ENTRY, '')
    .replace(PRELOAD, '')
    .replace(FETCH, '')
    .replace(TAG, () => tag);
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

/** first-view.js as the page gets it, from the repository. */
export const firstViewCode = (): string => shippedScript(readFileSync(join(HERE, FILE_NAME), 'utf8'));

/**
 * The source expression that lets a Content-Security-Policy run `code` inline, and it alone: its SHA-256 in base64
 * (CSP Level 2), quoted as the policy writes it.
 */
export const scriptHash = (code: string): string =>
  `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/**
 * Stops the site's build when the policy nginx sends (`headers`: the text of deploy/security-headers.conf) does not
 * let the page run `code` inline: the page would then paint and never start.
 */
export function checkServerPolicy(headers: string, code: string): void {
  const policy = /add_header\s+Content-Security-Policy\s+"([^"]*)"/.exec(headers)?.[1];
  const scripts = policy === undefined ? undefined : /(?:^|;)\s*script-src\s+([^;]*)/.exec(policy)?.[1];
  const hash = scriptHash(code);
  if (!scripts?.split(/\s+/).includes(hash))
    throw new Error(
      `deploy/security-headers.conf must let the page run its first script (scripts/first-view.js) inline: add ${hash} ` +
        "to the script-src of its Content-Security-Policy (after 'self'), in place of any older sha256 there.",
    );
}

/**
 * Puts scripts/first-view.js (`code`, as firstViewCode gives it) in <head>, after the stylesheet, before anything
 * paints, inline: in the site, which allows it by its hash (vite.config.ts, deploy/security-headers.conf) and where it
 * also loads the live page's code after the first paint; in the single file, which has all its code inline.
 */
export function firstViewScript({ single, code }: { single: boolean; code: string }): Plugin {
  return {
    name: 'first-view-script',
    apply: 'build',
    buildStart() {
      if (!single)
        checkServerPolicy(readFileSync(join(HERE, '../deploy/security-headers.conf'), 'utf8'), code);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (single) return [{ tag: 'script', children: code, injectTo: 'head' as const }];
        // The entry imports the rest of the live page's code once it has started the data (src/main.tsx): it is
        // preloaded with the entry rather than asked for after it.
        const boot = bundle === undefined ? [] : chunksOf(bundle, '/src/boot.tsx');
        return deferModules(html.replace('</head>', `  ${TAG}\n  </head>`), code, boot);
      },
    },
  };
}
