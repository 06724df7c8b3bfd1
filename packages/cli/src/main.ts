#!/usr/bin/env node
import { ConfigError } from '@pgforge/config';
import { ExtensionError } from '@pgforge/extension';
import { UsageError } from './args.js';
import { build, BUILD_USAGE } from './commands/build.js';
import { extension, EXTENSION_USAGE } from './commands/extension.js';
import { matrix, MATRIX_USAGE } from './commands/matrix.js';
import { sbom, SBOM_USAGE } from './commands/sbom.js';
import { smokeTest, SMOKE_USAGE } from './commands/smoke-test.js';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  matrix: async (args) => (await matrix(args), 0),
  build,
  extension,
  'smoke-test': smokeTest,
  sbom,
};

const USAGE = `pgforge: build the PostgreSQL images CloudNativePG runs

Usage:
${MATRIX_USAGE}
${BUILD_USAGE}
${EXTENSION_USAGE}
${SMOKE_USAGE}
${SBOM_USAGE}`;

/** Errors a person made: one line each, no stack trace. */
const USER_ERRORS = [
  'InputError',
  'TargetSelectionError',
  'TargetListError',
  'ExtensionEntriesError',
  'CnpgVersionError',
  'SbomOptionError',
];

function isUserError(e: unknown): e is Error {
  return (
    e instanceof ConfigError ||
    e instanceof UsageError ||
    e instanceof ExtensionError ||
    (e instanceof Error && USER_ERRORS.includes(e.name))
  );
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || ['-h', '--help', 'help'].includes(command)) {
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    const run = COMMANDS[command];
    if (!run) {
      throw new UsageError(
        `unknown command ${JSON.stringify(command)}; commands: ${Object.keys(COMMANDS).join(', ')}`,
      );
    }
    return await run(rest);
  } catch (e) {
    if (isUserError(e)) {
      process.stderr.write(`error: ${e.message.split('\n').join('\nerror: ')}\n`);
      return 1;
    }
    const err = e as Error;
    process.stderr.write(`error: ${err.message}\n`);
    if (process.env.PGFORGE_DEBUG) process.stderr.write(`${err.stack ?? ''}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
