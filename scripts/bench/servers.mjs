// Serves a built folder for the benchmark: with nginx through scripts/serve.mjs (deploy/nginx.conf, as deployed), or,
// when there is no nginx, with a small static server in this process; each server is stopped by its own process id.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { once } from 'node:events';
import { locateNginx } from '../find-nginx.mjs';

const repository = resolve(import.meta.dirname, '../..');

/** A port nobody listens on now: the system picks it. */
async function freePort() {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address();
  probe.close();
  await once(probe, 'close');
  return port;
}

async function serveWithNginx(folder) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(repository, 'scripts/serve.mjs'), folder], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stopping it reaches nginx too, and nothing of it outlives the benchmark.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const started = await new Promise((done) => {
    const timer = setTimeout(() => done(false), 15_000);
    child.stdout.on('data', () => {
      if (output.includes('Serving ')) {
        clearTimeout(timer);
        done(true);
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      done(false);
    });
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  if (!started) {
    await stop();
    throw new Error(`scripts/serve.mjs did not start nginx for ${folder}:\n${output.trim()}`);
  }
  return { url: `http://127.0.0.1:${port}/`, stop };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

async function serveWithNode(folder) {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** How the benchmark serves folders here: nginx when there is one, else Node (and why). */
export function chooseServer() {
  const nginx = locateNginx();
  if ('missing' in nginx)
    return { name: `Node's http module (no nginx: ${nginx.missing})`, nginx: false, serve: serveWithNode };
  return { name: `nginx (${nginx.path}, deploy/nginx.conf)`, nginx: true, serve: serveWithNginx };
}
