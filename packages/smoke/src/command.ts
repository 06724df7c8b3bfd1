/**
 * `smokeCommand`: everything the smoke-test action and `pgforge smoke-test` do, from parsed
 * options to a written report. The edge (action main or CLI) fills the options from inputs or
 * flags and the environment; nothing here reads process.env.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { registryClientFromEnvironment, type DockerEnvironment } from '@pgforge/oci';
import { hostPlatform } from '@pgforge/platform';
import { CheckFailure, Checks, type CheckLog } from './checks.js';
import { runContainerLevel } from './container.js';
import {
  chooseExtensionEntry,
  describeOperand,
  groupByName,
  type ExtensionCandidate,
  type ExtensionChoice,
  type OperandIdentity,
} from './extension-choice.js';
import { planExtension, type ExtensionPlan } from './extension-plan.js';
import type { ExtensionEntry } from './extensions.js';
import { resolveExpectations, type FlavourName } from './flavours.js';
import { runKindLevel, type KindLevelOptions } from './kind/level.js';
import { cnpgManifestUrl } from './kind/operator-manifest.js';
import { probeOperand } from './operand.js';
import { failureMessage, summaryMarkdown } from './report.js';
import { processRunner, retryingRuntimeHiccups, type CommandRunner } from './runner.js';
import type { CheckResult, Diagnostic, Level, Mode, SmokeReport } from './types.js';
import { pinImage, type DigestResolver } from './pin.js';
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
  /** CNPG's operator manifest for a version (see KindLevelOptions); default: the checked download. */
  operatorManifest?: KindLevelOptions['operatorManifest'];
  /** The budget of each level. */
  timeoutMs: number;
  /** Where the JSON report is written. */
  reportFile: string;
  /** Scratch space: extension images are unpacked under it (and removed afterwards). */
  workDir: string;
  /**
   * The platform under test: the operand is pulled and run for it at the container level
   * (`docker --platform`, emulated when it is not the host's) and extension images are unpacked
   * for it. Default this machine's (and docker's own choice of the operand).
   */
  platform?: string;
  /** Environment of docker, kind and kubectl, and where Docker's config.json is (credentials). */
  docker?: DockerEnvironment;
  /** How commands run; default child processes. Tests of the kind level pass a recording fake. */
  runner?: CommandRunner;
  /**
   * Where the operand's digest and extension images come from; default a RegistryClient with
   * Docker's credentials.
   */
  registry?: ImageSource & DigestResolver;
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

