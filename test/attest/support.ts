/**
 * What the attest tests stand on: small real images in the test registry, a cosign key pair
 * made by cosign itself, and cosign run as a verifier would run it.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildImage, buildLayer, RegistryClient } from '@pgforge/oci';
import type { Target } from '@pgforge/targets';
import { run, which } from '../setup/docker.js';
import type { RunResult } from '../setup/docker.js';

export interface TestImage {
  /** `<host>/<repository>@sha256:…` */
  reference: string;
  digest: string;
  repository: string;
}

/** A single-platform image with one file, pushed under `tag` with @pgforge/oci. */
export async function pushSmallImage(
  host: string,
  repository: string,
  content: string,
): Promise<TestImage> {
  const client = new RegistryClient();
  const repo = { registry: host, repository };
  const layer = await buildLayer([{ path: 'hello.txt', type: 'file', data: content }]);
  const image = buildImage({
    platform: 'linux/amd64',
    layers: [layer],
    created: '2026-11-21T10:00:00Z',
    config: { labels: { 'org.opencontainers.image.title': repository } },
  });
  await client.pushBlob(repo, layer.blob, { mediaType: layer.mediaType });
  await client.pushBlob(repo, image.config.bytes, { mediaType: image.config.mediaType });
  const digest = await client.pushManifest(
    { ...repo, tag: 'v1' },
    image.manifest.bytes,
    image.manifest.mediaType,
  );
  return { reference: `${host}/${repository}@${digest}`, digest, repository };
}

export async function requireCosign(): Promise<string> {
  const cosign = await which('cosign');
  if (!cosign) {
    throw new Error(
      'cosign is not on PATH: run `bash scripts/test-env.sh` (installs it from Debian trixie) or install cosign 2.x',
    );
  }
  return cosign;
}

export interface KeyPair {
  dir: string;
  key: string;
  pub: string;
  /** The private key's PEM text, as a secret would hold it. */
  pem: string;
  password: string;
}

/** `cosign generate-key-pair` in `dir`, the password given as COSIGN_PASSWORD. */
export async function generateKeyPair(dir: string, password: string): Promise<KeyPair> {
  await mkdir(dir, { recursive: true });
  await run('cosign', ['generate-key-pair'], {
    cwd: dir,
    env: { ...process.env, COSIGN_PASSWORD: password },
    timeoutMs: 60_000,
  });
  const key = join(dir, 'cosign.key');
  return { dir, key, pub: join(dir, 'cosign.pub'), pem: await readFile(key, 'utf8'), password };
}

/** cosign as a verifier runs it: no password, no Docker credentials, failure allowed. */
export function cosign(args: string[], cwd?: string): Promise<RunResult> {
  const env = { ...process.env };
  delete env.COSIGN_PASSWORD;
  return run('cosign', args, { cwd, env, allowFailure: true, timeoutMs: 120_000 });
}

/** The statements of `cosign verify-attestation`'s stdout: one DSSE envelope per line. */
export function verifiedStatements(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as { payload: string })
    .map(
      (e) =>
        JSON.parse(Buffer.from(e.payload, 'base64').toString('utf8')) as Record<string, unknown>,
    );
}

/** A matrix target, as the matrix action's `targets` output carries it. */
export function sampleTarget(host: string): Target {
  return {
    id: '17-minimal-trixie',
    postgres: { version: '17.6', major: 17, debianVersion: '17.6-1', preview: false },
    distribution: 'trixie',
    flavour: 'minimal',
    lineage: ['minimal'],
    platforms: ['linux/amd64'],
    base: { image: 'debian:trixie-slim', digest: `sha256:${'cd'.repeat(32)}` },
    packageSource: 'distribution',
    packages: [{ name: 'postgresql-17', version: '17.6-1' }],
    layerPackages: [{ name: 'postgresql-17', version: '17.6-1' }],
    contents: [{ name: 'postgresql-17', version: '17.6-1', change: 'installed', suite: 'trixie' }],
    installs: [{ name: 'postgresql-17', version: '17.6-1' }],
    repository: `${host}/attest/postgresql`,
    testingRepository: `${host}/attest/postgresql-testing`,
    tags: { immutable: '17.6-202611211015-minimal-trixie', aliases: ['17-minimal-trixie'] },
    annotations: { 'org.opencontainers.image.version': '17.6' },
    buildArgs: { PG_MAJOR: '17' },
    fingerprint: `sha256:${'ef'.repeat(32)}`,
    timestamp: '202611211015',
  };
}
