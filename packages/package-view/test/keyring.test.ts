import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { generateKey } from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@pgforge/config';
import { pgdgImageKeyring } from '@pgforge/package-view';

let dir: string;
let armored: string;
let binary: string;
const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgforge-keyring-'));
  const { publicKey } = await generateKey({
    type: 'ecc',
    userIDs: [{ name: 'mirror', email: 'mirror@example.invalid' }],
    format: 'object',
  });
  armored = join(dir, 'mirror.asc');
  binary = join(dir, 'mirror.key');
  await writeFile(armored, publicKey.armor());
  await writeFile(binary, publicKey.write());
  await writeFile(join(dir, 'notes.txt'), 'not a key\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const config = (packages: string) => parseConfig(`packages: ${packages}`, 'images.yaml');

describe('pgdgImageKeyring', () => {
  it("is undefined where the image keeps PGDG's own key, or PGDG is not the source", async () => {
    expect(await pgdgImageKeyring(config('{ source: pgdg }'))).toBeUndefined();
    expect(
      await pgdgImageKeyring(
        config(`{ source: distribution, mirror: "http://m.invalid/d", keyring: ["${armored}"] }`),
      ),
    ).toBeUndefined();
  });

  it('names each file by position and kind (told by content, not name), with its hash', async () => {
    const files = await pgdgImageKeyring(
      config(`{ source: pgdg, keyring: ["${armored}", "${binary}"] }`),
    );
    const { readFile } = await import('node:fs/promises');
    expect(files).toEqual([
      { path: armored, name: 'pgforge-pgdg-0.asc', sha256: sha256(await readFile(armored)) },
      { path: binary, name: 'pgforge-pgdg-1.gpg', sha256: sha256(await readFile(binary)) },
    ]);
  });

  it('a file that is not a key, or is not there: a problem per file, naming field and file', async () => {
    const notes = join(dir, 'notes.txt');
    const missing = join(dir, 'missing.asc');
    const error = await pgdgImageKeyring(
      config(
        `{ source: pgdg, mirror: "http://pgdg.invalid/apt", keyring: ["${armored}", "${notes}", "${missing}"] }`,
      ),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => [p.field, p.value])).toEqual([
      ['packages.keyring[1]', notes],
      ['packages.keyring[2]', missing],
    ]);
    expect(problems[0]?.message).toContain(
      `keyring ${notes}: holds no readable OpenPGP public key`,
    );
    expect(problems[0]?.message).toContain('that sign http://pgdg.invalid/apt');
    expect(problems[1]?.message).toContain(`keyring ${missing}: cannot be read`);
  });
});
