/**
 * The CLI without its process: commands by name, usage and version, errors told as one line.
 * main.ts only hands it the arguments and sets the exit code, so tests run it in-process.
 */
import { ConfigError } from '@pgforge/config';
import { ExtensionError } from '@pgforge/extension';
import {
  parseFlags,
  usage,
  UsageError,
  type CommandContext,
  type CommandSpec,
  type FlagValues,
} from './args.js';
import { attest, ATTEST } from './commands/attest.js';
import { build, BUILD } from './commands/build.js';
import { catalog, CATALOG } from './commands/catalog.js';
import { extension, EXTENSION } from './commands/extension.js';
import { matrix, MATRIX } from './commands/matrix.js';
import { promote, PROMOTE } from './commands/promote.js';
import { release, RELEASE } from './commands/release.js';
import { sbom, SBOM } from './commands/sbom.js';
import { smokeTest, SMOKE_TEST } from './commands/smoke-test.js';
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
      return fn(parsed.values, { argv: [spec.name, ...args] });
    },
  };
}

/** Every command, by the name `pgforge <name>` takes, which is also its action's directory. */
export const COMMANDS: Record<string, Command> = Object.fromEntries(
  [
    command(MATRIX, matrix),
    command(BUILD, build),
    command(EXTENSION, extension),
    command(SMOKE_TEST, smokeTest),
    command(SBOM, sbom),
    command(ATTEST, attest),
    command(PROMOTE, promote),
    command(CATALOG, catalog),
    command(RELEASE, release),
  ].map((c) => [c.spec.name, c]),
);

export { VERSION };

export const USAGE = `pgforge ${VERSION}: build the PostgreSQL images CloudNativePG runs

Usage:
  pgforge <command> [options]  (pgforge <command> --help: that command's flags alone)
  pgforge --version            print the version

${Object.values(COMMANDS)
  .map((c) => usage(c.spec))
  .join('\n')}`;

/** Errors a person made: one line each, no stack trace. */
const USER_ERRORS = [
  'InputError',
  'TargetSelectionError',
  'TargetListError',
  'ExtensionEntriesError',
  'CnpgVersionError',
  'SbomOptionError',
  'CatalogError',
  'PromoteError',
  'AttestOptionError',
  'KeyringContextError',
];

function isUserError(e: unknown): e is Error {
  return (
    e instanceof ConfigError ||
    e instanceof UsageError ||
    e instanceof ExtensionError ||
    (e instanceof Error && USER_ERRORS.includes(e.name))
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
      io.stderr(USAGE);
      return 2;
    }
    if (['-h', '--help', 'help'].includes(name)) {
      io.stdout(USAGE);
      return 0;
    }
    if (name === '--version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const cmd = COMMANDS[name];
    if (!cmd) {
      throw new UsageError(
        `unknown command ${JSON.stringify(name)}; commands: ${Object.keys(COMMANDS).join(', ')}`,
      );
    }
    return await cmd.run(rest, io);
  } catch (e) {
    if (isUserError(e)) {
      io.stderr(`error: ${e.message.split('\n').join('\nerror: ')}\n`);
      return 1;
    }
    const err = e as Error;
    io.stderr(`error: ${err.message}\n`);
    if (env.PGFORGE_DEBUG) io.stderr(`${err.stack ?? ''}\n`);
    return 1;
  }
}
