/**
 * The attest command: what the attest action (and later `pgforge attest`) calls. For each image
 * digest it builds one in-toto Statement v1 (SLSA provenance or an SBOM), signs it with a cosign
 * key or through GitHub's Sigstore signer, saves the signed envelope or bundle and the image's
 * manifest (so the files verify without a registry), pushes the attestation next to the image,
 * and says the exact commands that verify it.
 */
import { isDeepStrictEqual } from 'node:util';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  code,
  codeBlock,
  heading,
  paragraph,
  renderMarkdown,
  table,
  type SummaryDocument,
} from '@pgforge/summary';
import { UserError } from '@pgforge/errors';
import { commandLine } from '@pgforge/exec';
import { parseDigest } from '@pgforge/oci';
import type { Descriptor, RegistryClient } from '@pgforge/oci';
import type { Target } from '@pgforge/targets';
import { Cosign, cosignVerifyCommand, cosignVerifyFileCommand } from './cosign.js';
import type { CosignKey } from './key-input.js';
import { envelopePayload } from './dsse.js';
import { AttestError, GithubSigningError } from './errors.js';
import type { GithubRunContext } from './github-context.js';
import type { LocalRunContext } from './local-context.js';
import { buildProvenance, SLSA_PROVENANCE_V1 } from './provenance.js';
import { sbomPredicate } from './sbom.js';
import { SIGSTORE_BUNDLE_V03 } from './signer.js';
import type { GithubSigner, SigstoreBundle } from './signer.js';
import { buildStatement, statementBytes } from './statement.js';
import type { Statement } from './statement.js';
import { statementSubject } from './subjects.js';
import type { AttestSubject } from './subjects.js';

export const ATTEST_KINDS = ['provenance', 'sbom'] as const;
export type AttestKind = (typeof ATTEST_KINDS)[number];

export const SIGNING_METHODS = ['github', 'cosign-key'] as const;
export type SigningMethod = (typeof SIGNING_METHODS)[number];

export interface ProvenanceInput {
  /** The GitHub Actions run, or the machine (`pgforge attest`, `pgforge release`). */
  context: GithubRunContext | LocalRunContext;
  /**
   * The matrix's targets: a subject whose images entry names its target gets that target as
   * `externalParameters.target`, its base image as a resolved dependency, and its timestamp as
   * `startedOn` (unless given).
   */
  targets?: Target[];
  startedOn?: Date;
  finishedOn?: Date;
  buildType?: string;
  builderVersion?: Record<string, string>;
}

export interface CosignSigning {
  method: 'cosign-key';
  key: CosignKey;
  password?: string;
  /** cosign's environment (registry credentials come from Docker's config). */
  env: Record<string, string | undefined>;
  binary?: string;
}

export interface GithubSigning {
  method: 'github';
  signer: GithubSigner;
  token: string;
  /** `owner/repo` whose workflow signs: what `gh attestation verify --repo` checks. */
  repository: string;
}

export type SigningOptions = CosignSigning | GithubSigning;

/** The registry calls the command makes; RegistryClient has them. */
export type AttestRegistry = Pick<RegistryClient, 'getManifest' | 'pushArtifact'>;

export interface AttestCommandOptions {
  subjects: AttestSubject[];
  kind: AttestKind;
  /** Required for provenance. */
  provenance?: ProvenanceInput;
  /** Required for sbom: an SPDX or CycloneDX JSON file. */
  sbomFile?: string;
  signing: SigningOptions;
  /** Push each attestation to the image's repository. */
  push: boolean;
  /** Where envelopes, bundles, manifests and the public key are written (created when missing). */
  outputDir: string;
  /** Scratch space (a key written from PEM text lives here while cosign runs). */
  workDir: string;
  registry: AttestRegistry;
  /** The clock, for the `org.opencontainers.image.created` of pushed bundles. */
  now?: () => Date;
  log?: (line: string) => void;
}

