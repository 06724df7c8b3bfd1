import { join } from 'node:path';

/** Where verified APT indexes are cached between runs: `$XDG_CACHE_HOME/pgforge/apt`. */
export function defaultCacheDir(env: Record<string, string | undefined>, homeDir: string): string {
  return join(env.XDG_CACHE_HOME || join(homeDir, '.cache'), 'pgforge', 'apt');
}

/**
 * The root of the machine's apt configuration (`/`), read only when no base image can be
 * read: `PGFORGE_HOST_APT_ROOT` points it elsewhere, as the tests do to run on a host shaped
 * like GitHub's Ubuntu runners.
 */
export function hostAptRoot(env: Record<string, string | undefined>): string {
  return env.PGFORGE_HOST_APT_ROOT || '/';
}
