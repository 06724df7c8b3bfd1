/**
 * An operand image as a release has it just before promote: PG 18 minimal on sid built into
 * the testing repository by the build package, smoke-tested in a container (the report pins
 * its digest), its SBOMs attached and SLSA provenance signed with a cosign key pair by the
 * attest action's bundle. What the promote and catalog tests start from.
 */
import { join } from 'node:path';
import { sbomCommand } from '@pgforge/sbom';
import { DEFAULT_CNPG_VERSION, DEFAULT_KIND_NODE_IMAGE, smokeCommand } from '@pgforge/smoke';
import type { Target } from '@pgforge/targets';
import type { KeyPair } from './cosign.js';
import { node24 } from './node24.js';
import { operandImages, type OperandImage } from './operand-images.js';
import { RUNNER_GITHUB, runAction } from './runner.js';
import { ROOT } from '../root.js';

export interface TestedOperand {
  operand: OperandImage;
  target: Target;
  digest: string;
  /** The build action's `images` output for it (JSON). */
  images: string;
  /** The passing smoke report. */
  reportFile: string;
}

/** The build action's entry for an image of `t` with `digest`. */
export function buildEntry(t: Target, digest: string) {
  return {
    target: t.id,
    repository: t.testingRepository,
    digest,
    reference: `${t.testingRepository}@${digest}`,
    tags: [`${t.testingRepository}:${t.tags.immutable}`],
    promote: {
      repository: t.repository,
      tags: [t.tags.immutable, ...t.tags.aliases].map((tag) => `${t.repository}:${tag}`),
    },
  };
}

export async function testedOperand(options: {
  registry: string;
  mirror: string;
  work: string;
  keys: KeyPair;
  /** Docker's config directory for the steps (none: the test registry needs no credentials). */
  dockerConfig: string;
  log: (line: string) => void;
}): Promise<TestedOperand> {
  const { work, log } = options;
  const { minimal } = await operandImages(
    { postgres: 18, distribution: 'sid', flavours: ['minimal'] },
    { registry: options.registry, mirror: options.mirror, workDir: join(work, 'build'), log },
  );
  const target = minimal.target;
  const images = JSON.stringify([buildEntry(target, minimal.digest)]);

  const reportFile = join(work, 'reports', 'smoke-18-minimal-sid.json');
  const smoke = await smokeCommand({
    image: minimal.reference,
    flavour: 'minimal',
    extensions: [],
    mode: 'container',
    cnpgVersion: DEFAULT_CNPG_VERSION,
    kindNodeImage: DEFAULT_KIND_NODE_IMAGE,
    timeoutMs: 300_000,
    reportFile,
    workDir: work,
    log,
  });
  if (!smoke.passed)
    throw new Error(`the smoke test of ${minimal.reference} failed: ${smoke.failure}`);
  if (smoke.report.digest !== minimal.digest) {
    throw new Error(`the smoke report names ${smoke.report.digest}, not ${minimal.digest}`);
  }

  await sbomCommand({
    image: `${target.testingRepository}@${minimal.digest}`,
    formats: ['spdx-json', 'cyclonedx-json'],
    outputDir: join(work, 'sbom'),
    attach: true,
    docker: { env: { ...process.env, DOCKER_CONFIG: options.dockerConfig } },
    log,
  });
  const attest = await runAction({
    bundle: join(ROOT, 'dist', 'attest', 'index.js'),
    action: join(ROOT, 'actions', 'attest', 'action.yml'),
    node: await node24(),
    cwd: work,
    inputs: {
      subjects: images,
      kind: 'provenance',
      signing: 'cosign-key',
      'cosign-key': options.keys.key,
      'output-dir': join(work, 'attestations'),
    },
    env: {
      DOCKER_CONFIG: options.dockerConfig,
      COSIGN_PASSWORD: options.keys.password,
      ...RUNNER_GITHUB,
      GITHUB_WORKFLOW_REF: `${RUNNER_GITHUB.GITHUB_REPOSITORY}/.github/workflows/build-images.yml@refs/heads/main`,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY_ID: '1',
      GITHUB_REPOSITORY_OWNER_ID: '1',
      RUNNER_ENVIRONMENT: 'self-hosted',
    },
    tempDir: work,
    timeoutMs: 180_000,
  });
  if (attest.exitCode !== 0) {
    throw new Error(`the attest action failed:\n${attest.stdout}\n${attest.stderr}`);
  }
  return { operand: minimal, target, digest: minimal.digest, images, reportFile };
}
