// Several entries of one name, as the extension action emits them (one per PostgreSQL major ×
// distribution): the smoke test mounts the one whose image is annotated for the operand under
// test. The candidates are one pgvector image for PostgreSQL 18, re-annotated: each copy is a
// new manifest (or index) over the same config and layers, pushed with @pgforge/oci, so they
// differ only in what their annotations say.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  buildIndex,
  buildManifest,
  descriptorOf,
  parseReference,
  RegistryClient,
} from '@pgforge/oci';
import {
  DEFAULT_CNPG_VERSION,
  DEFAULT_KIND_NODE_IMAGE,
  OS_ANNOTATION,
  PG_MAJOR_ANNOTATION,
  smokeCommand,
  type CheckResult,
  type ExtensionEntry,
  type SmokeCommandResult,
} from '@pgforge/smoke';
import {
  run,
  extensionImage,
  SQL_VERSION_ANNOTATION,
  type ExtensionImage,
  operandImages,
  type OperandImage,
} from '@pgforge/testkit';

const registry = inject('registry');
const mirror = inject('mirror');
const baseImages = inject('baseImages');
const client = new RegistryClient();

let work: string;
let minimal: OperandImage;
let vector: ExtensionImage;
const log = (line: string): void => {
  process.stderr.write(`[smoke-choice] ${line}\n`);
};

interface Candidate {
  entry: ExtensionEntry;
  /** The digest of the image manifest that gets unpacked (through the index when there is one). */
  manifestDigest: string;
}

/**
 * A copy of `vector` under `tag` whose annotations say `pgmajor` and `os` (and, when given,
 * another SQL version): in the image manifest, or, with `inIndex`, only in an index over it.
 */
async function reannotated(
  tag: string,
  annotations: { pgmajor: string; os: string; sqlVersion?: string },
  inIndex = false,
): Promise<Candidate> {
  const source = await client.getImageManifest(vector.reference, 'linux/amd64');
  const { config, layers } = source.manifest.manifest;
  const cnpg = {
    [SQL_VERSION_ANNOTATION]: annotations.sqlVersion ?? vector.sqlVersion,
    [PG_MAJOR_ANNOTATION]: annotations.pgmajor,
    [OS_ANNOTATION]: annotations.os,
  };
  const ref = parseReference(vector.reference);
  const reference = `${ref.registry}/${ref.repository}:${tag}`;
  const manifest = buildManifest({
    config,
    layers,
    annotations: inIndex
      ? { [SQL_VERSION_ANNOTATION]: cnpg[SQL_VERSION_ANNOTATION], 'org.pgforge.test.copy': tag }
      : cnpg,
  });
  if (!inIndex) {
    await client.pushManifest(reference, manifest.bytes, manifest.mediaType);
    return { entry: { name: 'vector', image: { reference } }, manifestDigest: manifest.digest };
  }
  // The layers and config are in this repository already; the manifest goes by digest.
  await client.pushManifest(
    `${ref.registry}/${ref.repository}@${manifest.digest}`,
    manifest.bytes,
    manifest.mediaType,
  );
  const index = buildIndex({
    manifests: [descriptorOf(manifest, { platform: { os: 'linux', architecture: 'amd64' } })],
    annotations: cnpg,
  });
  await client.pushManifest(reference, index.bytes, index.mediaType);
  return { entry: { name: 'vector', image: { reference } }, manifestDigest: manifest.digest };
}

let forSid: Candidate;
let forTrixie: Candidate;
let for17: Candidate;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-smoke-choice-'));
  const imageOptions = { registry: registry.host, mirror, workDir: work, log };
  minimal = (
    await operandImages({ postgres: 18, distribution: 'sid', flavours: ['minimal'] }, imageOptions)
  ).minimal!;
  vector = await extensionImage('pgvector', { ...imageOptions, baseImage: baseImages.sid });
  // The one for the operand, annotated at index level only (as an index carries them).
  forSid = await reannotated(
    `${vector.sqlVersion}-18-sid-choice`,
    { pgmajor: '18', os: 'sid' },
    true,
  );
  // Decoys: mounted by mistake, each would fail CREATE EXTENSION's version check too.
  forTrixie = await reannotated(`${vector.sqlVersion}-18-trixie-choice`, {
    pgmajor: '18',
    os: 'trixie',
    sqlVersion: '0.0.1',
  });
  for17 = await reannotated(`${vector.sqlVersion}-17-sid-choice`, {
    pgmajor: '17',
    os: 'sid',
    sqlVersion: '0.0.2',
  });
}, 30 * 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function smoke(extensions: ExtensionEntry[]): Promise<SmokeCommandResult> {
  const result = await smokeCommand({
    image: minimal.reference,
    extensions,
    mode: 'container',
    cnpgVersion: DEFAULT_CNPG_VERSION,
    kindNodeImage: DEFAULT_KIND_NODE_IMAGE,
    timeoutMs: 180_000,
    reportFile: join(work, `report-${Date.now()}.json`),
    workDir: work,
    platform: 'linux/amd64',
    docker: { env: { ...process.env } },
  });
  for (const c of result.report.checks) {
    log(
      `  ${c.status.padEnd(7)} ${String(c.durationMs).padStart(6)} ms  ${c.name}: ${c.detail ?? c.error ?? ''}`,
    );
  }
  return result;
}

