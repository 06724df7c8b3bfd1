// A security update, end to end, through `pgforge release` as a user runs it (the CLI's bundle):
// PG 17 on trixie in three flavours (base → vector → geo, the last holding PROJ), the base
// image from the test registry (its digest known), the distribution's archive as the base's
// own sources name it, and the security archive a signed test archive (`security-mirror`) on
// the docker bridge, which publishes real Debian packages given a new revision and a changelog
// entry naming a CVE. First a library only `geo` holds (libproj25): exactly the geo target is
// rebuilt. Then Kerberos, which every image holds: every target is rebuilt. Each time the
// release notes name the package, its suite and its changelog's CVE, and the promoted images
// hold the new version. With nothing changed, nothing is built.
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AptRepository } from '@pgforge/apt';
import { DEBIAN_KEYRING } from '@pgforge/config';
import type { ReleaseResult } from '@pgforge/release';
import {
  generateKeyPair,
  requireCosign,
  type KeyPair,
  dockerBridgeAddress,
  run,
  testSecurityMirror,
  startAptArchive,
  type AptArchive,
  type ArchivePackage,
  securityUpdate,
} from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');
const bases = inject('baseImages');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const PASSWORD = 'pgforge-security-key-password-5e1f';
const CVE_PROJ = 'CVE-2026-990001';
const CVE_KRB5 = 'CVE-2026-990002';
const KRB5 = ['libkrb5-3', 'libkrb5support0', 'libk5crypto3', 'libgssapi-krb5-2'];

let work: string;
let keys: KeyPair;
let archive: AptArchive;
let config: string;

/** The archives the image's view reads today, from which the new revisions are made. */
function viewArchives(): AptRepository[] {
  return [
    { mirror, suite: 'trixie', keyrings: [DEBIAN_KEYRING] },
    { mirror, suite: 'trixie-updates', keyrings: [DEBIAN_KEYRING] },
    { mirror: testSecurityMirror(), suite: 'trixie-security', keyrings: [DEBIAN_KEYRING] },
  ];
}

async function publish(packages: ArchivePackage[]): Promise<void> {
  await archive.publish([
    {
      suite: 'trixie-security',
      suiteField: 'stable-security',
      codename: 'trixie-security',
      components: { main: { amd64: packages } },
    },
  ]);
}

async function update(names: string[], line: string) {
  return securityUpdate({
    repositories: viewArchives(),
    architecture: 'amd64',
    packages: names,
    suffix: '+pgforge1',
    distribution: 'trixie-security',
    line,
    aptCacheDir: join(work, 'apt-cache'),
    cacheDir: join(work, 'debs'),
  });
}

async function release(minute: string): Promise<ReleaseResult> {
  const p = await run(
    process.execPath,
    [
      CLI,
      'release',
      '--config',
      config,
      '--cosign-key',
      keys.key,
      '--timestamp',
      `2026-12-06T${minute}:00Z`,
      '--output-dir',
      join(work, `out-${minute.replace(':', '')}`),
      '--json',
    ],
    {
      cwd: work,
      env: { ...process.env, COSIGN_PASSWORD: PASSWORD },
      allowFailure: true,
      timeoutMs: 30 * 60_000,
    },
  );
  process.stderr.write(p.stderr.replace(/^(?=.)/gm, `[security ${minute}] `));
  expect(p.code, `${p.stdout}\n${p.stderr}`).toBe(0);
  return JSON.parse(p.stdout) as ReleaseResult;
}

/** The version of each package the promoted image of a target really holds (its dpkg). */
async function installed(
  result: ReleaseResult,
  target: string,
  names: string[],
): Promise<Record<string, string>> {
  const promoted = result.promoted.find((p) => p.target === target);
  if (!promoted) throw new Error(`${target} was not promoted: ${JSON.stringify(result.failed)}`);
  const { stdout } = await run('docker', [
    'run',
    '--rm',
    '--pull',
    'always',
    '--entrypoint',
    'dpkg-query',
    promoted.reference,
    '-W',
    '-f=${Package} ${Version}\\n',
    ...names,
  ]);
  return Object.fromEntries(
    stdout
      .trim()
      .split('\n')
      .map((l) => l.split(' ') as [string, string]),
  );
}

const built = (r: ReleaseResult): string[] => r.built.map((b) => b.target).sort();
const notesOf = (r: ReleaseResult, target: string) =>
  r.built.find((b) => b.target === target)?.packages?.notes;

