import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MediaTypes, RegistryClient, buildManifest } from '@pgforge/oci';
import type { Descriptor, ImageManifest } from '@pgforge/oci';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  run,
  node24,
  RUNNER_GITHUB,
  runAction,
  type ActionRun,
  cosign,
  generateKeyPair,
  requireCosign,
  verifiedStatements,
  type KeyPair,
} from '@pgforge/testkit';
import { pushSmallImage, sampleTarget } from './support.js';
import type { TestImage } from './support.js';

// Runs the bundle of the attest action as GitHub's runner does, on the Node it declares
// (node24), signing with a cosign key pair made in the test, against the test registry; then
// verifies with cosign as anyone would.

const registry = inject('registry');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ACTION = join(ROOT, 'actions', 'attest', 'action.yml');
const BUNDLE = join(ROOT, 'dist', 'attest', 'index.js');
const STACK_LINE = /^\s+at /m;
const PASSWORD = 'pgforge-test-key-password-8ad1f3';

/** What a workflow run tells a step beyond RUNNER_GITHUB. */
const RUN_ENV = {
  GITHUB_WORKFLOW_REF: `${RUNNER_GITHUB.GITHUB_REPOSITORY}/.github/workflows/build-images.yml@refs/heads/main`,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_RUN_ID: '987654321',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REPOSITORY_ID: '123456',
  GITHUB_REPOSITORY_OWNER_ID: '7890',
  RUNNER_ENVIRONMENT: 'self-hosted',
};

let work: string;
let keys: KeyPair;
let provenanceImage: TestImage;
let sbomImage: TestImage;
let unpushedImage: TestImage;

beforeAll(async () => {
  await requireCosign();
  work = await mkdtemp(join(tmpdir(), 'pgforge-attest-action-'));
  keys = await generateKeyPair(join(work, 'keys'), PASSWORD);
  const stamp = Date.now().toString(36);
  provenanceImage = await pushSmallImage(
    registry.host,
    `attest/provenance-${stamp}`,
    'provenance\n',
  );
  sbomImage = await pushSmallImage(registry.host, `attest/sbom-${stamp}`, 'sbom\n');
  unpushedImage = await pushSmallImage(registry.host, `attest/unpushed-${stamp}`, 'unpushed\n');
}, 5 * 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function transcript(r: ActionRun): string {
  return `exit ${r.exitCode}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
}

async function runAttest(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<ActionRun & { workspace: string }> {
  const workspace = await mkdtemp(join(work, 'workspace-'));
  const result = await runAction({
    bundle: BUNDLE,
    action: ACTION,
    node: await node24(),
    cwd: workspace,
    inputs,
    // No Docker credentials: the test registry needs none, and the user's must not leak in.
    env: {
      DOCKER_CONFIG: join(work, 'no-docker-config'),
      COSIGN_PASSWORD: undefined,
      ...RUN_ENV,
      ...env,
    },
    tempDir: work,
    timeoutMs: 180_000,
  });
  return { ...result, workspace };
}

/** Every line a log would show: the runner consumes `::add-mask::` commands, showing nothing. */
function shownLines(r: ActionRun): string[] {
  return `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => !l.startsWith('::add-mask::'));
}

function secretLines(pem: string): string[] {
  return [PASSWORD, ...pem.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('-----'))];
}

function expectNoSecrets(r: ActionRun): void {
  const shown = shownLines(r).join('\n');
  for (const secret of secretLines(keys.pem)) {
    expect(shown.includes(secret), `a secret appears in the step's output:\n${secret}`).toBe(false);
  }
}

