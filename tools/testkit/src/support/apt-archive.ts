/**
 * A real, signed APT archive built on disk from a declarative package list and served over
 * node:http on loopback: `dists/<suite>/InRelease` (cleartext-signed with an OpenPGP key made
 * here), `Packages` indexes (xz, gz, plain, plus by-hash copies) whose size and SHA256 the
 * Release lists. apt itself accepts it (see test/apt-archive.integration.test.ts), so it stands
 * in for PGDG and the Debian mirror where those cannot be reached. A package is either a
 * declared stanza (its Filename, Size and SHA256 describe a file that does not exist) or a real
 * `.deb` (see pgdg-debs.ts), whose control fields make the stanza and which is
 * served from the pool for apt to install.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { createCleartextMessage, generateKey, sign } from 'openpgp';
import type { PrivateKey } from 'openpgp';

export interface ArchivePackage {
  package: string;
  version: string;
  /** The Source field as written: `postgis`, or `postgresql-18 (18.0-1.pgdg13+1)`. */
  source?: string;
  depends?: string;
  provides?: string;
  /** `all` for architecture-independent packages; default: the index's architecture. */
  architecture?: string;
  section?: string;
  description?: string;
  /** A real package: the stanza is its control file, and the file is served from the pool. */
  deb?: RealDeb;
}

/** A `.deb` on disk and what a Packages stanza says of it. */
export interface RealDeb {
  /** Where the file is. */
  path: string;
  /** Its control file (DEBIAN/control), one deb822 paragraph. */
  control: string;
  size: number;
  sha256: string;
  md5: string;
}

export interface ArchiveSuite {
  /** The directory under `dists/`: `trixie-pgdg`, `trixie`. */
  suite: string;
  /** The Release's Suite field; default `suite` (Debian's `dists/trixie` says `stable`). */
  suiteField?: string;
  /** The Release's Codename field; default `suite`. */
  codename?: string;
  /** Component → architecture → the packages of that index. */
  components: Record<string, Record<string, ArchivePackage[]>>;
  validUntil?: Date;
  description?: string;
}

export type IndexCompression = 'xz' | 'gz' | 'none';

export interface ArchiveKey {
  privateKey: PrivateKey;
  /** ASCII-armored public key (`.asc`), usable as apt's `signed-by` and as a pgforge keyring. */
  keyring: string;
  /** Upper-case hex fingerprint of the primary key. */
  fingerprint: string;
}

export interface AptArchiveOptions {
  suites: ArchiveSuite[];
  origin?: string;
  label?: string;
  /** Sign with this key (e.g. one shared by two archives); default: a new key. */
  key?: ArchiveKey;
  /** The Release's Date and the signature time; default: now. */
  date?: Date;
  /** The index files written and listed, default all three (xz needs the `xz` CLI). */
  compressions?: IndexCompression[];
  /**
   * xz preset (0-9), default 6. Decompression costs about the same at every preset, so big
   * generated indexes can use 1 to be built in a second rather than fifteen.
   */
  xzPreset?: number;
  /** Write `by-hash/SHA256/<hash>` copies and say `Acquire-By-Hash: yes`, as PGDG and Debian do. */
  acquireByHash?: boolean;
  /** URL path the archive sits under, e.g. `/pgdg`; default: the server root. */
  prefix?: string;
  /**
   * The address to listen on, default 127.0.0.1. A build step reaches this machine only at an
   * address of its own network, such as the docker bridge's gateway (see dockerBridgeAddress).
   */
  listen?: string;
}

export interface AptArchive {
  /** Archive URI (the part before `dists/`), without a trailing slash. */
  url: string;
  /** The armored public key file that verifies the InRelease files. */
  keyring: string;
  key: ArchiveKey;
  /** Where the served tree is on disk. */
  root: string;
  /** Paths (relative to `url`) of every request, in order. */
  requests: string[];
  /**
   * Publishes the suites again, as an archive does when a package gets a new revision: the
   * indexes and InRelease are rewritten (by-hash files of the earlier ones stay), pool files
   * added. Same URL, same key.
   */
  publish(suites: ArchiveSuite[]): Promise<void>;
  /** Stops the server and deletes the tree (and the key, when it was made here). */
  stop(): Promise<void>;
}

const gzipAsync = promisify(gzip);

const sha256 = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

/**
 * An OpenPGP key pair whose signing subkey signs, as Debian's and PGDG's archive keys do
 * (ed25519); the public key is written to `<dir>/<name>.asc`.
 */
