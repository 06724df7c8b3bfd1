/**
 * The recorded PGDG fixture (see fixtures/pgdg/README.md) as a served repository: Release
 * completed with SHA256 lists of the fixture indexes, signed as InRelease with a key generated
 * here, plus by-hash copies, as apt.postgresql.org lays them out.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createCleartextMessage, generateKey, sign } from 'openpgp';
import type { PrivateKey } from 'openpgp';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/pgdg', import.meta.url));
export const SUITE = 'trixie-pgdg';
/** The fixture Release's Date; signatures are made at this time so `now` can be chosen freely. */
export const RELEASE_DATE = new Date('2025-11-18T10:22:51Z');

export interface TestKey {
  privateKey: PrivateKey;
  /** Binary keyring (like /usr/share/keyrings/*.gpg) holding the public key. */
  binaryKeyring: string;
  /** ASCII-armored keyring (like PGDG's apt.postgresql.org.asc). */
  armoredKeyring: string;
  /** Key ID of the subkey that signs, upper-case hex. */
  signingKeyId: string;
  /** Fingerprint of the subkey that signs, upper-case hex: what a signature names its signer by. */
  signingFingerprint: string;
}

/** A key whose signing subkey signs, as Debian's and PGDG's archive keys do. */
export async function generateTestKey(
  dir: string,
  name = 'pgforge test archive',
): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKey({
    userIDs: [{ name, email: 'archive@example.invalid' }],
    subkeys: [{ sign: true }],
    date: new Date('2025-01-01T00:00:00Z'),
    format: 'object',
  });
  const slug = name.replace(/\W+/g, '-');
  const binaryKeyring = join(dir, `${slug}.gpg`);
  const armoredKeyring = join(dir, `${slug}.asc`);
  writeFileSync(binaryKeyring, publicKey.write());
  writeFileSync(armoredKeyring, publicKey.armor());
  const signingKey = await privateKey.getSigningKey(undefined, RELEASE_DATE);
  return {
    privateKey,
    binaryKeyring,
    armoredKeyring,
    signingKeyId: signingKey.getKeyID().toHex().toUpperCase(),
    signingFingerprint: signingKey.getFingerprint().toUpperCase(),
  };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function fixture(path: string): Buffer {
  return readFileSync(join(FIXTURE_DIR, path));
}

export interface FixtureRepoOptions {
  key: TestKey;
  validUntil?: Date;
  /** Changes the Release text before it is signed. */
  editRelease?: (text: string) => string;
  /** Changes the text of main/binary-arm64/Packages (listed and served as .gz) first. */
  editArm64Packages?: (text: string) => string;
  /** More index files, listed in the Release and served (by name and by-hash). */
  extraIndexes?: { path: string; bytes: Uint8Array }[];
}

/** Served files of the fixture repository, by path relative to the mirror URI. */
export async function buildFixtureRepo(
  options: FixtureRepoOptions,
): Promise<Map<string, Uint8Array>> {
  const dists = `dists/${SUITE}`;
  const amd64 = fixture(`${dists}/main/binary-amd64/Packages`);
  const amd64Xz = fixture(`${dists}/main/binary-amd64/Packages.xz`);
  const arm64Text = fixture(`${dists}/main/binary-arm64/Packages`);
  const arm64 = options.editArm64Packages
    ? Buffer.from(options.editArm64Packages(arm64Text.toString('utf8')), 'utf8')
    : arm64Text;
  const preview = fixture(`${dists}/19/binary-amd64/Packages`);
  // Listed in the Release with the bytes each has; `served` says which the mirror serves.
  const indexes: { path: string; bytes: Uint8Array; served: boolean }[] = [
    { path: 'main/binary-amd64/Packages', bytes: amd64, served: true },
    { path: 'main/binary-amd64/Packages.gz', bytes: gzipSync(amd64), served: true },
    { path: 'main/binary-amd64/Packages.xz', bytes: amd64Xz, served: true },
    { path: 'main/binary-arm64/Packages', bytes: arm64, served: false },
    { path: 'main/binary-arm64/Packages.gz', bytes: gzipSync(arm64), served: true },
    { path: '19/binary-amd64/Packages', bytes: preview, served: true },
    ...(options.extraIndexes ?? []).map((i) => ({ ...i, served: true })),
  ];
  const files = new Map<string, Uint8Array>();
  const lines: string[] = [];
  for (const index of indexes) {
    const hash = sha256(index.bytes);
    lines.push(` ${hash} ${String(index.bytes.length).padStart(8)} ${index.path}`);
    if (!index.served) continue;
    files.set(`${dists}/${index.path}`, index.bytes);
    const dir = index.path.slice(0, index.path.lastIndexOf('/'));
    files.set(`${dists}/${dir}/by-hash/SHA256/${hash}`, index.bytes);
  }
  let release = fixture('Release.head').toString('utf8');
  if (options.validUntil) {
    release += `Valid-Until: ${options.validUntil.toUTCString().replace('GMT', 'UTC')}\n`;
  }
  release += `SHA256:\n${lines.join('\n')}\n`;
  if (options.editRelease) release = options.editRelease(release);
  const inRelease = await sign({
    message: await createCleartextMessage({ text: release }),
    signingKeys: options.key.privateKey,
    date: RELEASE_DATE,
  });
  files.set(`${dists}/InRelease`, Buffer.from(inRelease, 'utf8'));
  return files;
}
