import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex, type KeyringFile, type Target } from '@pgforge/targets';

/** A key file whose bytes are no longer those the matrix read and fingerprinted. */
export class KeyringChangedError extends Error {
  constructor(
    readonly file: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(
      `keyring ${file}: its SHA-256 is ${actual}, but the matrix resolved the targets with ${expected}; ` +
        'build from the same checkout (and configuration) the matrix ran on, or run the matrix again',
    );
    this.name = 'KeyringChangedError';
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
 * own, so that BuildKit's cache key follows the keys and nothing else.
 */
export async function writeKeyringContext(
  files: readonly KeyringFile[],
  dir: string,
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(f.path);
    } catch (error) {
      throw new Error(`keyring ${f.path}: cannot be read (${(error as Error).message})`);
    }
    const actual = sha256Hex(bytes);
    if (actual !== f.sha256) throw new KeyringChangedError(f.path, f.sha256, actual);
    await writeFile(join(dir, f.name), bytes, { mode: 0o644 });
  }
}
