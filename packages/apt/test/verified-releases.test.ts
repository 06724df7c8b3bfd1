/** InRelease files verified once per day per bytes and keyrings (verified-releases.ts). */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyringError } from '../src/errors.js';
import { VerifiedReleases } from '../src/verified-releases.js';

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

/** A verifier that counts its calls and answers the text it was made with. */
function verifier(text = 'Suite: sid\n') {
  const calls = { n: 0 };
  return {
    calls,
    verify: async (): Promise<string> => {
      calls.n++;
      return text;
    },
  };
}

const NOW = new Date('2026-12-06T12:00:00Z');
const hours = (h: number): Date => new Date(NOW.getTime() + h * 3_600_000);

describe('VerifiedReleases', () => {
  it('verifies once, then answers the same bytes and keyrings from the record, in another client too', async () => {
    const { cacheDir, keyring } = await setup();
    const v = verifier();
    expect(await new VerifiedReleases(cacheDir).text('signed A', [keyring], NOW, v.verify)).toBe(
      'Suite: sid\n',
    );
    expect(
      await new VerifiedReleases(cacheDir).text('signed A', [keyring], hours(23), v.verify),
    ).toBe('Suite: sid\n');
    expect(v.calls.n).toBe(1);
  });

  it('verifies other bytes, other keyring contents, and after a day', async () => {
    const { cacheDir, keyring } = await setup();
    const v = verifier();
    const releases = new VerifiedReleases(cacheDir);
    await releases.text('signed A', [keyring], NOW, v.verify);
    await releases.text('signed B', [keyring], NOW, v.verify);
    expect(v.calls.n).toBe(2);
    await writeFile(keyring, 'key two');
    await releases.text('signed A', [keyring], NOW, v.verify);
    expect(v.calls.n).toBe(3);
    await releases.text('signed A', [keyring], hours(25), v.verify);
    expect(v.calls.n).toBe(4);
    // A clock that went back does not reuse a record from its future.
    await releases.text('signed A', [keyring], hours(-1), v.verify);
    expect(v.calls.n).toBe(5);
  });

  it('never records what failed to verify', async () => {
    const { cacheDir, keyring } = await setup();
    const releases = new VerifiedReleases(cacheDir);
    const failing = async (): Promise<string> => {
      throw new Error('bad signature');
    };
    await expect(releases.text('signed A', [keyring], NOW, failing)).rejects.toThrow(
      'bad signature',
    );
    await expect(releases.text('signed A', [keyring], NOW, failing)).rejects.toThrow(
      'bad signature',
    );
  });

  it('does not trust a record edited on disk: it verifies again', async () => {
    const { cacheDir, keyring } = await setup();
    const v = verifier('Suite: sid\n');
    await new VerifiedReleases(cacheDir).text('signed A', [keyring], NOW, v.verify);
    const dir = join(cacheDir, 'verified');
    const [file] = await readdir(dir);
    const path = join(dir, file as string);
    await writeFile(path, (await readFile(path, 'utf8')).replace('Suite: sid', 'Suite: evil'));
    expect(await new VerifiedReleases(cacheDir).text('signed A', [keyring], NOW, v.verify)).toBe(
      'Suite: sid\n',
    );
    expect(v.calls.n).toBe(2);
  });

  it('names a keyring it cannot read', async () => {
    const { cacheDir } = await setup();
    await expect(
      new VerifiedReleases(cacheDir).text(
        'x',
        [join(cacheDir, 'missing.gpg')],
        NOW,
        verifier().verify,
      ),
    ).rejects.toThrow(KeyringError);
  });

  it('without a cache directory, verifies every time', async () => {
    const v = verifier();
    const releases = new VerifiedReleases(undefined);
    await releases.text('signed A', [], NOW, v.verify);
    await releases.text('signed A', [], NOW, v.verify);
    expect(v.calls.n).toBe(2);
  });
});
