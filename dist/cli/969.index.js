export const id = 969;
export const ids = [969];
export const modules = {

/***/ 5969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y1: () => (/* reexport */ ChangelogReader),
  dN: () => (/* reexport */ LocalStoreBaseReader),
  uO: () => (/* reexport */ RegistryBaseReader),
  av: () => (/* reexport */ describeSources),
  Nf: () => (/* reexport */ distributionSources),
  jx: () => (/* reexport */ imageAptSources),
  hV: () => (/* reexport */ pgdgImageKeyring),
  _: () => (/* reexport */ predictArchImages),
  lo: () => (/* reexport */ predictionStore),
  qh: () => (/* reexport */ readDistributionView),
  X5: () => (/* reexport */ resolveDistribution),
  Qp: () => (/* reexport */ spawnDocker),
  W6: () => (/* reexport */ viewsOf)
});

// UNUSED EXPORTS: DEBIAN_ARCHIVE_KEYRING_SHA256, KEYRING_MOUNT, asFlavourImages, baseFilesOf, basePackages, carriedDebianKeyring, isBaseFile, keyringOverride, predictFlavourImages, predictionKey, viewFromBase, viewWithoutBase, workspacePath

// EXTERNAL MODULE: ./packages/config/src/index.ts + 9 modules
var src = __webpack_require__(4456);
;// CONCATENATED MODULE: ./packages/package-view/src/sources.ts

/**
 * The repositories one distribution resolves from, in the order apt would be told about them.
 * `distribution`: the image's view of the distribution's archive alone (its suite, -updates and
 * -security). `pgdg`: PGDG's suite `<distribution>-pgdg` for PostgreSQL first, then that view,
 * for everything else the image holds (locales-all, libsasl2-modules, every dependency), so
 * that those are pinned and fingerprinted too.
 */
function distributionSources(config, distribution, options) {
    if (config.packages.source === 'distribution') {
        return { distribution, repositories: options.view };
    }
    const pgdg = {
        repository: {
            mirror: config.packages.mirror ?? src/* PGDG_MIRROR */.ZY,
            suite: `${distribution}-pgdg`,
            keyrings: config.packages.keyring ?? [src/* PGDG_KEYRING */.D],
            allowExpiredRelease: config.packages.allowExpiredRelease,
        },
        components: ['main', ...options.previewMajors.map(String)],
        label: `PGDG ${distribution}-pgdg`,
        role: 'pgdg',
        fields: { mirror: 'packages.mirror', keyring: 'packages.keyring' },
    };
    return { distribution, repositories: [pgdg, ...options.view] };
}
/**
 * The repositories for messages, suites of one archive kind together:
 * `PGDG trixie-pgdg + Debian trixie, trixie-updates, trixie-security`.
 */
function describeSources(repositories) {
    const groups = [];
    for (const r of repositories) {
        const [kind = '', ...rest] = r.label.split(' ');
        const suite = rest.join(' ');
        const last = groups[groups.length - 1];
        if (last && last.kind === kind)
            last.suites.push(suite);
        else
            groups.push({ kind, suites: [suite] });
    }
    return groups.map((g) => `${g.kind} ${g.suites.join(', ')}`).join(' + ');
}

// EXTERNAL MODULE: ./packages/apt/src/index.ts + 37 modules
var apt_src = __webpack_require__(3190);
// EXTERNAL MODULE: ./packages/platform/src/index.ts + 1 modules
var platform_src = __webpack_require__(684);
// EXTERNAL MODULE: ./packages/versions/src/index.ts + 2 modules
var versions_src = __webpack_require__(7289);
;// CONCATENATED MODULE: ./packages/package-view/src/expired-release.ts

/**
 * A Release past its Valid-Until (sid on a mirror that lags) as the configuration problem it is:
 * named by the key the user sets, at its line when the file has it, else at the distribution
 * that needs it.
 */
function expiredReleaseProblem(config, error) {
    const { suite } = error;
    const distribution = config.distributions.findIndex((d) => suite === d || suite.startsWith(`${d}-`));
    const expired = error.message.replace(/; allow-expired-release accepts it.*$/, '');
    return new src/* ConfigError */.xL([
        (0,src/* problemAt */.l4)(config, ['packages.allow-expired-release', `distributions[${distribution}]`, 'distributions'], error.mirror, `${expired}: set packages.allow-expired-release: true (the matrix's --allow-expired-release, or its input allow-expired-release: true) to accept it, as apt's -o Acquire::Check-Valid-Until=false does`),
    ]);
}

;// CONCATENATED MODULE: ./packages/package-view/src/predict.ts
/**
 * The whole package set of every flavour's image, per architecture, predicted from the base's
 * dpkg status and the image's view: the base's packages (upgraded to the view's newest when
 * packages.upgrade is on, as the server layer does), plus the closure of each flavour's pinned
 * packages on top of its parent's set. The one computation the matrix fingerprints, the build
 * installs and checks, and the extension reads "what the minimal image holds" from.
 */


const versionOn = (p, architecture) => p.byArchitecture ? p.byArchitecture[architecture] : p.version;
/**
 * The suite this exact version comes from: a -security suite when one has it (a point release
 * copies security fixes into the main suite, and they stay security fixes), else the first
 * index in the view's order that has it.
 */
function suiteOf(indexes, pkg) {
    const having = indexes.filter((index) => index.versions(pkg.package).some((v) => v.version === pkg.version));
    return (having.find((i) => i.suite.endsWith('-security')) ?? having[0])?.suite;
}
const estimated = new WeakMap();
/** What a base holds on one architecture: its dpkg status, else debootstrap's minbase. */
function basePackages(arch) {
    if (arch.installed)
        return arch.installed;
    let minbase = estimated.get(arch);
    if (!minbase) {
        const roots = (0,apt_src/* minbaseRoots */.XM)(arch.indexes);
        minbase = [...(0,apt_src/* predictInstall */.Vc)({ indexes: arch.indexes, roots }).packages.values()];
        estimated.set(arch, minbase);
    }
    return minbase;
}
/**
 * The images of the flavours asked for (and their parents), parents first, on one
 * architecture: the one computation behind the matrix's whole-set prediction and the
 * extension's "what the minimal image holds".
 */
