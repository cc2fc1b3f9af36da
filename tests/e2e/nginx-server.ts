import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { locateNginx } from '../../scripts/find-nginx.mjs';
import { test } from './fixtures';

const SERVE_SCRIPT = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

const located = locateNginx();
/** Why nginx cannot run on this machine, or undefined when it can. */
export const nginxMissing = 'missing' in located ? located.missing : undefined;

interface NginxServer {
  readonly url: string;
  /** Stops nginx through scripts/serve.mjs, and fails if nginx or its temporary folder outlived it. */
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no free port on 127.0.0.1'));
      });
    });
  });

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Runs `npm run serve`'s script on `root` and a free port, and resolves once it says nginx answers. */
async function serveWithNginx(root: string): Promise<NginxServer> {
  const port = await freePort();
  const script = spawn(process.execPath, [SERVE_SCRIPT, root], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  script.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  script.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => script.once('exit', () => resolve()));

  const ready = /on (http:\/\/\S+) with nginx .*\(pid (\d+), prefix (\S+)\)/;
  const deadline = Date.now() + 30_000;
  let match = ready.exec(stdout);
  while (match === null) {
    if (script.exitCode !== null || Date.now() > deadline) {
      script.kill('SIGKILL');
      throw new Error(`scripts/serve.mjs did not start nginx on port ${port}:\n${stderr.trim()}`);
    }
    await sleep(50);
    match = ready.exec(stdout);
  }
  const [, url = '', pid = '', prefix = ''] = match;
  // Only the first lines matter; the access log that follows is dropped.
  script.stdout.removeAllListeners('data').resume();
  return {
    url,
    async stop() {
      script.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (script.exitCode === null && script.signalCode === null) script.kill('SIGKILL');
      if (isAlive(Number(pid))) {
        process.kill(Number(pid), 'SIGKILL');
        throw new Error(`nginx (pid ${pid}) was still running after scripts/serve.mjs stopped`);
      }
      if (existsSync(prefix)) throw new Error(`scripts/serve.mjs left its temporary folder ${prefix}`);
    },
  };
}

/**
 * Serves dist/ with nginx (deploy/nginx.conf) for the tests of the enclosing describe, and points their baseURL
 * at it. With `prepare`, serves a copy of dist/ in a temporary folder that `prepare` changes first; the returned
 * `root()` is that copy, which the tests may change too. Everything is stopped and removed after the last test.
 */
export function useNginx(prepare?: (root: string) => void): { root: () => string } {
  let copy: string | undefined;
  let server: Promise<NginxServer> | undefined;
  const removeCopy = () => {
    if (copy !== undefined) rmSync(copy, { recursive: true, force: true });
  };
  const start = async () => {
    if (!existsSync(join(DIST, 'index.html'))) {
      throw new Error('dist/index.html is missing: build first (npx vite build).');
    }
    try {
      if (prepare !== undefined) {
        copy = mkdtempSync(join(tmpdir(), 'poles-dist-'));
        cpSync(DIST, copy, { recursive: true });
        prepare(copy);
      }
      return await serveWithNginx(copy ?? DIST);
    } catch (error) {
      // afterAll will not run: it needs baseURL too.
      removeCopy();
      throw error;
    }
  };
  // Playwright resolves baseURL before any hook, beforeAll included (the browser context options need it), so nginx
  // starts the first time baseURL is asked for, once for the describe.
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads what a fixture depends on from this pattern.
    baseURL: async ({}, use) => {
      server ??= start();
      await use((await server).url);
    },
  });
  test.afterAll(async () => {
    try {
      if (server !== undefined) await (await server).stop();
    } finally {
      removeCopy();
    }
  });
  return {
    root: () => {
      if (copy === undefined) throw new Error('the copy of dist/ is made when the first test starts');
      return copy;
    },
  };
}