function check(result: SmokeCommandResult, name: string): CheckResult {
  const found = result.report.checks.find((c) => c.name === name);
  if (!found) {
    throw new Error(
      `no check ${name}; checks: ${result.report.checks.map((c) => c.name).join(' | ')}`,
    );
  }
  return found;
}

const failed = (result: SmokeCommandResult): string[] =>
  result.report.checks.filter((c) => c.status === 'failed').map((c) => c.name);

const OPERAND =
  /^PostgreSQL 18 \(server 18\.\d+\), distribution sid or forky \(os-release PRETTY_NAME "Debian GNU\/Linux \w+\/sid", VERSION_CODENAME \w+\)$/;

describe('PostgreSQL 18 minimal on sid, three pgvector entries of one name', () => {
  it('mounts and creates the one annotated pgmajor 18, os sid', async () => {
    const result = await smoke([forTrixie.entry, forSid.entry, for17.entry]);
    expect(failed(result), result.failure).toEqual([]);
    expect(
      check(result, 'operand image identified (PostgreSQL major, distribution)').detail,
    ).toMatch(OPERAND);
    const chose = check(result, 'extension image vector chosen for the operand (of 3 entries)');
    expect(chose.detail).toMatch(
      new RegExp(
        `^${forSid.entry.image.reference.replace(/[.]/g, '\\.')} \\(pgmajor 18, os sid\\): pgmajor 18 and os sid are the operand's`,
      ),
    );
    expect(chose.detail).toContain(
      `not ${forTrixie.entry.image.reference} (pgmajor 18, os trixie); ${for17.entry.image.reference} (pgmajor 17, os sid)`,
    );
    // What was unpacked (and bind-mounted at /extensions/vector) is that image's manifest.
    expect(check(result, 'extension image vector unpacked (linux/amd64)').detail).toMatch(
      new RegExp(`^${forSid.manifestDigest}, \\d+ files$`),
    );
    expect(check(result, 'CREATE EXTENSION vector from /extensions/vector').detail).toBe(
      `vector ${vector.sqlVersion} (as the annotation says)`,
    );
    expect(result.report.extensions).toEqual([
      {
        name: 'vector',
        reference: forSid.entry.image.reference,
        sqlNames: ['vector'],
        sqlVersion: vector.sqlVersion,
        choice: {
          operand: expect.stringMatching(OPERAND),
          reason: chose.detail,
          candidates: [
            { reference: forTrixie.entry.image.reference, pgmajor: '18', os: 'trixie' },
            { reference: forSid.entry.image.reference, pgmajor: '18', os: 'sid' },
            { reference: for17.entry.image.reference, pgmajor: '17', os: 'sid' },
          ],
        },
      },
    ]);
    // The probe container is gone (filtered by its own label: other runs may be testing).
    const { stdout } = await run('docker', [
      'ps',
      '-a',
      '--filter',
      'label=io.pgforge.smoke=operand-probe',
      '--filter',
      `ancestor=${minimal.reference}`,
      '-q',
    ]);
    expect(stdout.trim()).toBe('');
  });

  it('fails when none is for the operand, naming the candidates and what the operand is', async () => {
    const result = await smoke([forTrixie.entry, for17.entry]);
    expect(failed(result), result.failure).toEqual([
      'extension image vector chosen for the operand (of 2 entries)',
    ]);
    const error =
      check(result, 'extension image vector chosen for the operand (of 2 entries)').error ?? '';
    expect(error).toMatch(
      /^none of the 2 entries named vector is for the operand image \(PostgreSQL 18 \(server 18\.\d+\), distribution sid or forky \(os-release PRETTY_NAME "Debian GNU\/Linux \w+\/sid", VERSION_CODENAME \w+\)\): /,
    );
    expect(error).toContain(
      `${forTrixie.entry.image.reference} (pgmajor 18, os trixie); ${for17.entry.image.reference} (pgmajor 17, os sid); ` +
        'each image states its PostgreSQL major and distribution in io.cloudnativepg.image.base.pgmajor and io.cloudnativepg.image.base.os',
    );
    // Nothing of the name was mounted; the operand's own checks still ran and passed.
    expect(result.report.extensions).toEqual([]);
    expect(check(result, 'SELECT version()').status).toBe('passed');
    expect(result.failure).toContain(
      'extension image vector chosen for the operand (of 2 entries): none of the 2',
    );
  });
});
