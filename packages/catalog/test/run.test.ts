import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogRegistry } from '../src/write-catalogs.js';
import { CatalogError } from '../src/errors.js';
import { catalogCommand } from '../src/run.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgforge-catalog-run-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Nothing reaches the registry: the key is checked before the first call.
const unreachable = new Proxy({} as CatalogRegistry, {
  get: () => () => Promise.reject(new Error('the registry was asked')),
});

describe('catalogCommand', () => {
  it('refuses a signing key that is neither a file nor PEM text, without repeating it', async () => {
    const configFile = join(dir, 'images.yaml');
    await writeFile(configFile, 'registry: ghcr.io/example\n');
    const secret = 'eyJrZGYiOnsibmFtZSI6InNjcnlwdCJ9fQ==';
    const run = catalogCommand({
      configFile,
      overrides: {},
      kind: 'ClusterImageCatalog',
      previews: false,
      outputDir: join(dir, 'out'),
      registry: unreachable,
      cosignKey: secret,
      workDir: join(dir, 'work'),
      env: {},
    });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as Error).message).toBe(
      'cosign-key: "(not shown: it may be a secret)" is not allowed; expected an existing file, or the PEM text of a cosign private key',
    );
    expect((error as Error).message).not.toContain(secret);
  });
});
