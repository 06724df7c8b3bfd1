/**
 * A throw-away apt root: one sources.list line, its own lists, cache and status, so the real
 * apt can be asked what it makes of an archive without touching the machine's configuration.
 * Tests use it as the oracle for the project's APT client and for the test archives.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface AptRoot {
  /** Exit code, stdout and stderr of an apt command in this root. */
  run(command: 'apt-get' | 'apt-cache', args: string[]): Promise<AptRun>;
  dispose(): Promise<void>;
}

export interface AptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** An apt root of its own: one sources.list line, its own lists, cache and status. */
export async function aptRoot(
  sourcesLine: string,
  architecture: string,
  /** More `-o` settings, e.g. `Acquire::Check-Valid-Until=false`. */
  settings: string[] = [],
): Promise<AptRoot> {
  const root = await mkdtemp(join(tmpdir(), 'pgforge-apt-root-'));
  for (const dir of [
    'etc/apt/apt.conf.d',
    'etc/apt/preferences.d',
    'etc/apt/sources.list.d',
    'var/lib/apt/lists/partial',
    'var/cache/apt/archives/partial',
  ]) {
    await mkdir(join(root, dir), { recursive: true });
  }
  await writeFile(join(root, 'status'), '');
  await writeFile(join(root, 'etc/apt/sources.list'), `${sourcesLine}\n`);
  const options = [
    `Dir=${root}`,
    `Dir::State=${join(root, 'var/lib/apt')}`,
    `Dir::State::status=${join(root, 'status')}`,
    `Dir::Cache=${join(root, 'var/cache/apt')}`,
    `Dir::Etc::SourceList=${join(root, 'etc/apt/sources.list')}`,
    `Dir::Etc::SourceParts=${join(root, 'etc/apt/sources.list.d')}`,
    `Dir::Etc::Preferences=${join(root, 'etc/apt/preferences')}`,
    `Dir::Etc::PreferencesParts=${join(root, 'etc/apt/preferences.d')}`,
    `APT::Architecture=${architecture}`,
    `APT::Architectures=${architecture}`,
    'Acquire::Languages=none',
    'APT::Sandbox::User=root',
    'Debug::NoLocking=1',
    ...settings,
  ].flatMap((o) => ['-o', o]);
  return {
    async run(command, args) {
      try {
        const { stdout, stderr } = await execFileAsync(command, [...options, ...args], {
          env: { ...process.env, LC_ALL: 'C' },
          maxBuffer: 64 * 1024 * 1024,
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as NodeJS.ErrnoException & {
          code?: number | string;
          stdout?: string;
          stderr?: string;
        };
        if (e.code === 'ENOENT') {
          throw new Error(`${command} is not on PATH: apt as the oracle needs Debian's apt`);
        }
        return { code: Number(e.code), stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
      }
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/** The Candidate line of `apt-cache policy` output. */
export function candidate(policy: string): string | undefined {
  return /^\s*Candidate:\s*(\S+)/m.exec(policy)?.[1];
}
