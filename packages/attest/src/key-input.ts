/**
 * A cosign key given as one string (a flag, an action input, a setting) is either the key itself,
 * pasted from a secret or a variable, or the path of a file that holds it. Every place that takes
 * such a string decides here, by the same rule; cosign reads keys from files only, so PEM text is
 * written to one here too.
 */
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A private or public key: a file, or its PEM text. */
export type CosignKey = { path: string } | { pem: string };

/** PEM armour (`-----BEGIN … KEY-----`): the key's own text, never a file name. */
export function isPemText(value: string): boolean {
  return value.includes('-----BEGIN');
}

/**
 * The key a string gives: its PEM text, or an existing file's path. Undefined when it is neither:
 * the caller says so in its own terms (a flag, an input), and must not repeat a value that is not
 * PEM, since a key pasted without its armour is still a secret.
 */
export function cosignKeyOf(value: string): CosignKey | undefined {
  if (isPemText(value)) return { pem: value };
  if (existsSync(value) && statSync(value).isFile()) return { path: value };
  return undefined;
}

/**
 * A file holding the key: the one given, or the PEM text written as `name` into a new directory
 * of `workDir`. The caller removes that directory (the file's) when done with a written key.
 */
export async function keyFile(key: CosignKey, workDir: string, name: string): Promise<string> {
  if ('path' in key) return key.path;
  // A directory of this run's own (0700), and a file that did not exist: a fixed path could be
  // another run's, or planted by another user.
  await mkdir(workDir, { recursive: true, mode: 0o700 });
  const file = join(await mkdtemp(join(workDir, 'key-')), name);
  await writeFile(file, key.pem.endsWith('\n') ? key.pem : `${key.pem}\n`, {
    mode: 0o600,
    flag: 'wx',
  });
  await chmod(file, 0o600);
  return file;
}
