export const id = 644;
export const ids = [644];
export const modules = {

/***/ 1644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXTENSION: () => (/* binding */ EXTENSION),
  extension: () => (/* binding */ extension)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/config/src/index.ts + 9 modules
var src = __webpack_require__(4456);
// EXTERNAL MODULE: ./packages/summary/src/index.ts + 4 modules
var summary_src = __webpack_require__(7755);
// EXTERNAL MODULE: ./packages/platform/src/index.ts + 1 modules
var platform_src = __webpack_require__(684);
// EXTERNAL MODULE: ./packages/package-view/src/index.ts + 14 modules
var package_view_src = __webpack_require__(5969);
// EXTERNAL MODULE: ./packages/errors/src/index.ts + 1 modules
var errors_src = __webpack_require__(7405);
;// CONCATENATED MODULE: ./packages/extension/src/errors.ts

/**
 * What can go wrong in a person's request, each as its own class so that callers (the action,
 * the CLI, tests) can tell them apart; every message names the thing, the value and what was
 * expected. They are user errors: the edges show the message alone, without a stack.
 */
class ExtensionError extends errors_src/* UserError */.y {
    constructor(message, options) {
        super(message, options);
        this.name = 'ExtensionError';
    }
}
/**
 * Options that do not fit together, or a value out of range. The option is the error's field,
 * so that each front end names it as its own (`--tags`, `input "tags"`).
 */
class ExtensionOptionsError extends ExtensionError {
    option;
    constructor(option, reason) {
        super(`${option}: ${reason}`, { field: option });
        this.option = option;
        this.name = 'ExtensionOptionsError';
    }
}
/** The package index has no package of that name (for any platform asked for). */
class UnknownPackageError extends ExtensionError {
    packageName;
    constructor(packageName, where, hint = '') {
        super(`package ${packageName} is not in ${where}${hint ? `; ${hint}` : ''}`);
        this.packageName = packageName;
        this.name = 'UnknownPackageError';
    }
}
/** The package exists, but not for every platform asked for. */
class PlatformMissingError extends ExtensionError {
    packageName;
    missing;
    present;
    constructor(packageName, missing, present, where) {
        super(`package ${packageName} is not in ${where} for ${missing.join(' and ')} ` +
            `(it is there for ${present.join(' and ')}); leave ${missing.join(' and ')} out of platforms`);
        this.packageName = packageName;
        this.missing = missing;
        this.present = present;
        this.name = 'PlatformMissingError';
    }
}
/** A package (or tree) that holds no PostgreSQL extension for the major asked for. */
class NotAnExtensionError extends ExtensionError {
    source;
    constructor(source, reason) {
        super(`${source} is not a PostgreSQL extension for this major: ${reason}`);
        this.source = source;
        this.name = 'NotAnExtensionError';
    }
}
/** Nothing PostgreSQL can use: no control file, no module, no program. */
class NoControlFileError extends ExtensionError {
    source;
    constructor(source, seen) {
        super(`${source} holds nothing PostgreSQL can use: no control file (share/extension/<name>.control, ` +
            `which CREATE EXTENSION reads), no module (lib/*.so) and no program (bin/); it holds ${seen}`);
        this.source = source;
        this.name = 'NoControlFileError';
    }
}
/** A control file or SQL script loads a module the image does not hold. */
class NoModuleError extends ExtensionError {
    module;
    referencedBy;
    constructor(module, referencedBy, modules) {
        super(`${referencedBy} loads the module "${module}", but the image has no lib/${module}.so ` +
            `(modules: ${modules.length > 0 ? modules.join(', ') : 'none'})`);
        this.module = module;
        this.referencedBy = referencedBy;
        this.name = 'NoModuleError';
    }
}
/** A path, or a symlink's target, that would leave the image's root. */
class PathEscapeError extends ExtensionError {
    path;
    constructor(path, reason) {
        super(`${path} ${reason}; every path of an extension image stays inside it`);
        this.path = path;
        this.name = 'PathEscapeError';
    }
}
/** A module built for another machine than the platform's. */
class ModuleArchitectureError extends ExtensionError {
    constructor(path, machine, platform, expected) {
        super(`${path} is an ELF for ${machine}, but the image is for ${platform} (${expected})`);
        this.name = 'ModuleArchitectureError';
    }
}
/** A shared library a module needs that the minimal image lacks and no package ships. */
class SystemLibraryError extends ExtensionError {
    constructor(soname, neededBy, reason) {
        super(`${neededBy} needs ${soname}: ${reason}`);
        this.name = 'SystemLibraryError';
    }
}
/** The `directory` input cannot be read as an install tree or an image layout. */
class DirectoryError extends ExtensionError {
    directory;
    constructor(directory, reason) {
        super(`directory ${directory}: ${reason}`);
        this.directory = directory;
        this.name = 'DirectoryError';
    }
}

// EXTERNAL MODULE: ./packages/versions/src/index.ts + 2 modules
var versions_src = __webpack_require__(7289);
// EXTERNAL MODULE: ./packages/apt/src/index.ts + 37 modules
var apt_src = __webpack_require__(3190);
;// CONCATENATED MODULE: ./packages/extension/src/sources.ts
/**
 * The APT side of one distribution and architecture: every Packages index apt would read
 * (the distribution's archive, and PGDG's suite when that is the package source), each with
 * the repository its `.deb` files come from, and their Contents indexes.
 */



async function loadArchSources(apt, sources, architecture, installed) {
    const jobs = sources.repositories.flatMap((r) => r.components.map(async (component) => ({
        repository: r.repository,
        component,
        index: await apt.packages(r.repository, component, architecture),
    })));
    return {
        distribution: sources.distribution,
        architecture,
        indexes: await Promise.all(jobs),
        where: (0,package_view_src/* describeSources */.av)(sources.repositories),
        ...(installed ? { installed } : {}),
    };
}
/** The Contents indexes of the sources that publish one (PGDG may not). */
async function loadContents(apt, arch) {
    const seen = new Set();
    const out = [];
    for (const { repository, component } of arch.indexes) {
        const key = `${repository.mirror}\0${repository.suite}\0${component}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        try {
            out.push(await apt.contents(repository, component, arch.architecture));
        }
        catch (error) {
            if (!(error instanceof apt_src/* IndexNotListedError */.$n))
                throw error;
        }
    }
    return out;
}
/** Every stanza of `name` across the indexes, newest first, each with its repository. */
function versionsOf(arch, name) {
    return arch.indexes
        .flatMap(({ repository, index }) => index.versions(name).map((pkg) => ({ pkg, repository })))
        .sort((a, b) => (0,versions_src/* compareDebianVersions */._K)(b.pkg.version, a.pkg.version));
}
/** apt's candidate for `name` (the newest version any index has), optionally constrained. */
function candidate(arch, name, constraint) {
    return versionsOf(arch, name).find((p) => (0,apt_src/* satisfiesConstraint */.N_)(p.pkg.version, constraint));
}
/** The relations of Pre-Depends and Depends, one array per group of alternatives. */
function dependencyGroups(pkg) {
    return [...(0,apt_src/* parseRelations */.Hd)(pkg.preDepends), ...(0,apt_src/* parseRelations */.Hd)(pkg.depends)];
}
/** Every name a package's Pre-Depends and Depends mention, alternatives included. */
function dependencyNames(pkg) {
    return new Set(dependencyGroups(pkg).flatMap((g) => g.map((r) => r.name)));
}

;// CONCATENATED MODULE: ./packages/extension/src/resolve.ts






// The flavour the matrix's resolution is asked to resolve: the extension's packages alone.
const FLAVOUR = 'extension';
/** Length of the longest common substring (names are short: the quadratic table is fine). */
function commonRun(a, b) {
    let best = 0;
    const previous = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = 0;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j] ?? 0;
            previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
            best = Math.max(best, previous[j] ?? 0);
            diagonal = above;
        }
    }
    return best;
}
/**
 * A hint for a name the index lacks: packages of that major whose name shares a run of five
 * characters with it (`vectors` → `pgvector`), or all of it when it is shorter.
 */
function similar(arch, name, major) {
    const prefix = `postgresql-${major}-`;
    const wanted = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    const found = new Set();
    for (const { index } of arch.indexes) {
        for (const n of index.names()) {
            if (!n.startsWith(prefix))
                continue;
            const rest = n.slice(prefix.length);
            if (commonRun(wanted, rest) >= Math.min(5, wanted.length, rest.length))
                found.add(n);
        }
    }
    const list = [...found].sort().slice(0, 6);
    return list.length > 0
        ? `packages for PostgreSQL ${major} with a similar name: ${list.join(', ')}`
        : `the package name template is rendered with {major} = ${major}`;
}
/** Throws when some platform lacks `name` (all lack it: unknown; some: that platform). */
function checkPresent(arches, platforms, name, major) {
    const has = arches.map((a) => candidate(a, name) !== undefined);
    if (has.every(Boolean))
        return;
    const first = arches[0];
    if (!has.some(Boolean) && first) {
        throw new UnknownPackageError(name, `${first.where} (${first.architecture})`, similar(first, name, major));
    }
    throw new PlatformMissingError(name, platforms.filter((_, i) => !has[i]), platforms.filter((_, i) => has[i]), first?.where ?? '');
}
/** The stanza of `name` at `version` (the resolved one), with the packages of its source it needs. */
function unpackSet(arch, name, version) {
    const root = versionsOf(arch, name).find((p) => p.pkg.version === version);
    if (!root) {
        throw new ExtensionError(`${name} ${version} was resolved but is not in ${arch.where} for ${arch.architecture}`);
    }
    const chosen = new Map([[name, root]]);
    const visit = (p) => {
        for (const group of dependencyGroups(p.pkg)) {
            const [first] = group;
            if (!first || chosen.has(first.name))
                continue;
            const c = candidate(arch, first.name, first.constraint);
            if (c && c.pkg.source === root.pkg.source) {
                chosen.set(first.name, c);
                visit(c);
            }
        }
    };
    visit(root);
    return [...chosen.values()];
}
function installedOn(view, architecture) {
    return view.platforms.find((p) => p.architecture === architecture)?.installed;
}
/** Resolves every (major, distribution) pair the sources carry; warns about and skips the rest. */
async function resolveImages(apt, request) {
    const { config, platforms } = request;
    const architectures = platforms.map((p) => (0,platform_src/* byPlatform */.HE)(p).debianArchitecture);
    const images = [];
    const skipped = [];
    for (const distribution of request.distributions) {
        // Previews (19~beta3) live in PGDG's component named after the major, as the matrix reads them.
        const view = await request.view(distribution);
        const sources = (0,package_view_src/* distributionSources */.Nf)(config, distribution, {
            view: view.repositories,
            previewMajors: request.specs.filter((s) => s.exact && (0,versions_src/* isPreview */.bU)(s.exact)).map((s) => s.major),
        });
        const arches = await Promise.all(architectures.map((a) => loadArchSources(apt, sources, a, installedOn(view, a))));
        for (const spec of request.specs) {
            const server = `postgresql-${spec.major}`;
            if (arches.every((a) => candidate(a, server) === undefined)) {
                skipped.push(`PostgreSQL ${spec.major} on ${distribution}`);
                request.warn?.(`${arches[0]?.where ?? distribution} has no PostgreSQL ${spec.major} (${server}); no image for ${spec.major} on ${distribution}`);
                continue;
            }
            checkPresent(arches, platforms, server, spec.major);
            const names = request.packages.map((t) => (0,src/* renderTemplate */.Xm)(t, { major: String(spec.major) }));
            for (const name of names)
                checkPresent(arches, platforms, name, spec.major);
            const resolved = await (0,package_view_src/* resolveDistribution */.X5)({
                ...config,
                postgres: [spec],
                platforms,
                distributions: [distribution],
                flavours: [
                    {
                        name: FLAVOUR,
                        packages: names.map((name) => ({ name, optional: false })),
                        lineage: [FLAVOUR],
                    },
                ],
                selectedFlavours: [FLAVOUR],
            }, distribution, apt, { view, ...(request.predictions ? { predictions: request.predictions } : {}) }).catch((error) => {
                // The matrix names its own configuration fields; say it in the extension's words.
                if (error instanceof src/* ConfigError */.xL) {
                    throw new ExtensionError(error.problems.map((p) => p.message.replace(/; mark it optional.*$/, '')).join('; '));
                }
                throw error;
            });
            const [r] = resolved;
            if (!r)
                continue;
            const chosen = r.flavourPackages[FLAVOUR] ?? [];
            images.push({
                major: spec.major,
                distribution,
                postgresVersion: r.postgres.debianVersion,
                platforms: platforms.map((platform, i) => {
                    const arch = arches[i];
                    const architecture = architectures[i];
                    const seen = new Map();
                    for (const p of chosen) {
                        const version = p.byArchitecture?.[architecture] ?? p.version;
                        for (const s of unpackSet(arch, p.name, version)) {
                            if (!seen.has(s.pkg.package))
                                seen.set(s.pkg.package, s);
                        }
                    }
                    return { platform, arch, packages: [...seen.values()], roots: names };
                }),
            });
            request.log?.(`${distribution}: PostgreSQL ${spec.major} (${r.postgres.debianVersion}): ` +
                chosen.map((p) => `${p.name} ${p.version}`).join(', '));
        }
    }
    if (images.length === 0) {
        throw new ExtensionError(`no PostgreSQL major asked for is in the distributions asked for (${skipped.join(', ')})`);
    }
    return images;
}

;// CONCATENATED MODULE: ./packages/extension/src/batch.ts






/** A glob names packages: `*` stands for any run of the characters a package name has. */
const isGlob = (template) => template.includes('*');
function isBatch(options) {
    return options.batch === true || (options.packages ?? []).some(isGlob);
}
function batch_escape(text) {
    return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
/** The packages of `names` a glob template matches, as templates again (`{major}` put back). */
function matchGlob(template, major, names) {
    const rendered = (0,src/* renderTemplate */.Xm)(template, { major: String(major) });
    const pattern = new RegExp(`^${rendered.split('*').map(batch_escape).join('([a-z0-9+.-]*)')}$`);
    const out = [];
    for (const name of names) {
        const m = pattern.exec(name);
        if (!m)
            continue;
        const parts = template.split('*');
        out.push(parts.map((part, i) => part + (i < parts.length - 1 ? (m[i + 1] ?? '') : '')).join(''));
    }
    return out;
}
async function batchPackages(options, config, specs, apt, views) {
    const templates = options.packages ?? [];
    const globs = templates.filter(isGlob);
    const out = new Set(templates.filter((t) => !isGlob(t)));
    if (globs.length === 0)
        return [...out];
    const [platform] = config.platforms;
    if (!platform)
        throw new ExtensionOptionsError('platforms', 'a batch needs one platform at least');
    const architecture = (0,platform_src/* byPlatform */.HE)(platform).debianArchitecture;
    for (const distribution of config.distributions) {
        const view = await views(distribution);
        const sources = (0,package_view_src/* distributionSources */.Nf)(config, distribution, {
            view: view.repositories,
            previewMajors: [],
        });
        const arch = await loadArchSources(apt, sources, architecture, installedOn(view, architecture));
        const names = new Set(arch.indexes.flatMap(({ index }) => [...index.names()]));
        for (const spec of specs) {
            const matched = new Map();
            for (const glob of globs) {
                for (const template of matchGlob(glob, spec.major, names)) {
                    matched.set((0,src/* renderTemplate */.Xm)(template, { major: String(spec.major) }), template);
                }
            }
            // What another matched package of its source depends on goes into that one's image.
            const stanzas = [...matched.keys()].map((name) => ({
                name,
                pkg: arch.indexes.map(({ index }) => index.newest(name)).find((p) => p !== undefined),
            }));
            const companions = new Set();
            for (const { pkg } of stanzas) {
                if (!pkg)
                    continue;
                for (const dep of dependencyNames(pkg)) {
                    const other = stanzas.find((s) => s.name === dep);
                    if (other?.pkg && other.pkg.source === pkg.source)
                        companions.add(dep);
                }
            }
            for (const [name, template] of matched)
                if (!companions.has(name))
                    out.add(template);
        }
    }
    return [...out].sort();
}
/** The templates of a package list: one per line, `#` comments and blank lines left out. */
function parsePackageList(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.replace(/#.*$/, '').trim())
        .filter((line) => line !== '');
}

;// CONCATENATED MODULE: ./packages/extension/src/bounded.ts
/**
 * A batch's images made a few at a time: while one waits on the network or on zlib's thread
 * pool, another reads its packages, so both cores work (a batch of a hundred images spent a
 * third of its time idle one at a time). Publishing stays one at a time (`serially`): a layout's
 * index.json is read and written whole.
 */
/**
 * `work` for each item, at most `limit` at once, results in the items' order. After a failure
 * no further item starts; the first failure is thrown once the running ones have ended.
 */
async function mapBounded(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const i = next++;
            try {
                results[i] = await work(items[i]);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** Runs each given task after the one before it has ended (whether it failed or not). */
function serially() {
    let tail = Promise.resolve();
    return (task) => {
        const run = tail.then(task, task);
        tail = run.catch(() => undefined);
        return run;
    };
}

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/extension/src/oci-image.ts
/**
 * The OCI documents of an extension image: per platform, one layer for the extension's own
 * files and, when there are any, one for the system libraries and their data (which change
 * less often and are shared by the extension's versions), the configuration (with
 * `rootfs.diff_ids`) and the manifest; then an index over the platforms. Layers are
 * deterministic (@pgforge/oci's buildLayer: sorted, owner 0:0, one mtime, one gzip level), and
 * nothing else takes a clock: the same inputs give the same digests.
 */

const LAYERS = ['system', 'extension'];
// zlib's default. Fixed, so the same files give the same digest; not 9, which on PostGIS's
// 200 MB of libraries takes 2.5 times as long (35 s against 14 s) for 0.2 % fewer bytes.
const GZIP_LEVEL = 6;
async function buildPlatformImage(platform, tree, options) {
    const layers = [];
    for (const layer of LAYERS) {
        const entries = tree.layerEntries(layer);
        if (entries.length > 0) {
            layers.push(await (0,oci_src/* buildLayer */.oj)(entries, { mtime: options.mtime, gzipLevel: GZIP_LEVEL }));
        }
    }
    return platformImageOf(platform, layers, options);
}
/** The configuration and manifest over layers already built (here, or kept by image-cache.ts). */
function platformImageOf(platform, layers, options) {
    const image = (0,oci_src/* buildImage */._w)({
        platform: (0,oci_src/* parsePlatform */.FL)(platform),
        layers,
        // Labels too: `docker inspect` and tools that read only the configuration see them.
        config: { labels: options.annotations },
        annotations: options.annotations,
        created: options.created,
    });
    return { platform, image, layers };
}
function buildImageIndex(images, annotations) {
    return (0,oci_src/* buildIndex */.Xh)({ manifests: images.map((i) => i.image), annotations });
}
/** Every blob the index reaches, deduplicated, for a layout or a push. */
function blobsOf(images) {
    const byDigest = new Map();
    for (const { image, layers } of images) {
        for (const l of layers) {
            byDigest.set(l.digest, {
                mediaType: l.mediaType,
                digest: l.digest,
                size: l.size,
                bytes: l.blob,
            });
        }
        byDigest.set(image.config.digest, image.config);
        byDigest.set(image.manifest.digest, image.manifest);
    }
    return [...byDigest.values()];
}

;// CONCATENATED MODULE: ./packages/extension/src/image-cache.ts
/**
 * Extension images already made, kept under the cache directory by the exact inputs they were
 * made from (image-key.ts: the `.deb` SHA-256s the signed indexes vouch for, the indexes and
 * the minimal image system libraries were resolved against, the options, the code's digest).
 * A warm run then decompresses no `.deb` and gzips no layer: the layers are read back, checked
 * against their digests, and the configuration, manifests and index are built over them as a
 * fresh build builds them, so the digests are the same.
 *
 * `extension/images/<key>.json`: what the command reports of the image (metadata, packages,
 * annotations, the layers' descriptors), sealed with this machine's key (@pgforge/apt's sealed
 * files), since it is trusted as it is; `extension/blobs/<sha256>`: each layer, content-
 * addressed. Both are pruned with the rest of the cache when unused for two weeks.
 */




// Bump when the record's shape changes: older records then fail their seal (the kind differs).
const KIND = 'extension-image.v1';
const DIGEST = /^sha256:([0-9a-f]{64})$/;
class ImageCache {
    #dir;
    /** `cacheDir`: the APT cache directory; records go under its `extension/`. */
    constructor(cacheDir) {
        this.#dir = (0,external_node_path_.join)(cacheDir, 'extension');
    }
    #record(key) {
        return (0,external_node_path_.join)(this.#dir, 'images', `${key}.json`);
    }
    #blob(digest) {
        const hex = DIGEST.exec(digest)?.[1];
        return hex === undefined ? undefined : (0,external_node_path_.join)(this.#dir, 'blobs', hex);
    }
    /** The image stored under `key`, or undefined when absent, not sealed here, or damaged. */
    async get(key) {
        const stored = asStoredImage(await (0,apt_src/* readSealedJson */.Xc)(this.#record(key), KIND));
        if (!stored || stored.layers.length !== stored.platforms.length)
            return undefined;
        const platformImages = [];
        for (const [i, made] of stored.platforms.entries()) {
            const layers = [];
            for (const layer of stored.layers[i] ?? []) {
                const blob = await this.#readBlob(layer);
                if (!blob)
                    return undefined;
                layers.push({ ...layer, blob });
            }
            platformImages.push(platformImageOf(made.platform, layers, {
                created: stored.created,
                annotations: stored.annotations,
            }));
        }
        return {
            name: stored.name,
            ...(stored.nameFrom !== undefined ? { nameFrom: stored.nameFrom } : {}),
            sqlVersion: stored.sqlVersion,
            extensions: stored.extensions,
            env: stored.env,
            metadata: stored.metadata,
            annotations: stored.annotations,
            created: stored.created,
            platforms: stored.platforms,
            platformImages,
            index: buildImageIndex(platformImages, stored.annotations),
        };
    }
    /** A layer's bytes when the file holds exactly what its digest names. */
    async #readBlob(layer) {
        const path = this.#blob(layer.digest);
        if (!path)
            return undefined;
        const bytes = await (0,promises_.readFile)(path).catch(() => undefined);
        if (!bytes || bytes.length !== layer.size || `sha256:${(0,apt_src/* sha256Hex */.fg)(bytes)}` !== layer.digest) {
            return undefined;
        }
        await (0,apt_src/* markUsed */.Nm)(path);
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    /** Stores `image` under `key`: the layers first, so a record never names a missing blob. */
    async put(key, image) {
        const layers = [];
        for (const { layers: built } of image.platformImages) {
            const descriptors = [];
            for (const { blob, ...descriptor } of built) {
                const path = this.#blob(descriptor.digest);
                if (!path)
                    return;
                await (0,apt_src/* writeAtomically */.vK)(path, blob);
                descriptors.push(descriptor);
            }
            layers.push(descriptors);
        }
        const stored = {
            name: image.name,
            ...(image.nameFrom !== undefined ? { nameFrom: image.nameFrom } : {}),
            sqlVersion: image.sqlVersion,
            extensions: image.extensions,
            env: image.env,
            metadata: image.metadata,
            annotations: image.annotations,
            created: image.created,
            platforms: image.platforms,
            layers,
        };
        await (0,apt_src/* writeSealedJson */.UY)(this.#record(key), KIND, stored);
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The record's shape, checked where the code relies on it; the seal says this machine wrote
 * it, so its values are what a build gave.
 */
function asStoredImage(value) {
    if (!isObject(value))
        return undefined;
    const { name, sqlVersion, created, platforms, layers, metadata, annotations } = value;
    if (typeof name !== 'string' || typeof sqlVersion !== 'string' || typeof created !== 'string')
        return undefined;
    if (!Array.isArray(platforms) || !Array.isArray(layers) || !isObject(metadata))
        return undefined;
    if (!isObject(annotations) || !Array.isArray(value.extensions) || !Array.isArray(value.env))
        return undefined;
    const layersOk = layers.every((list) => Array.isArray(list) &&
        list.every((l) => isObject(l) &&
            typeof l.digest === 'string' &&
            typeof l.diffId === 'string' &&
            typeof l.mediaType === 'string' &&
            typeof l.size === 'number'));
    const platformsOk = platforms.every((p) => isObject(p) && typeof p.platform === 'string');
    return layersOk && platformsOk ? value : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/extension/src/control.ts
/**
 * Extension control files and SQL scripts: what CREATE EXTENSION reads.
 *
 * A control file is a list of `name = value` settings in PostgreSQL's configuration-file
 * syntax (values single-quoted, `''` for a quote, `#` comments). SQL scripts name modules as
 * `'$libdir/vector'` or `MODULE_PATHNAME` (which stands for the control file's
 * `module_pathname`). `$libdir` is the server's own library directory; a module in an image
 * mounted under /extensions is only found through `dynamic_library_path`, which PostgreSQL
 * searches for a bare name. Hence the rewrite of `$libdir/` to nothing.
 */
const SETTING = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=?\s*(?:'((?:[^']|'')*)'|([^\s#']+))/;
/** The settings of a control file (later lines win, as in PostgreSQL). */
function parseControl(text) {
    const settings = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (/^\s*(#|$)/.test(line))
            continue;
        const m = SETTING.exec(line);
        if (!m?.[1])
            continue;
        settings.set(m[1], m[2] !== undefined ? m[2].replaceAll("''", "'") : (m[3] ?? ''));
    }
    return settings;
}
const LIBDIR_MODULE = /\$libdir\/([A-Za-z0-9_.+-]+)/g;
/** The module names a text loads as `$libdir/<name>`. */
function libdirModules(text) {
    return [...new Set([...text.matchAll(LIBDIR_MODULE)].map((m) => m[1] ?? ''))].filter(Boolean);
}
/** The text with every `$libdir/` prefix removed: `'$libdir/vector'` → `'vector'`. */
function rewriteLibdir(text) {
    return text.replaceAll('$libdir/', '');
}
/** The module a `module_pathname` names, without `$libdir/` and without `.so`. */
function moduleName(pathname) {
    return pathname.replace(/^\$libdir\//, '').replace(/\.so$/, '');
}
/** `vector--0.8.1.sql`, `vector--0.8.0--0.8.1.sql` → `vector`; other names → undefined. */
function scriptExtension(fileName) {
    const m = /^(.+?)--.+\.sql$/.exec(fileName);
    return m?.[1];
}

// EXTERNAL MODULE: ./packages/elf/src/index.ts + 4 modules
var elf_src = __webpack_require__(6638);
// EXTERNAL MODULE: ./packages/sbom/src/index.ts + 16 modules
var sbom_src = __webpack_require__(7477);
;// CONCATENATED MODULE: ./packages/extension/src/recommends.ts
/**
 * What a package recommends that its image does not hold. An image carries what a package
 * depends on (and the system libraries its modules load), never what it recommends: apt
 * installs Recommends by default, so a package may rely on them at run time. pg_snakeoil
 * recommends ClamAV's virus databases (`clamav-freshclam | clamav-data`) and fails at CREATE
 * EXTENSION without them; mimeo's programs recommend python3. Saying so is the difference
 * between an image that fails for a stated reason and one that fails unexplained.
 *
 * Documentation packages are left out (nothing runs them), and so is a group one of whose
 * alternatives the image or the minimal operand image already holds.
 */

function unmetRecommends(pkg, field, present) {
    if (!field)
        return undefined;
    const groups = (0,apt_src/* parseRelations */.Hd)(field)
        .filter((group) => !group.some((r) => r.name.endsWith('-doc') || present(r.name)))
        .map((group) => group.map((r) => r.name).join(' | '));
    return groups.length > 0 ? { package: pkg, groups } : undefined;
}
/** One sentence per recommending package, for the image's limitations. */
function recommendsLimitations(unmet) {
    return unmet.map((u) => `${u.package} recommends ${u.groups.join(', ')}, which the image does not hold (an image ` +
        'carries what a package depends on, not what it recommends): what needs them fails ' +
        'until the operand image or the cluster provides them');
}

;// CONCATENATED MODULE: ./packages/extension/src/metadata.ts
/**
 * What a CNPG user has to know to use an image, derived from the image rather than written by
 * hand: the fields and meanings of CNPG's `metadata.hcl` (postgres-extensions-containers) and
 * of the Cluster's ExtensionConfiguration.
 *
 * - SQL names and default versions, and `create_extension`, from the control files.
 * - `shared_preload_libraries`: read from the module itself, the same on every run, rather than
 *   found by trial in the smoke test (a server per package, and a module that only warns would
 *   pass). A module must be preloaded when it asks whether it is being preloaded
 *   (`process_shared_preload_libraries_in_progress`) or registers a background worker
 *   (`RegisterBackgroundWorker`, allowed only then), and either its messages say it must be
 *   ("pgaudit must be loaded via shared_preload_libraries", "Add pg_show_plans to
 *   'shared_preload_libraries'") or it has no control file, so loading is all it does
 *   (pg_failover_slots, pg_crash). Modules that merely use preloading when it is there (pgvector,
 *   orafce, pg_partman's worker) are not listed: across sid's 105 PostgreSQL 18 packages the
 *   symbols alone named 32 images, 15 of them wrongly. A contrib extension the image requires
 *   whose module must be preloaded by the same rule (pg_stat_statements, for powa and
 *   pg_stat_kcache) comes first: the user must preload it too, and before.
 * - `required_extensions`: the control files' `requires` that the image does not provide, each
 *   with where it comes from (requirements.ts).
 * - `ld_library_path`, `bin_path`, `env`: from the image's layout.
 * - licences: SPDX expressions from each package's machine-readable copyright file.
 * - limitations: data a module reads from the server's share directory, which
 *   `extension_control_path` does not redirect (unit's `unit_prefixes.data`), or text search
 *   files in `share/tsearch_data`; what a package recommends and no image holds (pg_snakeoil's
 *   ClamAV databases).
 */




/** Symbols a module uses only when it is loaded through shared_preload_libraries. */
const PRELOAD_SYMBOLS = [
    'process_shared_preload_libraries_in_progress',
    'RegisterBackgroundWorker',
];
// A message that tells the user to preload the module, not one that forbids it (pgtt: "can
// not be loaded using shared_preload_libraries").
const MUST_PRELOAD = /(must|can only|has to|needs? to|please preload|add\b[^\0]{0,40}\bto)\b[^\0]{0,80}shared_preload_libraries|not in shared_preload_libraries/i;
const NOT_PRELOAD = /(can ?not|must not|should not)\b[^\0]{0,40}shared_preload_libraries/i;
/** Whether the module's own messages tell the user to put it into shared_preload_libraries. */
function saysPreload(data) {
    const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
    for (const m of text.matchAll(/[\x20-\x7e]{0,120}shared_preload_libraries[\x20-\x7e]{0,40}/g)) {
        if (MUST_PRELOAD.test(m[0]) && !NOT_PRELOAD.test(m[0]))
            return true;
    }
    return false;
}
/**
 * Whether the module at `path` must be preloaded: it asks about preloading and either says it
 * must be or (`createExtension` false) loading is all it is for. A file that is not ELF is not.
 */
function mustPreload(data, path, createExtension) {
    let imports;
    try {
        imports = (0,elf_src/* readElf */.oU)(data, { source: path, imports: true }).imports ?? [];
    }
    catch {
        return false;
    }
    if (!PRELOAD_SYMBOLS.some((s) => imports.includes(s)))
        return false;
    return !createExtension || saysPreload(data);
}
/**
 * The modules of `tree` that must be preloaded (a versioned module beside its loader left
 * out); `createExtension` false means the image has no control file.
 */
function preloadModules(tree, createExtension = true) {
    const found = [];
    for (const file of tree.filesIn('lib')) {
        if (file.type !== 'file' || !file.data || !file.path.endsWith('.so'))
            continue;
        if (mustPreload(file.data, file.path, createExtension)) {
            found.push(external_node_path_.posix.basename(file.path, '.so'));
        }
    }
    // timescaledb preloads its loader, which loads timescaledb-<version>: the loader alone.
    return found.filter((m) => !found.some((other) => m.startsWith(`${other}-`))).sort();
}
/** Files a module reads from the server's share directory, which a mounted image cannot serve. */
function shareLimitations(tree) {
    const data = tree
        .files()
        .map((f) => f.path)
        .filter((p) => (p.startsWith('share/extension/') && !/\.(control|sql)$/.test(p)) ||
        p.startsWith('share/tsearch_data/'));
    if (data.length === 0)
        return [];
    const shown = data.slice(0, 3).join(', ') + (data.length > 3 ? `, … (${data.length} files)` : '');
    return [
        `reads ${shown} from the server's share directory at run time, which ` +
            'extension_control_path does not redirect: mounted as an image volume, what needs ' +
            'them fails (install the package in the operand image instead)',
    ];
}
/**
 * What the control files themselves make hard, in a sentence each: one no script goes with
 * (decoderbufs: its module is what is used), one without a default_version (pg_proctab: CREATE
 * EXTENSION needs VERSION). Both are so when apt installs the package too.
 */
function controlLimitations(contract) {
    const out = contract.uncreatable.map((name) => `share/extension/${name}.control has no script to create ${name} (so too installed by apt): ` +
        `it is not created; PostgreSQL loads its module by name`);
    for (const c of contract.controls) {
        if (c.defaultVersion)
            continue;
        out.push(c.versions.length > 0
            ? `${c.name} has no default_version: CREATE EXTENSION ${c.name} VERSION '${c.versions.at(-1) ?? ''}'` +
                (c.versions.length > 1 ? ` (or one of ${c.versions.join(', ')})` : '')
            : `${c.name} has no default_version and no install script: CREATE EXTENSION ${c.name} cannot create it`);
    }
    return out;
}
/** SPDX expressions of the image's `licenses/<package>/copyright` files, distinct, sorted. */
function imageLicenses(tree) {
    const expressions = new Set();
    for (const file of tree.files()) {
        if (!/^licenses\/[^/]+\/copyright$/.test(file.path) || !file.data)
            continue;
        expressions.add((0,sbom_src/* parseCopyright */.tS)(Buffer.from(file.data).toString('utf8')).expression);
    }
    const known = [...expressions].filter((e) => e !== sbom_src/* NOASSERTION */._f).sort();
    return expressions.has(sbom_src/* NOASSERTION */._f) ? [...known, sbom_src/* NOASSERTION */._f] : known;
}
function deriveMetadata(input) {
    const { contract, tree } = input;
    // plpgsql is created in every database PostgreSQL initialises: nothing to do for it.
    const own = new Set([...contract.extensions, 'plpgsql']);
    const requiredExtensions = [
        ...new Set(contract.controls.flatMap((c) => c.requires).filter((r) => !own.has(r))),
    ].sort();
    return {
        name: input.name,
        // Without a default_version, CREATE EXTENSION needs VERSION: the one it can install.
        sqlNames: contract.controls.map((c) => {
            const version = c.defaultVersion ?? (c.versions.length === 1 ? c.versions[0] : undefined);
            return { name: c.name, ...(version ? { version } : {}) };
        }),
        createExtension: contract.createExtension,
        sharedPreloadLibraries: [
            ...new Set([
                ...requiredExtensions.flatMap((r) => input.operand?.preload.get(r) ?? []),
                ...preloadModules(tree, contract.createExtension),
            ]),
        ],
        requiredExtensions,
        requires: requiredExtensions.map((name) => input.operand?.extensions.has(name)
            ? { name, provider: 'operand' }
            : { name, provider: 'none' }),
        ldLibraryPath: input.system ? ['system'] : [],
        binPath: contract.programs.length > 0 ? ['bin'] : [],
        env: input.env,
        licenses: imageLicenses(tree),
        limitations: [
            ...controlLimitations(contract),
            ...shareLimitations(tree),
            ...recommendsLimitations(input.recommends ?? []),
        ],
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/requirements.ts
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







/**
 * What the server package ships of contrib: its extensions (control files for that major) and,
 * for each whose module must be preloaded by the same rule as an image's own (metadata.ts),
 * that module. The module is the control file's `module_pathname`, else the extension's name.
 */
function readOperandCatalogue(files, major) {
    const extensionDir = `usr/share/postgresql/${major}/extension`;
    const libDir = `usr/lib/postgresql/${major}/lib`;
    const controls = new Map();
    const modules = new Map();
    for (const file of files) {
        const p = external_node_path_.posix.normalize(file.path.replace(/^\.?\/+/, ''));
        const dir = external_node_path_.posix.dirname(p);
        if (dir === extensionDir && p.endsWith('.control')) {
            controls.set(external_node_path_.posix.basename(p, '.control'), file.data ? Buffer.from(file.data).toString('utf8') : '');
        }
        else if (dir === libDir && p.endsWith('.so') && file.data) {
            modules.set(external_node_path_.posix.basename(p, '.so'), file.data);
        }
    }
    const preload = new Map();
    for (const [name, text] of controls) {
        const pathname = parseControl(text).get('module_pathname');
        const module = pathname ? moduleName(pathname) : name;
        const data = modules.get(module);
        if (data && mustPreload(data, `${libDir}/${module}.so`, true))
            preload.set(name, [module]);
    }
    return { extensions: new Set([...controls.keys()].sort()), preload };
}
const CACHE_VERSION = 3;
const SEAL_KIND = 'operand-extensions';
function isCachedCatalogue(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return (Array.isArray(v.extensions) &&
        v.extensions.every((e) => typeof e === 'string') &&
        Array.isArray(v.preload) &&
        v.preload.every((e) => Array.isArray(e) &&
            typeof e[0] === 'string' &&
            Array.isArray(e[1]) &&
            e[1].every((m) => typeof m === 'string')));
}
/**
 * The operand's catalogue per major × distribution (the first architecture's server package:
 * contrib is the same on every architecture), each read once per run.
 */
class OperandExtensions {
    apt;
    cacheDir;
    #loaded = new Map();
    constructor(apt, cacheDir) {
        this.apt = apt;
        this.cacheDir = cacheDir;
    }
    get(arch, major) {
        const key = `${arch.distribution}\0${major}`;
        let loading = this.#loaded.get(key);
        if (!loading) {
            loading = this.#load(arch, major);
            this.#loaded.set(key, loading);
            loading.catch(() => this.#loaded.delete(key));
        }
        return loading;
    }
    async #load(arch, major) {
        const server = candidate(arch, `postgresql-${major}`);
        if (!server)
            return { extensions: new Set(), preload: new Map() };
        const sha = server.pkg.sha256;
        const key = (0,external_node_crypto_.createHash)('sha256').update(`${CACHE_VERSION}\0${major}\0${sha}`).digest('hex');
        const file = this.cacheDir !== undefined && sha
            ? (0,external_node_path_.join)(this.cacheDir, 'operand-extensions', `${key}.json`)
            : undefined;
        // Sealed like the other results later runs trust unchecked: what it says goes into image
        // annotations and catalogs, so a file restored from a shared cache must not.
        if (file) {
            const cached = await (0,apt_src/* readSealedJson */.Xc)(file, SEAL_KIND);
            if (isCachedCatalogue(cached)) {
                return { extensions: new Set(cached.extensions), preload: new Map(cached.preload) };
            }
        }
        const deb = await (0,apt_src/* readDeb */.Sg)(await this.apt.fetchDeb(server.repository, server.pkg), {
            source: server.pkg.filename,
        });
        const catalogue = readOperandCatalogue(deb.entries, major);
        if (file) {
            await (0,promises_.mkdir)((0,external_node_path_.join)(file, '..'), { recursive: true });
            const cached = {
                extensions: [...catalogue.extensions],
                preload: [...catalogue.preload],
            };
            // A cache that cannot be written costs the next run a read of the package, nothing else.
            await (0,apt_src/* writeSealedJson */.UY)(file, SEAL_KIND, cached).catch(() => undefined);
        }
        return catalogue;
    }
}
/**
 * Names, for each requirement an image's metadata lists as not (yet) provided by the operand,
 * the image of `images` for the same major and distribution that declares it; the first one
 * wins, in the run's order. An image's metadata comes back unchanged when there is nothing to
 * name.
 */
function mapRequirements(images) {
    return images.map((image) => {
        const requires = image.metadata.requires.map((r) => {
            if (r.provider !== 'none')
                return r;
            const other = images.find((o) => o !== image &&
                o.major === image.major &&
                o.distribution === image.distribution &&
                o.metadata.sqlNames.some((s) => s.name === r.name));
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
        const limitations = missing.length === 0
            ? image.metadata.limitations
            : [
                ...image.metadata.limitations,
                `requires ${missing.join(', ')}, which neither the operand image nor any image of this run provides: CREATE EXTENSION fails until an image that does is mounted too`,
            ];
        return { ...image, metadata: { ...image.metadata, requires, limitations } };
    });
}
/** A requirement in words: `postgis (image postgis-3)`, `hstore (operand)`. */
function describeRequirement(r) {
    switch (r.provider) {
        case 'operand':
            return `${r.name} (operand image)`;
        case 'image':
            return `${r.name} (image ${r.image})`;
        case 'none':
            return `${r.name} (no image of this run)`;
    }
}

;// CONCATENATED MODULE: ./packages/extension/src/minimal.ts
/**
 * What the minimal operand image of a major × distribution × platform already holds: the
 * operand base's own packages (its dpkg status, upgraded as the matrix upgrades them), and what
 * apt installs for `postgresql-<major>` and the minimal flavour's own packages, each with its
 * dependencies: the same resolver (@pgforge/apt's predictInstall) over the same view the
 * matrix predicts the operand image with. Without a readable base, debootstrap's minbase
 * stands in for it. A shared library is provided when one of those packages ships it where
 * the dynamic linker looks (system-libraries.ts says how that is known).
 */







/**
 * The minimal flavour's own packages for this major and distribution: the flavour named
 * `minimal`, else the first one built on no other.
 */
function minimalFlavourPackages(config, major, distribution) {
    const flavour = config.flavours.find((f) => f.name === 'minimal') ?? config.flavours.find((f) => !f.from);
    if (!flavour)
        return [];
    return flavour.packages
        .filter((r) => r.minMajor === undefined || major >= r.minMajor)
        .filter((r) => r.maxMajor === undefined || major <= r.maxMajor)
        .filter((r) => !r.distributions || r.distributions.includes(distribution))
        .map((r) => (0,src/* renderTemplate */.Xm)(r.name, { major: String(major) }));
}
function minimalImage(arch, major, flavourPackages, upgrade = true) {
    const indexes = arch.indexes.map((i) => i.index);
    const server = candidate(arch, `postgresql-${major}`);
    // A flavour package the source lacks (an optional one) is simply not in the image.
    const extra = flavourPackages.flatMap((name) => {
        const c = candidate(arch, name);
        return c ? [{ name, version: c.pkg.version }] : [];
    });
    const roots = [`postgresql-${major}`, ...extra.map((p) => p.name)];
    if (!server)
        return { packages: new Set(), provides: new Set(), roots };
    // The matrix's own prediction of the minimal flavour, on this architecture's view and base.
    const images = (0,package_view_src/* predictArchImages */._)({
        flavours: [{ name: 'minimal', packages: [], lineage: ['minimal'] }],
        upgrade,
        arch: {
            architecture: arch.architecture,
            indexes,
            ...(arch.installed ? { installed: arch.installed } : {}),
        },
        server: { name: server.pkg.package, version: server.pkg.version },
        flavourPackages: { minimal: extra },
    });
    const packages = images.get('minimal')?.packages ?? new Map();
    const provides = new Set();
    for (const pkg of packages.values()) {
        for (const group of (0,apt_src/* parseRelations */.Hd)(pkg.provides))
            for (const r of group)
                provides.add(r.name);
    }
    return { packages: new Set(packages.keys()), provides, roots };
}
const minimal_CACHE_VERSION = 3;
async function cacheKey(arch, major, flavourPackages, cache, upgrade) {
    const indexes = await Promise.all(arch.indexes.map(async ({ repository, component }) => {
        const release = await cache.release(repository);
        const prefix = `${component}/binary-${arch.architecture}/Packages`;
        return [...release.sha256]
            .filter(([path]) => path.startsWith(prefix))
            .map(([path, entry]) => `${path}=${entry.sha256}`)
            .sort();
    }));
    // The base's packages (name=version) are part of what the set is computed from.
    const base = arch.installed?.map((p) => `${p.package}=${p.version}`).sort() ?? null;
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([minimal_CACHE_VERSION, indexes, major, flavourPackages, base, upgrade]))
        .digest('hex');
}
function isStringArray(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
async function cachedMinimalImage(arch, major, flavourPackages, cache, upgrade = true) {
    if (!cache)
        return minimalImage(arch, major, flavourPackages, upgrade);
    const file = (0,external_node_path_.join)(cache.dir, 'extension', `minimal-${await cacheKey(arch, major, flavourPackages, cache, upgrade)}.json`);
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        if (isStringArray(parsed.packages) &&
            parsed.packages.length > 0 &&
            isStringArray(parsed.provides) &&
            isStringArray(parsed.roots)) {
            return {
                packages: new Set(parsed.packages),
                provides: new Set(parsed.provides),
                roots: parsed.roots,
            };
        }
    }
    catch {
        // Absent or unreadable: computed below.
    }
    const minimal = minimalImage(arch, major, flavourPackages, upgrade);
    // No minimal image holds nothing: such a set is a failure to compute, never kept.
    if (minimal.packages.size === 0)
        return minimal;
    const text = JSON.stringify({
        packages: [...minimal.packages].sort(),
        provides: [...minimal.provides].sort(),
        roots: minimal.roots,
    });
    await (0,promises_.mkdir)((0,external_node_path_.join)(cache.dir, 'extension'), { recursive: true });
    // Written whole and renamed: a concurrent reader never sees half a file.
    const temporary = `${file}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    await (0,promises_.writeFile)(temporary, text);
    await (0,promises_.rename)(temporary, file);
    return minimal;
}

;// CONCATENATED MODULE: ./packages/extension/src/system-contexts.ts


/** Memoized per-run look-ups of what system-library resolution needs. */
class SystemContexts {
    apt;
    config;
    cache;
    log;
    #contents = new Map();
    #minimalSets = new Map();
    /** Distributions × architectures whose Contents index was a hint only (mid-sync). */
    #hints = new Set();
    constructor(apt, config, cache, log) {
        this.apt = apt;
        this.config = config;
        this.cache = cache;
        this.log = log;
    }
    async get(arch, major) {
        const key = `${arch.distribution}\0${arch.architecture}`;
        // Loaded on first need, once per distribution and architecture: most extensions need no
        // library the minimal image lacks, and then no Contents index is read at all.
        const contents = () => {
            let loading = this.#contents.get(key);
            if (!loading) {
                loading = loadContents(this.apt, arch).then((indexes) => {
                    if (indexes.some((i) => !i.verified))
                        this.#hints.add(key);
                    return indexes;
                });
                this.#contents.set(key, loading);
                loading.catch(() => this.#contents.delete(key));
            }
            return loading;
        };
        const minimalKey = `${key}\0${major}`;
        let minimal = this.#minimalSets.get(minimalKey);
        if (!minimal) {
            minimal = cachedMinimalImage(arch, major, minimalFlavourPackages(this.config, major, arch.distribution), this.cache, this.config.packages.upgrade).then((m) => {
                this.log?.(`${arch.distribution}/${arch.architecture}: the minimal PostgreSQL ${major} image holds ${m.packages.size} packages`);
                return m;
            });
            this.#minimalSets.set(minimalKey, minimal);
        }
        return { arch, contents, minimal: await minimal, apt: this.apt };
    }
    /** Whether a Contents index read for `arch` did not match its Release. */
    usedHints(arch) {
        return this.#hints.has(`${arch.distribution}\0${arch.architecture}`);
    }
}

;// CONCATENATED MODULE: ./packages/extension/src/clients.ts
/**
 * What one run reads from and writes to, set up once from the options: the APT client and its
 * cache directory, the operand bases' views (through a registry client), the per-run
 * system-library and operand look-ups with their caches, the cache of images made before, and
 * the registry images are pushed to.
 */








function clientsOf(options, config) {
    const log = options.log;
    const client = new apt_src/* AptClient */.Rt({
        ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
        ...(options.warn ? { warn: options.warn } : {}),
    });
    const apt = options.apt ?? client;
    // Docker's credentials, read with the environment the command was given (an empty one by
    // default) and its home directory.
    const dockerClient = () => (0,oci_src/* registryClientFromEnvironment */.oC)({
        env: options.docker?.env ?? {},
        ...(options.docker?.homeDir !== undefined ? { homeDir: options.docker.homeDir } : {}),
    });
    const baseRegistry = dockerClient();
    const views = (0,package_view_src/* viewsOf */.W6)(config, {
        registry: options.bases?.registry ?? new package_view_src/* RegistryBaseReader */.uO(baseRegistry, options.cacheDir),
        ...(options.bases
            ? options.bases.local
                ? { local: options.bases.local }
                : {}
            : { local: new package_view_src/* LocalStoreBaseReader */.dN(undefined, options.cacheDir) }),
        apt: apt.release ? apt : client,
        keyringDir: (0,external_node_path_.join)(options.cacheDir ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'pgforge'), 'keyrings'),
        ...(options.hostRoot !== undefined ? { hostRoot: options.hostRoot } : {}),
        ...(log ? { log } : {}),
        ...(options.warn ? { warn: options.warn } : {}),
        resolveDigest: (image) => baseRegistry.resolveDigest(image),
    });
    const cache = options.cacheDir !== undefined && apt.release
        ? {
            dir: options.cacheDir,
            release: (repo) => apt.release(repo),
        }
        : undefined;
    return {
        apt,
        views,
        systems: options.systemLibraries === 'auto' ? new SystemContexts(apt, config, cache, log) : undefined,
        operands: new OperandExtensions(apt, options.cacheDir),
        imageCache: options.cacheDir !== undefined ? new ImageCache(options.cacheDir) : undefined,
        registry: options.push ? (options.registry ?? dockerClient()) : undefined,
        settled: async () => {
            await Promise.all([apt.settled?.(), client.settled()]);
        },
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/extension/src/cluster.ts


/** The CRD's pattern and length for `name` (it becomes part of a volume name). */
const EXTENSION_NAME = /^[a-z0-9]([-a-z0-9_]*[a-z0-9])?$/;
const EXTENSION_NAME_MAX = 59;
function clusterEntry(name, reference, metadata) {
    return {
        name,
        image: { reference },
        ...(metadata.ldLibraryPath.length > 0 ? { ld_library_path: [...metadata.ldLibraryPath] } : {}),
        ...(metadata.binPath.length > 0 ? { bin_path: [...metadata.binPath] } : {}),
        ...(metadata.env.length > 0 ? { env: metadata.env.map((e) => ({ ...e })) } : {}),
    };
}
/**
 * What the Cluster needs beside the entry, as YAML comments: the entry holds only what the
 * CRD's ExtensionConfiguration accepts.
 */
function notes(metadata) {
    if (!metadata)
        return [];
    const lines = [];
    if (metadata.sharedPreloadLibraries.length > 0) {
        lines.push(`# postgresql.shared_preload_libraries needs: ${metadata.sharedPreloadLibraries.join(', ')}`);
    }
    if (metadata.requires.length > 0) {
        lines.push(`# CREATE EXTENSION needs first: ${metadata.requires.map(describeRequirement).join(', ')}`);
        const missing = metadata.requires.filter((r) => r.provider === 'none').map((r) => r.name);
        if (missing.length > 0) {
            lines.push(`# add the image that provides ${missing.join(', ')} to the Cluster's extensions too`);
        }
    }
    if (!metadata.createExtension) {
        lines.push('# no CREATE EXTENSION: PostgreSQL loads its module or runs its programs by name');
    }
    for (const limitation of metadata.limitations)
        lines.push(`# limitation: ${limitation}`);
    return lines;
}
/**
 * A YAML list of entries. With several images (majors or distributions) each entry is
 * preceded by a comment naming its major and distribution: a Cluster takes the one for its own.
 */
function clusterExtensionsYaml(items) {
    return items
        .map(({ entry, comment, metadata }) => {
        const head = [...(items.length > 1 ? [`# ${comment}`] : []), ...notes(metadata)];
        return `${head.map((l) => `${l}\n`).join('')}${(0,dist/* stringify */.As)([entry])}`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./packages/extension/src/config.ts
/**
 * The run's configuration: images.yaml (or the defaults) with what the options override, and
 * the PostgreSQL majors an extension is made for.
 */


async function configOf(options) {
    const config = await (0,src/* loadConfig */.Z9)(options.configFile, {
        overrides: {
            ...(options.postgres ? { postgres: options.postgres } : {}),
            ...(options.distributions ? { distributions: options.distributions } : {}),
            ...(options.platforms ? { platforms: options.platforms } : {}),
        },
    });
    return {
        ...config,
        packages: {
            ...config.packages,
            ...(options.packageSource ? { source: options.packageSource } : {}),
            ...(options.mirror ? { mirror: options.mirror.replace(/\/+$/, '') } : {}),
            ...(options.allowExpiredRelease !== undefined
                ? { allowExpiredRelease: options.allowExpiredRelease }
                : {}),
        },
    };
}
function specsOf(config) {
    if (config.postgres === 'supported') {
        throw new ExtensionOptionsError('postgres', '"supported" is not allowed for extensions; name the majors (17,18)');
    }
    return config.postgres;
}

;// CONCATENATED MODULE: ./packages/extension/src/contract.ts
/**
 * The extension image contract, applied to an assembled tree and checked: control files
 * where CREATE EXTENSION finds them, `$libdir/` rewritten to bare module names, and every
 * module an extension's scripts load present in `lib/`. An image without a control file is a
 * module CNPG loads by name (an output plugin, a preloaded library) or programs under `bin/`.
 */



const EXTENSION_DIR = 'share/extension';
// Bytes as latin1 text: one character per byte, so a rewrite changes nothing it does not match
// (scripts are mostly UTF-8, but nothing here needs them to be).
const asText = (data) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
const asBytes = (text) => new Uint8Array(Buffer.from(text, 'latin1'));
function listing(tree) {
    const paths = tree.files().map((f) => f.path);
    if (paths.length === 0)
        return 'no files';
    const shown = paths.filter((p) => !p.startsWith('lib/bitcode/'));
    return shown.slice(0, 12).join(', ') + (shown.length > 12 ? `, … (${paths.length} files)` : '');
}
/**
 * Debian installs some control files under a versioned name (`postgis-3.control`) and lets its
 * maintainer script point the plain name at it with update-alternatives; unpacking without
 * dpkg runs no script. A control file whose name has no scripts, while the name without its
 * `-<digits>` suffix has them, is renamed to that name, which is what CREATE EXTENSION asks for.
 */
function renameAlternatives(tree) {
    const names = tree.filesIn(EXTENSION_DIR).map((f) => external_node_path_.posix.basename(f.path));
    const scripted = new Set(names.map(scriptExtension).filter((n) => n !== undefined));
    const renamed = [];
    for (const name of names) {
        const m = /^(.+)-\d+(?:\.\d+)*\.control$/.exec(name);
        const base = m?.[1];
        if (!base || names.includes(`${base}.control`))
            continue;
        if (!scripted.has(base) || scripted.has(name.slice(0, -'.control'.length)))
            continue;
        const from = `${EXTENSION_DIR}/${name}`;
        const to = `${EXTENSION_DIR}/${base}.control`;
        const file = tree.get(from);
        if (!file)
            continue;
        tree.delete(from);
        tree.add({ ...file, path: to });
        renamed.push([from, to]);
    }
    return renamed;
}
const namesIn = (tree, dir, suffix) => tree
    .filesIn(dir)
    .map((f) => external_node_path_.posix.basename(f.path))
    .filter((n) => n.endsWith(suffix))
    .map((n) => n.slice(0, n.length - suffix.length))
    .sort();
/**
 * Applies the contract to `tree` (in place) and checks it; `source` names it in errors, `name`
 * is the image's name (the mount directory), which need not be an SQL name (`pgvector` holds
 * `vector`).
 *
 * What is checked is what PostgreSQL loads, not what a file mentions: a module counts as
 * needed when an extension's own scripts (`<name>--*.sql`, the ones CREATE and ALTER
 * EXTENSION run) load it as `$libdir/<module>`, or through MODULE_PATHNAME, which stands for
 * the control file's `module_pathname`. A `module_pathname` no script uses (pgtap's, pure SQL;
 * pldebugger's, whose scripts name `plugin_debugger`) is never loaded, and so not required.
 */
function applyContract(tree, options) {
    const renamed = renameAlternatives(tree);
    const files = tree
        .filesIn(EXTENSION_DIR)
        .filter((f) => f.type === 'file' && !!f.data);
    // The scripts of each extension, before `$libdir/` is rewritten away.
    const controlsText = new Map();
    const scripts = new Map();
    // `<name>--<version>.control` is a secondary control file: settings for that version of
    // `<name>`, not an extension of its own.
    const isSecondary = (name) => name.includes('--');
    for (const file of files) {
        const base = external_node_path_.posix.basename(file.path);
        const text = asText(file.data);
        if (base.endsWith('.control') && !isSecondary(base)) {
            controlsText.set(base.slice(0, -'.control'.length), text);
        }
        const owner = scriptExtension(base);
        if (owner !== undefined) {
            scripts.set(owner, [...(scripts.get(owner) ?? []), { path: file.path, text }]);
        }
    }
    // Symlinked control files (Debian's alternatives left as links) are read through the link.
    for (const name of namesIn(tree, EXTENSION_DIR, '.control')) {
        if (controlsText.has(name) || isSecondary(name))
            continue;
        const target = tree.resolve(`${EXTENSION_DIR}/${name}.control`);
        if (target?.data)
            controlsText.set(name, asText(target.data));
    }
    const modules = namesIn(tree, 'lib', '.so');
    const controls = [];
    const uncreatable = [];
    for (const name of [...controlsText.keys()].sort()) {
        if ((scripts.get(name) ?? []).length === 0) {
            uncreatable.push(name);
            continue;
        }
        const settings = parseControl(controlsText.get(name) ?? '');
        const loads = new Map();
        for (const script of scripts.get(name) ?? []) {
            for (const m of libdirModules(script.text))
                if (!loads.has(m))
                    loads.set(m, script.path);
            const pathname = settings.get('module_pathname');
            if (pathname && script.text.includes('MODULE_PATHNAME')) {
                const m = moduleName(pathname);
                if (!loads.has(m))
                    loads.set(m, `${script.path} (MODULE_PATHNAME, ${pathname})`);
            }
        }
        for (const [module, referencedBy] of [...loads].sort(([a], [b]) => (a < b ? -1 : 1))) {
            if (!tree.has(`lib/${module}.so`) && !tree.has(`lib/${module}`)) {
                throw new NoModuleError(module, `${referencedBy} (${options.source})`, modules);
            }
        }
        const defaultVersion = settings.get('default_version');
        const comment = settings.get('comment');
        // `<name>--<version>.sql` installs that version; `<name>--<from>--<to>.sql` updates.
        const installs = (scripts.get(name) ?? [])
            .map((script) => external_node_path_.posix.basename(script.path).slice(`${name}--`.length, -'.sql'.length))
            .filter((v) => v !== '' && !v.includes('--'));
        controls.push({
            name,
            ...(defaultVersion ? { defaultVersion } : {}),
            versions: [...new Set(installs)].sort(),
            requires: (settings.get('requires') ?? '')
                .split(',')
                .map((r) => r.trim())
                .filter(Boolean),
            loads: [...loads.keys()].sort(),
            ...(comment ? { comment } : {}),
        });
    }
    for (const file of files) {
        const text = asText(file.data);
        const rewritten = rewriteLibdir(text);
        if (rewritten !== text)
            tree.replace({ ...file, data: asBytes(rewritten) });
    }
    const extensions = controls.map((c) => c.name);
    const programs = tree
        .files()
        .filter((f) => f.path.startsWith('bin/'))
        .map((f) => f.path.slice('bin/'.length))
        .sort();
    if (extensions.length === 0 && modules.length === 0 && programs.length === 0) {
        // A control file no script goes with is not something PostgreSQL can use either.
        throw new NoControlFileError(options.source, listing(tree));
    }
    const primary = controls.find((c) => c.name === options.name) ??
        (controls.length === 1 ? controls[0] : undefined);
    // Without a default_version but with a version to install, CREATE EXTENSION works with
    // VERSION (the metadata says which); with neither, nothing would create it.
    if (primary && !primary.defaultVersion && primary.versions.length === 0) {
        throw new ExtensionError(`${EXTENSION_DIR}/${primary.name}.control (${options.source}) has no default_version; ` +
            'CREATE EXTENSION needs one to know which script to run');
    }
    return {
        ...(primary?.defaultVersion ? { sqlVersion: primary.defaultVersion } : {}),
        extensions,
        controls,
        createExtension: controls.length > 0,
        modules,
        programs,
        renamed,
        uncreatable,
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/placement.ts
/**
 * Where a package's (or an install tree's) files go in the image, as CNPG mounts it at
 * /extensions/<name>: the server's library directory to `lib/` (bitcode included, as
 * `lib/bitcode/`), its share directory to `share/` (control and SQL files in
 * `share/extension/`, other data beside it), its bin directory to `bin/`, and each package's
 * copyright file to `licenses/<package>/copyright`. Everything else (headers, documentation,
 * man pages) is left out.
 */

/** Debian's (and PGDG's) paths for PostgreSQL `major`: pg_config's pkglibdir, sharedir, bindir. */
function debianRules(major) {
    return [
        { from: `usr/lib/postgresql/${major}/lib/`, to: 'lib/' },
        { from: `usr/lib/postgresql/${major}/bin/`, to: 'bin/' },
        { from: `usr/share/postgresql/${major}/`, to: 'share/' },
    ];
}
/** The majors whose Debian paths a package ships files under (to tell a wrong-major package). */
function shippedMajors(entries) {
    const majors = new Set();
    for (const e of entries) {
        const m = /^usr\/(?:lib|share)\/postgresql\/(\d+)\//.exec(e.path);
        if (m?.[1] && e.type !== 'directory')
            majors.add(Number(m[1]));
    }
    return [...majors].sort((a, b) => a - b);
}
function mapPath(path, rules) {
    for (const rule of rules) {
        if (rule.from === '' || path.startsWith(rule.from))
            return rule.to + path.slice(rule.from.length);
    }
    return undefined;
}
/** A package's copyright file: `usr/share/doc/<package>/copyright`. */
function copyrightPath(packageName) {
    return `usr/share/doc/${packageName}/copyright`;
}
/**
 * Puts `entries` into `tree` by `rules`, plus `licenses/<license>/copyright` from
 * `usr/share/doc/<license>/copyright` when `license` is given. Symlinks whose target lands in
 * the image are kept (their target rewritten for the new place); those pointing at a file
 * that stays behind are replaced by a copy of it; hardlinks become copies.
 */
function placeEntries(tree, entries, options) {
    const byPath = new Map(entries.map((e) => [e.path, e]));
    const rules = [...options.rules];
    if (options.license !== undefined) {
        rules.push({
            from: copyrightPath(options.license),
            to: `licenses/${options.license}/copyright`,
        });
    }
    const result = { placed: [], leftOut: [] };
    /** The regular file an entry finally stands for, within the source tree. */
    const fileOf = (entry, depth = 0) => {
        if (depth > 16)
            return undefined;
        if (entry.type === 'file')
            return entry;
        if (entry.type === 'hardlink') {
            const target = byPath.get(entry.linkTarget ?? '');
            return target ? fileOf(target, depth + 1) : undefined;
        }
        if (entry.type === 'symlink') {
            const target = resolveLink(entry.path, entry.linkTarget ?? '');
            const next = target === undefined ? undefined : byPath.get(target);
            return next ? fileOf(next, depth + 1) : undefined;
        }
        return undefined;
    };
    for (const entry of entries) {
        if (entry.type === 'directory')
            continue;
        const to = mapPath(entry.path, rules);
        if (to === undefined || to === '' || to.endsWith('/')) {
            result.leftOut.push(entry.path);
            continue;
        }
        const common = { path: to, origin: options.origin, layer: options.layer };
        if (entry.type === 'symlink') {
            const target = resolveLink(entry.path, entry.linkTarget ?? '');
            const mapped = target === undefined ? undefined : mapPath(target, rules);
            if (mapped !== undefined && mapped !== '' && byPath.has(target ?? '')) {
                tree.add({
                    ...common,
                    type: 'symlink',
                    mode: 0o777,
                    linkTarget: external_node_path_.posix.relative(external_node_path_.posix.dirname(to), mapped) || external_node_path_.posix.basename(mapped),
                });
                result.placed.push(to);
                continue;
            }
        }
        const file = fileOf(entry);
        if (!file?.data) {
            // A dangling link (its target in another package): nothing to copy.
            result.leftOut.push(entry.path);
            continue;
        }
        tree.add({ ...common, type: 'file', mode: file.mode || 0o644, data: file.data });
        result.placed.push(to);
    }
    return result;
}
/** A symlink's target as a path of the same tree (undefined when it leaves the tree). */
function resolveLink(path, target) {
    const joined = target.startsWith('/')
        ? external_node_path_.posix.normalize(target.slice(1))
        : external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), target));
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined;
}

;// CONCATENATED MODULE: ./packages/extension/src/data.ts
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
function dataVariable(dir, libraries) {
    const stem = dir.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    for (const name of [`${stem}_DATA`, `${stem}_LIB`]) {
        // A C string among the library's read-only data: NUL on both sides.
        const needle = Buffer.from(`\0${name}\0`, 'latin1');
        if (libraries.some((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(needle) >= 0)) {
            return name;
        }
    }
    return undefined;
}
async function placeDataFiles(tree, options) {
    const { arch, minimal, apt } = options;
    const placed = new Set(options.owners.map((o) => o.pkg.package));
    const debs = new Map();
    const placedDirs = new Set();
    const packages = [];
    const env = new Map();
    for (const owner of options.owners) {
        if (owner.elf.length === 0)
            continue;
        for (const group of dependencyGroups(owner.pkg)) {
            const [first] = group;
            if (!first)
                continue;
            const name = group.find((r) => candidate(arch, r.name, r.constraint))?.name ?? first.name;
            if (placed.has(name) || minimal.packages.has(name))
                continue;
            const source = candidate(arch, name);
            // Data are architecture-independent (Debian Policy 5.6.8); libraries are not.
            if (!source || source.pkg.architecture !== 'all')
                continue;
            let reading = debs.get(name);
            if (!reading) {
                reading = apt
                    .fetchDeb(source.repository, source.pkg)
                    .then((bytes) => (0,apt_src/* readDeb */.Sg)(bytes, { source: source.pkg.filename }));
                debs.set(name, reading);
            }
            const deb = await reading;
            const dirs = [
                ...new Set(deb.entries
                    .filter((e) => e.type === 'file')
                    .map((e) => /^usr\/share\/([^/]+)\//.exec(e.path)?.[1])
                    .filter((d) => d !== undefined && !NOT_DATA.has(d))),
            ].sort();
            const origin = `${source.pkg.package} ${source.pkg.version}`;
            let used = false;
            for (const dir of dirs) {
                if (placedDirs.has(dir))
                    continue;
                const variable = dataVariable(dir, owner.elf);
                if (!variable) {
                    options.log?.(`${origin}: usr/share/${dir} left out (${owner.pkg.package} names no ${dir.toUpperCase()}_DATA or _LIB variable to find it by)`);
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

;// CONCATENATED MODULE: ./packages/extension/src/system-libraries.ts
/**
 * The shared libraries an extension's modules need that the minimal operand image lacks, found
 * the way the dynamic linker would look for them: every DT_NEEDED name of every module, then of
 * every library added, resolved through the Contents index to the Debian package that ships
 * it, downloaded (checked against the signed index), and placed in `system/` (the file, and its
 * SONAME as a symlink to it) with the package's copyright file. No list of libraries is
 * written anywhere: PostGIS's ~140 come out of its module's needs.
 *
 * A library reached only through alternatives (`libblas.so.3`, which Debian keeps under
 * `…/blas/` and links through /etc/alternatives) is not in the linker's directories of the
 * Contents index; packages that ship one provide the SONAME as a virtual package, and that is
 * how it is found.
 *
 * The Contents index is large (a suite's is ~40 MB compressed) and apt never reads it, so
 * mirrors mid-sync are careless with it. It is loaded only when a library may be missing: a
 * file whose package's dependencies the minimal image all holds needs nothing new, because
 * dpkg-shlibdeps puts the package of every DT_NEEDED library into Depends. And it is a hint:
 * when it did not match its signed Release, every claim it makes ("libc6 ships
 * libc.so.6 there") is checked against that package's `.deb`, which the signed Packages index
 * vouches for; when it names no package that holds the library, the requirer's own
 * dependencies are searched.
 */






const SYSTEM_DIR = 'system';
/** Dependencies followed for libraries a module may dlopen: library packages, not data or tools. */
const DEPENDENCY_LIBRARY = /^(default-)?lib/;
/** Where the dynamic linker looks, as Debian installs libraries. */
const LINKER_DIR = /^(usr\/)?lib(64)?\/([^/]+-linux-[^/]+\/)?[^/]+$/;
const SHARED_OBJECT = /^lib[^/]*\.so(\.[0-9][^/]*)?$/;
/**
 * True when the minimal image holds a package for every dependency of `pkg` (one alternative
 * of each group): then every library its files need is there already (dpkg-shlibdeps puts the
 * package of each DT_NEEDED library into Depends).
 */
function dependenciesHeldBy(pkg, minimal) {
    return dependencyGroups(pkg).every((group) => group.some((r) => minimal.packages.has(r.name) || minimal.provides.has(r.name)));
}
/** Packages providing a virtual name (a SONAME, for some library packages), in any index. */
function providersOf(arch, virtual) {
    return [...new Set(arch.indexes.flatMap(({ index }) => index.providers(virtual)))];
}
async function resolveSystemLibraries(tree, options) {
    const { arch, minimal, apt } = options;
    const libraries = [];
    const packages = new Map();
    const debs = new Map();
    // By the .deb's SHA256: another version or build of the same name is fetched for itself.
    const read = new Map((options.read ?? []).map((p) => [p.pkg.sha256, p]));
    const done = new Set();
    const queue = [];
    const enqueue = (path, data, pkg) => {
        const info = (0,elf_src/* readElf */.oU)(data, { source: path });
        if (info.machine !== options.machine) {
            throw new ModuleArchitectureError(path, info.machine, options.platform, options.machine);
        }
        for (const soname of info.needed)
            queue.push({ soname, neededBy: path, ...(pkg ? { pkg } : {}) });
    };
    for (const root of options.roots)
        enqueue(root.path, root.data, root.pkg);
    const fetch = (source) => {
        let promise = debs.get(source.pkg.package);
        if (!promise) {
            const placed = read.get(source.pkg.sha256);
            promise = placed
                ? Promise.resolve({ ...source, deb: placed.deb, elf: [] })
                : apt
                    .fetchDeb(source.repository, source.pkg)
                    .then((bytes) => (0,apt_src/* readDeb */.Sg)(bytes, { source: source.pkg.filename }))
                    .then((deb) => ({ ...source, deb, elf: [] }));
            debs.set(source.pkg.package, promise);
        }
        return promise;
    };
    /** A package some file of `system/` came from: its copyright goes to `licenses/`, once. */
    const adopt = (source, placed, origin) => {
        if (packages.has(source.pkg.package))
            return;
        packages.set(source.pkg.package, placed);
        placeEntries(tree, placed.deb.entries, {
            rules: [],
            origin,
            layer: 'system',
            license: source.pkg.package,
        });
    };
    /** `system/<name>` as a symlink to `target` (a SONAME, or the name a module opens). */
    const linkAs = (name, target, origin) => {
        tree.add({
            path: `${SYSTEM_DIR}/${name}`,
            type: 'symlink',
            mode: 0o777,
            linkTarget: target,
            origin,
            layer: 'system',
        });
    };
    /** A library placed as `system/<file>`: recorded, and its own needs queued. */
    const recordLibrary = (soname, file, source, placed, data, neededBy) => {
        placed.elf.push(data);
        libraries.push({
            soname,
            file: `${SYSTEM_DIR}/${file}`,
            package: source.pkg.package,
            version: source.pkg.version,
            neededBy,
        });
        enqueue(`${SYSTEM_DIR}/${file} (${source.pkg.package})`, data, source.pkg);
    };
    /**
     * Libraries a module loads with dlopen are in no DT_NEEDED entry; its package's Depends name
     * them (mysql_fdw → default-libmysqlclient-dev → … → libmariadb3). The library packages its
     * Depends reach, and the minimal image lacks, give their shared objects to `system/`: files,
     * and symlinks to what is placed (`libmysqlclient.so` → `libmariadb.so.3`, the name it opens).
     */
    async function placeDependencyLibraries() {
        const seen = new Set();
        const queueDeps = [];
        for (const root of options.roots) {
            if (root.pkg && !seen.has(root.pkg.package)) {
                seen.add(root.pkg.package);
                queueDeps.push({ pkg: root.pkg, by: root.path });
            }
        }
        const reached = [];
        while (queueDeps.length > 0) {
            const next = queueDeps.shift();
            if (!next)
                break;
            for (const group of dependencyGroups(next.pkg)) {
                const held = group.some((r) => minimal.packages.has(r.name) ||
                    minimal.provides.has(r.name) ||
                    seen.has(r.name) ||
                    packages.has(r.name));
                if (held)
                    continue;
                const relation = group.find((r) => DEPENDENCY_LIBRARY.test(r.name) && candidate(arch, r.name));
                const source = relation ? candidate(arch, relation.name) : undefined;
                if (!relation || !source || seen.has(source.pkg.package))
                    continue;
                seen.add(source.pkg.package);
                const by = `${next.pkg.package} (Depends: ${relation.name})`;
                reached.push({ source, by });
                queueDeps.push({ pkg: source.pkg, by });
            }
        }
        const placedNames = new Set();
        const links = [];
        for (const { source, by } of reached) {
            const placed = await fetch(source);
            const origin = `${source.pkg.package} ${source.pkg.version}`;
            let any = false;
            for (const entry of placed.deb.entries) {
                const name = external_node_path_.posix.basename(entry.path);
                if (!LINKER_DIR.test(entry.path) || !SHARED_OBJECT.test(name))
                    continue;
                if (entry.type === 'symlink') {
                    links.push({ name, target: external_node_path_.posix.basename(entry.linkTarget ?? ''), origin });
                    continue;
                }
                const real = fileEntry(placed.deb.entries, entry);
                if (!real?.data || !(0,elf_src/* isElf */.aB)(real.data) || done.has(name))
                    continue;
                tree.add({
                    path: `${SYSTEM_DIR}/${name}`,
                    type: 'file',
                    mode: real.mode || 0o644,
                    data: real.data,
                    origin,
                    layer: 'system',
                });
                done.add(name);
                placedNames.add(name);
                recordLibrary(name, name, source, placed, real.data, by);
                any = true;
            }
            if (any)
                adopt(source, placed, origin);
        }
        for (const link of links) {
            if (!placedNames.has(link.target) || tree.has(`${SYSTEM_DIR}/${link.name}`))
                continue;
            linkAs(link.name, link.target, link.origin);
            done.add(link.name);
        }
    }
    let loaded;
    const contents = async () => (loaded ??= await options.contents());
    /** Whether the minimal image has `soname` where the linker looks, by the Contents index. */
    const inMinimal = async (soname) => {
        for (const index of await contents()) {
            for (const match of index.findLibrary(soname)) {
                for (const name of match.packages) {
                    if (!minimal.packages.has(name))
                        continue;
                    if (index.verified)
                        return true;
                    const source = candidate(arch, name);
                    if (!source)
                        continue;
                    const placed = await fetch(source);
                    if (placed.deb.entries.some((e) => e.path === match.path))
                        return true;
                    options.log?.(`${soname}: the unverified Contents index says ${name} ships ${match.path}; its .deb does not`);
                }
            }
        }
        return false;
    };
    /** Who may ship `soname`, most likely first. */
    const candidatesFor = async (soname, requirer) => {
        const out = [];
        for (const index of await contents()) {
            const matches = index.findLibrary(soname);
            if (matches.length === 0)
                continue;
            const path = matches[0]?.path;
            for (const name of new Set(matches.flatMap((m) => m.packages))) {
                out.push({ name, ...(path ? { path } : {}), vouched: index.verified });
            }
            break;
        }
        for (const name of [
            ...(candidate(arch, soname) ? [soname] : []),
            ...providersOf(arch, soname),
        ]) {
            out.push({ name, vouched: false });
        }
        // Last, what the requirer depends on and the minimal image lacks: where shlibdeps says the
        // library is, when the Contents index (unverified, or incomplete) named nobody who has it.
        if (requirer) {
            for (const name of dependencyNames(requirer)) {
                if (!minimal.packages.has(name))
                    out.push({ name, vouched: false });
            }
        }
        // The package the requirer depends on, when several ship the file (libjpeg62-turbo rather
        // than libjpeg62 for libjpeg.so.62); else in the order found.
        const wanted = requirer ? dependencyNames(requirer) : new Set();
        return [...out.filter((c) => wanted.has(c.name)), ...out.filter((c) => !wanted.has(c.name))];
    };
    await placeDependencyLibraries();
    while (queue.length > 0) {
        const item = queue.shift();
        if (!item || done.has(item.soname))
            continue;
        done.add(item.soname);
        if (minimal.provides.has(item.soname))
            continue;
        const shipped = async (source, path) => {
            const placed = await fetch(source);
            const entry = findLibraryEntry(placed.deb.entries, item.soname, path);
            const real = entry ? fileEntry(placed.deb.entries, entry) : undefined;
            return entry && real?.data ? { source, placed, real, data: real.data } : undefined;
        };
        // The requirer's own package first: a library that links a sibling of its own package
        // (libbrotlidec.so.1 → libbrotlicommon.so.1, both in libbrotli1) finds it there, and
        // dpkg-shlibdeps lists no package's dependency on itself.
        const own = item.pkg
            ? versionsOf(arch, item.pkg.package).find((p) => p.pkg.version === item.pkg?.version)
            : undefined;
        let found = own ? await shipped(own) : undefined;
        if (!found) {
            if (item.pkg && dependenciesHeldBy(item.pkg, minimal))
                continue;
            if (await inMinimal(item.soname))
                continue;
        }
        const tried = new Set(own ? [own.pkg.package] : []);
        for (const c of found ? [] : await candidatesFor(item.soname, item.pkg)) {
            if (tried.has(c.name))
                continue;
            tried.add(c.name);
            const source = candidate(arch, c.name);
            if (!source)
                continue;
            found = await shipped(source, c.path);
            if (found)
                break;
            if (c.vouched) {
                throw new SystemLibraryError(item.soname, item.neededBy, `${source.pkg.package} ${source.pkg.version} should ship it (${c.path ?? 'as a provider'}) but its .deb holds no such file`);
            }
        }
        if (!found) {
            const named = [...tried];
            throw new SystemLibraryError(item.soname, item.neededBy, named.length === 0
                ? `the minimal image lacks it, and no package in ${arch.where} (${arch.architecture}) ships it ` +
                    'in a directory the dynamic linker searches, or provides it'
                : `the minimal image lacks it, and none of ${named.join(', ')} in ${arch.where} ` +
                    `(${arch.architecture}) holds it in a directory the dynamic linker searches`);
        }
        const { source, placed, real, data } = found;
        const origin = `${source.pkg.package} ${source.pkg.version}`;
        const realName = external_node_path_.posix.basename(real.path);
        tree.add({
            path: `${SYSTEM_DIR}/${realName}`,
            type: 'file',
            mode: real.mode || 0o644,
            data,
            origin,
            layer: 'system',
        });
        if (realName !== item.soname)
            linkAs(item.soname, realName, origin);
        adopt(source, placed, origin);
        recordLibrary(item.soname, realName, source, placed, data, item.neededBy);
    }
    libraries.sort((a, b) => (a.soname < b.soname ? -1 : a.soname > b.soname ? 1 : 0));
    return { libraries, packages };
}
/** The entry at the Contents path, or (for a provider) the library file named `soname`. */
function findLibraryEntry(entries, soname, path) {
    if (path !== undefined) {
        const exact = entries.find((e) => e.path === path);
        if (exact)
            return exact;
    }
    return entries.find((e) => e.type !== 'directory' &&
        external_node_path_.posix.basename(e.path) === soname &&
        /^(usr\/)?lib(64)?\//.test(e.path));
}
/** The regular file an entry stands for, following symlinks and hardlinks inside the package. */
function fileEntry(entries, entry, depth = 0) {
    if (entry.type === 'file')
        return entry;
    if (depth > 16 || entry.type === 'directory')
        return undefined;
    const target = entry.type === 'hardlink' ? entry.linkTarget : resolveLink(entry.path, entry.linkTarget ?? '');
    const next = entries.find((e) => e.path === target);
    return next ? fileEntry(entries, next, depth + 1) : undefined;
}

;// CONCATENATED MODULE: ./packages/extension/src/tree.ts
/**
 * The file tree of one extension image (one platform) while it is assembled: regular files and
 * symlinks by image path (`lib/vector.so`), each remembering who put it there (for messages)
 * and which layer it goes to. Directories are implied by the paths; the layer writer adds them.
 */



/** `lib/x.so` for `/lib/x.so` or `./lib//x.so`; a path leaving the root is a PathEscapeError. */
function imagePath(path, origin) {
    try {
        return (0,oci_src/* normaliseLayerPath */.TP)(path);
    }
    catch (error) {
        if (error instanceof oci_src/* LayerEntryError */.Ml) {
            throw new PathEscapeError(`${origin}: ${JSON.stringify(path)}`, error.message);
        }
        throw error;
    }
}
/**
 * Refuses a symlink whose target leaves the image: an absolute target points into the
 * operand image (the extension is mounted at /extensions/<name>), and a relative one may climb
 * above the root.
 */
function checkLinkTarget(path, target, origin, 
/** What the target must stay inside, for the message: the image, or the directory read. */
root = 'the image root') {
    if (target.startsWith('/')) {
        throw new PathEscapeError(`${origin}: ${path}`, `is a symlink to the absolute path ${target}, which would resolve in the PostgreSQL image, ` +
            'not in the extension image (the image is mounted under /extensions/<name>)');
    }
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), target));
    if (resolved === '..' || resolved.startsWith('../') || resolved === '.') {
        throw new PathEscapeError(`${origin}: ${path}`, `is a symlink to ${target}, which resolves outside ${root}`);
    }
}
function sameBytes(a, b) {
    if (!a || !b)
        return a === b;
    return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
/** `a/b/c` → `a`, `a/b`: the directories a path needs. */
function parentsOf(path) {
    const parts = path.split('/');
    return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
class ImageTree {
    #files = new Map();
    /** How many files each implied directory holds, below it at any depth. */
    #dirs = new Map();
    /**
     * Adds a file or symlink. The same content from two sources is kept once (packages of one
     * source often ship the same file); different content at one path is an error naming both.
     */
    add(file) {
        const path = imagePath(file.path, file.origin);
        if (file.type === 'symlink')
            checkLinkTarget(path, file.linkTarget ?? '', file.origin);
        const normal = { ...file, path };
        const existing = this.#files.get(path);
        if (existing) {
            const same = existing.type === normal.type &&
                existing.linkTarget === normal.linkTarget &&
                sameBytes(existing.data, normal.data);
            if (same)
                return;
            throw new ExtensionError(`${path} comes from both ${existing.origin} and ${normal.origin}, with different content`);
        }
        this.#checkPlace(normal);
        this.#files.set(path, normal);
        for (const dir of parentsOf(path))
            this.#dirs.set(dir, (this.#dirs.get(dir) ?? 0) + 1);
    }
    /**
     * A layer holding `lib` as a symlink (or a file) and `lib/x.so` below it would make whoever
     * unpacks it write through that symlink: refused whichever of the two comes first.
     */
    #checkPlace(file) {
        for (const dir of parentsOf(file.path)) {
            const holder = this.#files.get(dir);
            if (holder) {
                throw new PathEscapeError(`${file.origin}: ${file.path}`, `would be placed below ${dir}, which is a ${holder.type} from ${holder.origin}; ` +
                    'an image may not hold entries below a symlink or a file');
            }
        }
        if ((this.#dirs.get(file.path) ?? 0) > 0) {
            throw new PathEscapeError(`${file.origin}: ${file.path}`, `is a ${file.type}, but other files of the image are placed below it`);
        }
    }
    get(path) {
        return this.#files.get(path);
    }
    has(path) {
        return this.#files.has(path);
    }
    delete(path) {
        if (!this.#files.delete(path))
            return;
        for (const dir of parentsOf(path))
            this.#dirs.set(dir, (this.#dirs.get(dir) ?? 1) - 1);
    }
    /** Replaces the file at `path` (same path), e.g. after rewriting its content. */
    replace(file) {
        this.#files.set(file.path, file);
    }
    /** Every file, sorted by path. */
    files() {
        return [...this.#files.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    }
    /** The files directly in `dir` (not below it), sorted. */
    filesIn(dir) {
        return this.files().filter((f) => external_node_path_.posix.dirname(f.path) === dir);
    }
    /** The entries of one layer, as @pgforge/oci's buildLayer takes them. */
    layerEntries(layer) {
        return this.files()
            .filter((f) => f.layer === layer)
            .map((f) => f.type === 'file'
            ? { path: f.path, type: 'file', mode: f.mode, data: f.data ?? new Uint8Array() }
            : { path: f.path, type: 'symlink', linkTarget: f.linkTarget ?? '' });
    }
    /** Where a symlink points, followed through other symlinks of the tree (undefined if dangling). */
    resolve(path, depth = 0) {
        const file = this.#files.get(path);
        if (!file || file.type === 'file' || depth > 16)
            return file;
        const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), file.linkTarget ?? ''));
        return this.resolve(target, depth + 1);
    }
}

;// CONCATENATED MODULE: ./packages/extension/src/assemble.ts
/**
 * One platform of one extension image, assembled: the extension's files placed as the
 * contract says (from its packages or from a directory), the contract applied and checked, the
 * modules' machine checked against the platform, then the system libraries and the data they
 * need.
 */












/** readElf's machine for an OCI platform (`linux/arm64` → `aarch64`), from the platform table. */
function machineOf(platform) {
    const row = (0,platform_src/* findByPlatform */.q_)(platform);
    // An ExtensionError, so that the action and the CLI report it as the user's mistake.
    if (!row)
        throw new ExtensionError(new platform_src/* UnknownPlatformError */.qC('platform', platform).message);
    return row.elfMachine;
}
/**
 * The OCI platform an ELF machine runs on (`aarch64` → `linux/arm64`); `arm` is linux/arm/v7,
 * as the ELF header does not say which 32-bit ARM ABI a file is for.
 */
function platformOfMachine(machine) {
    return (0,platform_src/* findByElfMachine */.XN)(machine)?.platform;
}
const record = (pkg) => ({
    name: pkg.package,
    version: pkg.version,
    architecture: pkg.architecture,
});
/** Modules (`lib/*.so`) and programs (`bin/*`) the dynamic linker loads. */
function elfRoots(tree, packageOf) {
    return tree
        .files()
        .filter((f) => f.type === 'file' && f.data && (0,elf_src/* isElf */.aB)(f.data))
        .filter((f) => {
        const dir = external_node_path_.posix.dirname(f.path);
        return dir === 'lib' || dir === 'bin';
    })
        .map((f) => {
        const pkg = packageOf(f.path);
        return { path: f.path, data: f.data, ...(pkg ? { pkg } : {}) };
    });
}
async function finish(tree, common, source, extensionPackages, packageOf) {
    const contract = applyContract(tree, { ...(common.name ? { name: common.name } : {}), source });
    const machine = machineOf(common.platform);
    const roots = elfRoots(tree, packageOf);
    for (const root of roots) {
        const info = (0,elf_src/* readElf */.oU)(root.data, { source: root.path });
        if (info.machine !== machine) {
            throw new ModuleArchitectureError(`${root.path} (${source})`, info.machine, common.platform, machine);
        }
    }
    if (!common.system) {
        return {
            platform: common.platform,
            tree,
            contract,
            systemLibraries: [],
            systemPackages: [],
            data: [],
            env: [],
        };
    }
    const { arch, contents, minimal, apt } = common.system;
    const system = await resolveSystemLibraries(tree, {
        arch,
        contents,
        minimal,
        apt,
        machine,
        platform: common.platform,
        roots,
        read: extensionPackages,
        ...(common.log ? { log: common.log } : {}),
    });
    for (const pkg of extensionPackages) {
        pkg.elf.push(...roots.filter((r) => r.pkg?.package === pkg.pkg.package).map((r) => r.data));
    }
    const data = await placeDataFiles(tree, {
        arch,
        minimal,
        apt,
        owners: [...extensionPackages, ...system.packages.values()],
        ...(common.log ? { log: common.log } : {}),
    });
    return {
        platform: common.platform,
        tree,
        contract,
        systemLibraries: system.libraries,
        systemPackages: [...system.packages.values()]
            .map((p) => record(p.pkg))
            .sort((a, b) => (a.name < b.name ? -1 : 1)),
        data: data.packages,
        env: data.env,
    };
}
/** From the packages `resolveImages` chose for this platform. */
async function assembleFromPackages(common) {
    const tree = new ImageTree();
    const placed = [];
    const owners = new Map();
    let leftOut = 0;
    const debs = await Promise.all(common.packages.map(async (p) => ({
        ...p,
        deb: await (0,apt_src/* readDeb */.Sg)(await common.apt.fetchDeb(p.repository, p.pkg), {
            source: p.pkg.filename,
        }),
    })));
    for (const p of debs) {
        const origin = `${p.pkg.package} ${p.pkg.version} (${p.pkg.architecture})`;
        const result = placeEntries(tree, p.deb.entries, {
            rules: debianRules(common.major),
            origin,
            layer: 'extension',
            license: p.pkg.package,
        });
        const contentFiles = result.placed.filter((f) => !f.startsWith('licenses/'));
        if (contentFiles.length === 0 && common.roots.includes(p.pkg.package)) {
            throw notForMajor(`${p.pkg.package} ${p.pkg.version}`, p.deb.entries, common.major);
        }
        for (const f of result.placed)
            owners.set(f, p.pkg);
        leftOut += result.leftOut.length;
        placed.push({ ...p, elf: [] });
    }
    const first = debs[0];
    const source = first
        ? `${first.pkg.package} ${first.pkg.version} (${first.pkg.architecture})`
        : 'the packages';
    const rest = await finish(tree, common, source, placed, (path) => owners.get(path));
    const description = first?.deb.control.get('Description')?.split('\n')[0]?.trim();
    const root = debs.find((p) => common.roots.includes(p.pkg.package)) ?? first;
    const version = root ? (0,versions_src/* parseDebianVersion */.Rp)(root.pkg.version).upstream : undefined;
    // What the image's packages are, and what they provide (a virtual package recommended).
    const inImage = new Set(debs.flatMap((p) => [p.pkg.package, ...(0,apt_src/* providedNames */.om)(p.pkg.provides)]));
    const present = (name) => inImage.has(name) ||
        common.system?.minimal.packages.has(name) === true ||
        common.system?.minimal.provides.has(name) === true;
    const recommends = debs
        .filter((p) => common.roots.includes(p.pkg.package))
        .flatMap((p) => unmetRecommends(p.pkg.package, p.deb.control.get('Recommends'), present) ?? []);
    return {
        ...rest,
        recommends,
        packages: debs.map((p) => record(p.pkg)),
        ...(description ? { description } : {}),
        ...(version ? { version } : {}),
        leftOut,
    };
}
function notForMajor(source, entries, major) {
    const majors = shippedMajors(entries);
    const others = majors.filter((m) => m !== major);
    if (others.length > 0) {
        return new NotAnExtensionError(source, `it ships files for PostgreSQL ${others.join(', ')} (usr/lib/postgresql/${others[0]}/…), not ${major}`);
    }
    return new NotAnExtensionError(source, `it ships nothing under usr/lib/postgresql/${major}/lib or usr/share/postgresql/${major}/ ` +
        '(where PostgreSQL extensions go)');
}
/** From a directory read by readDirectoryTree. */
async function assembleFromDirectory(common) {
    const tree = new ImageTree();
    const origin = `directory ${common.directory}`;
    const licenseRules = common.entries
        .map((e) => /^(?:.*\/)?share\/doc\/([^/]+)\/copyright$/.exec(e.path))
        .filter((m) => m !== null)
        .map((m) => ({ from: m[0], to: `licenses/${m[1]}/copyright` }));
    const result = placeEntries(tree, common.entries, {
        rules: [...licenseRules, ...common.rules],
        origin,
        layer: 'extension',
    });
    const rest = await finish(tree, common, origin, [], () => undefined);
    if (tree.files().every((f) => !f.path.startsWith('licenses/'))) {
        common.log?.(`${origin}: no copyright file (share/doc/<name>/copyright); the image has no licenses/`);
    }
    return { ...rest, packages: [], leftOut: result.leftOut.length, recommends: [] };
}
/** Whether the tree has files under `system/` (then CNPG needs `ld_library_path: [system]`). */
function hasSystemDir(tree) {
    return tree.files().some((f) => f.path.startsWith(`${SYSTEM_DIR}/`));
}

;// CONCATENATED MODULE: ./packages/extension/src/directory.ts
/**
 * The `directory` input: the tree `make install DESTDIR=<dir>` leaves (PGXS installs under
 * pg_config's sharedir and pkglibdir, e.g. `usr/share/postgresql/18/extension` and
 * `usr/lib/postgresql/18/lib` on Debian, `usr/local/pgsql/share/extension` and
 * `usr/local/pgsql/lib` for a source build), or a tree already in the image layout
 * (`share/extension/`, `lib/` at its top).
 */




async function walk(root, dir, out) {
    let names;
    try {
        names = (await (0,promises_.readdir)(dir)).sort();
    }
    catch (error) {
        throw new DirectoryError(root, `cannot be read (${error.code ?? String(error)})`);
    }
    for (const name of names) {
        const full = (0,external_node_path_.join)(dir, name);
        const path = (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/');
        const stat = await (0,promises_.lstat)(full);
        const mode = stat.mode & 0o7777;
        if (stat.isDirectory()) {
            await walk(root, full, out);
        }
        else if (stat.isSymbolicLink()) {
            const target = await (0,promises_.readlink)(full);
            checkLinkTarget(path, target, root, 'the directory');
            out.push({ path, type: 'symlink', mode: 0o777, linkTarget: target });
        }
        else if (stat.isFile()) {
            out.push({ path, type: 'file', mode, data: new Uint8Array(await (0,promises_.readFile)(full)) });
        }
        // Sockets, devices and fifos are not files an image can carry; make install writes none.
    }
}
function directory_listing(entries) {
    const paths = entries.map((e) => e.path);
    if (paths.length === 0)
        return 'no files';
    return paths.slice(0, 10).join(', ') + (paths.length > 10 ? `, … (${paths.length} files)` : '');
}
/**
 * The directory's files and how they map to the image. `major` is checked against a Debian-style
 * sharedir (`share/postgresql/<major>`), the only layout that names one.
 */
async function readDirectoryTree(directory, major) {
    const stat = await (0,promises_.lstat)(directory).catch(() => undefined);
    if (!stat?.isDirectory())
        throw new DirectoryError(directory, 'is not a directory');
    const entries = [];
    await walk(directory, directory, entries);
    const controls = entries.filter((e) => /(^|\/)extension\/[^/]+\.control$/.test(e.path));
    if (controls.length === 0)
        return moduleTree(directory, entries, major);
    if (controls.some((e) => /^share\/extension\/[^/]+\.control$/.test(e.path))) {
        return { entries, rules: [{ from: '', to: '' }], kind: 'image layout' };
    }
    const sharedirs = [...new Set(controls.map((e) => external_node_path_.posix.dirname(external_node_path_.posix.dirname(e.path))))];
    if (sharedirs.length > 1) {
        throw new DirectoryError(directory, `holds control files under several share directories (${sharedirs.join(', ')}); ` +
            'give the tree of one installation');
    }
    const sharedir = sharedirs[0] ?? '';
    // pg_config's layout: a sharedir named share/postgresql[/<major>] keeps its libraries in
    // lib/postgresql[/<major>/lib]; a plain share/ in lib/.
    let libdir;
    let bindir;
    const debian = /^(.*?)\/?share\/postgresql\/(\d+)$/.exec(sharedir);
    const named = /^(.*?)\/?share\/postgresql$/.exec(sharedir);
    const plain = /^(.*?)\/?share$/.exec(sharedir);
    const join2 = (prefix, rest) => (prefix ? `${prefix}/${rest}` : rest);
    if (debian) {
        const [, prefix = '', shipped = ''] = debian;
        if (Number(shipped) !== major) {
            throw new NotAnExtensionError(`directory ${directory}`, `it was installed for PostgreSQL ${shipped} (${sharedir}), not ${major}`);
        }
        libdir = join2(prefix, `lib/postgresql/${shipped}/lib`);
        bindir = join2(prefix, `lib/postgresql/${shipped}/bin`);
    }
    else if (named) {
        libdir = join2(named[1] ?? '', 'lib/postgresql');
        bindir = join2(named[1] ?? '', 'bin');
    }
    else if (plain) {
        libdir = join2(plain[1] ?? '', 'lib');
        bindir = join2(plain[1] ?? '', 'bin');
    }
    else {
        throw new DirectoryError(directory, `its control files are in ${sharedir}/extension, which is not a PostgreSQL share directory ` +
            '(…/share, …/share/postgresql or …/share/postgresql/<major>); give the DESTDIR of make ' +
            'install, or a tree with share/extension and lib at its top');
    }
    return {
        entries,
        rules: [
            { from: `${libdir}/`, to: 'lib/' },
            { from: `${bindir}/`, to: 'bin/' },
            { from: `${sharedir}/`, to: 'share/' },
        ],
        kind: `install tree (sharedir ${sharedir}, pkglibdir ${libdir})`,
    };
}
/**
 * A tree without a control file: a module PostgreSQL loads by name (an output plugin, a
 * preloaded library) or programs. Found where pg_config puts them, Debian's layout
 * (`usr/lib/postgresql/<major>/lib`) or the image's own (`lib/`, `bin/` at the top).
 */
function moduleTree(directory, entries, major) {
    if (entries.some((e) => /^(lib\/[^/]+\.so|bin\/[^/]+)$/.test(e.path))) {
        return { entries, rules: [{ from: '', to: '' }], kind: 'image layout (no control file)' };
    }
    const debian = entries
        .map((e) => /^(.*?)\/?lib\/postgresql\/(\d+)\/(?:lib\/[^/]+\.so|bin\/[^/]+)$/.exec(e.path))
        .find((m) => m !== null);
    if (!debian)
        throw new NoControlFileError(`directory ${directory}`, directory_listing(entries));
    const [, prefix = '', shipped = ''] = debian;
    if (Number(shipped) !== major) {
        throw new NotAnExtensionError(`directory ${directory}`, `it was installed for PostgreSQL ${shipped} (lib/postgresql/${shipped}), not ${major}`);
    }
    const base = `${prefix ? `${prefix}/` : ''}lib/postgresql/${shipped}`;
    return {
        entries,
        rules: [
            { from: `${base}/lib/`, to: 'lib/' },
            { from: `${base}/bin/`, to: 'bin/' },
        ],
        kind: `install tree (no control file, pkglibdir ${base}/lib)`,
    };
}
/** Copyright files of an install tree: `usr/share/doc/<name>/copyright`, by name. */
function treeLicenses(entries) {
    return entries
        .map((e) => /^(?:.*\/)?share\/doc\/([^/]+)\/copyright$/.exec(e.path)?.[1])
        .filter((n) => n !== undefined);
}

;// CONCATENATED MODULE: ./packages/extension/src/directory-plans.ts
/**
 * The plans of an image made from a directory (a `make install DESTDIR=` tree or one in the
 * image layout): one PostgreSQL major, the platform its modules are built for (any, for pure
 * SQL), one plan per distribution the system libraries are resolved against.
 */









async function directoryPlans(options, config, apt, systems, views) {
    const directory = (0,external_node_path_.resolve)(options.directory ?? '.');
    const specs = specsOf(config);
    const [spec, ...more] = specs;
    if (!spec || more.length > 0) {
        throw new ExtensionOptionsError('postgres', `a directory holds one build, for one PostgreSQL major; ${specs.length} were given (${specs.map((s) => s.exact ?? s.major).join(', ')})`);
    }
    const tree = await readDirectoryTree(directory, spec.major);
    options.log?.(`directory ${directory}: ${tree.kind}, ${tree.entries.length} files`);
    // The platform the modules are built for; a pure SQL extension runs on any.
    const machines = new Set(tree.entries
        .filter((e) => e.type === 'file' && e.data && (0,elf_src/* isElf */.aB)(e.data))
        .map((e) => (0,elf_src/* readElf */.oU)(e.data, { source: e.path }).machine));
    const [machine, ...others] = machines;
    if (others.length > 0) {
        throw new ExtensionError(`directory ${directory} holds ELF files for ${[...machines].join(' and ')}; one build is for one machine`);
    }
    let platforms;
    if (machine === undefined) {
        platforms = config.platforms;
    }
    else {
        const own = platformOfMachine(machine);
        if (!own)
            throw new ExtensionError(`directory ${directory}: no OCI platform known for ELF machine ${machine}`);
        platforms = options.platforms ?? [own];
        for (const p of platforms) {
            if (machineOf(p) !== machine) {
                throw new ModuleArchitectureError(`directory ${directory}`, machine, p, machineOf(p));
            }
        }
    }
    return Promise.all(config.distributions.map(async (distribution) => {
        const view = systems ? await views(distribution) : undefined;
        const sources = view
            ? (0,package_view_src/* distributionSources */.Nf)(config, distribution, { view: view.repositories, previewMajors: [] })
            : undefined;
        return {
            major: spec.major,
            distribution,
            platforms: platforms.map((platform) => ({
                platform,
                assemble: async () => {
                    let system;
                    if (systems && sources) {
                        const architecture = (0,platform_src/* byPlatform */.HE)(platform).debianArchitecture;
                        const arch = await loadArchSources(apt, sources, architecture, view?.platforms.find((p) => p.architecture === architecture)?.installed);
                        if (!candidate(arch, `postgresql-${spec.major}`)) {
                            throw new ExtensionError(`${arch.where} has no postgresql-${spec.major} for ${arch.architecture}: the minimal image ` +
                                'the system libraries are resolved against does not exist there');
                        }
                        system = await systems.get(arch, spec.major);
                    }
                    return assembleFromDirectory({
                        ...(options.name ? { name: options.name } : {}),
                        platform,
                        directory,
                        entries: tree.entries,
                        rules: tree.rules,
                        ...(system ? { system } : {}),
                        ...(options.log ? { log: options.log } : {}),
                    });
                },
            })),
        };
    }));
}

// EXTERNAL MODULE: ./packages/targets/src/index.ts + 11 modules
var targets_src = __webpack_require__(4804);
;// CONCATENATED MODULE: ./packages/extension/src/annotations.ts
/**
 * The annotations of an extension image, at index and manifest level and as labels: the OCI
 * standard keys (the base is `scratch`) and CNPG's own, which name the operand image the
 * extension is built for and the SQL version CREATE EXTENSION gives.
 */

/** The metadata as annotations: lists comma-separated, `name=version` for SQL names. */
function metadataAnnotations(metadata) {
    const list = (key, values) => values.length > 0 ? { [key]: values.join(',') } : {};
    const licenses = metadata.licenses.filter((l) => l !== 'NOASSERTION');
    return {
        ...list(targets_src/* METADATA_ANNOTATIONS */.Nw.sqlNames, metadata.sqlNames.map((e) => (e.version ? `${e.name}=${e.version}` : e.name))),
        [targets_src/* METADATA_ANNOTATIONS */.Nw.createExtension]: String(metadata.createExtension),
        ...list(targets_src/* METADATA_ANNOTATIONS */.Nw.sharedPreloadLibraries, metadata.sharedPreloadLibraries),
        ...list(targets_src/* METADATA_ANNOTATIONS */.Nw.requiredExtensions, metadata.requiredExtensions),
        ...list(targets_src/* METADATA_ANNOTATIONS */.Nw.requiredFromOperand, metadata.requires.filter((r) => r.provider === 'operand').map((r) => r.name)),
        ...(metadata.env.length > 0
            ? {
                [targets_src/* METADATA_ANNOTATIONS */.Nw.env]: JSON.stringify(metadata.env.map((e) => ({ name: e.name, value: e.value }))),
            }
            : {}),
        ...list(targets_src/* METADATA_ANNOTATIONS */.Nw.ldLibraryPath, metadata.ldLibraryPath),
        ...list(targets_src/* METADATA_ANNOTATIONS */.Nw.binPath, metadata.binPath),
        ...(metadata.limitations.length > 0
            ? { [targets_src/* METADATA_ANNOTATIONS */.Nw.limitations]: metadata.limitations.join(' | ') }
            : {}),
        // OCI's own key takes an SPDX expression: every package's licence applies.
        ...(licenses.length > 0
            ? {
                'org.opencontainers.image.licenses': licenses
                    .map((l) => (licenses.length > 1 && / (OR|AND) /.test(l) ? `(${l})` : l))
                    .join(' AND '),
            }
            : {}),
    };
}
function imageAnnotations(input) {
    const { source } = input;
    return {
        'org.opencontainers.image.title': `${input.name} ${input.sqlVersion} for PostgreSQL ${input.major} (Debian ${input.distribution})`,
        'org.opencontainers.image.description': input.description ?? `PostgreSQL extension ${input.name} for CloudNativePG image volumes`,
        'org.opencontainers.image.vendor': source?.vendor ?? 'pgforge',
        ...(source?.url
            ? {
                'org.opencontainers.image.url': source.url,
                'org.opencontainers.image.source': source.url,
            }
            : {}),
        ...(source?.revision ? { 'org.opencontainers.image.revision': source.revision } : {}),
        ...input.extra,
        ...(input.metadata ? metadataAnnotations(input.metadata) : {}),
        'org.opencontainers.image.created': input.created,
        'org.opencontainers.image.version': input.sqlVersion,
        'org.opencontainers.image.base.name': 'scratch',
        [targets_src/* CNPG_ANNOTATIONS */.SM.baseName]: input.baseImage,
        [targets_src/* CNPG_ANNOTATIONS */.SM.pgMajor]: String(input.major),
        [targets_src/* CNPG_ANNOTATIONS */.SM.os]: input.distribution,
        [targets_src/* CNPG_ANNOTATIONS */.SM.sqlVersion]: input.sqlVersion,
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/image-name.ts
/**
 * The image's name when none is given: CNPG mounts the image at /extensions/<name>, and the
 * name is also the repository's last component. An image of one extension is named after it
 * (`vector`); one of several extensions, or of a module or programs without a control file, after
 * its package (`postgresql-{major}-postgis-3` → `postgis-3`, `postgresql-18-wal2json` →
 * `wal2json`), as CNPG's own images are (wal2json, pg-crash).
 */


/** A package or directory name made into one CNPG accepts: lowercase, `-` for what it refuses. */
function sanitize(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^[-_]+|[-_]+$/g, '')
        .slice(0, EXTENSION_NAME_MAX)
        .replace(/[-_]+$/, '');
}
/** `postgresql-{major}-pgvector` or `postgresql-18-pgvector` → `pgvector`. */
function packageStem(template) {
    return template.replace(/^postgresql-(?:\{major\}|\d+)-/, '');
}
/** The name for an image with `contract`, made from `source` (package template, or directory). */
function deriveImageName(contract, source) {
    const [only, ...more] = contract.extensions;
    if (only !== undefined && more.length === 0 && EXTENSION_NAME.test(only)) {
        return { name: only, from: `its only control file, ${only}.control` };
    }
    const stem = 'package' in source ? packageStem(source.package) : external_node_path_.posix.basename(source.directory);
    const name = sanitize(stem);
    if (!EXTENSION_NAME.test(name))
        return undefined;
    const what = contract.extensions.length === 0 ? 'no control file' : 'several control files';
    return {
        name,
        from: `${'package' in source ? `its package ${source.package}` : `its directory ${stem}`} (${what})`,
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/make-image.ts
/**
 * One extension image made from its platforms' assembled trees: the name (given, or derived
 * from the first platform), the one version every platform must carry, the environment and
 * metadata, the annotations, each platform's layers, configuration and manifest, and the
 * index over them. What comes out is all the command reports and publishes of the image, and
 * what image-cache.ts keeps.
 */







const bytesUnder = (a, prefix) => a.tree
    .files()
    .filter((f) => f.path.startsWith(prefix))
    .reduce((n, f) => n + (f.data?.length ?? 0), 0);
/** The name of an image none was given for, from its first platform, and where it came from. */
function derivedName(subject, first) {
    const source = subject.directory !== undefined
        ? { directory: (0,external_node_path_.resolve)(subject.directory) }
        : { package: subject.packages?.[0] ?? '' };
    const derived = deriveImageName(first.contract, source);
    if (!derived) {
        throw new ExtensionOptionsError('name', `required: no name CNPG accepts can be made from ${'package' in source ? source.package : source.directory}`);
    }
    return derived;
}
/** The image of `assembled` (one per platform, the first names it); undefined without any. */
async function makeImage(subject, assembled, options) {
    const [first] = assembled;
    if (!first)
        return undefined;
    const derived = subject.name === undefined ? derivedName(subject, first) : undefined;
    const name = subject.name ?? derived?.name ?? '';
    // An image of several extensions, or of none, carries its package's version.
    const versionOf = (a) => a.contract.sqlVersion ?? a.version;
    const sqlVersion = versionOf(first);
    if (sqlVersion === undefined) {
        throw new ExtensionError(`${subject.directory ?? subject.packages?.join(', ') ?? 'the image'} holds ${first.contract.extensions.length === 0 ? 'no control file' : `the extensions ${first.contract.extensions.join(', ')}`} and no package version; name it after one of its control files (name), whose default_version it then carries`);
    }
    for (const a of assembled) {
        if (versionOf(a) !== sqlVersion) {
            throw new ExtensionError(`PostgreSQL ${options.major} on ${options.distribution}: ${a.platform} has ${name} ${versionOf(a) ?? '(no version)'}, ${first.platform} has ${sqlVersion}; one image holds one version`);
        }
    }
    // One environment for the image: every platform's libraries need the same data.
    const env = [...new Map(assembled.flatMap((a) => a.env).map((e) => [e.name, e])).values()];
    const metadata = deriveMetadata({
        name,
        tree: first.tree,
        contract: first.contract,
        env,
        system: assembled.some((a) => hasSystemDir(a.tree)),
        ...(options.operand ? { operand: options.operand } : {}),
        // Recommends are the same on every architecture: the first platform's say it.
        recommends: first.recommends,
    });
    const annotations = imageAnnotations({
        name,
        sqlVersion,
        major: options.major,
        distribution: options.distribution,
        created: options.created,
        baseImage: `${options.baseRepository}:${options.major}-minimal-${options.distribution}`,
        ...(first.description ? { description: first.description } : {}),
        ...(options.source ? { source: options.source } : {}),
        extra: options.annotations,
        metadata,
    });
    const platformImages = [];
    for (const a of assembled) {
        platformImages.push(await buildPlatformImage(a.platform, a.tree, {
            mtime: options.epoch,
            created: options.created,
            annotations,
        }));
    }
    const platforms = assembled.map((a) => ({
        platform: a.platform,
        packages: a.packages,
        systemPackages: a.systemPackages,
        systemLibraries: a.systemLibraries.length,
        systemBytes: bytesUnder(a, 'system/'),
        files: a.tree.files().length,
    }));
    return {
        name,
        ...(derived ? { nameFrom: derived.from } : {}),
        sqlVersion,
        extensions: first.contract.extensions,
        env,
        metadata,
        annotations,
        created: options.created,
        platforms,
        platformImages,
        index: buildImageIndex(platformImages, annotations),
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/tags.ts
/**
 * Tag names of extension images, from templates in the configuration's template language:
 * `<extversion>-<major>-<distribution>` and the immutable
 * `<extversion>-<YYYYMMDDhhmm>-<major>-<distribution>` by default (docs/contracts.md, "Extension
 * image").
 */


const DEFAULT_EXTENSION_TAGS = [
    '{version}-{major}-{distribution}',
    '{version}-{timestamp}-{major}-{distribution}',
];
/** `version` is the extension's SQL version (`default_version` of its control file). */
const EXTENSION_TAG_PLACEHOLDERS = [
    'version',
    'major',
    'distribution',
    'timestamp',
    'name',
];
function checkTagTemplates(templates) {
    if (templates.length === 0) {
        throw new ExtensionOptionsError('tags', 'no template given; at least one tag names the image');
    }
    for (const template of templates) {
        // A tag without placeholders is one tag for every version, major and distribution: each
        // push would move it to another image, and none of them could be told apart or promoted.
        if ((0,src/* placeholdersOf */.iJ)(template).length === 0) {
            throw new ExtensionOptionsError('tags', `"${template}" has no placeholder, so every image would get it and it would move on each push${template.toLowerCase() === 'latest' ? ' ("latest" is never written)' : ''}; use {version}, {major} and {distribution}, e.g. ${DEFAULT_EXTENSION_TAGS.join(',')}`);
        }
        const unknown = (0,src/* unknownPlaceholders */.hX)(template, EXTENSION_TAG_PLACEHOLDERS);
        if (unknown.length > 0) {
            throw new ExtensionOptionsError('tags', `"${template}" uses ${unknown.map((u) => `{${u}}`).join(', ')}; the placeholders are ` +
                EXTENSION_TAG_PLACEHOLDERS.map((p) => `{${p}}`).join(', '));
        }
    }
}
/** A version as a tag can hold it: `1.0~rc1` → `1.0rc1`, `3.7.0+dfsg` → `3.7.0_dfsg`. */
function tagSafe(value) {
    return value.replace(/~/g, '').replace(/[^A-Za-z0-9_.-]/g, '_');
}
function renderTags(templates, values) {
    const safe = { ...values, version: tagSafe(values.version) };
    const tags = templates.map((t) => (0,src/* renderTemplate */.Xm)(t, safe));
    for (const [i, tag] of tags.entries()) {
        if (!src/* TAG_PATTERN */.A0.test(tag)) {
            throw new ExtensionOptionsError('tags', `"${templates[i]}" gives "${tag}", which is not a tag (letters, digits, _ . -; at most 128, not starting with . or -)`);
        }
    }
    return [...new Set(tags)];
}

;// CONCATENATED MODULE: ./packages/extension/src/options.ts






const SYSTEM_LIBRARIES_MODES = ['auto', 'none'];
function checkOptions(options) {
    if (options.name !== undefined &&
        (!EXTENSION_NAME.test(options.name) || options.name.length > EXTENSION_NAME_MAX)) {
        throw new ExtensionOptionsError('name', `"${options.name}" is not an extension name CNPG accepts: lowercase letters, digits, - ` +
            `and _, starting and ending with a letter or digit, at most ${EXTENSION_NAME_MAX} characters`);
    }
    const hasPackages = (options.packages?.length ?? 0) > 0;
    if (hasPackages === (options.directory !== undefined)) {
        throw new ExtensionOptionsError(hasPackages ? 'directory' : 'package', hasPackages
            ? 'give either package or directory, not both'
            : 'give package (a Debian package name template, e.g. postgresql-{major}-pgvector) or directory');
    }
    for (const template of options.packages ?? []) {
        if (!/^[a-z0-9][a-z0-9+.{}*-]*$/.test(template) || /\{(?!major\})/.test(template)) {
            throw new ExtensionOptionsError('package', `"${template}" is not a Debian package name template (lowercase letters, digits, + - . ` +
                '{major}, and * for any run of them)');
        }
    }
    for (const platform of options.platforms ?? []) {
        try {
            (0,oci_src/* parsePlatform */.FL)(platform);
            machineOf(platform);
        }
        catch (error) {
            throw new ExtensionOptionsError('platforms', error.message);
        }
    }
    checkTagTemplates(options.tags ?? DEFAULT_EXTENSION_TAGS);
    if (isBatch(options)) {
        // Each image of a batch is named from what it holds, in a repository of its own name.
        for (const [field, given] of [
            ['name', options.name],
            ['image', options.image],
        ]) {
            if (given !== undefined) {
                throw new ExtensionOptionsError(field, `"${given}" cannot name the images of a batch (${(options.packages ?? []).join(', ')}): each is named after what it holds, under the configuration's registry`);
            }
        }
    }
    if (!options.push && !options.output) {
        throw new ExtensionOptionsError('output', 'required when not pushing (the OCI image layout to write)');
    }
    const epoch = options.sourceDateEpoch ?? 0;
    if (!Number.isInteger(epoch) || epoch < 0) {
        throw new ExtensionOptionsError('source-date-epoch', `${epoch} is not whole seconds since 1970`);
    }
}

;// CONCATENATED MODULE: ./packages/extension/src/output.ts

/** The record of an image `plan` made, written where `destination` says. */
function imageOutput(made, plan, destination) {
    const { reference, repository, tags, promote } = destination;
    const { platformImages } = made;
    return {
        reference,
        digest: made.index.digest,
        repository,
        tags,
        promote,
        major: plan.major,
        distribution: plan.distribution,
        ...(plan.postgresVersion ? { postgresVersion: plan.postgresVersion } : {}),
        sqlVersion: made.sqlVersion,
        extensions: made.extensions,
        platforms: made.platforms.map((p, i) => ({
            ...p,
            digest: platformImages[i]?.image.manifest.digest ?? '',
            size: (platformImages[i]?.layers ?? []).reduce((n, l) => n + l.size, 0),
        })),
        env: made.env,
        metadata: made.metadata,
        clusterExtension: clusterEntry(made.name, reference, made.metadata),
        annotations: made.annotations,
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/image-key.ts
/**
 * The key an extension image is cached under (image-cache.ts): a digest of everything the
 * image is a function of, so that any change to any of them is a miss.
 *
 * - the code (@pgforge/apt's code-version.ts) and the options that reach the image: the name given or the
 *   templates it is derived from, SOURCE_DATE_EPOCH (`created`), the source annotations, the
 *   configuration's annotations and base image name, whether system libraries are resolved;
 * - per platform, each `.deb` by the SHA-256 and size its signed Packages index gives (its
 *   bytes are all the image holds of it), and the names asked for;
 * - with system libraries, what they are resolved from: every Packages and Contents file of
 *   the platform's sources as its signed Release lists it (which libraries exist, in which
 *   package, at which version), the minimal image's set (what need not be carried) and the
 *   base's installed packages.
 *
 * A daily-updated suite (sid) lists new index hashes each day, and so misses once a day: the
 * price of never serving an image resolved against yesterday's archive.
 */

// Bump when what goes into the key changes meaning.
const KEY_FORMAT = 1;
/** The files of the Release a platform's resolution reads: its Packages and Contents. */
async function listedIndexes(arch, release) {
    return Promise.all(arch.indexes.map(async ({ repository, component }) => {
        const listed = await release(repository);
        const wanted = new RegExp(`^${component}/(binary-(${arch.architecture}|all)/Packages|Contents-(${arch.architecture}|all))(\\.|$)`);
        return [
            `${repository.mirror} ${repository.suite} ${component}`,
            ...[...listed.sha256]
                .filter(([path]) => wanted.test(path))
                .map(([path, entry]) => `${path}=${entry.sha256}:${entry.size}`)
                .sort(),
        ];
    }));
}
async function imageKey(input) {
    const platforms = await Promise.all(input.platforms.map(async (p) => ({
        platform: p.platform,
        roots: p.roots,
        debs: p.packages.map(({ pkg, repository }) => [
            pkg.package,
            pkg.version,
            pkg.architecture,
            pkg.filename,
            pkg.sha256,
            pkg.size,
            repository.mirror,
            repository.suite,
        ]),
        system: p.minimal
            ? {
                indexes: await listedIndexes(p.arch, input.release),
                minimal: [[...p.minimal.packages].sort(), [...p.minimal.provides].sort()],
                installed: p.arch.installed?.map((i) => `${i.package}=${i.version}`).sort() ?? null,
            }
            : null,
    })));
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([
        KEY_FORMAT,
        input.code,
        input.major,
        input.distribution,
        input.postgresVersion ?? null,
        platforms,
        input.options,
    ]))
        .digest('hex');
}

;// CONCATENATED MODULE: ./packages/extension/src/package-plans.ts
/**
 * The plans of an image made from Debian packages: one per PostgreSQL major × distribution the
 * packages resolve for, each platform assembled from its resolved packages, and a cache key
 * when the APT reader has signed Releases to vouch for the inputs.
 */






async function packagePlans(options, config, apt, systems, views, operands) {
    const resolved = await resolveImages(apt, {
        config,
        packages: options.packages ?? [],
        specs: specsOf(config),
        distributions: config.distributions,
        platforms: config.platforms,
        view: views,
        ...(options.cacheDir !== undefined
            ? { predictions: await (0,package_view_src/* predictionStore */.lo)(options.cacheDir) }
            : {}),
        ...(options.log ? { log: options.log } : {}),
        ...(options.warn ? { warn: options.warn } : {}),
    });
    return resolved.map((r) => ({
        major: r.major,
        distribution: r.distribution,
        postgresVersion: r.postgresVersion,
        operand: async () => {
            const [first] = r.platforms;
            return first
                ? operands.get(first.arch, r.major)
                : { extensions: new Set(), preload: new Map() };
        },
        platforms: r.platforms.map((p) => ({
            platform: p.platform,
            assemble: async () => assembleFromPackages({
                ...(options.name ? { name: options.name } : {}),
                platform: p.platform,
                major: r.major,
                packages: p.packages,
                roots: p.roots,
                apt,
                ...(systems ? { system: await systems.get(p.arch, r.major) } : {}),
                ...(options.log ? { log: options.log } : {}),
            }),
        })),
        ...(apt.release
            ? {
                key: async (keyOptions) => imageKey({
                    code: await (0,apt_src/* codeVersion */.iq)(),
                    major: r.major,
                    distribution: r.distribution,
                    postgresVersion: r.postgresVersion,
                    platforms: await Promise.all(r.platforms.map(async (p) => ({
                        platform: p.platform,
                        roots: p.roots,
                        packages: p.packages,
                        arch: p.arch,
                        ...(systems ? { minimal: (await systems.get(p.arch, r.major)).minimal } : {}),
                    }))),
                    options: keyOptions,
                    release: (repository) => releaseOf(apt, repository),
                }),
            }
            : {}),
        usedHints: () => r.platforms.some((p) => systems?.usedHints(p.arch) === true),
    }));
}
/** The signed Release through a reader that has it (the caller checked). */
function releaseOf(apt, repository) {
    if (!apt.release)
        throw new Error('this APT reader gives no signed Release');
    return apt.release(repository);
}

;// CONCATENATED MODULE: ./packages/extension/src/publish.ts
/**
 * Where built images go: a registry (blobs first, skipped when present or mounted from
 * another repository, then the platform manifests and the index by digest, and only then the
 * tags, so that a tag never names a half-pushed image), or an OCI image layout with one
 * entry per tag (`oci:<dir>:<tag>` for skopeo and umoci).
 */


async function pushImage(registry, repository, image, options = {}) {
    const blobOptions = options.mountFrom?.length
        ? { mountFrom: options.mountFrom }
        : {};
    const blobs = blobsOf(image.platforms).filter((b) => b.mediaType !== oci_src/* MediaTypes */.mI.ociManifest);
    // A few blobs at a time: a large system layer should not wait behind small ones.
    const pending = [...blobs];
    const workers = Array.from({ length: Math.min(options.concurrency ?? 3, pending.length) }, async () => {
        for (let blob = pending.shift(); blob; blob = pending.shift()) {
            await registry.pushBlob(repository, blob.bytes, {
                ...blobOptions,
                digest: blob.digest,
                mediaType: blob.mediaType,
            });
        }
    });
    await Promise.all(workers);
    for (const { image: built } of image.platforms) {
        await registry.pushManifest(`${repository}@${built.manifest.digest}`, built.manifest.bytes, built.manifest.mediaType);
    }
    await registry.pushManifest(`${repository}@${image.index.digest}`, image.index.bytes, image.index.mediaType);
    for (const tag of image.tags) {
        await registry.pushManifest(`${repository}:${tag}`, image.index.bytes, image.index.mediaType);
    }
}
async function writeImageLayout(dir, image) {
    await (0,oci_src/* writeLayout */.wy)(dir, {
        manifests: image.tags.map((tag) => ({
            mediaType: image.index.mediaType,
            digest: image.index.digest,
            size: image.index.size,
            refName: tag,
        })),
        blobs: [...blobsOf(image.platforms), image.index],
    });
}

;// CONCATENATED MODULE: ./packages/extension/src/summary.ts
/** The step summary: one row per image, then the refused packages and the limitations. */


const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
function extensionSummaryDocument(name, images, where) {
    const rows = images.map((i) => {
        const system = i.platforms
            .map((p) => `${p.platform.split('/')[1]}: ${p.systemLibraries} (${mb(p.systemBytes)})`)
            .join(', ');
        const size = i.platforms.map((p) => `${p.platform.split('/')[1]}: ${mb(p.size)}`).join(', ');
        const m = i.metadata;
        const extensions = m.createExtension
            ? m.sqlNames.map((e) => (e.version ? `${e.name} ${e.version}` : e.name)).join(', ')
            : `none to create${m.binPath.length > 0 ? ' (programs)' : ' (module)'}`;
        return [
            i.metadata.name,
            String(i.major),
            i.distribution,
            i.sqlVersion,
            extensions,
            m.sharedPreloadLibraries.join(', ') || '–',
            m.requires.map(describeRequirement).join(', ') || '–',
            i.platforms.map((p) => p.platform).join(', '),
            system,
            size,
            (0,summary_src/* code */.aY)(i.digest),
            (0,summary_src/* join */.fj)(i.tags.map(summary_src/* code */.aY), ' '),
        ];
    });
    const document = [
        (0,summary_src/* heading */.R_)(3, `Extension images: ${name}`),
        (0,summary_src/* paragraph */.FY)(where.pushed
            ? 'Pushed by digest, then tagged.'
            : ['Written to the OCI image layout ', (0,summary_src/* code */.aY)(where.layout ?? ''), '.']),
        (0,summary_src/* table */.tp)([
            'image',
            'PostgreSQL',
            'distribution',
            'version',
            'extensions',
            'preload',
            'requires',
            'platforms',
            'system libraries',
            'compressed',
            'digest',
            'tags',
        ], rows),
    ];
    if (where.refused && where.refused.length > 0) {
        document.push((0,summary_src/* paragraph */.FY)([(0,summary_src/* strong */.ko)('Refused'), ` (${where.refused.length})`]), (0,summary_src/* table */.tp)(['package', 'reason'], where.refused.map((r) => [r.package, r.reason])));
    }
    const limitations = [...new Set(images.flatMap((i) => i.metadata.limitations))];
    if (limitations.length > 0) {
        document.push((0,summary_src/* paragraph */.FY)((0,summary_src/* strong */.ko)('Limitations')), (0,summary_src/* list */.p_)(limitations));
    }
    return document;
}
const summaryMarkdown = (name, images, where) => renderMarkdown(extensionSummaryDocument(name, images, where));

;// CONCATENATED MODULE: ./packages/extension/src/tag-policy.ts
/**
 * Where each image goes and under which tags. `image` names the production repository; images
 * are pushed to its testing twin, and only promote writes production, once the image has
 * passed its smoke test (mounted). A tag naming the run's time is the immutable one.
 */




function repositoryOf(value) {
    let ref;
    try {
        ref = (0,oci_src/* parseReference */.F2)(value);
    }
    catch (error) {
        throw new ExtensionOptionsError('image', error.message);
    }
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new ExtensionOptionsError('image', `"${value}" names a tag or digest; give the repository alone (tags come from tags)`);
    }
    return { registry: ref.registry, repository: ref.repository };
}
/** `2026-11-21T13:15:00Z` for SOURCE_DATE_EPOCH. */
function rfc3339(epoch) {
    return new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
}
/**
 * The run's policy, from `image` (or the configuration's registry), `push`, `tags` and the
 * run's clock. A given image or name is checked here, before anything is downloaded.
 */
function tagPolicy(options, registry) {
    const repositoriesOf = (name) => {
        const repository = repositoryOf((0,oci_src/* lowercaseName */.dc)(options.image ?? `${registry}/${name}`));
        const named = `${repository.registry}/${repository.repository}`;
        const production = (0,targets_src/* productionRepositoryOf */.r4)(named) ?? named;
        return { production, repositoryName: options.push ? (0,targets_src/* testingRepositoryOf */.KB)(production) : named };
    };
    if (options.image !== undefined || options.name !== undefined)
        repositoriesOf(options.name ?? 'x');
    const timestamp = (0,targets_src/* tagTimestamp */.nj)(options.now);
    const templates = options.tags ?? DEFAULT_EXTENSION_TAGS;
    return ({ name, version, major, distribution, digest }) => {
        const { production, repositoryName } = repositoriesOf(name);
        const values = { version, major: String(major), distribution, timestamp, name };
        const allTags = renderTags(templates, values);
        // A tag naming the run's time is the immutable one: testing gets it alone (every tag when no
        // template names the time), production gets it first and the moving tags after it.
        const immutable = renderTags(templates.filter((t) => t.includes('{timestamp}')), values);
        const productionTags = [...new Set([...immutable, ...allTags])];
        return {
            reference: `${repositoryName}@${digest}`,
            repository: repositoryName,
            tags: options.push && immutable.length > 0 ? immutable : allTags,
            promote: {
                repository: production,
                tags: productionTags.map((t) => `${production}:${t}`),
                immutable: immutable.length,
            },
        };
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/command.ts
/**
 * `extensionCommand`: everything the extension action and `pgforge extension` do, from parsed
 * options to pushed images (or an OCI image layout) and the Cluster snippet. The edge fills
 * the options from inputs or flags and the environment; nothing here reads process.env.
 *
 * The steps have rooms of their own: options.ts (and their checks), config.ts, clients.ts (the
 * clients and caches of a run), package-plans.ts and directory-plans.ts (what to make),
 * make-image.ts, tag-policy.ts (where each image goes, under which tags), publish.ts and
 * output.ts (what is returned).
 */


















async function extensionCommand(options) {
    checkOptions(options);
    const batch = isBatch(options);
    const config = await configOf(options);
    const log = options.log;
    const { apt, views, systems, operands, imageCache, registry, settled } = clientsOf(options, config);
    const destinationOf = tagPolicy(options, config.registry);
    const epoch = options.sourceDateEpoch ?? 0;
    const created = rfc3339(epoch);
    /** What of the options reaches an image, besides its plan: part of its cache key. */
    const keyOptions = (subject) => ({
        name: subject.name ?? null,
        packages: subject.packages ?? [],
        systemLibraries: options.systemLibraries,
        epoch,
        source: options.source ?? null,
        annotations: config.annotations,
        baseRepository: `${config.registry}/${config.name}`,
    });
    /** The image of one plan: made before from the same inputs (image-cache.ts), or made now. */
    const imageOf = async (subject, plan) => {
        const key = imageCache && plan.key ? await plan.key(keyOptions(subject)) : undefined;
        const cached = key !== undefined ? await imageCache?.get(key) : undefined;
        if (cached) {
            log?.(`${cached.name} ${cached.sqlVersion} for PostgreSQL ${plan.major} on ${plan.distribution}: made before from the same inputs (cache)`);
            return cached;
        }
        const assembled = await Promise.all(plan.platforms.map((p) => p.assemble()));
        // Whether a requirement is contrib is read only when there is one.
        const required = assembled[0]?.contract.controls.some((c) => c.requires.length > 0);
        const operand = required && plan.operand ? await plan.operand() : undefined;
        const made = await makeImage(subject, assembled, {
            ...(operand ? { operand } : {}),
            major: plan.major,
            distribution: plan.distribution,
            epoch,
            created,
            baseRepository: `${config.registry}/${config.name}`,
            annotations: config.annotations,
            ...(options.source ? { source: options.source } : {}),
        });
        if (made && key !== undefined && plan.usedHints?.() !== true) {
            // A cache that cannot be written costs the next run a build, nothing else.
            await imageCache?.put(key, made).catch(() => undefined);
        }
        return made;
    };
    const images = [];
    const publishing = serially();
    const layout = options.push ? undefined : (0,external_node_path_.resolve)(options.output ?? '.');
    /** The images of one subject (its packages or directory): one per major × distribution. */
    const imagesOf = async (subject) => {
        const built = [];
        const plans = subject.directory !== undefined
            ? await directoryPlans(subject, config, apt, systems, views)
            : await packagePlans(subject, config, apt, systems, views, operands);
        let imageName = subject.name;
        for (const plan of plans) {
            const started = Date.now();
            const made = await imageOf(subject, plan);
            if (!made)
                continue;
            // Every major and distribution must come to the same name: their repository is one.
            if (subject.name === undefined) {
                if (imageName !== undefined && made.name !== imageName) {
                    throw new ExtensionOptionsError('name', `required: PostgreSQL ${plan.major} on ${plan.distribution} would name the image ${made.name} (${made.nameFrom ?? 'derived'}), the images before it ${imageName}; one repository holds one name`);
                }
                if (imageName === undefined)
                    log?.(`image name ${made.name}, from ${made.nameFrom ?? 'its contents'}`);
            }
            imageName = made.name;
            const { name, sqlVersion, index } = made;
            const destination = destinationOf({
                name,
                version: sqlVersion,
                major: plan.major,
                distribution: plan.distribution,
                digest: index.digest,
            });
            const image = { index, platforms: made.platformImages, tags: destination.tags };
            await publishing(async () => {
                if (registry) {
                    await pushImage(registry, destination.repository, image, {
                        ...(options.mountFrom ? { mountFrom: options.mountFrom } : {}),
                    });
                }
                else if (layout) {
                    await writeImageLayout(layout, image);
                }
            });
            built.push(imageOutput(made, plan, destination));
            log?.(`${name} ${sqlVersion} for PostgreSQL ${plan.major} on ${plan.distribution} ` +
                `(${made.platforms.map((p) => p.platform).join(', ')}): ${index.digest}` +
                `${registry ? ` pushed to ${destination.repository}` : ` written to ${layout}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        }
        return { name: imageName, images: built };
    };
    let imageName;
    const refused = [];
    if (batch) {
        const packages = await batchPackages(options, config, specsOf(config), apt, views);
        // A counter as each package ends (in the order they end: several are made at once), so a
        // batch of a hundred says how far it is.
        let ended = 0;
        const counted = (pkg, what, started) => log?.(`[${++ended}/${packages.length}] ${pkg}: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        log?.(`batch: ${packages.length} package${packages.length === 1 ? '' : 's'}`);
        // One image per core at a time; the results in the packages' order, whatever finished first.
        const outcomes = await mapBounded(packages, (0,external_node_os_.availableParallelism)(), async (pkg) => {
            const started = Date.now();
            try {
                const made = (await imagesOf({ ...options, packages: [pkg], name: undefined })).images;
                counted(pkg, `${made.length} image${made.length === 1 ? '' : 's'}`, started);
                return { images: made };
            }
            catch (error) {
                if (!(error instanceof ExtensionError))
                    throw error;
                counted(pkg, `refused: ${error.message}`, started);
                return { refused: { package: pkg, reason: error.message } };
            }
        });
        for (const outcome of outcomes) {
            if (outcome.images)
                images.push(...outcome.images);
            if (outcome.refused)
                refused.push(outcome.refused);
        }
    }
    else {
        const one = await imagesOf(options);
        imageName = one.name;
        images.push(...one.images);
    }
    // A requirement another image of this run provides is named with it.
    const mapped = mapRequirements(images);
    images.splice(0, images.length, ...mapped);
    const entries = images.map((i) => i.clusterExtension);
    // The indexes read cold were stored while the images were made; the next run finds them.
    await settled();
    const document = extensionSummaryDocument(batch ? 'batch' : (imageName ?? 'extension'), images, {
        pushed: registry !== undefined,
        ...(layout ? { layout } : {}),
        refused,
    });
    return {
        name: imageName ?? options.name ?? '',
        images,
        refused,
        clusterExtensions: clusterExtensionsYaml(images.map((i) => ({
            entry: i.clusterExtension,
            comment: `PostgreSQL ${i.major} on ${i.distribution}`,
            metadata: i.metadata,
        }))),
        entries,
        ...(layout ? { layout } : {}),
        pushed: registry !== undefined,
        summary: (0,summary_src/* renderMarkdown */.Gc)(document),
        summaryDocument: document,
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/sboms.ts
/**
 * SBOMs of the extension images a run pushed, one per platform image, attached to it: what the
 * extension action (`sbom: true`) and `pgforge extension --sbom` both do after extensionCommand.
 * The SBOM lists the packages each image was assembled from, with their versions, which only
 * this run knows (an extension image carries no dpkg database to read them back from).
 */

/** Writes and attaches the SBOMs; the files written, in order. */
async function extensionSboms(result, options) {
    if (!result.pushed) {
        // The SBOM is read from the registry and attached there: a layout on disk has neither.
        options.warn?.('sbom: no SBOM written: the images were not pushed (SBOMs are read from and attached in the registry; push to get them)');
        return [];
    }
    const files = [];
    for (const image of result.images) {
        for (const p of image.platforms) {
            const r = await (0,sbom_src/* sbomCommand */.Vk)({
                image: `${image.repository}@${p.digest}`,
                formats: sbom_src/* SBOM_FORMATS */.zu,
                outputDir: options.outputDir,
                attach: true,
                extensionPackages: [...p.packages, ...p.systemPackages],
                distro: { id: 'debian', version: image.distribution },
                ...(options.registry ? { registry: options.registry } : {}),
                ...(options.docker ? { docker: options.docker } : {}),
                ...(options.log ? { log: options.log } : {}),
                ...(options.warn ? { warn: options.warn } : {}),
            });
            files.push(...r.files);
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/extension/src/index.ts





















// EXTERNAL MODULE: ./packages/cli/src/args.ts + 2 modules
var args = __webpack_require__(9147);
// EXTERNAL MODULE: ./packages/cli/src/output.ts
var output = __webpack_require__(7101);
;// CONCATENATED MODULE: ./packages/cli/src/commands/extension.ts








const EXTENSION = {
    name: 'extension',
    summary: 'assemble extension images from a package or a directory',
    flags: [
        {
            name: 'name',
            type: 'string',
            value: 'NAME',
            description: "the image's name, where CNPG mounts it (default: its only control file's, else its package's)",
        },
        {
            name: 'package',
            type: 'string',
            value: 'LIST',
            description: 'Debian package name template(s): postgresql-{major}-pgvector',
        },
        {
            name: 'package-list',
            type: 'string',
            value: 'FILE',
            description: 'a file of package templates, one per line: one image each (a batch)',
        },
        {
            name: 'directory',
            type: 'string',
            value: 'DIR',
            description: 'a make install DESTDIR tree, or one in the image layout',
        },
        {
            name: 'postgres',
            type: 'string',
            value: 'LIST',
            description: 'majors',
            defaultText: "the configuration's",
        },
        {
            name: 'distributions',
            type: 'string',
            value: 'LIST',
            description: 'distributions',
            defaultText: "the configuration's",
        },
        {
            name: 'platforms',
            type: 'string',
            value: 'LIST',
            description: 'platforms',
            defaultText: "the configuration's; a directory's own",
        },
        {
            name: 'package-source',
            type: 'string',
            value: 'SOURCE',
            description: 'pgdg | distribution',
            choices: ['pgdg', 'distribution'],
            defaultText: "the configuration's",
        },
        { name: 'mirror', type: 'string', value: 'URI', description: 'archive of the package source' },
        {
            name: 'allow-expired-release',
            type: 'boolean',
            description: 'accept a Release past its Valid-Until (sid); false: as the configuration says',
            default: 'false',
        },
        {
            name: 'image',
            type: 'string',
            value: 'REPOSITORY',
            description: 'where to push',
            defaultText: '<registry>/<name>',
        },
        {
            name: 'push',
            type: 'boolean',
            description: 'push; false writes an OCI image layout to --output',
            default: 'false',
        },
        {
            name: 'output',
            type: 'string',
            value: 'DIR',
            description: 'the OCI image layout, when not pushing',
            default: 'pgforge-extension-layout',
        },
        {
            name: 'tags',
            type: 'string',
            value: 'LIST',
            description: 'tag templates ({version}, {major}, {distribution}, {timestamp}, {name})',
            default: DEFAULT_EXTENSION_TAGS.join(','),
        },
        {
            name: 'system-libraries',
            type: 'string',
            value: 'MODE',
            description: 'auto | none',
            choices: SYSTEM_LIBRARIES_MODES,
            default: 'auto',
        },
        {
            name: 'config',
            type: 'string',
            value: 'FILE',
            description: 'the configuration file; when the default is absent, the built-in defaults',
            default: src/* DEFAULT_CONFIG_FILE */.Cu,
        },
        {
            name: 'source-date-epoch',
            type: 'string',
            value: 'SECS',
            description: 'mtimes and created',
            defaultText: 'SOURCE_DATE_EPOCH, else 0',
        },
        {
            name: 'timestamp',
            type: 'string',
            value: 'TIME',
            description: "the run's time for {timestamp}, RFC 3339",
            defaultText: 'now',
        },
        {
            name: 'mount-from',
            type: 'string',
            value: 'LIST',
            description: 'repositories of the same registry to mount blobs from before uploading',
        },
        {
            name: 'sbom',
            type: 'boolean',
            description: 'with --push, write SBOMs of each platform image and attach them to it',
            default: 'false',
        },
        {
            name: 'sbom-dir',
            type: 'string',
            value: 'DIR',
            description: 'where the SBOM files go, with --sbom',
            default: 'pgforge-sbom',
        },
        (0,output/* summaryFlag */.B6)('the summary (a row per image, refused packages, limitations)'),
        (0,output/* jsonFlag */.hG)('name, images, refused, layout (the default; cluster-extensions go to stderr)'),
    ],
};
async function extension(values) {
    (0,output/* oneOutput */.wW)(values);
    const directory = values.directory;
    if (directory !== undefined && !(0,external_node_fs_.existsSync)(directory)) {
        throw new args/* InputFileError */.TH(`--directory: not found: ${directory}`);
    }
    const epoch = (0,args/* integer */.nd)('source-date-epoch', values['source-date-epoch']) ??
        (0,args/* integer */.nd)('source-date-epoch', process.env.SOURCE_DATE_EPOCH || undefined) ??
        0;
    const log = (m) => void process.stderr.write(`${m}\n`);
    const warn = (m) => log(`warning: ${m}`);
    const docker = { env: { ...process.env }, homeDir: (0,external_node_os_.homedir)() };
    const mountFrom = (0,args/* list */.p_)(values['mount-from']);
    // The command names a bad option by its name, which is also the flag's: told as the flag.
    const result = await extensionCommand({
        ...(values.name !== undefined ? { name: values.name } : {}),
        ...(values.package ? { packages: (0,args/* list */.p_)(values.package) ?? [] } : {}),
        ...(values['package-list']
            ? {
                packages: [
                    ...((0,args/* list */.p_)(values.package) ?? []),
                    ...parsePackageList((await (0,args/* documentOrFile */.Pw)('package-list', values['package-list'], () => false)).text),
                ],
                batch: true,
            }
            : {}),
        ...(values.directory ? { directory: values.directory } : {}),
        ...(values.postgres ? { postgres: (0,args/* list */.p_)(values.postgres) } : {}),
        ...(values.distributions ? { distributions: (0,args/* list */.p_)(values.distributions) } : {}),
        ...(values.platforms ? { platforms: (0,args/* list */.p_)(values.platforms) } : {}),
        ...(values['package-source'] ? { packageSource: values['package-source'] } : {}),
        ...(values.mirror ? { mirror: values.mirror } : {}),
        // Only true overrides: false leaves the configuration's setting in force.
        ...(values['allow-expired-release'] ? { allowExpiredRelease: true } : {}),
        ...(values.image ? { image: values.image } : {}),
        push: values.push,
        output: (0,external_node_path_.resolve)(values.output),
        tags: (0,args/* list */.p_)(values.tags),
        systemLibraries: values['system-libraries'],
        // The default file may be absent (defaults apply); a file someone named must exist.
        configFile: (0,src/* namedConfigFile */.Yq)(values.config),
        now: (0,args/* time */.kB)('timestamp', values.timestamp),
        sourceDateEpoch: epoch,
        cacheDir: (0,apt_src/* defaultCacheDir */.$g)(process.env, (0,external_node_os_.homedir)()),
        hostRoot: (0,apt_src/* hostAptRoot */.uV)(process.env),
        ...(mountFrom ? { mountFrom } : {}),
        docker,
        log,
        warn,
    });
    const sbomFiles = values.sbom
        ? await extensionSboms(result, { outputDir: (0,external_node_path_.resolve)(values['sbom-dir']), docker, log, warn })
        : undefined;
    if (values.summary)
        (0,output/* printSummary */.ot)(result.summaryDocument, values.summary);
    else {
        (0,output/* printJson */.Q2)({
            name: result.name,
            images: result.images,
            refused: result.refused,
            layout: result.layout,
            ...(sbomFiles ? { sbomFiles } : {}),
        });
    }
    process.stderr.write(`\n${result.clusterExtensions}`);
    return 0;
}


/***/ }),

/***/ 6638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aB: () => (/* reexport */ isElf),
  oU: () => (/* reexport */ readElf)
});

// UNUSED EXPORTS: ElfFormatError, machineName

;// CONCATENATED MODULE: ./packages/elf/src/errors.ts
/** Bytes that are not an ELF file, or an ELF file whose headers point outside it. */
class ElfFormatError extends Error {
    source;
    constructor(
    /** Names the file in the message: its path, or its path inside a package. */
    source, reason) {
        super(`${source}: ${reason}`);
        this.source = source;
        this.name = 'ElfFormatError';
    }
}

;// CONCATENATED MODULE: ./packages/elf/src/bounded-reader.ts
/**
 * Reads integers and NUL-terminated strings from a byte array with one byte order, checking
 * every offset first: a field outside the bytes is an ElfFormatError that says which field,
 * never a RangeError from the DataView.
 */

class BoundedReader {
    bytes;
    little;
    source;
    #view;
    constructor(bytes, little, source) {
        this.bytes = bytes;
        this.little = little;
        this.source = source;
        this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    get length() {
        return this.bytes.length;
    }
    fail(reason) {
        return new ElfFormatError(this.source, reason);
    }
    /** Throws unless [offset, offset + size) lies inside the bytes. */
    need(offset, size, what) {
        if (!Number.isSafeInteger(offset) ||
            !Number.isSafeInteger(size) ||
            offset < 0 ||
            size < 0 ||
            offset + size > this.bytes.length) {
            throw this.fail(`${what} (offset ${offset}, ${size} bytes) lies outside the file (${this.bytes.length} bytes)`);
        }
    }
    u8(offset, what) {
        this.need(offset, 1, what);
        return this.#view.getUint8(offset);
    }
    u16(offset, what) {
        this.need(offset, 2, what);
        return this.#view.getUint16(offset, this.little);
    }
    u32(offset, what) {
        this.need(offset, 4, what);
        return this.#view.getUint32(offset, this.little);
    }
    i32(offset, what) {
        this.need(offset, 4, what);
        return this.#view.getInt32(offset, this.little);
    }
    /** An unsigned 64-bit field as a number; undefined when it exceeds 2^53 (no offset can). */
    u64(offset, what) {
        this.need(offset, 8, what);
        const value = this.#view.getBigUint64(offset, this.little);
        return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
    }
    /** A signed 64-bit field (dynamic tags) as a number; undefined outside ±2^53. */
    i64(offset, what) {
        this.need(offset, 8, what);
        const value = this.#view.getBigInt64(offset, this.little);
        const max = BigInt(Number.MAX_SAFE_INTEGER);
        return value <= max && value >= -max ? Number(value) : undefined;
    }
    /** The string starting at `offset`, up to its NUL, which must come before `end`. */
    cstring(offset, end, what) {
        const limit = Math.min(end, this.bytes.length);
        if (!Number.isSafeInteger(offset) || offset < 0 || offset >= limit) {
            throw this.fail(`${what} starts at offset ${offset}, outside its table (ends at ${limit})`);
        }
        const found = this.bytes.subarray(offset, limit).indexOf(0);
        const nul = found < 0 ? -1 : offset + found;
        if (nul < 0) {
            throw this.fail(`${what} at offset ${offset} has no terminating NUL before ${limit}`);
        }
        return new TextDecoder('utf-8').decode(this.bytes.subarray(offset, nul));
    }
}

;// CONCATENATED MODULE: ./packages/elf/src/machines.ts
/**
 * e_machine values (ELF gABI, binutils' include/elf/common.h) as the names Debian and
 * uname use for them. Some names depend on the class and byte order: EM_PPC64 little-endian
 * is ppc64le, EM_S390 64-bit is s390x.
 */
function machineName(machine, is64, little) {
    switch (machine) {
        case 3:
            return 'i386';
        case 4:
            return 'm68k';
        case 8:
            return `mips${is64 ? '64' : ''}${little ? 'el' : ''}`;
        case 15:
            return 'hppa';
        case 20:
            return 'ppc';
        case 21:
            return little ? 'ppc64le' : 'ppc64';
        case 22:
            return is64 ? 's390x' : 's390';
        case 40:
            return 'arm';
        case 43:
            return 'sparc64';
        case 50:
            return 'ia64';
        case 62:
            return 'x86_64';
        case 183:
            return 'aarch64';
        case 243:
            return is64 ? 'riscv64' : 'riscv32';
        case 258:
            return is64 ? 'loongarch64' : 'loongarch32';
        default:
            return `EM_${machine}`;
    }
}

;// CONCATENATED MODULE: ./packages/elf/src/elf.ts
/**
 * What the dynamic linker needs to know about an ELF file, read from its bytes: class, byte
 * order, machine, type, the program interpreter, and the dynamic section's NEEDED, SONAME,
 * RPATH and RUNPATH (ELF gABI; binutils' readelf is the reference the tests compare with).
 *
 * Written by hand: the npm ELF readers (elfy, elf-tools, elflib) read headers and sections
 * but none decodes the dynamic section, none ships types and none is maintained; what is
 * needed here is a few fixed-layout headers. Every read is bounds-checked (see
 * bounded-reader.ts), so truncated or corrupt input gives an ElfFormatError.
 */



const MAGIC = [0x7f, 0x45, 0x4c, 0x46];
const ET_REL = 1;
const ET_EXEC = 2;
const ET_DYN = 3;
const ET_CORE = 4;
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const PN_XNUM = 0xffff;
const SHT_DYNAMIC = 6;
const SHT_DYNSYM = 11;
const SHN_UNDEF = 0;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
const DT_SONAME = 14;
const DT_RPATH = 15;
const DT_RUNPATH = 29;
const DT_FLAGS_1 = 0x6ffffffb;
const DF_1_PIE = 0x08000000;
/** True when `bytes` start with the ELF magic `\x7fELF`. */
function isElf(bytes) {
    return bytes.length >= 4 && MAGIC.every((b, i) => bytes[i] === b);
}
function word(r, layout, offset, what) {
    if (layout.word === 4)
        return r.u32(offset, what);
    const value = r.u64(offset, what);
    if (value === undefined)
        throw r.fail(`${what} is larger than any file`);
    return value;
}
/** Reads the ELF file in `bytes`. Throws ElfFormatError for anything that is not one. */
function readElf(bytes, options = {}) {
    const source = options.source ?? 'the ELF file';
    if (!isElf(bytes)) {
        throw new ElfFormatError(source, 'is not an ELF file (it does not start with "\\x7fELF")');
    }
    if (bytes.length < 16) {
        throw new ElfFormatError(source, `is truncated: ${bytes.length} bytes, shorter than e_ident`);
    }
    const elfClass = bytes[4];
    const data = bytes[5];
    if (elfClass !== 1 && elfClass !== 2) {
        throw new ElfFormatError(source, `has EI_CLASS ${elfClass}, expected 1 (32-bit) or 2 (64-bit)`);
    }
    if (data !== 1 && data !== 2) {
        throw new ElfFormatError(source, `has EI_DATA ${data}, expected 1 (little) or 2 (big endian)`);
    }
    const is64 = elfClass === 2;
    const little = data === 1;
    const r = new BoundedReader(bytes, little, source);
    const layout = is64
        ? { is64, word: 8, phentsize: 56, shentsize: 64, dynentsize: 16 }
        : { is64, word: 4, phentsize: 32, shentsize: 40, dynentsize: 8 };
    r.need(0, is64 ? 64 : 52, 'the ELF header');
    const eType = r.u16(16, 'e_type');
    const machine = machineName(r.u16(18, 'e_machine'), is64, little);
    const w = layout.word;
    const phoff = word(r, layout, 24 + w, 'e_phoff');
    const shoff = word(r, layout, 24 + 2 * w, 'e_shoff');
    const tail = 24 + 3 * w + 4; // after e_flags
    const phentsize = r.u16(tail + 2, 'e_phentsize');
    let phnum = r.u16(tail + 4, 'e_phnum');
    const shentsize = r.u16(tail + 6, 'e_shentsize');
    let shnum = r.u16(tail + 8, 'e_shnum');
    // Extended numbering: counts too big for the header live in section 0.
    if (shoff !== 0 && (shnum === 0 || phnum === PN_XNUM)) {
        checkEntrySize(r, shentsize, layout.shentsize, 'e_shentsize');
        const zero = readSection(r, layout, shoff, 'section 0');
        if (shnum === 0)
            shnum = zero.size;
        if (phnum === PN_XNUM)
            phnum = r.u32(shoff + (is64 ? 44 : 28), 'section 0 sh_info');
    }
    const segments = phoff === 0 || phnum === 0 ? [] : readSegments(r, layout, phoff, phnum, phentsize);
    const sections = shoff === 0 || shnum === 0 ? [] : readSections(r, layout, shoff, shnum, shentsize);
    const info = {
        class: is64 ? 64 : 32,
        endianness: little ? 'little' : 'big',
        machine,
        type: 'other',
        needed: [],
    };
    const interp = segments.find((s) => s.type === PT_INTERP);
    if (interp) {
        r.need(interp.offset, interp.filesz, 'PT_INTERP');
        info.interpreter = r.cstring(interp.offset, interp.offset + interp.filesz, 'PT_INTERP');
    }
    let flags1 = 0;
    const dynamic = dynamicTable(r, segments, sections);
    if (dynamic) {
        const entries = readDynamic(r, layout, dynamic.table);
        const strtab = dynamic.strtab ?? stringTableFromTags(r, entries, segments);
        const str = (value, what) => {
            if (!strtab)
                throw r.fail(`${what} names a string, but the file has no dynamic string table`);
            return r.cstring(strtab.start + value, strtab.end, what);
        };
        const split = (text) => text.split(':');
        for (const { tag, value } of entries) {
            if (tag === DT_NEEDED)
                info.needed.push(str(value, 'DT_NEEDED'));
            else if (tag === DT_SONAME)
                info.soname = str(value, 'DT_SONAME');
            else if (tag === DT_RUNPATH)
                info.runpath = split(str(value, 'DT_RUNPATH'));
            else if (tag === DT_RPATH)
                info.rpath = split(str(value, 'DT_RPATH'));
            else if (tag === DT_FLAGS_1)
                flags1 = value;
        }
    }
    if (options.imports)
        info.imports = importedSymbols(r, layout, sections);
    if (eType === ET_EXEC)
        info.type = 'executable';
    else if (eType === ET_DYN)
        info.type = flags1 & DF_1_PIE ? 'executable' : 'shared';
    else if (eType === ET_REL)
        info.type = 'relocatable';
    else if (eType === ET_CORE)
        info.type = 'core';
    return info;
}
/** The names of .dynsym's undefined symbols (the first, null, entry left out). */
function importedSymbols(r, layout, sections) {
    const dynsym = sections.find((s) => s.type === SHT_DYNSYM);
    if (!dynsym)
        return [];
    const strings = sections[dynsym.link];
    if (!strings)
        throw r.fail(`.dynsym links to section ${dynsym.link}, which does not exist`);
    r.need(dynsym.offset, dynsym.size, 'the .dynsym section');
    r.need(strings.offset, strings.size, 'the .dynsym string table');
    // Elf64_Sym: st_name u32, st_info, st_other, st_shndx u16, value, size (24 bytes);
    // Elf32_Sym: st_name, st_value, st_size (u32 each), st_info, st_other, st_shndx u16 (16).
    const size = layout.is64 ? 24 : 16;
    const shndxAt = layout.is64 ? 6 : 14;
    const names = new Set();
    for (let at = dynsym.offset + size; at + size <= dynsym.offset + dynsym.size; at += size) {
        if (r.u16(at + shndxAt, 'st_shndx') !== SHN_UNDEF)
            continue;
        const name = r.cstring(strings.offset + r.u32(at, 'st_name'), strings.offset + strings.size, 'st_name');
        if (name !== '')
            names.add(name);
    }
    return [...names].sort();
}
function checkEntrySize(r, actual, expected, what) {
    // Larger entries are allowed (the gABI lets later versions grow them); smaller are not.
    if (actual < expected)
        throw r.fail(`${what} is ${actual}, expected at least ${expected}`);
}
function readSegments(r, layout, phoff, phnum, phentsize) {
    checkEntrySize(r, phentsize, layout.phentsize, 'e_phentsize');
    r.need(phoff, phnum * phentsize, `the program header table (${phnum} entries)`);
    const segments = [];
    for (let i = 0; i < phnum; i++) {
        const at = phoff + i * phentsize;
        const what = `program header ${i}`;
        const type = r.u32(at, `${what} p_type`);
        const w = layout.word;
        // 64-bit moves p_flags to just after p_type, so the address fields start 4 bytes later.
        const base = layout.is64 ? at + 8 : at + 4;
        segments.push({
            type,
            offset: word(r, layout, base, `${what} p_offset`),
            vaddr: word(r, layout, base + w, `${what} p_vaddr`),
            filesz: word(r, layout, base + 3 * w, `${what} p_filesz`),
        });
    }
    return segments;
}
function readSection(r, layout, at, what) {
    const w = layout.word;
    // sh_name, sh_type (4 bytes each), then sh_flags, sh_addr, sh_offset, sh_size (words),
    // sh_link, sh_info (4 bytes each), sh_addralign, sh_entsize (words, not needed here).
    const offsetAt = at + 8 + 2 * w;
    return {
        type: r.u32(at + 4, `${what} sh_type`),
        offset: word(r, layout, offsetAt, `${what} sh_offset`),
        size: word(r, layout, offsetAt + w, `${what} sh_size`),
        link: r.u32(offsetAt + 2 * w, `${what} sh_link`),
    };
}
function readSections(r, layout, shoff, shnum, shentsize) {
    checkEntrySize(r, shentsize, layout.shentsize, 'e_shentsize');
    r.need(shoff, shnum * shentsize, `the section header table (${shnum} entries)`);
    const sections = [];
    for (let i = 0; i < shnum; i++) {
        sections.push(readSection(r, layout, shoff + i * shentsize, `section ${i}`));
    }
    return sections;
}
/**
 * Where the dynamic entries are and, when the section headers say, their string table.
 * With section headers, the SHT_DYNAMIC section is the truth: a file that has sections but
 * none of that type (a static binary, or separate debug info whose .dynamic is NOBITS) has no
 * dynamic entries to read. Without section headers (sstrip), PT_DYNAMIC is used.
 */
function dynamicTable(r, segments, sections) {
    if (sections.length > 0) {
        const dyn = sections.find((s) => s.type === SHT_DYNAMIC);
        if (!dyn)
            return undefined;
        r.need(dyn.offset, dyn.size, 'the .dynamic section');
        const linked = sections[dyn.link];
        if (!linked) {
            throw r.fail(`the .dynamic section links to section ${dyn.link}, which does not exist`);
        }
        r.need(linked.offset, linked.size, 'the dynamic string table');
        return {
            table: { start: dyn.offset, end: dyn.offset + dyn.size },
            strtab: { start: linked.offset, end: linked.offset + linked.size },
        };
    }
    const seg = segments.find((s) => s.type === PT_DYNAMIC);
    if (!seg)
        return undefined;
    r.need(seg.offset, seg.filesz, 'PT_DYNAMIC');
    return { table: { start: seg.offset, end: seg.offset + seg.filesz } };
}
function readDynamic(r, layout, table) {
    const entries = [];
    const size = layout.dynentsize;
    for (let at = table.start; at + size <= table.end; at += size) {
        const what = `dynamic entry at offset ${at}`;
        const tag = layout.is64 ? r.i64(at, `${what} d_tag`) : r.i32(at, `${what} d_tag`);
        if (tag === DT_NULL)
            break;
        // Tags and values beyond 2^53 are never the string offsets and flags read here.
        if (tag === undefined)
            continue;
        const value = layout.is64 ? r.u64(at + 8, `${what} d_val`) : r.u32(at + 4, `${what} d_val`);
        if (value === undefined)
            continue;
        entries.push({ tag, value });
    }
    return entries;
}
/** DT_STRTAB is an address: the PT_LOAD segment holding it says where it is in the file. */
function stringTableFromTags(r, entries, segments) {
    const address = entries.find((e) => e.tag === DT_STRTAB)?.value;
    if (address === undefined)
        return undefined;
    const load = segments.find((s) => s.type === PT_LOAD && s.vaddr <= address && address < s.vaddr + s.filesz);
    if (!load) {
        throw r.fail(`DT_STRTAB address 0x${address.toString(16)} is in no PT_LOAD segment`);
    }
    const start = load.offset + (address - load.vaddr);
    const declared = entries.find((e) => e.tag === DT_STRSZ)?.value;
    const end = Math.min(load.offset + load.filesz, declared === undefined ? Infinity : start + declared);
    r.need(start, end - start, 'the dynamic string table');
    return { start, end };
}

;// CONCATENATED MODULE: ./packages/elf/src/index.ts





/***/ })

};
