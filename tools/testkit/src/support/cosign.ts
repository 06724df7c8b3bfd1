/**
 * cosign as the attest, promote, catalog and release tests (and the release bench) use it: a key
 * pair made by cosign itself, and cosign run as a verifier would run it.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run, which } from '../setup/docker.js';
import type { RunResult } from '../setup/docker.js';

export async function requireCosign(): Promise<string> {
  const cosign = await which('cosign');
  if (!cosign) {
    throw new Error(
      'cosign is not on PATH: run `bash scripts/test-env.sh` (installs it from Debian trixie) or install cosign 2.x',
    );
  }
  return cosign;
}

export interface KeyPair {
  dir: string;
  key: string;
  pub: string;
  /** The private key's PEM text, as a secret would hold it. */
  pem: string;
  password: string;
}

/** `cosign generate-key-pair` in `dir`, the password given as COSIGN_PASSWORD. */
export async function generateKeyPair(dir: string, password: string): Promise<KeyPair> {
  await mkdir(dir, { recursive: true });
  await run('cosign', ['generate-key-pair'], {
    cwd: dir,
    env: { ...process.env, COSIGN_PASSWORD: password },
    timeoutMs: 60_000,
  });
  const key = join(dir, 'cosign.key');
  return { dir, key, pub: join(dir, 'cosign.pub'), pem: await readFile(key, 'utf8'), password };
}

/** cosign as a verifier runs it: no password, no Docker credentials, failure allowed. */
export function cosign(args: string[], cwd?: string): Promise<RunResult> {
  const env = { ...process.env };
  delete env.COSIGN_PASSWORD;
  return run('cosign', args, { cwd, env, allowFailure: true, timeoutMs: 120_000 });
}

/** The statements of `cosign verify-attestation`'s stdout: one DSSE envelope per line. */
export function verifiedStatements(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as { payload: string })
    .map(
      (e) =>
        JSON.parse(Buffer.from(e.payload, 'base64').toString('utf8')) as Record<string, unknown>,
    );
}
