/** InRelease files verified once per day per bytes and keyrings (verified-releases.ts). */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyringError } from '../src/errors.js';
import { VerifiedReleases, type Verified } from '../src/verified-releases.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function setup(): Promise<{ cacheDir: string; keyring: string }> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'pgforge-verified-'));
  dirs.push(cacheDir);
  const keyring = join(cacheDir, 'key.gpg');
  await writeFile(keyring, 'key one');
  return { cacheDir, keyring };
}

const sha = async (path: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

/**
 * A verifier that counts its calls and answers its text, with the digests of the keyring files
 * as they are when it runs (as the client's verification reports the keys it used).
 */
function verifier(keyrings: string[], text = 'Suite: sid\n') {
  const calls = { n: 0 };
  return {
    calls,
    verify: async (): Promise<Verified> => {
      calls.n++;
      return { text, keyrings: await Promise.all(keyrings.map(sha)) };
    },
  };
}

const NOW = new Date('2026-12-06T12:00:00Z');
const hours = (h: number): Date => new Date(NOW.getTime() + h * 3_600_000);

/** One run: the keyrings' digests read first, as the client reads them beside its request. */
async function textOf(
  cacheDir: string | undefined,
  armored: string,
  keyrings: string[],
  now: Date,
  verify: () => Promise<Verified>,
): Promise<string> {
  const releases = new VerifiedReleases(cacheDir);
  return releases.text(armored, await releases.keyringDigests(keyrings), now, verify);
}

describe('VerifiedReleases', () => {
  it('verifies once, then answers the same bytes and keyrings from the record, in another client too', async () => {
    const { cacheDir, keyring } = await setup();
    const v = verifier([keyring]);
    expect(await textOf(cacheDir, 'signed A', [keyring], NOW, v.verify)).toBe('Suite: sid\n');
    expect(await textOf(cacheDir, 'signed A', [keyring], hours(23), v.verify)).toBe('Suite: sid\n');
    expect(v.calls.n).toBe(1);
  });

  it('verifies other bytes, other keyring contents, and after a day', async () => {
    const { cacheDir, keyring } = await setup();
    const v = verifier([keyring]);
    await textOf(cacheDir, 'signed A', [keyring], NOW, v.verify);
    await textOf(cacheDir, 'signed B', [keyring], NOW, v.verify);
    expect(v.calls.n).toBe(2);
    await writeFile(keyring, 'key two');
    await textOf(cacheDir, 'signed A', [keyring], NOW, v.verify);
    expect(v.calls.n).toBe(3);
    await textOf(cacheDir, 'signed A', [keyring], hours(25), v.verify);
    expect(v.calls.n).toBe(4);
    // A clock that went back does not reuse a record from its future.
    await textOf(cacheDir, 'signed A', [keyring], hours(-1), v.verify);
    expect(v.calls.n).toBe(5);
  });

  it('records nothing when the keys that verified are not the keyrings it would be kept under', async () => {
    const { cacheDir, keyring } = await setup();
    const releases = new VerifiedReleases(cacheDir);
    const digests = await releases.keyringDigests([keyring]);
    // The file changes between the digests and the verification (which read the new keys).
    await writeFile(keyring, 'key two');
    const v = verifier([keyring]);
    await releases.text('signed A', digests, NOW, v.verify);
    await releases.text('signed A', digests, NOW, v.verify);
    expect(v.calls.n).toBe(2);
  });

  it('never records what failed to verify', async () => {
    const { cacheDir, keyring } = await setup();
    const failing = async (): Promise<Verified> => {
      throw new Error('bad signature');
    };
    await expect(textOf(cacheDir, 'signed A', [keyring], NOW, failing)).rejects.toThrow(
      'bad signature',
    );
    await expect(textOf(cacheDir, 'signed A', [keyring], NOW, failing)).rejects.toThrow(
      'bad signature',
    );
  });

  it('does not trust a record edited on disk: it verifies again', async () => {
    const { cacheDir, keyring } = await setup();
    const v = verifier([keyring]);
    await textOf(cacheDir, 'signed A', [keyring], NOW, v.verify);
    const dir = join(cacheDir, 'verified');
    const [file] = await readdir(dir);
    const path = join(dir, file as string);
    await writeFile(path, (await readFile(path, 'utf8')).replace('Suite: sid', 'Suite: evil'));
    expect(await textOf(cacheDir, 'signed A', [keyring], NOW, v.verify)).toBe('Suite: sid\n');
    expect(v.calls.n).toBe(2);
  });

  it('answers when its record cannot be written: the record is only a speed-up', async () => {
    const { cacheDir, keyring } = await setup();
    await writeFile(join(cacheDir, 'verified'), 'a file where the directory would be');
    const v = verifier([keyring]);
    expect(await textOf(cacheDir, 'signed A', [keyring], NOW, v.verify)).toBe('Suite: sid\n');
  });

  it('names a keyring it cannot read', async () => {
    const { cacheDir } = await setup();
    await expect(
      new VerifiedReleases(cacheDir).keyringDigests([join(cacheDir, 'missing.gpg')]),
    ).rejects.toThrow(KeyringError);
  });

  it('without a cache directory, verifies every time', async () => {
    const v = verifier([]);
    await textOf(undefined, 'signed A', [], NOW, v.verify);
    await textOf(undefined, 'signed A', [], NOW, v.verify);
    expect(v.calls.n).toBe(2);
  });
});
