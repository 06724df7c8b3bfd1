import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostPlatform, smokeCommand } from '../src/command.js';
import type { ImageSource } from '../src/unpack.js';
import type { SmokeReport } from '../src/types.js';
import { RecordingRunner } from './support/recording-runner.js';

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

let work: string;
let registry: ImageSource;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-smoke-command-'));
  const blob = await layer();
  registry = {
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
      name: `extension image vector unpacked (${hostPlatform()})`,
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
      timeoutMs: 60_000,
      reportFile,
      workDir: work,
      runner: new RecordingRunner([{ match: /^kind version$/, result: { code: 127 } }]),
      registry: {
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

describe('hostPlatform', () => {
  it('names the platform in OCI terms', () => {
    expect(hostPlatform('x64')).toBe('linux/amd64');
    expect(hostPlatform('arm64')).toBe('linux/arm64');
  });
});
