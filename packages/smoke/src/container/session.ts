/**
 * One run of the container level: the image, the container's name, the budget, the results so
 * far and what earlier checks learned (the image's configuration, the server's version), with
 * the commands every check runs through (docker, a command in the container, psql).
 */
import { randomBytes } from 'node:crypto';
import { CheckFailure, Checks, Deadline, sqlFailure, type CheckLog } from '../checks.js';
import { instanceSettings, type InstanceSettings } from '../extensions.js';
import { serverPreloadLibraries, type ExtensionPlan } from '../extension-plan.js';
import { describeFailure, lastLines, type CommandResult, type CommandRunner } from '../runner.js';
import type { ServerVersion } from '../server-version.js';
import type { Step } from '../steps.js';
import type { Expectations } from '../types.js';

/** What CNPG's instance manager runs from the image (it finds them on PATH). */
export const CNPG_BINARIES = ['initdb', 'postgres', 'pg_ctl', 'pg_controldata', 'pg_basebackup'];
export const POSTGRES_UID = 26;
/** CNPG mounts the data volume at /var/lib/postgresql/data and puts PGDATA under it. */
export const DATA_VOLUME = '/var/lib/postgresql/data';
export const PGDATA = `${DATA_VOLUME}/pgdata`;
export const SOCKETS = '/var/run/postgresql';
export const SERVER_LOG = '/tmp/postgresql.log';
/** Extension images need `extension_control_path`, new in PostgreSQL 18. */
export const FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH = 18;

export interface ContainerLevelOptions {
  image: string;
  expectations: Expectations;
  /** Extension images, unpacked (each plan's `dir`). */
  extensions: ExtensionPlan[];
  timeoutMs: number;
  runner: CommandRunner;
  log?: CheckLog;
  now?: () => number;
  /** The container's name; default `pgforge-smoke-<random>`. */
  containerName?: string;
  /**
   * The platform of the image to check (`linux/arm64`): pulled and run with `--platform`, under
   * emulation when it is not the host's. Default: whatever docker picks, the host's.
   */
  platform?: string;
}

/** What a step of this level needs open before it runs. */
export type Gate = 'image' | 'container' | 'cluster' | 'server';
export type ContainerStep = Step<Gate>;

export interface ImageConfig {
  Id?: string;
  Config?: {
    User?: string;
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    Env?: string[] | null;
  };
}

export class ContainerSession {
  readonly image: string;
  readonly expectations: Expectations;
  readonly extensions: ExtensionPlan[];
  readonly runner: CommandRunner;
  readonly platform: string | undefined;
  /** The server is started as a Cluster with these images would be. */
  readonly preloadLibraries: string[];
  readonly checks: Checks;
  readonly deadline: Deadline;
  /** The container's name. */
  readonly name: string;
  /** What CNPG would set for the mounted extension images. */
  readonly settings: InstanceSettings;
  readonly platformArgs: string[];
  /** The image's configuration, read by the first check. */
  config: ImageConfig = {};
  /** The server's version, read by `postgres --version` in the container. */
  server: ServerVersion | undefined;

  constructor(private readonly options: ContainerLevelOptions) {
    this.image = options.image;
    this.expectations = options.expectations;
    this.extensions = options.extensions;
    this.runner = options.runner;
    this.platform = options.platform;
    this.preloadLibraries = serverPreloadLibraries(
      options.expectations.preloadLibraries,
      options.extensions,
    );
    const now = options.now ?? Date.now;
    this.checks = new Checks('container', options.log, now);
    this.deadline = new Deadline(options.timeoutMs, now);
    this.name = options.containerName ?? `pgforge-smoke-${randomBytes(4).toString('hex')}`;
    this.settings = instanceSettings(options.extensions.map((p) => p.entry));
    this.platformArgs = options.platform ? ['--platform', options.platform] : [];
  }

  docker(args: string[], input?: string): Promise<CommandResult> {
    return this.runner.run('docker', args, {
      timeoutMs: this.deadline.remainingMs(),
      ...(input !== undefined ? { input } : {}),
    });
  }

  /** A docker command that must succeed; its failure is the check's. */
  async ok(args: string[], input?: string): Promise<CommandResult> {
    const timeoutMs = this.deadline.remainingMs();
    const result = await this.docker(args, input);
    if (result.code !== 0)
      throw new CheckFailure(describeFailure('docker', args, result, timeoutMs));
    return result;
  }

  inContainer(args: string[], input?: string): Promise<CommandResult> {
    return this.ok(['exec', ...(input !== undefined ? ['-i'] : []), this.name, ...args], input);
  }

  /** SQL through psql; a failure is PostgreSQL's own ERROR line, its CONTEXT in the log. */
  async psql(statements: string[], database = 'postgres'): Promise<CommandResult> {
    const args = [
      'exec',
      this.name,
      'psql',
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '-h',
      SOCKETS,
      '-U',
      'postgres',
      '-d',
      database,
      '-At',
      ...statements.flatMap((s) => ['-c', s]),
    ];
    const timeoutMs = this.deadline.remainingMs();
    const result = await this.docker(args);
    if (result.code === 0) return result;
    throw (
      (!result.timedOut && sqlFailure(result.stderr)) ||
      new CheckFailure(describeFailure('docker', args, result, timeoutMs))
    );
  }

  /** The server log's last lines, for a check that failed with the server involved. */
  readonly serverLog = async (): Promise<string | undefined> => {
    const r = await this.docker(['exec', this.name, 'tail', '-n', '25', SERVER_LOG]);
    return r.code === 0 && r.stdout.trim()
      ? `server log (last lines):\n${r.stdout.trimEnd()}`
      : undefined;
  };

  /** A variable of the image's configured environment. */
  imageEnv(key: string): string | undefined {
    return (this.config.Config?.Env ?? [])
      .find((e) => e.startsWith(`${key}=`))
      ?.slice(key.length + 1);
  }

  /** Removes the container whatever happened; a failure to is logged, not a check's. */
  async removeContainer(): Promise<void> {
    const removed = await this.runner
      .run('docker', ['rm', '--force', '--volumes', this.name], { timeoutMs: 60_000 })
      .catch((error: unknown) => ({ code: 1, stdout: '', stderr: String(error), timedOut: false }));
    if (removed.code !== 0 && !/No such container/i.test(removed.stderr)) {
      this.options.log?.info(
        `could not remove container ${this.name}: ${lastLines(removed.stderr, 3)}`,
      );
    }
  }
}
