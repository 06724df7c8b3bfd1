/**
 * A small signed repository for one suite, built from whatever index files a test needs
 * (Packages, Contents-*) and pool files (.deb): the Release lists the SHA256 of each index and
 * is cleartext-signed with a test key, as apt and the client expect.
 */
import { createHash } from 'node:crypto';
import { createCleartextMessage, sign } from 'openpgp';
import { RELEASE_DATE } from './pgdg-fixture.js';
import type { TestKey } from './pgdg-fixture.js';

export interface SignedRepoOptions {
  key: TestKey;
  suite: string;
  /** Index files by path relative to `dists/<suite>/` (e.g. `main/Contents-amd64.gz`). */
  indexes: Record<string, Uint8Array>;
  /** Other files by path relative to the mirror (e.g. `pool/main/p/pkg/pkg_1_amd64.deb`). */
  pool?: Record<string, Uint8Array>;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export async function buildSignedRepo(
  options: SignedRepoOptions,
): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const lines: string[] = [];
  for (const [path, bytes] of Object.entries(options.indexes)) {
    lines.push(` ${sha256(bytes)} ${String(bytes.length).padStart(8)} ${path}`);
    files.set(`dists/${options.suite}/${path}`, bytes);
  }
  for (const [path, bytes] of Object.entries(options.pool ?? {})) files.set(path, bytes);
  // An archive with a binary-all index says it supports `all`, so that apt reads it.
  const all = Object.keys(options.indexes).some((p) => p.includes('/binary-all/'));
  const release =
    `Origin: pgforge test\nSuite: ${options.suite}\nCodename: ${options.suite}\n` +
    `Date: ${RELEASE_DATE.toUTCString().replace('GMT', 'UTC')}\n` +
    `Architectures: amd64 arm64${all ? ' all' : ''}\nComponents: main\nSHA256:\n${lines.join('\n')}\n`;
  const inRelease = await sign({
    message: await createCleartextMessage({ text: release }),
    signingKeys: options.key.privateKey,
    date: RELEASE_DATE,
  });
  files.set(`dists/${options.suite}/InRelease`, Buffer.from(inRelease, 'utf8'));
  return files;
}

/** A Packages stanza for a .deb's bytes at `filename`. */
export function debStanza(
  fields: { package: string; version: string; architecture: string },
  filename: string,
  bytes: Uint8Array,
): string {
  return (
    `Package: ${fields.package}\nVersion: ${fields.version}\n` +
    `Architecture: ${fields.architecture}\nFilename: ${filename}\n` +
    `Size: ${bytes.length}\nSHA256: ${sha256(bytes)}\n`
  );
}
