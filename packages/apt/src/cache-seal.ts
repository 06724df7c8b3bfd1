/**
 * The seal on what this machine parsed: an HMAC-SHA256, under a key that lives outside the
 * cache directory, over each parsed index's table (whose block hashes cover the body).
 *
 * A downloaded index is trusted through its SHA256 in the signed Release, wherever the file
 * came from. A parsed one cannot be checked that way without parsing again, so it is trusted
 * only when this machine wrote it, after the download matched its Release: one restored from a
 * shared CI cache (written on another machine, perhaps by a pull request) fails the seal and is
 * rebuilt from the verified download. Without a writable state directory the key lives for
 * this process only, and parsed indexes are then simply not reused.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

const KEY_BYTES = 32;

/** `$XDG_STATE_HOME/pgforge/cache-seal.key`, else under `~/.local/state`. */
export function sealKeyPath(env: NodeJS.ProcessEnv = process.env): string {
  const state = env.XDG_STATE_HOME?.trim() || join(homedir(), '.local', 'state');
  return join(state, 'pgforge', 'cache-seal.key');
}

async function loadKey(path: string): Promise<Buffer> {
  const existing = await readFile(path).catch(() => undefined);
  if (existing?.length === KEY_BYTES) return existing;
  const key = randomBytes(KEY_BYTES);
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFile(tmp, key, { mode: 0o600 });
    await chmod(tmp, 0o600);
    await rename(tmp, path);
  } catch {
    await rm(tmp, { force: true }).catch(() => undefined);
    return key;
  }
  // Another process may have renamed its key into place after ours: use whichever is there.
  const written = await readFile(path).catch(() => undefined);
  return written?.length === KEY_BYTES ? written : key;
}

let shared: Promise<Buffer> | undefined;

/** The machine's sealing key, loaded (or made) once per process. */
function sealKey(): Promise<Buffer> {
  shared ??= loadKey(sealKeyPath());
  return shared;
}

/** The seal of `parts` (hex), under this machine's key. */
export async function seal(...parts: (string | Uint8Array)[]): Promise<string> {
  const mac = createHmac('sha256', await sealKey());
  for (const part of parts) {
    // Length-prefixed, so that two different splits of the same bytes never seal alike.
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    const length = Buffer.alloc(8);
    length.writeBigUInt64BE(BigInt(bytes.length));
    mac.update(length).update(bytes);
  }
  return mac.digest('hex');
}
