/**
 * Real PGDG-shaped packages, made from Debian's own: each `.deb` is fetched from the
 * distribution's archive (verified by the project's APT client), unpacked with `dpkg-deb -R`,
 * given PGDG's version (`17.6-1` → `17.6-1.pgdg13+1`, `18.1-1.pgdg+1` on sid) in its control
 * file and in the relations between the re-versioned packages (`postgresql-18-jit` depends on
 * `postgresql-18 (= <version>)`), and built again with `dpkg-deb -b`. apt installs them for
 * real. The results are cached under the test cache, keyed by the original file and the new
 * version, so that only the first run pays for the repacking.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AptClient, type AptRepository, type BinaryPackage } from '@pgforge/apt';
import { DEBIAN_KEYRING } from '@pgforge/config';
import { CommandError, run } from '../setup/docker.js';
import { pgdgVersion, type ArchivePackage, type RealDeb } from './apt-archive.js';

export interface PgdgDebsRequest {
  distribution: 'trixie' | 'sid';
  architectures: string[];
  /** Binary packages to take from the distribution's archive: `postgresql-18`, `libpq5`, … */
  packages: string[];
  /** PGDG's rebuild number per source package (`postgresql-17: 2` gives `.pgdg13+2`); default 1. */
  builds?: Record<string, number>;
  /** The Debian archive URI. */
  mirror: string;
  /** The project's APT cache (indexes and the original `.deb` files). */
  aptCacheDir: string;
  /** Where the repacked files are kept between runs. */
  cacheDir: string;
}

/** The packages of one architecture, as apt-archive.ts serves them. */
export type PgdgDebs = Record<string, ArchivePackage[]>;

const RELATION_FIELDS = [
  'Depends',
  'Pre-Depends',
  'Recommends',
  'Suggests',
  'Enhances',
  'Breaks',
  'Conflicts',
  'Replaces',
  'Provides',
];

export async function pgdgDebs(request: PgdgDebsRequest): Promise<PgdgDebs> {
  const apt = new AptClient({ cacheDir: request.aptCacheDir });
  const repo: AptRepository = {
    mirror: request.mirror,
    suite: request.distribution,
    keyrings: [DEBIAN_KEYRING],
    allowExpiredRelease: request.distribution === 'sid',
  };
  await mkdir(request.cacheDir, { recursive: true });
  const out: PgdgDebs = {};
  for (const architecture of request.architectures) {
    const index = await apt.packages(repo, 'main', architecture);
    const picked = request.packages.map((name) => {
      const pkg = index.versions(name)[0];
      if (!pkg) throw new Error(`${name} is not in ${request.distribution}/${architecture}`);
      return pkg;
    });
    const build = (p: BinaryPackage): number => request.builds?.[p.source] ?? 1;
    // Name → [Debian version, PGDG version]: what relations between them are rewritten with.
    const versions = new Map(
      picked.map((p) => [
        p.package,
        [p.version, pgdgVersion(p.version, request.distribution, build(p))] as const,
      ]),
    );
    out[architecture] = await Promise.all(
      picked.map(async (p): Promise<ArchivePackage> => {
        const version = versions.get(p.package)![1];
        const sourceVersion = p.sourceVersion
          ? pgdgVersion(p.sourceVersion, request.distribution, build(p))
          : undefined;
        const deb = await repacked(apt, repo, p, version, sourceVersion, versions, request);
        return {
          package: p.package,
          version,
          source: sourceVersion ? `${p.source} (${sourceVersion})` : p.source,
          ...(p.architecture === 'all' ? { architecture: 'all' } : {}),
          deb,
        };
      }),
    );
  }
  // Stored before the next caller (another file, another run) looks for it.
  await apt.settled();
  return out;
}