describe('the attest action bundle', () => {
  it('exists (run `node scripts/bundle.mjs` after changing the sources)', () => {
    expect(existsSync(BUNDLE), BUNDLE).toBe(true);
  });

  describe('SLSA provenance signed with a cosign key', () => {
    let r: ActionRun & { workspace: string };
    let attestations: {
      subject: string;
      predicateType: string;
      bundle: string;
      manifest: string;
      pushed?: string;
      verifyCommands: string[];
    }[];

    beforeAll(async () => {
      const target = sampleTarget(registry.host);
      r = await runAttest({
        subjects: JSON.stringify([
          {
            target: target.id,
            digest: provenanceImage.digest,
            reference: provenanceImage.reference,
            tags: [],
          },
        ]),
        targets: JSON.stringify([target]),
        signing: 'cosign-key',
        'cosign-key': keys.pem,
        'cosign-password': PASSWORD,
        'finished-on': '2026-11-21T10:21:42Z',
      });
      attestations = JSON.parse(r.outputs.attestations ?? '[]') as typeof attestations;
    }, 5 * 60_000);

    it('succeeds and outputs the bundle, the public key and the verify commands', () => {
      expect(r.exitCode, transcript(r)).toBe(0);
      const bundles = JSON.parse(r.outputs.bundles ?? '[]') as string[];
      expect(bundles).toHaveLength(1);
      expect(bundles[0]).toMatch(
        /^attestations\/attest-provenance-[a-z0-9]+-[0-9a-f]{12}\.provenance\.dsse\.json$/,
      );
      expect(existsSync(join(r.workspace, bundles[0]!))).toBe(true);
      expect(r.outputs['public-key']).toBe('attestations/cosign.pub');
      expect(attestations).toEqual([
        expect.objectContaining({
          subject: provenanceImage.reference,
          predicateType: 'https://slsa.dev/provenance/v1',
          bundle: bundles[0],
          pushed: `${registry.host}/${provenanceImage.repository}:${provenanceImage.digest.replace(':', '-')}.att`,
        }),
      ]);
      expect(r.outputs['verify-commands']?.split('\n')).toEqual([
        `cosign verify-attestation --key attestations/cosign.pub --type slsaprovenance1 --insecure-ignore-tlog=true ${provenanceImage.reference}`,
        `cosign verify-blob-attestation --key attestations/cosign.pub --signature ${bundles[0]} --type slsaprovenance1 --insecure-ignore-tlog=true ${attestations[0]!.manifest}`,
      ]);
      expect(r.summary).toContain('SLSA provenance attestations (cosign key)');
      expect(r.summary).toContain(provenanceImage.reference);
    });

    it('verifies with `cosign verify-attestation --key … --type slsaprovenance1`, and the predicate is the one built', async () => {
      const v = await cosign([
        'verify-attestation',
        '--key',
        keys.pub,
        '--type',
        'slsaprovenance1',
        '--insecure-ignore-tlog=true',
        provenanceImage.reference,
      ]);
      expect(v.code, v.stderr).toBe(0);
      const [statement, ...more] = verifiedStatements(v.stdout);
      expect(more).toEqual([]);
      const bundle = JSON.parse(
        await readFile(join(r.workspace, attestations[0]!.bundle), 'utf8'),
      ) as {
        payload: string;
      };
      expect(statement).toEqual(JSON.parse(Buffer.from(bundle.payload, 'base64').toString('utf8')));
      const hex = provenanceImage.digest.slice('sha256:'.length);
      const server = RUNNER_GITHUB.GITHUB_SERVER_URL;
      const repo = RUNNER_GITHUB.GITHUB_REPOSITORY;
      expect(statement).toEqual({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [
          { name: `${registry.host}/${provenanceImage.repository}`, digest: { sha256: hex } },
        ],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: {
          buildDefinition: {
            buildType: 'https://github.com/pgforge/pgforge/actions/build@v1',
            externalParameters: {
              workflow: {
                ref: 'refs/heads/main',
                repository: `${server}/${repo}`,
                path: '.github/workflows/build-images.yml',
              },
              target: sampleTarget(registry.host),
            },
            internalParameters: {
              github: {
                event_name: 'push',
                repository_id: '123456',
                repository_owner_id: '7890',
                runner_environment: 'self-hosted',
              },
            },
            resolvedDependencies: [
              {
                uri: `git+${server}/${repo}@refs/heads/main`,
                digest: { gitCommit: RUNNER_GITHUB.GITHUB_SHA },
              },
              { uri: 'pkg:docker/debian@trixie-slim', digest: { sha256: 'cd'.repeat(32) } },
            ],
          },
          runDetails: {
            builder: { id: `${server}/${RUN_ENV.GITHUB_WORKFLOW_REF}` },
            metadata: {
              invocationId: `${server}/${repo}/actions/runs/987654321/attempts/2`,
              startedOn: '2026-11-21T10:15:00Z',
              finishedOn: '2026-11-21T10:21:42Z',
            },
          },
        },
      });
    });

    it('gives verify commands that succeed as written, from the workspace', async () => {
      for (const command of r.outputs['verify-commands']!.split('\n')) {
        const v = await run('bash', ['-c', command], {
          cwd: r.workspace,
          allowFailure: true,
          timeoutMs: 120_000,
        });
        expect(v.code, `${command}\n${v.stderr}`).toBe(0);
      }
    });

    it('never shows the key or its password in the log, masks both, and removes the written key', () => {
      expectNoSecrets(r);
      expect(r.stdout).toContain(`::add-mask::${PASSWORD}`);
      expect(r.stdout).toContain('::add-mask::');
      expect(existsSync(join(r.runnerTemp, 'pgforge', 'attest', 'cosign.key'))).toBe(false);
    });

    it('fails verification once the attestation in the registry is tampered with', async () => {
      const client = new RegistryClient();
      const repo = { registry: registry.host, repository: provenanceImage.repository };
      const tag = `${provenanceImage.digest.replace(':', '-')}.att`;
      const att = await client.getManifest({ ...repo, tag });
      const manifest = att.manifest as ImageManifest;
      const layer = manifest.layers[0]!;
      const envelope = JSON.parse(
        new TextDecoder().decode(await client.getBlob(repo, layer.digest)),
      ) as {
        payload: string;
      };
      const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
        predicate: { runDetails: { builder: { id: string } } };
      };
      statement.predicate.runDetails.builder.id =
        'https://github.com/attacker/repo/.github/workflows/x.yml@refs/heads/main';
      envelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
      const tampered = await client.pushBlob(repo, JSON.stringify(envelope), {
        mediaType: layer.mediaType,
      });
      const layers: Descriptor[] = [{ ...layer, digest: tampered.digest, size: tampered.size }];
      const next = buildManifest({
        config: manifest.config,
        layers,
        annotations: manifest.annotations,
      });
      await client.pushManifest({ ...repo, tag }, next.bytes, MediaTypes.ociManifest);

      const v = await cosign([
        'verify-attestation',
        '--key',
        keys.pub,
        '--type',
        'slsaprovenance1',
        '--insecure-ignore-tlog=true',
        provenanceImage.reference,
      ]);
      expect(v.code).not.toBe(0);
      expect(v.stderr).toMatch(/no matching attestations|invalid signature|signature/i);
      expect(verifiedStatements(v.stdout)).toEqual([]);
    });

    it('fails offline verification of a tampered saved envelope', async () => {
      const file = join(r.workspace, attestations[0]!.bundle);
      const envelope = JSON.parse(await readFile(file, 'utf8')) as { payload: string };
      const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
        predicate: { buildDefinition: { buildType: string } };
      };
      statement.predicate.buildDefinition.buildType = 'https://example.com/other@v1';
      envelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
      const copy = join(r.workspace, 'tampered.dsse.json');
      await writeFile(copy, JSON.stringify(envelope));
      const v = await cosign(
        [
          'verify-blob-attestation',
          '--key',
          keys.pub,
          '--signature',
          copy,
          '--type',
          'slsaprovenance1',
          '--insecure-ignore-tlog=true',
          join(r.workspace, attestations[0]!.manifest),
        ],
        r.workspace,
      );
      expect(v.code).not.toBe(0);
    });
  });

  it('attests an SPDX SBOM that `cosign verify-attestation --type spdxjson` accepts', async () => {
    const spdx = {
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: sbomImage.repository,
      documentNamespace: `https://pgforge.test/spdx/${sbomImage.digest}`,
      creationInfo: { created: '2026-11-21T10:00:00Z', creators: ['Tool: pgforge-0.1.0'] },
      packages: [{ SPDXID: 'SPDXRef-hello', name: 'hello', downloadLocation: 'NOASSERTION' }],
    };
    const sbomDir = await mkdtemp(join(work, 'sbom-'));
    const sbomFile = join(sbomDir, 'image.spdx.json');
    await writeFile(sbomFile, JSON.stringify(spdx, null, 2));
    const r = await runAttest({
      subjects: sbomImage.reference,
      kind: 'sbom',
      sbom: sbomFile,
      'cosign-key': keys.pem,
      'cosign-password': PASSWORD,
    });
    expect(r.exitCode, transcript(r)).toBe(0);
    expect(r.outputs['verify-commands']).toContain('--type spdxjson');
    expectNoSecrets(r);

    const v = await cosign([
      'verify-attestation',
      '--key',
      keys.pub,
      '--type',
      'spdxjson',
      '--insecure-ignore-tlog=true',
      sbomImage.reference,
    ]);
    expect(v.code, v.stderr).toBe(0);
    const [statement] = verifiedStatements(v.stdout);
    expect(statement).toMatchObject({
      predicateType: 'https://spdx.dev/Document',
      predicate: spdx,
    });

    // The image has an SBOM attestation and no provenance: the type is checked.
    const wrongType = await cosign([
      'verify-attestation',
      '--key',
      keys.pub,
      '--type',
      'slsaprovenance1',
      '--insecure-ignore-tlog=true',
      sbomImage.reference,
    ]);
    expect(wrongType.code).not.toBe(0);
    expect(wrongType.stderr).toContain('none of the attestations matched the predicate type');
  });

  it('with a key file and push-to-registry false, leaves the registry alone and the files verify offline', async () => {
    const r = await runAttest({
      subjects: unpushedImage.reference,
      'cosign-key': keys.key,
      'cosign-password': PASSWORD,
      'push-to-registry': 'false',
      'output-dir': 'out/att',
    });
    expect(r.exitCode, transcript(r)).toBe(0);
    const commands = r.outputs['verify-commands']!.split('\n');
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(
      /^cosign verify-blob-attestation --key out\/att\/cosign.pub --signature out\/att\//,
    );
    const v = await run('bash', ['-c', commands[0]!], {
      cwd: r.workspace,
      allowFailure: true,
      timeoutMs: 120_000,
    });
    expect(v.code, v.stderr).toBe(0);
    const tags = await new RegistryClient().listTags({
      registry: registry.host,
      repository: unpushedImage.repository,
    });
    expect(tags).toEqual(['v1']);
    // A key given as a path is the user's file: it stays.
    expect(existsSync(keys.key)).toBe(true);
  });

  describe('bad inputs give one error annotation naming the input, and no stack trace', () => {
    async function expectOneError(
      inputs: Record<string, string>,
      message: RegExp,
      env: Record<string, string | undefined> = {},
    ): Promise<ActionRun> {
      const r = await runAttest(inputs, env);
      expect(r.exitCode, transcript(r)).toBe(1);
      const errors = r.annotations.filter((a) => a.level === 'error');
      expect(errors, transcript(r)).toHaveLength(1);
      expect(errors[0]!.message).toMatch(message);
      expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
      expectNoSecrets(r);
      return r;
    }

    it('an unknown signing method', async () => {
      await expectOneError(
        { subjects: provenanceImage.reference, signing: 'sigstore', 'cosign-key': keys.key },
        /^input "signing": "sigstore" is not allowed; expected github, cosign-key$/,
      );
    });

    it('no signing method where there is no OIDC token and no key', async () => {
      await expectOneError(
        { subjects: provenanceImage.reference },
        /^input "signing": "" is not allowed; expected github \(.*id-token: write.*\) or cosign-key/,
        { ACTIONS_ID_TOKEN_REQUEST_URL: undefined },
      );
    });

    it('a subject without a digest', async () => {
      const tagged = `${registry.host}/${provenanceImage.repository}:v1`;
      await expectOneError(
        { subjects: tagged, 'cosign-key': keys.key, 'cosign-password': PASSWORD },
        new RegExp(
          `^input "subjects": "${tagged.replace(/[.]/g, '\\.')}" is not allowed; expected image references with a digest .*has no digest`,
        ),
      );
    });

    it('an unknown kind', async () => {
      await expectOneError(
        { subjects: provenanceImage.reference, kind: 'vex', 'cosign-key': keys.key },
        /^input "kind": "vex" is not allowed; expected provenance, sbom$/,
      );
    });

    it('an SBOM file that is neither SPDX nor CycloneDX', async () => {
      const file = join(work, 'not-an-sbom.json');
      await writeFile(file, '{"name":"x"}');
      await expectOneError(
        {
          subjects: sbomImage.reference,
          kind: 'sbom',
          sbom: file,
          'cosign-key': keys.key,
          'cosign-password': PASSWORD,
        },
        /^input "sbom": ".*not-an-sbom\.json" is not allowed; expected an SPDX JSON document/,
      );
    });

    it('a cosign key that is neither a file nor PEM, without repeating it', async () => {
      const r = await expectOneError(
        { subjects: provenanceImage.reference, 'cosign-key': 'c2VjcmV0LWtleS1tYXRlcmlhbA==' },
        /^input "cosign-key": the value is neither an existing file nor the PEM text of a private key/,
      );
      expect(shownLines(r).join('\n')).not.toContain('c2VjcmV0LWtleS1tYXRlcmlhbA==');
    });

    it('a wrong key password: cosign says so, and no password is shown', async () => {
      const r = await runAttest({
        subjects: provenanceImage.reference,
        'cosign-key': keys.pem,
        'cosign-password': 'not-the-password-91c2',
      });
      expect(r.exitCode, transcript(r)).toBe(1);
      const errors = r.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(
        /^cosign could not read the public key of the private key: .*decrypt/s,
      );
      expect(shownLines(r).join('\n')).not.toContain('not-the-password-91c2');
      expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
    });

    it('signing: github where the runner OIDC token cannot be had (fake token URL)', async () => {
      // The bundled @actions/attest really runs: it asks the (unreachable) token endpoint first.
      await expectOneError(
        { subjects: provenanceImage.reference, signing: 'github' },
        /^signing with GitHub's Sigstore failed: /,
        {
          ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
        },
      );
    });
  });
});