export interface SubjectAttestation {
  /** `registry/repository@sha256:…` */
  subject: string;
  predicateType: string;
  /** The signed envelope (cosign-key) or Sigstore bundle (github). */
  bundle: string;
  bundleFormat: 'dsse-envelope' | 'sigstore-bundle';
  /** The image manifest whose digest is the subject, for verification without the registry. */
  manifest: string;
  /** Where it was pushed: cosign's `.att` tag, or the bundle artifact's digest. */
  pushed?: string;
  verifyCommands: string[];
  attestationId?: string;
  tlogId?: string;
}

export interface AttestResult {
  attestations: SubjectAttestation[];
  bundles: string[];
  verifyCommands: string[];
  /** cosign-key: the public key verifiers need. */
  publicKey?: string;
  /** Markdown for the step summary. */
  summary: string;
  /** The same summary as a document, for a terminal. */
  summaryDocument: SummaryDocument;
}

/** `YYYYMMDDhhmm` (a target's timestamp) as a UTC date. */
function minuteOf(timestamp: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(timestamp);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi));
}

interface Predicate {
  predicateType: string;
  predicate: unknown;
}

function provenanceFor(subject: AttestSubject, input: ProvenanceInput): Predicate {
  let target: Target | undefined;
  if (subject.target !== undefined && input.targets !== undefined) {
    target = input.targets.find((t) => t.id === subject.target);
    if (!target) {
      throw UserError.notAllowed(
        'targets',
        subject.target,
        `the target ${subject.reference} was built from; the targets given are ${input.targets.map((t) => t.id).join(', ') || 'none'}`,
      );
    }
  }
  const startedOn = input.startedOn ?? (target ? minuteOf(target.timestamp) : undefined);
  return {
    predicateType: SLSA_PROVENANCE_V1,
    predicate: buildProvenance({
      context: input.context,
      ...(input.buildType ? { buildType: input.buildType } : {}),
      ...(target ? { parameters: { target }, baseImage: target.base } : {}),
      ...(startedOn ? { startedOn } : {}),
      ...(input.finishedOn ? { finishedOn: input.finishedOn } : {}),
      ...(input.builderVersion ? { builderVersion: input.builderVersion } : {}),
    }),
  };
}

/** `ghcr.io/owner/postgresql@sha256:abc…` → `owner-postgresql-abc123456789` */
function fileStem(subject: AttestSubject): string {
  return `${subject.repository.replace(/\//g, '-')}-${parseDigest(subject.digest).hex.slice(0, 12)}`;
}

function attTag(subject: AttestSubject): string {
  return `${subject.registry}/${subject.repository}:${subject.digest.replace(':', '-')}.att`;
}

function ghVerifyCommands(
  subject: AttestSubject,
  predicateType: string,
  repository: string,
  bundle: string,
  manifest: string,
  pushed: boolean,
): string[] {
  const type = predicateType === SLSA_PROVENANCE_V1 ? [] : ['--predicate-type', predicateType];
  const oci = `oci://${subject.reference}`;
  return [
    commandLine('gh', [
      'attestation',
      'verify',
      oci,
      '--repo',
      repository,
      ...type,
      ...(pushed ? ['--bundle-from-oci'] : []),
    ]),
    commandLine('gh', [
      'attestation',
      'verify',
      manifest,
      '--repo',
      repository,
      '--bundle',
      bundle,
      ...type,
    ]),
  ];
}

/** The step summary: one row per attestation, then the commands that verify them. */
export function attestSummaryDocument(
  kind: AttestKind,
  method: SigningMethod,
  attestations: readonly SubjectAttestation[],
): SummaryDocument {
  return [
    heading(
      2,
      `${kind === 'provenance' ? 'SLSA provenance' : 'SBOM'} attestations (${method === 'github' ? 'Sigstore via GitHub' : 'cosign key'})`,
    ),
    table(
      ['image', 'predicate type', 'pushed', 'bundle'],
      attestations.map((a) => [
        code(a.subject),
        a.predicateType,
        a.pushed ? code(a.pushed) : 'no',
        code(a.bundle),
      ]),
    ),
    paragraph('Verify with:'),
    codeBlock(
      attestations.flatMap((a) => a.verifyCommands),
      'sh',
    ),
  ];
}

