/**
 * The whole package set of every flavour's image, per architecture, predicted from the base's
 * dpkg status and the image's view: the base's packages (upgraded to the view's newest when
 * packages.upgrade is on, as the server layer does), plus the closure of each flavour's pinned
 * packages on top of its parent's set. The one computation the matrix fingerprints, the build
 * installs and checks, and the extension reads "what the minimal image holds" from.
 */
import { minbaseRoots, predictInstall, type BinaryPackage, type PackageIndex } from '@pgforge/apt';
import type { Config, Flavour } from '@pgforge/config';
import type { ImagePackage, ResolvedPackage } from '@pgforge/targets';
import { compareDebianVersions } from '@pgforge/versions';

/** One architecture's indexes, in the view's order, and what its base holds. */
export interface ArchView {
  architecture: string;
  indexes: readonly PackageIndex[];
  /** The base's dpkg status; undefined: estimated as debootstrap's minbase of the view. */
  installed?: readonly BinaryPackage[];
  /** What the set-up step (PGDG's key and script) installs from: the view without PGDG. */
  setupIndexes?: readonly PackageIndex[];
}

/** A flavour's image: all it holds, and what its own layer installs. */
export interface FlavourImage {
  contents: ImagePackage[];
  installs: ResolvedPackage[];
}

export interface PredictRequest {
  config: Config;
  arches: readonly ArchView[];
  /** The server, pinned (per architecture where binNMUs differ). */
  server: ResolvedPackage;
  /** Each flavour's own resolved packages, by flavour name. */
  flavourPackages: Record<string, ResolvedPackage[]>;
  /** Installed before the server on the first layer (PGDG's set-up: postgresql-common, …). */
  setup?: string[];
}

const versionOn = (p: ResolvedPackage, architecture: string): string | undefined =>
  p.byArchitecture ? p.byArchitecture[architecture] : p.version;

/**
 * The suite this exact version comes from: a -security suite when one has it (a point release
 * copies security fixes into the main suite, and they stay security fixes), else the first
 * index in the view's order that has it.
 */
function suiteOf(indexes: readonly PackageIndex[], pkg: BinaryPackage): string | undefined {
  const having = indexes.filter((index) =>
    index.versions(pkg.package).some((v) => v.version === pkg.version),
  );
  return (having.find((i) => i.suite.endsWith('-security')) ?? having[0])?.suite;
}

/** What one architecture's prediction needs: the flavours, and what each installs. */
export interface ArchPredictRequest {
  /** Every flavour, parents reachable by `from`. */
  flavours: readonly Flavour[];
  /** packages.upgrade: the first layer upgrades the base's packages to the candidates. */
  upgrade: boolean;
  arch: ArchView;
  server: ResolvedPackage;
  flavourPackages: Record<string, ResolvedPackage[]>;
  setup?: string[];
}

export interface ArchFlavourImage {
  /** Every package the image holds. */
  packages: ReadonlyMap<string, BinaryPackage>;
  /** What the layer below held (the base, or the parent flavour's set). */
  below: ReadonlyMap<string, BinaryPackage>;
}

const estimated = new WeakMap<ArchView, readonly BinaryPackage[]>();

/** What a base holds on one architecture: its dpkg status, else debootstrap's minbase. */
export function basePackages(arch: ArchView): readonly BinaryPackage[] {
  if (arch.installed) return arch.installed;
  let minbase = estimated.get(arch);
  if (!minbase) {
    const roots = minbaseRoots(arch.indexes);
    minbase = [...predictInstall({ indexes: arch.indexes, roots }).packages.values()];
    estimated.set(arch, minbase);
  }
  return minbase;
}

/**
 * The images of the flavours asked for (and their parents), parents first, on one
 * architecture: the one computation behind the matrix's whole-set prediction and the
 * extension's "what the minimal image holds".
 */
export function predictArchImages(
  request: ArchPredictRequest,
  names: readonly string[] = request.flavours.map((f) => f.name),
): Map<string, ArchFlavourImage> {
  const { arch } = request;
  const byName = new Map(request.flavours.map((f) => [f.name, f]));
  const base = new Map(basePackages(arch).map((p) => [p.package, p]));
  const done = new Map<string, ArchFlavourImage>();
  const pinned = (p: ResolvedPackage): { name: string; version: string }[] => {
    const version = versionOn(p, arch.architecture);
    return version === undefined ? [] : [{ name: p.name, version }];
  };
  const predict = (flavour: Flavour): ArchFlavourImage => {
    const known = done.get(flavour.name);
    if (known) return known;
    const parent = flavour.from === undefined ? undefined : byName.get(flavour.from);
    const below = parent ? predict(parent).packages : base;
    // The server layer first installs PGDG's set-up from the distribution's archives alone
    // (PGDG is not configured yet), unpinned, then everything else from the whole view.
    const setup = !parent && request.setup?.length ? request.setup : [];
    const start =
      setup.length > 0
        ? predictInstall({
            indexes: arch.setupIndexes ?? arch.indexes,
            installed: below.values(),
            roots: setup,
          }).packages
        : below;
    const roots = [
      ...(parent ? [] : pinned(request.server)),
      ...(request.flavourPackages[flavour.name] ?? []).flatMap(pinned),
    ];
    const predicted = predictInstall({
      indexes: arch.indexes,
      installed: start.values(),
      roots,
      upgrade: !parent && request.upgrade,
    });
    const image = { packages: predicted.packages, below };
    done.set(flavour.name, image);
    return image;
  };
  for (const name of names) {
    const flavour = byName.get(name);
    if (flavour) predict(flavour);
  }
  return done;
}

