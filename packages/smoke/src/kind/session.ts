/**
 * One run of the kind level: the cluster's and the registry's names, the images as the nodes
 * reach them, the extensions the Database must hold, the budget, the results, diagnostics and
 * documents applied so far, with the commands every check runs through (kubectl, psql in the
 * instance pod, apply) and the clean-up of what the run created.
 */
import { randomBytes } from 'node:crypto';
import { CheckFailure, Checks, Deadline, sqlFailure, type CheckLog } from '../checks.js';
import type { ExtensionPlan } from '../extension-plan.js';
import {
  describeFailure,
  ToolNotFoundError,
  type CommandResult,
  type CommandRunner,
} from '../runner.js';
import type { Step } from '../steps.js';
import type { Diagnostic, Expectations } from '../types.js';
import { localImage, type ImageCopy } from './local-image.js';
import {
  APP_DATABASE,
  DEFAULT_LOCAL_REGISTRY,
  toYaml,
  type DatabaseExtension,
  type LocalRegistry,
} from './manifests.js';

export interface KindLevelOptions {
  image: string;
  expectations: Expectations;
  extensions: ExtensionPlan[];
  cnpgVersion: string;
  nodeImage: string;
  timeoutMs: number;
  runner: CommandRunner;
  log?: CheckLog;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** The kind cluster's name; default `pgforge-smoke-<random>`. */
  clusterName?: string;
  registry?: LocalRegistry;
  /**
   * CNPG's operator manifest for a version, checked; default: the release asset, downloaded
   * and checked against its pinned SHA-256 (tests without GitHub's network pass their own).
   */
  operatorManifest?: (version: string) => Promise<{ url: string; text: string }>;
}

/** What a step of this level needs open before it runs. */
export type Gate =
  'tools' | 'registry' | 'cluster' | 'pulls' | 'images' | 'operator' | 'postgres' | 'database';
export type KindStep = Step<Gate>;

const sleepFor = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The Database's extensions: the flavour's, then each image's, at the version it names. */
function databaseExtensions(
  expectations: Expectations,
  extensions: readonly ExtensionPlan[],
): DatabaseExtension[] {
  const imageExtensions = extensions.flatMap((p) => p.sqlNames.map((n) => ({ name: n, plan: p })));
  return [
    ...expectations.extensions.map((name): DatabaseExtension => ({ name, ensure: 'present' })),
    ...imageExtensions.map(({ name, plan }): DatabaseExtension => ({
      name,
      ensure: 'present',
      ...(plan.primary === name && plan.sqlVersion
        ? { version: plan.sqlVersion }
        : plan.versions.has(name)
          ? { version: plan.versions.get(name) ?? '' }
          : {}),
    })),
  ];
}

export class KindSession {
  readonly options: KindLevelOptions;
  readonly runner: CommandRunner;
  readonly expectations: Expectations;
  readonly extensions: ExtensionPlan[];
  readonly sleep: (ms: number) => Promise<void>;
  readonly registry: LocalRegistry;
  readonly checks: Checks;
  readonly deadline: Deadline;
  readonly clusterName: string;
  /** kubectl's context for the kind cluster. */
  readonly context: string;
  /** The CNPG Cluster, its one instance's pod, and its Database resource. */
  readonly pgCluster = 'smoke';
  readonly pod: string;
  readonly databaseName: string;
  readonly diagnostics: Diagnostic[] = [];
  /** Every document applied, in order. */
  readonly manifests: object[] = [];
  /** The operand first, then each extension image, as the nodes reach them. */
  readonly images: ImageCopy[];
  readonly operand: ImageCopy;
  readonly wantedExtensions: DatabaseExtension[];
  /** What this run created, and so removes at the end. */
  startedRegistry = false;
  createdCluster = false;

  constructor(options: KindLevelOptions) {
    this.options = options;
    this.runner = options.runner;
    this.expectations = options.expectations;
    this.extensions = options.extensions;
    const now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleepFor;
    this.registry = options.registry ?? DEFAULT_LOCAL_REGISTRY;
    this.checks = new Checks('kind', options.log, now);
    this.deadline = new Deadline(options.timeoutMs, now);
    this.clusterName = options.clusterName ?? `pgforge-smoke-${randomBytes(3).toString('hex')}`;
    this.context = `kind-${this.clusterName}`;
    this.pod = `${this.pgCluster}-1`;
    this.databaseName = `${this.pgCluster}-${APP_DATABASE}`;
    this.images = [
      localImage(options.image, this.registry),
      ...options.extensions.map((p) => localImage(p.entry.image.reference, this.registry)),
    ];
    this.operand = this.images[0] as ImageCopy;
    this.wantedExtensions = databaseExtensions(options.expectations, options.extensions);
  }

  /** A command that must succeed; its failure (or a missing tool) is the check's. */
  async run(cmd: string, args: string[], input?: string): Promise<CommandResult> {
    const timeoutMs = this.deadline.remainingMs();
    try {
      const result = await this.runner.run(cmd, args, {
        timeoutMs,
        ...(input !== undefined ? { input } : {}),
      });
      if (result.code !== 0) throw new CheckFailure(describeFailure(cmd, args, result, timeoutMs));
      return result;
    } catch (error) {
      if (error instanceof ToolNotFoundError) throw new CheckFailure(error.message);
      throw error;
    }
  }

  kubectl(args: string[], input?: string): Promise<CommandResult> {
    return this.run('kubectl', ['--context', this.context, ...args], input);
  }

  /** SQL in the instance pod; a failure is PostgreSQL's own ERROR line. */
  async psql(sql: string): Promise<CommandResult> {
    const args = ['--context', this.context, 'exec', this.pod, '-c', 'postgres', '--'];
    args.push('psql', '-X', '-v', 'ON_ERROR_STOP=1', '-d', APP_DATABASE, '-Atc', sql);
    const timeoutMs = this.deadline.remainingMs();
    const result = await this.runner.run('kubectl', args, { timeoutMs });
    if (result.code === 0) return result;
    throw (
      (!result.timedOut && sqlFailure(result.stderr)) ||
      new CheckFailure(describeFailure('kubectl', args, result, timeoutMs))
    );
  }

  /** Applies a document, again while CNPG's webhook is not answering yet. */
  async apply(document: object): Promise<void> {
    this.manifests.push(document);
    const yaml = toYaml(document);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.kubectl(['apply', '-f', '-'], yaml);
        return;
      } catch (error) {
        const webhook = /webhook|connection refused|no endpoints available/i.test(String(error));
        if (!webhook || attempt >= 6 || this.deadline.expired()) throw error;
        await this.sleep(10_000);
      }
    }
  }

  /** Deletes the cluster (a check of its own) and the registry, if this run created them. */
  async tearDown(): Promise<void> {
    const { runner, clusterName, registry } = this;
    if (this.createdCluster) {
      await this.checks.run(`kind cluster ${clusterName} deleted`, async () => {
        await runner
          .run('kind', ['delete', 'cluster', '--name', clusterName], { timeoutMs: 300_000 })
          .then((r) => {
            if (r.code !== 0) {
              throw new CheckFailure(
                describeFailure('kind', ['delete', 'cluster', '--name', clusterName], r),
              );
            }
          });
      });
    }
    if (this.startedRegistry) {
      await runner
        .run('docker', ['rm', '--force', registry.name], { timeoutMs: 60_000 })
        .catch(() => undefined);
    }
  }
}