export async function attestCommand(options: AttestCommandOptions): Promise<AttestResult> {
  const log = options.log ?? (() => undefined);
  if (options.subjects.length === 0) {
    throw UserError.notAllowed('subjects', '', 'at least one image reference with a digest');
  }
  let predicateOf: (subject: AttestSubject) => Predicate;
  if (options.kind === 'provenance') {
    const input = options.provenance;
    if (!input) throw new AttestError('a provenance attestation needs the run it describes');
    predicateOf = (subject) => provenanceFor(subject, input);
  } else {
    if (!options.sbomFile) {
      throw UserError.notAllowed(
        'sbom',
        '',
        'the path of an SPDX or CycloneDX JSON file for kind sbom',
      );
    }
    const file = options.sbomFile;
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw UserError.notAllowed(
        'sbom',
        file,
        `a readable SPDX or CycloneDX JSON file (${error.code ?? error.message})`,
      );
    });
    const sbom = sbomPredicate(text, file);
    log(`${file}: ${sbom.format}, predicate type ${sbom.predicateType}`);
    predicateOf = () => ({ predicateType: sbom.predicateType, predicate: sbom.document });
  }

  await mkdir(options.outputDir, { recursive: true });
  const signing = options.signing;
  const cosign =
    signing.method === 'cosign-key'
      ? new Cosign({
          key: signing.key,
          ...(signing.password !== undefined ? { password: signing.password } : {}),
          env: signing.env,
          workDir: options.workDir,
          ...(signing.binary ? { binary: signing.binary } : {}),
          log: (line) => log(`$ ${line}`),
        })
      : undefined;
  const attestations: SubjectAttestation[] = [];
  let publicKey: string | undefined;
  try {
    if (cosign) {
      log(`cosign ${await cosign.version()}`);
      publicKey = join(options.outputDir, 'cosign.pub');
      await cosign.writePublicKey(publicKey);
    }
    for (const subject of options.subjects) {
      const { predicateType, predicate } = predicateOf(subject);
      const statement = buildStatement({
        subjects: [statementSubject(subject)],
        predicateType,
        predicate,
      });
      // Fetching the manifest checks the image is there before anything is signed.
      const fetched = await options.registry.getManifest(subject.reference);
      const stem = join(options.outputDir, `${fileStem(subject)}.${options.kind}`);
      const manifest = `${stem}.manifest.json`;
      await writeFile(manifest, fetched.bytes);
      const descriptor: Descriptor = {
        mediaType: fetched.mediaType,
        digest: fetched.digest,
        size: fetched.bytes.length,
      };
      const attestation =
        cosign && publicKey
          ? await signWithCosign(
              cosign,
              publicKey,
              subject,
              statement,
              stem,
              manifest,
              options.push,
              options.workDir,
            )
          : await signWithGithub(
              signing as GithubSigning,
              subject,
              statement,
              stem,
              manifest,
              descriptor,
              options,
            );
      log(
        `${subject.reference}: ${predicateType} signed${attestation.pushed ? `, pushed to ${attestation.pushed}` : ''}`,
      );
      attestations.push(attestation);
    }
  } finally {
    await cosign?.dispose();
  }
  const document = attestSummaryDocument(options.kind, signing.method, attestations);
  return {
    attestations,
    bundles: attestations.map((a) => a.bundle),
    verifyCommands: attestations.flatMap((a) => a.verifyCommands),
    ...(publicKey ? { publicKey } : {}),
    summary: renderMarkdown(document),
    summaryDocument: document,
  };
}