export async function smokeCommand(options: SmokeCommandOptions): Promise<SmokeCommandResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const log: CheckLog = { info: options.log ?? (() => undefined) };
  const runner = retryingRuntimeHiccups(
    options.runner ?? processRunner(options.docker?.env),
    log.info,
  );
  const registry = options.registry ?? registryClientFromEnvironment(options.docker ?? { env: {} });
  const resolved = resolveExpectations({
    image: options.image,
    ...(options.flavour ? { flavour: options.flavour } : {}),
    ...options.expect,
  });
  const levels: Level[] =
    options.mode === 'all'
      ? ['container', 'kind']
      : [options.mode === 'kind' ? 'kind' : 'container'];
  // Before anything runs: a version whose manifest is not pinned cannot be installed.
  if (levels.includes('kind')) cnpgManifestUrl(options.cnpgVersion);

  const checks: CheckResult[] = [];
  const diagnostics: Diagnostic[] = [];
  const scratch = join(options.workDir, `smoke-${randomBytes(4).toString('hex')}`);
  const plans: ExtensionPlan[] = [];
  const choices = new Map<string, ExtensionChoice>();
  const pinned = await pinImage(options.image, registry);
  if (pinned.unpinned) log.info(`not pinned to a digest: ${pinned.unpinned}`);
  try {
    // Extension images are unpacked once: the container level mounts them, and both levels
    // create the extensions their control files declare.
    if (options.extensions.length > 0) {
      const prepare = new Checks(levels[0] as Level, log, now);
      const platform = options.platform ?? hostPlatform().platform;
      const entries = await chooseEntries({
        entries: options.extensions,
        image: pinned.reference,
        platform,
        registry,
        runner,
        checks: prepare,
        timeoutMs: options.timeoutMs,
        choices,
      });
      for (const entry of entries) {
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
          image: pinned.reference,
          expectations: resolved.expectations,
          extensions: plans,
          timeoutMs: options.timeoutMs,
          runner,
          log,
          now,
          ...(options.platform ? { platform: options.platform } : {}),
        })),
      );
    }
    if (levels.includes('kind')) {
      const kind = await runKindLevel({
        image: pinned.reference,
        expectations: resolved.expectations,
        extensions: plans,
        cnpgVersion: options.cnpgVersion,
        nodeImage: options.kindNodeImage,
        ...(options.operatorManifest ? { operatorManifest: options.operatorManifest } : {}),
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
    ...(pinned.digest ? { digest: pinned.digest, reference: pinned.reference } : {}),
    ...(pinned.unpinned ? { unpinned: pinned.unpinned } : {}),
    ...(options.platform ? { platform: options.platform } : {}),
    mode: options.mode,
    ...(resolved.flavour ? { flavour: resolved.flavour } : {}),
    flavourSource: resolved.flavourSource,
    expectations: resolved.expectations,
    extensions: plans.map((p) => {
      const choice = choices.get(p.entry.name);
      return {
        name: p.entry.name,
        reference: p.entry.image.reference,
        sqlNames: p.sqlNames,
        ...(p.sqlVersion ? { sqlVersion: p.sqlVersion } : {}),
        ...(choice
          ? {
              choice: {
                operand: choice.operand,
                reason: choice.reason,
                candidates: choice.candidates,
              },
            }
          : {}),
      };
    }),
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

interface ChooseEntriesOptions {
  entries: ExtensionEntry[];
  image: string;
  platform: string;
  registry: ImageSource;
  runner: CommandRunner;
  checks: Checks;
  timeoutMs: number;
  /** Filled with the choice made for each shared name. */
  choices: Map<string, ExtensionChoice>;
}

/**
 * One entry per name: a name with one entry keeps it; a name with several (the extension
 * action's one per PostgreSQL major × distribution) keeps the one whose image is annotated for
 * the operand (extension-choice.ts). Each choice is a check; a name with no choice is left out
 * (its check failed). Names keep the order in which they first appear.
 */
async function chooseEntries(o: ChooseEntriesOptions): Promise<ExtensionEntry[]> {
  const groups = groupByName(o.entries);
  if (groups.every((g) => g.entries.length === 1)) return o.entries;
  const probeName = 'operand image identified (PostgreSQL major, distribution)';
  let operand: OperandIdentity | undefined;
  await o.checks.run(probeName, async () => {
    operand = await probeOperand({ image: o.image, runner: o.runner, timeoutMs: o.timeoutMs });
    return describeOperand(operand);
  });
  const chosen: ExtensionEntry[] = [];
  for (const group of groups) {
    const [only] = group.entries;
    if (group.entries.length === 1 && only) {
      chosen.push(only);
      continue;
    }
    const name = `extension image ${group.name} chosen for the operand (of ${group.entries.length} entries)`;
    if (operand === undefined) {
      o.checks.skip(name, `not run: "${probeName}" did not pass`);
      continue;
    }
    const known = operand;
    await o.checks.run(name, async () => {
      const candidates: ExtensionCandidate[] = [];
      for (const entry of group.entries) {
        const { index, manifest } = await o.registry
          .getImageManifest(entry.image.reference, o.platform)
          .catch((error: unknown) => {
            throw new CheckFailure(
              `cannot read the annotations of ${entry.image.reference} (${o.platform}): ${(error as Error).message}`,
            );
          });
        candidates.push({
          entry,
          annotations: {
            ...(index?.manifest.annotations ?? {}),
            ...(manifest.manifest.annotations ?? {}),
          },
        });
      }
      const choice = chooseExtensionEntry(group.name, candidates, known);
      o.choices.set(group.name, choice);
      chosen.push(choice.chosen);
      return choice.reason;
    });
  }
  return chosen;
}