beforeAll(async () => {
  await requireCosign();
  work = await mkdtemp(join(tmpdir(), 'pgforge-security-'));
  keys = await generateKeyPair(join(work, 'keys'), PASSWORD);
  archive = await startAptArchive({
    suites: [],
    origin: 'Debian',
    label: 'Debian-Security',
    listen: await dockerBridgeAddress(),
  });
  await publish([]);
  // The test archive's public key: what signs its trixie-security.
  const keyFile = archive.keyring;
  // The base through a registry, so that its digest (and so "unchanged") is known.
  const base = `${registry.host}/security-base/debian:trixie-slim`;
  await run('docker', ['tag', bases.trixie, base]);
  await run('docker', ['push', '--quiet', base]);
  const home = `${registry.host}/security-${randomBytes(3).toString('hex')}`;
  config = join(work, 'images.yaml');
  await writeFile(
    config,
    [
      `registry: ${home}`,
      'postgres: [17]',
      'distributions: [trixie]',
      'platforms: [linux/amd64]',
      `base: { image: "${base}", resolve-digest: true }`,
      'packages:',
      '  source: distribution',
      `  security-mirror: "${archive.url}"`,
      `  keyring: ["${DEBIAN_KEYRING}", "${keyFile}"]`,
      'flavours:',
      '  base: { packages: [libsasl2-modules] }',
      '  vector: { from: base, packages: ["postgresql-{major}-pgvector"] }',
      '  geo: { from: vector, packages: [proj-bin] }',
      '',
    ].join('\n'),
  );
}, 10 * 60_000);

afterAll(async () => {
  await archive?.stop();
  if (work) await run('rm', ['-rf', work], { allowFailure: true });
});

describe('a security update, through pgforge release', () => {
  let first: ReleaseResult;
  let proj: Awaited<ReturnType<typeof update>>;
  let krb5: Awaited<ReturnType<typeof update>>;

  beforeAll(async () => {
    first = await release('10:00');
  }, 40 * 60_000);

  it('builds and promotes every target first, each image saying how many packages it holds', () => {
    expect(first.failed).toEqual([]);
    expect(built(first)).toEqual(['17-base-trixie', '17-geo-trixie', '17-vector-trixie']);
    for (const b of first.built) {
      expect(b.packages?.total, b.target).toBeGreaterThan(100);
      expect(b.packages?.notes?.since, `${b.target}: a first image`).toBeUndefined();
    }
  });

  it(
    'a fix to a library only geo holds rebuilds geo alone; its notes and its image say so',
    async () => {
      proj = await update(['libproj25'], `Fix ${CVE_PROJ}: a crafted grid reads out of bounds.`);
      await publish(proj.packages);
      const second = await release('10:01');
      expect(second.failed).toEqual([]);
      expect(built(second)).toEqual(['17-geo-trixie']);
      expect(second.skipped.map((s) => s.target).sort()).toEqual([
        '17-base-trixie',
        '17-vector-trixie',
      ]);
      const [before, after] = proj.versions.get('libproj25')!;
      const note = notesOf(second, '17-geo-trixie')?.packages.find((p) => p.name === 'libproj25');
      expect(note).toMatchObject({
        from: before,
        to: after,
        suite: 'trixie-security',
        security: true,
      });
      expect(note?.cves).toContain(CVE_PROJ);
      expect(note?.entries[0]?.lines.join(' ')).toContain(CVE_PROJ);
      expect(notesOf(second, '17-geo-trixie')?.packages).toHaveLength(1);
      expect(await installed(second, '17-geo-trixie', ['libproj25'])).toEqual({ libproj25: after });
    },
    40 * 60_000,
  );

  it(
    'a fix to Kerberos, which every image holds, rebuilds every target',
    async () => {
      krb5 = await update(KRB5, `Fix ${CVE_KRB5}: a crafted ticket reads out of bounds.`);
      await publish([...proj.packages, ...krb5.packages]);
      const third = await release('10:02');
      expect(third.failed).toEqual([]);
      expect(built(third)).toEqual(['17-base-trixie', '17-geo-trixie', '17-vector-trixie']);
      const after = krb5.versions.get('libkrb5-3')![1];
      for (const target of built(third)) {
        const note = notesOf(third, target)?.packages.find((p) => p.name === 'libkrb5-3');
        expect(note, target).toMatchObject({ to: after, suite: 'trixie-security', security: true });
        expect(note?.cves, target).toContain(CVE_KRB5);
        // Only Kerberos changed since the images promoted last.
        expect(
          notesOf(third, target)
            ?.packages.map((p) => p.name)
            .sort(),
          target,
        ).toEqual([...KRB5].sort());
        expect(await installed(third, target, ['libkrb5-3']), target).toEqual({
          'libkrb5-3': after,
        });
      }
    },
    40 * 60_000,
  );

  it(
    'with nothing changed, builds nothing',
    async () => {
      const fourth = await release('10:03');
      expect(fourth.failed).toEqual([]);
      expect(fourth.built).toEqual([]);
      expect(fourth.skipped.map((s) => s.target).sort()).toEqual([
        '17-base-trixie',
        '17-geo-trixie',
        '17-vector-trixie',
      ]);
    },
    40 * 60_000,
  );
});
