/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { dataFiles } from './scripts/data-files-plugin.ts';
import { firstViewCode, firstViewScript, scriptHash } from './scripts/first-view-plugin.ts';
import { precompiledMessages } from './scripts/precompiled-messages-plugin.ts';

// The page may only talk to its own origin. Dev keeps Vite's inline preamble, so only builds get the policy;
// the single file has its scripts inline and no origin to talk to, so it may load nothing at all. The site runs one
// inline script, the one that runs before the first paint (scripts/first-view.js), allowed by its hash: nginx sends the
// same policy (deploy/security-headers.conf), which the build checks.
const FIRST_VIEW_CODE = firstViewCode();
const POLICIES = {
  site: `default-src 'self'; script-src 'self' ${scriptHash(FIRST_VIEW_CODE)}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'`,
  single:
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
} as const;

// The meta tag is written out rather than given to Vite as a tag descriptor: Vite escapes the descriptor's quotes
// as &#39;, which browsers decode but vite-plugin-singlefile's policy check does not, so it warned on every build
// that the policy blocks the inline code it allows. First in <head>, so that it covers everything after it.
const contentSecurityPolicy = (policy: string): Plugin => {
  if (/["&<>]/.test(policy))
    throw new Error(`The Content-Security-Policy must not contain " & < or >: ${policy}`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const head = /<head(?:\s[^>]*)?>/i.exec(html);
      if (head === null) throw new Error('index.html has no <head> for the Content-Security-Policy');
      const end = head.index + head[0].length;
      return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
    },
  };
};

// The single file copies nothing from public/ and may load nothing, not even its icon: the favicon goes inline as a
// data: URI, which its policy allows (img-src data:).
const FAVICON_HREF = 'href="/favicon.svg"';
const inlineFavicon = (): Plugin => ({
  name: 'inline-favicon',
  apply: 'build',
  transformIndexHtml: {
    order: 'pre',
    handler(html) {
      if (!html.includes(FAVICON_HREF))
        throw new Error(`index.html has no <link rel="icon" ${FAVICON_HREF}>`);
      const svg = readFileSync(new URL('./public/favicon.svg', import.meta.url));
      return html.replace(FAVICON_HREF, `href="data:image/svg+xml;base64,${svg.toString('base64')}"`);
    },
  },
});

// The single file checks imports on the page (its CSP and file:// refuse workers), so the worker's chunks, which
// vite-plugin-singlefile cannot inline, are left out rather than shipped beside index.html. They reach the page's
// bundle as assets: the worker itself and what it loads when needed (SheetJS, to read a workbook).
const dropWorkers = (): Plugin => ({
  name: 'drop-workers',
  apply: 'build',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const [name, output] of Object.entries(bundle))
      if (output.type === 'asset' && name.endsWith('.js')) Reflect.deleteProperty(bundle, name);
  },
});

// React (not its DOM renderer), the schemas, the French catalogues and their formatter, the data's shared helpers and
// labels: what both parts of the start (src/main.tsx, src/boot.tsx) and the later chunks share.
const CORE = [
  /node_modules\/(react|valibot|intl-messageformat|@formatjs\/[^/]+)\//,
  /node_modules\/react-dom\/(index\.js|cjs\/react-dom\.production\.js)$/,
  // The French catalogues but those of views loaded on demand (src/lib/i18n/catalogues.ts).
  /\/src\/locales\/fr\/(?!profile\.json|accessibility\.json)[^/]+\.json$/,
  /\/src\/lib\/(i18n\/(catalogues|lang|merge|message-format|i18n|i18n-for)|format|text-measure|next-task)\.ts$/,
  /\/src\/data\/(data-message|cells|schemas|files|import-limits|member-wording|dataset|poles-index|pole-facets)\.ts$/,
  /\/src\/model\/view\.ts$/,
  /\/src\/selectors\/(pole-index|filter-poles|member-count|sources|labels)\.ts$/,
];
const inCore = (id: string) => CORE.some((pattern) => pattern.test(id.replaceAll('\\', '/')));

// `base: './'` keeps the build relocatable: index.html finds data/*.csv beside itself.
export default defineConfig(({ command, mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    resolve: {
      alias: {
        // Only the scales the charts use (src/lib/recharts-scales.ts).
        'victory-vendor/d3-scale': fileURLToPath(new URL('./src/lib/recharts-scales.ts', import.meta.url)),
        // The catalogues arrive parsed (precompiledMessages): the built page needs no ICU parser.
        ...(command === 'build'
          ? { '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js' }
          : {}),
      },
    },
    plugins: [
      react(),
      precompiledMessages(),
      dataFiles({ dir: 'data', embed: single }),
      firstViewScript({ single, code: FIRST_VIEW_CODE }),
      contentSecurityPolicy(single ? POLICIES.single : POLICIES.site),
      ...(single ? [inlineFavicon(), viteSingleFile(), dropWorkers()] : []),
    ],
    // public/ (favicon, robots.txt) is copied beside dist/index.html; dist-single/ holds index.html alone.
    publicDir: single ? false : 'public',
    // A module worker can load a chunk when it needs it: SheetJS only when a workbook is imported. Its messages
    // arrive parsed too.
    worker: { format: 'es', plugins: () => [precompiledMessages()] },
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: single ? 'dist-single' : 'dist',
      // One stylesheet, the presenter view's rules in it: the build writes it into the page (scripts/prerender.mjs), and
      // no chunk then loads a stylesheet of its own, which would also bring that one's rules again after the first
      // view's (Vite's preload adds the entry's stylesheet to what each lazy chunk waits for).
      cssCodeSplit: false,
      // One chunk, not a dozen small ones: each request costs the page a few milliseconds of main thread as it starts.
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'core', test: inCore }] } } },
    },
    test: {
      environment: 'jsdom',
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
      setupFiles: ['tests/setup.ts'],
      css: false,
      restoreMocks: true,
    },
  };
});
