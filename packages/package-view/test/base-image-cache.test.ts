import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseRecordPath, readBaseRecord, writeBaseRecord } from '../src/base-image-cache.js';
import type { BaseImageFiles } from '../src/base-image.js';

let work: string;
let previousState: string | undefined;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pgforge-base-cache-'));
  previousState = process.env.XDG_STATE_HOME;
  process.env.XDG_STATE_HOME = join(work, 'state');
});
afterAll(() => {
  if (previousState === undefined) delete process.env.XDG_STATE_HOME;
  else process.env.XDG_STATE_HOME = previousState;
  rmSync(work, { recursive: true, force: true });
});

const KEYRING = new Uint8Array([0x99, 0x01, 0x0d, 0x04, 0x00]);
const READ: BaseImageFiles = {
  origin: 'debian:sid-slim (local image sha256:abc, linux/amd64)',
  store: 'local',
  digest: 'sha256:abc',
  aptSources: [
    { path: 'etc/apt/sources.list', text: 'deb http://mirror.invalid/debian sid main\n' },
  ],
  keyrings: { 'usr/share/keyrings/debian-archive-keyring.gpg': KEYRING },
  dpkgStatus: 'Package: libc6\nStatus: install ok installed\nVersion: 2.41-12\n',
  osRelease: 'ID=debian\n',
};

describe('what was read of a base image, kept between runs', () => {
  it('reads back as written, under the origin this run gives', async () => {
    const key = 'local-sha256:abc-linux/amd64';
    await writeBaseRecord(work, key, READ);
    const back = await readBaseRecord(work, key, 'this run');
    expect(back).toEqual({ ...READ, origin: 'this run' });
    expect(await readBaseRecord(work, 'local-sha256:abc-linux/arm64', 'x')).toBeUndefined();
  });

  it('is refused once edited (a keyring planted in the cache is never trusted)', async () => {
    const key = 'local-sha256:def-linux/amd64';
    await writeBaseRecord(work, key, READ);
    const path = baseRecordPath(work, key);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(Buffer.from(KEYRING).toString('base64'), 'AAAA'));
    expect(await readBaseRecord(work, key, 'x')).toBeUndefined();
  });
});
