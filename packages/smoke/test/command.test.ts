import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hostPlatform } from '@pgforge/platform';
import { smokeCommand } from '../src/command.js';
import type { DigestResolver } from '../src/pin.js';
import type { ImageSource } from '../src/unpack.js';

type Registry = ImageSource & DigestResolver;
import type { SmokeReport } from '../src/types.js';
import { CrdValidators } from './support/crds.js';
import { RecordingRunner } from './support/recording-runner.js';

// GitHub's release downloads are not reachable here: CNPG's manifest is a stand-in (its download
// and check are tested in kind-level.test.ts).
const OPERATOR_STAND_IN = async (version: string) => ({
  url: `cnpg-${version}.yaml`,
  text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: cnpg-system\n',
});

// smokeCommand end to end with fakes for what cannot run here: kind (a recording runner) and
// the registry the extension image comes from (serving one gzip layer).

async function layer(): Promise<Buffer> {
  const p = pack();
  p.entry({ name: 'lib/vector.so' }, 'ELF');
  p.entry({ name: 'share/extension/vector.control' }, "default_version = '0.8.1'\n");
  p.finalize();
  const chunks: Buffer[] = [];
  for await (const c of p) chunks.push(c as Buffer);
  return gzipSync(Buffer.concat(chunks));
}

const OPERAND_DIGEST = `sha256:${'0d'.repeat(32)}`;
let work: string;
let registry: Registry;
let blob: Buffer;

