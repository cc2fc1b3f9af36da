import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:embedded-data';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Serves `<dir>/*.csv` at `data/*.csv` in dev and copies them to `dist/data/`, so a deployer can edit them without
 * rebuilding. With `embed`, the files are compiled into the page instead (`virtual:embedded-data`), for the single file.
 */
export function dataFiles({ dir, embed }: { dir: string; embed: boolean }): Plugin {
  const root = resolve(dir);
  const csvNames = (): string[] => readdirSync(root).filter((name) => name.endsWith('.csv'));
  return {
    name: 'data-files',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      if (!embed) return 'export const embeddedData = null;';
      const files = Object.fromEntries(
        csvNames().map((name) => [`data/${name}`, readFileSync(join(root, name), 'utf8')]),
      );
      return `export const embeddedData = ${JSON.stringify(files)};`;
    },
    // The page fetches its data as soon as it starts: preloading lets those requests run while the script parses.
    transformIndexHtml() {
      if (embed) return [];
      return csvNames().map((name) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `data/${name}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }));
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([a-z0-9-]+\.csv)(?:\?.*)?$/.exec(req.url ?? '');
        const name = match?.[1];
        if (name === undefined || !csvNames().includes(name)) {
          next();
          return;
        }
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(join(root, name)));
      });
    },
    generateBundle() {
      if (embed) return;
      for (const name of csvNames()) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(root, name)) });
      }
    },
  };
}
