import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './docker.js';

/*
 * What a test run leaves behind is removed when it ends: a machine that runs the suite again
 * and again (a developer's, a CI runner kept between jobs) otherwise gains some 9 GiB a run,
 * in temp files (APT caches, OCI layouts) and in the engine's image store (every image a test
 * pulled or built, tagged with a registry port that dies with the run), until a disk is full
 * and some unrelated step fails for it.
 */

const RUN_DIR_PREFIX = 'pgforge-test-run-';
const OWNER_FILE = '.owner-pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, someone else's
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Makes the run's own temp directory and points TMPDIR at it, for this process and the test
 * workers started after it (and whatever they run). Run directories of earlier runs whose
 * process is gone (killed before their teardown) are removed first.
 */
export async function useRunTempDir(
  log: (line: string) => void,
): Promise<{ dir: string; restore: () => Promise<void> }> {
  const parent = tmpdir();
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(RUN_DIR_PREFIX)) continue;
    const dir = join(parent, name);
    const owner = Number(await readFile(join(dir, OWNER_FILE), 'utf8').catch(() => ''));
    if (Number.isInteger(owner) && owner > 0 && alive(owner)) continue;
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    log(`removed ${dir}, left by a run that ended without its teardown`);
  }
  const dir = await mkdtemp(join(parent, RUN_DIR_PREFIX));
  await writeFile(join(dir, OWNER_FILE), String(process.pid));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return {
    dir,
    restore: async () => {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** This run's references (tag and digest names both: each keeps the image) and pgforge's dangling images. */
async function runImages(hosts: readonly string[]): Promise<string[]> {
  const listed = await run(
    'docker',
    ['image', 'ls', '--digests', '--format', '{{.Repository}}\t{{.Tag}}\t{{.Digest}}'],
    { allowFailure: true },
  );
  const references = new Set<string>();
  for (const line of listed.stdout.split('\n')) {
    const [repository = '', tag = '', digest = ''] = line.split('\t');
    if (!hosts.some((host) => repository.startsWith(`${host}/`))) continue;
    if (tag !== '' && tag !== '<none>') references.add(`${repository}:${tag}`);
    if (digest !== '' && digest !== '<none>') references.add(`${repository}@${digest}`);
  }
  const dangling = await run(
    'docker',
    [
      'image',
      'ls',
      '-q',
      '--no-trunc',
      '--filter',
      'dangling=true',
      '--filter',
      'label=io.pgforge.image.fingerprint',
    ],
    { allowFailure: true },
  );
  return [...references, ...new Set(dangling.stdout.split('\n').filter(Boolean))];
}

/**
 * Removes from the engine's image store the names into these registries (`host/...`, by tag
 * and by digest, never by image ID: a fixture may be another name of a base image that stays)
 * and the untagged images pgforge built (label io.pgforge.image.fingerprint), which nothing can
 * reach any more. A parent goes only after its children, so this repeats while it gets anywhere.
 * Returns how many names and images went.
 */
export async function removeRunImages(hosts: readonly string[]): Promise<number> {
  let removed = 0;
  let left = await runImages(hosts);
  for (let pass = 0; pass < 4 && left.length > 0; pass++) {
    // In batches: one command line per few dozen names.
    for (let at = 0; at < left.length; at += 50) {
      await run('docker', ['image', 'rm', ...left.slice(at, at + 50)], { allowFailure: true });
    }
    const now = await runImages(hosts);
    removed += left.length - now.length;
    if (now.length >= left.length) break;
    left = now;
  }
  return removed;
}
