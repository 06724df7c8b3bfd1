import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  attestCommand,
  GithubSigningError,
  parseSubject,
  SLSA_PROVENANCE_V1,
  SPDX_PREDICATE_TYPE,
} from '@pgforge/attest';
import type { GithubRunContext } from '@pgforge/attest';
import { RegistryClient } from '@pgforge/oci';
import type { ImageManifest } from '@pgforge/oci';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordedFakeSigner } from './recorded-signer.js';
import { pushSmallImage, sampleTarget } from './support.js';
import type { TestImage } from './support.js';

// The `signing: github` path with a recorded fake of @actions/attest's signer (Sigstore and
// GitHub's OIDC token cannot be reached here): everything after signing is real, the registry
// included.

const registry = inject('registry');
const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

const RUN: GithubRunContext = {
  serverUrl: 'https://github.com',
  repository: 'example/images',
  sha: '4f9a2c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
  workflowRef: 'example/images/.github/workflows/build-images.yml@refs/heads/main',
  runId: '42',
};

let work: string;
let image: TestImage;
const client = new RegistryClient();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-attest-github-'));
  image = await pushSmallImage(
    registry.host,
    `attest/github-${Date.now().toString(36)}`,
    'github\n',
  );
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('signing with GitHub (recorded fake signer)', () => {
  it('recorded fake: signs our statement, saves the bundle and pushes it as a referrer of the image', async () => {
    const signer = recordedFakeSigner();
    const target = sampleTarget(registry.host);
    const outputDir = join(work, 'provenance');
    const result = await attestCommand({
      subjects: [parseSubject(image.reference, target.id)],
      kind: 'provenance',
      provenance: { context: RUN, targets: [target] },
      signing: { method: 'github', signer, token: 'ghs_recorded', repository: RUN.repository },
      push: true,
      outputDir,
      workDir: join(work, 'scratch'),
      registry: client,
      now: () => new Date('2026-11-21T10:30:00Z'),
    });

    // What the signer was asked: one subject, SLSA v1, our predicate, the token.
    expect(signer.requests).toHaveLength(1);
    const request = signer.requests[0]!;
    expect(request.subjects).toEqual([
      { name: `${registry.host}/${image.repository}`, digest: { sha256: image.digest.slice(7) } },
    ]);
    expect(request.predicateType).toBe(SLSA_PROVENANCE_V1);
    expect(request.token).toBe('ghs_recorded');
    expect(request.predicate).toMatchObject({
      buildDefinition: { externalParameters: { target: { id: '17-minimal-trixie' } } },
    });

    const [attestation] = result.attestations;
    expect(result.attestations).toHaveLength(1);
    expect(attestation).toMatchObject({
      subject: image.reference,
      bundleFormat: 'sigstore-bundle',
      attestationId: '4242',
      tlogId: '168704762',
    });
    expect(attestation!.bundle).toMatch(/\.provenance\.sigstore\.json$/);
    const saved = await readFile(attestation!.bundle, 'utf8');
    const bundle = JSON.parse(saved) as { mediaType: string; dsseEnvelope: { payload: string } };
    expect(bundle.mediaType).toBe(BUNDLE_TYPE);
    expect(
      JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')),
    ).toMatchObject({
      _type: 'https://in-toto.io/Statement/v1',
      predicateType: SLSA_PROVENANCE_V1,
    });

    // In the registry: an OCI artifact whose subject is the image, as actions/attest pushes it.
    const repo = { registry: registry.host, repository: image.repository };
    const referrers = await client.referrers(repo, image.digest, { artifactType: BUNDLE_TYPE });
    expect(referrers).toHaveLength(1);
    expect(attestation!.pushed).toBe(
      `${registry.host}/${image.repository}@${referrers[0]!.digest}`,
    );
    expect(referrers[0]!.annotations).toEqual({
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': SLSA_PROVENANCE_V1,
      'org.opencontainers.image.created': '2026-11-21T10:30:00.000Z',
    });
    const artifact = (await client.getManifest({ ...repo, digest: referrers[0]!.digest }))
      .manifest as ImageManifest;
    expect(artifact.subject?.digest).toBe(image.digest);
    expect(artifact.layers).toHaveLength(1);
    expect(artifact.layers[0]!.mediaType).toBe(BUNDLE_TYPE);
    expect(new TextDecoder().decode(await client.getBlob(repo, artifact.layers[0]!.digest))).toBe(
      saved,
    );

    // The saved manifest is the subject's: its sha256 is the digest gh verifies a file against.
    const manifest = await readFile(attestation!.manifest);
    expect(`sha256:${createHash('sha256').update(manifest).digest('hex')}`).toBe(image.digest);
    expect(attestation!.verifyCommands).toEqual([
      `gh attestation verify oci://${image.reference} --repo example/images --bundle-from-oci`,
      `gh attestation verify ${attestation!.manifest} --repo example/images --bundle ${attestation!.bundle}`,
    ]);
    expect(result.publicKey).toBeUndefined();
    expect(result.summary).toContain('Sigstore via GitHub');
  });

  it('recorded fake: an SBOM names its predicate type in the verify commands, and nothing is pushed without push', async () => {
    const spdx = join(work, 'bom.spdx.json');
    await writeFile(spdx, JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT' }));
    const before = await client.referrers(
      { registry: registry.host, repository: image.repository },
      image.digest,
    );
    const result = await attestCommand({
      subjects: [parseSubject(image.reference)],
      kind: 'sbom',
      sbomFile: spdx,
      signing: {
        method: 'github',
        signer: recordedFakeSigner(),
        token: 't',
        repository: RUN.repository,
      },
      push: false,
      outputDir: join(work, 'sbom'),
      workDir: join(work, 'scratch'),
      registry: client,
    });
    expect(result.attestations[0]!.predicateType).toBe(SPDX_PREDICATE_TYPE);
    expect(result.attestations[0]!.pushed).toBeUndefined();
    expect(result.verifyCommands[0]).toBe(
      `gh attestation verify oci://${image.reference} --repo example/images --predicate-type ${SPDX_PREDICATE_TYPE}`,
    );
    const after = await client.referrers(
      { registry: registry.host, repository: image.repository },
      image.digest,
    );
    expect(after).toEqual(before);
  });

  it('recorded fake: a bundle that signs another statement is refused, and nothing is pushed', async () => {
    const before = await client.referrers(
      { registry: registry.host, repository: image.repository },
      image.digest,
    );
    const signer = recordedFakeSigner((statement) => {
      statement.predicateType = 'https://example.com/other/v1';
    });
    await expect(
      attestCommand({
        subjects: [parseSubject(image.reference)],
        kind: 'provenance',
        provenance: { context: RUN },
        signing: { method: 'github', signer, token: 't', repository: RUN.repository },
        push: true,
        outputDir: join(work, 'refused'),
        workDir: join(work, 'scratch'),
        registry: client,
      }),
    ).rejects.toThrow(GithubSigningError);
    const after = await client.referrers(
      { registry: registry.host, repository: image.repository },
      image.digest,
    );
    expect(after).toEqual(before);
  });
});
