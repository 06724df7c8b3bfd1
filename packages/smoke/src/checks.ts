/** Running named checks one after another, each timed, each ending as a result (never a throw). */
import type { CheckResult, Level } from './types.js';

/** A check that did not hold: the message says what was expected and what was found. */
export class CheckFailure extends Error {
  constructor(
    message: string,
    /** Server log or command output that shows why. */
    readonly log?: string,
  ) {
    super(message);
    this.name = 'CheckFailure';
  }
}

/** What a check may return besides a plain detail string: the detail and notes. */
export interface CheckOutcome {
  detail?: string;
  notes?: string[];
}

function isOutcome(value: unknown): value is CheckOutcome {
  return typeof value === 'object' && value !== null && ('detail' in value || 'notes' in value);
}

/** The time left of a level's budget (the `timeout` input), for every command it runs. */
export class Deadline {
  readonly #end: number;
  constructor(
    readonly budgetMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#end = now() + budgetMs;
  }
  /** Milliseconds left, never below one second (a command needs a chance to start). */
  remainingMs(): number {
    return Math.max(1_000, this.#end - this.now());
  }
  /** Whole seconds left, for `--timeout=<n>s` and `pg_ctl -t`. */
  remainingSeconds(): number {
    return Math.max(1, Math.floor(this.remainingMs() / 1000));
  }
  expired(): boolean {
    return this.now() >= this.#end;
  }
}

export interface CheckLog {
  info(message: string): void;
}

export interface RunCheckOptions {
  /** Extra output for a failure (the server log), gathered after the check failed. */
  onFailure?: () => Promise<string | undefined>;
}

export class Checks {
  readonly results: CheckResult[] = [];

  constructor(
    readonly level: Level,
    private readonly log: CheckLog = { info: () => undefined },
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Runs one check. It passes when `fn` returns (a string it returns is the detail, a
   * CheckOutcome the detail and notes) and fails
   * when `fn` throws: a CheckFailure carries the message people read, anything else its message.
   */
  async run(
    name: string,
    fn: () => Promise<unknown>,
    options: RunCheckOptions = {},
  ): Promise<boolean> {
    const started = this.now();
    try {
      const returned = await fn();
      const outcome: CheckOutcome = isOutcome(returned)
        ? returned
        : typeof returned === 'string'
          ? { detail: returned }
          : {};
      this.push({
        name,
        status: 'passed',
        durationMs: this.now() - started,
        detail: outcome.detail,
        ...(outcome.notes?.length ? { notes: outcome.notes } : {}),
      });
      return true;
    } catch (error) {
      const durationMs = this.now() - started;
      const message = error instanceof Error ? error.message : String(error);
      let log = error instanceof CheckFailure ? error.log : undefined;
      if (options.onFailure) {
        const extra = await options.onFailure().catch(() => undefined);
        if (extra) log = log ? `${log}\n${extra}` : extra;
      }
      this.push({ name, status: 'failed', durationMs, error: message, log });
      return false;
    }
  }

  /** A check that could not run because an earlier one failed. */
  skip(name: string, reason: string): void {
    this.push({ name, status: 'skipped', durationMs: 0, error: reason });
  }

  get failed(): boolean {
    return this.results.some((r) => r.status === 'failed');
  }

  private push(result: Omit<CheckResult, 'level'>): void {
    const { detail, error, log, ...rest } = result;
    const full: CheckResult = {
      level: this.level,
      ...rest,
      ...(detail ? { detail } : {}),
      ...(error ? { error } : {}),
      ...(log ? { log } : {}),
    };
    this.results.push(full);
    const seconds = (full.durationMs / 1000).toFixed(2);
    const what = full.status === 'passed' ? (full.detail ?? '') : (full.error ?? '');
    this.log.info(
      `[${this.level}] ${full.status.padEnd(7)} ${full.name} (${seconds} s)${what ? `: ${what.split('\n')[0]}` : ''}`,
    );
    for (const note of full.notes ?? []) this.log.info(`[${this.level}]   note: ${note}`);
  }
}

/**
 * PostgreSQL's own words for a failed psql run: its ERROR (or FATAL) line as the message, the
 * rest (DETAIL, HINT, CONTEXT) as the log. Undefined when psql said no such thing.
 */
export function sqlFailure(stderr: string): CheckFailure | undefined {
  const lines = stderr.trim().split('\n');
  const at = lines.findIndex((l) => /^(ERROR|FATAL|PANIC):|^psql: error:/.test(l));
  if (at === -1) return undefined;
  const rest = lines.filter((_, i) => i !== at).join('\n');
  return new CheckFailure((lines[at] ?? '').replace(/:\s+/, ': '), rest || undefined);
}
