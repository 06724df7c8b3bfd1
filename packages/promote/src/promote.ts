/**
 * `promoteImages`: the one way into production. Every gate of every image runs before
 * anything is written; then each image is copied by digest with everything that refers to it,
 * its copy is checked, and only then are tags written: every image's immutable tag first, the
 * moving aliases last. An interruption at any point leaves no production tag on an incomplete
 * image (a tag is written only after its image is whole), and a rerun completes the work
 * (what is there already is not copied again; a tag that names the image already is left).
 */
import {
  verifyAttestation as cosignVerifyAttestation,
  type Verification,
  type VerifyAttestationOptions,
  type VerifyAttestationResult,
} from '@pgforge/attest';
import {
  isImageIndex,
  ManifestNotFoundError,
  parseReference,
  type FetchedManifest,
  type RegistryClient,
} from '@pgforge/oci';
import { PromoteError, PromoteRefusedError, type Refusal } from './errors.js';
import type { PromoteRequest } from './images.js';
import { applyRepair, planRepair, type RepairPlan } from './repair.js';
import type { RepairInput } from './repairs.js';
import { smokeVerdict, type LoadedReport } from './reports.js';
import type { PromotedImage, PromotedTag, PromoteResult, RepairedImage } from './result.js';
import { promoteSummary } from './summary.js';

/** The registry calls promote makes (RegistryClient has them). */
export type PromoteRegistry = Pick<
  RegistryClient,
  'headManifest' | 'getManifest' | 'resolveDigest' | 'copyImage' | 'pushManifest'
>;

export interface PromoteOptions {
  images: PromoteRequest[];
  /**
   * Production tags to point at images production holds already (the matrix's repairs). Each
   * image's attestation is verified as a promoted image's is; one that does not verify is
   * refused alone, and its tags stay as they are.
   */
  repairs?: RepairInput[];
  /** The smoke reports given; every image needs a passing one for its digest unless requireSmoke is false. */
  reports: LoadedReport[];
  requireSmoke: boolean;
  /** The attestation every image must carry, and who must have signed it; none: not checked. */
  verify?: { verification: Verification; predicateType: string };
  /** Check the gates and say what would be written, writing nothing. */
  dryRun: boolean;
  registry: PromoteRegistry;
  /** cosign's environment (DOCKER_CONFIG for registry credentials). */
  env: Record<string, string | undefined>;
  log?: (line: string) => void;
  /** Default: the cosign CLI (attest's verifyAttestation). */
  verifyAttestation?: (options: VerifyAttestationOptions) => Promise<VerifyAttestationResult>;
}

const COSIGN_SUFFIXES = ['att', 'sig', 'sbom'] as const;

const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);

const CREATED = 'org.opencontainers.image.created';