export async function generateArchiveKey(
  dir: string,
  name = 'pgforge test archive',
): Promise<ArchiveKey> {
  const { privateKey, publicKey } = await generateKey({
    type: 'ecc',
    userIDs: [{ name, email: 'archive@example.invalid' }],
    subkeys: [{ sign: true }],
    // A minute in the past, so that a signature made "now" is never older than the key.
    date: new Date(Date.now() - 60_000),
    format: 'object',
  });
  await mkdir(dir, { recursive: true });
  const keyring = join(dir, `${name.replace(/\W+/g, '-')}.asc`);
  await writeFile(keyring, publicKey.armor());
  return { privateKey, keyring, fingerprint: publicKey.getFingerprint().toUpperCase() };
}

/** RFC 2822 in UTC, as Release files write dates: `Sat, 12 Sep 2026 07:55:41 UTC`. */
export function releaseDate(date: Date): string {
  return date.toUTCString().replace('GMT', 'UTC');
}

/** Debian's pool directory of a source: `libpq` → `libp`, `postgis` → `p`. */
function poolDir(source: string): string {
  return source.startsWith('lib') && source.length > 3 ? source.slice(0, 4) : source.charAt(0);
}

/** A plausible, deterministic number in [min, min + span) from a string. */
function pseudoNumber(seed: string, min: number, span: number): number {
  return min + (parseInt(sha256(seed).slice(0, 8), 16) % span);
}

/** Where a package's file is in the pool: `pool/main/p/postgresql-18/postgresql-18_…_amd64.deb`. */
function debFilename(pkg: ArchivePackage, component: string, indexArchitecture: string): string {
  const architecture = pkg.architecture ?? indexArchitecture;
  const sourceName = (pkg.source ?? pkg.package).split(' ')[0] ?? pkg.package;
  const noEpoch = pkg.version.replace(/^\d+:/, '');
  return `pool/${component}/${poolDir(sourceName)}/${sourceName}/${pkg.package}_${noEpoch}_${architecture}.deb`;
}

/** One stanza, fields in the order dpkg-scanpackages and PGDG write them. */
export function packageStanza(
  pkg: ArchivePackage,
  component: string,
  indexArchitecture: string,
): string {
  if (pkg.deb) {
    const control = pkg.deb.control.replace(/\n+$/, '');
    return `${control}\nFilename: ${debFilename(pkg, component, indexArchitecture)}\nSize: ${pkg.deb.size}\nMD5sum: ${pkg.deb.md5}\nSHA256: ${pkg.deb.sha256}\n`;
  }
  const architecture = pkg.architecture ?? indexArchitecture;
  const sourceName = (pkg.source ?? pkg.package).split(' ')[0] ?? pkg.package;
  const noEpoch = pkg.version.replace(/^\d+:/, '');
  const filename = `pool/${component}/${poolDir(sourceName)}/${sourceName}/${pkg.package}_${noEpoch}_${architecture}.deb`;
  const fields: [string, string | undefined][] = [
    ['Package', pkg.package],
    ['Source', pkg.source],
    ['Version', pkg.version],
    ['Installed-Size', String(pseudoNumber(`${filename}:installed`, 20, 40_000))],
    ['Maintainer', 'Debian PostgreSQL Maintainers <team+postgresql@tracker.debian.org>'],
    ['Architecture', architecture],
    ['Provides', pkg.provides],
    ['Depends', pkg.depends],
    ['Filename', filename],
    ['Size', String(pseudoNumber(`${filename}:size`, 2_000, 5_000_000))],
    // Of the path: no .deb exists, and nothing downloads one.
    ['SHA256', sha256(filename)],
    ['Section', pkg.section ?? 'database'],
    ['Priority', 'optional'],
    ['Description', pkg.description ?? `${pkg.package} (test archive stanza)`],
  ];
  return fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([name, value]) => `${name}: ${value}\n`)
    .join('');
}