/** Predicts every flavour's image, parents first, on every architecture, merged. */
export function predictFlavourImages(request: PredictRequest): Record<string, FlavourImage> {
  const { config, arches } = request;
  const perArch = new Map(
    arches.map((arch) => [
      arch.architecture,
      predictArchImages({
        flavours: config.flavours,
        upgrade: config.packages.upgrade,
        arch,
        server: request.server,
        flavourPackages: request.flavourPackages,
        ...(request.setup ? { setup: request.setup } : {}),
      }),
    ]),
  );
  const bases = new Map(
    arches.map(
      (arch) =>
        [arch.architecture, new Map(basePackages(arch).map((p) => [p.package, p]))] as const,
    ),
  );
  const out: Record<string, FlavourImage> = {};
  for (const flavour of config.flavours) {
    const images = arches.map((arch) => {
      const image = perArch.get(arch.architecture)?.get(flavour.name);
      if (!image) throw new Error(`no prediction of ${flavour.name} on ${arch.architecture}`);
      return { arch, image };
    });
    out[flavour.name] = {
      contents: mergeContents(images, bases),
      installs: mergeInstalls(images),
    };
  }
  return out;
}

type Images = { arch: ArchView; image: ArchFlavourImage }[];

/** One value per name, with `byArchitecture` when the architectures differ or lack it. */
function merged<T extends { version: string }>(
  images: Images,
  pick: (arch: ArchView, image: ArchFlavourImage) => ReadonlyMap<string, T>,
): Map<string, { first: T; byArch: Map<string, T> }> {
  const out = new Map<string, { first: T; byArch: Map<string, T> }>();
  for (const { arch, image } of images) {
    for (const [name, value] of pick(arch, image)) {
      const seen = out.get(name);
      if (seen) seen.byArch.set(arch.architecture, value);
      else out.set(name, { first: value, byArch: new Map([[arch.architecture, value]]) });
    }
  }
  return out;
}

function resolved(
  name: string,
  entry: { first: { version: string }; byArch: Map<string, { version: string }> },
  architectures: readonly string[],
): ResolvedPackage {
  const differs =
    architectures.some((a) => !entry.byArch.has(a)) ||
    [...entry.byArch.values()].some((v) => v.version !== entry.first.version);
  return {
    name,
    version: entry.first.version,
    ...(differs
      ? {
          byArchitecture: Object.fromEntries(
            [...entry.byArch].map(([arch, v]) => [arch, v.version]),
          ),
        }
      : {}),
  };
}

const byName = (a: { name: string }, b: { name: string }): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

function mergeContents(
  images: Images,
  bases: ReadonlyMap<string, ReadonlyMap<string, BinaryPackage>>,
): ImagePackage[] {
  const architectures = images.map((i) => i.arch.architecture);
  type Entry = { version: string; pkg: BinaryPackage; arch: ArchView };
  const entries = merged<Entry>(images, (arch, image) => {
    const map = new Map<string, Entry>();
    for (const [name, pkg] of image.packages) {
      map.set(name, { version: pkg.version, pkg, arch });
    }
    return map;
  });
  const out: ImagePackage[] = [];
  for (const [name, entry] of entries) {
    const { pkg, arch } = entry.first;
    const item: ImagePackage = resolved(name, entry, architectures);
    // What the build did to it, against the base (the whole lineage's doing).
    const base = bases.get(arch.architecture)?.get(name);
    if (!base || compareDebianVersions(base.version, pkg.version) !== 0) {
      item.change = base ? 'upgraded' : 'installed';
      if (base) item.from = base.version;
      const suite = suiteOf(arch.indexes, pkg);
      if (suite) item.suite = suite;
    }
    out.push(item);
  }
  return out.sort(byName);
}

function mergeInstalls(images: Images): ResolvedPackage[] {
  const architectures = images.map((i) => i.arch.architecture);
  // What the layer installs or replaces: every package not held at that version below it.
  const entries = merged<{ version: string }>(images, (_arch, image) => {
    const map = new Map<string, { version: string }>();
    for (const [name, pkg] of image.packages) {
      if (image.below.get(name)?.version !== pkg.version) map.set(name, { version: pkg.version });
    }
    return map;
  });
  return [...entries].map(([name, entry]) => resolved(name, entry, architectures)).sort(byName);
}