function predictArchImages(request, names = request.flavours.map((f) => f.name)) {
    const { arch } = request;
    const byName = new Map(request.flavours.map((f) => [f.name, f]));
    const base = new Map(basePackages(arch).map((p) => [p.package, p]));
    const done = new Map();
    const pinned = (p) => {
        const version = versionOn(p, arch.architecture);
        return version === undefined ? [] : [{ name: p.name, version }];
    };
    const predict = (flavour) => {
        const known = done.get(flavour.name);
        if (known)
            return known;
        const parent = flavour.from === undefined ? undefined : byName.get(flavour.from);
        const below = parent ? predict(parent).packages : base;
        // The server layer first installs PGDG's set-up from the distribution's archives alone
        // (PGDG is not configured yet), unpinned, then everything else from the whole view.
        const setup = !parent && request.setup?.length ? request.setup : [];
        const start = setup.length > 0
            ? (0,apt_src/* predictInstall */.Vc)({
                indexes: arch.setupIndexes ?? arch.indexes,
                installed: below.values(),
                roots: setup,
            }).packages
            : below;
        const roots = [
            ...(parent ? [] : pinned(request.server)),
            ...(request.flavourPackages[flavour.name] ?? []).flatMap(pinned),
        ];
        const predicted = (0,apt_src/* predictInstall */.Vc)({
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
        if (flavour)
            predict(flavour);
    }
    return done;
}
/** Predicts every flavour's image, parents first, on every architecture, merged. */
function predictFlavourImages(request) {
    const { config, arches } = request;
    const perArch = new Map(arches.map((arch) => [
        arch.architecture,
        predictArchImages({
            flavours: config.flavours,
            upgrade: config.packages.upgrade,
            arch,
            server: request.server,
            flavourPackages: request.flavourPackages,
            ...(request.setup ? { setup: request.setup } : {}),
        }),
    ]));
    const bases = new Map(arches.map((arch) => [arch.architecture, new Map(basePackages(arch).map((p) => [p.package, p]))]));
    const out = {};
    for (const flavour of config.flavours) {
        const images = arches.map((arch) => {
            const image = perArch.get(arch.architecture)?.get(flavour.name);
            if (!image)
                throw new Error(`no prediction of ${flavour.name} on ${arch.architecture}`);
            return { arch, image };
        });
        out[flavour.name] = {
            contents: mergeContents(images, bases),
            installs: mergeInstalls(images),
        };
    }
    return out;
}
/** One value per name, with `byArchitecture` when the architectures differ or lack it. */
function merged(images, pick) {
    const out = new Map();
    for (const { arch, image } of images) {
        for (const [name, value] of pick(arch, image)) {
            const seen = out.get(name);
            if (seen)
                seen.byArch.set(arch.architecture, value);
            else
                out.set(name, { first: value, byArch: new Map([[arch.architecture, value]]) });
        }
    }
    return out;
}
function resolved(name, entry, architectures) {
    const differs = architectures.some((a) => !entry.byArch.has(a)) ||
        [...entry.byArch.values()].some((v) => v.version !== entry.first.version);
    return {
        name,
        version: entry.first.version,
        ...(differs
            ? {
                byArchitecture: Object.fromEntries([...entry.byArch].map(([arch, v]) => [arch, v.version])),
            }
            : {}),
    };
}
const byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function mergeContents(images, bases) {
    const architectures = images.map((i) => i.arch.architecture);
    const entries = merged(images, (arch, image) => {
        const map = new Map();
        for (const [name, pkg] of image.packages) {
            map.set(name, { version: pkg.version, pkg, arch });
        }
        return map;
    });
    const out = [];
    for (const [name, entry] of entries) {
        const { pkg, arch } = entry.first;
        const item = resolved(name, entry, architectures);
        // What the build did to it, against the base (the whole lineage's doing).
        const base = bases.get(arch.architecture)?.get(name);
        if (!base || (0,versions_src/* compareDebianVersions */._K)(base.version, pkg.version) !== 0) {
            item.change = base ? 'upgraded' : 'installed';
            if (base)
                item.from = base.version;
            const suite = suiteOf(arch.indexes, pkg);
            if (suite)
                item.suite = suite;
        }
        out.push(item);
    }
    return out.sort(byName);
}
function mergeInstalls(images) {
    const architectures = images.map((i) => i.arch.architecture);
    // What the layer installs or replaces: every package not held at that version below it.
    const entries = merged(images, (_arch, image) => {
        const map = new Map();
        for (const [name, pkg] of image.packages) {
            if (image.below.get(name)?.version !== pkg.version)
                map.set(name, { version: pkg.version });
        }
        return map;
    });
    return [...entries].map(([name, entry]) => resolved(name, entry, architectures)).sort(byName);
}

;// CONCATENATED MODULE: ./packages/package-view/src/prediction-cache.ts
// Each index by where it is (the suite names what a package came from) and by its content.
const digests = (indexes) => {
    const list = indexes ?? [];
    if (list.some((i) => i.digest === undefined))
        return undefined;
    return list.map((i) => `${i.suite}/${i.component}/${i.architecture}=${i.digest ?? ''}`);
};
/** What a prediction is a function of; undefined when an index is not known by its digest. */
function predictionKey(request) {
    const arches = [];
    for (const arch of request.arches) {
        const indexes = digests(arch.indexes);
        const setup = arch.setupIndexes ? digests(arch.setupIndexes) : [];
        if (!indexes || !setup)
            return undefined;
        arches.push({
            architecture: arch.architecture,
            indexes,
            setup,
            installed: arch.installed?.map((p) => `${p.package}=${p.version}:${p.architecture}`).sort() ?? null,
        });
    }
    return JSON.stringify({
        arches,
        flavours: request.config.flavours.map((f) => [f.name, f.from ?? null]),
        upgrade: request.config.packages.upgrade,
        server: request.server,
        flavourPackages: request.flavourPackages,
        setup: request.setup ?? [],
    });
}
const isPackage = (v) => typeof v === 'object' &&
    v !== null &&
    typeof v.name === 'string' &&
    typeof v.version === 'string';
/** A stored value read back as the flavours' images, or undefined when it is not one. */
function asFlavourImages(value, flavours) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const record = value;
    if (Object.keys(record).sort().join('\0') !== [...flavours].sort().join('\0'))
        return undefined;
    for (const name of flavours) {
        const image = record[name];
        if (!Array.isArray(image?.contents) ||
            !Array.isArray(image.installs) ||
            image.contents.length === 0 ||
            !image.contents.every(isPackage) ||
            !image.installs.every(isPackage)) {
            return undefined;
        }
    }
    return record;
}

;// CONCATENATED MODULE: ./packages/package-view/src/resolve.ts








async function loadIndexes(config, apt, sources, architecture) {
    const jobs = sources.repositories.flatMap((r) => r.components.map(async (component) => {
        try {
            return {
                label: r.label,
                pgdg: r.role === 'pgdg',
                index: await apt.packages(r.repository, component, architecture),
            };
        }
        catch (error) {
            throw sourceProblem(config, r, error);
        }
    }));
    return { architecture, indexes: await Promise.all(jobs) };
}
/**
 * A repository that is not what the configuration says, as a configuration problem naming the
 * setting to change: a suite the mirror lacks, an InRelease no configured key signed. Other
 * failures (the network, a mirror mid-sync) are not the configuration's, and pass unchanged.
 */
function sourceProblem(config, r, error) {
    const { mirror, suite, keyrings } = r.repository;
    if (error instanceof apt_src/* UnknownSuiteError */.z8) {
        const distribution = suite.replace(/-pgdg$/, '');
        return problem(config, r.fields.mirror, mirror, `${error.message}: ${r.label} needs dists/${suite}; set ${r.fields.mirror} to an archive that has it, or take ${distribution} out of distributions`);
    }
    if (error instanceof apt_src/* KeyringError */.Wy) {
        return problem(config, r.fields.keyring, error.file, `${error.message}; set ${r.fields.keyring} to the public key file(s) (armoured .asc or binary .gpg) that sign ${mirror}`);
    }
    if (error instanceof apt_src/* ReleaseExpiredError */.rY)
        return expiredReleaseProblem(config, error);
    // A mirror the configuration names that gives no answer at all (no such host, nothing
    // listening, reset after every retry): the setting is where to look.
    const configured = configuredMirror(config, r.fields.mirror);
    if (error instanceof apt_src/* HttpError */.j$ && error.status === undefined && configured === mirror) {
        return problem(config, r.fields.mirror, mirror, `${mirror} cannot be reached: ${error.message}; set ${r.fields.mirror} to a mirror this machine reaches`);
    }
    // Only a key the configuration lacks is the configuration's to fix; a bad or missing
    // signature (a mirror caught mid-write) is the mirror's, and passes unchanged.
    if (error instanceof apt_src/* SignatureError */.VA && error.unknownSigners.length > 0) {
        return problem(config, r.fields.keyring, keyrings, `${error.message}: set ${r.fields.keyring} to the key file(s) that sign ${mirror}`);
    }
    return error;
}
/** Per source version, the newest binary built from it, on one architecture. */
function binariesBySource(arch, name, accept) {
    const out = new Map();
    for (const { index } of arch.indexes) {
        for (const p of index.versions(name)) {
            if (!accept(p.version))
                continue;
            const src = p.sourceVersion ?? p.version;
            const had = out.get(src);
            if (had === undefined || (0,versions_src/* compareDebianVersions */._K)(p.version, had) > 0)
                out.set(src, p.version);
        }
    }
    return out;
}
/**
 * The newest source version every architecture has a binary of, and each architecture's
 * binary built from it. A multi-platform image must hold the same software on each platform;
 * the binaries' own versions may still differ (binNMUs).
 */
function pick(arches, name, accept = () => true) {
    const maps = arches.map((a) => binariesBySource(a, name, accept));
    const missingOn = arches.filter((_, i) => maps[i]?.size === 0).map((a) => a.architecture);
    const [first, ...rest] = maps;
    const common = [...(first?.keys() ?? [])].filter((src) => rest.every((m) => m.has(src)));
    const source = (0,versions_src/* newestDebianVersion */.kE)(common);
    const sourceVersions = [...new Set(maps.flatMap((m) => [...m.keys()]))];
    if (source === undefined)
        return { missingOn, sourceVersions };
    const versions = arches.map((a, i) => [a.architecture, maps[i]?.get(source) ?? '']);
    const version = versions[0]?.[1] ?? '';
    const differs = versions.some(([, v]) => v !== version);
    return {
        package: {
            name,
            version,
            ...(differs ? { byArchitecture: Object.fromEntries(versions) } : {}),
        },
        missingOn,
        sourceVersions,
    };
}
const POSTGRES_PACKAGE = /^postgresql-(\d+)$/;
/** The majors the source carries as releases (previews are asked for by name). */
function supportedMajors(arches) {
    const majors = new Set();
    for (const { index } of arches[0]?.indexes ?? []) {
        for (const major of indexMajors(index))
            majors.add(major);
    }
    return [...majors].sort((a, b) => a - b);
}
// An index is read for every image of a batch: its majors are found once.
const majorsOfIndex = new WeakMap();
/** The majors one index carries as releases. */
function indexMajors(index) {
    let majors = majorsOfIndex.get(index);
    if (!majors) {
        majors = [];
        for (const name of index.namesWithPrefix('postgresql-')) {
            const m = POSTGRES_PACKAGE.exec(name);
            if (!m?.[1])
                continue;
            const newest = index.versions(name)[0];
            if (newest && !(0,versions_src/* isPreview */.bU)((0,versions_src/* upstreamPostgresVersion */.LH)(newest.version)))
                majors.push(Number(m[1]));
        }
        majorsOfIndex.set(index, majors);
    }
    return majors;
}
/** The prediction, from the store when it holds this request's; else computed and kept. */
async function predictOnce(request, store) {
    const key = store ? predictionKey(request) : undefined;
    const flavours = request.config.flavours.map((f) => f.name);
    if (store && key !== undefined) {
        const kept = asFlavourImages(await store.get(key), flavours);
        if (kept)
            return kept;
    }
    const images = predictFlavourImages(request);
    // A store that cannot be written is a slower next run, not a failed one.
    if (store && key !== undefined)
        await store.put(key, images).catch(() => undefined);
    return images;
}
/**
 * Resolves every PostgreSQL major and every flavour package of one distribution to the exact
 * version each platform's signed index offers, as apt would pick it (the highest version any
 * configured repository has). Errors name the field that asked for what the source lacks.
 */
async function resolveDistribution(config, distribution, apt, options) {
    const specs = config.postgres === 'supported' ? [] : config.postgres;
    const previewMajors = specs.filter((s) => s.exact && (0,versions_src/* isPreview */.bU)(s.exact)).map((s) => s.major);
    const sources = distributionSources(config, distribution, {
        view: options.view.repositories,
        previewMajors,
    });
    // linux/arm/v5 and linux/arm/v6 are both armel: its index is read once.
    const architectures = [...new Set(config.platforms.map((p) => (0,platform_src/* byPlatform */.HE)(p).debianArchitecture))];
    const arches = await Promise.all(architectures.map((a) => loadIndexes(config, apt, sources, a)));
    const where = describeSources(sources.repositories);
    const available = supportedMajors(arches);
    const wanted = config.postgres === 'supported'
        ? available.map((major) => ({ spec: { major }, field: 'postgres' }))
        : config.postgres.map((spec, i) => ({ spec, field: `postgres[${i}]` }));
    if (wanted.length === 0) {
        throw problem(config, 'postgres', 'supported', `${where} carries no PostgreSQL major`);
    }
    const problems = [];
    const resolutions = [];
    for (const { spec, field } of wanted) {
        const name = `postgresql-${spec.major}`;
        const server = pick(arches, name, (v) => spec.exact ? (0,versions_src/* upstreamPostgresVersion */.LH)(v) === spec.exact : true).package;
        if (!server) {
            const asked = spec.exact ?? String(spec.major);
            const releases = [
                ...new Set(pick(arches, name).sourceVersions.map(versions_src/* upstreamPostgresVersion */.LH)),
            ].sort(versions_src/* compareDebianVersions */._K);
            const has = spec.exact
                ? `it has ${releases.join(', ') || 'no release of that major'}`
                : `it has ${available.join(', ') || 'none'}`;
            problems.push(problemOf(config, field, asked, `PostgreSQL ${asked} is not in ${where} for ${architectures.join(' and ')}; ${has}`));
            continue;
        }
        const chosen = server.version;
        const version = (0,versions_src/* upstreamPostgresVersion */.LH)(chosen);
        const flavourPackages = {};
        for (const flavour of config.flavours) {
            const resolved = [];
            flavour.packages.forEach((rule, j) => {
                if (rule.minMajor !== undefined && spec.major < rule.minMajor)
                    return;
                if (rule.maxMajor !== undefined && spec.major > rule.maxMajor)
                    return;
                if (rule.distributions && !rule.distributions.includes(distribution))
                    return;
                const pkg = (0,src/* renderTemplate */.Xm)(rule.name, { major: String(spec.major) });
                const picked = pick(arches, pkg);
                if (picked.package) {
                    resolved.push(picked.package);
                }
                else if (!rule.optional) {
                    const why = picked.missingOn.length > 0
                        ? `is not in ${where} for ${picked.missingOn.join(' and ')}`
                        : `has no source version common to ${architectures.join(' and ')} in ${where} (seen: ${picked.sourceVersions.join(', ')})`;
                    problems.push(problemOf(config, `flavours.${flavour.name}.packages[${j}]`, pkg, `"${pkg}" (flavour ${flavour.name}, PostgreSQL ${spec.major}) ${why}; mark it optional: true to leave it out there`));
                }
            });
            flavourPackages[flavour.name] = resolved;
        }
        let images;
        try {
            images = await predictOnce({
                config,
                arches: arches.map((a) => ({
                    architecture: a.architecture,
                    indexes: a.indexes.map((i) => i.index),
                    // PGDG's set-up installs from the distribution's archives, before PGDG is configured.
                    setupIndexes: a.indexes.filter((i) => !i.pgdg).map((i) => i.index),
                    ...installedOn(options.view, a.architecture),
                })),
                server,
                flavourPackages,
                setup: pgdgSetup(config),
            }, options.predictions);
        }
        catch (error) {
            if (!(error instanceof apt_src/* UnsatisfiableDependencyError */._g))
                throw error;
            problems.push(problemOf(config, 'flavours', `PostgreSQL ${spec.major}`, `the images of PostgreSQL ${spec.major} on ${distribution} cannot be installed from ${where}: ${error.message}`));
            continue;
        }
        const sizes = config.flavours
            .map((f) => {
            const contents = images[f.name]?.contents ?? [];
            const security = contents.filter((p) => p.suite?.endsWith('-security')).length;
            return `${f.name} ${contents.length} (${security} from -security)`;
        })
            .join(', ');
        options.log?.(`${distribution}: PostgreSQL ${spec.major} → ${chosen}; packages: ${sizes}`);
        resolutions.push({
            major: spec.major,
            distribution,
            postgres: { version, debianVersion: chosen, preview: (0,versions_src/* isPreview */.bU)(version) },
            flavourPackages,
            server: [server],
            images,
        });
    }
    if (problems.length > 0)
        throw new src/* ConfigError */.xL(problems);
    return resolutions;
}
/** The base's installed packages on one architecture, when the base could be read. */
function installedOn(view, architecture) {
    const installed = view.platforms.find((p) => p.architecture === architecture)?.installed;
    return installed ? { installed } : {};
}
/**
 * What the server layer installs before PGDG is set up, and so holds too: PGDG's key and
 * script (postgresql-common) unless packages.keyring brings the keys, and CAs for an https
 * mirror (the Dockerfile's first install-packages).
 */
function pgdgSetup(config) {
    if (config.packages.source !== 'pgdg')
        return [];
    const mirror = config.packages.mirror ?? src/* PGDG_MIRROR */.ZY;
    return [
        ...(config.packages.keyring?.length ? [] : ['postgresql-common']),
        ...(mirror.startsWith('https://') ? ['ca-certificates'] : []),
    ];
}
/** The mirror a `packages.*` setting configures, when it does. */
function configuredMirror(config, field) {
    switch (field) {
        case 'packages.mirror':
            return (config.packages.mirror ?? (config.packages.source === 'pgdg' ? src/* PGDG_MIRROR */.ZY : undefined));
        case 'packages.debian-mirror':
            return config.packages.debianMirror;
        case 'packages.security-mirror':
            return config.packages.securityMirror;
        default:
            return undefined;
    }
}
function problemOf(config, field, value, message) {
    return (0,src/* problemAt */.l4)(config, field, value, message);
}
function problem(config, field, value, message) {
    return new src/* ConfigError */.xL([problemOf(config, field, value, message)]);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/package-view/src/keyring.ts



/**
 * A file as the target carries it: relative to the workspace when it is inside it (the build
 * job's checkout of the same commit may be elsewhere), else as it is.
 */
function workspacePath(path, workspace) {
    if (workspace === undefined)
        return path;
    const inside = (0,external_node_path_.relative)(workspace, path);
    return inside !== '' && !inside.startsWith(`..${external_node_path_.sep}`) && inside !== '..' && !(0,external_node_path_.isAbsolute)(inside)
        ? inside
        : path;
}
/**
 * The keys the image's apt is to trust for PGDG: `packages.keyring` with source `pgdg`, each
 * file read and checked to hold OpenPGP public keys (so that a wrong file fails here, named,
 * and not as a signature error inside a build), named for the build context by position and
 * kind (`.asc` armoured, `.gpg` binary: apt tells them apart by the suffix). Undefined when
 * the image keeps PGDG's own key from postgresql-common.
 */
async function pgdgImageKeyring(config, 
/** The checkout the matrix runs in: a key file inside it is named relative to it. */
workspace) {
    const { source, keyring } = config.packages;
    if (source !== 'pgdg' || !keyring?.length)
        return undefined;
    const results = await Promise.all(keyring.map(async (path, i) => {
        try {
            const read = await (0,apt_src/* readKeyring */.ad)(path);
            return {
                path: workspacePath(path, workspace),
                name: `pgforge-pgdg-${i}.${read.armored ? 'asc' : 'gpg'}`,
                sha256: read.sha256,
            };
        }
        catch (error) {
            if (!(error instanceof apt_src/* KeyringError */.Wy))
                throw error;
            return {
                origin: config.origin,
                field: `packages.keyring[${i}]`,
                value: path,
                message: `${error.message}; set packages.keyring to the public key file(s) (armoured .asc or binary .gpg) that sign ${config.packages.mirror ?? 'the PGDG mirror'}`,
            };
        }
    }));
    // In the file's order, whatever order the reads finished in.
    const problems = results.filter((r) => 'field' in r);
    if (problems.length > 0)
        throw new src/* ConfigError */.xL(problems);
    return results.filter((r) => !('field' in r));
}

// EXTERNAL MODULE: ./packages/exec/src/index.ts + 2 modules
var exec_src = __webpack_require__(6684);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
;// CONCATENATED MODULE: ./packages/package-view/src/base-image-cache.ts
/**
 * What was read of a base image, kept between runs under the cache directory
 * (`base-images/`), by what makes it immutable: the platform image's manifest digest from a
 * registry, or the local image's ID (a content digest) and the platform. Reading a local base
 * means creating a container and exporting its whole file system (0.5 s of a 1.5 s warm
 * extension build), a registry one downloading its layers.
 *
 * The record holds the keyrings the package view then trusts to verify the archive's
 * InRelease, so it is sealed with this machine's key (@pgforge/apt's sealed files): one
 * restored from a shared CI cache, or edited, reads as absent and the base is read again.
 */


// Bump when the record's shape changes: older records then fail their seal (the kind differs).
const KIND = 'base-image-files.v2';
/** The file a base's record lives in; `key` names it uniquely (a digest, an ID and platform). */
function baseRecordPath(cacheDir, key) {
    return (0,external_node_path_.join)(cacheDir, 'base-images', `${key.replace(/[^A-Za-z0-9_.-]/g, '-')}.json`);
}
const isString = (v) => typeof v === 'string';
function decode(value, origin) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const stored = value;
    if (stored.store !== 'registry' && stored.store !== 'local')
        return undefined;
    if (!Array.isArray(stored.aptSources) || typeof stored.keyrings !== 'object')
        return undefined;
    if (!stored.aptSources.every((s) => isString(s.path) && isString(s.text)))
        return undefined;
    const keyrings = Object.entries(stored.keyrings ?? {});
    if (!keyrings.every(([, b]) => isString(b)))
        return undefined;
    return {
        origin,
        store: stored.store,
        ...(isString(stored.digest) ? { digest: stored.digest } : {}),
        aptSources: stored.aptSources,
        keyrings: Object.fromEntries(keyrings.map(([p, b]) => [p, new Uint8Array(Buffer.from(b, 'base64'))])),
        ...(isString(stored.dpkgStatus) ? { dpkgStatus: stored.dpkgStatus } : {}),
        ...(isString(stored.osRelease) ? { osRelease: stored.osRelease } : {}),
    };
}
/** The record stored for `key`, with `origin` as this run names it; undefined if none holds. */
async function readBaseRecord(cacheDir, key, origin) {
    if (cacheDir === undefined)
        return undefined;
    return decode(await (0,apt_src/* readSealedJson */.Xc)(baseRecordPath(cacheDir, key), KIND), origin);
}
/** Stores what was read; a cache that cannot be written only costs the next run a read. */
async function writeBaseRecord(cacheDir, key, read) {
    if (cacheDir === undefined)
        return;
    const stored = {
        store: read.store,
        ...(read.digest ? { digest: read.digest } : {}),
        aptSources: read.aptSources,
        keyrings: Object.fromEntries(Object.entries(read.keyrings).map(([p, b]) => [p, Buffer.from(b).toString('base64')])),
        ...(read.dpkgStatus !== undefined ? { dpkgStatus: read.dpkgStatus } : {}),
        ...(read.osRelease !== undefined ? { osRelease: read.osRelease } : {}),
    };
    await (0,apt_src/* writeSealedJson */.UY)(baseRecordPath(cacheDir, key), KIND, stored).catch(() => undefined);
}

;// CONCATENATED MODULE: ./packages/package-view/src/base-image.ts
/**
 * What the matrix reads of a base image, per platform: its apt sources and the keyrings they
 * name (the image's own view of the archive, which is what apt inside the build will use), and
 * its dpkg status (what it holds before anything is installed). Read from the base by digest,
 * through the registry, or from the local image store; never from the machine that runs the
 * tool: on GitHub's runners that is Ubuntu, not the image.
 */






const SOURCES_LIST = 'etc/apt/sources.list';
const SOURCES_PARTS = 'etc/apt/sources.list.d/';
// apt ignores files in sources.list.d whose names hold other characters.
const PART_NAME = /^[A-Za-z0-9_.-]+\.(list|sources)$/;
const KEYRING_DIRS = ['etc/apt/trusted.gpg.d/', 'etc/apt/keyrings/', 'usr/share/keyrings/'];
const STATUS = 'var/lib/dpkg/status';
const OS_RELEASE = ['etc/os-release', 'usr/lib/os-release'];
const directlyUnder = (path, dir) => path.startsWith(dir) && path.length > dir.length && !path.slice(dir.length).includes('/');
/** The paths of an image the view is made from (content kept; symlinks listed). */
function isBaseFile(path) {
    return (path === SOURCES_LIST ||
        (directlyUnder(path, SOURCES_PARTS) && PART_NAME.test(path.slice(SOURCES_PARTS.length))) ||
        path === 'etc/apt/trusted.gpg' ||
        KEYRING_DIRS.some((dir) => directlyUnder(path, dir)) ||
        path === STATUS ||
        OS_RELEASE.includes(path) ||
        // Parents a symlinked os-release or keyring may go through.
        path === 'etc' ||
        path === 'usr' ||
        path === 'usr/lib');
}
const decoder = new TextDecoder();
/** The view's files out of a merged file system (as readImageFiles or the container's copies give). */
function baseFilesOf(files, origin, store, digest) {
    const content = (path) => (0,oci_src/* resolveFile */.xq)(files, path)?.content;
    const aptSources = [];
    const list = content(SOURCES_LIST);
    if (list)
        aptSources.push({ path: SOURCES_LIST, text: decoder.decode(list) });
    const parts = [...files.keys()]
        .filter((p) => directlyUnder(p, SOURCES_PARTS) && PART_NAME.test(p.slice(SOURCES_PARTS.length)))
        .sort();
    for (const path of parts) {
        const bytes = content(path);
        if (bytes)
            aptSources.push({ path, text: decoder.decode(bytes) });
    }
    const keyrings = {};
    for (const path of [...files.keys()].sort()) {
        if (path !== 'etc/apt/trusted.gpg' && !KEYRING_DIRS.some((d) => directlyUnder(path, d))) {
            continue;
        }
        const bytes = content(path);
        if (bytes)
            keyrings[path] = bytes;
    }
    const status = content(STATUS);
    const osRelease = OS_RELEASE.map(content).find((b) => b !== undefined);
    return {
        origin,
        store,
        ...(digest ? { digest } : {}),
        aptSources,
        keyrings,
        ...(status ? { dpkgStatus: decoder.decode(status) } : {}),
        ...(osRelease ? { osRelease: decoder.decode(osRelease) } : {}),
    };
}
const SELECTION = {
    list: isBaseFile,
    content: (path) => isBaseFile(path),
    hash: () => false,
};
/**
 * The base through its registry, by the platform image's digest. What is read is cached by that
 * digest (content-addressed: the same digest always holds the same files; base-image-cache.ts),
 * so a warm run downloads no layer.
 */
class RegistryBaseReader {
    #registry;
    #cacheDir;
    constructor(registry, cacheDir) {
        this.#registry = registry;
        this.#cacheDir = cacheDir;
    }
    async read(image, platform, digest) {
        const ref = (0,oci_src/* parseReference */.F2)(image);
        const pinned = digest ? (0,oci_src/* formatReference */.FH)({ ...ref, tag: undefined, digest }) : image;
        const { manifest } = await this.#registry.getImageManifest(pinned, platform);
        const origin = `${image}${digest ? `@${digest}` : ''} (${platform})`;
        const cached = await readBaseRecord(this.#cacheDir, manifest.digest, origin);
        if (cached)
            return cached;
        const files = await (0,oci_src/* readImageFiles */.Zw)({
            image: origin,
            layers: manifest.manifest.layers,
            fetchBlob: (d, size) => this.#registry.getBlob(pinned, d, size),
            select: SELECTION,
        });
        const read = baseFilesOf(files, origin, 'registry', manifest.digest);
        await writeBaseRecord(this.#cacheDir, manifest.digest, read);
        return read;
    }
}
const spawnDocker = (args) => {
    const child = (0,external_node_child_process_.spawn)('docker', args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: (0,exec_src/* childEnvironment */.Qc)(),
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
        if (stderr.length < 16_384)
            stderr += chunk;
    });
    const done = new Promise((resolve) => {
        child.on('error', (error) => resolve({ code: -1, stderr: error.message }));
        child.on('close', (code) => resolve({ code, stderr }));
    });
    return { stdout: child.stdout, done };
};
async function docker(run, args) {
    const { stdout, done } = run(args);
    const chunks = [];
    for await (const chunk of stdout)
        chunks.push(Buffer.from(chunk));
    const { code, stderr } = await done;
    return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr };
}
/**
 * What the view reads of a container, path by path (`docker cp` of each): everything isBaseFile
 * keeps lies under one of these. `docker cp` names a copy's entries after the path's last
 * segment (`apt/sources.list`), and resolves the path's parents inside the container.
 */
const COPIED = [
    'etc/apt',
    'usr/share/keyrings',
    'var/lib/dpkg/status',
    'etc/os-release',
    'usr/lib/os-release',
];
/**
 * Whether `docker cp` failed because the container has no `/path` (daemon versions word it
 * either way), naming that path: any other failure (the daemon, its storage) is an error, never
 * a missing file cached as the image's truth.
 */
function notThere(stderr, path) {
    return (stderr.includes(`/${path}`) && /could not find the file|no such file or directory/i.test(stderr));
}
/**
 * The base from the local image store (an image imported or loaded there, which BuildKit's
 * docker driver builds FROM without a registry): a container is created for the platform,
 * never started, so a foreign platform needs no emulation, and the view's paths are copied out
 * of it. Copying those few paths, side by side, takes a tenth of exporting the whole file system
 * (a slim image's 80 MB, read through tar here) and gives the same files.
 */
class LocalStoreBaseReader {
    #docker;
    #cacheDir;
    /** `cacheDir`: where what was read is kept by image ID and platform (base-image-cache.ts). */
    constructor(run = spawnDocker, cacheDir) {
        this.#docker = run;
        this.#cacheDir = cacheDir;
    }
    async read(image, platform, digest) {
        const inspect = await docker(this.#docker, [
            'image',
            'inspect',
            '--format',
            '{{.Id}} {{range .RepoDigests}}{{.}} {{end}}',
            image,
        ]);
        if (inspect.code !== 0)
            return undefined;
        const [id = '', ...repoDigests] = inspect.stdout.trim().split(/\s+/);
        // Pinned by digest, the build uses that image: a local one of the same name is another
        // image unless the store says it is that one.
        if (digest && id !== digest && !repoDigests.some((r) => r.endsWith(`@${digest}`))) {
            return undefined;
        }
        // The ID is a content digest: the same ID and platform always hold the same files.
        const origin = `${image} (local image ${id}, ${platform})`;
        const key = `local-${id}-${platform}`;
        const cached = await readBaseRecord(this.#cacheDir, key, origin);
        if (cached)
            return cached;
        const created = await docker(this.#docker, [
            'create',
            '--platform',
            platform,
            '--pull',
            'never',
            image,
            'true',
        ]);
        // The store has the image, but not for this platform.
        if (created.code !== 0)
            return undefined;
        const container = created.stdout.trim();
        try {
            const copies = await Promise.all(COPIED.map((path) => this.#copy(container, path, `${image} (${platform})`)));
            const read = baseFilesOf(new Map(copies.flatMap((c) => [...c])), origin, 'local', id);
            await writeBaseRecord(this.#cacheDir, key, read);
            return read;
        }
        finally {
            // Not waited for: nothing depends on it, and Node does not exit while it runs.
            void docker(this.#docker, ['rm', '--force', container]).catch(() => undefined);
        }
    }
    /** The view's files at and under `path` of the container; none when it has no such path. */
    async #copy(container, path, what) {
        const { stdout, done } = this.#docker(['cp', `${container}:/${path}`, '-']);
        // The entries are named from the path's last segment: put its parents back in front.
        const parent = path.slice(0, path.lastIndexOf('/') + 1);
        const [files, { code, stderr }] = await Promise.all([
            filesOfTar(stdout, (name) => parent + name).catch((error) => error),
            done,
        ]);
        if (code !== 0) {
            // An absent path writes no tar at all: what docker says is what counts.
            if (notThere(stderr, path))
                return new Map();
            throw new Error(`docker cp of /${path} from ${what} failed: ${stderr.trim()}`);
        }
        if (files instanceof Error) {
            throw new Error(`docker cp of /${path} from ${what}: ${files.message}`, { cause: files });
        }
        return files;
    }
}
/** The view's files in a tar stream, each entry's name made a path by `pathOf`. */
async function filesOfTar(stream, pathOf) {
    const files = new Map();
    const extract = (0,tar_stream.extract)();
    const finished = new Promise((resolve, reject) => {
        extract.on('entry', (header, body, next) => {
            const name = external_node_path_.posix
                .normalize(header.name)
                .replace(/^\.?\/+/, '')
                .replace(/\/+$/, '');
            const path = name === '' || name === '.' ? '' : pathOf(name);
            const kind = header.type === 'directory'
                ? 'directory'
                : header.type === 'symlink'
                    ? 'symlink'
                    : header.type === 'link'
                        ? 'hardlink'
                        : 'file';
            const keep = path !== '' && path !== '.' && isBaseFile(path);
            const chunks = [];
            body.on('data', (chunk) => {
                if (keep && kind === 'file')
                    chunks.push(Buffer.from(chunk));
            });
            body.on('end', () => {
                if (keep) {
                    const file = {
                        path,
                        kind,
                        size: header.size ?? 0,
                        mode: header.mode ?? 0,
                    };
                    if (header.linkname)
                        file.linkname = header.linkname;
                    if (kind === 'file')
                        file.content = new Uint8Array(Buffer.concat(chunks));
                    files.set(path, file);
                }
                next();
            });
            body.resume();
        });
        extract.on('finish', resolve);
        extract.on('error', reject);
    });
    stream.pipe(extract);
    await finished;
    return files;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/package-view/src/debian-archive-keyring.ts
/**
 * Debian's archive keyring, carried by the project for hosts that lack it (GitHub's Ubuntu
 * runners have no Debian keyring): the file /usr/share/keyrings/debian-archive-keyring.gpg of
 * Debian's debian-archive-keyring package, version 2023.3+deb12u2 (the archive and security
 * signing keys of bullseye, bookworm and trixie; sid is signed with the current ones). It is
 * used only where the image's own keyring cannot be read (no base image could be read), and
 * its bytes are checked against DEBIAN_ARCHIVE_KEYRING_SHA256 before use, as PGDG's keys are.
 *
 * Generated from the package's file (base64, binary OpenPGP keyring); update both together.
 */
const DEBIAN_ARCHIVE_KEYRING_SHA256 = '506b815cbb32d9b6066b4a2aa524071e071761e7e7f68c3ac74f3061ba852017';
const DEBIAN_ARCHIVE_KEYRING_BASE64 = [
    'mQINBGAEHQwBEAC7MhpIQlLicwR8tmMH0yFkMIsqIbfudnBCuV043sSSSdUT/XjAXKdsdOCpfb6Tfiau1uY9Yb8gWLM8JxmS',
    'uaIa1jKlYiRZ5G79D7NOVIcqBrqp3lzVHShLEXs4421f0Y4bSMuDcY/cdmRt+S+qlJvqKLwAbyejyi1i1N39UfJtK/OdZfuP',
    'Njz8VoWPgJff7CaIYYREo4QWzAnuq65gN6DP3q33vh5OcoZgMDR+toEKYyGqhjXIYEJU9qYz/wpglyijbFoyS3jn0oCTHpS2',
    'NwKc01vBGVZpfR+DVSgDWWQHjlrSpb9E7bAxn2RfUZnQ6Sh3qcoihOjyI0RZ9ZYH8uQlur1JSS2n3/RxtCaV6uRtXDB5GuXj',
    'NfqNsprZVhYYhBcX4z/4oMVim5ABkXwGNQMezrESHGq3oiIeJaBI5Oso2g/D1MIS2W5B6NzSTqB4CaGzZ+IY30vvkxhnIG7g',
    'r4y76FzcafdJKM1cH/XlFXjnSGQ6UmA0E6hpXnjsQWGPL7InpDYHFVl1dH2syHOqHUmEU8CcZayb6hVygnQHh7DlhsrtnrN8',
    '4qEkuXfitC4Aqaq7lMflGB+ymphxBM+CC4OfiyvW2FDuzQAIWPVRwmKuKxMCRnPmSd+UPkyD0jm6yb1F2Fl8Y5T4lYOJJ9Of',
    'OpUz38LEqdVx0BosBn68shCwPwARAQABiQJOBB8BCgA4FiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmAEHQ8XDIABgOl28UpQ',
    'ikjpyj/pvDciUsoc+WQCBwAACgkQc6Tye43UeTYUrg/+LEMuHp3zMwvR6zok7CAVn6Wy2QNj7uNEvx7S4jmd8oMcjPZqkF5k',
    'jNso2iJs+l+6AeluoQq4b4gnCbGlarqBEe0BwKdHKo0eXcOzmx3XoJ7Gt4J+/iIrBANt4cXmvT6kyreq5unj4AkxQDDgeaBX',
    'Ukkr7B0WtzZpRWyYhrHELlGEEdPSAgnIzmLYNXQT5cUrBwLawtn1IfC4SYpVfehW+ltr+q7OlV18ggLxjsXTD4EppPGtUn9k',
    '8NYzMK6IB6NnDxT2pwCsJZzItxv9TU8mVwchJ+NZ+EKCRgK3QfZkxEfXuZuxRdjyZp3ZYuq+1nT/7BRx1m/Skkj8/zrv/aFQ',
    'iLi9uT3gqAG0PRZBgXbYDHGByTayZayZuW73lBV5dZyEpBEJ55DXgbnDk7rmKPDQitXpVvXEZVDo3xMaxu+XP/M3THz159ll',
    '3//8MgUKeQWw0wHYD9/iWSDmeo0i6XT+6cQU3khJv7IvoiK5S6slOa2h3RRoNbtIHhtQVGz7Q5RfoVkczOeV4jo9eiJW3Q8V',
    '2SUhzI8WIIrEjdQJaG/gnDNM8dlO4gnvCfTQVThEtxkYEAWBreo2DfWsKwqi7ZJajMdpPGTIvU+pJwDY6i7zNuoHrkph1sgc',
    '8dYraX0VzjtfJYLMv0z+oTfdHkNKQ6s/zhCBw9V3a5w4UtIKaSKGUwiJAk4EHwEKADgWIQQfiZg+AIH94BjzzJZzpPJ7jdR5',
    'NgUCYAQdDxcMgAH7+r21QbXclVvZum7bFs9bsSUlxAIHAAAKCRBzpPJ7jdR5Nmn4EACMtvbnCpFKD+MzkF3b5ccFQLk03cC7',
    'sPzRipKsR1SoKKXV7Vcps2telPZPx88FzjRoj3jBLtsFNELYvpFANFCLO1Nexv9a79sG8vYrhqKDLT6ecgSJDHbRl9DovAjl',
    'VbAGsHBjbmV4J7o7F6xcXgB4t0DIObe2yU4oiCa+S4ku2p9a5ZPrKMJmbRg8EfwD2VVfw8KCycW977JV7MuihXYjjrHugI40',
    'h76+rTbKbuZLcTBxMsi1Dfx5rpLVYZgukMU0N9WwBdCC+x6WBQGmOFMDy15f0cuXYTjDuiZExFaSb04e9O6p3wf2vOjfsexF',
    'IQIy9sXJ7KLfpZoULVzoUuAWgZfKxtH3D4imJ9jeiFKbPomeLpo7vsxfZ9W8UMRfFCKUZG5kS6HKC00ThKD8qXCOz66Ypfy6',
    'BJvvTAKr32Y8lgQNqqu7DIntjNrmAJXYSKlE5h+B/tVD5VdszimE1tEEcgf8lA19C3iqUTIle17w0WvhJgBITE+TP2SUiw4t',
    'fWYQ55y4oUfJi4lJVck4PuV/ELzwlZmN2A8PSgj7JmivfEQhq+ANGRpnGJ7AvmhAOsuPfakHmsiAdeo0EOIPy5hYFxWGZcFI',
    '8xX0ywMH9Kh4hS97oZInCeOsBfWGWUrL4NWogLYDIsdVLDxlDT+ZPnXzqlbtHhwuoniVpVWXH6sMbokCTgQfAQoAOBYhBB+J',
    'mD4Agf3gGPPMlnOk8nuN1Hk2BQJgBB0PFwyAAYyCPe0QqoBBY54SEFrOjW4MFKRwAgcAAAoJEHOk8nuN1Hk2QmcP/A1IBxQM',
    'UaPom/NzStJhOMibGUGgcCx306ioq3Bygu5L6Tfo5QoaJINj57Nee+0Dy2dHe9FCaMdv+Cl7cGL6egq6VyIhDyYef/edVRXa',
    'ukzi/dUIW57704lDyudHKBy2KTbzY/WJBNOBXmRG76Q7vTxX4JOYv6whtd5ulyYnom2KUlctOJ1sfNXg+D0QWo2XjhTkevde',
    'wME4aQEaPuJabAcfcr1LoR3Gnsw+l06hBzuUn1kOMO37ocveGzwLshzIee2b0bhCcc2o2SH7R2xxGkAAleSeS3nXsn0qH/R+',
    '3juQfwKqonmqF/dMx+JhcbIvGi8TfZ0vzhC3YJGqUdK12un0wFF0c0IHR3ZnbkvP4Fh+yThFgTxMhR3XiX27+n/ic/C1fm3p',
    'N0RnQabUHODlP0VgAVk2fwoa+rjZq+XqiwZe3qqfXDQrB6blF5/K9jyEaph3D9Ug7Z0wVyFJ8BBgN4+b1DaBRFt43vTOOx2u',
    'VuRDqGjF/LuBAw97kphFK4e8xAkKfUzjygQqZRt8yFr2LvfaFyrBklEqZXDjCs2/+sZkS0e/EZ4T6yaUM2jPzt6MBM9A65VZ',
    'E0LtvWTLQuvxpbdrwxDyOfqX9GW0RCAXbz08y5h6EqBeBha0s5Mtdy0V4FgFNNTeTUR5GCTi+wWUkwni3aCOBPnEjHwCWYSs',
    'uBLwiQJOBB8BCgA4FiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmAEHQ8XDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQ',
    'c6Tye43UeTY3wQ/+LjebzIjgcLJaFePuVICRZdTjtyj0EEWDc3rjbYUhLH/oMMDt5wjvKaRiF5TixJdP+BqbYOaNbC1q1zSX',
    'e3WKp7rKf3Y23A4ib6qpI8jiAG3vZRyki5yh4Upe3BsTlRHYVd4O4pWzNktv3NYwxg0HHv6T7ZMs0oGT+ewQDbVpovWaiaaL',
    'gFPtFYrN2qPhi66J+K+QTNJdTpvWUQo1m92YRVlG2C7rx3Y1x2do5SM/vhRJ8Di9bMU0ZCXQGLoNedTEq/3OgjqPUUdEtcUw',
    'f0jO/fPnaEhaqRDjtTteGNx21Iy5adM8otUw4XQmmDe7makdmYTi3LDTlOVkOyMlnWQT4k601ySvnSmdRwUT7vOV7pqUnHPT',
    'klBwoWO99/N0DF524LW8/IobNuUyX8hkQ70krpC7/suT7cq+l8Q45nJ1zTNnYNUdtLktB4MwQchedynsmPjGjADpqgCFF5gC',
    'yY25RIJ/S2CBObE+z9Kx9s+CAvQyoTYVaQdwXmavybHpPmocXGJCBG0V6JAkJTpJDFNZM4MstcAltUH6JgNZ5YkKvDAzLBFX',
    'ROvo0Se4xsEiMkhPixXqqtiITiynQIIgLgb9BQB9MxZ1FD1E5xC+ayMuD5W0gXGNQUNflaywJHIGTY66axrIVXPXhi6vhLWO',
    '8YYIsewgcR/rQDc9kc5SGBvDxs+JAk4EHwEKADgWIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCYAQdDxcMgAHHT2rJ6TOzBn9S',
    '8z+kWexnFbBwXwIHAAAKCRBzpPJ7jdR5NhsQEACf8Cwrte2o8ZoUo6GhLasJF0Jkh0d5kC7utqxK3056ykRz4QcHmacWdYzT',
    'hZoYtsSzM9UudclTgObbRnnGFZz9X+UlEzM/D1wgQ0uDbdaYbMpNtexChRnoYugngzhgcZI9kzWXLSGeRR13TVoqHFTRiDkl',
    '69OCxGf002MoSYKAqwUUoaBnb+uAoDFdpj+UoFwKqcCiDUcZ00vXtfR62f8i/+kYHjVMMrE9kksk0Q8Q+cj8K2e7znaLD2hJ',
    'Wre2ctLUX9HON2Xi+Dnw944GtbdVMIZjoTgeTphW+eGr8B3+WHYUoO1MHMb3eezBZSZHKbYLgPLv3qz6dm/VHVBR0MOSJu7y',
    '2ljDIb4XAvvam0btK/JeothXWgUr+ou3Bjc7YXH+Q4KYgJ1ALs34PmmyTaKmT3lpbI+3qyDcvx4yEGZJLE3hE9fuOwYLvtXC',
    'c8+wxfLpRdQ7puuFTAL97i1eHGODj/ZZDmUivp1eUzjoRUTDyuvWOMVtC7D2CHai+yRQVtN6uCinTwCnhlq/+B+MMrlEL92k',
    'NEvoVwVkGsogTupTiUy9DySk4b8iyKsythnwN2zCF+GfwjEDetXJnO4kLQGc0TX01TSLp4b9mqGXKKYZyp2tFOJm3+QtD4/1',
    '4tpGFTZWqfLDzCNXUSXUQFTHUFcJ9guUJp653054YfJAIhl0VrRJRGViaWFuIEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcg',
    'S2V5ICgxMS9idWxsc2V5ZSkgPGZ0cG1hc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYhBB+JmD4Agf3gGPPMlnOk8nuN1Hk2',
    'BQJgBB0MAhsDBQkPCZwABQsJCAcDBRUKCQgLBRYCAwEAAh4BAheAAAoJEHOk8nuN1Hk2o5oQALUciYUFb+EKd0pz5zDYpYTL',
    'xyzFk6d1mMVJCejG8ZiEJ5Jv6FVYMvDiGmku0yrIjnKe5vfPXGHOQO7WOBbge2M/VQcmQp/mkOEcvAz+2lF71dPHq7/RadJF',
    'LmRxnvHhbDANl+lgO4LNWHEJRN7s29IJVBzrfOXAoDgVs4gKjVK5JC4qNA7be+TIuQwyCQfWs6tmOpKaF578APfYdeao3kNZ',
    'Te85ahUm6WrtVEBcQtv4TlxY0X4/5EBSlhyNux12fvA/0/s/iB7Of+SFHbj7xZ/Ep4R1BxmX9cBFaNVUD9UQUkJLstMb0KnF',
    '75PRcohPjGnPN6cpeNwOX3D2zAwn7mGeRxJP3ttppV031HzzI5WBiKT6jCONNuHS6uw3yhfTD96OHOwhDG3ikmOh8jO7cqAP',
    '0Bdl1TICZ3RIMqMR/iYLFmLLrlqGI3OZIRMMJZe+7C8uFRHN/hX3Y2f41FC7lf+IKfTYL33x2CGzTlW0fQIz/cERkvHTIY+t',
    'UjOvC518F/8Rq3+MAg0eoa/hQR9v7c4vFBzC7V3Ix8+A1MJq+E5aEqsy2vIBoVbMOf5cjUy5q/bCq7HU5v/hr8gzQHArfvIY',
    'gkC/AXfWM17G3DR2fsUE+lyc2ReAneMr/oqSl3u51ScSAHMeN6/6Le73aZ4yYwhPIS2M/KDf2wNURv/rMc0NiQIzBBABCgAd',
    'FiEEgNFYI7f9FWH597zd3DDXwjy7q+4FAmAEHtsACgkQ3DDXwjy7q+40iQ//am8nYLA4VOAw//lz8CMgk+Uyn5HS2t2aAdMv',
    'ep5wAVPVGZZb5Wa5eoNh4Rg5GnurVvl2N0OXo57vD9vXHhJkooA3p/UaeVMRnilNgSWdphW1l4rRXFWCw6l8frLp0iVq4yOx',
    'olOWTrWmpCYI+fgRrOknnaiqUS5+TH0a6RJtFJsO0x7wjPobdXhY6vfnhBIzdfnJ/oH+EkYbXhtMNtpUT75bywtB12Bj6Y+C',
    'Pbel7u9yMOwBK7R9t/56rpqF8WwExr9OwJkmfgVkScy8SOBTv0Wv+jG9JSGZKVNqCATYnKga/QgOMuDmrIbIe+OMjgRhiSfc',
    'zXBVWQ7Xd9DMzh5682+DEiK7cawBmpoGnJNkERR0P3uqn8vn+TYkEHpvNHQ0kISt/9IIiI9BOX3aA26xaD3RMSldsCzq2n64',
    'Y3THwXX2hTT8FCYLSAlrdlaqVajsgAsJHimcbDnPVmYfq2YlBeEiRbdeeZijKO/OKmgKtSble3/7Z8JylyCIGsZzYu65ZYr3',
    'v5QfSRSmJYPsG/MvI1dMpiohBs9o4/JYrph6/ulgZVMaMqyWnAv7+MsBSApXPRi013k1oInnO+toUvFWh2NdoARKzCQnVf/x',
    'ozkhSvyAbVTM58jTZQjsAVIOUAKixeRV7xR99VUoJYDrZKSewoE+cHkXWYPTf081wPBDdhWJAjMEEAEKAB0WIQReYbIXJl2p',
    'gHojxf9N+rJwyqlt+gUCYAQfFwAKCRBN+rJwyqlt+oVSD/9nQjSynGhzlBF0817mJNRH3m1eXEeWc5vbuEkMHTjphctidfhE',
    'gmC5Ay/DvJlN+HNhsLoYZb9It5vyhkPEAM46UroQ4mcx9Sj/IuJNrUF7UBLGx9TWDx+7UQIA7/rCDnSdMfHkX1l/1KD8t7yi',
    'sTXRiwWvIn6pEwlZQ6fUOgzy2emZU7l1UlWQI/kWFb2gmkgAb+/jStbjsIJIRaQCWTvkasgU56vCu5oqb2/b2gUSX0MBTIbo',
    'szEZxnZe1z15oX/RD/EU3zPr0w4wmN7vdLBtqbFxbnuVhDAPJH4zRgPdTB9E/n0PeFE37OxqOlC4eQJMKrFr4yw1nn5O5HMe',
    'nkRHnXWQHwMDSE8ZEQ5OB3BRC8J6eUz5hk0oUNepcag0h2DUDsvSes/Ogf0azipdP3h2UCNrNqe6RXKO14JmR9028Lpps2Lx',
    'OncjpoPKWw74zD10Ts3iO1IuCOc96MivQtwbnu5pQhq/LyNKmXsIkMVv7oW0Ca/EuUl73UVXptwLyJJTEtFJgXibmY9NQ9aV',
    'Ii7mJOLopR8bqYP3Esl8Uqtk/j2UsV+Tl/V4a2KgbpR0b4cmfGJA7SyrtBWRtVDSKfzSvrZkvC9eAQdizTlcGM32r5jesNnu',
    'i/HyBcRjX360gWzzMeOdEcHqRQ27qimgQk+PhMXfJ9thcG09Tri1Zt8rKIkCMwQQAQoAHRYhBKxTDVIPLzJp9emDE6SESQRK',
    'rVxdBQJgBB/dAAoJEKSESQRKrVxd1WEQAKIOigIdl5WR/YqQrn7u8nXdU0ghMPNz9xTQvbIQC6f+A5Qk1Lwu6mD3keKEKu/a',
    'Q6wN1DSu86xAKwnW1ZRzcHJd1HVjpjNIQ2j53KmPAtMjQSlzsUz1yfp1wSai4BGa9LbobIbC3nbtndiUmbYVtvn4fGa6k2Qh',
    'tti+TzSy3wQ3lPEe3aVD+3BWr9F0kOO5f2N2Os6iaF4ZFffn99D5qry1K0sg3IBFfLryUVkOUokHV5W5TaKfpvM71iJU/Sua',
    '6E0XvDiD6pXksqOVG3kQNqa7AEESzPHm2+X1XydUxFkXK41F/8z+mNOy1z5wYz3QfL9gp76IV48jjYNaIFCkq1jQOlOo7YDa',
    'EvlKJPJ/0/eejI6mLJO/7irqYaSgYlCTe60SHLMjmx4rmYi0YEdgyEk9tnqnKvwsSYdPZdaC8Kl3VSM2lg7B6AFjD4NCvrBc',
    'bKgZBNx/NrUg5i88lHFmK3ErGyBSFNoLVbEsaEzUm2Wml/S58XOlxB7vKSnVL26WfedqF/W/6jihABb0EN6I8Hraa7/V59dV',
    'iKa1EmvEz64/C1J2nAb7cnNAPPnkdgwqrsBMcP6GXPpwOSA9U1tcHSFJfxuMuAY6nWns2e3cC6FpTHR9Tnnp+wpv53Nd0CYd',
    'o6jYngPPaPRvQSZo2PcYNF54lq8UaowZvm+emPRqJ59AiQIzBBABCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmAEIpMA',
    'CgkQvDciUsoc+WQW0g//TDVm35jty3V7Dmql9P2ioDIbsTGb1RTGdIr1p4gLZTyA9jbJyVpEjyUwWHa/DbAWAOLYkuPjujFH',
    '80r439kKYvcbwNcA6I3P8nvdYIkgpxT6AyF8YA2lLWB6MWQy93Bm0R2fk7J7O1I7/uvBLjs3pbklhSyQsDSaPD9VE5jJ9zYw',
    'FdYkSEqcOrC5XKqt9pp9e1y+QVTWViXvOch9l5NanA7fMEpO56xue0EYRnXcxfovo0/unBuUcFJ7zwYmFTAicKlBWmErRcV3',
    'n8DcTbTF51ZyMHtkq30K/ZQb/f9LVSN81Om9gspAzRpUP/XB3IY6cnbpbIcxdgAphm8O8bhMjCztjfPK9zcwhmzAprW6f5S+',
    'vfl5ndGBhNkAcFdEJsODVVPYQNR+nxfUjfyZTl3/lEEpdhagkjkw2DPStpStGKDWwNnmGs1RMNOKCZtnKI1s+oeBFxxnUFQ+',
    '/DYcjWz+t27QIAZNx2vGbND0JIjGebf2WFFpDXjqF7xaa0mRfCUtu7jyuNAAj3eg+fARserqRugyoHsu2QlGI24HGyHQO02e',
    'ne6l7+n5Y3M3FtgsLRjPlKUP8gUO9xW3Bpi1+pnaSzbM85pK6dooH7tj6OF9pNXcSMf1Fq0l1Fw/gEt+H3bX51i2eJkQfGcx',
    '3Fr+90ibVYsStFh/uXs6bH40M5q8kxyJAlUEEgEKAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCYAQyziEaaHR0cDovL2dw',
    'Zy5nYW5uZWZmLmRlL3BvbGljeS50eHQACgkQ2xbPW7ElJcSndxAAiZFxjtM3OalPJ/VI8yF16lNHrHR1KMpSt9azMRMRvEx2',
    'B1LkNCxCFL+ZiIY4SgXdG8pt4nRNRUwOh+mbPIxjTi6BU6jJbNEV/x0aZHMvthPXqzY5T3ZcfYxvvAm2PiOE/T37Vj5OAlkm',
    'uEhBi9TA88wpjFiMzNvkhXxnjiezviAStsjADjqxJ8cipX4cTcoqt9A+ftdEp8HkqMWewMBLkRWizDFW7uXCFXGcLvi6FnXA',
    'Ovi4CU6g/VUkDhExrqA0rRNXdmTJRNDCWEGH9i/2vafMHziEpBWDCLESSxpjt2X0YAEWr/NSWRfiygVkl23mC+Cgs8N5QUUb',
    '/w9BeO0kagaelCak28aHvfJRsdD7qObDlQdhWRWqXZlemEcHGyaMsVsZRDArPxe3y6OSeyR3c/cET/KalAsYhC7LL5YSjeVL',
    '8D7fgSpMahnmB09nmMztWFQ0XXMnvhBRZZfwM+GDeIxNhVUb+R1hgCibc/aMLZvzZXqF/urupWVAycVzqTD3vi5zrYFEZ0C6',
    'q+YzcHENHN0t2HyNlGFobiTmv0DQiuAu3Wcpor3zFAwaHIbZiq6jhesJOq4vAjVTdVoYY/NhwSSe2EdaFuaDTh1CNnk0tpAK',
    'P/SxQ+3Odn7xQZ0wlKl4vFl3EiFv+dD+q0M2KlEjaoj/d8kunKPnO+A/kS1ene65Ag0EYAQdDAEQALxyG4hn47Yqk8SKE03a',
    'vuNFlLP0NFWg149k7csVIDRZNygicf+6RSCZHSr6ep3gYIX/f8xsmqSyckznIerAgCRmr5TDqs7SsGOIyMetOHol+soiJqgg',
    'unmX6clkVFT2KAOecq/3A6uw4M3JNlvGXeSRtsMlSHTdS0wK2m3n++VVr9tZ//NFlmnSnnAOAazomM3Od74Ne6fD9xRfFF9O',
    'l4NS29oXqwJS5NpsCU0nfoxEEADFRVBmLiGFTbMN0LtBLzciznTsGvKsZNdBAafEaNgW6RFYY+eTdlgQbdILwXuU7TE+n+AU',
    'hVaWsV0ldCjNlFdUhTde1ldTBfycpBF98hzdV1KguE3vpJW6xmPSrXgtHrBzFHMpMEBP59J5cRsoD4kJU7IdhGGnKqZGVmoX',
    'XZOqYDXs8iJ74PKye5jk96ooNHO6etX0lLrb7HMVJIRXkPiv3Oj04QDEZcxrxnqZ0Su2m8S5/SLK37W4Rnp/KTWaifUPI0xy',
    'EEfssz/i/fdXta+XvoaMSH4zHzaXQnVYQDoN9CH312k0N+PYSDlxSVMinBn2Lh1JTghRDl+Ww8GplcOSoO8k8hRPeqbXMnCw',
    'fpXrU7GOPkMv7K98pAZx47bohgVNA+SGY83eUFlmQ7MdhIiWu1deLJT8jQoFz2aNeW3DxgN1Ltqxh8e9ABDvYTdNABEBAAGJ',
    'BHIEGAEKACYWIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCYAQdDAIbAgUJDwmcAAJACRBzpPJ7jdR5NsF0IAQZAQoAHRYhBKcj',
    'aIbzzMqtFIon+A6YQE04b6HZBQJgBB0MAAoJEA6YQE04b6HZbYQQALP5Em7+PaMdnhtyeGEX7pISquoZOuBA4RV5oWkJtCjY',
    'jtWq85/dDRoo17EzIkxhJCUypnELwavdPVOrKmDNv36mrdtdkOe8xsm+ITN4w0EbMif+SByvXtTEv0u9CBYfeq4EKCig1YcC',
    'glUPaTJsmSLZUv/k+d+dQht9FQaEUk9ZSYjpYdU1gZOsfzVY3FMwLpUlGtg6JoQMObpxsW9uNSYUbEDl8mFfc1odz+lFw3mh',
    'U7Nov8IW1QNMrg8Yu6hY4yQkxw8A7bs+JBz8XKVQXMP/0Zb5NROuISI/btPDkmQfU6ruD91cPVXXGy9PluV5+E9g7Cs/RlaM',
    '8TmAp0NAWKQixnPHoOwfRmuqYTc0WWuyZSaQdE5z0nPKB9Wc9nGUdZhXooqHADrm6TXFk/4w2xEkKKneGXHHBCaKhPjQRpwc',
    'Km6wVJ0gSmr9X9FLCjrHu+K5Fry5UkX+pWVsbdL2gIyKK5FtNx0ujuAlZxE94PStQUC74rZ2s/ac6QqbD3FKEW1jcVe1KPMH',
    'q/6+JzaSN7isIi+s6jsXg7K/sYMh5J0h6heMpZhoIuMGqQ93doyA9rRa47wLB4g2h1c2hx2uLK1VS4SJ9+0yvkNoNJSYGzFo',
    'Mc0UnBVqP1p03sSBxwd6F9cs3bvOE3jXXslUBcmyzFP971eKI5Kc7MwbfbM4kFoWWOAP/27m7zRuZSrAkFD2UCabCUWbEQwp',
    '4vafcYjsdJFuennaLhqybQe41P5IXvcJwvDIjzJXfgrq3IyBrWNI+fZzCo3I7XeWLdm3McXP0Q9X/UmMHuZ0aBqc26OHvFH5',
    'f2od/hwc3G9sB66sB4/rfWBOHMWJHTkNnzNMljTK7kPC9YT7n4DYVrdPTacvXrh2MkHGz1hEgznlW3VzF1Mk4qYBkWeIpcdX',
    'wHDfHXDYWIVXWtrEiqBMjLDH8Bpx5nee98KvFQpTzMbU9lE1rInSskw7+iGRONEBXcGs3fRJB8NvALsYMp0MU7hx3wQWmX9q',
    '58mb4qXvypFn+IqTOuN1AVCqSVEDn+gcdehCG8vkjOIKMANfKEqRrbQmY7CJtI4BxkJwtUCTVPaRDVdW3RTv4K8K8KAM+hVz',
    '7rnFYTONiO51yPCCuVHSQ9ivZv5GohbyDO5nNTve1no6Fzl5l/CSpb5XCvOcGMvgMWP22nlLGoSNG4g3TWlUabxrXmPEANG7',
    'D+qEhhuebeFC6OpX2i1JgYEpUgoTFtFC96299K38JSWRK/x0FPigzxvUkxVt7rG3APIPJlYQhYRq2rmDA4zRQL/ZDtFF9+QH',
    'IIvMDlYYZCLKlxoEjYlCusJLiwHiO5uiHDiLRA1vu1qeJVJ8o435g/gRLJALZojZ1UKhwK2BVhqTmCWbmQINBGAEHLABEACo',
    'b9fgQVEt9lqNWKPyzMdenmg+sIE+1ZXwUn6QzJhGedE42FY6ov6NAzYh08DOPYZsxpU7C5vX9nuM2Fp1tKgGXIfQZmc6EpLs',
    'YmPsKpAFOHfKs1SLbcwgc9pgLvJ6ZvUS/c2T2SHxMStHyFlJbMkLd8B/DQSx8XaIvjlHWiTiLv/+UuAfd4yQeatMyPvhnVLu',
    'Uf5Utgdvl5Twwm47IxUMX9426VKg19/22uJyWN0kfI0uLy7hg1cHArR5JOoiPRf1xR4ZF3zgu4gwCDD1Puv8iJuWM2U0DQDP',
    'KOuH2DdasezHiGCVrQ9LWijTZvpyT/fg1qaY3w/1gx8QK6TpsFL3Fwxopx2VrD7e2+FX3mmxfqhJGlAAfG0gOpie6t2WH6df',
    'cubWCt8hjY2gN+NT24gotDqk6Uz3TgLDG439+A6Tazji2shvQp74iTpVjyiBsdjF8ZbLBX1mGFLjniuZxuzOk/skUaInZ6g4',
    'SGw2qy8f0uBbdPxeIuNe8QLxEotXt5YCh265BDp6QpnHh5qfFc3IqwBA0hjkgvuzH+uNm1lA2dlKscPsqntw2c2epN4w/H8V',
    'ZYlv80KBEHx7vaneoVMxQkYDTNA2pJJJvWO1fKnIlpPMu4HWeAeiFOYnju5/Vdz4JuBmOQ9ATiHfZDBuC35IWzU1r/Tq6LoP',
    'IqKm13xJawARAQABiQJOBB8BCgA4FiEErFMNUg8vMmn16YMTpIRJBEqtXF0FAmAEHLUXDIABgOl28UpQikjpyj/pvDciUsoc',
    '+WQCBwAACgkQpIRJBEqtXF1npA//RSkQvkVQqOtQdoZliUKFR2w1RZrH7BXRMDudrjOcJ44GNuhrwPndnDYXEmEmIKKXamT3',
    '0BwDiD9sn4Xmwr6r8YkO0lE9vvL6vvP385P7mdDmd0uqH9jm8fxQelOwuf/8IAFohthBi6ajfsPUTgGncGXqAUvExlShhXZK',
    '/rq+3lWFy+hhyxKC0nrEMGskiATUY2HyQoiy47BheAWQs5IsQfc43QS/C0ySgrNsm8KENlUcAAntRdutL1JV8ORlpgRUvGka',
    'fT5vKN5tT07BpPh6ry3cwSEpMaQQmq5CT57hf92k5A2idEh/u1YDNGnIrRRTLIrRwRucSoVfgrxpHbFgq9p5bL6RkjpIm1L5',
    'ytS6gFF0Bt+/QuIt82MCfTjCykavI4YfO6qkewA/4aoEecJ0z0QAflg8sJcpEFTiRtnMTRvFqfjYQcMTgZDBS7zaFgsZbqc/',
    'coOf/uozBzBqob8vPBDeiSC4Hp/a/Gy5vw+ADJgQ5OAwcp68KdBN5EmSU1S+xqyKEtKAr3CKin/+e0kqyV+2jaR+jBcPveZK',
    '89MEpEMxIsGIeSZh4OYkc7bS7iPO+Euafmek5uSbhlpejUBy2gOAj+W7HK2mpte8rWWEueVaAOj+bFd5VNgt2s7LS3D6jy3n',
    'zp4eAl9PI+K4Yaiyy4P2GVIyRESj2n4OlBdVMoyJAk4EHwEKADgWIQSsUw1SDy8yafXpgxOkhEkESq1cXQUCYAQctRcMgAH7',
    '+r21QbXclVvZum7bFs9bsSUlxAIHAAAKCRCkhEkESq1cXRDGD/0bkA471LRZzYURNP3oAITwEy/6NKcVY3EAPe6gQVMtOI03',
    'qQU8nSLG50yNHlLETfN7zDFOWUAbgNqnss7fP3HUsrZ/XUbuathnkTQyVcmQfGYOjTXQI21YsUmwXUsbm8AHCKToxBpIe+Z0',
    'nSlqjJJg60GK0d2g19IgE4kji4575BUCFDUypkYNh5v6/0zZ4vriomRfeHmZ9ne+XkQ0kujjpvpy6LIhb7a3ckC/X5QrjGsp',
    'yPeQN8oYfZZrvyo5JmbOI7XgiCmNTGIJP7C0l0UEMufkmCvoetbhlj6pUWJBsCHGbZgVYuD8hWmLoAUzp5EjWjMVERpHncI3',
    'TPevlwqZczUoDYsIKGMqrowzZj88PdWHWlyq6dvXTMlCUufFZzPDsCjC6vPxhKdwUq0Nj3oV4HXfEHydC3XHmaFv3oglLGSq',
    'Q9VuCnzvpNnH0MRIFxBKFUR5J8rBjNXDNN3UtXkf927e/l7JyYIJ5XaHUzlTK53FEZRPeeJckyEd6NIrrm/BC73/3mMuAQZ4',
    '033PeY3qD+uZNWp8Epfs6idRJstkGzK8tlOyfT3L/MkcBYXBVEiyH7MUy2SbEjTgC40FtrmGP0YpmZ4MPj7pUymFps/eLRQB',
    'ACnHum12k2fxxbyO80DWge8oMRHQMBr+TnFgGV18HmjYcq14LhchnhYC1eE0IokCTgQfAQoAOBYhBKxTDVIPLzJp9emDE6SE',
    'SQRKrVxdBQJgBBy1FwyAAYyCPe0QqoBBY54SEFrOjW4MFKRwAgcAAAoJEKSESQRKrVxdfBUP/RAFKP+TbfOLzFeK9oNDABJI',
    'ztB1xXXoqMyPUoLqqv1AEdgtu1qvvkPiaqBLYCHmA/sm7A9+p4lxnlYC38ahxMJhcZ/QXhaQaEOU336WfsNcu4Ir/4ST3hUw',
    'sFtxluSEd89/IfFiIs53ZpTtrH88nxJKoXa+U84WT6xP9OHW5nvvH5bLveQCpDZCkW/Q2RkbHMnlPaXHAe7nLS8S2Lgy4St3',
    'ldVZzKDC/zhBVnWaUPuFGmDQnImzwpklFnAXFYTRJ6CX2nDw02Vu20NA+V3b64V0BIdgb0Ylkit5R2hN5gmXUCXdftzv302s',
    'zwhMF47NqPZ4T14kSwLh7LtDiYioDJxmnYvG1hxCu/cA1UeDxtTxA6tksz+QM8g+bN8ULTDfoNUX2ZFTyk+eF+J5calR6A06',
    'mxmHGOfc/dbEy4r+ztmSTnrfaPhCiHSBvCYtU7Q7GCa5EKVw9FtUJhY7oNrr15AQFrK5EJN3nIxZxHQDocAv7e77jBGzUsh3',
    'r0DVOJlHX7Vjh3VcmgEh5P0vb3vZGFOgSdL9mZ/kuZAdJv8zJlSlShBT+P0zTicl7EGzLSx/sZtGi98TrOIqrqgBEPIJn3Qo',
    'kiIxVSeGfQtz9nrvkV7uvUMe5ABRu6mxNzc6JHtA7VZNMLFhp5imBKneMq5qksmTXkpb9bw7IoEPB1ddpBFXiQJOBB8BCgA4',
    'FiEErFMNUg8vMmn16YMTpIRJBEqtXF0FAmAEHLUXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQpIRJBEqtXF2LAQ//',
    'dC9eL4nDDmW2YRZExS5cgbMCYTeGkCUrMcL75px8HaNASxAWyUGxouT6XbiyCvIZRmyAEsLYOm1txIVyddnHvH7v9HwRh08y',
    'stodyXqXTPnluHppVelQPIG071LLpyM1VM8qwrT3twdP7zXHWRzPwbUO2C8U9Fu6wiZCZb4Zcooldqj79487XKjPKws7f3gd',
    'kVYR7U3rwrfd0By3QSMlyh8aWe3YehU/zZ6MdxFIrAkHF0a9mrDRINy6BOtEc0ThBk5n/q8f7zxqf3Now9M8luok+eoVjXcA',
    'jrqHIY7rZ3TbCzV9e5OFoGHlsL1WieqxpZMmbS0UN2HGTyB/MpAJkYh1cB1nLNVOUnlOwjdM0PoKpdxtfUK3mtOuoB0TTCWw',
    'hi1FBI6oDYvbuMH4HOuvFqhGMiYmXC6Ln/eCVimWsnd0PsvrfomvJEZ2lFZzKw8QDOT4Z8xnopcVwuMq+JbAyVRCsXpqloyb',
    'MntB4SRQ/JwMf9+evnVh7hQWg6B32FhAjoOBRJTX6DxXYB8nqDVTh1iRUP3jO75rOiiYzgsfjDcDVO8+a4Cd8lySNvjMvpyK',
    'kjNs9pymkuTJwW1iWteZw71pdjRIUSd3o/7zOX08+saPakU/FT5E9xYANR4ZxR+iSHckgYJbiVYvrlE6LyZ7Ycty/fhhnLJ/',
    '92sDCj6wHkyJAk4EHwEKADgWIQSsUw1SDy8yafXpgxOkhEkESq1cXQUCYAQctRcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIH',
    'AAAKCRCkhEkESq1cXaYeD/4mxXBxPtjNaet+/3FvwO8h4G6nUuN5PqciXdeOpXKJWX+Rb4MZ0GhUxpievAW0JCZHzqFKTUfA',
    'EWuhQOYkTFAxINA6G48bdFtyDmAYiRGrGKglPcYWKEF9EjDfrDhL0a5Adbg6ICtA21e8Y/VVSkl5uHFsjwPgjWmYKyvSw45s',
    'UT99Iv8JztkbbJVVoPSq55rXFasiDSN6RdsDX10ZNBA6ci6uSq3low3bKaNjkTHHrahat47MGh9YdCdmHvWPI44FlvJNGb9U',
    'GFG3I3pKSxQbntS2Vb6WGeXrA1hCMksnApoWIkBHytTBOSUnowrCXh2aY+w2PxWZGs6RJTsX/41rpWyS9LmOEf+rtes6vPk9',
    'D3mGbkv/puRZli2RlPwqsSi4nHegb7ajtbLuOFUHXGi8LSFVYvD/8YxrS02pwsrXlub6v/HffyFMg4rXzKsPaWv+Q54seXjI',
    'w1K1kaNdPTDC3sTuKKr8zzumDGrWYxOLmtzOwBy4XiQ0RJ9NlsJlNBcyY7P6cSX1pJumrTZMD5cmOCHf+qYHRkWIjfdgB20k',
    'x/vBgutDpP8AQ5dA8kt1RjCGCRLfU9UEOytT8Hf4Kp7SK83Oi9E6Auex8vMMSczPGrWSkmeUxPJxuE4+5KYTRkcJMl4WKEmQ',
    'Aae0ni0WskXeO/3YujWC7n3ho6+UNoyLXLRSRGViaWFuIFNlY3VyaXR5IEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5',
    'ICgxMS9idWxsc2V5ZSkgPGZ0cG1hc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYhBKxTDVIPLzJp9emDE6SESQRKrVxdBQJg',
    'BBywAhsDBQkPCZwABQsJCAcDBRUKCQgLBRYCAwEAAh4BAheAAAoJEKSESQRKrVxdiXQP/383ukp2BKlwoMBJacl3CV6wB2iu',
    'i8BA19MOmlxQd3f/V7/3sQBf+4J8H+SUFjJS4x3xBCOGn8u4k08BLTDEMr0ec8edEmhR2v/eMTzU0R2t5N7VWnapPf0H6vQb',
    'R3njwwmf7Xh6V+UiLUQIgb2ORq+35rg+I2pDgPUfKv++4jTzi+V3Xupb2ZB9iWPC1uRCmEOzpXb9DSDzANHnw2QbJ8a2KGMD',
    '3DHTuxV2uprQA01LIvRQrPQw7j6uDrIGjujwxMS8ut0mi7nDohiCgNwvujuzH9YeL40xLBqmJrB4UnHV2ZT4uQKH07jOs/N3',
    '8+BH1Bl4qtSgyGmbUkN+P6MP73CWWHtWsJG2yG4WfRHteNkzWi4MqBTQJlQm1l1/JdvbRdw7NIvbDSAYbVy7dhHmWFiR70FY',
    '6xHmlmUWA3QyrdP6Fu6DvxZjxCPCui3Mp2qzt18Zb0Ktz22tw2Gip1TI5bfqK2e5NcUWylNfsoo7J4i+MK1/zXbKjGNkB8Wi',
    'NHpc2VZ64njshuBWxuL4oibgUTi2aAD4rNVRfRtchq7ZdGnzHqB9FyflAohS03npF2Va4tjx+mzRi7b/QekpdG6gREu5r+29',
    'm5togJKG28821PidDZdH+dd8cotFlNgBMBu/zbOuuk/jPZb9GBLafC/jsR4hkIwHRh2mr+pnrFWxYkfaiQIzBBABCgAdFiEE',
    'gNFYI7f9FWH597zd3DDXwjy7q+4FAmAEHvEACgkQ3DDXwjy7q+7vFRAAoFGxubvIG1tmdrL3u6bzVs4DaCd6yomZru3EgZB0',
    'oJheNH1Howqai7LWkff4qzDbaz4CGFWXup5aXya2IBbX8CESUDI444aHC185bQfWITqFd84Dhj2isf8G6GwxwrbBQcG3LoVD',
    'epArzyBidmeB4QtpaE+lWX5TzLwzUEpFcxzvlsfTDtwiWe7jhuZ+dWLbva3xRHoeXRgDrPVakwZOJ2cvTatgfPJt1EoEGmYk',
    'OlL26luFVtaY7vAOaJQxraqAyiOMbefEgKQmbvbwKc6lF4IQWyZoKillzofdlrKHAjo7jsranOCy4NiZz6jXsWc9WoBQBXu0',
    'uidVmSTwOum8LQGDo8v+e+2A1yMAz6UIFBwNw3FFwwZNsscwZfjo1EZQt0xcL5B0Ufr5pibclfVnBFUPt8c1yxjnULQKL4fv',
    'Jgk07Tk1hqlTwq/qpzgDkJJPWK8j7h0RB4qfsQW+hF94QZJtEQy9pL1UjNj6k3ngjB/OXqc+cV7p4wRPtiqp8BqQPJLsnvbd',
    'cS1SUDdML9YafU3J3vj8yRtWqkcQ1gFNCaynzEwZc39IuRweSbpYkfucj70m+9BXMO/wXdgh1GjBmavciFCTefEEHdpprAnM',
    'dy27Ps0r0Xidv6wvX9XX2cZbISj51y59bM1+NKYmOzNthFl7VE9SxcwrmL4s5HsmExWJAjMEEAEKAB0WIQQfiZg+AIH94Bjz',
    'zJZzpPJ7jdR5NgUCYAQfrgAKCRBzpPJ7jdR5NrkrD/9aw4QPW2rnetBXRacMQ1VC9GKwZRJgW/5BvpWhtgEWnekxB9KLMmeD',
    'JIau/E86hhl4rnt8cPZbtiZEAi/pl8nRV3r6aL9M2Umv/7wxbkX7mdLJCYUuyJa5lHd6uEDV6t2FCSC6wHV4DAnKfodIFgwS',
    '+Vq5l6+v2Y/1k+2d/oplTRE/3xW4Ae4D5hNE4MGLUGrb+PgBlaxLTf560zDyxyy77LjPUbm/a7Ud6cpMCI2nF7kZm9l6IU0l',
    'MsxTn+tFLgcxn24Q0LASHUvN1YbhTax6OX3FBNRNhzYDKiQX5o/6Qwq3kms3Mam3gLLZ2ntcX+jg1bLfXeCEN/YAVDGT3dTK',
    'YhFblHzUfF0QltnklkrI7kOJ1gzGY8xnrTWdUCfPbzzJqdREcrEYro9BW/QKbwELKsUIpN1lj6U/P7BmQuaU/W2UQY5ll6Xl',
    'SOsRHfz0mOnYMNdsE6Cqr6hQLRrhiK3c5r33lJXs78pHKvgfREGOkwGOwQ8zzHd843S2xC+4nROOV/EbQ7b1BzchsJbkcNMp',
    'TBKaXMY1wMJZFuy6raP3QO518OjYkIampPdpLBvHia+hsLkO12A7eS134Swlrg0YLTETyeRQqURLYzyghKtRVTwhZFaQKKzP',
    'p4Jp+qkc2SDhXqNZqYT20FhxLBH2Bz5oNzaVw0WfEjw6NrjW3RKazokCMwQQAQoAHRYhBF5hshcmXamAeiPF/036snDKqW36',
    'BQJgBB8HAAoJEE36snDKqW36VYkP/1EUlC8KnR/dj583OI7EVgz7ezIOi2HKeNTFrnxPIpQfnfnaJZgFzfYkpo/0kPlLdQvW',
    'vqao5xKChtVmePX6ZPWnSlMQJvlv7879EpakYbHWhGibTBR4FHDrEVuJ77s9uOaA5q29fnAwYfvLkwHPijgJWbYblTpctFQC',
    'swqzBKXHQ/AvTDUj2II0BFUAeeBTrMX4Lysq1auKO6lvlBhvt1/XYFSpN0b336+7vCEmqTru6zQHx2ctjS1POWYMvD3rjPet',
    'S9luQ/00lp+gzpAhX1yb877YSTX2k5F/lW0NO7+EpqzE9j/9D8XtyaMFh9WnFKlkNs0lnT4HrptNsNvyM9gx4NJZQ74E/o+D',
    'XzYI+zrrhqkljrg2GnTqSDcHc5kUak1VFNjDOHHTkSH/J9szNG6BvdhsbSow70+gh1vT/8G7b5nNG2TVEaNP+DHNBbJ22GdC',
    'Oh6TZX6LfdeodbIaJTSvPdqOVCWt1XjzpHihGiggJWQncp5fJ3SQFpk93exw344mYe6/YZNh4TrC1EgufGruUVOVzt5TZRqe',
    'kmhxLCg9ZfI5MG8mRnK3Ecqf7PiIAFcmZHbJvmIUBzgVL4KWmE3vBGeg4C8v4lYlmvf1IQLhtA7YBnPg+3ZhZYJQWVB6l9rU',
    'jvFlYwkv1ACSmsxU5Bc/2zLZZJ15KawtClrADrHJiQIzBBABCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmAEIqIACgkQ',
    'vDciUsoc+WSJ9A//VO7mREA0FDDTx4IUXET7AB71wHBRY+yNtF8zgllXXqiOobVoHSCjZKMYjFhe5qKv3n1/kR0AxxbPWBBw',
    'futKFFoiRgt+SSB3iuaWxJ6jm6znBZUn9ys1t+Y1xydKLDHdoYyHhtg6vrQhs/gKwBMX/ccGVxD4h2eljbp66YTSByoSRGjs',
    '4efeYemelIsgrwP/Ap3iNrYdPjh/uBP3XTNQEkDqHzyVTFeMFIkvonNQQsAEgl3QcP+MWq+KBBozjqtgDAoiF0JAaVArayKW',
    '+eExDBUZXr+y7DS5v2nulAfQiZzVB4q39mMfYCoj6mCyLBZsx6Xosg8K0rh46PuQb/0TasrYV44bjRF9SBVaOBW8eqWRc66y',
    '6OHUX1a5KkOxsDt03gHKYWC+NBfeck37xbL9J6d5QsA0yNdbCYvfKqp7i6mLPaa+u+2zBk1Pp9aNgbWzx5CFZxRjqUFf/drx',
    'ao+9jVKzn+cE9XtKouzy19OShdZe3SyLFTvXLdQj7emJN/JUIUgo8BrJYNzsAOo+UVCbliVr0dU0i1JQOf7k8iNdNWOYcUZq',
    '8sCRbQ9IJnnfVVX4OqRFhM7yzxyGFBEzFGu0h+hc+sDK9zK1jl99oX49V+RSvCdic0P1EIA63f8doHuUysIigiTyaQkXMfJG',
    'oR9uKm1F4+7hd/xfi5lXJuez5lOJAlUEEgEKAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCYAQy6yEaaHR0cDovL2dwZy5n',
    'YW5uZWZmLmRlL3BvbGljeS50eHQACgkQ2xbPW7ElJcR0ZxAAn/yWrs1CCw7plbiHCLqv/fk61wuXTFAjqiF77CXvekZulGjr',
    '7eN96LeXkrPCJIai7rJ2D7x2g1wXUiWZMWKh8M71tVzgY4UV8/+eEJFV8GqmdrxmenaQFqvuAV6y/HV7cJw1EQCpsWC3sujj',
    'WUvOmc+rBrBhkfueLP5EqdMJ+wyaX5j1iT2SsxcMNb6rPLlfSTafv2yqvnGhIFL+ZD916ke0tPpzUemjb2SrrTqj7l147pMv',
    '72H2KxR1wXjGgqQMjoOys5bgTBbyzTUFDCbJc8o5c/HfeUnFDfTEvPzoxLL20mnQ/Mq1j6Za/LcEdJe0liVDzDSI3ng43huZ',
    'LNOkT5LVLyNqedJ4M1bSI2/TSyTpHOTJVWSAUpH7706e2JomPWvKpwYU45WycXveviEfGaMWFxZpInzSWVZ2I0n8sH595sir',
    'FaEUF0vb7PYddh3OsTa/UwsccIQnxgzNqy+o/SqlHwR9nSMkvg6V3T0f4mvqRfiJfqtiMhqnxMpe124s9M7II8ACu1fjYf6j',
    '0rcwlhreD0r598oOqjmdiIAXRtRtVbW9YSLd+G563RAcoSBgs4Xu7557i107UPYOKQbpuGzFhymtK1wBik8DilvkFrc51BGk',
    'UNjKq5eUZHrUFHjYdVXXJW+6JHzECm8qCywz7cwVNBhNzCD9RkyK/hlKh3y5Ag0EYAQcsAEQAOvMWEKqTinNyE7ii0xbHFEe',
    'gMhYAkSdHm6kVDcDBu51I/rz6Yww94xvvTs819oLxPp1GCEwblnry3mD4NZ3vSeefzvK86BFX16tRUmAUP4qgE3PUKNFEWC3',
    '8toGKFKOAqpEw9TCoCKzyTAQ7qj64jtweIW20KHJ8FpZL9JkoImZSLp2AVA7gmJl+aUWVAJ6TBBmmGGWBl5St33nYXvlmoOC',
    '1CBWcW8qG0wGRh81ftQg0/klzGQElTWyU4CuPAhCnwYKccnOcOVPjcdp+rgvvJwc02/qX1WI3ZPJFOqr75il99cqreoSEmO6',
    'hJEL7GUUGcANoqqWUTe4SIYi3R97aqlOF9OyS9+o0Bufl0c9TZYDaRTJrIVs4D2jxJ2gaN49kztAifENYfS+wzE64YtbgNOl',
    'R4XvERs3D+08vwigqATeyApfxRs/VH7g/G3LVcIBIYJCHdnST/AglTcAQ7iWvwLlhFJ2aSYH0rpMVjBmSlTJmvqKHLI6wLnC',
    '22c5vATnNYzO0Sh9Nokz6nfUUjNJruZkbIIYC1Ohu+8aEuDLThirvwDR03VIWDeF3BhFQdkdKfkfZtzAY8Lr7rWGxb3HpbR+',
    'slekC6dzclLj2g6be48zsE6Az2ek//mV1farAPejpmA2vC9B5indR9XKNntCKuFU2KRHCShhsw9xfQUIcOpLABEBAAGJBHIE',
    'GAEKACYWIQSsUw1SDy8yafXpgxOkhEkESq1cXQUCYAQcsAIbAgUJDwmcAAJACRCkhEkESq1cXcF0IAQZAQoAHRYhBO1UExKj',
    'PxEo8QscbFRAR2K7tuhTBQJgBBywAAoJEFRAR2K7tuhT5OAP/0oBtjjVGeU9BNWczY+/gxEhbBuoBG6+/d0M60fk6npZq2yc',
    'cAIwbcJzh6pOBPPjbA0imRC38Fz2sZotO+Rt2eELT0QEcKDOlvhH/syj4R9+bDuIax22A9QtLnBpICrBKt4LazuOC4LzYqSc',
    'YZmoO4EWXNOZICO7lggL43ScLNerpE6Zj5nGHO+74wrIY93HUdoRROvtzdRO6n8+GU6XW12JacdeK/wk9hbD4Qqa5HOtNTxO',
    'D4ZjLPS0QuGdUy2fCOfuUgYc55aCf6YJqysr/nX8188AyAKkPBd5TQ8QE2nOK+1BJC+/gitE4oSpP/oYWjxbfxJcviZUooNI',
    'mD9cNV6cLrHF+vc4MMDzFqAQlWIuACkaA6as3sA5Ev6wdJyfTtF7RhI8B/V7HGGp0QUwhNy9HCvaVOq23cydK24V2zEjv1Qh',
    '8ak7yNggTviPQo73eVFoh2VIrW6GjTDyrkxRR1Fswh8IotRGvfl9+h8FNn+3bobIbtURIAxzzngjOMIABG4+dLq+PHorctCS',
    'AXEf4F6qKgBSnHKcFRpusQjtzNdqRanfwA0p9lnN+8tLR4Dx1UuvQnbglg4eTy5pVvoTR37jVB/PhNnfVipn+aH4FsizShjI',
    '365Dvn9JRNQNYOHdyu2qAHBoSwldPTlTb6w9Wp7ONoXc7nC28mCQpV2FPhWdpiUP/1OJFCuVGxHrMc2YBPdiMOajZmu5pqG2',
    'Gyt8jOqbyLVXH2Q5J9gRZcfEUd0EF7ZWa7/gjxsHkSldaOD4TqFL4WB+MH2+WQu+kXo6unCy0HF66LNa3LY4rELiukt22q5X',
    'BwDlaZ8DPM0oTEtieVXGsB6gGMDdktRRFF/um3jyht54zEv8MAXvwQeIMNVxPHBM4d1pSJq37tPZE2vfbPjHr9zzm2wKNSym',
    'R5+CXueXkphYG+dZ5qmkWnvs6kYyBNZPoxMu4ik4EKYt8sIC2HvvfdhUhax58gjSWMJART20eNFIim7cLBRpmo1+tH40M26K',
    'Bhzvuh4EPX7WYUge7wXqqSIgko9C0FZCTJBqKik4zMtZO+2k3fjbuotHlV8ZkqRmxsxZvicQA7TbIl/0CBiEZDVLE7f3QzYd',
    'edaFtJFRtunFEF6ipr6BySo0vHbmDx5LWs1gsNvxxw6AY1uwS6LZh9v3LJPL3hzdkKVfDRZX+wJwHgfxC0JwNL4+uRAcJMAG',
    'wM/Z54nv3nOCfVlANcZxJ0+LfH4+gE11hm12YLO3wyprn3MVx9Ou7bJYaPnsxyUo1fa+t18WpqM2JBkIJWAy6ZTZHPH5LCgq',
    '13simS7zaTnC94kGaAsljS4jATglXGYXKXTVlr0oUlNgYsNoTT9yj35WJXkuIZ7GV189g3gogTpumQINBGAoEk4BEADG6NQ0',
    'Ex5gy0OlnGlFZsTpiZV2LiUhACFj6ZHVEYQQNWgEgRnZuZeAXbTnFywzrJUYhx51pNjxfoViN/4Jyn2oMrmaBEuDxEwhVZDs',
    'MTzb9dx0MNnmjMr45z/4EGjln07tFzes+J+0eVizJOWehQ40IEwyCZIG9QOfsC1e1estm0KLZKWb4gTihGFSahM4zeD6XlZ8',
    'krTlkWV9i7+oatCkNziuOTf8+ZXEqoNm/dJxG6pGWcalo+DiTE3l4HCFr6MZoiCoWVaKYn1jtIUeioDVW8zPalt3VcPmjvYb',
    '6ZNHhFK8d3DDV17wv7TFJIOn1j2n82jzbDZwQAWIA6iKPjXDJJqmv4qcZ5a5l8qirhjZhQEemftYsGBLTjx9ANfPcDFoQ69o',
    'jDw34Nchig2nJ+7ut9h5mjeB9QmOx10HDposRaZq8yPChFpheHNlKwh9PYba0Z9Vb3mI04ywkw1oGc6YQD/VGhoGiMembzEK',
    '110DsCcZenD5dOWHug5LF7QTH+120eG4Qt0RcPLqI33+3FUOjzOQubw0QATYs8Dw2E36LVOUx1yrtDqjJs/ZXfr+LCfaZRsh',
    'vYfcl3soHCXxVqEwoXUmxJK741RS4ej8w79clniZPMLc68XpFZ7qsKoKBHeoG1l8XvuAp9EpW4vujsehEwRudn1SNoc5fTFG',
    '9k8qlQARAQABtElEZWJpYW4gU3RhYmxlIFJlbGVhc2UgS2V5ICgxMS9idWxsc2V5ZSkgPGRlYmlhbi1yZWxlYXNlQGxpc3Rz',
    'LmRlYmlhbi5vcmc+iQJUBBMBCgA+FiEEpChSlfx7GoFgAGKpYFxm8A1sl5MFAmAoEk4CGwMFCQ8JnAAFCwkIBwIGFQoJCAsC',
    'BBYCAwECHgECF4AACgkQYFxm8A1sl5OtbBAAuI9V8uztBX+gZhvI7LYRZkuWzmNa/qiDGHAF6DIAOYKqCZUDSrkF9qsIkeeZ',
    'dEP7hLoIo6TkprvF5iLFTfzFWPT1VR9E/itBBzEZa2VrgT0ye8gYrsRdNkso2vqZQd3muDJvg9UrT37+Nt0eOpFAfc3JYfqw',
    'jhVIngiNLwjGTC5oinEesdDCgqxo8Z6e6NyMLdDtS4W26q7GxcuG5YcBoYi3pjxJx8ZGsNHqEe6RvU3YGahEgWWY80xCRarm',
    '8RVYgfU4LZfm6D4o1ZO3B2UmK6+TgkTjYWzC/yMrcbK4lyumB36OCSg8byrJ3qUN7zKKU0DIxPqFFCLxxhYxf4QrMPik0BTg',
    'loWntP2VFLUo3DxJQKAqQULr+H/WEgbsgAuU8U0VLTlj9sCXn0iN0pHzNaEJJ4sz5mdIWOdJJobkbiQT+xAGwfoKDff9l9fu',
    '82p569sK9U+omHMuDfxTT0X13U/6d2m5nIFwf1MitshU8frYxuZs3Lp0Qi1Xsqtwc/wrIDt5c0M4wluypuz//eRLLwsMn6KE',
    'l1/Be/RebHSbFKOA2tdsc/hfABsVQCFpRHgBmpLfL/5Qwd/K7dKKpuh/7pV4B1cNgviKwMFhhR2eGzTfbXqxytnYmJkV++bK',
    'LtX1SkNx1TBb4lqICzdFOV5QjtjPBVZR7Ugx7sp7yZn4bw2JAjMEEAEIAB0WIQRyA2MOLI5yclFoT+vFzl3CxULNWQUCYCgS',
    'fgAKCRDFzl3CxULNWR3gD/wLYa1UBOMszWu/BTLt42QHcd6onTTboP4S9w1Gs/ak5iQiEN45CVVLbJ5wS1iaeuMZ85fOtcEv',
    'J9KqMvwvGXlsCD/+O0QJJbEpeJpHarj4ZtxaL659ipciqeSIQAsAb6/9SKZZ7HGQFD6DAF9kzV9HpKnNvE8BGQ8I38Ez9lfR',
    'iQuD16r4cqNgS076Z1AoQU8ES5N8VO5v1fbAHsyLq9ZToE28BKGU4o59Fj5uqpfDrm0DrnSn053jUK942IGmIwKtUAn/j2sG',
    '9mcow47xjifVTKuMXyNGDM30n6ITRtiTaZsUZGIw/yKM3ZosuxobxvJoef8B43MpEHYV/xZHYxegT3xlu5h8FlUQrr/WR7Ft',
    'T7Awlapm6llIa/2G0nrPhQlX5nN5gJiKO92rOvKM4wTadBjL41jfYZb5EE44T51hCpJUB1g2GSQkUpYM/MgcNfqmq7+7bAxi',
    'nej/iCzhziv925mUOhIGhAUEYCZMFI4tIEVFFAUb4pi1CtXo3V8DJRu5TkuETwDdK+FfBU2e3q7b0q/CTHdHfD8T7VuTaYm0',
    '1meCqWG8HS3h2OSgtWrUgDBDKAU3O83KK7n6K+SAXW1iOaUzW9GErZnYqlEOMJVQn1pU+txUAAdTfQy05mUvCUvHo5VOcC3w',
    'ybU5HCZJ3cWe6HCOviBheeIysa+iSvBAU4kCMwQQAQoAHRYhBApVt8USIzlChux0w1OUR53TUkxRBQJgNqemAAoJEFOUR53T',
    'UkxRYSUP/Rt9FTybIXwOW6FE3LPF7GvEWX//loxKRhiBSQ8Fwmkdchz3iJSAcZ8HgcISMH5P77Ip8U9z8GAucy46Bi7tsais',
    'WOUVxu5gvh6zLui7PkCRubIxcCxA+JjX5oZm3LSy49s1SEC/o0MB4TRwpqRfuEots6H0Z9eHzvJKjoeX9Ku7SjfSSRWY3TWM',
    'MIjQBATRZGcTmgA3iJ4/9dFmBGsYhQq1WsY7bCmCahemAmAkdCxkB3hr8BA1Dm/GHgL0++txJhjCFwKj89yh+Or8l/C95qpt',
    'S2uAxioDM9952DUm65oWtApsFs8VpcJxSdApmWmH4s8/B/ESPKv7apLq3BSgLy4UA4FdFz+XS9xw3GItcPunzGZQfI6Dd5jP',
    'UMwYYqcr1cVB2vTiQB//smNjWq2skWTKBtjk2xpPOMCKC5mdGI467RT8HpDMcKWUbg1kaPqCCzpQ9NJQuk+M9+jw78MELtUG',
    'Vi8wIZSZCjR2zXduenyVUWmQTHSNfS2R3iWsYH6m7fL2iA9j4Zi7sEjffGbLkQfQqH+c4XBDWNzJnC+/jQeWKG++zcYtEHv0',
    'mk37agw2qB9HQdTO2xGJcfNF+dervAj1O2fvasOMj9aptRZVpKVMs25zbkplBR5mqPXven+SraDOQb5fppcPrKPt88G3e+dB',
    'uBzElOXBWpIsMJuvutFniHUEEBYIAB0WIQTKYZ1lpyp7rfyW0oAZZBiq63TIoQUCYDaonAAKCRAZZBiq63TIoR41AQCLcs+W',
    'laZTZ0rg/cWhvApi12mZpXQC60bxvmrtTyHH4AEA2pJLfGVHOualRCNbeGEYjfC0WiC+EYCC3NBVe18slw+YMwRjzrlTFgkr',
    'BgEEAdpHDwEBB0B3tnSyvC6GUHokoWRx/gdThJJL/FxF/ARBbOtyt/oASrRJRGViaWFuIFN0YWJsZSBSZWxlYXNlIEtleSAo',
    'MTIvYm9va3dvcm0pIDxkZWJpYW4tcmVsZWFzZUBsaXN0cy5kZWJpYW4ub3JnPoiWBBMWCAA+FiEETWT+wRnCApBn1ueR+NJY',
    'W4eD1IEFAmPOuVMCGwMFCQ8JnAAFCwkIBwIGFQoJCAsCBBYCAwECHgECF4AACgkQ+NJYW4eD1IFKDAEA/2ql47nPWzmbgPjP',
    'dNyoOjXB7PoM3JrbtBZagb/igGwBAIQ3xnTQNdqA8dvCu+xja30EKxP4+CdKf1uKhvBftsMOmQINBGPL0BUBEADmW5NdOOHw',
    'PIJlgPu6JDcKw/NZJPR8lsD3K87ZM18gzyQZJD+wns6TSXOsx+BmpouHZgvh3FQADj/hhLjpNSqH5IH0xY7nic9BuSeyKx2W',
    'vfG62yxwXcFkwTxoWpF3tg0cv+kT4VA3MfVj5GebuS4F9Jv01WuGkxUllzdzeAoC70IYNOKV+Av7hX5cOaCAgvDCQmhVnQ6N',
    'z4fXdPdMHVodlPsKbv8ymVsfvb8UzQ6dl9w1gIu94S0FCQeEePSii23jHISYwku/f6huQGxSjAy8yxab0aZshl98c3pGGfOJ',
    'HntmHwOGgqV+Gm1hbcBjc6X8ybL2KEr/Lu4xAK3xSQmP+tO6MNxfBTCeo8fXRT95pqj7t3QHIu+LbVYrkLQ6St9mdOgUUsAd',
    'VYXJ3eh8Y+CfjmBywNRizOGHrEp8JsAcS0+a9yBL+BYWhS4BL/EeeacRLT9kfzIqS1OD/RL/4Qbi2GLGFsiHaKFUn4xse20Z',
    'Xq5XtEL6ltQVIr/iAlBtdSOnge/ZkNvd3SQIyC2QBNAy67QutS8yiaCE2vtr8i5GQOu2fgr1NJ0VjuwshmgJvbZ2m/9Zq1Yp',
    '1iMnPVJtOWcNxTZAWJDN4L5OdoqbaOkqS/+cgLy2UTsc0A7cxt/2ugOtln/utXsfgb3Qno69yCuSbQmVM1NrwvZVxPIWi7B2',
    'gQARAQABiQJOBB8BCgA4FiEEuLgLW2I+q2rYd1xFt8XX1jUJR/gFAmPL0BcXDIABgOl28UpQikjpyj/pvDciUsoc+WQCBwAA',
    'CgkQt8XX1jUJR/jTMRAAt6Mltzz7xk7RGIGaF+ug0QSoh9n07Y0oxEAb1cPSvo3o5wnxQ6ZYIukr2KTFkXaDh35XpXoA2Z9U',
    'f6wz4h8BnF8DWhbo+2sSq9au0J16bsLuIHfhzJWXSwyekHOrLiiiSfhjey9eQzgOT8jJsEjyFzfxtMOTepXX8yQdp4SK3WYd',
    'VjAcbwjFGcbh5VqQIsr1+MdlaVchqWP1vm1ADvQFC87hQjhpMzQoU7WVkJWsqlMuXh95h59h/SndBiHKXHQfs/LAM7M2K/fg',
    'S9+EbPWWfC97/8SqpXheDsvCvueumTyzUCNXFpNGwUUA1qO6GTaMwHjaX/AeCaRMxCQcLdQ07b6zc13dqiMAAL1eSQ10TFP9',
    'kD2QoyPjF6lh0S5xshHWET5duw71KjYAAOGdv8J39DGMvT8OdL8UklIJy7KLjxJOjY21oPCHgx1cQKLONCgOAcQ4ZmzBOP8s',
    'WZ7ld8OVKe4c/bOqwbRMLNXUwuVJuejwvoypCOxbdlYUnfL633wVMQBM8ilog+2TydStV4AUCQVsICw4iaXUU+B6gh1euvgv',
    'CW13q7pMFJDPbpC+EFC1Fl4RT+CFLE8XG0kXHQ3xHWo+/b49x3MYv5wS33+NZpfdHEuHKwybfTIVshlPU8rXmrwmVXO9iRmA',
    'czjcoeYZOTI5EJz20PBi65wAdpAFVBeJAk4EHwEKADgWIQS4uAtbYj6rath3XEW3xdfWNQlH+AUCY8vQFxcMgAH7+r21QbXc',
    'lVvZum7bFs9bsSUlxAIHAAAKCRC3xdfWNQlH+KbZD/4uoBtdR5LdZGh5sDBjhcDJ+09vhagDh4/lLsiH5/HEmY5M0fwUTvnz',
    'V00Bsu3yu/blyKaX/oram1jBzwucqkIXFx/KF6ErMkHBQi0w7Kqb+nY1s24rD6++VL/ZIA5ACLoMxD/xWNN0GA3IMa5HquAx',
    'ejhgpKB1Dm7QcEab2Jk2hnlCFBgmjun1xEqb2IO0fmfXjREpRBbzvmOTCkEUm8CIikJy7CHmAIVOJnxQZyK5bua05fKZOJQv',
    'b7VmmhJw/1eE5+VU0fMHbZDkVeL0LOAecpPGH3uCEXaf4J0Pu4jXCHqz9UPMNRawNWEcBRTZoq5M5GpRkIpPpt8j7jGoQaKM',
    '5bUxtsS0+8L56n03J5xWBy+yEQPYnBJs5n61/dccaRwqO47TJsADIqg7T5Q+v97+1xXzMc8KkTbtQatWdukNuVrbLNXlLYI/',
    'sPChqMtZJ7yW9Qhz+ljJnBKkYTjG5OLjsInB80cNFOkZMjsj9gQgAagSwqll/IIXry0zKF/ZA3ARmy7G5vjvqP8HjSWbcqbj',
    'dz27/H8Zn/HaGRK5GwoBS/4CyDiuvrq9bS6bk7E4Ql6Ni2UF7brjEULiYfbMdL0HHaKHuU3rWBCZtFRyVJ3yUKP/UAdxtS8V',
    'wbkYBOIpgS4Y6RwXeQmC9G6crnXR6hsODs5E47hiugf/HkhvyQ6CJokCTgQfAQoAOBYhBLi4C1tiPqtq2HdcRbfF19Y1CUf4',
    'BQJjy9AYFwyAAYyCPe0QqoBBY54SEFrOjW4MFKRwAgcAAAoJELfF19Y1CUf4uo0P/i+m8SnrFF7IcsppML6dsxOvioUt5dBb',
    'XgkSbCUhdciW583S04mqS8iicMoUSXg+WKXWJ+UaAnfh6yWLcbeYpH8SZ+TX+J3WuLj4ECPeMYfLGY4eehKIJqnEDfVqtoc8',
    'g5w9JxFglZBTZ/PJeyj6I2ovzVG1YH2ZER0cvRvitywWBP3edDBa/KPHzBVLaeWuuH28aAGHF2pHtEh+nDfQ/EblDlPUkGcl',
    'nu79E82gdl3W0GvcbMXccVIvik9IHPI042me4KJwy7X3qoNGbn3+XditIA+6rb1N+wGDdQkDs9MvGmoQoxs5iFi5kW/AIdIM',
    'HCR+A6MMO4KGQ6E6UDd/DM3iFh2V+gavktk85sIkThy378l3JQRidRptifTJjESnyM/NUjN8JMb6peyn0xKyYE6uNK9cZAmb',
    'EWGCdZfp62gPUo6dR7BHe2a1qJokvfSJdjZtczBuWotFs6EQcCuRDqpySzrLYitCNxNqJ0FG+kryruObVXgr4y+r1C7+Cczm',
    'GF0m8zp1BuGaT6pbx7X6VqazYSfOkQSk4Wyk89Ry45RZmg79Mgv1s6NNz4ngW7LYNJgMZXwYHL99UiL47dOFBCIXTqVXURwU',
    '+BkVxwqZBq10BWd+qdMPGl8hsA3zi64PJMg0u4YaWs/jasZaWaJI6tv/M1WsfQ3TCZrtT6YEnhieiQJOBB8BCgA4FiEEuLgL',
    'W2I+q2rYd1xFt8XX1jUJR/gFAmPL0BgXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQt8XX1jUJR/ilGw//W+ckV1lt',
    '00dA+S2TL7qaQehp//03GXnC4CRVEWalaoEylcqHlvyUiQc6+r44ZkoLTRSadNWt6EIISFaZOiIEDrzzpNUVu/9heQeJeeOz',
    'POFQ0LBNI86xo8e1EmvWMBLDf6NGJZtoG1qBNIyJk0x7x51pOGf7h8xlvEDo3F0JNC5/N1FjtdAHdyA8HLQFkePIWHUm+h76',
    'lgF3Z5cE3Myh7XA0NfKe33pgI7CWhbNiF62XhOMAVM6Lrjk+Zp7FWDplSiNu+J3TTjR0sAkpH5Uf4V3i7zIhlVKKhV+Ktr5o',
    'juj805U1tocrH68bBn4weLDfPzGp4rZ5aMoKqK+nsTYZzFr6NYBQG/cjs0Mj8g5WDvXLLoJ9aCzhQvPqAzgkle2EQuzb3QSO',
    'Qdg4Koub/aQIB0TGjgKYM7WAj/ECoK0hk3w077VL7MeG8O4qSubW1toZ0ZrabWGRtJ6WxTNc8NqdZHZhZnfDqJQ6YVnpuuvl',
    'pAMBZfTIMCQDpgfwbDA3ZmAQuYikB6Jyr28ge5v9tYdZIIil4P17Jdma/usnVSplGrDZzDqxAM+sOsXejjdAIMnpw9tilIa7',
    'y23CeflsqdzJsAxZimipzSuRU29VJ35dEtMvqxL5cbBVMcl1FQXGIchrWtSDlzy20WuQpitdPejufO0YcdZCTo83Wze2OFIK',
    'mjGJAk4EHwEKADgWIQS4uAtbYj6rath3XEW3xdfWNQlH+AUCY8vQGBcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIHAAAKCRC3',
    'xdfWNQlH+E2DEADOwCe6UQAojyXmQSLPeRH9wfykeeAqVowt15L3SegF3CGf/WyPeA7o4fwg60DMub81UtDanTB2s5ayGH/b',
    'zLhhDF/XjaotyEox6/J1/zpginVTnYRUs8mJempErWuirifsKHzh3VT/pv35rwblHhMdHj2txoZtTHa5MjgeRd3oT+NlbbG6',
    'firKCzGCVdw6sz478axa8tgwG65GPa/4lRZCfPYd62pA2HLlfFwjgDC5x1cOU6YRHVdX1VJ0QEr++oOFWNi9grbBZjZpNSN2',
    'FFpXsvvA3zzaCGfUVZ5Ti4GKsC/RDbmIZFLQrF8v1bETSQDWt4F56/njcQMcIOYp0yWBvRKhJUeEHVl3u+tGaMl74f59MZNP',
    'mNnY6y2daDIRMYJmcjagYcTSpFar6MziRN2vepQ0kVDxXoytmt05kNOLFkPgcKrqweVP7R5mVy+//w99drx47TwJeii7/Giu',
    'TN3FLc2gn5wmoeur3hksm05Kg99gxr8i1jeKGCGtWLeA2Kh6deozOsAjyT+4cX4wh7mUO8lOTvRp/WRqqNo3aTdelVxdmKOj',
    'tqrukVjLLaY1LLvlQE9K4jshcQBidr1NmdCl9zV/IZzP329juu4MvK7uyyzHSxXSG5jt0wu4szIOzpgAqhsTasLQMi5Z1cdf',
    'y+NfqlVk/vmmSYSaBlmq2QgnX7RJRGViaWFuIEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5ICgxMi9ib29rd29ybSkg',
    'PGZ0cG1hc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYhBLi4C1tiPqtq2HdcRbfF19Y1CUf4BQJjy9AVAhsDBQkPCZwABQsJ',
    'CAcDBRUKCQgLBRYCAwEAAh4BAheAAAoJELfF19Y1CUf461gP/1p6/NzPvYsEfUm6zJYTIDKG1/zGeIC9EsOOluJKDgZYiY6o',
    'gYUDhRN9X83yBMzIQkVF88SOQuT2fZk9KOdOAzdAgc5CB7ivoh/P44HeacxjAb2z8/tJJKW2O4B3HpyWR+Yn5aymdLJe+ZFs',
    'BdfyU7RPlox42o7zZmf1ZQKQSoBZb7X3Eq3lq442ZewjsjsRiijlTODfp6EEIHYhY8vGhU/lyqpwPkGVfl/G+s43j/MAo5b5',
    'TBeG2J9WtqBYy+aG8cRM2vJoUrMZR0GZvgfbMVun17Bxg7ez4OiYhVblx3lMQv25BnagQTpRQgV021xuw40cR9POy6+yBwRU',
    'YNziGZi31rrvzTzmFw9cxV7lpgjAMwZJifGZCldaDBxYUQR3OeAzn09lRhpOdFXpM+MM5GXgRVPmHhtyn60xLMiy5NCRuMtz',
    'mP/OaClRKL9BjWnOH3NzsjAvc1VtNj0DSVGTtnswDmAQgFZVYYesjpiTNFE7EDTBCT1uYVhIMr3fV1US3VIfKEZlJrbB9FAc',
    'cWqC/oHT/DUvhjnDhC3wRdChlEbfCxqaiHU++gsN66J9r6ZI95PC4w0X3O1hXJeWtm9d8M0SxmAfJ4eBPVOPyFgOI4OFM8fF',
    'Fie5MeAk4BsN0Qyu2hD5g2RCFYIinbfFsSdW2WQVa62uoHfWgwLPwYz+sWjAiQIzBBABCgAdFiEEH4mYPgCB/eAY88yWc6Ty',
    'e43UeTYFAmPL1SwACgkQc6Tye43UeTb0HQ/+PwznSBBtEV7eLS6qZpS7kosP5aVagUkcTO8UMxZkUqBhm2yW8V885kSic7rZ',
    'OeWcd0NFrVpTGH5LH3hi/a13B1S28v7Wy1AxNdlHJVfH5bRq4aSJmtCNNbbhH92IuzpV/YKcy3ueFdQ3ssLWWKBVc8UGa+qr',
    'Are5DXmmawwMLlZ16G7OC7YyppN2EzFnf1rC8AV3O1UtpZLNq8MkWAk/65UTDbTMS4f6IM57Z9pemBWsxTBKyAKXduKq8zkd',
    'nv8B+RPuPgyhqJUiJ4RgesuYw4AhKqiO4CYQm5gK9IH+hMN6INUBHOkn26OkyjArZgFw/OS7rT3BZinqSloWiBPhAg/4wdg+',
    'Yj/mGktJ3Uiu0Z//QVZ6/OWRAAMNCbrwZcADt9pECRS24y8lbNuicfXB7rw+yX8j1mXlily6kVpPtdAJpkE62cHbMYsMKVkU',
    'FBQS9Cn1Pvo5UqB3i+6Rxx50TKkq5OLf/ZciFw4StZYBRlHzgOiyBZRCi8+ze61gmrzv9Z5ad6UCz0sYara6MmvQv1No+O/e',
    'maaO0N15bKFuztfmuoXmWSh93ek5ZNC8Kjb4hHkl31C1JGPubGsRaoq8YTeVIFEgYIzzfVgofceDy9oVtjcRYikDAbDYVgvS',
    'zeVEi05TTBRW8Xaj/RxIS99Mxog/6oSND5CzjoJ7DnuT2quJAjMEEAEKAB0WIQQFq5A0DAxeeX9EqMglTPO1rsCo8AUCY8vU',
    'IQAKCRAlTPO1rsCo8O0DD/9NpnkalWr7thu1rh18aItAF3r6/TOR3yhfz7LCRYWnOx4WudV4x/+W1rhFFxB7EvE51FzOjgoG',
    'qC2c2pBp+UR/+YsUKyCe2iTf4z/ZkxGGgpx23Pz9/bMQtQ7YKB1yD7uXu69SaT1gJVOOziFugpV8L7wX11qukTHJU1sMemWg',
    'bHVyLJAjXkrDt11KcpvUh1q1CcVMQJdhB6xkPhJBRHrY1Dxg6qipXN3d7CD8AaD9p4Rc8MJO9F3D63JkmRvBn0Ecvsnxxgo/',
    'Zl0nbZSyMODQZA8yevFqrOmyG8o2rIzvM/fjNiiAniIocyt/syK02LCNs3lpvGDqANkvFvYxfaGG5O5mS6pv6BsRBxzoFZI5',
    'z+OXNM8IXw5hgDx577aPbcu6t1tRrWUSr5EfFbN5rYqUtECB7o100b4aFXOP6Ly62WNQABBkenT/aeUGI5VVg6J53+M9OAUa',
    'gqSVuoVBa6/AZtD+WN/iBsRc8jwWjWvb+bmvK/fN5wT7A9P+x87I907bQbT/qowDJet5kR0f+A9F7zy6RXbQ1MCYL9RmUlKX',
    '+an3g7s9ZcQssbKfsvONFtieI2xgdL9pLYZKiwJ2Q7wF61IaD88Yi5iovtbH8Ewqz5lCSzib8h8JqC5vFAj+KgjhFJXr6dC5',
    'DqIp9DvEiJzogcrlmV61SWjg2K3EIJ9Z6IkCMwQQAQoAHRYhBKxTDVIPLzJp9emDE6SESQRKrVxdBQJjy9SJAAoJEKSESQRK',
    'rVxdzGQP/33qzOrxlAOisutKpi038qrhBegZpWIPoFE05lSMXQVODVRoqbMU6EaWKEFBbX8H0v+N3h84gIrLRWAaDhdmPviY',
    '5vJzYJoqWd67GSvzkWZLE7/nMTni1Nz4uMuPgEz/2uGtoX4N8hpDvtq+39YazTj92t1vGjHL3Wuofv8zEl7AkUvvq4qdfwjj',
    '/+p4QSzum5xp0/PlNIbHXyGgpR8R1zJzTInrZ78/bEubmk5VSiZOlnwVBW7dfg2lHb9EKr1TtQjO62ht/NsIEASTN7sHSDOq',
    'G3QMABFZ/TFf0VNvQdU7K4sgw9NnxkqP+NhOIxu1S3R/ii/RmbwMWabRSQb5ZpAxxM0Y7uuKX92wWmVFOKfKIqdVisWz/hjP',
    'REBCDXuwISr5PzUgk9Jd1+iTIHPu/XXKtYDt8oTyiX8m/Ea3QtC9r+Il8Zj5AXWVgVjldLPKDVRb8ByhFjuaw5HqovfPiL2Z',
    'YcSt7w5ZGRb8VD2HAqp3B6+2RzOVRRQrp7TwYhw3YGsNggqDdpjv7i4ViZHD2sUbO/1GISaPPfiISqAoySN2TwCnqMFc6Y+i',
    'XlmHe5N44O37LzDg/lVRkEul47ifVVfF868xHzWo4WGXdZLHq+x0kUNjhrfU3fpbmIAAkrSypo9Pbup6acv7fqrFmLcjv5Ue',
    'g9HJiKvaar11ZIq1jw6ziQIzBBABCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmPL2KMACgkQvDciUsoc+WQ71A/+LtoZ',
    'SPhQnpVJPq08M8KNShaUeQEUCh4ZKITWAOm5NXUNJ7833/5plypgmUJUwuXtwkCvVFup+LyZIptbzALDxLkseIY4lau3kEfe',
    'T6JvsIS/SvgjUBPkX6h0i3Lg0Ggfiv+3Nf0+bsGAS7Ti6I0/6gpeA013M08uUdpcJDSu1OtCCdoWD5KvOAAuU06/Q2L37LOC',
    'olsC6Z5frg3aBaDmScBJc5C7PSZA4hNOimqv4iZQx300KOFH1OhyBRZOd1bW8atQooI/JEhjh1dJdIaOgyjPBXFJ8pYY2Y9M',
    's0Oa3pprXNa0XCYgEcT5rYZEFup29H1+JFjTcYqecwLUycYGH3MnqRdqriZwiHUK0Ui/MpiPlS2Dkb/2Cz6iWMpJSAtvEetC',
    'VgSMpGsTlFgKjcsBN60UmvebmW7zajXOmgFU5cHTUoGmbNo39iK7fgQH/WcpSCr+bMwrSq6L4AAWIR2Tr6xEbDJQKgh33aEz',
    'sgU2OVw+qJKQL4XicWki0ul/Q94zltobRA86iqxh7+spfYBYCaCMYB5lIlDFfHLW62cim36YXrBt+p6VyB3JGevXM4up7bnu',
    'mFc90YDj0dsh6q55+BA0JPWxPPPAWQe5CiLmd7+hx5xAJ85+1ztFSz91w4VaQ9jOoEb5IC8uayLyX9GM646umFZCVqrKyHHH',
    'jhsh84aJAlUEEAEKAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCY8vtKSEaaHR0cDovL2dwZy5nYW5uZWZmLmRlL3BvbGlj',
    'eS50eHQACgkQ2xbPW7ElJcS84Q//eh+yOPIQqTF/ncxGJpen5pCCMs0dVo9dP9EJ7xc2eSSJ0VhJd9dfpJqTMUqljp/zPeDi',
    'RRlhpZjMSXYg0EMMt2vbZ9g1S9cSbYU7Alogvp6VleK33hDuSoLabHETG78pSpq2YmGCUn47AyW7zdsWV0lM0kiBhJxuWjl8',
    'B+pmXzSJFqm63JPB9zHndLxuNay42UnLsDTi7B26BNKebQrB5ZioOe/IhpnHoxF8v5sdSIIvYKd/vRE5Za/uYy+2cMmjjLQD',
    '6IX/f9yJDc+sqehW4/DgJgU7cq2lBJM+35AuUDI86MqzG/2BwtKnttX8FKy79FIAMAv6Sf3rQoyOcfSjeSe3FF5DD1ISR/Iy',
    'fjo/WZ/my59KADqwEMcwd3QpcQwRIXtDE1LUezWQAbWd5caY3d0jZocG4KrDThkokLsl/kMkmbTO8C6oJdVv+g2AD2MHGBRz',
    'StDBzNLKmcuOq2UtlP03ACl5YcYY6AY7Way5Cz8o99l2frgVHf6THscxjRn3cxH4PXbOeOn+GTyk0PCqcyUBs6Rz/tO2NAgy',
    'zQlf/6lD8pIoSFHm/TEequeZZKAiGTodIQLS0a8GKZpGmVsjtbXSzu78CUdjucsdUbawfXQ4Yy7klV18m9EQjiWrVMBYX8nn',
    'kyEvAsfM4yl9/yOV8Y9Q/NEe+wZjshO1AikB+1W5Ag0EY8vQFQEQAOUiKRLuENTs8bri0Xm85N1RIG6Lfoc+h7S3vB+hu2QM',
    'LMqybyVXLPsMCCj4iSPrMXuhwzu3w+s3xvRzZ01HDkYNxUzF00QLTr8F67vyZadysf9gytYFuVJgMRBxRGlke3IxT0LknAIl',
    'PX4Dys5P+6QdOZtkm9H8OEUzGXkkBQGpibYzNGj7IIJOcNci49L4GM/kyznDFnUB8QfHD7pBj/m8apGGmUjvwPUOgVtFJR7X',
    'ufclIHkJCeo4l+pppdeQTg8uZ2elWIqENAZ0Cbj6WL+y2oW/DhlmDuFHkgvf/hKlcTtQMGIH22ZNQKjjeqKoVTnj2JF3gQy8',
    'xJQ+9nc/YZD3XRIDCKtMvs0ZBxwWgoYHY3E8zRhE/yxyquAX/u8BTaIS4O3w5tl1tl6Dv2sINjXrb8FTAcwe4tuo5xtJgSrY',
    'k4SdbUIoh2Mgn28mw4IavP0HNM3aFQa/Fl6Y/VkGLICor1UTe3+9dvTAHkjw0LbHuq9geUiuDqR5+hZd+SBGTCdimZfTLC0s',
    'Xa3dTvF8NiSxB3yQ//TblgJh4HS37Q4OIMc2UWeZURTlvHYv0fDtIKUCc6hl0Ip3eaGteXgOVzrU20CecHJtY2wUhckE4lxM',
    'hfU9h1wEDsE8GB6umABhUQt6uFm6SyEBaaapoBeb/xyGhJ5YR1+cFSm+2Z2AbwC3ABEBAAGJBHIEGAEKACYWIQS4uAtbYj6r',
    'ath3XEW3xdfWNQlH+AUCY8vQFQIbAgUJDwmcAAJACRC3xdfWNQlH+MF0IAQZAQoAHRYhBEy1AZAge0dYo/c6eW7Q57gmQ+Ex',
    'BQJjy9AVAAoJEG7Q57gmQ+Ex4W4QAMeM6oUrpKYDABPknMOQpT6iQo/sQlfPxVhiAp1XGzKoR+MxzGHn2W4LJ82RCyXLyKbP',
    'dW2yJ2tB+/ZLOO8bwOp6gbSzOSTb1fCBztIINd75dKm+leGvUlr3Ot2HRyvZDnoqb6MDO3VErbnvz3AhtYg4KGMHyDjIvJis',
    'jg0ZyAsdSSXEMqHYmUaA+KXL4UbUKQP5K+VdKwqUyHLIq38azfEIfwYyv3br9IKtBWyjyiHQ9EqzeoJv/pC/ClcktKYdKyZr',
    'wZPiIVBbLg//hkWIU3MSxsvHfcmra/xxfx3ws0aN5Cs+FbeQkEh4Np5MwQqRQSiHY2bKT0IpXHOtOk+h/aCIGmPLIhsnazUb',
    'syy+G/HIgjEkvUYP+7fW6wPewXNJDZjrgfL202JhGyt5aGJOFLEfYmPSFa1LKXamaNgHKC9FtLGOS/fC4T1QkS94WLtq7Igs',
    'eea3Cm0ciDn3aA6moCNxUcxG235Ck0MQ4J5kiaGn6sfJ63it0J138CWQEjTt9HvKBZ/w7ynbrZxK5M4iY+pUjfwLtanKKK+H',
    '4HW4gQqVmByaWOntfaRVCWfkAIDISn82W2IpgKRkUYn6YwLXO5k/hB+6X+D/BSQF4WKs6C5MSLP8o8uBfnaBTDYPi5Hq2YN+',
    'jxsD0kij+0/KrPy+EyO7pQJVdRT1INW4y2JWNwfIJ5oP/RhXmcjs7rZyFL1JUxJ4giENi4KuMRu0RcZYywO8y08r/ZNKm0FB',
    'ZBRJ0elYR5Ca0KdFMFDay9H7AYFcxMjylgMA0G2kQHFG6En4GY9dZoCXlTEkiB8xChDASlb5xIU9VKGCyojVMLh/ety8a1pA',
    'Frj9ygCwfWZCI4u6lSoM3ENhokJHKaf722B+9eQGZa9LXq5RwcNJ5o8Qpd8zn6sb6Xs9vGK5jw2xjWbGL70PFqEm895xTMS3',
    'P+x8ALaZ9Ktnux76eA0a4edmn8hWa1puSMjOe4HxP+YILIGNIELJTYK5+cA/X9IUTOTkeWAzVb8czNjDK/sA3+VZS0fPFbPW',
    '4NPs8BMmy/uB/s5Xuyj+Ypircp8/LyPic+dmHgFRH6+5J+hNGCAin+at1i9sgC0rJhqcL7Ho77HowuIQQppL6PUPcF8CNM4Q',
    'NcgVW+53DeBeaXNLq10ZrTKL6O0aK4pez+0hsL001KwTBrgaHop5AYuqacWMguD4Qvthqzl/3W5+YdOPMwyzxuniMq04Ns9A',
    'HFE9DgxS0s1mwd/orTk0/IHZpFQ8/0UsG7pmq/tiRP49LV/G4KuDDJvpbMLs6l1b0weFUE/7kE8TE9mZVGXyjW3m/MGDGEOB',
    'sT64HZLsduljYFW5tVTbaVKSKMqSLrhCZxSenzgQNlB2T6bKGcYGqL7LmQINBGPL0F0BEAC8s6aFGXEkW0xvN5FSZKaM+rp9',
    'FX4EhWNfkKi7PaHEpZcjzC6JgIwSwJP7o9L/LLtLYr68Df9sv+AktdzhY50T4zBQouEl6ps/ZaaiVoTsH8wLOp7g/qDFJ8kH',
    '7quUU9Qh6AmirwmEddKmEZTrabg4OjeU/eJEEBJW8/NDc18lrqKC7S62hjt+XE7VC+/C/4BLEN0OvNjYfi+2giwVOBAThlAt',
    'aryz010g2Nb/zSdjQQCEndQswlS4enVwklleLo76S63H60rxbh2WiNCvRAJMm6OytcXsQO5NPLt0wyk9FvXf9r6BeQG8zabf',
    'A8u5pai+/a8CYgMijH+k1LmBT2j5hOIFDQmUE05aNTLNYQz6uy+emXJkPtIf805D4nFYk1OSN/KZ3xYr+4+FtyfQ5Gj0blSP',
    'hsq7fJzoSDA2wTlx4Q6x7abStxtsY78/LCqkRbSUHRKZq1t5jQ5laOV0D1MrLzQB2NFhTWDRHe6UrDOx/ea5ORBUMH7iW27D',
    'OZkMgeyidBzAdgoHArO+n9/OLdf1TvpgPuchEX9mn1eLX5KTco2F/kTunn+Yn8A6LwJtFehE4SWL8+PN1xRp9fv3udDNGHwb',
    'OuOIvFcc5wNrDj2nzGAV4rJH9xpFTjx1cx8JYXVbuwGqVj0OVNz9jc64CYSpCeKrWBi5DQruo9OSVQn8gQARAQABiQJOBB8B',
    'CgA4FiEEBauQNAwMXnl/RKjIJUzzta7AqPAFAmPL0GEXDIABgOl28UpQikjpyj/pvDciUsoc+WQCBwAACgkQJUzzta7AqPDI',
    'txAAnS68NpqYaYvCiFEQIj9Yzwg9J0o6I8813GzBGF0M+2QLke6ObfBkNx6kj+Fd03992p/fjhHCqJpV0k4AbTElWVEBjS78',
    'PiuIetNTF4lKO6KPyUIPTt2ykYgDmsbrvBieTsTK41RED0wRw+jbzJzBVtc7ZsHSy2Pu4zOnPuD/JmXXds3XXaFDMsJeKW/P',
    'bfBWmv5X2xR99nM2Pqjg5PtXRCwvB6WsHtlKtp5KLKmpQs+qq63Ixe6Kc2O7qArne0M06wdgezhKVX6rVatBd+TEsa0hS7cj',
    'I+I9KzQwKbyARfPQC1gYicip1Edp1+89cA/Sv7OUvcUKDYy5nI4sx43qrCDj0YFrqBVYeqVzMtwEr50xWWl9UsSJucywVE0P',
    'RUznoR01uCBzhSWem33FlAv3p0h9LGwGkRxLgP/MmdrVc/d7+uCtrBduRRnY3otHcg9Pg8DIFjfxgGCR7faQGlIlECxDWHfg',
    'BLr6oHCiJaTgSVz2D7qg89nziNLuMe5Yhb/Mf2G8oYk12D8+p5GpYViq04zKUlah02i6YLPcQE5190w7zWQ0vaYqBYO7Db8v',
    'b1hphtmkilxbTXkNoo2uNaWxdZWK+KUtwElsYX+wHj9f+ec7Cx2pDjfJaImLt/MY+dwSMdzqWbhusIuz8VAl3sXOn5PLmVFT',
    'KN1PRf8G60ZYQNGJAk4EHwEKADgWIQQFq5A0DAxeeX9EqMglTPO1rsCo8AUCY8vQYRcMgAH7+r21QbXclVvZum7bFs9bsSUl',
    'xAIHAAAKCRAlTPO1rsCo8JicD/9i4c89S255kb8fBoKV1o60SnV76iVmCmk+iU6uxSKJ30mMY7icJYK3wusN/OZMG/C7aMtj',
    '6ROgyG1z0KJdAS8yl6X63s55xI/XIDPhnb9PVf/Dga4dfW7hwq0z5XJqTtoZZ81Iy/mDjBe3Lhc7tsESQdXsULfrpiQc/OiC',
    'UiLVOZGuceDtfHsYbRD1omtFl+JCp0nF7LRhzfKII6IqKDqHVbMRzl0qUi42+W67zY81ont1SzfS28DTb+V2CLtDwiBKfBVX',
    'Bt6junhpPawip9r6OnSUmFaPYPquEmTtkNk8v0txzNifeDMnsPquFT1LpY6trIlFtYFuFOMyQiDvuSHLgThvvWhwRICv4Vqm',
    'AZIcTDSpFNqU5E+Tw24UQgL+roHbBwnYIl7z///VIvZKZdz1Jk7mZ6pbubfw4Dd9k66h+cdalhT2sCQrLLbX7nrx8BLyGJgq',
    'cUZzWa/phhecaiyrtYq4tS4C0pi0ZQ4xewjr45Fmo9B0lDNoiD5a34cRipEq4n07WqMdJrZG9bU5/KFy+qFpshrCi2KkG1HG',
    'LOW+pSM4HwvwTxItzm6R4ELLBKEpYjDi+a+Y251ybMDM7ylXtwgFV8f9M+1fmmjXrZFk6axBbrh5KwQjQ/LBu9XG7Rsw5WBQ',
    '6wpM9/nvbzCz7omE3C0Je9KrBeEsW9I4jlspP4kCTgQfAQoAOBYhBAWrkDQMDF55f0SoyCVM87WuwKjwBQJjy9BhFwyAAYyC',
    'Pe0QqoBBY54SEFrOjW4MFKRwAgcAAAoJECVM87WuwKjwopcQAIiFcdAnN+EY6vd3ZCO+CktlBlpl8JYDgfVHA6jmxCPafLa5',
    'Mo6uxQcU0Qzk7W3YBAHAONfT496Z1nPoR5iyqKf/z/TTjSZ8RqLkWnk0cBGisr/EDH/cd9qfmlrXfIV6R7rJdlCXkleaStWr',
    'L7YCTCYEk6+hnkNL1p1MrmnkKt3DPxzbM0iatubyGwhKTDJShXhCtTm91xbNHBjtXtMM9/AsPCmvb7nW243eAfqVGPFeMfc/',
    'WStapJLttIocJ0OMhYbX9bTPFGzFgk77v7x48EW7sYdIPW+/3Hbk7pHOC/vqgLc2FlrhthkigcWD9PpBn0M7M+OeELYxTAxb',
    'PYj1ZXwRPrdwnb6KeBTBqu1CzsqHGLB0LWJQOw38bX0FaOGGwGO97hyevzuNZi7ohRjkF5Liq2G4JZHwyhP2YdiiSwYu7Mhm',
    '9iMEd/+D/0FymFalmPxFLK2kJHSm7RI0YJMLvLH3b4w4LXxRn/8XA1GlODeXKLNVBTfglmTZc9o7vLNzTzELcQx22kLeYjXS',
    '5j+P1F8Q4ctHbfXIuRJhKZ/vth0JET0OIX0IU599Ux69Abv1GSh1FLATB83uKIKI77QlMpVyehhZrOxZcxodKdkaLWU7QzKo',
    'ufrsKrTQRw98yFruyeHivCZQb5J6xZPhUQtYbHCerzinUjqpcJMpp8bo+sSuiQJOBB8BCgA4FiEEBauQNAwMXnl/RKjIJUzz',
    'ta7AqPAFAmPL0GEXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQJUzzta7AqPDvcQ/+MyvhivufExXRRIXzl9YhJavb',
    '+kfppcSju1fmzInkyNvYvprc/OrGt15N3F7zAr6spATBBvlQ1O0B6FjxkEe8Iaugoi4inhfYDyBTP2lwFyOSGQk0QGsOkGYr',
    'EQ5D6GnFMYoRqT1u0xnQ5aiHcQxEx0uEXqH5f1FPLRebYzyRRj02SOzakZkdQuxhHjRAhQj+qam2Bb4cBLzGiVT1bU+pkwTM',
    'pWmJNst0+Sy7asTLQYQLptyAsXT+ZB0wj2mrc5WsjXWnTxXRNB2r9YHS8nHW1j+9D108vJlU7dIrEi2uGkvDWoRl4clqPUE+',
    'Q4C+oVTgqUDivrbZijeCeDPRz+1KlvOjoafK8qfskl/4u8hg1ycTD6nccbkSXa0Q2myHtSXerxVWNRCwDc7FvLm1R6+L4JTP',
    'KbRDyLya6YaqMeTTJboj92gpFWXZ0ddaEF9yOJOwMki6K3QtGbIqoCtwsPZpBCpdSCB+U99pPy+lS0XQ5wdn7RZZSKXk+CC2',
    'f5wbfiv6mB1nBbvlztWuNlb5nOAxAWkUrdCo6q0iiq3ncBolGEFtBaINVxfBpyGKNqi/1qqotaPi5/8mxSgrRvwKDvf5Rwq7',
    'CGJ5FaoDakwkK/g6OJs9x1/VPkMu3/RgeK+Dot+bfNIKE5Bj4kT7lFl0nW3x+SVe3zIXZzCsJA4N/efV3keJAk4EHwEKADgW',
    'IQQFq5A0DAxeeX9EqMglTPO1rsCo8AUCY8vQYRcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIHAAAKCRAlTPO1rsCo8CYhD/93',
    'z6kS0rb+br0gSH0eXbvByDjjOarxcLZ/ok07PkinhJUvbbu9ereMsfUaY1Inm+jznjd3oz7aIgx+oltt4IMWduPMJ2X5LmYR',
    'TCpyVPtEZGVdMowW9FFJIfWM9OloZkx798GicuDx2qwIAg108xAtPpTFvBJRPYM4n3+I7+Imwl/s7uMdjfUdmvtzJ3p4bKB9',
    'OVXT1nOTCfeqtAMZLXmQtSWBxE6VGZzz+c6l93TaSnlabkPlIJRsqrZgkcpd+Wzy0aUEKQaQOSitOTJ/3DU17QrJM1EQ7Mr7',
    '9jQfkAQXwhzFj0SDee9H2P07D/aHENifhbHfltr43lEZtoYZeY06VT+HBut6sWos61hH/4K/2Mr6YexER2DU6wC2oUF0Z/BX',
    's/FsJn8bxlEOfz0f7k+W8gDGjvESwsKcnagXUpArsD5EXChTNyKhwxx+8MC9WBacGhziGC1I8xEDEuZF1YuINWusWY4h/Vx3',
    'fgTwNQmvnahXA5pFIFAHH3EWJcX4+Ku0UUpBTz2zn0R1wWLLpmMwgMYFt5GfA86jJCYYnNbKWoC/3SZ5IMyln/QTDWY3oXAo',
    'YHShs621rDjGI/NCFKIkblacmfLh+A7es/T552VRURFXaDHTDoAoJxmYBiTKJkC9QvkHQUckSFEUC1MB9jczWJMOwiiDinuq',
    'Tdu8j126b7RSRGViaWFuIFNlY3VyaXR5IEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5ICgxMi9ib29rd29ybSkgPGZ0',
    'cG1hc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYhBAWrkDQMDF55f0SoyCVM87WuwKjwBQJjy9BdAhsDBQkPCZwABQsJCAcD',
    'BRUKCQgLBRYCAwEAAh4BAheAAAoJECVM87WuwKjwT+IP/3oNbYJJuAi576J3aov4+tHleeoDtlhij3CNgkdJvkiv6rSiKRNx',
    'qVbEi5A3+chJ7h0yHoCGYJdi8ciVEvwdbgduQaBrmdIR+Gt180KBWwQlxSAMIb5+wuATnDoKykTiHy45vHsiXTyZ2IaPwAtc',
    'Vsih42KOE/M2s27IfJZlQfQPGDi0Uurzdl8RDQJiRZhNDJDp/MsCaIA8+MY+EIyiRjBf7cGmEBoNiCG+5xIChtD8oFbragdc',
    'nIY39AfjVnAK136utBnEXUkjl9+hGCPVWOzPlnmBYelNTis2w6lwzbkmFVVNXrKJCToOb0coOngxACBIZVHUEzGOYzTjkLjc',
    'sSnxoamFCxc1hVg8aikoai+Hnb/KMSB4/bpx1k9B4GVM8fuizbdKyRGnwi8aCUa2mP+cI43Llc+bpPQpdDNe77xO9+Wg+Ysn',
    'lno+iwcEunVeTXyQ4GqmjCJZhjmiO/oJVID0qgYwsjEC5F7nmRy1zJTfl3oTWM/I68hJCmSxd0kExDEN52fdGhx+42zsWlMd',
    'RwE4/+GL3lrqhUzpX/806Iib4xP9zx+tKBs9ffmHNl2TlF4e3P2esSKgGaIFMlMomj9IPNeKdAae5mSwHyf7qkXCg/1YvHM9',
    'LhzOb7GL5NtXc+r+tNSdZreX4xOu2Rzp6f/A4eRtj6c2UdxgtoJ7KaTBiQIzBBABCgAdFiEEuLgLW2I+q2rYd1xFt8XX1jUJ',
    'R/gFAmPL1EYACgkQt8XX1jUJR/gupRAAxnXA+zN9wu9wC7GikElCsVkY9TNk76BsgbZ5aJE2dqWVpB2heplryVUnBBuw+2CM',
    'pgW3FgAOOt0bBDHkknJPSq7rK4CDUsAlL8A+iXFRXfNgGFwCLdmDtblZ1Q20YMobZ/y3X7fdnVs1M0GXG4LsL6Xkd/SjSl3i',
    'QRPH9tntATDqBdmr/3lEItk4zFtst1nfClQicVdQsBqf9hOF3ByGjrUfL8H/ujMY8KLs6vorSr16Y8v7p3VBAW6vQIyBYK67',
    'GdUN1sGmb/gXG18ptHu8vaS4NH5CmRyfXUI+b9c33vbQacG1FU+TbE3zXJWgT60shlTZlywSlkWWk6K4NVZfz9ECrDa3BSp+',
    'iDUqYZcv4N3zsKw7rXONbfXCJRdOA+Q5jhepsw49r1opEmDogok27iEk3+Ug7lTucPZVNkA41UWPOeJiKW1xOke/D2X8fAHv',
    'YkCDzEO+Qnu8MgRHX/DoQp1hgqG5umINCYnSjgK6aRCqATZf1OsWCP/miuK4O4HUJa0mKUKv8OdjROtJZnOQhlJep/OJwnWB',
    'GerpQD43ZWYy9tbPE3narpYWg/QfY0WOTEFGcBOACEgL9s/5G46KquKBxdP+DY7kaGoLMICb30ESASUaPniUI/SkV9LlTcQy',
    '2ttEt1k1sqOCsfby1psikLCNqDal9o5ESeo1+wTRMQmJAjMEEAEKAB0WIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCY8vUbAAK',
    'CRBzpPJ7jdR5NrxJD/4q+MV8SZ6BTiPjvolCeY0/3uddWbmc+74VjRukwGXjE6oYU7rcZKWEAM2aTRb5XBUgV7Sr7DsrpSrZ',
    'awjwkG2UTziJFQ1Jy3nQw93QrXuhqdrIYjjKosXliI5vT2EGTMfFKD8sXqDppXaPGFdntitZpAT624XkCDkvbe4NOXohX6bf',
    'sxRirM200cjREEgyqkp0XsJot8iJVTElyGuOuRlv39V+FUsi8Cd69SGKKmjpdTLcAahrgL0w6Cqo4lCtKuTyczvfX4qSQmb9',
    'aALL9+MsjDcI+zNhmA+6ma5c8S+X39fjTB3q9w+5ZlbURnR6pru9iDbJz5XPe8OD49K481yddpYOg6RjaQVKrYGnuCn5b62D',
    'HIDhrnGB64aBoM7AzQzkBBdYHfNjovlAM8NbsoabH0OKkC8wRCVVCZXMby+ilfNVhdUQ5b/3PCpfCv7jkvtPxRCysejp/49u',
    'eMGol3gb11BOc8Zzqe483cCbObPKH3rfPZ4JxXSq4DF7CfotwWXSu0W9UzJaDDyyIXj0MHiEzt1lXnbpDJTLn3ge9yvId/Y8',
    'Foea7M8maYUtqSAH+IKmj3+FBUyaa/3iB7/yvb9NT3vEr/Tl83pJUlEc51vovlCjNCxG3v+RVQpDq1H4K0elydiDNaVDCtxF',
    'px5/lWRrp9eNEsk9szmpCbsNK2xch4kCMwQQAQoAHRYhBKxTDVIPLzJp9emDE6SESQRKrVxdBQJjy9URAAoJEKSESQRKrVxd',
    'AKIP+wf3m7nEqieGM+NFXRX7hk2c33lCmcI7eiS4E+HBuH7gnIg7XDUnAYuIMScOVNVaVC33enEiVBVaIF0eWmadOlyZJFS/',
    'WRMilLJWBR6VlkEOh2hIQEaqpTsuXlhnTBrThLzdgoCf4+3wa8fTF3Ujx6edHejhxn+Tll2xOv/JM4pOd/iblYxyla7wh+yr',
    'O5tsFUcioBHyI15ceS30qA7/lc0dA4kY1XQnKASRlkNgGaETFV02hjZjXgg2i2Ksw+534NkoJLZL/Rnf1eRMMqA1BBwqjuAR',
    '3g11Xe/rjLpXd2zdVI5bK+C+3V8autvZo7upzW50QhQn9P68aCXrZjqE2FgVHxa/czYdy/oDaznYRDhmlEC0YX/zqcsYm4A9',
    'LQpnGg2GT/avVNAtKSPH1Ap/vK2yTOEhMaf54YLuUCUnju0evs5AB2GRpkFM1kHnZxMBnIhUMqbJXZs8TY2fVmOr49e9Ooyn',
    'OhKH3wJxQoOf50RuQDh4xTiYpCPPLq890OJTrOiObSvFPMhrHvo//1zo49elCVvtZNFk6IwlX2Tlu4OunHicwROs7yWUnEm8',
    'ZwE3PInHHi9UbRp6Tzsdd36n5mmHfUAK/HdVRfYe0tDMmN5vCdvMNHSd2kU7zrT0tFscCCM5XJiQfOtVm6Rl5jz3QdeWAjRE',
    'HBd83ooNaKiqYnUhiQIzBBABCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmPL2NUACgkQvDciUsoc+WT7iQ//e0HZMpvp',
    'dpD7HuLfq1mIjW2rxoYELI0s419FO1jmoJmqR3OtsmYA7U62hCMqhP8HCDqc+cDFDBFdzSgcXLeXIPqEzD0OgkTXtjY1Q7Gt',
    'hHBszUh8CNbXUWmiDY/mwe31tf7JsvdglJr0lXe2gPo8qKT35ckQyAXEmKsVKoBya5owndv0cv4j7UueYwLy2ocuKIMKeQr0',
    'FoWxThr+P6/CCwq5teiUCWIZ0hzuxYINOFdUsf7Cm332J+WBnvd1qekzbGkcZMURjbQiJ7H3pvdyrFBl0oHlunGqfiMgy+2h',
    'XShcax/AEzPNEcULzIuwaXypZsHtIkEmQPbIsTMwmeZJmo3eappsGbmlZSCgu5vOvyGJTlvgm6ssLisC5Y5QsPMZnCh7k1w9',
    '7J71fp43tuGSkO0SWodz3tCw+FGD3Z+INueHmNCMom9taDHv3Tqo1jTBufOzZ3sGXSKPayqTEulvtCB5ZJDw9+6Hrx6LKcHn',
    'ziROyALWiBxfgizW8lk8mbgKp5H9oD0cer8n72jiA0LD5hrt8eTlAPCFcKwmprr2BSJOGI84RezsfItCr1bMkQ1xLsBIgMYj',
    'HRPFdFdICJUsMtyqtBED1y7aBCxJZr+0bZkjwgk8G8pKYSPVEmRRe35ulSTWybBSSAFd6bixYUj0nnswLw2Lm1HjNElx+hnv',
    '/0mJAlUEEAEKAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCY8vt8iEaaHR0cDovL2dwZy5nYW5uZWZmLmRlL3BvbGljeS50',
    'eHQACgkQ2xbPW7ElJcRLNBAAulagMImbvWUHayliO89kmXBQdok8/9CutzekHOa6+NyjTapABGemuh+p+Y41T6rsS86IJ/Nv',
    'u7uGniLqHUjm9jfjCIw4MGq5mI8qRyNQ9W44ntlvlkvtPEyquF23ofoyopkBfXZT88omHiOXENwdINLobsMSKjyu1PiIMzQ3',
    '13fR4GuvCyFdBPwIycuCFbio1igiLmeNRO3g0V8leFSEh62KWnx95kxdZbS0Vz3LCvHH39wQSEZ/bUyJPM2OOjlzedHD9wbi',
    '4rSvOxHBZmXN2uWZBpIHTtYTF/BfrRFRZNcQhKHO6xUkpG+8Bo3cmy4RMVt8GPwac/W4qxuKzrONmZnDWO8tgQei9XF/7JeH',
    '3FnQtqjCR6aBT4KFcjHaUca+CHU5AIGWft8ZMVmJ1dphN3dVmb0G2P4s732xrKS1litCRMnJtulnvZsJCQGow+VW1WYDgtoi',
    'xgD7ymithet2VTmhWyRnQu2+T+XzzqtYC1sBuqFf4n1BMR3JeOqyna/yn7C4oV0m+2/feaIBsqGGjDpC6Bn6cGLINdB1PMTw',
    'arPLrlXwxVm8w3I7c7sBggYT2jxfsYmVAgDpFH1Tcz9Z63b12KqSY8P7dGxpPMLwbHQcAsacTRJm04TWUJBBmKTbiFqP7WsD',
    'SxiKfqfK10dfXEvcLLzm8jjnT4b9/vi+M6a5Ag0EY8vQXQEQAODS7H4Mkaix3PJF4A0PzPLtZc1jUdtpdbnuDICQ0urpWRJ2',
    'WP5XER1lRs4nGFBnWEvP+49grT6G0x4I98nQgWYlij3qdTWgDcY3tMLlaKiitaaHmdychf5VXXXKjfcFAdWW/8/nZNBBAJZj',
    'gyfvOnt3kG2yNuJoZip10tp1ApQhbsSsxOhidDCz4OH0B9VXLQixi2cx3uUTbF0bdb/++5/j9Gvx3FEYxZxCU2UP9G/YuBb6',
    'k+1cn2MeLq92DlfFZjThyT6Q0EzWjWYKhI/yO0hU2wmMya5+qXGffQFsfcLm8DQFDCcMSyxF67g7VruapdpivLlH45N3e3HI',
    'yHquIzX63l5m6MSOEmJOyrYYgm7798W/XVDkv7zA4+ZMVpQ3s+DvcfTRr0ltQ0TqnVe4tUnypzUSlsHFhiotkodaWJyrcGBi',
    'r8wU5FUK4yEVqiS/lm4kAUtNk5EF62QcGAnSezfkH/rIm0zWfD3goNib3kceeYJjzV1uZAHF+HLkLTAvCiRoa5FYEKe8f3VY',
    'ONZLHngywhvnfHvmie4fQZkHQ/X73zWw0m5sS4T7Un3XGQkjfG8C1+jeMRE7stjCyJJk6+74eA/LRfX3TStNFJeCwPxvScyM',
    'QFA/R/Z32L4lz+Xp1fHFTjEs7xssfbg7QUuM6pZGa/BrwF1z1tz/SdO9VctrABEBAAGJBHIEGAEKACYWIQQFq5A0DAxeeX9E',
    'qMglTPO1rsCo8AUCY8vQXQIbAgUJDwmcAAJACRAlTPO1rsCo8MF0IAQZAQoAHRYhBLDKuSZujDkpeYs+7r3m0rkhbseoBQJj',
    'y9BdAAoJEL3m0rkhbseoTmMP/AhFpk9kkt/kiftUBsEbK8AwVeBIaWvAeL7QM72ZGyZkbsk4gKPPY+jZUjEu+eBtHaFKM6qJ',
    'IwG0DxTpizIps2pLJZtiHU8NNLbX+Ch8nZFvoKUbO5b0TbG3GNoyRjciMdIQVRwIfepCQXV1NH315hhZXFZn55a6JH27xbYf',
    'uckByAdCQuNF1iNDqDhbdAImrIZCsOFTh71sA3Sq5wJl6IsOzUoT2zGGateC6Y0+LtJ+B9sFx7V8PEeCxYQi1NHKxOvLyeSt',
    'RnCuFxfCZ0t91g58QPKxk8SpwPPG5BMxuSX9Bacuwv2OpiPnIRzHQyI/uJ1mjU/FNybhx7rI7RFVTYESFJ7C4H0DmlpUzCxt',
    '4bajt3ql5Sqin8IeKZ46f5wAFdLX84I2I2WT/mNrsQuiUKKkUGpN3USgC3MLvHXbDb19LECeFIuOo5AJjJVkdmXC3zcTU0Th',
    'r7fAofhKdL4x/q1hPTeFggxT1TqbuW2hrcxLXQjZm3KWm7zbsotw09Sp9j6lI5YHgLuhJhscHTvYANciPMOFmz6wuqjCNvJ5',
    'hIyZFzotvjAEJgUvFVyVZr1dn6RDaQQ+aKMIUfAiPZa3waRPqyAfa33iVJJ5QL1i5ZuBLhQ1oflLpLRjtPRWdIian375OPSA',
    'U2VpI97SL88jVHqLrjBOwgITXbeQirAfnZIrhW4QALtuyXbjWx9Z+cHeHp0CUDJAse6IIPScrf/dtMzzEkxfDWY+OgzSvaiT',
    'stRnqLpgiVkm52FlD2AYRgBdnXXdJqOEgH6SimM+IpGDdboi/syIrn16PtBbEHvu1ypdhEb4YW39aKnpMhbRL6KIbpWTSbX5',
    'haX6JqdZByqhL7D3bYZCUZ7xie1ta68u/8J1Zazy6COj9wdUouNnj7I6tsaNBGjpoT1RlNL614D9vTxje4ErQwYaMCOs5Xct',
    'hRaopcIVJwtAwzP/tCLVpSKiuVqdEq3RhK8EkvXSm1iEH8qWjlASzdVgMFWB3zx2epH/IDHiJkjBuUUONNRDMUsCR4AcZq27',
    'p9DkNw37rOrBQUBeYlmFwItE3nIQ7QRVXtlbm8tVLM56/YmMXae/MwzhM9W/TKDtccVwtHs2iFLNka1iXZsN3SmqgfiEEAiw',
    'pzrnKvCIS3jsi8GTv9td0erQQ5a7LATQwV0DNwqvT2pDp4PRZLH1HGkFVb+yY/XZG0PwYCmBkZUoQDl6P8f58l9C18w52Cp5',
    'D5/oqiqtz0NLY+a61uQbfa2oeYDDEK3NGlXBdEAaQqHarkY8Gf44/ea8aCsM9iH3DogBJGgIkhs2Face7OmedNkvc7LiRNz/',
    'z7Vm62F/mXSBHIMvQ0pwvRiKbn5U7DwupeFEycZrqQEKsjwFjLxamQINBGfpPhUBEACnIlNQO4hEcoTe6/fkasYBgsIYoZvK',
    'fOemGKVAO+v+wQJ8X8DM4ffT3QrmO291LPwsmR+sGfMStf9Zbuv/reWsY8NCOTDt98RFQWG5OZw0g1TOdheMnO43wfTJQNUy',
    'OAqKVArXrjvPKb472KEMQckvvccUoVupmcfom2Eofgqk6Z+aRfofVvhT6BQlmE1hb5uGRibEqm0RbDtUeSgs39pSGF9gbfCw',
    '6ZjqxGJHcSJXKJCJu2UswddueSJWj6UfHfywPbIuXYx2Ypfb6RDx/kbkJCK+vNEl8FmD+6dl8hY4P+RfI/0iKWPaWwg5J9oh',
    'Wk5kjL65BOOQ4uRdq6TNeibOsS5DKlp0nozseaAUhDWsepY7k81/M9iLALV3cNExQasLkdGprSUjY1fKlpNnFZ/jfQT6eqR5',
    '0dptA858d9+0iost2F40fGd5HWuA6GJWfIhMCEwcf9aiRYzmD67Wie6agxF1z/PK3VGGBdmbZzZTMGRBrt6ayTEPLpbFUJvk',
    'Ltf9vLcvkGS58OTFcnrqFCtEzQYCfYQvmdJaRHmOR6r7k2epBC6eQ81h27TwhhfGvCuX7Hl/qYIHH37MMXZBonA7zICBI8b8',
    'EZOGdib2IjoLgm9Ez8Vq5rpTS28dMRDz5/MDHqSAy3PB33X3S+sTDc4K567FS79aMpng57Qg4plqEwARAQABiQJOBB8BCgA4',
    'FiEEBLVMPNynl1Gxa8a1IlYp33WxiL0FAmfpPhoXDIABgOl28UpQikjpyj/pvDciUsoc+WQCBwAACgkQIlYp33WxiL3tYA//',
    'ZZc3kZnfHCXoUIYPPFcKC4oA/HFKn3HnRiN+KLbcP1naJ3X+0TFLw70r8yDo4+2zGlu+vCbEhSVdO2GfxdncMpiOWcPwSiKk',
    '/x1yCipnPAMJN1OAo2oEjDvhTF76mgOIJKtDnSu12CLKkSf2az53r06T1GHaJV1Nm0rWTWhgVbk8Ir561gAn6nz89qdCUF7P',
    'ALFq2L/55yt1E1YL7wtZcbto3SBH5di9OUJGCTrEIPnxf0DZSny5LJXs6lKEIMnvkQrcitD/Lw/1BT3wLzeZmH5Cpr9EM9Wy',
    'xJxbZFJeAWfgwv8JcSqpwlphV2wnfOFBKt88vbJDPAaTSUo2z2mAf/Ps9V/VsgU4hN9cGcBCTl+SaZHQyf9Hm54DSmr9L/KM',
    'Ak9/7tzrYdde2F9L8yb7DQ0aw6CBn4IjpG4fDEIJQQisBFluTB7Od0lA1CAuoMYjmonUvES3RucM8Yeote9bjf6KTbfcmkuI',
    'yrfLdUsz7sALuvdNsiCLq30zOBhKq9svkm5oNSSaTJ2J4ILOEthCZMT9sJ039tFZxvaBEQS8W8gW6y8eQWSVlixj65PJ2ck9',
    'jABEmRwG2YW9UKSFRtReWF0WpY3Ijj6fcDJIHpThZ6Sz4HUvGr7jvcs8qFFZxEb111xbwbQsGVBecP3s8TcnzVO2S+E/JbrS',
    '7xTyUY9xmGSJAk4EHwEKADgWIQQEtUw83KeXUbFrxrUiVinfdbGIvQUCZ+k+GhcMgAH7+r21QbXclVvZum7bFs9bsSUlxAIH',
    'AAAKCRAiVinfdbGIvYTFD/9zy9LyYJ4+zQ6ycKffsGXGLKNkAp8L7KS9eZAS+CcvRAZQQHwEFGaFeuRUNSA5Z4tATh4IY9w8',
    'ySwGHeDE+Jat68YZ+mV7loig0RROew2WYkr5xSzj+0MIzmS5++ngZf6S++5VwJAEmuG3aAlwiL2BJuk/wn4fqoeGXLM6gOaC',
    'nCJO8TC5lmJPhJPwj6E4gcE7MS7BfYRKd5emOlI7m2FytuQ7eo48IzSlkODZJfuv8rnKA/TTNQa2U9Nrl70UChR+5QYeAOux',
    'J1kw00RYOmCMAR346f7/esfYeMyM5ItG74xmYGLjj4PStAbHZsOxo8H82KG0pjadVBpmZAQgI9lN2QWO7kbRz55TV5nZFZaP',
    '8fJgYl3BerVuvHamowrSpSz5mVyBpb9JJmOJ2pUwSi2wQWvp5yT+LMh2Q2Uhm/3Fk+q5lRIxDNfPukzgem6WKxfEfMDjDjDK',
    'wjeL61JlLJrnllmylcrt/cEvsyzdbkpDjTVfsKtUIk8K2+aY6cqbdLnezBgVONuGGdunRvVXSKiUTngnBSKcyGsSlJtH3Txi',
    'cEBsTnFAplGA5D7GPVPF7XEEYpBifKkJz4UDH6cy1qCJBtOUd9Dsxi2hQxfzOHj41m4lB61yin5rTnJjujQwWfh8bGz6Yatv',
    '/K7Aejdj/DbHEDf+8ixcYfNxAQ1WpynrqIkCTgQfAQoAOBYhBAS1TDzcp5dRsWvGtSJWKd91sYi9BQJn6T4aFwyAAYyCPe0Q',
    'qoBBY54SEFrOjW4MFKRwAgcAAAoJECJWKd91sYi9Em4P/Ag6yEfyxoXvMl98IVUA/GG8fv0llOIJsKqSMEjBpCFfPOsXWDvX',
    'v0zJNI+XPgzAPMCd7R+m2VwcDwHyADtT+Mh6fubZTzbPPspX7LZsCyD6S93LZxH+vIMcjuiwKKb05ZSkaPLfwTYMeqN+oc11',
    'fDXjU0mQ5vC0M6qhxJLM2pIeTD7sVxsXYyEHzPxem01eqXyKhJFO7Cgu9sUYhzcVoPEqzDV2/Gd6ih3chJ+MxnMfq6Kmc1kT',
    'pstCMBbmQVXafY9roM+bFQlIiUgfbGdDFk98C4+C8IA0IVDyl5KIo8RRZ4mccgbt+ZBVBkr2jMoKd+hFhlbF0aMG3EKPoZyb',
    '/Jr/6Q0kqqUke6stNzOazxftoulB3vk6x8eI1jRELHz5VM01nkr1A+cmcgV0J5H1g6M/4NOLveCfPmGyCxGoSyWFgiagG4O5',
    '6AdlhyOm8VjqGN4VJBbaGltT9iIQB5xD0vvhZvYbXbXtxbD/j7TUyYp47484dBdTRLqyUQAS9ICl6xoB3aYem2aQckSc1xAL',
    '7pIIHA4CykAECa/wZuYkAOLDICM74iMNIZfdH1CLg1/geBiON7/kqmFxyOJTNfkS1oivQvrF8AWUZYLCQ5ITmI8fcbXzJXnS',
    'Hyn2ADj38GaQkPm5YJkKMAwmlolnzt86EnuZrIVVApx0NqjtDvBTNMcLiQJOBB8BCgA4FiEEBLVMPNynl1Gxa8a1IlYp33Wx',
    'iL0FAmfpPhoXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQIlYp33WxiL1Obw/+Je3ILeG7tACNix/ycJ86Y4ZTrCp1',
    'WtrAHdZtKqH0WO9+BuVjKFJU2d3R+176SoKs1X5+0ZxptnzlVIZGBcKn7IVk2g6k8GV+lPoR/WyhPxLqH73ji+g3Zod4PKnS',
    'Xgj5JjoIDe8abXCemAd5j/1aqANdxG06h71+UC9NSxMzvzeDQQvAkToNmy51A2gqzBKDGO5n5Eafw8noVHzFnZrMcXIe7nkG',
    '/sF5601p7q8jOVeGk+Z8fD6v6xl+MJupX8CuQ5fGKFW3nmWojZNH5yM58UnwzJGOBg70CoSuAP7kOGOtWa39RS5W9O1zMUe1',
    'tKpVP1qGrcmEOaqmkc6guE34i0ZEBjiet1GwLWjjgmXGLgTY/meFmUIbCVeKi0hmr7SJluHk53NVvf3QV9Ddgs32Vz5xQY78',
    '94FCH7Di8sFNYofyxw15SZjee/Usyc3arQOTF99VxOuLoU9lW6JZrFISyjZ4Hbz2UpxgpYvQUK9Yj19irdYWY3HGO3LnguOF',
    'S/Q1Mr966Ca46fSLCW++5XH9s51xzk6zAyW1a5u7xqYnC8bu3XYBc713VMYPexUeowl3ii3Tp6hb2g1NLxd+7IAYaTb68Fmw',
    'wTRjUwAwh8NTiQv0ezTFe121hs3K35AH1vp2CDkIpAmDACWWudjXl8UhKsPMAdzJIf/IJ8X1fXTgpK6JAk4EHwEKADgWIQQE',
    'tUw83KeXUbFrxrUiVinfdbGIvQUCZ+k+GhcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIHAAAKCRAiVinfdbGIvfzwD/0cjeyF',
    'VVS1j9On9v6LKDEWASvlFoGelpHah4vVuYVh5XrnlwmPNY4Qw+iMpVMHhDwqX5zD8tyJypBb3Jqzq04Pho+lof/qBgq9wley',
    'WaiazSLi2/Aw3ptJG+Qz2uIzEVg4Lmqz+tMUbA6FmOCJfKocA2Qrc0eJT6pLZ8By8GTzMyEwTgh+oTJuyFuoV7ZZmAmUxI3c',
    '4t2c5ixZNxV5Kz9ZIvvkHCPHmoAzDDKpp35aFNlWRxjWNvWdu/7B/fMEt/wI5XfH7YzkpMp2gbW29JytrrKkonO434qGz1P8',
    'x9iMhYnlmp9bpU0QWcV7ZADE+VDrfg0y8xR0cup+23DelHgt2AYHDZWo5D4UicAxBMGVeKzIJ4aflGjPhzIeLvuPwwUeBtJs',
    'hJgTTxDKqmTrPmc0FgE1RPz/aeHaIpuAzQwAjUKiKjZcW67c55AflnBOyUyoQxzjlAmcDHv/AHLh3lfvNEETep1qIu5G2hZw',
    'dVYGDd5ejvTReeCBNvK87UbAysWU4n22lKobXLU6/MOgO9JwWKclESXgbRMc9HjzHvlahh50L44YTtDiP6alkG5JUxu0Sjx4',
    '5xRabl+okFXaz4tx/JrhzcRvS41yIhNPSqUwhrCqIsjgiAlIraKrQH/nskObNpwmqxgrzb3NMTpi1OuI6s3lt1aguInL5qaC',
    '8Kz2l7RHRGViaWFuIEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5ICgxMy90cml4aWUpIDxmdHBtYXN0ZXJAZGViaWFu',
    'Lm9yZz6JAlQEEwEKAD4WIQQEtUw83KeXUbFrxrUiVinfdbGIvQUCZ+k+FQIbAwUJEswDAAULCQgHAwUVCgkICwUWAgMBAAIe',
    'AQIXgAAKCRAiVinfdbGIva2mD/9a4QruBrK2CR7q2oIJBIZBk4dgC3HJVGSFdldGHfeDXaUad7YmAbOxzHhGEmhq6L1SFMM9',
    'oOVgBasGJiY2lz/j3KUBHYvyDx1DMKls6MG8t4yqZQRc/QdOfB4LS9SBLKNmJCM8yLfqM2dXvMU8BRzYZY1HX3XE0vYlLvf3',
    'Mo+gYvhvuGxR/Bxmm3DHzMym/H6umA1/PYl+16Qg5FpgSC8QncNEuY/XwWbHAVhp1ypk74r3OqtTHD/4sYVK1Kanyu7Ge4xW',
    'xcjWc0LjBVsPc41dZEPZgvM7l32cavBAOeKBuoEw2LvWqZHTYXR/tHwJOZnmdCXSHyUlOVOx22tALzZJRywSl4m5HjJoWNZn',
    'yOiKR/VgauZYqrnE/klH2qN3epndE1V+ZVqeKOdUL/w2YayKwlWKgIdaNbFYyxu8M+YR4InqvIec3HLVsHzlH0JEbWSJIsFv',
    '1xs+lU/GHuuISozp5cq9nSTC1M41+eBKA5wQFVhaQ2HNC9zVDGX9pj5PmL+BZts71f+s6p7dhwZgvjaaeK4PtuTqOVwI02Pj',
    'rhpdj9xiSHLJrEmOf1nzTFbT0yOsLJNdrjRC2WThfqj2HPch0vpJUsraShcNb1ITGTdbeGk4D0JYY2DRPXopKKR2rYRjimtE',
    '2KIlfn/0P9GnMOH7kb6p3JuF55jTx42W7F//iYkCMwQTAQoAHRYhBLi4C1tiPqtq2HdcRbfF19Y1CUf4BQJn6UDCAAoJELfF',
    '19Y1CUf4qH8P/ApvOqmSKG6ftW7p33rhk7c9DmsZZ+KlfqZk0ZyG/jG1qK5n1JO7UktJL5h2xU+6J6oUexWR8rEZ6n1OuIs9',
    'eCXqsD+LaAhX+wBLyIVxqp2Jdy0tPCo30EA3zwhG6hA888P+jbw9HthLgvarQU0RZFkuxEmvIyL/eapiWRrLEaZ5Ljqj6fls',
    'beuKHBlVDWjWP5qSjW4IQKH2wNRNvURug4GarjwyWM9PpzCgsxfsJsz0Y/lMBuegNWbBN5mRBwHrdnHidxhPH9U1A7QUX/Rq',
    '6cLJlvoNhIC8d9LjoaVt2McrXBKhz2biWccnoYJy8dZdK43na3vyqXHmSwLs1JVYEhQ/pvTcbLm5GgZm4eFwoWpN5PpPp13d',
    '0Vm0TWvSto4Vy+QCahv7UB6uLodMjVjdGESUejjE33PaEyjhaQLukVUnVIybVkspP5juOTLEiVEbKlTtHqU+grVhZGnRj4R4',
    'm6yrVAfmbBDBROnExqbHEEhWmVBzoJ0T+JKguyPggvq1rexFX5QYw8HRwQrWvf9HDo5VmqL+0rZhb1nfYAsmWqBc27XJxdUM',
    'gTJrbVW49RyGc5YIy3tM9Z0iDY/oaJl7V7SukOPgkw7mGAmAvSQS9EeHOZFhP4NY/n1ddb7rgTL/qgGIYmIxiOEeSzBfoj0o',
    '/ybofi6gMoj/SR0zeFeYNEJwiQIzBBMBCgAdFiEEBauQNAwMXnl/RKjIJUzzta7AqPAFAmfpQR0ACgkQJUzzta7AqPAb7Q//',
    'Vjn4v5HxeStnnX0bDzcHoDUrcM5OlvfFDQkYLV/qV061JPdihXiDcxGdUStK7JmEBMWCRqp0GW7b11xUzVciQWO6Aoz58jxa',
    'LYK8YCQRHrE7PZiWR1kT9RQv1sovvBMnrMjqaxYNvkvTeWe8+WgG+4nrg9ibsZGaYrnIlG7SDxXQdzHTn14NvH2Yfo2liaY9',
    'pySjzXIhpimCWdGAda8TngZZXZB/dZrQJYl4voH5ng2uDx9kLcLjZHli5hGSEvkb8F+iruwMMKu+y0H6NVlnaZXr3HuRFOwJ',
    'XnV6ctBrlGpmUCOoO8loukMMI4pMkR9kcBKQX46siC0+oOjJLO4hm5HpFx812OAtV1FaRcCaa3rI/N2bqpVJ8xhtAOjH0h3Y',
    'tUvUChhrbHaBveE9/RkcW70gwLbAzJL1FWWSJROsW2jk0+PUTVdpjY12CD7XK4a65Mn+0mCv7aZDWNae1OSPYsDbtXexVYXB',
    'W9AV7Z1z8MvIx5sCVQcccmaMtIOBemTCPNcNY+GMnS39AN+gYcM1ASRmCIoOcX7GkxZVWR6U5VQ7nSedSH9GP4WrN+P9oljh',
    'irR6djHYaMV9vptlyilh+qUgRjVfqsINfou3xrt1CLr/dlabnUd99VP+36F35fjLmHgNFaR+YSlYjeedKws15U66tTIind5u',
    'XGqdBl+3PwiJAjMEEwEKAB0WIQSA6XbxSlCKSOnKP+m8NyJSyhz5ZAUCZ+lMlwAKCRC8NyJSyhz5ZJRSD/9Rd55RpQ1jiJuf',
    'S9GUw7uekbaYmr8/0ERCrIinlreau1hTAtG3K2hUfGVKZf9pJJrlqdBIpS2NLtLecuAmBW2tsxlsNUcWSy8b0b1tNEc525Yc',
    'WuIuz+dckmscU8c8asJuftmjGfhw/wVY+GSkP/qwehPxePTF5Wo7xr9kwtzWUs1Pqm/bweqd7hHfK6noCfxzuT8qHgMKSvJE',
    'SIXO+/SN9NdWdeF5pZKATL7vZb04WXyyDbcZ+OacbC2Gos6Pr9+dAeN+c/ApDiixGEn18p/6SiGqzOACLc9vTozhiG8WJqcE',
    '/JUk1K0ArR7LqWzhzZ0vjA9tnfD8kUXwlmuNxNC+jHmV/p/M024A/4V4Gosd6tKj/Vl6UvIpPfeEUfalDwHmxYH62Lr3maVF',
    'HfzCAAaKeF4CmZAOutRWbFpdTrw7pcyFidDslhKkg+3eFjZ/tShZD4F7mHXXYcCXVQgUOXc3MxvWZKt+N1hx/Nuiepx35nh2',
    'brrhBV/oL5q75W7iB8ZjMOmk2vzLwobwIHY/6VBrm3Htj3p1PIvX2Cr93Hdrix1YDqbKoTGM/0jI7v0469zI3pSXkket/AMm',
    'tG9y2fCbETdBR1ugOc9KuwJ+/i8ivk8BxuxGdZj1drhguVukAXDKCduBwxYBPrJfGAqOv/UC/yWxDHOd8LuDbPDW702AIYkC',
    'VQQQAQoAPxYhBPv6vbVBtdyVW9m6btsWz1uxJSXEBQJn6VqyIRpodHRwOi8vZ3BnLmdhbm5lZmYuZGUvcG9saWN5LnR4dAAK',
    'CRDbFs9bsSUlxBU4D/90JyuEt4RKcxCBbIYm2qwCwtJUAix80qC+K2kExZKC4b+bkqqgul5+Waiaq6eqwATgR68aILcWTNN+',
    'XMCbXiaE34aEC2to8JjE2vklA0DUY0+2gvS0FoPJee75qOJ65map9KRB7Fsp78nEq0NAOyIe10EbO63mSiz/I7Dx72PuyMRF',
    'E2HXt5n05ofaU/ejOXypJfARx2+JZyykS2z6ZB8CAVoMzPRjwzO2IRtIv4j8oYHIcylU7e3KrbKUSzgDKGu4yAMAaAGNfTyI',
    'jj3D03kXcRt2FZLwfdY3+/InmPGNNt1CXRlIqtavsaL3tjxWdAesKpgHgv/CuH6jhu6W7TU41fCLxNEWAJMbrEtiEJCFejKR',
    'zbLSrv9GMZyQIbbxNTPAdKMX3etu4gzwZaeNNcfNyBZhMOat8ubQRyP1Jo8K6iV9MgNyDclNfCv6VxKuRhujFQZtH9h7fuUn',
    '//vMsQWiwkAU650/iZ8a2augWlt1qup1S4wZlcTbOGaVuxyVxTEOXRxcq9fRtgHtMdEOWCL438gl6aUtqwAqCdn5P3TWcjn0',
    'bxaoY8jV0ENb0nfmyo932lYyPCur05ZjWkQMGbz9az219jyPzfZhqB436OPhHnk6R5//f45mAf2nvucLgFRNOt9PC1wtwvFl',
    'picCNXNFJr6a2oXI7cqG43Vx6b7GbYkCMwQTAQoAHRYhBF4EoeMiOhmiBwbiD5kEYT1MzmjGBQJn6V5TAAoJEJkEYT1MzmjG',
    'wHgQAKvsVvlHtkUpEqygq+lkxNXVs4CYqRPttUaeWtCtBkMcsgXlillqy+RUVFggXs1uPcuD149As47aeAVVvTA/4YIsXLuS',
    't08xkbQDAdFh7Ud2zzv77Su4cUbyKBSDVRcBkgw6SOaAXt4W/cS0HD3j9Lf9xLSifL+p64Kl9ovP9i3GPlWONrnkcKiFmKGY',
    'cuSaZ2UkwHm7G6bZhkvKWFw8MEWIFW7KuU5TORuSkip4alNaONb4QXo5HjCrpUsNgh6RMefqr4xXmte73FofTKhquRUMg26J',
    'S7/msVp5tlDL1v8gWyXuBwtVZYWiBc4zrPMDhGYZL1kt5BaZLaCnomfs8LVgfHNd0e4n47FiBSQmuiU7p02/etILheI6vhXw',
    'sILaZWz3pjyiZpxFcGdiJ+5adwYo6k67CG7QYejsvaKFOhxyaEsjNCGcDPX++jaDxI2WmVgmb59rD0N7Vi3bivrfXV4HEGUc',
    'E41BPviGLFxq80iB2vlKZv9/RdGeEOO787H8VVTwYOxVT4DtQ3IhvGbsQE3ZgzdU1PryMoK2TOEIyGX+SukvEwF9/3H6Hn7i',
    'FO3LYerZ3bWfEJ5kbW9ZDmqLpy7SOKd2zAF74mOIV6Uds1qoGZeQjyZWF6uhJnjEFBoTqYfWoHr1CgQ+7ZH8b7BIDOTUtnQ4',
    '1Nz0+T64naTjg8xluQINBGfpPhUBEACygnWLGoIlLzcdlGoqPilLsgSQb/PN4pw+o3UJMfmWNtHulhVm/bpQr+ut/4POrp19',
    'kxaYU0tB5vcPPAz5PpG00kw47c42XO0WAngq+Z8c/X7pDu0prGiTXHnWf0rINHXn403SN7EISGClSiTiU7l8jOhClUy3ZbVN',
    'MYFGzVa5VfBSzp8i7QBcAH3YS+FdE1vQQI3vZ13T25s3nghT6AHCmTnSRdHjdEoKY8/FpTTlLc+x3Q3i5qqUYwwj9rOd2Fty',
    'Z+pudOIW/CQX0+PGeNTGkVkuDiCA8B4vzZ8nJyMnoQ8AeDLsb9PVkzPCL9NwtB0Wrat5mcAq00oQGD3J8OKNtRHux76fIA/M',
    '1VemjxKbC79knGfCYaOtyNC7NasjcKnOJLuy5DlNnnXkXpmQCO6f2mWetsq7qUAZaW02u7sQ4QLs+zK+cwz5Fcni5Lo0FRfs',
    'WdIVGYJjtxZZY0Lh7qRzYESv/KIhxnq8Iim+/rtWfHrPcq9hjykFQ3vtZKFfIhhDJMg6cNh+ev+JrHb+2RcEnogtYxyHmh9E',
    'b0iSvYN7Uxi8hc/wdmn6+l/J/vSrjXrNz8f9mUt48MjLpkssMPVHfM2mPaLoqBINP7zS3uVLZ5maYUaRJDTkg72es9DFg9t3',
    'DxVSCwsPTet8MDRPDEFV7q2cDXTqHoV0JzrbFcWBQwARAQABiQRyBBgBCgAmFiEEBLVMPNynl1Gxa8a1IlYp33WxiL0FAmfp',
    'PhUCGwIFCRLMAwACQAkQIlYp33WxiL3BdCAEGQEKAB0WIQS45fExdtKnp1IgAoB426O8R+8iZQUCZ+k+FQAKCRB426O8R+8i',
    'ZabYD/9zhHbtxWpfxFKiPVB4Z+4tx73HfoYNfnnY170+BKmffbXoFmM/3L68CnxVNOfHLMyaUZWIo1BMBauLradSSHaH8SEg',
    'WNdnPM0KrP96AKOH9CkF01sgsLGfyA+gXwEf7F8VskjTeNgLduuTVzvSJTlxgvQwv+NiSNvh6yHdqUAiqNY5qaEhvbm6wWZj',
    'iL7b2k5wlMkPBd1K/+2+XwpXprYF3xr+BaccBOmjWQfID2SJjpmY+v/D779Lh3phWWeJ+S8y9NVci92g+K3RruHQtE9DfJLG',
    'wDZwjcUkn3rYbvFBi06vxtjCwbIf4NpKPeHJfUZgGUyYvje3rOeURV3O1lw2NgfrVUH3A9o8Zuu5buWpvcSR3SGd/3Fm78rF',
    'gr/kf1l+W7HfhH0rMK5+T4n2UMgZa02TvGs25UcFOSu2cZe6EF+eLlpuoGos/1cIC6yb6is6AwjbpgDL8pyQUL554Jz3udNX',
    'Il5+pslvjYcX7iqipPdF0HLdAG3Hmmcll0pP/8HsDvEQk2tP65eS9VGw2YvZyokkY6QKVSo8f+TNQu+vKrociCai34Qxx3Pu',
    '8em3hzX/v0y2Rmw/OM0YLlxVNOV/4gvS1JNlnh5EmagINJ0lVpEJdLDJqdg+/ovkq3FunLpRwkUjdY2aYCU/lUZYOZXCcx0z',
    'Qq6U+ryxMfVpJZ5rWnHHD/wITWab0H5rH9Gjbawdky8zlJ2q2a5wBFAyp/BLGE9SXTl37pRHD/aAljpcDEVtMX3Lm7R+1wtL',
    'Gz+FIix6kyhcc48CGnkN5mw/omiSTEainwQm5Bn7dBZ3mqc6a4t7mhuvr9563qiURd0y0sPsCOr3eGcJ9PHfwE0imrkAwNhz',
    'CqmeQ/uxrn3q7zuUqaB/Byw420CJk78a8hjO5e6YZTdpAuImpJHvW3EmI/gnXePcabjh+30zgF2Ger7pQ5v2Sa76BHoKhZsu',
    '7tpXsVAo1EaNMrJ1F9/bgsXPnugozwYx59ZFtET4tgrH5FC8U7as+DzN9FCq2riOLdE3FFsb7Oafj3GWi+9FXBDJD6VNSxpF',
    'HatZ4a3K6Kp46fl/G1GNA65SsKw2MTVd1B3pNQ+0HJhaW5bU7wd/OTsRWdAXJ3vw3yPKhDc6/oTyYDo7HDcf6Xae3dwVrSTo',
    'yRkDI29gWTv3lN7B9LHen6x43gq1/7MSb9u2iuiaSP8rvvYc2GaiRWcfkg4Yeuk1J9qmgOiHyhA9cXrcMleCaQF5E1p7ocvh',
    'Oso1/lYncfPlYx+vKZGpK4GhZk1kOczyMC/Zezk1qG9N/XGoa0rt+LBMNLiFobT3Zj6sADn767Md0yOadEgYB/xTmyASpQK9',
    'V+LSkub3ELPPIl+pczMFJTBXMe98MDmvUJkCDQRn6T5dARAAsqH+m/iwJMUh4k2XNEQI4pTbbIcYajkq+YawKYwHciw51FjH',
    '+Jqf1MrRShwm81PR/UJGFy8q9pgpbZJ1+fgNvImB2c0tHl+VzAJmlnar3eCJAG/0sOZN4RUshU39A1FtRvDtgME8LbAtLF/o',
    'w8gs7fswadgEZ2rJ5vt4GfOYgZplpK2X/hw5Y2p5fwR0ROSc1+2PEvwe9jR1e/vptnago7BJFmQx/YciNPHMm8/yo7OcAZ1b',
    'o9TKpUrSrvJAz/60fHNymnocBQuKYk4WbBXv9EoLYni8vgby7O22EXTukgufPbDyuef8hpoeTR3p1Tmn0wtNvaeWXReyjDyZ',
    '5hqOYSKkNTjQQ7Vcz0JDTt85RrPmrhDdUZtDxq0SneC2G7iVYpJ+16NGYazp6HMxhH5igEJkVX1rkqF8B/159g8BEk18Mda7',
    'h7l3GNIYhnZn1lcCYIgWvj4ZtRY+dgEb83LCDzOiG/p4oM3EqF2sd0K4T2s1VGj5+zz8tGRHv6ijd9ajj9Ygin63OFbspIRG',
    'qfWXDexwcKnJgFASJp1qeZCR+Cng4YODX1CrkRJjxdacgc1Vx0C4t3gUKvvxt34yaVSjplI8/+rlEYJ3Fng+PUSE2nml9h4I',
    'eaqQVzveSBo6e/p5A+vwkfX42d1uwwAtfdx8NVQl/vM6wgvU2d9acWsGHnsAEQEAAYkCTgQfAQoAOBYhBF4EoeMiOhmiBwbi',
    'D5kEYT1MzmjGBQJn6T5hFwyAAYDpdvFKUIpI6co/6bw3IlLKHPlkAgcAAAoJEJkEYT1MzmjG9GwQAJcju+Ow64DNqGn+W0wc',
    '55Rtd/OdtT4JHOULc6cDWcNJ9h5yceSkUAW66+fVWhghZ7a1uprnjUvFs/Oj8qT1JeTmaRpP1qNeceVDZL5TIKdFf/Eit5v+',
    'vxMj5LoV/f3G9DIjfbL2w82F0eDfm4BZ5IlSAlpPdj/d04pO3/dyEONE8wJWHIw2Co6NNfcfqRkuVWMNHCBo7bDYo2sIhgyM',
    'kvvczbLylJp5rAgSbjPXtnS94s9qfuKjgvzMgkjWf1fHE+w43yYHyCrQcg4pjlwllgkZ/LonP+PaLvIGPNrYgEo+wXZoIuhb',
    'LUofRV/gwXkTJEcgAsndNLKuT5xSlqq3BLLwzaM6kR1Qc54X+l2khE+Lr31pBPOOvvBpZzZCSOTxg496O4vGHkGDfxihcn+W',
    'G278x5GRqfHfTx1GHsj0VJiuJUYtA9jP9s/EU4PEd9GydTh2aCfCVpncMSaPAGBi5ZpuLiw6zKBbyC8pFb0+U196/GcNH0KL',
    'ySCFm0QJArRFh+ACvClDOwdFuReTTv8gwkvccXKyuED+gO+hzBqR03rD50DiUDdphDKfBhIj3VfWglJv+PbYm3PeB6pLmYYf',
    'xjI0nCg74au1nMTP6qzRluHcxf/8RtQ8EvEH6YQe6cVvKVsoPlD9AktF73lM6X24qgo+DVGA37lK5P7bEK2EAGXRiQJOBB8B',
    'CgA4FiEEXgSh4yI6GaIHBuIPmQRhPUzOaMYFAmfpPmEXDIAB+/q9tUG13JVb2bpu2xbPW7ElJcQCBwAACgkQmQRhPUzOaMaX',
    'EA//UM6zNjgto67xRoIs8A+7d4JLElIi+d4e+0sV/xiSLY8kAN+R9yE5jCvsvU89cyYke93nF0+x3gM5rogRr+IFLAx5j1JD',
    'R1ku8vTGrynHM8zOIPmlPhJEu7hQTZfueeZLCwrW9OaGqshkwd0yha+P5sl24yUXiXzNwaCZoznjFKCYTfmjmGhn2xs7Oxvy',
    'r5c2toBothvbKlBxyyNyzeYuuKnZuFJON5AAa6zsLA22bbpqnA5gzgmL3ZAYi8sa4R9YhNm6uuzt45Xn6tvHQ32DhBUyZGDT',
    'ODKhNBQItpnfF7s86gaIZsGIxsq7ptfQY5j2TRDpbW8K/E5EteQFgYY8Nq6FYea/wCyDUgxGnbuL/e8FuCDD439RVTExI9fu',
    'rqnTrKqy29hVVHB2vV1iKWXpyfhTDZqlosyD/ssLM2i9jWKd+3Zo9CQZpTehyiA/Bp7flwWxf7fa48zMFohf7qnVJOboJCOu',
    'W73WL4NB0Pc15ajGUDNbVPI2soyRBUPm4Wcb6PG4OWeaqiFQKp5DdaoP+CGTRxShJ8uT78SDU3kZSUutNyLRdBpMp0TkZItv',
    's69wNpoSznDdVsWuMH27HOX8TsNNWyhw7B/3BYsTMRXUUmrQ4qBKxtiWLgy32AUms31ec3IWVV75W7L/3WEtGoEt44dHHU9G',
    'Fs7NN/SVOqkznYGJAk4EHwEKADgWIQReBKHjIjoZogcG4g+ZBGE9TM5oxgUCZ+k+YhcMgAGMgj3tEKqAQWOeEhBazo1uDBSk',
    'cAIHAAAKCRCZBGE9TM5oxi3mEACmA/O0LW4JJy3F5I0BtQKk0HH/JNFjYASDpF7gp2uN19/JyZ8uQRRyME2VIdsL1xcbBRPi',
    'AWqQ+fh5mv+PD8NH5uMR78b7cbEohXv/dW0IZQnrskVrpF5TzTOcYSIl9Kyg+yvkDB9YMsH7tO5xmAdoo73QaT3adLRx8smG',
    'WffVVTEe2PanpbWnY1hSqT1LmzijJDzIbhjCQTBkXmNyEg1KRu5X6bzAc6Vutg/lqGnOz81XL81Ng4Wk5HGKy4SUhzN0PWfv',
    '+DerdHmSTGVy0prMTeLP2aBtacoTbQsnzmIj14e839FqiiiBmWq8Inru9fXzYWzL+VqC2CBDRZJbmFglv4BwoHLzRWwEcAJx',
    'Y1m+tsdUBFZJjbAXlJP9J7tG8G0aJ0PSmx+0Tjk/L+aWhCYG4YBAlnEzuqbtC3Dw+F3UiCyA0hNSRdVTeGKF8ETIuTYJRsr7',
    'Cl0CXyPThjbm+ZCkNfm5XbDJCLSavGdgLVRnTzSgFftErEhT6eF21acdI30nlpxpchIEugAvmJL2bUUtpVvZXuyhXxyxC7OS',
    '4vXCmndD9C3sYUHK3/JYfuzPIyc6GE3nHSEQPk7y+wYGcgfJFbOvUeFDNCbL4/eGXLjespUH7+0BIoHE8sbfx1uLkMNmqgPB',
    'Cwue8pQZAUaKaXhEzI5UK5+NfcD8W2OU6hxYgIkCTgQfAQoAOBYhBF4EoeMiOhmiBwbiD5kEYT1MzmjGBQJn6T5iFwyAATCZ',
    'Eb6pZtBhMFMEVxG05f8VsP2CAgcAAAoJEJkEYT1MzmjGIOAP/2jIfaOkZLrvxiZhGfPliGEDOAmaNedmVnYXFxh7Rc3CuCbP',
    'gpKkDwt8N8m+JbiWAB83VyLafwUURyWHOhhFY9Va2zb0eCcnRHP8N1zOhYVrZenJElElfI3ZtTVvhHYbP8CcUQ3I8sAmpnXn',
    '9r0INFUCcB0TLyogMLcy56BPE6/eDjad4Jol70nn/63LULTpzH05mK6RnlBtpKdcwk4MUYC0Gs3STHjss2jaCuMA08veE5Az',
    'PYqwPC8C3ui+SahAgfIOZSZ5Novzpgjo9BAS2t1vbhWUmK5C6Egq2yJH7Xn3t1I/X9GtAIoxZH7jYGPLXaGCbxJlvrwJVrj5',
    'MTSW7fVKntNPT9CQRQK5HP2E1dAScsUbC7B/Nr0L5htRf7toEiZ0u/e7IFvTn16npcgjXxMw/J3440HkWXHwSpQdcpCC3X3n',
    'S32BrpKfpRg42tyxNLUCgwMoPIcnBtaHbUFku3Zf2yt8rsSSFpbwy8mWKwZ2K+GLUQfb2h5rc04NiHsV7q/rYC23NiQKDNAO',
    'ohj4PKQG08zPemQUm/nQn7SMFcSWuaaLhsDkRnHN0/pNf/oNBXbtceu7oFjUy/kRTC0LxbV0fB0wr45R3nFbwGfPjJ+3AXQu',
    'JFc13nbzTU3IfXVR+1T07Z6/pXIG1npCpyeG2Y5nge7e3mqLrTgPC4Hj6xt0iQJOBB8BCgA4FiEEXgSh4yI6GaIHBuIPmQRh',
    'PUzOaMYFAmfpPmIXDIABx09qyekzswZ/UvM/pFnsZxWwcF8CBwAACgkQmQRhPUzOaMbX/w/8CewN2bztBvEHtSHaY/FZb16/',
    '0rJZK5SWz3m1fA4z9ReS+/hoKlal+uyA9kz9WpYVQopc3rk8wRx+i8rTTnSw6vIQgcye0WsNKFB+123QkPN/MA0z83xd7RWB',
    'WO+CuPnvjgQqNKBfRsCvUR3P8t4hVJ40Pa0lYtoC7foD85zYTbFfdUTsLrlhiEV1H6gx1u3IWQuINfGhFjPrpqmJEj/TV5F9',
    'dF3a/B16wtMC35osvKTyza/CI7MUjN44B8PNbF0NVn5kYtICcksgmyjL1o3m7xTgITO5PDwpoBK6CDidyPj8mtzhzCgympW5',
    'SE9imLqmwkkMPSVExn+RTKOkiUjnF57+7fbqnsNX8siykq4Tlsi6KjHCuQU3Y/gi3lZVXzzDTM9GH5Gj9Wuv05ICaoKWGZi+',
    'j08pgM35RciILIwQdNfMRxu0StXGSKci+MceIy5eWu+MAu8ou8SoO+/M500vqlqfIZAXcJb4w7q/F5UW0aZ+sNmEC/+Np4yB',
    'HmaWclwdvZvOwysQRyXbpOtD86TBIKPEdyBGPjACq7IiwynGMP0XQHpUDKdURtbM0fjos8zDAwfyitavl18xPqsHx6uCSYE3',
    'C8ndpi5MYocMK7SxDfofDiEuT5DQvNausDpMMnHXqtRjyYxJ7UcW4W3gnc4ljY1/o4pjnaH/+FGFv0wgm6S0UERlYmlhbiBT',
    'ZWN1cml0eSBBcmNoaXZlIEF1dG9tYXRpYyBTaWduaW5nIEtleSAoMTMvdHJpeGllKSA8ZnRwbWFzdGVyQGRlYmlhbi5vcmc+',
    'iQJUBBMBCgA+FiEEXgSh4yI6GaIHBuIPmQRhPUzOaMYFAmfpPl0CGwMFCRLMAwAFCwkIBwMFFQoJCAsFFgIDAQACHgECF4AA',
    'CgkQmQRhPUzOaMaEQg/9HKkVIdHTKU7iQrJW8L4cZwG9nJY+j34N/4t7o7mhvU6cCNaQ9hUuONnUeTI+cZTtXL1SVxgAZRad',
    'Yj5CODN4/QSRTTHfsy7WelyCclDa9GZn+bGIljX16VUBNZD2AkXg/faQTF7d4quq4P6ZynxJXC3rF1DVBrOQwbTjHNmYsO3Y',
    '6zruIk5LLPSxeyGUwK6Eatfb7SgVaXSMkXLhr3/itBE47RdXpuT2+gabKbvL/s9bP22LxKCxm5/eTC42YfxtXFUC0hDZA6wq',
    'gP5v5l72ANEVQ6jIj5gHWWYgadef9subnjenN6cdOekuqH8CKHDRgE8Su1Nc+5nFfG0qnaZyzfKGnf5jgoqAxkzfQgSwvYJV',
    'FU01UAhJ0kLYxaigpjmXPQosI6P7rgxI7yFPkUXfc10G2QQpiKrKppahS1mmhCwZwilG1dQuCpmsFsNLlSVuG4Tyans6eIDV',
    'gaNh+8AbQA5eRwHvl9KfFgwBk8spM36of8AWkG0T3J4dNDWlUCMXXXIENpJ/y47JLIK+S8qQ7bCo4YwLidwZN4/vDk4usZ3d',
    'juBXvYwwiefFV+EZDxn4o78gdcoIHmal4cpMdqZK95QQ5DN5KKLB4etE2gRzHor2Lqa24YindBwwrHpAJ7WRcvqAaBvc8ty9',
    'iYGIMAO1y1YMrakhoN0FTUrAXpJP3neJAjMEEwEKAB0WIQS4uAtbYj6rath3XEW3xdfWNQlH+AUCZ+lA8AAKCRC3xdfWNQlH',
    '+EIXEACqQLU/9mVK++URC77Je4WEA7SO/XsL8zRoLy+qud0oCHJvcNJVNi8pXHDLBwOKyadU8r6V0oJCmouTLKi/9htlYCew',
    'IBy7sDYP4OdLygwkPcSu49Vu/+d6YDKKO88+Yh/FIx4BPBasdPUFcmde2weJTS5WJJBI3OFmm3zntNArSvZSXjST8WJEfOmP',
    'nshBAWrmS3LXhihI1jzwKjl8hBWKaILFqysVv1q9IpQEgz9R56ps/rruhq8I69vdnsF5zJpOk08Ngc1IZGdZrR6K8T/fy2SJ',
    'Ta5yAUW4op7b5HAp75BwAwjuI1xwcyJOHGxiYoO9wVZ0Mgs3fFqG7DL8w7KnM2AdmdMzYkrLc7z0tqboOHpkFtMMTuF8iJv4',
    'MgbEpeEUN55SH5WpQG23kbalDmNCVWc26f/8Xf2Q32nlthMkae//xXVENvXER7rseP30jC798qP5lvUIF0dM79zK49mksEiL',
    'ik7SU0QGqQMZz0a5vggvf300hySiWWJbhra7D+X5dbGmMiT/3b2WwKuiJvR9w7Vbhi8syMz3ezVq1kEZZri/giiccV+ZkxVY',
    '/higBo4xyk/U8iCm3MrD2pWCGXC6ndbNFnnIOCj3CxW8RYzsGhO7625M+nXHIW/z3HttMPtPc9m/63zSmO8YYQJYZ4L8YOpI',
    'PPavdl1dZKwRd4LLxokCMwQTAQoAHRYhBAWrkDQMDF55f0SoyCVM87WuwKjwBQJn6UE6AAoJECVM87WuwKjwW9cP/0J9ltv0',
    'jbmRlZlKMSun00J+1Uio0JbKoKzmsmqpl1xy7vwcJBqcuUpx+rZELgiyjkWYwiRumzxZxIZKevNOzawXKynSOkWff4fIpMTL',
    'syffup7FNpsGWauL+9pKqzmmOQi2no/G21vAXBiPTUCclrBVKnhK/8lFeBpz/fwitl5qrwG1xNnIA9/5xsSZEDCoGRrMM982',
    'ocIixQx/EqZ+aj/5F+sDeDDJtSiYa+2NQSDS+/VsVdEr7CBfCkPDuxAF2r/LVVwmBo9fIKlA2cQyIwta3E9Af2IKSjOdfRwy',
    'OoATXm74yVC1q55H9SZZgfitRUBaOi+FMNxHLcpf/QxOFA34y2ovWDFKn+5mR7A7SZqVVDh+c/ly9D3KMbXlLG0lNfZQPgV/',
    '84wzsWM12oLISCiPDp1OolukOqlY0W7000kWCmIc86DMI73QyisTAElFbFLSgHK2nj26AFpMypeD1dURV0HkgEkQHC3nUDC6',
    'uUIk4/Y39eDwTZY0Uekhea06/zzV3++/wbRfn9iE45DljnlN9Bs4q2cwxyv7Ksp1576vhhCEtO2sj4c5UTGvU39gT7DJwkWI',
    'bAzi69ucNzDVMPk6WiAPNgkbfWHp8w4mIFWxVm2RbxFff1hG6ITgFlIvnuuDqVok+XyZkI1j7PbV5ipC9kIP3U+gnYfSeaeN',
    'Rwp4iQIzBBMBCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmfpTK4ACgkQvDciUsoc+WRSVhAAmCoBqVhpf+D49yXLFRZB',
    'WulLZOkv4KtJgMka4j5OBMCuyLPAeMqbyxcvGSkZkI873/xT3S8+5KCuhOX1Vh3yQqxUX+gOiqou6TKp4jfXC3idLzLtjKTN',
    'XBIGnqTf/tckKA1xSN3r9asRYdgFmTSHnFrWfDX4TxxL7BOvxsoy3x9nOZgxgigswDTVgNCkVhpJwF3oaEgfA49Ys7Y59tA0',
    'bwWFlDQl6ZzNSNDGDJQ4yMqtitUO9Zs/WnqYGzcclOpiBa8uM+Aj1ueG39J5Zmv6smJ6w29hZlK+6z8I6rXoDVQyamcwcNEF',
    'aozGaDKnU4mxy+8qVh3ShbYZkcKfCOGZFBS5Uv7QlDHX/VQ6SHnOeXpnJ32KbaXK45jxCd0OKDHYqhd+LiXsz2l1olst6IRs',
    'lEVnAj3oGg+39pTq69gxQ1uOSqWyuRjJScweWwzYzu4du2T+FaKxcVYaE1xEPKCk7kCCdcQB3SFGL29vNaIvBfW6OFZml2jq',
    'gC4G5ipi/qo7uyBagvBuvdrOQ3QUNe4eydg+zuCbrzm+SqXScuuYbfK4Si9e6QMJwOjZMi4rshlc+uz+rcns/7lbgr36CTtg',
    'cDV4oG35c6jMZ9snFsYgdPGkFZ5C1Yu0r1D1FyLhDNnTUX0vzmYlyK6BijbQOBkStF0Fmx71xwZ6WSWq5JjmKGyJAlUEEAEK',
    'AD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCZ+layyEaaHR0cDovL2dwZy5nYW5uZWZmLmRlL3BvbGljeS50eHQACgkQ2xbP',
    'W7ElJcQBEw/+Lq6cd+yxzu64HXtIt6n8mT0xOtjx0cTURkxbm4NzVy3Vv1frobsIdhu4aYNqx172tNOKAFbfCtSWln3g8F0H',
    'WWxNErV9dUk37JyeaVGkbUswpkSfXEUALCDXJzXDCa0wMzOSJs3aEV5v6bxnqvBJ6ZRYeZjRmPjgvd1Yzy6tsubUM6exVVCa',
    '1Jm5d+fo0K79nRGMwFX7sa+QSIeWSWYyoAkqmeguuYoicWl7GHV2/+8Rv56EA1n1+1m4P6zVsHQmJ34gUwiZe0NrBYUA25ko',
    'PMb98kO5L75Q5F5IXTn6PDwN/41UbQ1i2hrwf9DmHYCHlPOw+VfWT+GWOTpUtmjbVrWSAWeFOo7QCmPjUzEZtsuGyY4zhsjJ',
    'eK3GD1hTQRGADEh8Y54ZoZ4IHxINp4hsEliTXb5cQ+nFdon9gRf2IK5bkIhkJUMG4A3/n1sePGunQl8FYJfExE9sXiNJgF+Z',
    'rpisN4RQaU00eyjCmZ4uUZnx9vcuDKzeQ+68xnSShLDOCf6mDUy70hLp+ftnHD85/dV19H66GnJpJ/Jbu8HwMce0/7Uq42tY',
    'wd4wkablcrRBdtMHrGjLQ7FhCmTSek82vahPTheLxYU39T9JleORMPwM9eD/lpMusLNzZy1wwuSVcn9Yx/49TYuvA2VHc3+c',
    'd+DRoucPKqXsd5sUfJpGiCKJAjMEEwEKAB0WIQQEtUw83KeXUbFrxrUiVinfdbGIvQUCZ+ldkwAKCRAiVinfdbGIvfY/D/9g',
    'CWmUrMYPrJCOccH1TQigZtJwj6nrOutk7Lwsw8d0NvmXOjFgLhr4pC7iDDmc4jgEmxDubxP2z+yIX8tEUM7gE5a/Q1tzsun2',
    'rBnQPGmmI3THWHms0v8FcSjKCBOYNP5yxVR7rowa+LwyPrJhB3l9Sw5CPC0aU/xAh/XhEo6374VElzbvGPWUcousy1+n+UWN',
    'm5ekeKbaagchwH0+cBZ+qNuc1iDwFOwetwTiTZ37hX0nie6yeXRpsZ2D3hlLgZJrAFbvxqUu4tvteppSCIOh/rkCNKpbCveD',
    'vUv/5Z4O1b+ojcO7DYaCq7u3tG1M/pQp7DaI2zqSlFhB/sr3AWbSEXqcT/9r8MrtQLPQymSj3W44Ej8ucdByAGRDPIU2IA8J',
    'pWqQjy3lfOYg2yi4bjvIuym3Aqu/cQV+356IcXbJBXmBN5nblPE4RS5WcdqjGTqi3tD3C+ufWMbjIuxVu+OTNcZ/SbyhDFnv',
    '70XkDu3Bx5soEdHPzt2xKc50oc+5MoCScOYVkItZ9UW669hHsQQ9XKbL1TaHK+pimp4t3jk6THoCeiMIg2LSZA4ey9RJhcY/',
    'DgfAhCQBOUM2KQqXVjx3q9HAyepFl/+O7CtRKp+pneEG99KMTaFkTykg13Iev4zrLT7JNuZ7jWmBia9PrR/Ig7Q1u+qUPfG3',
    'xv95YJiyNrkCDQRn6T5dARAAoQW1hsaOfilAB8s9w0m5WaRY87+9VtQzbnHkYTX1DlLLt5WSniNXXd43Iad+u35mguftq7IO',
    'QImc7hsJoZhbYKNXwdiJgjxl7mn3sSjKyc6SyCZtGMWZzc1mrhFpmRk7ouFI2eg4wfnNFL2qUoSKEcQQoF3JEzvsOEYHBOf2',
    'mpAD4ejw+BsiR1/MwFGVttWZkvTXTY9yuP/LgXCAiNJkYcL1wRc+T5gTj2PZ+YSOYigvHCkfBdAhtSUYbTbE4cdEtPX0/nUA',
    'JxjxKNj08E3MY4uThh3FmHzOKjJ37hAIzhjAmIehpCg81jIXNpK6KZwND9+OuHStrGeKXlTqdp8dJuBrnKnbaIWdFHfXSTnI',
    'a42kuDm/e7OG0rYvnHdL26D8Z2aouIvBkto7xQb/HZCm75/UOEzSXcf69hgZQcYB32Watj++7hmZ9SYwMyhqTaVuClBt6eyz',
    'rMRg1D9ZIymza8qt+ZvwU1yIQzYs8H3QpcFZipLRXQKU6XBz5ZP7SLt3NXzn5l2bZFr/KAyTlw9LItq2m636HQlO30Uzi0S3',
    'PKR/N0vx0pQK+BXumgEDM83XVKRubjQwYBYtLQVwf1b6Zc9D97dWH3U06551lNnrGKiIvwTLvIrv8k3tHk/DxTcCS4vbNukU',
    'p7Q+W5QJUZb04dJbKvGTkG8za2eF2yEoJs8AEQEAAYkEcgQYAQoAJhYhBF4EoeMiOhmiBwbiD5kEYT1MzmjGBQJn6T5dAhsC',
    'BQkSzAMAAkAJEJkEYT1MzmjGwXQgBBkBCgAdFiEEich6zqXda45qcGiAjp+DEgW0upUFAmfpPl0ACgkQjp+DEgW0upXHcA/9',
    'H44grBYZerrEPYiMggXX4jWkabx+PdF9hasv360RsKMmvg0fEzFkMaJjAL/qNoPFTwN+wyMiJEZSn2mHBSGHhsFWXLSZKWxe',
    'YKJ3yC0oJ8xLWgVBMrOSL+UJRnNgCvKwQCZQv9D32fe8QmMxfAzZOTyH4vn/vKjoUQl0MmNpx53Lr1eYFppocUugGcjzrY1b',
    '9GNPOYBLXfKVbdq+OnOZN8a8qAjuW3in2t1CJYP1Vi8FaU/x6UqBOv6FCJTNUZSTe11G/yW2Nw9iv5LCgExJF2C6cFcfjabf',
    'bEg6xp6S7z4vOfANrkmKhO1C4/bPFt8DML7ld5g3A7hu4YHzjaveHWilBBfv9yPG7ku2u/vJ+JSbOQdo0PhSyhyz2m8jqXNM',
    '2GSq7AwSrWUAmQK7R4JdkBNOgM8YNklYApdNBLHnvB4rmvnR8CmEQFX4j0Ejn5i+D83Lm2SVdYWVx9oxZKkGfR4A93OBnu4G',
    'NHAx1A98LqAj6Rcbgn7OhIqssqo1sT0TNKXkgoNjqnHNK4KkXgxSQIddYcrRvIkw0fJHLoc+bF8JpEEj4/s1SE0kgGPGijqy',
    'LjRm4qPrPtg7bU5pysrRKdgTqth6pVmmMPM+U8C9NER4pWWByou0FzZkhGISDwKRyj/N24xf0unHTfUv9te7rKrPqc9YKDlm',
    'A9d++ocjvym4pQ//XeoGMAykBg2patxNShtQsf9jTqI6NzWJ85UZqhIxe/9SO/SU8dgLy7gqiq9kt6ZRxVMKi1Gz4bwOIVeu',
    'GPTeOQibb1jWsWLuoYVSm3nUWuc/eM/wZ9dZx0vCeQ533bdeWte/xVK99MYr5UPAcKf+OdVkzwLJxbIH0N6ynKXRloxYeB6e',
    '99DsV/e6YrlDnb8JYE4FdsWjQ58Q7AO1kqoxxhRMXMvsqRJ79c5Or8resw3YkyEineN4KEJ6oCP1FacwfJLeu0tAiJQP5r+y',
    'dXikLPsmJvRv0xmb9IuCJG/KpGFJ7XL4I0LXNAfFhvvDj9WQ07JeejJhIaBxbIYcyL+gbvtWvq0xFzvRWob0+SLRIcTSYctB',
    'Fl7Ls7KudtgJ5rqPDic9VDwzjfm6jC9yFJKePd1S1cqi9MaErEIu6fpn6u0uqlPHsjfoQg/YXsrRYi6Usj/AB5496kE313js',
    'A7hXmmkmgPTrwWvtaIAPK5tYML+3hLvBP0cpyXu/QbmD/DYTHvFOdP7LaOyjHQGZwqjb1AK5L7U4Aa9GXkkt7G9wiq89EQPw',
    '9vbNJhV7WCeJA4kXFoakCavsakqZCrvYLOLM+THJGlNmByic7V8ngv7LkBlxLLMnvu8DEDQfJ3ct9SQ72wCMuoDSPTQL1BZR',
    'DroDXT208eU0FQ+PLbCokiDjz9aYMwRn4arVFgkrBgEEAdpHDwEBB0BGWHU5fzgo8lF50A/8ztbE8US2FbKkCnye950WGppf',
    'SrRHRGViaWFuIFN0YWJsZSBSZWxlYXNlIEtleSAoMTMvdHJpeGllKSA8ZGViaWFuLXJlbGVhc2VAbGlzdHMuZGViaWFuLm9y',
    'Zz6IlgQTFggAPhYhBEFYf324x3S8zxMUFnYvZ6Cyw53kBQJn4arVAhsDBQkPCZwABQsJCAcCBhUKCQgLAgQWAgMBAh4BAheA',
    'AAoJEHYvZ6Cyw53kONUA/j1L971UC2f2KnYNePnPHzsylRecscCFP8uwnsmh2cqhAQDya6sSp1wLSk+wADoaZ6/+XPQxZTJ9',
    '7ljoMwHq3XoVC4h1BBMWCgAdFiEEymGdZacqe638ltKAGWQYqut0yKEFAmfhq2YACgkQGWQYqut0yKHGcAD/eLtY5RQPJ5rq',
    '0AFUZ8Up8ePrIBt9wpWvkYvRZI5CJc0BALZhMqhN8Jj9Y5mcLAQd5ukzcyvr4DyV6ePykXObyYUCiQIyBBABCgAdFiEEcgNj',
    'DiyOcnJRaE/rxc5dwsVCzVkFAmfi/n0ACgkQxc5dwsVCzVl92Q/3R9tc7J1Y1vWJfC7+9pSPFLHk2TRnCSOPs+Lvg9kh931z',
    'Qu5/+Pt0Qe4k7OQ4q+SulNh5A3wyz0hNVMx41I6hCfy2dizGEeodRwj3Kb+8nqWIiwTYr3mDAfaY5Dbii3n2kzJBfuxcTgO5',
    'CqWsRbUlF6YqztYkHYT/gjuyaobf7+apcCgcqSkUEybW/201XHVOncRHoLhUWzM42WZfQ0sHkh/7BKK2zUuexWAErUMd3c3G',
    'HvxhAvRbbEEI5+wevJoqQtbq2nV59Okwd97iUMSBMW8RZo7c2U8R4Pru7EAqkQbVv8LMGrH46DVFP7SJmRb2hdigokjRXHQe',
    'Vh4yuG4T5DQWrL+dlhxaGrfLpO4YL0n6HIHsPdnud7jzM0ZoBTjHv7qm+SaUFac3A8f8iUZt7Fr8Xyj6tTQBau9gJVFxttxK',
    'yCSrUOX9eNu+XH2DCQqeFpxtDlVQ4DZmSnqgGf+kUPVbzETRfh00dwzcnmQIB5m6zOM8hle/C68CNo4TtnEq8YOVBNYrzNHm',
    'H229zAx9U0P4SorSp8MYMy0mq79bSVImPcb8Uw7doafQqzpvtyaNsIaOaftYEYlPY+8fgDiaXWqilbLs6e3rO3X4KWXL/RR/',
    'vkBqYlKsABgUUgmVylYf/s1FbYv6fUWgg6/nGPmHrvm4eH9YWU9M1CqtFo+nWg==',
].join('');

;// CONCATENATED MODULE: ./packages/package-view/src/view.ts
/**
 * The image's own apt view: the repositories apt inside the build will read, taken from the
 * base image's apt sources (`debian.sources`: `<codename> <codename>-updates` and the security
 * archive's `<codename>-security`), each with the keyring its entry names, read from the base
 * too. Configuration overrides each archive's URI (packages.mirror or debian-mirror for the
 * distribution's archive, security-mirror for the security archive) and its keys. Only when no
 * base can be read does the machine's own apt configuration stand in, and then only an entry
 * that proves to be Debian's archive for that codename (its Release signed by Debian's key,
 * Origin Debian): never an Ubuntu or third-party entry.
 */







const SECURITY_SUITE = /(-security|\/updates)$/;
const UPDATES_SUITE = /-updates$/;
function roleOf(suites) {
    return suites.length > 0 && suites.every((s) => SECURITY_SUITE.test(s))
        ? 'security'
        : 'distribution';
}
/** A keyring's bytes as a file apt and openpgp can read, named by its content. */
async function keyringFile(dir, bytes) {
    const sha = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1').trimStart();
    const file = (0,external_node_path_.join)(dir, `${sha}.${head.startsWith('-----BEGIN PGP') ? 'asc' : 'gpg'}`);
    const present = await (0,promises_.readFile)(file).catch(() => undefined);
    if (present && (0,external_node_crypto_.createHash)('sha256').update(present).digest('hex') === sha)
        return file;
    // Two reads of one base (two suites at once) may write the same keyring in the same
    // millisecond: each through a temporary name of its own.
    await (0,apt_src/* writeAtomically */.vK)(file, bytes);
    return file;
}
/** Debian's archive keyring as the project carries it, checked by its hash. */
async function carriedDebianKeyring(dir) {
    const bytes = new Uint8Array(Buffer.from(DEBIAN_ARCHIVE_KEYRING_BASE64, 'base64'));
    const sha = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (sha !== DEBIAN_ARCHIVE_KEYRING_SHA256) {
        throw new Error(`the Debian archive keyring carried by pgforge hashes to ${sha}, not ${DEBIAN_ARCHIVE_KEYRING_SHA256}: the bundle is damaged`);
    }
    return keyringFile(dir, bytes);
}
/** The entries of the base's apt source files, in apt's order. */
function baseEntries(base) {
    return base.aptSources.flatMap(({ path, text }) => path.endsWith('.sources')
        ? (0,apt_src/* parseSourcesDeb822 */.hJ)(text, `/${path}`)
        : (0,apt_src/* parseSourcesList */.uN)(text, `/${path}`));
}
/**
 * The keyring files apt trusts for one entry of the base: its Signed-By files (read from the
 * base), an embedded key, or, without Signed-By, every file of trusted.gpg.d and trusted.gpg.
 */
async function entryKeyrings(base, entry, dir) {
    const signedBy = entry.signedBy?.trim();
    if (signedBy?.startsWith('-----BEGIN PGP')) {
        return [await keyringFile(dir, new TextEncoder().encode(`${signedBy}\n`))];
    }
    const paths = signedBy
        ? signedBy.split(/[\s,]+/).filter((p) => p.startsWith('/'))
        : Object.keys(base.keyrings).filter((p) => p === 'etc/apt/trusted.gpg' ||
            (p.startsWith('etc/apt/trusted.gpg.d/') && /\.(gpg|asc)$/.test(p)));
    const files = [];
    for (const path of paths) {
        const bytes = base.keyrings[path.replace(/^\/+/, '')];
        if (bytes === undefined) {
            throw new apt_src/* AptSourcesError */._C(`${base.origin}`, `an entry for ${entry.uris.join(' ')} names the keyring ${path}, which the image does not hold`);
        }
        files.push(await keyringFile(dir, bytes));
    }
    if (files.length === 0) {
        throw new apt_src/* AptSourcesError */._C(base.origin, `the entry for ${entry.uris.join(' ')} names no keyring the image holds (Signed-By: ${signedBy ?? 'none'})`);
    }
    return files;
}
function overrideFields(config, role) {
    const keyring = config.packages.source === 'distribution' ? 'packages.keyring' : 'packages.debian-keyring';
    if (role === 'security')
        return { mirror: 'packages.security-mirror', keyring };
    return config.packages.source === 'distribution'
        ? { mirror: 'packages.mirror', keyring }
        : { mirror: 'packages.debian-mirror', keyring };
}
/** The configured URI for an archive, when the configuration overrides it. */
function mirrorOverride(config, role) {
    if (role === 'security')
        return config.packages.securityMirror;
    return config.packages.source === 'distribution'
        ? config.packages.mirror
        : config.packages.debianMirror;
}
/** The configured keys for the Debian archives, when the configuration names some. */
function keyringOverride(config) {
    return config.packages.source === 'distribution'
        ? config.packages.keyring
        : config.packages.debianKeyring;
}
const isHttp = (uri) => /^(https?|file):\/\//.test(uri);
/**
 * The distribution's repositories as the base image's own apt sources name them: every `deb`
 * entry's URIs × suites with its components, overrides applied.
 */
async function viewFromBase(config, distribution, base, options) {
    const repositories = [];
    const seen = new Set();
    for (const entry of baseEntries(base)) {
        if (!entry.types.includes('deb'))
            continue;
        const role = roleOf(entry.suites);
        const override = mirrorOverride(config, role);
        const uris = override ? [override] : entry.uris.filter(isHttp);
        if (uris.length === 0) {
            options.warn?.(`${base.origin}: apt source ${entry.uris.join(' ')} is not an http, https or file URI; left out of the package view`);
            continue;
        }
        // Configured keys sign the configured archives: an entry whose URI is the base's keeps
        // the base's keys, unless no archive is configured at all (keys alone, for the base's).
        const configured = keyringOverride(config);
        const anyOverride = mirrorOverride(config, 'distribution') !== undefined ||
            mirrorOverride(config, 'security') !== undefined;
        const useConfigured = configured !== undefined && (override !== undefined || !anyOverride);
        const keyrings = useConfigured
            ? configured
            : await entryKeyrings(base, entry, options.keyringDir);
        for (const uri of uris) {
            for (const suite of entry.suites) {
                const key = `${uri.replace(/\/+$/, '')} ${suite}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                repositories.push({
                    repository: {
                        mirror: uri.replace(/\/+$/, ''),
                        suite,
                        keyrings,
                        allowExpiredRelease: config.packages.allowExpiredRelease,
                    },
                    components: entry.components.length > 0 ? entry.components : ['main'],
                    label: `Debian ${suite}`,
                    role,
                    fields: overrideFields(config, role),
                    // What the build's apt trusts: the configured keys (shipped in the keyring
                    // context), else what the image's own entry names.
                    ...(useConfigured
                        ? { imageKeys: 'configured' }
                        : entry.signedBy !== undefined
                            ? { imageKeys: { signedBy: entry.signedBy } }
                            : {}),
                });
            }
        }
    }
    if (repositories.length === 0) {
        throw new src/* ConfigError */.xL([
            {
                origin: config.origin,
                field: 'base.image',
                value: base.origin,
                message: `the base image's apt sources name no archive (${base.aptSources.map((s) => `/${s.path}`).join(', ') || 'no sources file'}); use a Debian base, or set ${overrideFields(config, 'distribution').mirror}`,
            },
        ]);
    }
    if (!repositories.some((r) => r.repository.suite === distribution)) {
        options.warn?.(`${base.origin}: its apt sources name ${[...new Set(repositories.map((r) => r.repository.suite))].join(', ')}, not ${distribution}: the images hold what that base's apt installs`);
    }
    return repositories;
}
/** The suites an official `debian:<codename>-slim` names: sid has neither updates nor security. */
function officialSuites(distribution) {
    if (distribution === 'sid' || distribution === 'unstable') {
        return { main: [distribution], security: [] };
    }
    return {
        main: [distribution, `${distribution}-updates`],
        security: [`${distribution}-security`],
    };
}
/**
 * The view an official base would have, when no base image can be read: the configured
 * archives, else the machine's apt sources, taking only an entry whose Release for that
 * codename Debian's own key signs and that says `Origin: Debian`.
 */
async function viewWithoutBase(config, distribution, options) {
    const suites = officialSuites(distribution);
    const debianKeys = keyringOverride(config) ?? [await carriedDebianKeyring(options.keyringDir)];
    const archive = async (role, suite) => {
        const configured = mirrorOverride(config, role);
        if (configured)
            return configured;
        for (const uri of hostCandidates(options.hostRoot ?? '/', role)) {
            if (await isDebianArchive(uri, suite, debianKeys, config, options.apt))
                return uri;
        }
        return undefined;
    };
    const main = await archive('distribution', distribution);
    if (!main) {
        const field = overrideFields(config, 'distribution').mirror;
        throw new src/* ConfigError */.xL([
            {
                origin: config.origin,
                field,
                message: `no Debian archive for ${distribution}: the base image could not be read, and this machine's apt sources name no archive whose ${distribution} Release Debian's key signs (an Ubuntu or third-party archive is never taken as Debian's); set ${field}, and security-mirror for ${distribution}-security`,
            },
        ]);
    }
    const repositories = [];
    const add = (role, mirror, suite) => {
        repositories.push({
            repository: {
                mirror: mirror.replace(/\/+$/, ''),
                suite,
                keyrings: debianKeys,
                allowExpiredRelease: config.packages.allowExpiredRelease,
            },
            components: ['main'],
            label: `Debian ${suite}`,
            role,
            fields: overrideFields(config, role),
            // Every Debian image holds Debian's keyring there: the build's apt trusts it.
            imageKeys: keyringOverride(config) ? 'configured' : { signedBy: src/* DEBIAN_KEYRING */.Ek },
        });
    };
    for (const suite of suites.main)
        add('distribution', main, suite);
    for (const suite of suites.security) {
        const security = await archive('security', suite);
        if (security)
            add('security', security, suite);
        else {
            options.warn?.(`no Debian security archive for ${suite}: the base image could not be read and this machine's apt sources name none; set packages.security-mirror, or the images miss its fixes`);
        }
    }
    return repositories;
}
/** The machine's http(s) archive URIs for a role, in apt's order, without repeats. */
function hostCandidates(root, role) {
    let entries;
    try {
        entries = (0,apt_src/* readSystemAptSources */.rQ)(root);
    }
    catch {
        return [];
    }
    const uris = [];
    for (const entry of entries) {
        if (!entry.types.includes('deb'))
            continue;
        const entryRole = roleOf(entry.suites);
        // An updates-only entry names the main archive too, but its URIs are covered by the main one.
        if (entryRole !== role || entry.suites.every((s) => UPDATES_SUITE.test(s)))
            continue;
        for (const uri of entry.uris) {
            const clean = uri.replace(/\/+$/, '');
            if (/^https?:\/\//.test(clean) && !uris.includes(clean))
                uris.push(clean);
        }
    }
    return uris;
}
async function isDebianArchive(mirror, suite, keyrings, config, apt) {
    if (!apt)
        return false;
    try {
        const release = await apt.release({
            mirror,
            suite,
            keyrings,
            allowExpiredRelease: config.packages.allowExpiredRelease,
        });
        return release.raw.get('Origin')?.trim() === 'Debian';
    }
    catch (error) {
        // Signed and verified, only past its date (sid): the archive is the one; the setting
        // that accepts it is what to say, not "no archive".
        if (error instanceof apt_src/* ReleaseExpiredError */.rY)
            throw expiredReleaseProblem(config, error);
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/package-view/src/package-view.ts
/**
 * One distribution's package view, as the images built on its base will see it: the base
 * image read per platform (apt sources, keyrings, dpkg status), the repositories its apt
 * sources name (view.ts), and what each platform holds before anything is installed.
 */




/**
 * Reads the base (by digest through the registry when the digest is known; else the local
 * image store, then the registry by tag) for every platform, and makes the view from the first
 * platform read. A base no reader can give falls back to the machine's apt sources, checked.
 */
async function readDistributionView(config, distribution, base, deps) {
    const readers = [];
    if (base.digest && deps.registry)
        readers.push({ reader: deps.registry, digest: base.digest });
    // The local store, by name; when a digest is known, only if it holds that very image.
    if (deps.local)
        readers.push({ reader: deps.local, ...(base.digest ? { digest: base.digest } : {}) });
    if (!base.digest && !config.base.resolveDigest && deps.registry) {
        readers.push({ reader: deps.registry });
    }
    const platforms = await Promise.all(config.platforms.map(async (platform) => {
        const architecture = (0,platform_src/* byPlatform */.HE)(platform).debianArchitecture;
        const problems = [];
        for (const { reader, digest } of readers) {
            try {
                const files = await reader.read(base.image, platform, digest);
                if (!files)
                    continue;
                const installed = files.dpkgStatus === undefined
                    ? undefined
                    : (0,apt_src/* parseDpkgStatus */._0)(files.dpkgStatus, `${files.origin}: /var/lib/dpkg/status`);
                return { platform, architecture, files, ...(installed ? { installed } : {}) };
            }
            catch (error) {
                problems.push(error.message);
            }
        }
        if (problems.length > 0) {
            deps.warn?.(`base image ${base.image} (${platform}) could not be read: ${problems.join('; ')}`);
        }
        return { platform, architecture };
    }));
    // A base read but holding no apt source (a scratch-like test image, a non-Debian base) has
    // no view of its own: the configured archives stand in, as for a base that cannot be read.
    const read = platforms.find((p) => p.files && p.files.aptSources.length > 0)?.files;
    const unsourced = platforms.find((p) => p.files && p.files.aptSources.length === 0)?.files;
    if (!read && unsourced) {
        deps.warn?.(`${unsourced.origin} holds no apt sources (/etc/apt/sources.list, /etc/apt/sources.list.d/): the package view comes from the configured archives`);
    }
    const options = {
        keyringDir: deps.keyringDir,
        ...(deps.hostRoot !== undefined ? { hostRoot: deps.hostRoot } : {}),
        ...(deps.apt ? { apt: deps.apt } : {}),
        ...(deps.warn ? { warn: deps.warn } : {}),
    };
    if (read) {
        const repositories = await viewFromBase(config, distribution, read, options);
        deps.log?.(`${distribution}: package view of ${read.origin}: ${repositories.map((r) => `${r.repository.suite} (${r.repository.mirror})`).join(', ')}`);
        return { distribution, origin: read.origin, repositories, platforms };
    }
    if (!unsourced) {
        deps.warn?.(`base image ${base.image} could not be read for any platform: its package view is taken from the configuration or this machine's Debian apt sources, and its own packages are estimated (debootstrap's minbase)`);
    }
    const repositories = await viewWithoutBase(config, distribution, options);
    return {
        distribution,
        origin: "the configured or this machine's Debian archives",
        repositories,
        platforms,
    };
}
/**
 * The views of the configured base (`base.image` per distribution), by digest where the
 * registry gives one (and `base.resolve-digest` asks for it), memoized per distribution.
 */
function viewsOf(config, options) {
    const views = new Map();
    return (distribution) => {
        let view = views.get(distribution);
        if (!view) {
            view = (async () => {
                const image = (0,src/* renderTemplate */.Xm)(config.base.image, { distribution });
                let digest;
                if (config.base.resolveDigest && options.resolveDigest) {
                    digest = await options.resolveDigest(image).catch((error) => {
                        options.warn?.(`base image ${image}: digest unknown (${error.message})`);
                        return undefined;
                    });
                }
                return readDistributionView(config, distribution, { image, ...(digest ? { digest } : {}) }, options);
            })();
            views.set(distribution, view);
        }
        return view;
    };
}

;// CONCATENATED MODULE: ./packages/package-view/src/changelogs.ts
/**
 * Changelog entries of the packages an image changes, read from the new `.deb` of each (the
 * view's own archives, verified through their signed indexes like every other download): what
 * a security update fixed, with its CVE identifiers. One download per source package and
 * version, however many of its binaries changed.
 */

class ChangelogReader {
    #apt;
    #changelogs = new Map();
    constructor(apt) {
        this.#apt = apt;
    }
    /**
     * The entries of `name`'s changelog after `from` up to `version`, as the `.deb` of that
     * version on `architecture` ships it; [] when no repository has it or it ships no changelog.
     */
    async entries(repositories, architecture, name, version, from) {
        for (const r of repositories) {
            for (const component of r.components) {
                const index = await this.#apt.packages(r.repository, component, architecture);
                const pkg = index.versions(name).find((p) => p.version === version);
                if (!pkg)
                    continue;
                const key = `${pkg.source}\0${pkg.sourceVersion ?? pkg.version}\0${name}`;
                let read = this.#changelogs.get(key);
                if (!read) {
                    read = this.#apt
                        .fetchDeb(r.repository, pkg)
                        .then((bytes) => (0,apt_src/* readDeb */.Sg)(bytes, { source: pkg.filename }))
                        .then((deb) => (0,apt_src/* debChangelog */.OP)(deb, name));
                    this.#changelogs.set(key, read);
                }
                const entries = await read;
                return entries ? (0,apt_src/* entriesBetween */.bz)(entries, from, version) : [];
            }
        }
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/package-view/src/image-sources.ts
/**
 * The image's view, as the build's apt is given it: one deb822 entry per repository of the
 * view (the APT_SOURCES build argument), used for the installs instead of the base's own
 * sources files (which stay in the image as they were), so that the build installs from
 * exactly the archives the matrix predicted with: the base's, or the configured mirrors of an
 * air-gapped build. Configured key files travel in the `keyring` build context, by hash.
 */




/** Where the Dockerfile mounts the `keyring` context during an install. */
const KEYRING_MOUNT = '/run/pgforge-keyring';
/** A deb822 field value: continuation lines indented, empty ones as ` .`. */
function fieldValue(value) {
    const [first = '', ...rest] = value.split('\n');
    return [first, ...rest.map((l) => (l.trim() === '' ? ' .' : ` ${l}`))].join('\n');
}
async function imageAptSources(config, repositories, workspace) {
    const view = repositories.filter((r) => r.role !== 'pgdg');
    const configured = keyringOverride(config);
    const field = config.packages.source === 'distribution' ? 'packages.keyring' : 'packages.debian-keyring';
    const keyring = [];
    if (configured && view.some((r) => r.imageKeys === 'configured')) {
        for (const [i, path] of configured.entries()) {
            try {
                const read = await (0,apt_src/* readKeyring */.ad)(path);
                keyring.push({
                    path: workspacePath(path, workspace),
                    name: `pgforge-apt-${i}.${read.armored ? 'asc' : 'gpg'}`,
                    sha256: read.sha256,
                });
            }
            catch (error) {
                if (!(error instanceof apt_src/* KeyringError */.Wy))
                    throw error;
                throw new src/* ConfigError */.xL([
                    { origin: config.origin, field: `${field}[${i}]`, value: path, message: error.message },
                ]);
            }
        }
    }
    const entries = view.map((r) => {
        const signedBy = r.imageKeys === 'configured'
            ? keyring.map((k) => `${KEYRING_MOUNT}/${k.name}`).join(' ')
            : r.imageKeys?.signedBy;
        return [
            'Types: deb',
            `URIs: ${r.repository.mirror}`,
            `Suites: ${r.repository.suite}`,
            `Components: ${r.components.join(' ')}`,
            ...(signedBy ? [`Signed-By: ${fieldValue(signedBy)}`] : []),
            '',
        ].join('\n');
    });
    return { text: entries.join('\n'), keyring };
}

;// CONCATENATED MODULE: ./packages/package-view/src/prediction-store.ts
/**
 * The one place a front end's cache directory becomes the store predicted images are kept in
 * (prediction-cache.ts): `<cacheDir>/predictions`, sealed, under the running code's version.
 */


async function predictionStore(cacheDir) {
    return new apt_src/* SealedStore */.U4((0,external_node_path_.join)(cacheDir, 'predictions'), 'prediction', await (0,apt_src/* codeVersion */.iq)());
}

;// CONCATENATED MODULE: ./packages/package-view/src/index.ts














/***/ })

};