/** A registry serving the one layer under every reference, with these manifest annotations. */
function fakeRegistry(
  annotations: (reference: string) => Record<string, string>,
  requested: string[] = [],
): Registry {
  return {
    // The operand is not in this registry: the smoke test runs it unpinned.
    resolveDigest: async () => undefined,
    getImageManifest: async (reference) => {
      requested.push(String(reference));
      return {
        manifest: {
          digest: `sha256:${String(reference).split(/[:@]/).at(-1) ?? ''}`,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          bytes: new Uint8Array(),
          manifest: {
            schemaVersion: 2,
            config: {
              mediaType: 'application/vnd.oci.image.config.v1+json',
              digest: 'sha256:c',
              size: 2,
            },
            layers: [
              {
                mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
                digest: 'sha256:l',
                size: blob.length,
              },
            ],
            annotations: annotations(String(reference)),
          },
        },
      };
    },
    getBlob: async () => new Uint8Array(blob),
  };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-smoke-command-'));
  blob = await layer();
  registry = {
    resolveDigest: async (reference) =>
      String(reference).includes('postgresql') ? OPERAND_DIGEST : undefined,
    getImageManifest: async () => ({
      manifest: {
        digest: 'sha256:vector',
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        bytes: new Uint8Array(),
        manifest: {
          schemaVersion: 2,
          config: {
            mediaType: 'application/vnd.oci.image.config.v1+json',
            digest: 'sha256:c',
            size: 2,
          },
          layers: [
            {
              mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
              digest: 'sha256:l',
              size: blob.length,
            },
          ],
          annotations: { 'io.cloudnativepg.image.sql.version': '0.8.1' },
        },
      },
    }),
    getBlob: async () => new Uint8Array(blob),
  };
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('smokeCommand, kind mode, with a recording fake runner and a fake registry', () => {
  it('unpacks the extension image, runs the kind level, writes the report and the summary', async () => {
    const runner = new RecordingRunner([
      { match: /^kind get nodes/, result: { stdout: 'n-control-plane\n' } },
      { match: /jsonpath=\{\.status\.phase\}$/, result: { stdout: 'Cluster in healthy state' } },
      { match: /extname = 'vector'$/, result: { stdout: '0.8.1\n' } },
      { match: /-- locale -a$/, result: { stdout: 'C\nC.utf8\nPOSIX\n' } },
    ]);
    const reportFile = join(work, 'out', 'report.json');
    const result = await smokeCommand({
      image: 'ghcr.io/x/postgresql:18-minimal-trixie',
      extensions: [{ name: 'vector', image: { reference: 'localhost:5001/x/pgvector:0.8.1' } }],
      mode: 'kind',
      cnpgVersion: '1.29.1',
      kindNodeImage: 'kindest/node:v1.33.1',
      operatorManifest: OPERATOR_STAND_IN,
      timeoutMs: 60_000,
      reportFile,
      workDir: work,
      runner,
      registry,
    });
    expect(result.failure).toBeUndefined();
    expect(result.passed).toBe(true);
    expect(result.report.checks[0]).toMatchObject({
      level: 'kind',
      name: `extension image vector unpacked (${hostPlatform().platform})`,
      status: 'passed',
      detail: 'sha256:vector, 2 files',
    });
    expect(result.report.extensions).toEqual([
      {
        name: 'vector',
        reference: 'localhost:5001/x/pgvector:0.8.1',
        sqlNames: ['vector'],
        sqlVersion: '0.8.1',
      },
    ]);
    // Pinned before the first check: the report names the digest that ran, and kind copies
    // the image by that digest.
    expect(result.report).toMatchObject({
      image: 'ghcr.io/x/postgresql:18-minimal-trixie',
      digest: OPERAND_DIGEST,
      reference: `ghcr.io/x/postgresql:18-minimal-trixie@${OPERAND_DIGEST}`,
    });
    expect(result.report.unpinned).toBeUndefined();
    expect(
      runner.indexOf(
        new RegExp(
          `imagetools create .* ghcr\\.io/x/postgresql:18-minimal-trixie@${OPERAND_DIGEST}$`,
        ),
      ),
    ).toBeGreaterThan(0);
    const written = JSON.parse(await readFile(reportFile, 'utf8')) as SmokeReport;
    expect(written).toEqual(result.report);
    expect(result.summary).toContain('| kind | extension vector in database app');
    // No container level in kind mode; the unpacked image is gone afterwards.
    expect(runner.indexOf(/^docker run --detach --name pgforge-smoke-/)).toBe(-1);
    expect(runner.indexOf(/^kind delete cluster/)).toBeGreaterThan(0);
  });

  it('an extension image that cannot be pulled is a failed check, and the report is still written', async () => {
    const reportFile = join(work, 'report-2.json');
    const result = await smokeCommand({
      image: 'ghcr.io/x/postgresql:18-minimal-trixie',
      extensions: [{ name: 'vector', image: { reference: 'localhost:5001/x/pgvector:0.8.1' } }],
      mode: 'kind',
      cnpgVersion: '1.29.1',
      kindNodeImage: 'kindest/node:v1.33.1',
      operatorManifest: OPERATOR_STAND_IN,
      timeoutMs: 60_000,
      reportFile,
      workDir: work,
      runner: new RecordingRunner([{ match: /^kind version$/, result: { code: 127 } }]),
      registry: {
        resolveDigest: async () => undefined,
        getImageManifest: async () => {
          throw new Error('manifest unknown: localhost:5001/x/pgvector:0.8.1');
        },
        getBlob: async () => new Uint8Array(),
      },
    });
    expect(result.passed).toBe(false);
    expect(result.report.checks[0]).toMatchObject({
      status: 'failed',
      error: 'manifest unknown: localhost:5001/x/pgvector:0.8.1',
    });
    expect(result.failure).toContain('kind: extension image vector unpacked');
    expect(JSON.parse(await readFile(reportFile, 'utf8'))).toMatchObject({ passed: false });
  });
});

describe('smokeCommand with several entries of one name (one per image), fakes for kind and the registry', () => {
  const IMAGE = 'ghcr.io/x/postgresql:18-minimal-trixie';
  const REF = (os: string): string => `localhost:5001/x/pgvector:0.8.1-18-${os}`;
  const annotated = (reference: string): Record<string, string> => ({
    'io.cloudnativepg.image.sql.version': '0.8.1',
    'io.cloudnativepg.image.base.pgmajor': '18',
    'io.cloudnativepg.image.base.os': reference.split('-').at(-1) ?? '',
  });
  // What the extension action emits for `distributions: bookworm,trixie`.
  const entries = [
    { name: 'vector', image: { reference: REF('bookworm') } },
    { name: 'vector', image: { reference: REF('trixie') } },
  ];
  const probe = {
    match:
      /^docker run --rm --network none --label io\.pgforge\.smoke=operand-probe --entrypoint sh ghcr\.io\/x\/postgresql:18-minimal-trixie -c /,
    result: {
      stdout:
        'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nVERSION_CODENAME=trixie\nID=debian\n' +
        '--- pgforge: postgres --version ---\npostgres (PostgreSQL) 18.1 (Debian 18.1-1.pgdg13+1)\n',
    },
  };
  const kindRules = [
    { match: /^kind get nodes/, result: { stdout: 'n-control-plane\n' } },
    { match: /jsonpath=\{\.status\.phase\}$/, result: { stdout: 'Cluster in healthy state' } },
    { match: /extname = 'vector'$/, result: { stdout: '0.8.1\n' } },
    { match: /-- locale -a$/, result: { stdout: 'C\nC.utf8\nPOSIX\n' } },
  ];
  const run = (runner: RecordingRunner, source: Registry, reportFile: string) =>
    smokeCommand({
      image: IMAGE,
      extensions: entries,
      mode: 'kind',
      cnpgVersion: '1.29.1',
      kindNodeImage: 'kindest/node:v1.33.1',
      operatorManifest: OPERATOR_STAND_IN,
      timeoutMs: 60_000,
      reportFile: join(work, reportFile),
      workDir: work,
      runner,
      registry: source,
    });

  it('mounts the entry annotated for the operand’s major and distribution; the Cluster holds only it', async () => {
    const runner = new RecordingRunner([probe, ...kindRules]);
    const result = await run(runner, fakeRegistry(annotated), 'choice.json');
    expect(result.failure).toBeUndefined();
    expect(result.report.checks.slice(0, 3)).toMatchObject([
      {
        name: 'operand image identified (PostgreSQL major, distribution)',
        status: 'passed',
        detail:
          'PostgreSQL 18 (server 18.1), distribution trixie (os-release PRETTY_NAME "Debian GNU/Linux 13 (trixie)", VERSION_CODENAME trixie)',
      },
      {
        name: 'extension image vector chosen for the operand (of 2 entries)',
        status: 'passed',
        detail: expect.stringMatching(
          /^localhost:5001\/x\/pgvector:0\.8\.1-18-trixie \(pgmajor 18, os trixie\): pgmajor 18 and os trixie are the operand's .*; not localhost:5001\/x\/pgvector:0\.8\.1-18-bookworm \(pgmajor 18, os bookworm\)$/,
        ),
      },
      {
        name: `extension image vector unpacked (${hostPlatform().platform})`,
        detail: 'sha256:0.8.1-18-trixie, 2 files',
      },
    ]);
    // The probe looks in the local store (and pulls what it lacks), then runs the operand.
    expect(runner.indexOf(/^docker image inspect --format \{\{\.Id\}\} ghcr\.io/)).toBeLessThan(
      runner.indexOf(/operand-probe/),
    );
    expect(result.report.extensions).toEqual([
      {
        name: 'vector',
        reference: REF('trixie'),
        sqlNames: ['vector'],
        sqlVersion: '0.8.1',
        choice: {
          operand: expect.stringMatching(/^PostgreSQL 18 \(server 18\.1\), distribution trixie/),
          reason: expect.stringContaining('pgmajor 18 and os trixie'),
          candidates: [
            { reference: REF('bookworm'), pgmajor: '18', os: 'bookworm' },
            { reference: REF('trixie'), pgmajor: '18', os: 'trixie' },
          ],
        },
      },
    ]);
    // The kind level applies one entry of the name, valid against the CRD (a map keyed by name).
    const cluster = runner.calls
      .filter((c) => /apply -f -$/.test(c.line))
      .map(
        (c) =>
          parse(c.input ?? '') as {
            kind: string;
            spec: { postgresql?: { extensions?: unknown[] } };
          },
      )
      .find((d) => d.kind === 'Cluster');
    expect(cluster?.spec.postgresql?.extensions).toEqual([
      { name: 'vector', image: { reference: REF('trixie') } },
    ]);
    expect(new CrdValidators().validate(cluster as { kind: string })).toEqual([]);
    expect(result.summary).toContain('of 2 entries the one annotated for the operand');
  });

  it('when no entry is for the operand, the choice fails naming the candidates and the operand', async () => {
    const runner = new RecordingRunner([probe, ...kindRules]);
    const requested: string[] = [];
    const result = await run(
      runner,
      fakeRegistry(
        (reference) => ({ ...annotated(reference), 'io.cloudnativepg.image.base.pgmajor': '17' }),
        requested,
      ),
      'none.json',
    );
    expect(result.passed).toBe(false);
    const check = result.report.checks.find((c) =>
      c.name.startsWith('extension image vector chosen'),
    );
    expect(check).toMatchObject({ status: 'failed' });
    expect(check?.error).toBe(
      'none of the 2 entries named vector is for the operand image (PostgreSQL 18 (server 18.1), distribution trixie ' +
        '(os-release PRETTY_NAME "Debian GNU/Linux 13 (trixie)", VERSION_CODENAME trixie)): ' +
        `${REF('bookworm')} (pgmajor 17, os bookworm); ${REF('trixie')} (pgmajor 17, os trixie); ` +
        'each image states its PostgreSQL major and distribution in io.cloudnativepg.image.base.pgmajor and io.cloudnativepg.image.base.os',
    );
    // Nothing of the name is unpacked or put in the Cluster.
    expect(result.report.extensions).toEqual([]);
    expect(requested).toEqual([REF('bookworm'), REF('trixie')]);
    expect(result.failure).toContain(
      'kind: extension image vector chosen for the operand (of 2 entries): none of the 2',
    );
  });

  it('when the operand cannot be run, the choice is skipped, naming why', async () => {
    const runner = new RecordingRunner([
      { match: /^docker image inspect /, result: { code: 1, stderr: 'No such image' } },
      { match: /^docker pull /, result: { code: 1, stderr: 'manifest unknown' } },
      ...kindRules,
    ]);
    const result = await run(runner, fakeRegistry(annotated), 'unreachable.json');
    expect(result.report.checks.slice(0, 2)).toMatchObject([
      {
        name: 'operand image identified (PostgreSQL major, distribution)',
        status: 'failed',
        error: expect.stringContaining('manifest unknown'),
      },
      {
        name: 'extension image vector chosen for the operand (of 2 entries)',
        status: 'skipped',
        error: 'not run: "operand image identified (PostgreSQL major, distribution)" did not pass',
      },
    ]);
    expect(runner.indexOf(/operand-probe/)).toBe(-1);
  });

  it('a candidate whose image cannot be read fails the choice, naming it', async () => {
    const runner = new RecordingRunner([probe, ...kindRules]);
    const source = fakeRegistry(annotated);
    const result = await run(
      runner,
      {
        ...source,
        getImageManifest: async (reference, platform) => {
          if (String(reference).endsWith('bookworm')) throw new Error('manifest unknown');
          return source.getImageManifest(reference, platform);
        },
      },
      'unreadable.json',
    );
    expect(
      result.report.checks.find((c) => c.name.startsWith('extension image vector chosen'))?.error,
    ).toBe(
      `cannot read the annotations of ${REF('bookworm')} (${hostPlatform().platform}): manifest unknown`,
    );
    expect(result.report.extensions).toEqual([]);
  });

  it('entries with unique names are not probed: the run is as before', async () => {
    const runner = new RecordingRunner(kindRules);
    const result = await smokeCommand({
      image: IMAGE,
      extensions: [entries[1] as (typeof entries)[number]],
      mode: 'kind',
      cnpgVersion: '1.29.1',
      kindNodeImage: 'kindest/node:v1.33.1',
      operatorManifest: OPERATOR_STAND_IN,
      timeoutMs: 60_000,
      reportFile: join(work, 'unique.json'),
      workDir: work,
      runner,
      registry: fakeRegistry(annotated),
    });
    expect(result.passed).toBe(true);
    expect(runner.indexOf(/operand-probe|^docker image inspect/)).toBe(-1);
    expect(result.report.extensions[0]?.choice).toBeUndefined();
  });
});
