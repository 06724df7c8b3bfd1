/**
 * The SLSA provenance v1 predicate (slsa.dev/spec/v1.1/provenance) of an image built by this
 * project in a GitHub Actions run. Which fields mean what is the build type's business; ours is
 * documented in this package's README (section "Build type").
 */
import { parseDigest, parseReference } from '@pgforge/oci';
import type { GithubRunContext } from './github-context.js';
import { runUrl, sourceUri, workflowIdentity, workflowUrl } from './github-context.js';
import { isLocalRun, LOCAL_BUILD_TYPE, localBuilderId } from './local-context.js';
import type { LocalRunContext } from './local-context.js';

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/**
 * The build type: images built by this project's build (or extension) action. The URI names
 * the action and the major version of the parameters' shape; a change of that shape is a v2.
 */
export const BUILD_TYPE = 'https://github.com/pgforge/pgforge/actions/build@v1';

/** A ResourceDescriptor (in-toto attestation spec/v1/resource_descriptor.md). */
export interface ResourceDescriptor {
  uri?: string;
  digest?: Record<string, string>;
  name?: string;
  downloadLocation?: string;
  mediaType?: string;
  annotations?: Record<string, unknown>;
}

export interface SlsaProvenance {
  buildDefinition: {
    buildType: string;
    externalParameters: Record<string, unknown>;
    internalParameters?: Record<string, unknown>;
    resolvedDependencies?: ResourceDescriptor[];
  };
  runDetails: {
    builder: { id: string; version?: Record<string, string> };
    metadata?: { invocationId?: string; startedOn?: string; finishedOn?: string };
    byproducts?: ResourceDescriptor[];
  };
}

export interface ProvenanceOptions {
  /** A GitHub Actions run, or one machine's (the CLI). */
  context: GithubRunContext | LocalRunContext;
  /** Default BUILD_TYPE (LOCAL_BUILD_TYPE for a local run). */
  buildType?: string;
  /**
   * What the build was asked to do beyond the workflow, e.g. `{ target: <the matrix target> }`:
   * set next to `workflow` in externalParameters.
   */
  parameters?: Record<string, unknown>;
  /** The image the build started from (`debian:trixie-slim`), with its digest when known. */
  baseImage?: { image: string; digest?: string };
  startedOn?: Date;
  finishedOn?: Date;
  /** builder.version, e.g. `{ pgforge: '0.1.0' }`. */
  builderVersion?: Record<string, string>;
}

/** RFC 3339 in UTC without fractions, the form the SLSA spec shows. */
export function slsaTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The package URL of an image (purl spec, type docker): Docker Hub names without `library/`,
 * other registries as `repository_url`; the tag as version. The digest goes in `digest`.
 */
export function imageResource(image: string, digest?: string): ResourceDescriptor {
  const ref = parseReference(image);
  const hub = ref.registry === 'docker.io';
  const path = hub ? ref.repository.replace(/^library\//, '') : ref.repository;
  const version = ref.tag ?? ref.digest ?? 'latest';
  const qualifier = hub ? '' : `?repository_url=${encodeURIComponent(ref.registry)}`;
  const descriptor: ResourceDescriptor = {
    uri: `pkg:docker/${path}@${encodeURIComponent(version)}${qualifier}`,
  };
  const pinned = digest ?? ref.digest;
  if (pinned !== undefined) {
    const { algorithm, hex } = parseDigest(pinned);
    descriptor.digest = { [algorithm]: hex };
  }
  return descriptor;
}

function compactRecord(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).filter((e): e is [string, string] => e[1] !== undefined),
  );
}

export function buildProvenance(options: ProvenanceOptions): SlsaProvenance {
  const { context } = options;
  if (isLocalRun(context)) return localProvenance(context, options);
  const github = compactRecord({
    event_name: context.eventName,
    repository_id: context.repositoryId,
    repository_owner_id: context.repositoryOwnerId,
    runner_environment: context.runnerEnvironment,
  });
  const resolvedDependencies: ResourceDescriptor[] = [
    { uri: sourceUri(context), digest: { gitCommit: context.sha } },
  ];
  if (options.baseImage) {
    resolvedDependencies.push(imageResource(options.baseImage.image, options.baseImage.digest));
  }
  const builder: SlsaProvenance['runDetails']['builder'] = { id: workflowUrl(context) };
  if (options.builderVersion) builder.version = { ...options.builderVersion };
  return {
    buildDefinition: {
      buildType: options.buildType ?? BUILD_TYPE,
      externalParameters: { workflow: workflowIdentity(context), ...options.parameters },
      ...(Object.keys(github).length > 0 ? { internalParameters: { github } } : {}),
      resolvedDependencies,
    },
    runDetails: { builder, metadata: metadataOf(runUrl(context), options) },
  };
}

function metadataOf(invocationId: string, options: ProvenanceOptions): Record<string, string> {
  return compactRecord({
    invocationId,
    startedOn: options.startedOn ? slsaTimestamp(options.startedOn) : undefined,
    finishedOn: options.finishedOn ? slsaTimestamp(options.finishedOn) : undefined,
  });
}

/** The local build type (this package's README, "Build type"): the command, not a workflow. */
function localProvenance(context: LocalRunContext, options: ProvenanceOptions): SlsaProvenance {
  const resolvedDependencies: ResourceDescriptor[] = context.source
    ? [{ uri: context.source.uri, digest: { gitCommit: context.source.commit } }]
    : [];
  if (options.baseImage) {
    resolvedDependencies.push(imageResource(options.baseImage.image, options.baseImage.digest));
  }
  const builder: SlsaProvenance['runDetails']['builder'] = { id: localBuilderId(context) };
  if (options.builderVersion) builder.version = { ...options.builderVersion };
  return {
    buildDefinition: {
      buildType: options.buildType ?? LOCAL_BUILD_TYPE,
      externalParameters: { command: context.command, ...options.parameters },
      internalParameters: { host: context.host },
      ...(resolvedDependencies.length > 0 ? { resolvedDependencies } : {}),
    },
    runDetails: { builder, metadata: metadataOf(context.invocationId, options) },
  };
}
