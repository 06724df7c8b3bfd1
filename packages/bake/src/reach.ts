import { isLoopbackRegistry } from '@pgforge/oci';
import type { Target } from '@pgforge/targets';

/**
 * Why a target's PGDG mirror cannot be reached from a build step, or undefined when it can.
 * A step runs in the build's own network namespace, where 127.0.0.1 is the step itself, and
 * buildx bake before 0.17 has no way to put a step on the host's network: a mirror on loopback
 * (a local cache or archive on `http://127.0.0.1:8080/…`) would fail deep inside apt-get, so
 * it is refused before anything is built.
 */
export function unreachableMirror(t: Pick<Target, 'id' | 'buildArgs'>): string | undefined {
  const mirror = t.buildArgs.PGDG_MIRROR;
  if (mirror === undefined) return undefined;
  let host: string;
  try {
    host = new URL(mirror).host;
  } catch {
    return `target ${t.id}: PGDG mirror ${JSON.stringify(mirror)} is not a URL`;
  }
  // The same rule as for registries: localhost, ::1, 127.0.0.0/8.
  if (!isLoopbackRegistry(host)) return undefined;
  return (
    `target ${t.id}: packages.mirror ${mirror} is on loopback, which a build step cannot reach ` +
    '(it runs in its own network namespace); serve the mirror on an address of this machine ' +
    "that containers reach (the docker bridge's gateway, e.g. 172.17.0.1) and set packages.mirror to it"
  );
}
