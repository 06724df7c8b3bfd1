/**
 * Where each extension an image's control files `require` comes from, as a Cluster needs to
 * know it: the operand image itself (PostgreSQL's own contrib extensions, which the server
 * package ships: `hstore`, `cube`, `plpython3u` is not one), another image of the same run for
 * the same major and distribution (pgrouting → postgis-3), or nowhere this run knows of.
 *
 * The operand's extensions are read from the server package the minimal image installs
 * (`postgresql-<major>`, its `share/extension/*.control`), not from a list kept here: what
 * contrib holds changes between majors and distributions. So are those of its modules that must
 * be preloaded (pg_stat_statements), by the rule an image's own modules are judged by: an image
 * requiring one must have it preloaded too. Both are kept beside the APT cache under the
 * `.deb`'s SHA256, so a warm run reads no package for them.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { readDeb, readSealedJson, writeSealedJson } from '@pgforge/apt';
import { moduleName, parseControl } from './control.js';
import {
  mustPreload,
  type ExtensionMetadata,
  type OperandCatalogue,
  type RequiredExtension,
} from './metadata.js';
import { candidate, type AptReader, type ArchSources } from './sources.js';

/** A file of the server package, as its `.deb` lists it. */
export interface ServerFile {
  path: string;
  data?: Uint8Array;
}

/**
 * What the server package ships of contrib: its extensions (control files for that major) and,
 * for each whose module must be preloaded by the same rule as an image's own (metadata.ts),
 * that module. The module is the control file's `module_pathname`, else the extension's name.
 */
export function readOperandCatalogue(files: Iterable<ServerFile>, major: number): OperandCatalogue {
  const extensionDir = `usr/share/postgresql/${major}/extension`;
  const libDir = `usr/lib/postgresql/${major}/lib`;
  const controls = new Map<string, string>();
  const modules = new Map<string, Uint8Array>();
  for (const file of files) {
    const p = posix.normalize(file.path.replace(/^\.?\/+/, ''));
    const dir = posix.dirname(p);
    if (dir === extensionDir && p.endsWith('.control')) {
      controls.set(
        posix.basename(p, '.control'),
        file.data ? Buffer.from(file.data).toString('utf8') : '',
      );
    } else if (dir === libDir && p.endsWith('.so') && file.data) {
      modules.set(posix.basename(p, '.so'), file.data);
    }
  }
  const preload = new Map<string, string[]>();
  for (const [name, text] of controls) {
    const pathname = parseControl(text).get('module_pathname');
    const module = pathname ? moduleName(pathname) : name;
    const data = modules.get(module);
    if (data && mustPreload(data, `${libDir}/${module}.so`, true)) preload.set(name, [module]);
  }
  return { extensions: new Set([...controls.keys()].sort()), preload };
}

const CACHE_VERSION = 3;
const SEAL_KIND = 'operand-extensions';

interface CachedCatalogue {
  extensions: string[];
  preload: [string, string[]][];
}

function isCachedCatalogue(value: unknown): value is CachedCatalogue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.extensions) &&
    v.extensions.every((e) => typeof e === 'string') &&
    Array.isArray(v.preload) &&
    v.preload.every(
      (e) =>
        Array.isArray(e) &&
        typeof e[0] === 'string' &&
        Array.isArray(e[1]) &&
        (e[1] as unknown[]).every((m) => typeof m === 'string'),
    )
  );
}

/**
 * The operand's catalogue per major × distribution (the first architecture's server package:
 * contrib is the same on every architecture), each read once per run.
 */
export class OperandExtensions {
  readonly #loaded = new Map<string, Promise<OperandCatalogue>>();

  constructor(
    readonly apt: AptReader,
    readonly cacheDir: string | undefined,
  ) {}

  get(arch: ArchSources, major: number): Promise<OperandCatalogue> {
    const key = `${arch.distribution}\0${major}`;
    let loading = this.#loaded.get(key);
    if (!loading) {
      loading = this.#load(arch, major);
      this.#loaded.set(key, loading);
      loading.catch(() => this.#loaded.delete(key));
    }
    return loading;
  }

  async #load(arch: ArchSources, major: number): Promise<OperandCatalogue> {
    const server = candidate(arch, `postgresql-${major}`);
    if (!server) return { extensions: new Set(), preload: new Map() };
    const sha = server.pkg.sha256;
    const key = createHash('sha256').update(`${CACHE_VERSION}\0${major}\0${sha}`).digest('hex');
    const file =
      this.cacheDir !== undefined && sha
        ? join(this.cacheDir, 'operand-extensions', `${key}.json`)
        : undefined;
    // Sealed like the other results later runs trust unchecked: what it says goes into image
    // annotations and catalogs, so a file restored from a shared cache must not.
    if (file) {
      const cached = await readSealedJson(file, SEAL_KIND);
      if (isCachedCatalogue(cached)) {
        return { extensions: new Set(cached.extensions), preload: new Map(cached.preload) };
      }
    }
    const deb = await readDeb(await this.apt.fetchDeb(server.repository, server.pkg), {
      source: server.pkg.filename,
    });
    const catalogue = readOperandCatalogue(deb.entries, major);
    if (file) {
      await mkdir(join(file, '..'), { recursive: true });
      const cached: CachedCatalogue = {
        extensions: [...catalogue.extensions],
        preload: [...catalogue.preload],
      };
      // A cache that cannot be written costs the next run a read of the package, nothing else.
      await writeSealedJson(file, SEAL_KIND, cached).catch(() => undefined);
    }
    return catalogue;
  }
}

/** An image as the mapping sees it: what it is for and what its control files declare. */
export interface ProvidingImage {
  major: number;
  distribution: string;
  reference: string;
  metadata: ExtensionMetadata;
}

/**
 * Names, for each requirement an image's metadata lists as not (yet) provided by the operand,
 * the image of `images` for the same major and distribution that declares it; the first one
 * wins, in the run's order. An image's metadata comes back unchanged when there is nothing to
 * name.
 */
export function mapRequirements<T extends ProvidingImage>(images: T[]): T[] {
  return images.map((image) => {
    const requires = image.metadata.requires.map((r): RequiredExtension => {
      if (r.provider !== 'none') return r;
      const other = images.find(
        (o) =>
          o !== image &&
          o.major === image.major &&
          o.distribution === image.distribution &&
          o.metadata.sqlNames.some((s) => s.name === r.name),
      );
      return other
        ? {
            name: r.name,
            provider: 'image',
            image: other.metadata.name,
            reference: other.reference,
          }
        : r;
    });
    // What nothing provides is a limitation of this image as the run leaves it (citus, which
    // documentdb_distributed requires, is in no Debian package).
    const missing = requires.filter((r) => r.provider === 'none').map((r) => r.name);
    const limitations =
      missing.length === 0
        ? image.metadata.limitations
        : [
            ...image.metadata.limitations,
            `requires ${missing.join(', ')}, which neither the operand image nor any image of this run provides: CREATE EXTENSION fails until an image that does is mounted too`,
          ];
    return { ...image, metadata: { ...image.metadata, requires, limitations } };
  });
}

/** A requirement in words: `postgis (image postgis-3)`, `hstore (operand)`. */
export function describeRequirement(r: RequiredExtension): string {
  switch (r.provider) {
    case 'operand':
      return `${r.name} (operand image)`;
    case 'image':
      return `${r.name} (image ${r.image})`;
    case 'none':
      return `${r.name} (no image of this run)`;
  }
}
