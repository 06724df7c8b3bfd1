/**
 * The kind level: a kind cluster with the ImageVolume feature gate and a local registry, the
 * CNPG operator from its release manifest, a Cluster (with `postgresql.extensions`) and a
 * Database with extensions, then SQL through `kubectl exec`. On a failure it gathers
 * diagnostics; the cluster is deleted at the end whatever happened. Everything goes through a
 * CommandRunner, so the sequence is tested here with a recording fake (kind cannot start on
 * every machine).
 *
 * This file lists the checks in the order they run; each lives beside it with its group, and
 * shares what it needs through the `KindSession`.
 */
import { runSteps } from '../steps.js';
import type { CheckResult, Diagnostic } from '../types.js';
import { kindCluster, nodesPullFromRegistry, toolsAvailable } from './cluster.js';
import { collectDiagnostics } from './diagnostics.js';
import { operatorInstalled } from './operator.js';
import {
  clusterHealthy,
  databaseApplied,
  extensionInDatabase,
  localeInPod,
  selectVersion,
} from './postgres.js';
import { imagesInRegistry, localRegistry } from './registry.js';
import { KindSession, type KindLevelOptions, type KindStep } from './session.js';

export { localImage, type ImageCopy } from './local-image.js';
export { REGISTRY_IMAGE } from './registry.js';
export type { KindLevelOptions } from './session.js';

/** CNPG's current minor, as its extension repository tests against. */
export const DEFAULT_CNPG_VERSION = '1.30.0';
/**
 * kind v0.32.0's node image for Kubernetes 1.36 (image volumes are on by default since 1.35),
 * pinned by digest as kind asks: the digest is kind's own default at its v0.32.0 release.
 */
export const DEFAULT_KIND_NODE_IMAGE =
  'kindest/node:v1.36.1@sha256:3489c7674813ba5d8b1a9977baea8a6e553784dab7b84759d1014dbd78f7ebd5';

export interface KindLevelResult {
  checks: CheckResult[];
  diagnostics: Diagnostic[];
  /** Every document applied, in order (for the report and the CRD tests). */
  manifests: object[];
}

export async function runKindLevel(options: KindLevelOptions): Promise<KindLevelResult> {
  const s = new KindSession(options);
  const steps: KindStep[] = [
    toolsAvailable(s),
    localRegistry(s),
    kindCluster(s),
    nodesPullFromRegistry(s),
    imagesInRegistry(s),
    operatorInstalled(s),
    clusterHealthy(s),
    databaseApplied(s),
    selectVersion(s),
    ...s.wantedExtensions.map((e) => extensionInDatabase(s, e)),
    ...s.expectations.locales.map((locale) => localeInPod(s, locale)),
  ];
  try {
    await runSteps(s.checks, steps);
    if (s.checks.failed && s.createdCluster) await collectDiagnostics(s);
  } finally {
    await s.tearDown();
  }
  return { checks: s.checks.results, diagnostics: s.diagnostics, manifests: s.manifests };
}
