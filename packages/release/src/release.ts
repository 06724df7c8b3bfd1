/**
 * The release on one machine, as the reusable workflow runs it across runners: matrix →
 * build (testing) → smoke test → SBOMs → attestations → promote → catalogs. Each step is the
 * same package call its action makes. An image that fails a step goes no further, and the
 * others go on: promote refuses a whole set when one image in it is refused, so only what
 * passed every step is handed to it. Nothing unchanged is built or promoted: the matrix drops
 * every target whose production tags all name one image with this target's fingerprint.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { attestCommand, subjectsOf } from '@pgforge/attest';
import { buildImages, type BuiltImage } from '@pgforge/operand';
import { CatalogError, catalogCommand } from '@pgforge/catalog';
import { matrixCommand } from '@pgforge/matrix';
import { repairTags, promoteCommand, type LoadedReport } from '@pgforge/promote';
import { SBOM_FORMATS, sbomCommand } from '@pgforge/sbom';
import {
  DEFAULT_CNPG_VERSION,
  DEFAULT_KIND_NODE_IMAGE,
  isFlavour,
  smokeCommand,
  type FlavourName,
} from '@pgforge/smoke';
import type { Target } from '@pgforge/targets';
import type {
  ReleaseFailure,
  ReleaseCommandOptions,
  ReleaseResult,
  ReleaseStep,
  StepTime,
} from './types.js';

/** The promises to test: the nearest built-in flavour of the lineage (a fork's own inherits). */
export function smokeFlavour(target: Target): FlavourName | undefined {
  return [...target.lineage, target.flavour].reverse().find(isFlavour);
}