async function repacked(
  apt: AptClient,
  repo: AptRepository,
  p: BinaryPackage,
  version: string,
  sourceVersion: string | undefined,
  versions: Map<string, readonly [string, string]>,
  request: PgdgDebsRequest,
): Promise<RealDeb> {
  const name = `${p.package}_${version.replace(/^\d+:/, '')}_${p.architecture}-${p.sha256.slice(0, 12)}`;
  const file = join(request.cacheDir, `${name}.deb`);
  const controlFile = join(request.cacheDir, `${name}.control`);
  const cached = await describeDeb(file, controlFile);
  if (cached) return cached;

  const work = await mkdtemp(join(tmpdir(), 'pgforge-pgdg-deb-'));
  try {
    await writeFile(join(work, 'original.deb'), await apt.fetchDeb(repo, p));
    await dpkgDeb(['-R', join(work, 'original.deb'), join(work, 'tree')]);
    const controlPath = join(work, 'tree', 'DEBIAN', 'control');
    const control = rewriteControl(
      await readFile(controlPath, 'utf8'),
      version,
      sourceVersion,
      versions,
    );
    await writeFile(controlPath, control);
    // gzip -1: repacking is about versions, not size; apt reads any dpkg compression.
    await dpkgDeb(['-Zgzip', '-z1', '-b', join(work, 'tree'), join(work, 'new.deb')]);
    await writeFile(`${controlFile}.tmp`, control);
    await rename(join(work, 'new.deb'), file);
    await rename(`${controlFile}.tmp`, controlFile);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const made = await describeDeb(file, controlFile);
  if (!made) throw new Error(`repacking ${p.package} left no ${file}`);
  return made;
}

/** A repacked file and its control file as a RealDeb, or undefined when either is missing. */
export async function describeDeb(file: string, controlFile: string): Promise<RealDeb | undefined> {
  const [bytes, control] = await Promise.all([
    readFile(file).catch(() => undefined),
    readFile(controlFile, 'utf8').catch(() => undefined),
  ]);
  if (bytes === undefined || control === undefined) return undefined;
  return {
    path: file,
    control,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    md5: createHash('md5').update(bytes).digest('hex'),
  };
}

/**
 * The control file with PGDG's versions: Version, the version in Source's parentheses (a
 * binNMU), and every relation to a re-versioned package that names its Debian version.
 */
export function rewriteControl(
  control: string,
  version: string,
  sourceVersion: string | undefined,
  versions: Map<string, readonly [string, string]>,
): string {
  const fields: [string, string][] = [];
  for (const line of control.replace(/\n+$/, '').split('\n')) {
    const m = /^([A-Za-z0-9-]+):(.*)$/.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined) fields.push([m[1], m[2]]);
    else if (fields.length > 0) fields[fields.length - 1]![1] += `\n${line}`;
  }
  const relation =
    /([a-z0-9][a-z0-9+.-]*)(:[a-z0-9-]+)?(\s*)\(\s*(<<|<=|=|>=|>>)\s*([^)\s]+)\s*\)/g;
  return (
    fields
      .map(([field, value]) => {
        if (field === 'Version') return `${field}: ${version}`;
        if (field === 'Source' && sourceVersion) {
          return `${field}: ${value.trim().split(/\s+/)[0]} (${sourceVersion})`;
        }
        if (!RELATION_FIELDS.includes(field)) return `${field}:${value}`;
        const rewritten = value.replace(
          relation,
          (all, name: string, arch = '', space: string, op: string, v: string) => {
            const known = versions.get(name);
            return known && known[0] === v ? `${name}${arch}${space}(${op} ${known[1]})` : all;
          },
        );
        return `${field}:${rewritten}`;
      })
      .join('\n') + '\n'
  );
}

async function dpkgDeb(args: string[]): Promise<void> {
  try {
    await run('dpkg-deb', args);
  } catch (error) {
    if (error instanceof CommandError && !error.result) {
      throw new Error(
        'dpkg-deb is not on PATH: the PGDG-shaped test archive repacks Debian packages with it (Debian package dpkg)',
      );
    }
    throw error;
  }
}
