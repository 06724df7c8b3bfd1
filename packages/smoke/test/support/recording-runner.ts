/**
 * A fake CommandRunner: it records every command and answers from rules, first match wins;
 * commands no rule matches succeed with empty output. For what cannot run here (kind).
 */
import type { CommandResult, CommandRunner, RunOptions } from '../../src/runner.js';

export interface RecordedCommand {
  command: string;
  args: string[];
  input?: string;
  /** `command arg arg`, for matching and reading. */
  line: string;
}

export interface Rule {
  /** Matched against `command arg arg…`. */
  match: RegExp;
  result?: Partial<CommandResult>;
  /** Rejects instead of answering (a missing tool). */
  throws?: Error;
  /** Answers only this many matching calls; later ones go on to the next rules. */
  times?: number;
}

export class RecordingRunner implements CommandRunner {
  readonly calls: RecordedCommand[] = [];
  private readonly used = new Map<Rule, number>();
  constructor(private readonly rules: Rule[] = []) {}

  async run(
    command: string,
    args: readonly string[],
    options: RunOptions = {},
  ): Promise<CommandResult> {
    const line = [command, ...args].join(' ');
    this.calls.push({
      command,
      args: [...args],
      ...(options.input !== undefined ? { input: options.input } : {}),
      line,
    });
    const rule = this.rules.find(
      (r) => r.match.test(line) && (r.times === undefined || (this.used.get(r) ?? 0) < r.times),
    );
    if (rule) this.used.set(rule, (this.used.get(rule) ?? 0) + 1);
    if (rule?.throws) throw rule.throws;
    return { code: 0, stdout: '', stderr: '', timedOut: false, ...rule?.result };
  }

  lines(): string[] {
    return this.calls.map((c) => c.line);
  }

  /** Index of the first call matching, or -1. */
  indexOf(match: RegExp): number {
    return this.calls.findIndex((c) => match.test(c.line));
  }
}
