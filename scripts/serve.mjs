// npm run serve [-- <folder>]: serves dist/ (or <folder>) with nginx in the foreground on 127.0.0.1:${PORT:-8080},
// configured by deploy/nginx.conf. Ctrl+C or SIGTERM stops nginx, by its process id, and removes its temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { locateNginx } from './find-nginx.mjs';

const repository = resolve(import.meta.dirname, '..');
const deploy = join(repository, 'deploy');

const fail = (message) => {
  console.error(`npm run serve: ${message}`);
  process.exit(1);
};

const root = resolve(process.argv[2] ?? join(repository, 'dist'));
const fromHere = relative(process.cwd(), root);
const shownRoot = fromHere === '' ? '.' : fromHere.startsWith('..') ? root : fromHere;
if (!existsSync(join(root, 'index.html'))) {
  fail(
    process.argv[2] === undefined
      ? `${shownRoot}/index.html is missing: run \`npm run build\` first.`
      : `${shownRoot}/index.html is missing: give the folder of a build.`,
  );
}
// nginx would read a quote or a backslash as syntax, and a dollar sign as a variable.
if (/["\\$]/.test(root)) fail(`the path ${root} must not contain ", \\ or $.`);

const portText = process.env.PORT ?? '8080';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port < 1 || port > 65535)
  fail(`PORT must be a port number, not "${portText}".`);

const nginx = locateNginx();
if ('missing' in nginx) fail(nginx.missing);

// `nginx -V` prints the version and how the binary was built, on stderr.
const build = spawnSync(nginx.path, ['-V'], { encoding: 'utf8' });
if (build.error !== undefined || build.status !== 0) {
  fail(`${nginx.path} -V failed: ${build.error?.message ?? build.stderr.trim()}`);
}
const version = /nginx\/(\d+)\.(\d+)\.(\d+)/.exec(build.stderr);
// -e sets the log nginx writes to before it reads its configuration (1.19.5 and later).
const hasErrorLogOption =
  version !== null && Number(version[1]) * 1e6 + Number(version[2]) * 1e3 + Number(version[3]) >= 1_019_005;

const portIsFree = () =>
  new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
if (!(await portIsFree())) fail(`127.0.0.1:${port} is already in use: set PORT to another port.`);

// Fills ${DIST_ROOT} and ${PORT}, and drops the temporary path of a module this nginx was built without.
const render = (template) =>
  template
    .replace(/\$\{([A-Z_]+)\}/g, (placeholder, name) => {
      const value = { DIST_ROOT: root, PORT: String(port) }[name];
      if (value === undefined) fail(`deploy/nginx.conf has an unknown placeholder ${placeholder}.`);
      return value;
    })
    .split('\n')
    .filter((line) => {
      const module = /^\s*(proxy|fastcgi|uwsgi|scgi)_temp_path\b/.exec(line)?.[1];
      return module === undefined || !build.stderr.includes(`--without-http_${module}_module`);
    })
    .join('\n');

const configuration = render(readFileSync(join(deploy, 'nginx.conf'), 'utf8'));
const prefix = mkdtempSync(join(tmpdir(), 'poles-nginx-'));
for (const name of readdirSync(deploy)) {
  if (name === 'nginx.conf') writeFileSync(join(prefix, name), configuration);
  else copyFileSync(join(deploy, name), join(prefix, name));
}

const server = spawn(
  nginx.path,
  ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), ...(hasErrorLogOption ? ['-e', 'stderr'] : [])],
  { stdio: 'inherit' },
);
let failed = false;
const running = () => server.exitCode === null && server.signalCode === null;
const stop = (signal) => {
  if (running() && server.pid !== undefined) process.kill(server.pid, signal);
};
const cleanUp = () => {
  stop('SIGTERM');
  rmSync(prefix, { recursive: true, force: true });
};
process.on('exit', cleanUp);
// nginx stops at once on SIGINT and SIGTERM; SIGHUP would only make it reload, so a closed terminal sends SIGTERM.
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGHUP', () => stop('SIGTERM'));
// npm runs this script through a shell that does not pass SIGTERM on: when that parent is gone, nginx stops too.
const parent = process.ppid;
setInterval(() => {
  try {
    process.kill(parent, 0);
  } catch (error) {
    if (error.code === 'ESRCH') stop('SIGTERM');
  }
}, 1000).unref();
server.on('error', (error) => fail(`${nginx.path} did not start: ${error.message}`));
// nginx exits with 0 when a signal stops it, and with 1 when it cannot start (its reason is on stderr).
server.on('exit', (code) => process.exit(failed ? 1 : (code ?? 1)));

const url = `http://127.0.0.1:${port}/`;
const answers = () =>
  fetch(url, { method: 'HEAD' }).then(
    () => true,
    () => false,
  );
for (let attempt = 0; running() && !(await answers()); attempt += 1) {
  if (attempt === 100) {
    console.error(`npm run serve: nginx did not answer on ${url} within 10 s; stopping it.`);
    failed = true;
    stop('SIGTERM');
    break;
  }
  await sleep(100);
}
if (running()) {
  console.log(
    `Serving ${shownRoot} on ${url} with nginx ${version?.slice(1).join('.') ?? ''} (pid ${server.pid}, prefix ${prefix}).\n` +
      `Requests are logged in ${join(prefix, 'access.log')}, errors here. Ctrl+C stops nginx.`,
  );
}
