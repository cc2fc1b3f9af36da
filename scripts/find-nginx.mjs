// Where nginx is, for scripts/serve.mjs and the browser tests that run it.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

// Debian installs nginx in /usr/sbin, which a user's PATH often lacks.
const USUAL_FOLDERS = ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin', '/opt/homebrew/bin'];

/** NGINX_PATH if set, else the first `nginx` on PATH or in the usual folders; or why there is none. */
export function locateNginx(env = process.env) {
  const wanted = env.NGINX_PATH;
  if (wanted !== undefined && wanted !== '') {
    return isExecutable(wanted)
      ? { path: wanted }
      : {
          missing: `NGINX_PATH is ${wanted}, which is not an executable file: install Debian's nginx-light, or set NGINX_PATH to an nginx executable.`,
        };
  }
  const folders = [...(env.PATH ?? '').split(delimiter).filter((folder) => folder !== ''), ...USUAL_FOLDERS];
  const path = folders.map((folder) => join(folder, 'nginx')).find(isExecutable);
  return path === undefined
    ? { missing: "No nginx on PATH nor in /usr/sbin: install Debian's nginx-light, or set NGINX_PATH." }
    : { path };
}
