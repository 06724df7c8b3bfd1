import { testingReferences, type Target } from '@pgforge/targets';

/** The subset of buildx bake's JSON format this project writes. */
export interface BakeTarget {
  context: string;
  dockerfile: string;
  target: string;
  contexts?: Record<string, string>;
  platforms: string[];
  args: Record<string, string>;
  tags: string[];
  labels: Record<string, string>;
  annotations: string[];
  attest: string[];
  output: string[];
}

export interface BakeDefinition {
  group: { default: { targets: string[] } };
  target: Record<string, BakeTarget>;
}

export interface BakeOptions {
  /** Directory holding the Dockerfile; the build context. */
  context: string;
  dockerfile?: string;
  /** Push to the registry (true) or keep the result in the build cache only. */
  push?: boolean;
  /** SLSA provenance attestation, `mode=max` by default; false to leave it out. */
  provenance?: boolean | 'min' | 'max';
  /**
   * Export each kept target as an OCI image layout in `<layoutDir>/<target id>` instead of
   * pushing: the build action pushes it by digest itself and writes tags only once the target
   * succeeded. (buildx's `push-by-digest` would do the first half, but the docker driver
   * lacks it; a layout works with every driver.)
   */
  layoutDir?: string;
  /** Build this one platform of every target (a per-platform job) instead of all. */
  platform?: string;
  /**
   * BuildKit's `rewrite-timestamp`: file times in new layers clamped to SOURCE_DATE_EPOCH,
   * for reproducible layers.
   */
  rewriteTimestamp?: boolean;
  /**
   * The directory holding the targets' PGDG key files (see writeKeyringContext): the
   * Dockerfile's `keyring` context. Needed when a target has a keyring.
   */
  keyringContext?: string;
}

/** Stages of docker/Dockerfile: a flavour without a parent is `server`, one with is `layer`. */
const SERVER_STAGE = 'server';
const LAYER_STAGE = 'layer';
const ANNOTATION_LEVELS = ['index', 'manifest'] as const;

/**
 * A bake definition building `kept` targets. Their parents (the flavours they extend) must be
 * in `all`: a parent not kept itself is still defined, as a build-cache-only target, because
 * its child is built on top of it through the `parent` context.
 */
export function bakeDefinition(
  kept: Target[],
  all: Target[],
  options: BakeOptions,
): BakeDefinition {
  const byId = new Map(all.map((t) => [t.id, t]));
  const keptIds = new Set(kept.map((t) => t.id));
  const defined = new Map<string, BakeTarget>();

  const define = (t: Target, output: boolean): void => {
    const existing = defined.get(t.id);
    if (existing && (existing.output[0] !== 'type=cacheonly' || !output)) return;
    const parent = t.parent !== undefined ? byId.get(t.parent) : undefined;
    if (t.parent !== undefined && !parent) {
      throw new Error(`target ${t.id} extends ${t.parent}, which is not among the targets`);
    }
    const platforms = options.platform !== undefined ? [options.platform] : t.platforms;
    const attest = output ? attestations(options) : [];
    const contexts: Record<string, string> = parent ? { parent: `target:${parent.id}` } : {};
    // The server stage installs PGDG's keys from it; every stage's install trusts the
    // configured Debian keys there (APT_KEYRING), so a layer needs the context too.
    if (t.keyring?.length) {
      if (options.keyringContext === undefined) {
        throw new Error(`target ${t.id} has a keyring but no keyring context was given`);
      }
      contexts.keyring = options.keyringContext;
    }
    defined.set(t.id, {
      context: options.context,
      dockerfile: options.dockerfile ?? 'Dockerfile',
      target: parent ? LAYER_STAGE : SERVER_STAGE,
      ...(Object.keys(contexts).length > 0 ? { contexts } : {}),
      platforms,
      args: t.buildArgs,
      tags: output && options.layoutDir === undefined ? testingReferences(t) : [],
      labels: t.annotations,
      // One entry per level: buildx's combined `index,manifest:` form gives, with the docker
      // driver, a Docker manifest list without any annotation.
      annotations: output
        ? annotationLevels(platforms.length, attest.length > 0).flatMap((level) =>
            Object.entries(t.annotations).map(([k, v]) => `${level}:${k}=${v}`),
          )
        : [],
      attest,
      output: output ? outputs(t, options) : ['type=cacheonly'],
    });
    if (parent) define(parent, keptIds.has(parent.id));
  };
  for (const t of kept) define(t, true);

  return {
    group: { default: { targets: kept.map((t) => t.id) } },
    target: Object.fromEntries([...defined.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

function attestations(options: BakeOptions): string[] {
  const mode = options.provenance ?? 'max';
  if (mode === false) return [];
  return [`type=provenance,mode=${mode === true ? 'max' : mode}`];
}

function outputs(t: Target, options: BakeOptions): string[] {
  const rewrite = options.rewriteTimestamp ? ',rewrite-timestamp=true' : '';
  if (options.layoutDir !== undefined) {
    return [`type=oci,dest=${options.layoutDir}/${t.id},tar=false${rewrite}`];
  }
  if (options.push === false) return ['type=cacheonly'];
  return [`type=registry${rewrite}`];
}

/**
 * BuildKit writes an index only for several platforms or with attestations; a single image
 * manifest has no index to annotate (and BuildKit refuses `index:` annotations then).
 */
function annotationLevels(platforms: number, attested: boolean): readonly string[] {
  return platforms > 1 || attested ? ANNOTATION_LEVELS : ['manifest'];
}