const seconds = (since: number): number => Math.round((Date.now() - since) / 100) / 10;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function releaseCommand(o: ReleaseCommandOptions): Promise<ReleaseResult> {
  const steps: StepTime[] = [];
  const failed: ReleaseFailure[] = [];
  const step = async <T>(
    name: ReleaseStep,
    fn: () => Promise<T>,
    note: (value: T) => string,
  ): Promise<T> => {
    const started = Date.now();
    const value = await fn();
    const time: StepTime = { step: name, seconds: seconds(started), note: note(value) };
    steps.push(time);
    o.progress(`${name.padEnd(10)} ${time.note} (${time.seconds} s)`);
    return value;
  };
  const skip = (name: ReleaseStep, note: string): void => {
    steps.push({ step: name, seconds: 0, note });
    o.progress(`${name.padEnd(10)} ${note}`);
  };
  const docker = { env: o.env, ...(o.homeDir ? { homeDir: o.homeDir } : {}) };
  await mkdir(o.workDir, { recursive: true });

  const matrix = await step(
    'matrix',
    () =>
      matrixCommand({
        ...(o.configFile ? { configFile: o.configFile } : {}),
        overrides: o.overrides,
        skipUnchanged: true,
        force: o.force,
        // The release points a repaired target's tags at its image itself (below).
        repair: true,
        groupBy: 'target',
        bakeFile: join(o.workDir, 'bake.json'),
        dockerfile: o.dockerfile,
        now: o.now,
        ...(o.cacheDir ? { cacheDir: o.cacheDir } : {}),
        ...(o.hostRoot ? { hostRoot: o.hostRoot } : {}),
        docker,
        log: o.log,
        warn: o.warn,
      }),
    (m) =>
      `${plural(m.targets.length, 'target')}: ${m.kept.length} to build, ${m.skipped.length} unchanged`,
  );
  const repairs = new Set(matrix.repairs.map((r) => r.target));
  const skipped = matrix.skipped
    .filter((s) => !repairs.has(s.target))
    .map(({ target, reason }) => ({ target, reason }));
  // Refused before building: their build could never be promoted.
  for (const r of matrix.refused)
    failed.push({ target: r.target, step: 'matrix', reason: r.reason });
  const result: ReleaseResult = {
    built: [],
    skipped,
    failed,
    repaired: [],
    promoted: [],
    catalogs: [],
    steps,
  };
  const byId = new Map(matrix.targets.map((t) => [t.id, t]));

  // A target already in production, unchanged, whose tags moved: its tags are pointed at it
  // again rather than built anew (a rebuild in the same minute would collide).
  if (matrix.repairs.length > 0) {
    await step(
      'repair',
      async () => {
        for (const r of matrix.repairs) {
          try {
            const done = await repairTags(o.registry, r);
            result.repaired.push({
              target: r.target,
              image: r.image,
              tags: done.map((d) => d.tag),
            });
            for (const d of done) {
              o.log(
                `${r.target}: ${d.tag} → ${d.digest}${d.previous ? ` (was ${d.previous})` : ''}`,
              );
            }
          } catch (error) {
            failed.push({ target: r.target, step: 'repair', reason: (error as Error).message });
          }
        }
        return result.repaired;
      },
      (done) => `the tags of ${plural(done.length, 'target')} pointed at their image again`,
    );
  }

  let images: BuiltImage[] = [];
  if (matrix.kept.length === 0) {
    skip('build', 'nothing changed');
  } else {
    const built = await step(
      'build',
      () =>
        buildImages({
          targets: matrix.kept,
          allTargets: matrix.targets,
          push: true,
          provenance: 'max',
          dockerfile: o.dockerfile,
          workDir: join(o.workDir, 'build'),
          ...(o.sourceDateEpoch !== undefined ? { sourceDateEpoch: o.sourceDateEpoch } : {}),
          retries: 2,
          env: o.env,
          registry: o.registry,
          log: o.log,
          ...(o.buildProgress ? { progress: o.buildProgress } : {}),
          group: async (name, fn) => {
            o.log(`== ${name}`);
            return fn();
          },
        }),
      (b) =>
        `${plural(b.images.length, 'image')} pushed to testing${b.failed.length > 0 ? `, ${b.failed.length} failed` : ''}`,
    );
    for (const f of built.failed)
      failed.push({ target: f.target, step: 'build', reason: f.reason });
    images = built.images;
    result.built = images.map((i) => ({
      target: i.target,
      reference: i.reference,
      digest: i.digest,
      ...(i.packages ? { packages: i.packages } : {}),
    }));
  }

  const reportsDir = join(o.outputDir, 'reports');
  // The reports promote's gate reads: those written here, as they are.
  const reports: LoadedReport[] = [];
  if (images.length === 0) {
    skip('smoke-test', 'no image');
  } else {
    images = await step(
      'smoke-test',
      async () => {
        const passed: BuiltImage[] = [];
        for (const image of images) {
          const target = byId.get(image.target);
          const flavour = target ? smokeFlavour(target) : undefined;
          const reportFile = join(reportsDir, `${image.target}.json`);
          const smoke = await smokeCommand({
            image: image.reference,
            ...(flavour ? { flavour } : {}),
            extensions: [],
            mode: 'container',
            cnpgVersion: DEFAULT_CNPG_VERSION,
            kindNodeImage: DEFAULT_KIND_NODE_IMAGE,
            timeoutMs: o.smokeTimeoutMs,
            reportFile,
            workDir: o.workDir,
            docker,
            log: o.log,
          });
          reports.push({ file: reportFile, report: smoke.report });
          if (smoke.passed) passed.push(image);
          else {
            failed.push({
              target: image.target,
              step: 'smoke-test',
              reason: smoke.failure ?? 'a check failed',
            });
          }
        }
        return passed;
      },
      (passed) => `${passed.length} of ${plural(images.length, 'image')} passed`,
    );
  }

  if (images.length === 0) {
    skip('sbom', 'no image');
  } else {
    await step(
      'sbom',
      async () => {
        for (const image of images) {
          await sbomCommand({
            image: image.reference,
            formats: SBOM_FORMATS,
            outputDir: join(o.outputDir, 'sbom', image.target),
            attach: true,
            registry: o.registry,
            log: o.log,
            warn: o.warn,
          });
        }
      },
      () => `SPDX and CycloneDX of ${plural(images.length, 'image')}, attached`,
    );
  }

  let publicKey: string | undefined;
  if (images.length === 0) {
    skip('attest', 'no image');
  } else if (!o.cosign) {
    o.warn(
      'no cosign key (--cosign-key): the images are promoted without a signed provenance, and promote verifies none',
    );
    skip('attest', 'no key: not signed');
  } else {
    const key = o.cosign;
    const attested = await step(
      'attest',
      () =>
        attestCommand({
          subjects: subjectsOf(images),
          kind: 'provenance',
          provenance: {
            context: o.run,
            targets: matrix.targets,
            builderVersion: { pgforge: o.version },
          },
          signing: {
            method: 'cosign-key',
            key: { path: key.keyFile },
            ...(key.password !== undefined ? { password: key.password } : {}),
            env: o.env,
          },
          push: true,
          outputDir: join(o.outputDir, 'attestations'),
          workDir: join(o.workDir, 'attest'),
          registry: o.registry,
          log: o.log,
        }),
      (a) => `SLSA provenance of ${plural(a.attestations.length, 'image')}, signed with the key`,
    );
    publicKey = attested.publicKey;
  }

  if (images.length === 0) {
    skip('promote', 'no image');
  } else {
    const promoted = await step(
      'promote',
      () =>
        promoteCommand({
          images,
          reports,
          requireSmoke: true,
          verification: publicKey
            ? { verify: 'cosign-key', cosignPublicKey: publicKey, workDir: o.workDir }
            : { verify: 'none', workDir: o.workDir },
          dryRun: false,
          registry: o.registry,
          env: o.env,
          log: o.log,
        }),
      (p) => {
        const tags = p.promoted.reduce(
          (n, i) =>
            n + i.changes.filter((c) => c.change === 'written' || c.change === 'moved').length,
          0,
        );
        return `${plural(p.promoted.length, 'image')} to production, ${plural(tags, 'tag')} written`;
      },
    );
    const targetOf = new Map(images.map((i) => [i.reference, i.target]));
    result.promoted = promoted.promoted.map((p) => ({
      target: targetOf.get(p.source) ?? p.label,
      reference: p.destination,
      tags: p.tags,
    }));
  }

  // The catalogs say what production holds now, so they are written on every run; with
  // nothing promoted yet (every image failed) there is nothing to list, which is no new error.
  const catalogs = await step(
    'catalog',
    () =>
      catalogCommand({
        ...(o.configFile ? { configFile: o.configFile } : {}),
        overrides: o.overrides,
        kind: 'ClusterImageCatalog',
        previews: false,
        outputDir: join(o.outputDir, 'catalogs'),
        now: o.now,
        registry: o.registry,
        log: o.log,
        warn: o.warn,
        ...(o.cosign
          ? {
              cosignKey: o.cosign.keyFile,
              ...(o.cosign.password !== undefined ? { cosignPassword: o.cosign.password } : {}),
            }
          : {}),
        workDir: join(o.workDir, 'catalog'),
        env: o.env,
      }).catch((error: unknown) => {
        // A bad option (one with a field) is a mistake whatever failed before.
        if (error instanceof CatalogError && error.field === undefined && failed.length > 0) {
          o.warn(error.message);
          return undefined;
        }
        throw error;
      }),
    (c) =>
      c === undefined
        ? 'nothing in production to list'
        : `${plural(c.catalogs.length, 'catalog')} of production${c.empty.length > 0 ? ` (none yet for ${c.empty.join(', ')})` : ''}`,
  );
  result.catalogs = catalogs?.files ?? [];
  return result;
}
