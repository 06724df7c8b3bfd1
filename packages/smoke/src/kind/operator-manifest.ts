/**
 * CNPG's operator manifest, as each release publishes it (the `cnpg-<version>.yaml` asset),
 * checked against a SHA-256 pinned here before anything applies it: the manifest installs an
 * operator with cluster-wide rights, so a changed file must stop the test, not run.
 *
 * The hashes were taken from `releases/cnpg-<version>.yaml` at each release tag of
 * cloudnative-pg/cloudnative-pg, the file its release workflow uploads as the asset. A new
 * release is added here (and to the tests' table) when the project moves to it.
 */
import { createHash } from 'node:crypto';
import { UserError } from '@pgforge/errors';

export const CNPG_MANIFEST_SHA256: Readonly<Record<string, string>> = {
  '1.28.4': '8f24b9163df8ff771fc398de885e6c4052f31a1289f921f9d23024eff5e8ebbe',
  '1.29.0': '858854263f9cbb4f0cf3f393305396f123a72073d33a0710c8cc389f0b7c4a5b',
  '1.29.1': 'e0c5ff41bf5b01c0775bf225929b8423d543cd23e9742e4274fe7de8499cf93a',
  '1.29.2': '856312bb13e64c5b03861092eac9045e45f7b7d601aafe75a9016260a762ac8a',
  '1.30.0': 'f8bede43fe4ee0d478c2355b204a36876b2ae4faac60f2a9452280b293da3b88',
};

export class CnpgVersionError extends UserError {
  constructor(override readonly value: string) {
    const allowed = `one of ${Object.keys(CNPG_MANIFEST_SHA256).join(', ')}`;
    super(
      `cnpg-version ${JSON.stringify(value)} is not a CNPG release whose manifest pgforge has ` +
        `pinned; expected ${allowed}`,
      { field: 'cnpg-version', value, allowed },
    );
    this.name = 'CnpgVersionError';
  }
}

const assetUrl = (version: string): string =>
  `https://github.com/cloudnative-pg/cloudnative-pg/releases/download/v${version}/cnpg-${version}.yaml`;

/** The release asset of `version`; a version without a pinned hash is a CnpgVersionError. */
export function cnpgManifestUrl(version: string): string {
  if (CNPG_MANIFEST_SHA256[version] === undefined) throw new CnpgVersionError(version);
  return assetUrl(version);
}

export class CnpgManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CnpgManifestError';
  }
}

/** The manifest's text, downloaded and checked against its pinned SHA-256. */
export async function downloadCnpgManifest(
  version: string,
  fetchImpl: typeof globalThis.fetch = globalThis.fetch,
  pinned: Readonly<Record<string, string>> = CNPG_MANIFEST_SHA256,
): Promise<{ url: string; text: string }> {
  const expected = pinned[version];
  if (expected === undefined) throw new CnpgVersionError(version);
  const url = assetUrl(version);
  let bytes: Buffer;
  try {
    const response = await fetchImpl(url, { redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw new CnpgManifestError(`cannot download ${url}: ${(error as Error).message}`);
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) {
    throw new CnpgManifestError(
      `${url} has SHA-256 ${actual}, not the ${expected} pinned for CNPG ${version}; ` +
        'nothing was applied',
    );
  }
  return { url, text: bytes.toString('utf8') };
}
