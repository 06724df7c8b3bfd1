// The test APT archive (tools/testkit/src/support/apt-archive.ts) is a real archive: the
// project's AptClient verifies and reads it with the generated keyring, and so does apt itself,
// in a throw-away apt root, which would refuse a fake made to please the client.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AptClient, SignatureError } from '@pgforge/apt';
import type { AptRepository } from '@pgforge/apt';
import {
  generateArchiveKey,
  pgdgSuite,
  startAptArchive,
  startPgdgArchive,
  type AptArchive,
  aptRoot,
  candidate,
} from '@pgforge/testkit';

describe('test APT archive, PGDG-shaped (trixie-pgdg, amd64 + arm64)', () => {
  let archive: AptArchive;
  let otherKeyDir: string;
  let repo: AptRepository;

  beforeAll(async () => {
    otherKeyDir = await mkdtemp(join(tmpdir(), 'pgforge-other-key-'));
    archive = await startPgdgArchive([
      pgdgSuite({
        distribution: 'trixie',
        architectures: ['amd64', 'arm64'],
        majors: { 17: '17.6-1', 18: '18.0-1' },
        jitFrom: 18,
        extensions: [
          { name: 'pgvector', source: 'pgvector', version: '0.8.1-1' },
          { name: 'pgaudit', source: 'pgaudit-{major}', version: { 17: '17.1-1', 18: '18.0-1' } },
          {
            name: 'postgis-3-scripts',
            source: 'postgis',
            version: '3.6.0+dfsg-1',
            architecture: 'all',
          },
        ],
      }),
    ]);
    repo = { mirror: archive.url, suite: 'trixie-pgdg', keyrings: [archive.keyring] };
  });

  afterAll(async () => {
    await archive?.stop();
    await rm(otherKeyDir, { recursive: true, force: true });
  });

  it('AptClient verifies the InRelease with the generated keyring and reads the Release', async () => {
    const release = await new AptClient().release(repo);
    expect(release.suite).toBe('trixie-pgdg');
    expect(release.codename).toBe('trixie-pgdg');
    expect(release.raw.get('Origin')?.trim()).toBe('apt.postgresql.org');
    expect(release.architectures).toEqual(['amd64', 'arm64']);
    expect(release.components).toEqual(['main']);
    expect([...release.sha256.keys()]).toEqual(
      expect.arrayContaining([
        'main/binary-amd64/Packages.xz',
        'main/binary-amd64/Packages.gz',
        'main/binary-amd64/Packages',
        'main/binary-arm64/Packages.xz',
      ]),
    );
  });

  it('AptClient reads the xz index: versions, sources and architecture-all stanzas', async () => {
    const index = await new AptClient().packages(repo, 'main', 'arm64');
    expect(index.newest('postgresql-17')).toMatchObject({
      version: '17.6-1.pgdg13+1',
      architecture: 'arm64',
      source: 'postgresql-17',
      filename: 'pool/main/p/postgresql-17/postgresql-17_17.6-1.pgdg13+1_arm64.deb',
    });
    expect(index.newest('postgresql-18-jit')?.version).toBe('18.0-1.pgdg13+1');
    expect(index.newest('postgresql-17-jit')).toBeUndefined();
    expect(index.newest('postgresql-18-pgaudit')?.source).toBe('pgaudit-18');
    expect(index.newest('postgresql-17-postgis-3-scripts')?.architecture).toBe('all');
    expect(index.newest('libpq5')?.source).toBe('postgresql-18');
    const xz = archive.requests.filter((path) => path.includes('binary-arm64/by-hash/SHA256/'));
    expect(xz.length, `requests: ${archive.requests.join(', ')}`).toBeGreaterThan(0);
  });

  it('AptClient refuses the InRelease against another key (SignatureError)', async () => {
    const other = await generateArchiveKey(otherKeyDir, 'another archive');
    const error = await new AptClient()
      .release({ ...repo, keyrings: [other.keyring] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignatureError);
    expect((error as Error).message).toContain('which none of the keyrings hold');
  });

  it('real apt verifies it (signed-by the .asc) and apt-cache policy shows the candidates', async () => {
    for (const arch of ['amd64', 'arm64']) {
      const apt = await aptRoot(
        `deb [signed-by=${archive.keyring}] ${archive.url} trixie-pgdg main`,
        arch,
      );
      try {
        const update = await apt.run('apt-get', ['-q', 'update']);
        expect(update.code, update.stderr).toBe(0);
        expect(update.stderr).not.toMatch(/^(W|E):/m);
        const policy = await apt.run('apt-cache', ['policy', 'postgresql-17', 'postgresql-18-jit']);
        const [pg17, jit] = policy.stdout.split(/^(?=\S)/m);
        expect(candidate(pg17 ?? '')).toBe('17.6-1.pgdg13+1');
        expect(candidate(jit ?? '')).toBe('18.0-1.pgdg13+1');
        const show = await apt.run('apt-cache', ['show', 'postgresql-17-pgvector']);
        expect(show.stdout).toContain(`Architecture: ${arch}`);
        expect(show.stdout).toContain('Source: pgvector');
        const scripts = await apt.run('apt-cache', ['policy', 'postgresql-18-postgis-3-scripts']);
        expect(candidate(scripts.stdout)).toBe('3.6.0+dfsg-1.pgdg13+1');
      } finally {
        await apt.dispose();
      }
    }
  });

  it('real apt refuses it against another key', async () => {
    const other = await generateArchiveKey(otherKeyDir, 'yet another archive');
    const apt = await aptRoot(
      `deb [signed-by=${other.keyring}] ${archive.url} trixie-pgdg main`,
      'amd64',
    );
    try {
      const update = await apt.run('apt-get', ['-q', 'update']);
      expect(update.code).not.toBe(0);
      expect(update.stderr).toMatch(/NO_PUBKEY|not signed|signature/i);
      const policy = await apt.run('apt-cache', ['policy', 'postgresql-17']);
      expect(candidate(policy.stdout) ?? '(none)').toBe('(none)');
    } finally {
      await apt.dispose();
    }
  });
});

describe('test APT archive, Debian-shaped, two archives signed by one key', () => {
  it('gz and plain indexes only; both archives verify with the shared key, in AptClient and apt', async () => {
    const keyDir = await mkdtemp(join(tmpdir(), 'pgforge-shared-key-'));
    const key = await generateArchiveKey(keyDir);
    const suite = (name: string, version: string) => ({
      suite: name,
      suiteField: name === 'trixie' ? 'stable' : 'oldstable',
      codename: name,
      components: {
        main: {
          amd64: [
            { package: 'locales-all', source: 'glibc', version, section: 'localization' },
            {
              package: 'libldap-common',
              source: 'openldap',
              version: '2.6.10+dfsg-1',
              architecture: 'all',
            },
          ],
        },
      },
    });
    const debian = await startAptArchive({
      origin: 'Debian',
      label: 'Debian',
      key,
      compressions: ['gz', 'none'],
      acquireByHash: false,
      prefix: '/debian',
      suites: [suite('trixie', '2.41-12'), suite('bookworm', '2.36-9+deb12u10')],
    });
    try {
      expect(debian.keyring).toBe(key.keyring);
      expect(debian.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/debian$/);
      const client = new AptClient();
      const bookworm = await client.packages(
        { mirror: debian.url, suite: 'bookworm', keyrings: [key.keyring] },
        'main',
        'amd64',
      );
      expect(bookworm.newest('locales-all')?.version).toBe('2.36-9+deb12u10');
      expect(debian.requests).toContain('dists/bookworm/main/binary-amd64/Packages.gz');
      expect(debian.requests.some((p) => p.includes('by-hash'))).toBe(false);

      const apt = await aptRoot(
        `deb [signed-by=${key.keyring}] ${debian.url} trixie main`,
        'amd64',
      );
      try {
        const update = await apt.run('apt-get', ['-q', 'update']);
        expect(update.code, update.stderr).toBe(0);
        const policy = await apt.run('apt-cache', ['policy', 'locales-all']);
        expect(candidate(policy.stdout)).toBe('2.41-12');
        // Without arguments, apt-cache policy lists the sources with their Release fields.
        const sources = await apt.run('apt-cache', ['policy']);
        expect(sources.stdout).toContain('o=Debian,a=stable,n=trixie,l=Debian,c=main,b=amd64');
      } finally {
        await apt.dispose();
      }
    } finally {
      await debian.stop();
      await rm(keyDir, { recursive: true, force: true });
    }
  });
});
