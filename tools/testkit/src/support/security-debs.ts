/**
 * A security update made from Debian's own packages: the newest `.deb` of each binary of one
 * source package (what the image's view offers today: the suite, -updates or -security),
 * fetched and verified by the project's APT client, given a new revision (`+deb13u2` →
 * `+deb13u2+pgforge1`) in its control file and in the exact relations between the binaries
 * repacked together (`libkrb5-3` depends on `libkrb5support0 (= …)`), and a new changelog
 * entry naming a CVE, then built again with `dpkg-deb -b`. Served from a test archive's
 * `<codename>-security` suite, apt installs them for real and the release notes read their
 * changelogs. Repacked files are cached by original file and new version.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { AptClient, type AptRepository, type BinaryPackage } from '@pgforge/apt';
import { compareDebianVersions } from '@pgforge/versions';
import { run } from '../setup/docker.js';
import type { ArchivePackage, RealDeb } from './apt-archive.js';
import { describeDeb, rewriteControl } from './pgdg-debs.js';

export interface SecurityUpdateRequest {
  /** The archives the image's view reads (the suite, -updates, the real -security). */
  repositories: AptRepository[];
  architecture: string;
  /** The binaries of one source to publish anew. */
  packages: string[];
  /** Appended to each version: `+pgforge1`. */
  suffix: string;
  /** The changelog entry's distribution and its one line (with the CVE it names). */
  distribution: string;
  line: string;
  aptCacheDir: string;
  cacheDir: string;
}

export interface SecurityUpdate {
  packages: ArchivePackage[];
  /** name → [version before, version after]. */
  versions: Map<string, readonly [string, string]>;
}

async function newest(
  apt: AptClient,
  repositories: AptRepository[],
  name: string,
  architecture: string,
) {
  let best: { pkg: BinaryPackage; repo: AptRepository } | undefined;
  for (const repo of repositories) {
    const pkg = (await apt.packages(repo, 'main', architecture)).versions(name)[0];
    if (pkg && (!best || compareDebianVersions(pkg.version, best.pkg.version) > 0)) {
      best = { pkg, repo };
    }
  }
  if (!best) throw new Error(`${name} is in none of the view's archives for ${architecture}`);
  return best;
}

export async function securityUpdate(request: SecurityUpdateRequest): Promise<SecurityUpdate> {
  const apt = new AptClient({ cacheDir: request.aptCacheDir });
  await mkdir(request.cacheDir, { recursive: true });
  const picked = await Promise.all(
    request.packages.map((name) => newest(apt, request.repositories, name, request.architecture)),
  );
  const versions = new Map(
    picked.map(({ pkg }) => [
      pkg.package,
      [pkg.version, `${pkg.version}${request.suffix}`] as const,
    ]),
  );
  const packages = await Promise.all(
    picked.map(async ({ pkg, repo }): Promise<ArchivePackage> => {
      const version = versions.get(pkg.package)![1];
      const sourceVersion = pkg.sourceVersion ? `${pkg.sourceVersion}${request.suffix}` : undefined;
      const deb = await repack(apt, repo, pkg, version, sourceVersion, versions, request);
      return {
        package: pkg.package,
        version,
        source: sourceVersion ? `${pkg.source} (${sourceVersion})` : pkg.source,
        ...(pkg.architecture === 'all' ? { architecture: 'all' } : {}),
        deb,
      };
    }),
  );
  // Stored before the next caller (another file, another run) looks for it.
  await apt.settled();
  return { packages, versions };
}

async function repack(
  apt: AptClient,
  repo: AptRepository,
  pkg: BinaryPackage,
  version: string,
  sourceVersion: string | undefined,
  versions: Map<string, readonly [string, string]>,
  request: SecurityUpdateRequest,
): Promise<RealDeb> {
  const key = createHash('sha256').update(`${pkg.sha256} ${version} ${request.line}`).digest('hex');
  const file = join(request.cacheDir, `${pkg.package}_${key.slice(0, 16)}.deb`);
  const controlFile = `${file}.control`;
  const cached = await describeDeb(file, controlFile);
  if (cached) return cached;
  const work = await mkdtemp(join(tmpdir(), 'pgforge-security-deb-'));
  try {
    await writeFile(join(work, 'original.deb'), await apt.fetchDeb(repo, pkg));
    const tree = join(work, 'tree');
    await run('dpkg-deb', ['-R', join(work, 'original.deb'), tree]);
    const controlPath = join(tree, 'DEBIAN', 'control');
    const control = rewriteControl(
      await readFile(controlPath, 'utf8'),
      version,
      sourceVersion,
      versions,
    );
    await writeFile(controlPath, control);
    // A new entry at the top of the package's own changelog, as a security upload adds one.
    const changelog = join(tree, 'usr', 'share', 'doc', pkg.package, 'changelog.Debian.gz');
    const isFile = await stat(changelog).then(
      (s) => s.isFile(),
      () => false,
    );
    if (isFile) {
      const old = gunzipSync(await readFile(changelog)).toString('utf8');
      const entry = [
        `${pkg.source} (${sourceVersion ?? version}) ${request.distribution}; urgency=high`,
        '',
        `  * ${request.line}`,
        '',
        ' -- pgforge tests <tests@pgforge.invalid>  Sun, 06 Dec 2026 10:00:00 +0000',
        '',
        '',
      ].join('\n');
      await writeFile(changelog, gzipSync(entry + old, { level: 9 }));
      // dpkg-deb checks nothing here, but md5sums should say what the package holds.
      const md5sums = join(tree, 'DEBIAN', 'md5sums');
      const sums = await readFile(md5sums, 'utf8').catch(() => undefined);
      if (sums !== undefined) {
        const path = `usr/share/doc/${pkg.package}/changelog.Debian.gz`;
        const digest = createHash('md5')
          .update(await readFile(changelog))
          .digest('hex');
        await writeFile(
          md5sums,
          sums.replace(new RegExp(`^[0-9a-f]{32}  ${path}$`, 'm'), `${digest}  ${path}`),
        );
      }
    }
    await run('dpkg-deb', ['-Zgzip', '-z1', '-b', tree, join(work, 'new.deb')]);
    await writeFile(`${controlFile}.tmp`, control);
    await rename(join(work, 'new.deb'), file);
    await rename(`${controlFile}.tmp`, controlFile);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const made = await describeDeb(file, controlFile);
  if (!made) throw new Error(`repacking ${pkg.package} left no ${file}`);
  return made;
}
