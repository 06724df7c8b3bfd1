/**
 * The CLI without its process: commands by name, usage and version, errors told as one line.
 * main.ts only hands it the arguments and sets the exit code, so tests run it in-process.
 */
import { ConfigError } from '@pgforge/config';
import { optionMessage, UserError } from '@pgforge/errors';
import {
  parseFlags,
  usage,
  type CommandContext,
  type CommandSpec,
  type FlagValues,
} from './args.js';
import { EXIT_FAILURE, EXIT_USAGE, UsageError } from './errors.js';
import { nearest } from './suggest.js';
import { VERSION } from './version.js';

/** What the CLI writes to; the process's streams, or a test's buffers. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface Command {
  spec: CommandSpec;
  /** Parses the arguments against the spec and runs; the exit code. */
  run: (args: readonly string[], io: CliIo) => Promise<number>;
}

// Ties a spec to the function taking its typed values, so a command cannot read a flag its
// spec lacks.
function command<S extends CommandSpec>(
  spec: S,
  fn: (values: FlagValues<S>, context: CommandContext) => Promise<number>,
): Command {
  return {
    spec,
    run: async (args, io) => {
      const parsed = parseFlags(spec, args, (m) => io.stderr(`warning: ${m}\n`));
      if (parsed.help) {
        io.stdout(usage(spec));
        return 0;
      }
      return fn(parsed.values, { argv: [spec.name, ...args] }).catch((error: unknown) => {
        throw asFlag(spec, error);
      });
    },
  };
}

/**
 * A package's mistake about one of its options (`images[0].reference`) that is one of this
 * command's flags: a mistake on the command line, named as the flag (`--images[0].reference`),
 * exit 2. An option the command does not take from a flag (release passes its own) stays as is.
 */
function asFlag(spec: CommandSpec, error: unknown): unknown {
  if (!(error instanceof UserError) || error instanceof UsageError) return error;
  const message = optionMessage(error, (field) => `--${field}`);
  const option = error.field?.split(/[.[]/)[0];
  return message !== undefined && spec.flags.some((f) => f.name === option)
    ? new UsageError(message)
    : error;
}

/**
 * Every command, by the name `pgforge <name>` takes, which is also its action's directory.
 * Each is loaded when it runs, not before: one bundle holds them all, and evaluating every
 * command's packages (Sigstore's for attest, kind's for the smoke test) took about 150 ms of
 * every run, a sixth of a warm extension image (issue 22). The bundler makes each its own chunk.
 */
const LOADERS: Record<string, () => Promise<Command>> = {
  matrix: async () => {
    const m = await import('./commands/matrix.js');
    return command(m.MATRIX, m.matrix);
  },
  build: async () => {
    const m = await import('./commands/build.js');
    return command(m.BUILD, m.build);
  },
  extension: async () => {
    const m = await import('./commands/extension.js');
    return command(m.EXTENSION, m.extension);
  },
  'smoke-test': async () => {
    const m = await import('./commands/smoke-test.js');
    return command(m.SMOKE_TEST, m.smokeTest);
  },
  sbom: async () => {
    const m = await import('./commands/sbom.js');
    return command(m.SBOM, m.sbom);
  },
  attest: async () => {
    const m = await import('./commands/attest.js');
    return command(m.ATTEST, m.attest);
  },
  promote: async () => {
    const m = await import('./commands/promote.js');
    return command(m.PROMOTE, m.promote);
  },
  catalog: async () => {
    const m = await import('./commands/catalog.js');
    return command(m.CATALOG, m.catalog);
  },
  release: async () => {
    const m = await import('./commands/release.js');
    return command(m.RELEASE, m.release);
  },
};

/** The commands' names, in the order the usage lists them. */
export const COMMAND_NAMES: readonly string[] = Object.keys(LOADERS);

/** One command, loaded; undefined for a name that is none. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  const load = Object.hasOwn(LOADERS, name) ? LOADERS[name] : undefined;
  return load ? load() : undefined;
}

/** Every command, loaded (the usage and the tests need every spec). */
export async function loadCommands(): Promise<Record<string, Command>> {
  const loaded = await Promise.all(COMMAND_NAMES.map(async (n) => [n, await loadCommand(n)]));
  return Object.fromEntries(loaded) as Record<string, Command>;
}

export { VERSION };

export async function usageText(): Promise<string> {
  const commands = await loadCommands();
  return `pgforge ${VERSION}: build the PostgreSQL images CloudNativePG runs

Usage:
  pgforge <command> [options]  run a command
  pgforge help <command>       that command's flags alone (also pgforge <command> --help)
  pgforge version              print the version (also --version, -V)

Exit status: 0 done, 1 failed (a bad input file, a refused image, a failed build), 2 the
command line itself was wrong (an unknown command or flag, a bad or missing value).

${Object.values(commands)
  .map((c) => usage(c.spec))
  .join('\n')}`;
}

/**
 * A configuration problem that came from a flag (`--postgres 9`) rather than the file is a
 * mistake on the command line: named as the flag, and a usage error. The loader names such a
 * value as the action input it also is (`input "postgres"`).
 */
function asFlags(e: ConfigError): { message: string; usage: boolean } {
  const fromInput = /^input "([a-z-]+)"/;
  const lines = e.problems.map((p) => {
    const flag = fromInput.exec(p.origin)?.[1];
    return flag === undefined
      ? undefined
      : `--${flag}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
  });
  const usage = lines.every((l) => l !== undefined);
  return {
    message: usage ? lines.join('\n') : e.message.replace(/^input "([a-z-]+)"/gm, '--$1'),
    usage,
  };
}

function unknownCommand(name: string): UsageError {
  const guess = nearest(name, [...COMMAND_NAMES]);
  return new UsageError(
    guess !== undefined
      ? `unknown command ${JSON.stringify(name)}; did you mean ${guess}? (pgforge help lists the commands)`
      : `unknown command ${JSON.stringify(name)}; commands: ${COMMAND_NAMES.join(', ')}`,
  );
}

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = {},
): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      // No command is a mistake: the usage goes where errors go, and the exit code says so.
      io.stderr(await usageText());
      return EXIT_USAGE;
    }
    if (['-h', '--help', 'help'].includes(name)) {
      const [topic, ...more] = rest;
      if (topic === undefined || name !== 'help') {
        io.stdout(await usageText());
        return 0;
      }
      if (more.length > 0) throw new UsageError(`help takes one command; got ${rest.join(' ')}`);
      const cmd = await loadCommand(topic);
      if (!cmd) throw unknownCommand(topic);
      io.stdout(usage(cmd.spec));
      return 0;
    }
    if (['-V', '--version', 'version'].includes(name)) {
      if (rest.length > 0)
        throw new UsageError(`${name} takes nothing more; got ${rest.join(' ')}`);
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const cmd = await loadCommand(name);
    if (!cmd) throw unknownCommand(name);
    return await cmd.run(rest, io);
  } catch (e) {
    const lines = (message: string): void =>
      io.stderr(`error: ${message.split('\n').join('\nerror: ')}\n`);
    if (e instanceof ConfigError) {
      const { message, usage: fromFlags } = asFlags(e);
      lines(message);
      return fromFlags ? EXIT_USAGE : EXIT_FAILURE;
    }
    if (e instanceof UserError) {
      lines(e.message);
      return e instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE;
    }
    // Not a mistake the user made: still one line; the stack only when asked for.
    const err = e instanceof Error ? e : new Error(String(e));
    lines(err.message);
    if (env.PGFORGE_DEBUG) io.stderr(`${err.stack ?? ''}\n`);
    return EXIT_FAILURE;
  }
}
