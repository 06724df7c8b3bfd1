/**
 * A digest of the running code, for the keys of cached results (extension images, predicted
 * package sets): any change to it, or to what it links (zlib writes the layers' bytes), makes
 * new keys, so a cached result is never one that today's code would compute differently. A version number would
 * not do: it does not change with every commit, and a stale hit would hand out an image that
 * a fresh build no longer gives.
 *
 * In the bundle (dist/<name>/), the digest of its JavaScript files; run from the sources
 * (tests, benches), of every package's sources and the lock file.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

async function filesUnder(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'test') {
        out.push(...(await filesUnder(path, keep)));
      }
    } else if (keep(entry.name)) {
      out.push(path);
    }
  }
  return out;
}

async function digestOf(files: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(`${file.length}:${file}`);
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/** The code's digest, from the running module's place (`from`, this module by default). */
export async function computeCodeVersion(from: string = import.meta.url): Promise<string> {
  const here = from.startsWith('file:') ? fileURLToPath(from) : from;
  let files: string[];
  if (here.endsWith('.ts')) {
    // packages/apt/src/code-version.ts: every package's sources, and what they link.
    const packages = dirname(dirname(dirname(here)));
    files = [
      ...(await filesUnder(packages, (n) => n.endsWith('.ts'))),
      join(dirname(packages), 'package-lock.json'),
    ];
  } else {
    files = await filesUnder(dirname(here), (n) => n.endsWith('.js') || n.endsWith('.cjs'));
  }
  const runtime = `node ${process.versions.node} zlib ${process.versions.zlib ?? ''}`;
  return createHash('sha256')
    .update(runtime)
    .update(await digestOf(files))
    .digest('hex');
}

let running: Promise<string> | undefined;

/** The running code's digest, computed once per process. */
export function codeVersion(): Promise<string> {
  running ??= computeCodeVersion();
  return running;
}