/** When the image was built, as its annotation says (RFC 3339, compared as instants). */
function createdOf(fetched: FetchedManifest): number | undefined {
  const value = fetched.manifest.annotations?.[CREATED];
  const time = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

interface Checked {
  request: PromoteRequest;
  top: FetchedManifest;
  smokeReport?: string;
  verified?: string;
  plan: PromotedTag[];
}

/**
 * The attestation gate, when one is asked for: the image's attestation of the predicate type
 * must verify with the key or identity given. The command that passed, or why it refused.
 */
async function verifyImage(
  reference: string,
  options: PromoteOptions,
): Promise<{ verified?: string; refusal?: string }> {
  if (!options.verify) return {};
  const verify = options.verifyAttestation ?? cosignVerifyAttestation;
  const result = await verify({
    verification: options.verify.verification,
    predicateType: options.verify.predicateType,
    reference,
    env: options.env,
  });
  if (result.verified) return { verified: result.command };
  const who =
    options.verify.verification.method === 'cosign-key'
      ? `the key ${options.verify.verification.publicKey}`
      : `the identity ${JSON.stringify(options.verify.verification.identity)} of ${options.verify.verification.issuer}`;
  return {
    refusal: `no ${options.verify.predicateType} attestation verifies with ${who} (\`${result.command}\`): ${result.output ?? ''}`,
  };
}

interface CheckedRepair {
  repair: RepairInput;
  plan: RepairPlan;
  verified?: string;
}

/**
 * A repair's gate: the image is in production, and its attestation verifies when one is asked
 * for (a repair brings nothing in, but an image pushed to production by hand never met promote's
 * gates). Then what each tag would become.
 */
async function gateRepair(
  repair: RepairInput,
  options: PromoteOptions,
): Promise<{ checked?: CheckedRepair; refusal?: Refusal }> {
  const refuse = (reason: string) => ({ refusal: { image: repair.image, reason } });
  let top: FetchedManifest;
  try {
    top = await options.registry.getManifest(repair.image);
  } catch (error) {
    if (!(error instanceof ManifestNotFoundError)) throw error;
    const { registry, repository } = parseReference(repair.image);
    return refuse(
      `not in production: ${registry} has no ${repair.digest} in ${repository}; a repair points tags at an image production holds`,
    );
  }
  const verification = await verifyImage(repair.image, options);
  if (verification.refusal !== undefined) return refuse(verification.refusal);
  const plan = await planRepair(options.registry, repair, top);
  return {
    checked: {
      repair,
      plan,
      ...(verification.verified ? { verified: verification.verified } : {}),
    },
  };
}

async function gate(
  request: PromoteRequest,
  options: PromoteOptions,
): Promise<{ checked?: Checked; refusal?: Refusal }> {
  const refuse = (reason: string) => ({ refusal: { image: request.source, reason } });
  // Fetched once: whether the source is there, its bytes for the tags, its created time.
  let top: FetchedManifest;
  try {
    top = await options.registry.getManifest(request.sourceRef);
  } catch (error) {
    if (!(error instanceof ManifestNotFoundError)) throw error;
    return refuse(
      `not in the registry: ${request.sourceRef.registry} has no ${request.digest} in ${request.sourceRef.repository}`,
    );
  }
  let smokeReport: string | undefined;
  if (options.requireSmoke) {
    const verdict = smokeVerdict(request, options.reports);
    if (!verdict.passed) return refuse(verdict.reason);
    smokeReport = verdict.file;
  }
  const verification = await verifyImage(request.source, options);
  if (verification.refusal !== undefined) return refuse(verification.refusal);
  const verified = verification.verified;
  const created = createdOf(top);
  // Aliases often name one previous image: its created time is read once.
  const heldTimes = new Map<string, Promise<number | undefined>>();
  const heldTime = (digest: string): Promise<number | undefined> => {
    let time = heldTimes.get(digest);
    if (!time) {
      time = options.registry
        .getManifest(`${request.destination}@${digest}`)
        .then((fetched) => createdOf(fetched));
      heldTimes.set(digest, time);
    }
    return time;
  };
  const plan: PromotedTag[] = [];
  for (const [i, tag] of request.tags.entries()) {
    const reference = `${request.destination}:${tag}`;
    const current = await options.registry.resolveDigest(reference);
    if (current === request.digest) plan.push({ reference, change: 'unchanged' });
    else if (current === undefined) plan.push({ reference, change: 'written' });
    else if (i < request.immutable) {
      // An immutable tag names one image forever.
      return refuse(
        `${reference} already names ${current}; an immutable tag never moves (build again, under a new timestamp)`,
      );
    } else {
      const held = await heldTime(current);
      plan.push({
        reference,
        change: created && held && held > created ? 'newer' : 'moved',
        previous: current,
      });
    }
  }
  return {
    checked: {
      request,
      top,
      plan,
      ...(smokeReport ? { smokeReport } : {}),
      ...(verified ? { verified } : {}),
    },
  };
}

/** The cosign artifacts of the image and of each manifest in it, copied under the same tags. */
async function copyCosignArtifacts(c: Checked, options: PromoteOptions): Promise<string[]> {
  const { request, top } = c;
  const digests = [
    request.digest,
    ...(isImageIndex(top.manifest) ? top.manifest.manifests.map((d) => d.digest) : []),
  ];
  const source = `${request.sourceRef.registry}/${request.sourceRef.repository}`;
  const copied: string[] = [];
  for (const digest of digests) {
    for (const suffix of COSIGN_SUFFIXES) {
      const tag = `${digest.replace(':', '-')}.${suffix}`;
      if ((await options.registry.resolveDigest(`${source}:${tag}`)) === undefined) continue;
      await options.registry.copyImage(`${source}:${tag}`, `${request.destination}:${tag}`, {
        referrers: true,
      });
      copied.push(tag);
    }
  }
  return copied;
}

export async function promoteImages(options: PromoteOptions): Promise<PromoteResult> {
  const log = options.log ?? (() => undefined);
  const checked: Checked[] = [];
  const refusals: Refusal[] = [];
  for (const request of options.images) {
    const { checked: ok, refusal } = await gate(request, options);
    if (ok) checked.push(ok);
    if (refusal) {
      refusals.push(refusal);
      log(`refused ${request.label} (${request.source}): ${refusal.reason}`);
    }
  }
  // Every repair's gate too, before anything is written.
  const repairs: CheckedRepair[] = [];
  const repairRefusals: Refusal[] = [];
  for (const repair of options.repairs ?? []) {
    const { checked: ok, refusal } = await gateRepair(repair, options);
    if (ok) repairs.push(ok);
    if (refusal) {
      repairRefusals.push(refusal);
      log(`refused the repair of ${repair.label} (${repair.image}): ${refusal.reason}`);
    }
  }
  // A refused image refuses everything: no tag moves at all.
  if (refusals.length > 0) throw new PromoteRefusedError([...refusals, ...repairRefusals]);

  const repaired: RepairedImage[] = repairs.map((c) => ({
    label: c.repair.label,
    ...(c.repair.target !== undefined ? { target: c.repair.target } : {}),
    image: c.repair.image,
    digest: c.repair.digest,
    changes: c.plan.tags,
    ...(c.verified ? { verified: c.verified } : {}),
  }));
  const promoted: PromotedImage[] = checked.map((c) => ({
    label: c.request.label,
    source: c.request.source,
    destination: `${c.request.destination}@${c.request.digest}`,
    digest: c.request.digest,
    tags: c.plan.map((p) => p.reference),
    changes: c.plan,
    artifacts: [],
    ...(c.smokeReport ? { smokeReport: c.smokeReport } : {}),
    ...(c.verified ? { verified: c.verified } : {}),
  }));
  // A refused repair stops itself alone: the other repairs and the images go on, and the
  // refusal is thrown once they are written (with what was).
  const finish = (dryRun: boolean): PromoteResult => {
    const result = {
      promoted,
      repaired,
      dryRun,
      summary: promoteSummary(promoted, dryRun, repaired),
    };
    if (repairRefusals.length > 0) throw new PromoteRefusedError(repairRefusals, result);
    return result;
  };
  if (options.dryRun) return finish(true);

  // Whole images first, each checked where it landed.
  for (const [i, c] of checked.entries()) {
    const { request } = c;
    log(`copying ${request.source} to ${request.destination}`);
    await options.registry.copyImage(request.source, `${request.destination}@${request.digest}`, {
      referrers: true,
    });
    const artifacts = await copyCosignArtifacts(c, options);
    const landed = await options.registry.headManifest(`${request.destination}@${request.digest}`);
    if (landed?.digest !== request.digest) {
      throw new PromoteError(
        `${request.destination}@${request.digest} is not in production after the copy (the registry answers ${landed?.digest ?? 'nothing'}); no tag was written`,
      );
    }
    const entry = promoted[i];
    if (entry) entry.artifacts = artifacts;
  }
  // Then the tags: every immutable one, and only then the aliases that move.
  const phases = [
    (c: Checked) => c.plan.slice(0, c.request.immutable),
    (c: Checked) => c.plan.slice(c.request.immutable),
  ];
  for (const phase of phases) {
    for (const c of checked) {
      for (const tag of phase(c)) {
        if (tag.change === 'unchanged' || tag.change === 'newer') continue;
        const digest = await options.registry.pushManifest(
          tag.reference,
          c.top.bytes,
          c.top.mediaType,
        );
        if (digest !== c.request.digest) {
          throw new PromoteError(
            `${tag.reference}: tagged ${digest}, expected ${c.request.digest}`,
          );
        }
        log(
          `${tag.reference} → ${short(digest)}${tag.previous ? ` (was ${short(tag.previous)})` : ''}`,
        );
      }
    }
  }
  // Then the repairs: tags pointed at images production holds, each read back.
  for (const c of repairs) {
    for (const done of await applyRepair(options.registry, c.plan)) {
      log(
        `${done.tag} → ${short(done.digest)}${done.previous ? ` (was ${short(done.previous)})` : ''} (repair of ${c.repair.label})`,
      );
    }
  }
  return finish(false);
}
