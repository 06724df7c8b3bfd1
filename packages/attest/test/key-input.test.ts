import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cosignKeyOf, isPemText, keyFile } from '../src/index.js';

const PEM =
  '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\neyJrZGYiOnt9fQ==\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pgforge-key-input-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cosignKeyOf', () => {
  it('takes PEM text as the key itself, even when a file of that name could exist', () => {
    expect(cosignKeyOf(PEM)).toEqual({ pem: PEM });
    expect(isPemText(PEM)).toBe(true);
    expect(cosignKeyOf('-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----')).toEqual({
      pem: '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----',
    });
  });

  it("takes anything else as a file's path when that file exists", async () => {
    const file = join(dir, 'cosign.key');
    await writeFile(file, PEM);
    expect(cosignKeyOf(file)).toEqual({ path: file });
    expect(isPemText(file)).toBe(false);
  });

  it('gives nothing for a missing file, a directory, or a key pasted without its armour', async () => {
    await mkdir(join(dir, 'a-directory'));
    expect(cosignKeyOf(join(dir, 'absent.key'))).toBeUndefined();
    expect(cosignKeyOf(join(dir, 'a-directory'))).toBeUndefined();
    expect(cosignKeyOf('eyJrZGYiOnt9fQ==')).toBeUndefined();
  });
});

describe('keyFile', () => {
  it('hands a file back as it is', async () => {
    expect(await keyFile({ path: '/keys/cosign.pub' }, dir, 'cosign.pub')).toBe('/keys/cosign.pub');
  });

  it('writes PEM text to a file only its owner reads, in a directory of its own each time', async () => {
    const workDir = join(dir, 'work');
    const a = await keyFile({ pem: PEM }, workDir, 'cosign.key');
    const b = await keyFile({ pem: `${PEM}\n` }, workDir, 'cosign.key');
    expect(dirname(a)).not.toBe(dirname(b));
    expect(dirname(dirname(a))).toBe(workDir);
    expect(await readFile(a, 'utf8')).toBe(`${PEM}\n`);
    expect(await readFile(b, 'utf8')).toBe(`${PEM}\n`);
    expect((await stat(a)).mode & 0o777).toBe(0o600);
    expect((await stat(workDir)).mode & 0o777).toBe(0o700);
  });
});
