/**
 * The real apt as the oracle: `apt-get update` in a throw-away apt root holding one source,
 * then `apt-cache policy` / `apt-cache madison` on it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface OracleSource {
  mirror: string;
  suite: string;
  component: string;
  architecture: string;
  keyring: string;
  allowExpiredRelease?: boolean;
}

export interface AptOracle {
  /** The Candidate of `apt-cache policy <name>`, or undefined for "(none)". */
  candidate(name: string): Promise<string | undefined>;
  /** Every version `apt-cache madison <name>` lists, in its order. */
  madison(name: string): Promise<string[]>;
  /** Removes the apt root (its lists are tens of MB). */
  dispose(): void;
}

export async function aptOracle(source: OracleSource): Promise<AptOracle> {
  const root = mkdtempSync(join(tmpdir(), 'pgforge-apt-oracle-'));
  for (const dir of ['etc/apt/apt.conf.d', 'etc/apt/preferences.d', 'etc/apt/sources.list.d']) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  for (const dir of ['var/lib/apt/lists/partial', 'var/cache/apt/archives/partial']) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  writeFileSync(join(root, 'status'), '');
  const list = join(root, 'etc/apt/sources.list');
  writeFileSync(
    list,
    `deb [signed-by=${source.keyring}] ${source.mirror} ${source.suite} ${source.component}\n`,
  );
  const options = [
    `Dir=${root}`,
    `Dir::State::status=${join(root, 'status')}`,
    `Dir::Etc::SourceList=${list}`,
    `Dir::Etc::SourceParts=${join(root, 'etc/apt/sources.list.d')}`,
    `Dir::Etc::Preferences=${join(root, 'etc/apt/preferences')}`,
    `Dir::Etc::PreferencesParts=${join(root, 'etc/apt/preferences.d')}`,
    `APT::Architecture=${source.architecture}`,
    `APT::Architectures=${source.architecture}`,
    'Acquire::Languages=none',
    'APT::Sandbox::User=root',
    'Debug::NoLocking=1',
    `Acquire::Check-Valid-Until=${source.allowExpiredRelease ? 'false' : 'true'}`,
  ].flatMap((o) => ['-o', o]);
  const apt = async (command: string, args: string[]): Promise<string> => {
    try {
      const { stdout } = await run(command, [...options, ...args], {
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, LC_ALL: 'C' },
      });
      return stdout;
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { stderr?: string };
      if (e.code === 'ENOENT') {
        throw new Error(`${command} is not on PATH: the APT oracle needs Debian's apt`);
      }
      throw new Error(`${command} ${args.join(' ')} failed: ${e.stderr ?? e.message}`);
    }
  };
  const dispose = (): void => rmSync(root, { recursive: true, force: true });
  try {
    await apt('apt-get', ['-q', 'update']);
  } catch (error) {
    dispose();
    throw error;
  }
  return {
    dispose,
    async candidate(name) {
      const out = await apt('apt-cache', ['policy', name]);
      const m = /^\s*Candidate:\s*(\S+)/m.exec(out);
      if (!m) throw new Error(`apt-cache policy ${name} printed no Candidate:\n${out}`);
      return m[1] === '(none)' ? undefined : m[1];
    },
    async madison(name) {
      const out = await apt('apt-cache', ['madison', name]);
      return out
        .split('\n')
        .map((line) => line.split('|').map((f) => f.trim()))
        .filter((fields) => fields[0] === name && fields[1])
        .map((fields) => fields[1] as string);
    },
  };
}
