// `pgforge attest` through the CLI's bundle, as a shell runs it on a machine: provenance of a
// small image in the test registry, signed with a cosign key pair cosign made, the password in
// COSIGN_PASSWORD, pushed as cosign's .att; then `cosign verify-attestation` as a verifier runs
// it, and the statement's local build type, command (the key's place hidden) and checkout.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  run,
  cosign,
  generateKeyPair,
  requireCosign,
  verifiedStatements,
  type KeyPair,
} from '@pgforge/testkit';
import { pushSmallImage, type TestImage } from './support.js';

const registry = inject('registry');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PASSWORD = 'pgforge-attest-cli-password-5e1a';

let work: string;
let keys: KeyPair;
let image: TestImage;

beforeAll(async () => {
  await requireCosign();
  work = await mkdtemp(join(tmpdir(), 'pgforge-attest-cli-'));
  keys = await generateKeyPair(join(work, 'keys'), PASSWORD);
  image = await pushSmallImage(registry.host, `attest-cli/${Date.now()}`, 'hello from the CLI');
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('pgforge attest', () => {
  it('signs provenance of an image that cosign then verifies in the registry', async () => {
    const r = await run(
      process.execPath,
      [
        join(ROOT, 'dist', 'cli', 'index.js'),
        'attest',
        '--subjects',
        image.reference,
        '--cosign-key',
        keys.key,
        '--output-dir',
        join(work, 'out'),
      ],
      // Run inside the project's checkout: the provenance names it as its source.
      { cwd: ROOT, env: { ...process.env, COSIGN_PASSWORD: PASSWORD }, allowFailure: true },
    );
    expect(r.code, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout) as {
      attestations: { subject: string; pushed?: string }[];
      publicKey: string;
    };
    expect(printed.attestations.map((a) => a.subject)).toEqual([image.reference]);
    expect(printed.attestations[0]?.pushed).toMatch(/\.att$/);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);

    const verified = await cosign([
      'verify-attestation',
      '--key',
      printed.publicKey,
      '--type',
      'slsaprovenance1',
      '--insecure-ignore-tlog=true',
      image.reference,
    ]);
    expect(verified.code, verified.stderr).toBe(0);
    const [statement] = verifiedStatements(verified.stdout) as {
      predicate: {
        buildDefinition: {
          buildType: string;
          externalParameters: { command: string };
          resolvedDependencies?: { uri: string; digest: { gitCommit?: string } }[];
        };
        runDetails: { builder: { id: string } };
      };
    }[];
    const p = statement!.predicate;
    expect(p.buildDefinition.buildType).toBe('https://github.com/pgforge/pgforge/cli@v1');
    expect(p.runDetails.builder.id).toMatch(/^urn:pgforge:local:/);
    expect(p.buildDefinition.externalParameters.command).toContain("--cosign-key '***'");
    expect(p.buildDefinition.externalParameters.command).not.toContain(keys.key);
    const head = (await run('git', ['-C', ROOT, 'rev-parse', 'HEAD'])).stdout.trim();
    expect(p.buildDefinition.resolvedDependencies?.[0]?.digest.gitCommit).toBe(head);
  });

  it('does not verify with another key', async () => {
    const other = await generateKeyPair(join(work, 'other'), 'another-password-1');
    const verified = await cosign([
      'verify-attestation',
      '--key',
      other.pub,
      '--type',
      'slsaprovenance1',
      '--insecure-ignore-tlog=true',
      image.reference,
    ]);
    expect(verified.code).not.toBe(0);
  });
});
