import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCacheDir } from '@pgforge/apt';
import { formatReference, isImageIndex, parseReference, RegistryClient } from '@pgforge/oci';
import type { ImageManifest } from '@pgforge/oci';
import {
  CYCLONEDX_MEDIA_TYPE,
  parseDpkgDatabase,
  SPDX_MEDIA_TYPE,
  sbomCommand,
} from '@pgforge/sbom';
import type { SbomCommandResult } from '@pgforge/sbom';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cyclonedxValidator, explain } from '../../packages/sbom/test/schemas.js';
import { spdxModelValidator } from '../../packages/sbom/test/spdx-validator.js';
import { run, operandImages, type OperandImage } from '@pgforge/testkit';
import { EXTENSION_COPYRIGHT, pushBaseImage, pushExtensionImage } from './images.js';
import type { ExtensionTestImage } from './images.js';

// The acceptance of the sbom part of issue 4: the SBOM of a PG 17 trixie image read from the
// local registry lists exactly what dpkg-query prints inside it; the CycloneDX document validates
// against the official schema, the SPDX one against the SPDX 2.3 model of spdx/tools-golang
// (see packages/sbom/test/fixtures/schemas/README.md); attached SBOMs are found again through
// the registry.

const registry = inject('registry');
const mirror = inject('mirror');
const baseImages = inject('baseImages');

// The validator is built from a Debian package fetched from the mirror, cached with the APT cache.
const spdxValidator = async () =>
  (await spdxModelValidator({ mirror, cacheDir: defaultCacheDir(process.env, homedir()) }))
    .validate;

const log = (line: string): void => {
  process.stderr.write(`[sbom] ${line}\n`);
};

type Json = Record<string, unknown>;
interface SpdxDoc {
  packages: { name: string; versionInfo?: string; externalRefs?: { referenceLocator: string }[] }[];
}
interface CdxDoc {
  components: {
    name: string;
    version?: string;
    purl?: string;
    type: string;
    hashes?: { alg: string; content: string }[];
    properties?: { name: string; value: string }[];
  }[];
}

let work: string;
let pg: OperandImage;
const client = new RegistryClient();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-sbom-it-'));
  pg = (
    await operandImages(
      { postgres: 17, distribution: 'trixie', flavours: ['minimal'] },
      { registry: registry.host, mirror, workDir: work, log },
    )
  ).minimal;
}, 30 * 60_000);

afterAll(async () => {
  if (pg) await run('docker', ['image', 'rm', '--force', pg.reference], { allowFailure: true });
  if (work) await rm(work, { recursive: true, force: true });
});

const json = async <T>(path: string | undefined): Promise<T> => {
  expect(path, 'the command wrote no such file').toBeDefined();
  return JSON.parse(await readFile(path!, 'utf8')) as T;
};

const debLines = (entries: { name: string; version?: string; purl?: string }[]): string[] =>
  entries
    .filter((e) => e.purl?.startsWith('pkg:deb/'))
    .map((e) => `${e.name}\t${e.version ?? ''}`)
    .sort();

