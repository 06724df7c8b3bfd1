/**
 * Modules from real pgvector packages of both architectures: the arm64 one must read as
 * aarch64 on this amd64 machine, and agree with readelf (which reads any machine's files).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { AptClient, readDeb } from '@pgforge/apt';
import { readElf } from '../src/index.js';
import { readelfInfo } from './helpers/readelf.js';

const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const repo = {
  mirror: inject('mirror'),
  suite: 'sid',
  keyrings: [KEYRING],
  allowExpiredRelease: true,
};

describe('ELF modules from real .deb files', () => {
  for (const [architecture, machine] of [
    ['arm64', 'aarch64'],
    ['amd64', 'x86_64'],
  ] as const) {
    it(`postgresql-18-pgvector ${architecture}: vector.so is ${machine}, as readelf says`, async () => {
      const client = new AptClient();
      const pkg = (await client.packages(repo, 'main', architecture)).newest(
        'postgresql-18-pgvector',
      );
      expect(pkg).toBeDefined();
      const deb = await readDeb(await client.fetchDeb(repo, pkg!), { source: pkg!.filename });
      const module = deb.entries.find((e) => e.path === 'usr/lib/postgresql/18/lib/vector.so');
      expect(module?.data, 'vector.so in the package').toBeDefined();

      const info = readElf(module!.data!, { source: `${pkg!.filename}:vector.so` });
      expect(info).toMatchObject({ class: 64, endianness: 'little', machine, type: 'shared' });
      expect(info.needed).toContain('libc.so.6');

      const dir = await mkdtemp(join(tmpdir(), 'pgforge-elf-it-'));
      try {
        await writeFile(join(dir, 'vector.so'), module!.data!);
        expect(info).toEqual(await readelfInfo(join(dir, 'vector.so')));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});
