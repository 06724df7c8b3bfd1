/**
 * What `pgforge build` shows on stderr while it works, by buildx's names for the same choice:
 * `plain` every line of BuildKit's log and a line as each target's step begins; `quiet` none
 * of it (warnings and errors still); `auto` plain where stderr is no terminal (a CI log, a
 * file), and on a terminal BuildKit's log folded into one status line that says which target,
 * which step and for how long, redrawn in place, with a line kept as each target ends.
 */
import type { BuildProgress, BuildStep } from '@pgforge/operand';
import { colorWanted, style } from '@pgforge/summary';

export const PROGRESS_MODES = ['auto', 'plain', 'quiet'] as const;
export type ProgressMode = (typeof PROGRESS_MODES)[number];

/** stderr, or a test's stand-in. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  /** The terminal's width: a status line longer than it would wrap, and then not redraw. */
  readonly columns?: number;
  write(text: string): unknown;
}

export interface BuildViewOptions {
  readonly mode: ProgressMode;
  readonly stream: ProgressStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now?: () => number;
  /** Calls `tick` every second until the returned function is called; default setInterval. */
  readonly every?: (tick: () => void) => () => void;
}

/** The callbacks the build takes, and what to do once it has ended. */
export interface BuildView {
  /** BuildKit's own lines. */
  readonly output: (line: string) => void;
  readonly progress: (event: BuildProgress) => void;
  readonly log: (line: string) => void;
  /** Shown in every mode. */
  readonly warn: (line: string) => void;
  /** Whether BuildKit's log was kept from the screen (then a failure's tail is worth showing). */
  readonly folded: boolean;
  /** Clears the status line and stops its clock. */
  readonly close: () => void;
}

const DOING: Record<BuildStep, string> = {
  bake: 'building with BuildKit',
  check: 'checking its platforms and packages',
  push: 'pushing by digest',
  sbom: 'writing and attaching SBOMs',
  tag: 'tagging',
};

/** `4.2 s`, `2 min 05 s`. */
export function elapsed(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const whole = Math.floor(s);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/** A line of the build, as plain mode prints it and auto mode keeps it. */
export function progressLine(event: BuildProgress): string {
  const where = `[${event.index}/${event.total}] ${event.target}`;
  if (event.step === 'done') {
    return `${where}: built ${event.detail ?? ''} in ${elapsed(event.elapsedMs)}`.replace(
      '  ',
      ' ',
    );
  }
  if (event.step === 'failed') {
    return `${where}: failed after ${elapsed(event.elapsedMs)}: ${event.detail ?? ''}`;
  }
  return `${where}: ${DOING[event.step]} (${elapsed(event.elapsedMs)})`;
}

// A BuildKit step as its plain log begins it: `#7 [stage-1 3/7] RUN apt-get install …`.
const BUILDKIT_STEP = /^#\d+ (\[[^\]]+\] .*)$/;

const defaultEvery = (tick: () => void): (() => void) => {
  const timer = setInterval(tick, 1000);
  timer.unref();
  return () => clearInterval(timer);
};

export function buildView(options: BuildViewOptions): BuildView {
  const { stream } = options;
  const write = (line: string): void => void stream.write(`${line}\n`);
  const mode = options.mode === 'auto' ? (stream.isTTY ? 'tty' : 'plain') : options.mode;
  if (mode === 'plain') {
    return {
      output: write,
      progress: (e) => write(`pgforge: ${progressLine(e)}`),
      log: write,
      warn: (m) => write(`warning: ${m}`),
      folded: false,
      close: () => undefined,
    };
  }
  if (mode === 'quiet') {
    return {
      output: () => undefined,
      progress: () => undefined,
      log: () => undefined,
      warn: (m) => write(`warning: ${m}`),
      folded: true,
      close: () => undefined,
    };
  }
  // A terminal: one status line, redrawn with a carriage return, above which lines are kept.
  const now = options.now ?? Date.now;
  const s = style(colorWanted(stream, options.env));
  let current: { event: BuildProgress; since: number; detail?: string } | undefined;
  let shown = false;
  const clear = (): void => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  const draw = (): void => {
    if (!current) return;
    const { event, since, detail } = current;
    const line = progressLine({ ...event, elapsedMs: event.elapsedMs + now() - since });
    const full = detail ? `${line} ${detail}` : line;
    // One column short of the width: a line that reaches the edge wraps on some terminals.
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    const chars = [...full];
    const fitted = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : full;
    stream.write(`\r\x1b[K${s.dim(fitted)}`);
    shown = true;
  };
  const above = (line: string): void => {
    clear();
    write(line);
    draw();
  };
  const stop = (options.every ?? defaultEvery)(draw);
  return {
    output: (line) => {
      const step = BUILDKIT_STEP.exec(line)?.[1];
      if (step !== undefined && current) {
        current.detail = step;
        draw();
      }
    },
    progress: (event) => {
      if (event.step === 'done' || event.step === 'failed') {
        current = undefined;
        const line = progressLine(event);
        above(event.step === 'done' ? s.green(line) : s.red(line));
        return;
      }
      current = { event, since: now() };
      draw();
    },
    log: above,
    warn: (m) => above(`warning: ${m}`),
    folded: true,
    close: () => {
      stop();
      clear();
    },
  };
}
