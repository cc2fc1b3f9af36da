export type NginxLocation = { readonly path: string } | { readonly missing: string };

/** NGINX_PATH if set, else the first `nginx` on PATH or in the usual folders; or why there is none. */
export function locateNginx(env?: NodeJS.ProcessEnv): NginxLocation;
