import { join } from 'node:path';

/** Where verified APT indexes are cached between runs: `$XDG_CACHE_HOME/pgforge/apt`. */
export function defaultCacheDir(env: Record<string, string | undefined>, homeDir: string): string {
  return join(env.XDG_CACHE_HOME || join(homeDir, '.cache'), 'pgforge', 'apt');
}
