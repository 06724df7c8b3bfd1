/**
 * Data files libraries read at run time (PROJ's `proj.db`, GDAL's `gdal/*.json`): Debian ships
 * them in architecture-independent packages the library depends on (`proj-data`,
 * `gdal-data`), under `/usr/share/<x>`, and the library looks there unless an environment
 * variable says otherwise. In an extension image they live under `share/<x>`, so the variable
 * must be set: its name is the one the library itself carries among its strings,
 * `<X>_DATA` or `<X>_LIB` for data in `usr/share/<x>` (PROJ_DATA, GDAL_DATA). A data package
 * no library names a variable for is left out (the library could not find it anyway).
 *
 * The value uses CNPG's `${image_root}` placeholder, which the operator expands to the
 * image's mount path (`/extensions/<name>`): see the `env` field of the Cluster CRD's
 * ExtensionConfiguration.
 */
import { readDeb } from '@pgforge/apt';
import type { MinimalImage } from './minimal.js';
import { placeEntries } from './placement.js';
import { candidate, dependencyGroups, type AptReader, type ArchSources } from './sources.js';
import type { PlacedPackage } from './system-libraries.js';
import type { ImageTree } from './tree.js';

export interface EnvVar {
  name: string;
  value: string;
}

export interface DataPackage {
  package: string;
  version: string;
  /** `share/proj`. */
  directory: string;
  env: string;
  neededBy: string;
}

// /usr/share/<x> directories that hold no library's data.
const NOT_DATA = new Set([
  'doc',
  'doc-base',
  'lintian',
  'man',
  'info',
  'bug',
  'locale',
  'menu',
  'pixmaps',
  'icons',
  'applications',
  'bash-completion',
  'zsh',
  'fish',
  'mime',
  'gtk-doc',
  'help',
  'common-licenses',
]);

/** The variable a library reads for data in `usr/share/<dir>`, if its bytes name one. */
export function dataVariable(dir: string, libraries: readonly Uint8Array[]): string | undefined {
  const stem = dir.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  for (const name of [`${stem}_DATA`, `${stem}_LIB`]) {
    // A C string among the library's read-only data: NUL on both sides.
    const needle = Buffer.from(`\0${name}\0`, 'latin1');
    if (
      libraries.some((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(needle) >= 0)
    ) {
      return name;
    }
  }
  return undefined;
}

export interface DataOptions {
  arch: ArchSources;
  minimal: MinimalImage;
  apt: AptReader;
  /** Packages whose ELF files are in the image (the extension's and the system libraries'). */
  owners: PlacedPackage[];
  log?: (message: string) => void;
}

export interface DataResult {
  packages: DataPackage[];
  env: EnvVar[];
}

export async function placeDataFiles(tree: ImageTree, options: DataOptions): Promise<DataResult> {
  const { arch, minimal, apt } = options;
  const placed = new Set(options.owners.map((o) => o.pkg.package));
  const debs = new Map<string, ReturnType<typeof readDeb>>();
  const placedDirs = new Set<string>();
  const packages: DataPackage[] = [];
  const env = new Map<string, string>();
  for (const owner of options.owners) {
    if (owner.elf.length === 0) continue;
    for (const group of dependencyGroups(owner.pkg)) {
      const [first] = group;
      if (!first) continue;
      const name = group.find((r) => candidate(arch, r.name, r.constraint))?.name ?? first.name;
      if (placed.has(name) || minimal.packages.has(name)) continue;
      const source = candidate(arch, name);
      // Data are architecture-independent (Debian Policy 5.6.8); libraries are not.
      if (!source || source.pkg.architecture !== 'all') continue;
      let reading = debs.get(name);
      if (!reading) {
        reading = apt
          .fetchDeb(source.repository, source.pkg)
          .then((bytes) => readDeb(bytes, { source: source.pkg.filename }));
        debs.set(name, reading);
      }
      const deb = await reading;
      const dirs = [
        ...new Set(
          deb.entries
            .filter((e) => e.type === 'file')
            .map((e) => /^usr\/share\/([^/]+)\//.exec(e.path)?.[1])
            .filter((d): d is string => d !== undefined && !NOT_DATA.has(d)),
        ),
      ].sort();
      const origin = `${source.pkg.package} ${source.pkg.version}`;
      let used = false;
      for (const dir of dirs) {
        if (placedDirs.has(dir)) continue;
        const variable = dataVariable(dir, owner.elf);
        if (!variable) {
          options.log?.(
            `${origin}: usr/share/${dir} left out (${owner.pkg.package} names no ${dir.toUpperCase()}_DATA or _LIB variable to find it by)`,
          );
          continue;
        }
        placeEntries(tree, deb.entries, {
          rules: [{ from: `usr/share/${dir}/`, to: `share/${dir}/` }],
          origin,
          layer: 'system',
        });
        placedDirs.add(dir);
        env.set(variable, `\${image_root}/share/${dir}`);
        packages.push({
          package: source.pkg.package,
          version: source.pkg.version,
          directory: `share/${dir}`,
          env: variable,
          neededBy: owner.pkg.package,
        });
        used = true;
      }
      if (used) {
        placeEntries(tree, deb.entries, { rules: [], origin, layer: 'system', license: name });
      }
    }
  }
  return {
    packages,
    env: [...env].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, value]) => ({ name, value })),
  };
}
