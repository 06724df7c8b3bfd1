/**
 * Where each extension an image's control files `require` comes from, as a Cluster needs to
 * know it: the operand image itself (PostgreSQL's own contrib extensions, which the server
 * package ships: `hstore`, `cube`, `plpython3u` is not one), another image of the same run for
 * the same major and distribution (pgrouting → postgis-3), or nowhere this run knows of.
 *
 * The operand's extensions are read from the server package the minimal image installs
 * (`postgresql-<major>`, its `share/extension/*.control`), not from a list kept here: what
 * contrib holds changes between majors and distributions. The names are kept beside the APT
 * cache under the `.deb`'s SHA256, so a warm run reads no package for them.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { readDeb } from '@pgforge/apt';
import type { ExtensionMetadata, RequiredExtension } from './metadata.js';
import { candidate, type AptReader, type ArchSources } from './sources.js';

/** The SQL names of the extensions whose control files the server package ships. */
export function operandControlNames(paths: Iterable<string>, major: number): string[] {
  const dir = `usr/share/postgresql/${major}/extension`;
  const names = new Set<string>();
  for (const path of paths) {
    const p = posix.normalize(path.replace(/^\.?\/+/, ''));
    if (posix.dirname(p) === dir && p.endsWith('.control'))
      names.add(posix.basename(p, '.control'));
  }
  return [...names].sort();
}

const CACHE_VERSION = 1;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * The operand's extensions per major × distribution (the first architecture's server package:
 * contrib is the same on every architecture), each read once per run.
 */
export class OperandExtensions {
  readonly #loaded = new Map<string, Promise<ReadonlySet<string>>>();

  constructor(
    readonly apt: AptReader,
    readonly cacheDir: string | undefined,
  ) {}

  get(arch: ArchSources, major: number): Promise<ReadonlySet<string>> {
    const key = `${arch.distribution}\0${major}`;
    let loading = this.#loaded.get(key);
    if (!loading) {
      loading = this.#load(arch, major);
      this.#loaded.set(key, loading);
      loading.catch(() => this.#loaded.delete(key));
    }
    return loading;
  }

  async #load(arch: ArchSources, major: number): Promise<ReadonlySet<string>> {
    const server = candidate(arch, `postgresql-${major}`);
    if (!server) return new Set();
    const sha = server.pkg.sha256;
    const file =
      this.cacheDir !== undefined && sha
        ? join(
            this.cacheDir,
            'operand-extensions',
            `${createHash('sha256').update(`${CACHE_VERSION}\0${major}\0${sha}`).digest('hex')}.json`,
          )
        : undefined;
    if (file) {
      try {
        const cached: unknown = JSON.parse(await readFile(file, 'utf8'));
        if (isStringArray(cached)) return new Set(cached);
      } catch {
        // Absent or unreadable: read the package again.
      }
    }
    const deb = await readDeb(await this.apt.fetchDeb(server.repository, server.pkg), {
      source: server.pkg.filename,
    });
    const names = operandControlNames(
      deb.entries.map((e) => e.path),
      major,
    );
    if (file) {
      await mkdir(join(file, '..'), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(names));
      await rename(temporary, file);
    }
    return new Set(names);
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
    return { ...image, metadata: { ...image.metadata, requires } };
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
