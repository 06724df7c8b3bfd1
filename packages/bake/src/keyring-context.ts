import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { UserError } from '@pgforge/errors';
import { sha256Hex, type KeyringFile, type Target } from '@pgforge/targets';

/**
 * A key file (packages.keyring) the build cannot hand over as the matrix saw it: not there in
 * this checkout, or with other bytes than the ones the matrix hashed and fingerprinted. The
 * message names the path read; the context, the file as the configuration names it when that
 * is inside the checkout (a relative path), where an annotation can point.
 */
export class KeyringContextError extends UserError {
  constructor(
    readonly path: string,
    reason: string,
    named?: string,
  ) {
    super(
      `keyring ${path} (packages.keyring): ${reason}; build from the same checkout and ` +
        'configuration the matrix ran on, or run the matrix again',
      named !== undefined && !isAbsolute(named) ? { file: named } : {},
    );
    this.name = 'KeyringContextError';
  }
}

/** The key files of the targets, once each by name (every target of a run has the same). */
export function keyringFiles(targets: readonly Target[]): KeyringFile[] {
  const byName = new Map<string, KeyringFile>();
  for (const t of targets) for (const f of t.keyring ?? []) byName.set(f.name, f);
  return [...byName.values()];
}

/**
 * Writes the Dockerfile's `keyring` context: each key file under its context name, after
 * checking that its bytes are the ones the matrix hashed. The context is a directory of its
 * own, so that BuildKit's cache key follows the keys and nothing else. A relative path (one
 * inside the matrix's workspace) is taken from `workspace`: the build may run in another
 * checkout of the same commit, at another path (a self-hosted runner, a container job).
 */
export async function writeKeyringContext(
  files: readonly KeyringFile[],
  dir: string,
  workspace = '.',
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const f of files) {
    const path = resolve(workspace, f.path);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new KeyringContextError(path, `cannot be read (${(error as Error).message})`, f.path);
    }
    const actual = sha256Hex(bytes);
    if (actual !== f.sha256) {
      throw new KeyringContextError(
        path,
        `its SHA-256 is ${actual}, but the matrix resolved the targets with ${f.sha256}`,
        f.path,
      );
    }
    await writeFile(join(dir, f.name), bytes, { mode: 0o644 });
  }
}
