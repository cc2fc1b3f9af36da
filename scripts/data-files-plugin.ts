import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Serves `<dir>/*.csv` at `/data/*.csv` in dev and copies them to `dist/data/` so a deployer can edit them without rebuilding. */
export function dataFiles({ dir }: { dir: string }): Plugin {
  const root = resolve(dir);
  const csvNames = (): string[] => readdirSync(root).filter((name) => name.endsWith('.csv'));
  return {
    name: 'data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([a-z0-9-]+\.csv)(?:\?.*)?$/.exec(req.url ?? '');
        const name = match?.[1];
        if (name === undefined || !csvNames().includes(name)) return next();
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(join(root, name)));
      });
    },
    generateBundle() {
      for (const name of csvNames()) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(root, name)) });
      }
    },
  };
}
