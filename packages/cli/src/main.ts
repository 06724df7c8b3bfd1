#!/usr/bin/env node
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '@pgforge/config';
import {
  defaultCacheDir,
  GROUP_BY,
  matrixCommand,
  projectDockerfile,
  type GroupBy,
} from '@pgforge/matrix';

const USAGE = `pgforge: build the PostgreSQL images CloudNativePG runs

Usage:
  pgforge matrix [options]     resolve versions, expand targets, write a bake file

Matrix options:
  --config FILE               images.yaml (default: ./images.yaml, else the defaults)
  --postgres LIST             override postgres (17,18 | 17.6 | 19~beta3 | supported)
  --distributions LIST        override distributions
  --flavours LIST             build only these flavours
  --platforms LIST            override platforms
  --registry REGISTRY         override registry
  --skip-unchanged BOOL       drop targets whose published image has the same fingerprint (true)
  --force                     keep every target
  --group-by KIND             target | major | distribution (target)
  --bake-file FILE            where to write the bake definition (./pgforge-bake.json)
  --timestamp TIME            the run's time, RFC 3339 (now)
  --summary                   print the summary table (Markdown) instead of JSON
`;

class UsageError extends Error {}

const list = (v: string | undefined): string[] | undefined =>
  v === undefined
    ? undefined
    : v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

function bool(name: string, v: string | undefined, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new UsageError(`--${name}: ${JSON.stringify(v)} is not allowed; expected true or false`);
}

async function matrix(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string' },
      postgres: { type: 'string' },
      distributions: { type: 'string' },
      flavours: { type: 'string' },
      platforms: { type: 'string' },
      registry: { type: 'string' },
      'skip-unchanged': { type: 'string' },
      force: { type: 'boolean', default: false },
      'group-by': { type: 'string', default: 'target' },
      'bake-file': { type: 'string', default: 'pgforge-bake.json' },
      timestamp: { type: 'string' },
      summary: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const groupBy = values['group-by'] as GroupBy;
  if (!GROUP_BY.includes(groupBy)) {
    throw new UsageError(
      `--group-by: ${JSON.stringify(groupBy)} is not allowed; expected ${GROUP_BY.join(', ')}`,
    );
  }
  const now = values.timestamp ? new Date(values.timestamp) : new Date();
  if (Number.isNaN(now.getTime())) {
    throw new UsageError(
      `--timestamp: ${JSON.stringify(values.timestamp)} is not an RFC 3339 time`,
    );
  }
  const result = await matrixCommand({
    configFile: values.config,
    overrides: {
      postgres: list(values.postgres),
      distributions: list(values.distributions),
      flavours: list(values.flavours),
      platforms: list(values.platforms),
      registry: values.registry,
    },
    skipUnchanged: bool('skip-unchanged', values['skip-unchanged'], true),
    force: values.force,
    groupBy,
    bakeFile: values['bake-file'],
    dockerfile: projectDockerfile(),
    now,
    cacheDir: defaultCacheDir(process.env, homedir()),
    docker: { env: { ...process.env } },
    log: (m) => process.stderr.write(`${m}\n`),
    warn: (m) => process.stderr.write(`warning: ${m}\n`),
  });
  if (values.summary) {
    process.stdout.write(result.summary);
    return;
  }
  const { matrix: m, kept, skipped, bakeFile, timestamp } = result;
  process.stdout.write(
    `${JSON.stringify({ matrix: m, targets: kept, skipped, bakeFile: join(process.cwd(), bakeFile), timestamp }, null, 2)}\n`,
  );
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'matrix':
        await matrix(rest);
        return 0;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}; commands: matrix`);
    }
  } catch (e) {
    // A person's mistake is one line each; anything else its message (stack with PGFORGE_DEBUG).
    if (e instanceof ConfigError || e instanceof UsageError) {
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
