/**
 * `smokeCommand`: everything the smoke-test action and `pgforge smoke-test` do, from parsed
 * options to a written report. The edge (action main or CLI) fills the options from inputs or
 * flags and the environment; nothing here reads process.env.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dockerConfigCredentials, RegistryClient } from '@pgforge/oci';
import { Checks, type CheckLog } from './checks.js';
import { runContainerLevel } from './container.js';
import { planExtension, type ExtensionPlan } from './extension-plan.js';
import type { ExtensionEntry } from './extensions.js';
import { resolveExpectations, type FlavourName } from './flavours.js';
import { runKindLevel } from './kind/level.js';
import { failureMessage, summaryMarkdown } from './report.js';
import { processRunner, type CommandRunner } from './runner.js';
import type { CheckResult, Diagnostic, Level, Mode, SmokeReport } from './types.js';
import { unpackImage, type ImageSource } from './unpack.js';

export interface SmokeCommandOptions {
  /** The operand image: a tag or digest reference. */
  image: string;
  /** What the image promises; default: the flavour its tag names, if any. */
  flavour?: FlavourName;
  /** Explicit expectations; each list given replaces the flavour's. */
  expect?: { extensions?: string[]; locales?: string[]; preloadLibraries?: string[] };
  /** `.spec.postgresql.extensions` entries: extension images to mount (PostgreSQL 18+). */
  extensions: ExtensionEntry[];
  mode: Mode;
  cnpgVersion: string;
  kindNodeImage: string;
  /** The budget of each level. */
  timeoutMs: number;
  /** Where the JSON report is written. */
  reportFile: string;
  /** Scratch space: extension images are unpacked under it (and removed afterwards). */
  workDir: string;
  /** The platform of the extension images to unpack; default this machine's. */
  platform?: string;
  /** Environment of docker, kind and kubectl, and where Docker's config.json is (credentials). */
  docker?: { env: Record<string, string | undefined>; homeDir?: string };
  /** How commands run; default child processes. Tests of the kind level pass a recording fake. */
  runner?: CommandRunner;
  /** Where extension images come from; default a RegistryClient with Docker's credentials. */
  registry?: ImageSource;
  log?: (message: string) => void;
  now?: () => number;
}

export interface SmokeCommandResult {
  report: SmokeReport;
  reportFile: string;
  summary: string;
  passed: boolean;
  /** One line per failed check, when something failed. */
  failure?: string;
}

/** `linux/amd64` or `linux/arm64`: the platform an image runs on here without emulation. */
export function hostPlatform(arch: string = process.arch): string {
  const map: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm/v7',
    ppc64: 'ppc64le',
    s390x: 's390x',
  };
  return `linux/${map[arch] ?? arch}`;
}

export async function smokeCommand(options: SmokeCommandOptions): Promise<SmokeCommandResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const log: CheckLog = { info: options.log ?? (() => undefined) };
  const runner = options.runner ?? processRunner(options.docker?.env);
  const registry =
    options.registry ??
    new RegistryClient({
      credentials: dockerConfigCredentials({
        env: options.docker?.env ?? {},
        ...(options.docker?.homeDir ? { homeDir: options.docker.homeDir } : {}),
      }),
    });
  const resolved = resolveExpectations({
    image: options.image,
    ...(options.flavour ? { flavour: options.flavour } : {}),
    ...options.expect,
  });
  const levels: Level[] =
    options.mode === 'all'
      ? ['container', 'kind']
      : [options.mode === 'kind' ? 'kind' : 'container'];

  const checks: CheckResult[] = [];
  const diagnostics: Diagnostic[] = [];
  const scratch = join(options.workDir, `smoke-${randomBytes(4).toString('hex')}`);
  const plans: ExtensionPlan[] = [];
  try {
    // Extension images are unpacked once: the container level mounts them, and both levels
    // create the extensions their control files declare.
    if (options.extensions.length > 0) {
      const prepare = new Checks(levels[0] as Level, log, now);
      const platform = options.platform ?? hostPlatform();
      for (const entry of options.extensions) {
        await prepare.run(`extension image ${entry.name} unpacked (${platform})`, async () => {
          const image = await unpackImage(
            registry,
            entry.image.reference,
            join(scratch, entry.name),
            platform,
          );
          plans.push(planExtension(entry, image));
          return `${image.digest}, ${image.files.length} files`;
        });
      }
      checks.push(...prepare.results);
    }

    if (levels.includes('container')) {
      checks.push(
        ...(await runContainerLevel({
          image: options.image,
          expectations: resolved.expectations,
          extensions: plans,
          timeoutMs: options.timeoutMs,
          runner,
          log,
          now,
        })),
      );
    }
    if (levels.includes('kind')) {
      const kind = await runKindLevel({
        image: options.image,
        expectations: resolved.expectations,
        extensions: plans,
        cnpgVersion: options.cnpgVersion,
        nodeImage: options.kindNodeImage,
        timeoutMs: options.timeoutMs,
        runner,
        log,
        now,
      });
      checks.push(...kind.checks);
      diagnostics.push(...kind.diagnostics);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  const passed = checks.length > 0 && checks.every((c) => c.status !== 'failed');
  const report: SmokeReport = {
    schemaVersion: 1,
    image: options.image,
    mode: options.mode,
    ...(resolved.flavour ? { flavour: resolved.flavour } : {}),
    flavourSource: resolved.flavourSource,
    expectations: resolved.expectations,
    extensions: plans.map((p) => ({
      name: p.entry.name,
      reference: p.entry.image.reference,
      sqlNames: p.sqlNames,
      ...(p.sqlVersion ? { sqlVersion: p.sqlVersion } : {}),
    })),
    startedAt: new Date(started).toISOString(),
    durationMs: now() - started,
    passed,
    checks,
    diagnostics,
  };
  await mkdir(dirname(options.reportFile), { recursive: true });
  await writeFile(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return {
    report,
    reportFile: options.reportFile,
    summary: summaryMarkdown(report),
    passed,
    ...(passed ? {} : { failure: failureMessage(report) }),
  };
}