describe('the SBOM of a PostgreSQL 17 trixie image from the local registry', () => {
  let first: SbomCommandResult;
  let seconds: number;

  beforeAll(async () => {
    const started = Date.now();
    first = await sbomCommand({
      image: pg.reference,
      formats: ['spdx-json', 'cyclonedx-json'],
      outputDir: join(work, 'first'),
      attach: false,
      registry: client,
      log,
    });
    seconds = (Date.now() - started) / 1000;
    log(`SBOM of ${pg.reference} (both formats, one platform) in ${seconds.toFixed(2)} s`);
  }, 5 * 60_000);

  it('lists exactly the package names and versions dpkg-query -W prints inside the image', async () => {
    expect(first.images).toHaveLength(1);
    const [image] = first.images;
    expect(image!.platform).toBe('linux/amd64');
    const dpkg = await run('docker', [
      'run',
      '--rm',
      '--pull=missing',
      pg.reference,
      'dpkg-query',
      '-W',
      '-f',
      '${Package}\\t${Version}\\n',
    ]);
    const expected = dpkg.stdout.split('\n').filter(Boolean).sort();
    expect(expected.length).toBeGreaterThan(80);
    expect(expected).toContainEqual(expect.stringMatching(/^postgresql-17\t17\./));

    const spdx = await json<SpdxDoc>(image!.spdx);
    const fromSpdx = debLines(
      spdx.packages.map((p) => ({
        name: p.name,
        version: p.versionInfo,
        purl: p.externalRefs?.[0]?.referenceLocator,
      })),
    );
    expect(fromSpdx).toEqual(expected);
    const cdx = await json<CdxDoc>(image!.cyclonedx);
    expect(debLines(cdx.components)).toEqual(expected);
    expect(image!.packages).toBe(expected.length);
  });

  it('takes under a minute (measured, for the report)', () => {
    expect(seconds).toBeLessThan(60);
  });

  it('gives packages the debian-13 distro qualifier and a licence from their copyright file', async () => {
    const cdx = await json<CdxDoc & { components: Json[] }>(first.images[0]!.cyclonedx);
    const pgServer = cdx.components.find((c) => c.name === 'postgresql-17') as Json & {
      purl: string;
      licenses?: unknown[];
    };
    expect(pgServer.purl).toMatch(
      /^pkg:deb\/debian\/postgresql-17@17\.[^?]+\?arch=amd64&distro=debian-13$/,
    );
    expect(pgServer.licenses, 'postgresql-17 has a DEP-5 copyright file').toBeDefined();
  });

  it('validates against the official CycloneDX 1.6 schema', async () => {
    const validate = cyclonedxValidator();
    expect(validate(await json(first.images[0]!.cyclonedx)), explain(validate.errors)).toBe(true);
  });

  it('validates against the SPDX 2.3 model of spdx/tools-golang', async () => {
    const validate = await spdxValidator();
    expect(validate(await json(first.images[0]!.spdx)), explain(validate.errors)).toBe(true);
  });

  it('writes byte-identical files for the same image', async () => {
    const second = await sbomCommand({
      image: pg.reference,
      formats: ['spdx-json', 'cyclonedx-json'],
      outputDir: join(work, 'second'),
      attach: false,
      registry: client,
    });
    for (const [a, b] of first.files.map((f, i) => [f, second.files[i]!] as const)) {
      expect(await readFile(b, 'utf8'), b).toBe(await readFile(a, 'utf8'));
    }
  });

  it('attaches both SBOMs, found again through the registry (referrers API or tag schema)', async () => {
    const result = await sbomCommand({
      image: pg.reference,
      formats: ['spdx-json', 'cyclonedx-json'],
      outputDir: join(work, 'attached'),
      attach: true,
      registry: client,
    });
    const [image] = result.images;
    expect(image!.attached.map((a) => a.mediaType)).toEqual([
      SPDX_MEDIA_TYPE,
      CYCLONEDX_MEDIA_TYPE,
    ]);
    const repo = parseReference(pg.reference);
    const fresh = new RegistryClient();
    for (const [mediaType, path] of [
      [SPDX_MEDIA_TYPE, image!.spdx!],
      [CYCLONEDX_MEDIA_TYPE, image!.cyclonedx!],
    ] as const) {
      const found = await fresh.referrers(repo, image!.digest, { artifactType: mediaType });
      const attached = image!.attached.find((a) => a.mediaType === mediaType)!;
      expect(found.map((d) => d.digest)).toContain(attached.digest);
      const artifact = await fresh.getManifest({
        ...repo,
        tag: undefined,
        digest: attached.digest,
      });
      expect(isImageIndex(artifact.manifest)).toBe(false);
      const manifest = artifact.manifest as ImageManifest;
      expect(manifest.subject?.digest).toBe(image!.digest);
      expect(manifest.artifactType).toBe(mediaType);
      const blob = await fresh.getBlob(repo, manifest.layers[0]!.digest);
      expect(new TextDecoder().decode(blob)).toBe(await readFile(path, 'utf8'));
    }
  });

  it('diffs the packages against the base image it was built on', async () => {
    const base = await pushBaseImage(
      registry.host,
      work,
      baseImages.trixie,
      `it-sbom-${Date.now().toString(36)}/debian`,
    );
    const result = await sbomCommand({
      image: pg.reference,
      formats: ['cyclonedx-json'],
      outputDir: join(work, 'diff'),
      attach: false,
      compareTo: base,
      registry: client,
    });
    const diff = result.diffs['linux/amd64'];
    expect(diff, JSON.stringify(result.diffs)).toBeDefined();
    expect(diff!.added.map((p) => p.name)).toEqual(
      expect.arrayContaining(['postgresql-17', 'libpq5']),
    );
    expect(diff!.removed).toEqual([]);
    expect(diff!.unchanged).toBeGreaterThan(50);
    expect(result.images[0]!.comparedTo).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(result.summary).toContain('package changes since');
    expect(result.summary).toMatch(/\| added \| `postgresql-17` \(amd64\) \| \| `17\./);

    const same = await sbomCommand({
      image: pg.reference,
      formats: ['cyclonedx-json'],
      outputDir: join(work, 'same'),
      attach: false,
      compareTo: pg.reference,
      registry: client,
    });
    expect(same.summary).toContain('No package changed.');
  });
});

describe('the SBOM of an extension image (scratch, two platforms, zstd layers)', () => {
  let ext: ExtensionTestImage;
  let result: SbomCommandResult;

  beforeAll(async () => {
    ext = await pushExtensionImage(registry.host, work);
    result = await sbomCommand({
      image: ext.reference,
      formats: ['spdx-json', 'cyclonedx-json'],
      outputDir: join(work, 'ext'),
      attach: true,
      registry: client,
      extensionPackages: [
        { name: 'postgresql-17-pgvector', version: '0.8.0-1', source: 'pgvector' },
      ],
      distro: { id: 'debian', version: '13', qualifier: 'debian-13' },
    });
  }, 10 * 60_000);

  it('reads zstd layers: the image really has them', async () => {
    const { manifest } = await client.getImageManifest(ext.reference, 'linux/arm64');
    expect(manifest.manifest.layers.map((l) => l.mediaType)).toEqual([
      'application/vnd.oci.image.layer.v1.tar+zstd',
    ]);
  });

  it('writes one SBOM per platform, each listing the extension, package and libraries', async () => {
    expect(result.images.map((i) => i.platform)).toEqual(['linux/amd64', 'linux/arm64']);
    for (const image of result.images) {
      expect(image.kind).toBe('extension');
      const cdx = await json<CdxDoc & { components: (Json & { name: string })[] }>(image.cyclonedx);
      const arch = image.platform.split('/')[1];
      expect(cdx.components.find((c) => c.name === 'postgresql-17-pgvector')).toMatchObject({
        purl: `pkg:deb/debian/postgresql-17-pgvector@0.8.0-1?arch=${arch}&distro=debian-13`,
        licenses: [{ license: { id: 'PostgreSQL' } }],
      });
      expect(cdx.components.find((c) => c.name === 'vector')).toMatchObject({ version: '0.8.0' });
      for (const [path, sha256] of Object.entries(ext.sha256)) {
        const component = cdx.components.find((c) =>
          c.properties?.some((p) => p.name === 'pgforge:file:path' && p.value === `/${path}`),
        );
        expect(component?.hashes, path).toContainEqual({ alg: 'SHA-256', content: sha256 });
      }
      const validate = cyclonedxValidator();
      expect(validate(cdx), explain(validate.errors)).toBe(true);
    }
    expect(EXTENSION_COPYRIGHT).toContain('License: PostgreSQL');
  });

  it('attaches to each platform manifest', async () => {
    const repo = parseReference(ext.reference);
    for (const image of result.images) {
      const found = await client.referrers(repo, image.digest);
      expect(found.map((d) => d.digest).sort()).toEqual(image.attached.map((a) => a.digest).sort());
    }
  });

  it('validates against the SPDX 2.3 model of spdx/tools-golang', async () => {
    const validate = await spdxValidator();
    for (const image of result.images) {
      expect(validate(await json(image.spdx)), explain(validate.errors)).toBe(true);
    }
  });

  it('names the reference when the tag does not exist', async () => {
    const repo = parseReference(ext.reference);
    const missing = sbomCommand({
      image: formatReference({ ...repo, tag: 'no-such-tag' }),
      formats: ['spdx-json'],
      outputDir: join(work, 'missing'),
      attach: false,
      registry: client,
    });
    await expect(missing).rejects.toThrow(/no-such-tag/);
  });
});

describe('the SBOM of a sid image', () => {
  it('qualifies purls with distro=debian-sid, sid having no VERSION_ID', async () => {
    const sid = await pushBaseImage(
      registry.host,
      work,
      baseImages.sid,
      `it-sbom-${Date.now().toString(36)}/debian-sid`,
    );
    const result = await sbomCommand({
      image: sid,
      formats: ['cyclonedx-json'],
      outputDir: join(work, 'sid'),
      attach: false,
      registry: client,
    });
    const cdx = await json<CdxDoc>(result.images[0]!.cyclonedx);
    const debs = cdx.components.filter((c) => c.purl?.startsWith('pkg:deb/'));
    expect(debs.length).toBeGreaterThan(50);
    for (const c of debs) expect(c.purl, c.name).toMatch(/&distro=debian-sid$/);
    expect(cdx.components.find((c) => c.type === 'operating-system')).toMatchObject({
      name: 'debian',
      version: 'sid',
    });
  });
});

describe('the dpkg database reader against the real dpkg', () => {
  it('reads this machine’s status file as dpkg-query -W lists it', async () => {
    const dpkg = await run('dpkg-query', [
      '-W',
      '-f',
      '${Package}\\t${Version}\\t${db:Status-Status}\\n',
    ]);
    const expected = dpkg.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t'))
      .filter(([, , status]) =>
        ['installed', 'triggers-awaited', 'triggers-pending'].includes(status!),
      )
      .map(([name, version]) => `${name}\t${version}`)
      .sort();
    const packages = parseDpkgDatabase({ status: await readFile('/var/lib/dpkg/status', 'utf8') });
    expect(packages.map((p) => `${p.name}\t${p.version}`).sort()).toEqual(expected);
  });
});