async function signWithCosign(
  cosign: Cosign,
  publicKey: string,
  subject: AttestSubject,
  statement: Statement,
  stem: string,
  manifest: string,
  push: boolean,
  workDir: string,
): Promise<SubjectAttestation> {
  const envelope = await cosign.signDsse(statementBytes(statement), join(workDir, 'sign'));
  const bundle = `${stem}.dsse.json`;
  await writeFile(bundle, JSON.stringify(envelope));
  let pushed: string | undefined;
  if (push) {
    await cosign.attach(bundle, subject.reference);
    pushed = attTag(subject);
  }
  const verifyCommands = [
    ...(pushed ? [cosignVerifyCommand(publicKey, statement.predicateType, subject.reference)] : []),
    cosignVerifyFileCommand(publicKey, statement.predicateType, bundle, manifest),
  ];
  return {
    subject: subject.reference,
    predicateType: statement.predicateType,
    bundle,
    bundleFormat: 'dsse-envelope',
    manifest,
    ...(pushed ? { pushed } : {}),
    verifyCommands,
  };
}

async function signWithGithub(
  signing: GithubSigning,
  subject: AttestSubject,
  statement: Statement,
  stem: string,
  manifest: string,
  descriptor: Descriptor,
  options: AttestCommandOptions,
): Promise<SubjectAttestation> {
  const signature = await signing.signer.sign({
    subjects: statement.subject,
    predicateType: statement.predicateType,
    predicate: statement.predicate,
    token: signing.token,
  });
  checkBundle(signature.bundle, statement);
  const bundle = `${stem}.sigstore.json`;
  const bytes = JSON.stringify(signature.bundle);
  await writeFile(bundle, bytes);
  let pushed: string | undefined;
  if (options.push) {
    // As actions/attest attaches bundles: an OCI artifact whose subject is the image.
    const created = (options.now ?? (() => new Date()))().toISOString();
    const mediaType = signature.bundle.mediaType;
    const artifact = await options.registry.pushArtifact({
      repository: { registry: subject.registry, repository: subject.repository },
      subject: descriptor,
      artifactType: mediaType,
      blobs: [{ bytes, mediaType }],
      annotations: {
        'dev.sigstore.bundle.content': 'dsse-envelope',
        'dev.sigstore.bundle.predicateType': statement.predicateType,
        'org.opencontainers.image.created': created,
      },
    });
    pushed = `${subject.registry}/${subject.repository}@${artifact.digest}`;
  }
  return {
    subject: subject.reference,
    predicateType: statement.predicateType,
    bundle,
    bundleFormat: 'sigstore-bundle',
    manifest,
    ...(pushed ? { pushed } : {}),
    verifyCommands: ghVerifyCommands(
      subject,
      statement.predicateType,
      signing.repository,
      bundle,
      manifest,
      pushed !== undefined,
    ),
    ...(signature.attestationId ? { attestationId: signature.attestationId } : {}),
    ...(signature.tlogId ? { tlogId: signature.tlogId } : {}),
  };
}

/** The signer must have signed our statement, in a DSSE bundle: anything else is not ours. */
function checkBundle(bundle: SigstoreBundle, statement: Statement): void {
  if (!bundle.mediaType?.startsWith('application/vnd.dev.sigstore.bundle')) {
    throw new GithubSigningError(
      `the signer returned a ${bundle.mediaType ?? 'typeless'} document, not a Sigstore bundle (${SIGSTORE_BUNDLE_V03})`,
    );
  }
  if (!bundle.dsseEnvelope) {
    throw new GithubSigningError(
      'the bundle has no dsseEnvelope; an attestation is a DSSE-signed in-toto statement',
    );
  }
  let signed: unknown;
  try {
    signed = envelopePayload(bundle.dsseEnvelope);
  } catch {
    throw new GithubSigningError("the bundle's DSSE payload is not JSON");
  }
  if (!isDeepStrictEqual(signed, JSON.parse(JSON.stringify(statement)))) {
    throw new GithubSigningError(
      `the signed statement is not the one built for ${statement.subject[0]?.name ?? 'the image'}`,
    );
  }
}