async function runXz(input: Buffer, preset: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('xz', ['-c', `-${preset}`], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'ENOENT'
            ? 'xz is not on PATH (Debian package xz-utils): the test APT archive compresses its Packages.xz with it; pass compressions without "xz" to do without'
            : `xz could not start: ${error.message}`,
        ),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`xz -c -${preset} exited with ${code}: ${Buffer.concat(err)}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

async function compress(
  text: Buffer,
  compression: IndexCompression,
  xzPreset: number,
): Promise<Buffer> {
  if (compression === 'gz') return gzipAsync(text);
  if (compression === 'xz') return runXz(text, xzPreset);
  return text;
}

const SUFFIX: Record<IndexCompression, string> = { xz: '.xz', gz: '.gz', none: '' };

/** Writes one suite under `www/dists/<suite>/`: its indexes, then the signed InRelease. */
async function writeSuite(
  www: string,
  suite: ArchiveSuite,
  options: Required<Omit<AptArchiveOptions, 'suites' | 'key' | 'prefix' | 'listen'>> & {
    key: ArchiveKey;
  },
): Promise<void> {
  const dists = join(www, 'dists', suite.suite);
  const components = Object.keys(suite.components);
  const architectures = new Set<string>();
  const jobs: Promise<string>[] = [];
  for (const [component, byArch] of Object.entries(suite.components)) {
    for (const [arch, packages] of Object.entries(byArch)) {
      architectures.add(arch);
      for (const p of packages) {
        if (!p.deb) continue;
        const target = join(www, debFilename(p, component, arch));
        await mkdir(dirname(target), { recursive: true });
        await copyFile(p.deb.path, target);
      }
      const text = Buffer.from(packages.map((p) => packageStanza(p, component, arch)).join('\n'));
      const dir = `${component}/binary-${arch}`;
      await mkdir(join(dists, dir, options.acquireByHash ? 'by-hash/SHA256' : ''), {
        recursive: true,
      });
      for (const compression of options.compressions) {
        jobs.push(
          (async () => {
            const path = `${dir}/Packages${SUFFIX[compression]}`;
            const bytes = await compress(text, compression, options.xzPreset);
            const hash = sha256(bytes);
            await writeFile(join(dists, path), bytes);
            if (options.acquireByHash) {
              await writeFile(join(dists, dir, 'by-hash/SHA256', hash), bytes);
            }
            return ` ${hash} ${String(bytes.length).padStart(8)} ${path}`;
          })(),
        );
      }
    }
  }
  // In the order the jobs were made, whatever order they finish in.
  const listed = await Promise.all(jobs);
  const release = [
    `Origin: ${options.origin}`,
    `Label: ${options.label}`,
    `Suite: ${suite.suiteField ?? suite.suite}`,
    `Codename: ${suite.codename ?? suite.suite}`,
    `Date: ${releaseDate(options.date)}`,
    ...(suite.validUntil ? [`Valid-Until: ${releaseDate(suite.validUntil)}`] : []),
    ...(options.acquireByHash ? ['Acquire-By-Hash: yes'] : []),
    `Architectures: ${[...architectures].join(' ')}`,
    `Components: ${components.join(' ')}`,
    `Description: ${suite.description ?? `${options.label} ${suite.suite}`}`,
    'SHA256:',
    ...listed,
  ].join('\n');
  const inRelease = await sign({
    message: await createCleartextMessage({ text: `${release}\n` }),
    signingKeys: options.key.privateKey,
    date: options.date,
  });
  await writeFile(join(dists, 'InRelease'), inRelease);
}

/** Builds the archive in a temporary directory and serves it on 127.0.0.1 (a free port). */
export async function startAptArchive(options: AptArchiveOptions): Promise<AptArchive> {
  const root = await mkdtemp(join(tmpdir(), 'pgforge-apt-archive-'));
  try {
    const key = options.key ?? (await generateArchiveKey(join(root, 'keys')));
    const www = join(root, 'www');
    const settings = {
      origin: options.origin ?? 'pgforge test archive',
      label: options.label ?? options.origin ?? 'pgforge test archive',
      date: options.date ?? new Date(),
      compressions: options.compressions ?? (['xz', 'gz', 'none'] as IndexCompression[]),
      xzPreset: options.xzPreset ?? 6,
      acquireByHash: options.acquireByHash ?? true,
      key,
    };
    if (settings.compressions.length === 0) throw new Error('compressions: name at least one');
    const publish = async (suites: ArchiveSuite[]): Promise<void> => {
      const at = { ...settings, date: new Date() };
      for (const suite of suites) await writeSuite(www, suite, at);
    };
    for (const suite of options.suites) await writeSuite(www, suite, settings);
    return await serve(
      root,
      www,
      key,
      options.prefix ?? '',
      options.listen ?? '127.0.0.1',
      publish,
    );
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

async function serve(
  root: string,
  www: string,
  key: ArchiveKey,
  prefix: string,
  listen: string,
  publish: AptArchive['publish'],
): Promise<AptArchive> {
  const base = prefix.replace(/\/+$/, '');
  const requests: string[] = [];
  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request path');
      return;
    }
    const relative = pathname.startsWith(`${base}/`) ? pathname.slice(base.length + 1) : undefined;
    requests.push(relative ?? pathname);
    const file = relative === undefined ? undefined : normalize(join(www, relative));
    const inside = file !== undefined && file.startsWith(`${www}${sep}`);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !inside) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': body.length,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, listen, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${listen}:${port}${base}`,
    keyring: key.keyring,
    key,
    root: www,
    requests,
    publish,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

// --- PGDG's shape -------------------------------------------------------------------------

export const PGDG_ORIGIN = 'apt.postgresql.org';
export const PGDG_LABEL = 'PostgreSQL for Debian/Ubuntu repository';

/** Debian release numbers in PGDG's revisions (`.pgdg13+1` is trixie; sid's is `.pgdg+1`). */
const DEBIAN_RELEASES: Record<string, number | ''> = {
  buster: 10,
  bullseye: 11,
  bookworm: 12,
  trixie: 13,
  forky: 14,
  sid: '',
};

/**
 * PGDG's version of a Debian version for a distribution: `17.6-1` → `17.6-1.pgdg13+1` on
 * trixie, `18.1-1.pgdg+1` on sid; `build` counts PGDG's rebuilds of one upload (`+2`).
 */
export function pgdgVersion(debianVersion: string, distribution: string, build = 1): string {
  const release = DEBIAN_RELEASES[distribution];
  if (release === undefined) {
    throw new Error(
      `no PGDG revision known for distribution "${distribution}"; expected one of ${Object.keys(DEBIAN_RELEASES).join(', ')}`,
    );
  }
  return `${debianVersion}.pgdg${release}+${build}`;
}

/** An extension PGDG builds per major, as `postgresql-<major>-<name>`. */
export interface PgdgExtension {
  /** The part after `postgresql-<major>-`: `pgvector`, `postgis-3-scripts`. */
  name: string;
  /** Source package; `{major}` is replaced (`pgaudit-{major}`). */
  source: string;
  /** Debian version before PGDG's revision (`0.8.1-1`), or one per major. */
  version: string | Record<number, string>;
  /** `all` for architecture-independent packages (`postgis-3-scripts`). */
  architecture?: 'all';
  /** The majors it exists for; default all. */
  majors?: number[];
}

export interface PgdgSuiteOptions {
  /** `trixie` gives the suite `trixie-pgdg` and revisions `.pgdg13+1`. */
  distribution: string;
  architectures: string[];
  /** Major → Debian version of its server before PGDG's revision, e.g. `{ 17: '17.6-1' }`. */
  majors: Record<number, string>;
  extensions?: PgdgExtension[];
  /** Majors that ship LLVM JIT as `postgresql-<major>-jit` (PGDG and Debian do from 18 on). */
  jitFrom?: number;
  validUntil?: Date;
}

/**
 * A `<distribution>-pgdg` suite shaped like apt.postgresql.org's: per major the server, client
 * and (from `jitFrom`) JIT packages built from `postgresql-<major>`, libpq5 from the newest
 * major, postgresql-common, and the extensions, with PGDG's `.pgdgNN+1` revisions.
 */
export function pgdgSuite(options: PgdgSuiteOptions): ArchiveSuite {
  const { distribution } = options;
  const v = (version: string): string => pgdgVersion(version, distribution);
  const majors = Object.keys(options.majors)
    .map(Number)
    .sort((a, b) => a - b);
  const newest = majors[majors.length - 1];
  const common = v('284');
  const packages: ArchivePackage[] = [
    {
      package: 'postgresql-common',
      version: common,
      architecture: 'all',
      depends: `adduser, postgresql-client-common (= ${common}), ssl-cert, ucf`,
    },
    { package: 'postgresql-client-common', version: common, architecture: 'all' },
  ];
  for (const major of majors) {
    const version = v(options.majors[major] as string);
    const source = `postgresql-${major}`;
    packages.push(
      {
        package: `postgresql-${major}`,
        source,
        version,
        depends: `postgresql-client-${major}, postgresql-common (>= 252~), libpq5 (>= ${major}~~), locales | locales-all`,
      },
      { package: `postgresql-client-${major}`, source, version, depends: 'libpq5' },
    );
    if (options.jitFrom !== undefined && major >= options.jitFrom) {
      packages.push({
        package: `postgresql-${major}-jit`,
        source,
        version,
        depends: `postgresql-${major} (= ${version})`,
      });
    }
    if (major === newest) {
      packages.push({ package: 'libpq5', source, version, section: 'libs' });
    }
    for (const ext of options.extensions ?? []) {
      if (ext.majors && !ext.majors.includes(major)) continue;
      const extVersion = typeof ext.version === 'string' ? ext.version : ext.version[major];
      if (extVersion === undefined) continue;
      packages.push({
        package: `postgresql-${major}-${ext.name}`,
        source: ext.source.replaceAll('{major}', String(major)),
        version: v(extVersion),
        depends: `postgresql-${major}`,
        ...(ext.architecture ? { architecture: ext.architecture } : {}),
      });
    }
  }
  return {
    suite: `${distribution}-pgdg`,
    description: PGDG_LABEL,
    ...(options.validUntil ? { validUntil: options.validUntil } : {}),
    components: {
      main: Object.fromEntries(options.architectures.map((arch) => [arch, packages])),
    },
  };
}

/** Starts an archive with PGDG's Origin and Label. */
export function startPgdgArchive(
  suites: ArchiveSuite[],
  options: Omit<AptArchiveOptions, 'suites' | 'origin' | 'label'> = {},
): Promise<AptArchive> {
  return startAptArchive({ ...options, suites, origin: PGDG_ORIGIN, label: PGDG_LABEL });
}
