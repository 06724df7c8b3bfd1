import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's own Dockerfile, found by walking up from the running code: the bundle
 * (dist/<name>/index.js) and the sources (packages/<name>/src/…) both sit under the project.
 * A literal `new URL('../../docker/Dockerfile', import.meta.url)` is not used because ncc
 * rewrites it into an asset import.
 */
export function projectDockerfile(from: string = import.meta.url): string {
  let dir = dirname(from.startsWith('file:') ? fileURLToPath(from) : from);
  for (;;) {
    const candidate = join(dir, 'docker', 'Dockerfile');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`docker/Dockerfile not found above ${from}`);
    dir = parent;
  }
}
