export const id = 355;
export const ids = [355];
export const modules = {

/***/ 2683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ configOverrides),
/* harmony export */   n: () => (/* binding */ overrideFlags)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9147);

/**
 * The flags that override images.yaml, as the matrix action's inputs of the same names do, in
 * the order the usage text lists them. Commands differ only in what they say of `--flavours`.
 */
function overrideFlags(flavoursDescription) {
    return [
        {
            name: 'postgres',
            type: 'string',
            value: 'LIST',
            description: 'override postgres (17,18 | 17.6 | 19~beta3 | supported)',
        },
        {
            name: 'distributions',
            type: 'string',
            value: 'LIST',
            description: 'override distributions',
        },
        { name: 'flavours', type: 'string', value: 'LIST', description: flavoursDescription },
        { name: 'platforms', type: 'string', value: 'LIST', description: 'override platforms' },
        { name: 'registry', type: 'string', value: 'REGISTRY', description: 'override registry' },
    ];
}
/** Those flags' values as the configuration loader takes them. */
function configOverrides(values) {
    return {
        postgres: (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(values.postgres),
        distributions: (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(values.distributions),
        flavours: (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(values.flavours),
        platforms: (0,_args_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(values.platforms),
        registry: values.registry,
    };
}


/***/ }),

/***/ 4873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a0: () => (/* reexport */ GROUP_BY),
  OU: () => (/* reexport */ TESTING_REGISTRY_EXPECTED),
  B_: () => (/* reexport */ matrixCommand),
  G2: () => (/* reexport */ testingRegistry)
});

// UNUSED EXPORTS: REGISTRY_NAME, decide, githubMatrix, planMatrix, publishedImage, publishedPackages, releaseNotes, summaryDocument, summaryMarkdown, tagsToCompare

// EXTERNAL MODULE: ./packages/bake/src/index.ts + 4 modules
var src = __webpack_require__(5505);
// EXTERNAL MODULE: ./packages/config/src/index.ts + 9 modules
var config_src = __webpack_require__(4456);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
// EXTERNAL MODULE: ./packages/targets/src/index.ts + 11 modules
var targets_src = __webpack_require__(4804);
// EXTERNAL MODULE: ./packages/summary/src/index.ts + 4 modules
var summary_src = __webpack_require__(7755);
;// CONCATENATED MODULE: ./packages/matrix/src/outputs.ts


const GROUP_BY = ['target', 'major', 'distribution'];
/** `{include: [...]}` for `strategy.matrix`: one entry per kept target, or per group of them. */
function githubMatrix(kept, groupBy) {
    if (groupBy === 'target') {
        return {
            include: kept.map((t) => ({
                target: t.id,
                postgres: t.postgres.version,
                major: t.postgres.major,
                distribution: t.distribution,
                flavour: t.flavour,
                platforms: t.platforms.join(','),
                tag: t.tags.immutable,
            })),
        };
    }
    const key = (t) => groupBy === 'major' ? String(t.postgres.major) : t.distribution;
    const groups = new Map();
    for (const t of kept)
        groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
    return {
        include: [...groups.entries()].map(([group, ts]) => ({
            group,
            [groupBy]: groupBy === 'major' ? Number(group) : group,
            targets: ts.map((t) => t.id),
        })),
    };
}
/** ` (arm64: 1.4.1-2)` for the architectures whose binary version differs. */
function perArchitecture(p) {
    const others = Object.entries(p.byArchitecture ?? {}).filter(([, v]) => v !== p.version);
    return others.length > 0 ? ` (${others.map(([a, v]) => `${a}: ${v}`).join(', ')})` : '';
}
/** The step summary: each target, its versions and tags, and why it was kept or skipped. */
function summaryDocument(targets, decisions, timestamp) {
    const byId = new Map(decisions.map((d) => [d.id, d]));
    const kept = decisions.filter((d) => d.kept).length;
    const rows = targets.map((t) => {
        const d = byId.get(t.id);
        const security = t.contents.filter((p) => p.suite?.endsWith('-security')).length;
        const packages = (0,summary_src/* fold */.AU)(`${t.contents.length} (${security})`, (0,summary_src/* join */.fj)(t.packages.map((p) => [(0,summary_src/* code */.aY)(`${p.name}=${p.version}`), perArchitecture(p)]), summary_src/* lineBreak */.qL));
        const tags = (0,summary_src/* join */.fj)([t.tags.immutable, ...t.tags.aliases].map(summary_src/* code */.aY), summary_src/* lineBreak */.qL);
        const decision = d ? [d.kept ? (0,summary_src/* strong */.ko)('build') : 'skip', `: ${d.reason}`] : '';
        return [(0,summary_src/* code */.aY)(t.id), (0,summary_src/* code */.aY)(t.postgres.debianVersion), packages, tags, decision];
    });
    const document = [
        (0,summary_src/* heading */.R_)(3, `Matrix: ${kept} of ${targets.length} targets to build`),
        (0,summary_src/* paragraph */.FY)(['Timestamp ', (0,summary_src/* code */.aY)(timestamp), ' (UTC).']),
        (0,summary_src/* table */.tp)(['target', 'PostgreSQL', 'packages (from -security)', 'tags', 'decision'], rows),
    ];
    const noted = targets.filter((t) => t.notes?.since !== undefined);
    if (noted.length > 0) {
        document.push((0,summary_src/* heading */.R_)(4, 'What changed since the published images'));
        for (const t of noted) {
            const notes = t.notes;
            const security = notes.packages.filter((p) => p.security).length;
            document.push((0,summary_src/* details */.zH)([
                (0,summary_src/* code */.aY)(t.id),
                `: ${notes.packages.length} package${notes.packages.length === 1 ? '' : 's'} changed` +
                    `${security > 0 ? `, ${security} from -security` : ''} since `,
                (0,summary_src/* code */.aY)(notes.since ?? ''),
            ], [(0,summary_src/* list */.p_)((0,targets_src/* noteItems */.bM)(notes))]));
        }
    }
    return document;
}
/** The step summary as Markdown. */
function summaryMarkdown(targets, decisions, timestamp) {
    return renderMarkdown(summaryDocument(targets, decisions, timestamp));
}

// EXTERNAL MODULE: ./packages/package-view/src/index.ts + 14 modules
var package_view_src = __webpack_require__(5969);
// EXTERNAL MODULE: ./packages/platform/src/index.ts + 1 modules
var platform_src = __webpack_require__(684);
// EXTERNAL MODULE: ./packages/versions/src/index.ts + 2 modules
var versions_src = __webpack_require__(7289);
;// CONCATENATED MODULE: ./packages/matrix/src/notes.ts


const SECURITY = /-security$/;
/** The target's own versions on one architecture. */
function versionsOn(target, architecture) {
    const out = new Map();
    for (const p of target.contents) {
        const version = p.byArchitecture ? p.byArchitecture[architecture] : p.version;
        if (version !== undefined)
            out.set(p.name, { version, ...(p.suite ? { suite: p.suite } : {}) });
    }
    return out;
}
function counts(target) {
    return {
        total: target.contents.length,
        fromSecurity: target.contents.filter((p) => p.suite !== undefined && SECURITY.test(p.suite))
            .length,
    };
}
/**
 * The notes of one target against the image published as `published` (by digest); a target
 * with none published gets its counts alone.
 */
async function releaseNotes(target, published, reader) {
    const platform = target.platforms[0] ?? 'linux/amd64';
    const architecture = (0,platform_src/* byPlatform */.HE)(platform).debianArchitecture;
    const before = published ? await reader.publishedPackages(published, platform) : undefined;
    if (!published || !before)
        return { packages: [], ...counts(target) };
    const after = versionsOn(target, architecture);
    const notes = [];
    const names = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const name of names) {
        const from = before.get(name);
        const now = after.get(name);
        if (from !== undefined && now !== undefined && (0,versions_src/* compareDebianVersions */._K)(from, now.version) === 0) {
            continue;
        }
        const note = {
            name,
            ...(from !== undefined ? { from } : {}),
            ...(now ? { to: now.version } : {}),
            ...(now?.suite ? { suite: now.suite } : {}),
            security: now?.suite !== undefined && SECURITY.test(now.suite),
            entries: [],
            cves: [],
        };
        // A new version's changelog says what changed; a package that came or went says it itself.
        if (now && from !== undefined) {
            const entries = await reader.changelog(target, architecture, name, now.version, from);
            note.entries = entries.map((e) => ({
                version: e.version,
                distribution: e.distribution,
                lines: e.lines,
            }));
            note.cves = [...new Set(entries.flatMap((e) => e.cves))];
        }
        notes.push(note);
    }
    return { since: published, packages: notes, ...counts(target) };
}

;// CONCATENATED MODULE: ./packages/matrix/src/platforms.ts
/**
 * The runnable platforms of an image in a registry, as the skip decision and the base-image
 * check read them: an index's entries (attestation manifests left out), or a single manifest's
 * config.
 */

/** `fetched` is the manifest or index at `reference` (a digest reference). */
async function platformsOf(registry, reference, fetched) {
    if ((0,oci_src/* isImageIndex */.yR)(fetched.manifest)) {
        return fetched.manifest.manifests
            .filter((d) => !(0,oci_src/* isAttestationManifest */.gV)(d))
            .flatMap((d) => (d.platform ? [d.platform] : []));
    }
    const config = await registry.getConfig(reference);
    return [
        {
            os: config.os ?? 'unknown',
            architecture: config.architecture ?? 'unknown',
            ...(config.variant ? { variant: config.variant } : {}),
        },
    ];
}

;// CONCATENATED MODULE: ./packages/matrix/src/skip.ts



/**
 * The tags a skipped target relies on: every tag it would write, except one that names this
 * run's minute (the immutable tag of CNPG's scheme), which a new run cannot have written yet.
 * Such a tag is still compared when it exists (a rerun given the same `timestamp`).
 */
function tagsToCompare(t) {
    const all = [t.tags.immutable, ...t.tags.aliases];
    const ofThisRun = (tag) => t.timestamp !== '' && tag.includes(t.timestamp);
    return {
        required: all.filter((tag) => !ofThisRun(tag)),
        optional: all.filter(ofThisRun),
    };
}
/**
 * Keeps a target unless what is published in production is really that target, unchanged:
 * every tag it would write points at one and the same image, that image carries every
 * configured platform, and its fingerprint is this target's. A half-written tag set (an alias
 * moved, another not), an image missing a platform, or a base whose digest is unknown (the
 * fingerprint then cannot see the base change) keeps the target, saying why. When in doubt
 * (a registry error) the target is kept too.
 */
async function decide(targets, registry, options) {
    if (options.force) {
        // Forced, every target is built; one whose tag of this run's minute exists would collide.
        return mapLimit(targets, options.concurrency ?? 8, async (t) => {
            const forced = { id: t.id, kept: true, reason: 'forced' };
            for (const tag of tagsToCompare(t).optional) {
                const digest = await registry
                    .resolveDigest(`${t.repository}:${tag}`)
                    .catch(() => undefined);
                if (digest === undefined)
                    continue;
                const refused = `${t.repository}:${tag} already names ${skip_short(digest)}, and a forced build now would be another image under it; an immutable tag never moves, so run again in another minute or with another timestamp`;
                return { ...forced, kept: false, reason: `refused: ${refused}`, refused };
            }
            return forced;
        });
    }
    if (!options.skipUnchanged) {
        return targets.map((t) => ({ id: t.id, kept: true, reason: 'skip-unchanged is off' }));
    }
    const failures = new Map();
    const one = async (t) => {
        const keep = (reason, checked) => ({
            id: t.id,
            kept: true,
            reason,
            ...(checked ? { checked } : {}),
        });
        const { required, optional } = tagsToCompare(t);
        const first = required[0];
        if (first === undefined)
            return keep('no tag to compare with');
        const checked = `${t.repository}:${first}`;
        try {
            const points = await Promise.all([...required, ...optional].map(async (tag) => ({
                tag,
                required: required.includes(tag),
                digest: await registry.resolveDigest(`${t.repository}:${tag}`),
            })));
            const present = points.filter((p) => p.digest !== undefined);
            const missing = points.filter((p) => p.required && p.digest === undefined);
            if (present.length === 0)
                return keep(`new: ${checked} does not exist`, checked);
            // What the notes compare with: the image the first tag names (the longest-lived alias
            // is last, but every tag of an unchanged set names the same image).
            const publishedDigest = points.find((p) => p.digest !== undefined)?.digest;
            const keepAgainst = (reason) => ({
                ...keep(reason, checked),
                ...(publishedDigest ? { published: `${t.repository}@${publishedDigest}` } : {}),
            });
            // A target to build whose tag of this run's minute already names an image: the build
            // would get a new digest, which promote may not write there. Refused now, not after.
            const taken = points.find((p) => !p.required && p.digest !== undefined);
            const refuseCollision = (decision) => {
                if (!taken)
                    return decision;
                const refused = `${t.repository}:${taken.tag} already names ${skip_short(taken.digest ?? '')}, and a build now would be another image under it ` +
                    `(${decision.reason}); an immutable tag never moves, so run again in another minute or with another timestamp`;
                return { ...decision, kept: false, reason: `refused: ${refused}`, refused };
            };
            const digests = [...new Set(present.map((p) => p.digest ?? ''))];
            if (missing.length > 0 || digests.length > 1) {
                const state = missing.length > 0
                    ? `half-written: ${missing.map((p) => p.tag).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing while ` +
                        present.map((p) => `${p.tag} → ${skip_short(p.digest ?? '')}`).join(', ')
                    : `tags disagree: ${present.map((p) => `${p.tag} → ${skip_short(p.digest ?? '')}`).join(', ')}`;
                // An image under one of the tags that is this target, unchanged, was tested and
                // promoted once: the other tags are pointed at it again, nothing is built (a rebuild
                // in the same minute would collide with the immutable tag it already has).
                for (const candidate of options.repair === true ? digests : []) {
                    const byDigest = `${t.repository}@${candidate}`;
                    if (!t.base.digest)
                        break;
                    if ((await differs(t, registry, byDigest, byDigest)) !== undefined)
                        continue;
                    const tags = points
                        .filter((p) => p.required && p.digest !== candidate)
                        .map((p) => `${t.repository}:${p.tag}`);
                    const collision = points.find((p) => !p.required && p.digest !== undefined && p.digest !== candidate);
                    if (collision)
                        break;
                    return {
                        id: t.id,
                        kept: false,
                        reason: `repair: ${state}; ${skip_short(candidate)} has this fingerprint and every platform, so ${tags.map((r) => r.slice(t.repository.length + 1)).join(', ')} ${tags.length === 1 ? 'is' : 'are'} pointed at it again`,
                        checked,
                        published: byDigest,
                        repair: { image: byDigest, tags },
                    };
                }
                return refuseCollision(keepAgainst(state));
            }
            const digest = present[0]?.digest ?? '';
            const why = await differs(t, registry, `${t.repository}@${digest}`, checked);
            if (why !== undefined)
                return refuseCollision(keepAgainst(why));
            // Checked last: only a target that would otherwise be skipped needs the base's digest, and
            // a missing or changed image says more than an unknown base.
            if (!t.base.digest) {
                return refuseCollision(keepAgainst(`base digest unknown: ${t.base.image} could not be resolved, so the fingerprint cannot tell whether the base changed`));
            }
            return {
                id: t.id,
                kept: false,
                reason: `unchanged: ${present.length === 1 ? checked : `${present.map((p) => p.tag).join(', ')} → ${skip_short(digest)}`} has the same fingerprint and every platform`,
                checked,
            };
        }
        catch (e) {
            const err = e;
            failures.set(t.id, e);
            return {
                ...keep(`could not read ${checked}`, checked),
                warning: `${t.id}: kept, because ${checked} could not be read: ${err.message}`,
            };
        }
    };
    return oneWarningPerUnreachableRegistry(await mapLimit(targets, options.concurrency ?? 8, one), failures);
}
/**
 * A registry that cannot answer at all (no such host, nothing listening) fails every target the
 * same way: said once, naming every target it kept, rather than once per target.
 */
function oneWarningPerUnreachableRegistry(decisions, failures) {
    const byRegistry = new Map();
    for (const d of decisions) {
        const error = failures.get(d.id);
        if (!(error instanceof oci_src/* RegistryNetworkError */.sY) || error.retryable)
            continue;
        const group = byRegistry.get(error.registry) ?? { error, decisions: [] };
        group.decisions.push(d);
        byRegistry.set(error.registry, group);
    }
    for (const [registry, { error, decisions: kept }] of byRegistry) {
        if (kept.length < 2)
            continue;
        const [first, ...rest] = kept;
        if (!first)
            continue;
        first.warning =
            `${kept.map((d) => d.id).join(', ')}: kept, because ${registry} cannot be reached ` +
                `to compare with what is published: ${error.message}`;
        for (const d of rest)
            delete d.warning;
    }
    return decisions;
}
/**
 * The image published under a target's tags, by digest: the first of its longer-lived tags
 * that exists. For the release notes of a target kept without comparing (forced, or
 * skip-unchanged off); undefined when there is none or the registry cannot say.
 */
async function publishedImage(t, registry) {
    for (const tag of tagsToCompare(t).required) {
        const digest = await registry.resolveDigest(`${t.repository}:${tag}`).catch(() => undefined);
        if (digest)
            return `${t.repository}@${digest}`;
    }
    return undefined;
}
const skip_short = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
/** Why the image at `byDigest` is not this target unchanged, or undefined when it is. */
async function differs(t, registry, byDigest, label) {
    const fetched = await registry.getManifest(byDigest);
    const platforms = await platformsOf(registry, byDigest, fetched);
    const lacking = t.platforms.filter((p) => !platforms.some((have) => (0,oci_src/* platformMatches */.J5)(have, (0,oci_src/* parsePlatform */.FL)(p))));
    if (lacking.length > 0) {
        return `${label} lacks ${lacking.join(', ')} (it has ${platforms.map(oci_src/* formatPlatform */.Bq).join(', ') || 'none'})`;
    }
    const previous = fetched.manifest.annotations?.[targets_src/* FINGERPRINT_ANNOTATION */.nf];
    if (previous === undefined)
        return `${label} has no fingerprint`;
    if (previous !== t.fingerprint) {
        return `changed: fingerprint ${skip_short(previous)} → ${skip_short(t.fingerprint)}`;
    }
    return undefined;
}
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./packages/matrix/src/plan.ts










/** Reads the package source and the registry, and computes everything the matrix action emits. */
async function planMatrix(inputs, deps) {
    const { config } = inputs;
    const log = deps.log ?? (() => undefined);
    // Read first: a keyring that is not a key is the configuration's mistake, named as such.
    const keyring = await (0,package_view_src/* pgdgImageKeyring */.hV)(config, inputs.workspace);
    const views = new Map();
    const perDistribution = await Promise.all(config.distributions.map(async (distribution) => {
        const base = await baseImage(config, distribution, deps);
        const view = await (0,package_view_src/* readDistributionView */.qh)(config, distribution, base, {
            ...deps.bases,
            apt: deps.apt,
            keyringDir: deps.keyringDir,
            ...(inputs.hostRoot !== undefined ? { hostRoot: inputs.hostRoot } : {}),
            log,
            ...(deps.warn ? { warn: deps.warn } : {}),
        });
        const resolutions = await (0,package_view_src/* resolveDistribution */.X5)(config, distribution, deps.apt, {
            view,
            log,
            ...(deps.predictions ? { predictions: deps.predictions } : {}),
        });
        views.set(distribution, (0,package_view_src/* distributionSources */.Nf)(config, distribution, { view: view.repositories, previewMajors: [] })
            .repositories);
        const aptSources = await (0,package_view_src/* imageAptSources */.jx)(config, view.repositories, inputs.workspace);
        // A platform whose base could not be read has its base packages estimated.
        const estimated = view.platforms.some((p) => p.installed === undefined);
        const read = estimated ? { ...base, estimated: true } : base;
        return resolutions.map((r) => ({ ...r, base: read, aptSources }));
    }));
    // Majors first, then distributions, as people read a release.
    const resolutions = perDistribution
        .flat()
        .sort((a, b) => a.major - b.major ||
        config.distributions.indexOf(a.distribution) - config.distributions.indexOf(b.distribution));
    const expandInputs = {
        config,
        resolutions,
        now: inputs.now,
        dockerfileDigest: (0,targets_src/* sha256Hex */.fg)(inputs.dockerfile.content),
        pgdgMirror: config.packages.source === 'pgdg' ? (config.packages.mirror ?? config_src/* PGDG_MIRROR */.ZY) : undefined,
        ...(keyring ? { keyring } : {}),
        normaliseImage: (image) => (0,oci_src/* formatReference */.FH)((0,oci_src/* parseReference */.F2)(image)),
        source: inputs.source,
        ...(inputs.testingRegistry !== undefined ? { testingRegistry: inputs.testingRegistry } : {}),
    };
    const all = (0,targets_src/* expandTargets */.Vq)(expandInputs, false);
    const targets = all.filter((t) => config.selectedFlavours.includes(t.flavour));
    const decisions = await decide(targets, deps.registry, {
        skipUnchanged: inputs.skipUnchanged,
        force: inputs.force,
        ...(inputs.repair ? { repair: true } : {}),
    });
    for (const d of decisions)
        if (d.warning)
            deps.warn?.(d.warning);
    const keptIds = new Set(decisions.filter((d) => d.kept).map((d) => d.id));
    const kept = targets.filter((t) => keptIds.has(t.id));
    await addNotes(kept, decisions, views, deps);
    const timestamp = (0,targets_src/* tagTimestamp */.nj)(inputs.now);
    const document = summaryDocument(targets, decisions, timestamp);
    return {
        targets,
        kept,
        repairs: decisions.flatMap((d) => (d.repair ? [{ target: d.id, ...d.repair }] : [])),
        refused: decisions.flatMap((d) => (d.refused ? [{ target: d.id, reason: d.refused }] : [])),
        skipped: decisions
            .filter((d) => !d.kept && d.refused === undefined)
            .map((d) => ({
            target: d.id,
            reason: d.reason,
            ...(d.checked ? { checked: d.checked } : {}),
        })),
        decisions,
        matrix: githubMatrix(kept, inputs.groupBy),
        bake: (0,src/* bakeDefinition */.xs)(kept, all, {
            context: inputs.dockerfile.directory,
            dockerfile: inputs.dockerfile.name,
            ...(inputs.keyringContext ? { keyringContext: inputs.keyringContext } : {}),
        }),
        summaryDocument: document,
        summary: (0,summary_src/* renderMarkdown */.Gc)(document),
        timestamp,
    };
}
/**
 * Release notes for every kept target, against the image published under its tags. A notes
 * failure (a registry or archive hiccup) costs the notes' detail, never the run: the target
 * then carries its counts, and a warning says why.
 */
async function addNotes(kept, decisions, views, deps) {
    const published = new Map(decisions.map((d) => [d.id, d.published]));
    const changelogs = deps.notes ? new package_view_src/* ChangelogReader */.y1(deps.notes.debs) : undefined;
    const reader = {
        publishedPackages: (reference, platform) => deps.notes ? deps.notes.published(reference, platform) : Promise.resolve(undefined),
        changelog: async (target, architecture, name, version, from) => changelogs
            ? changelogs.entries(views.get(target.distribution) ?? [], architecture, name, version, from)
            : [],
    };
    for (const target of kept) {
        const since = published.get(target.id) ?? (await publishedImage(target, deps.registry));
        try {
            target.notes = await releaseNotes(target, since, reader);
        }
        catch (error) {
            deps.warn?.(`${target.id}: no release notes against ${since ?? 'the published image'}: ${error.message}`);
            target.notes = await releaseNotes(target, undefined, reader);
        }
    }
}
/**
 * The base image of a distribution, with its digest when the registry tells it. A configured
 * platform the base lacks is reported: BuildKit (0.13, docker driver) would quietly build it
 * on another platform's base and label the result with the platform asked for.
 */
async function baseImage(config, distribution, deps) {
    const image = (0,config_src/* renderTemplate */.Xm)(config.base.image, { distribution });
    if (!config.base.resolveDigest)
        return { image };
    let digest;
    try {
        digest = await deps.registry.resolveDigest(image);
    }
    catch (e) {
        deps.warn?.(`base image ${image}: digest unknown (${e.message}); the fingerprint uses its name only`);
        return { image };
    }
    if (!digest) {
        deps.warn?.(`base image ${image} not found in its registry: the fingerprint uses its name only`);
        return { image };
    }
    const missing = await missingBasePlatforms(image, digest, config.platforms, deps.registry).catch((e) => {
        deps.warn?.(`base image ${image}: its platforms could not be read (${e.message})`);
        return undefined;
    });
    if (missing && missing.lacking.length > 0) {
        deps.warn?.(`base image ${image} (${digest}) has no ${missing.lacking.join(', ')} image ` +
            `(it has ${missing.has.join(', ') || 'none'}): a build for ${missing.lacking.length === 1 ? 'that platform' : 'those platforms'} ` +
            "would run on another platform's base, and the build refuses such an image. Use a " +
            'multi-platform base, or drop the platform from `platforms`.');
    }
    return { image, digest };
}
/** The configured platforms a base image (by digest) has no image for. */
async function missingBasePlatforms(image, digest, platforms, registry) {
    const { registry: host, repository } = (0,oci_src/* parseReference */.F2)(image);
    const byDigest = (0,oci_src/* formatReference */.FH)({ registry: host, repository, digest });
    const has = await platformsOf(registry, byDigest, await registry.getManifest(byDigest));
    return {
        lacking: platforms.filter((p) => !has.some((h) => (0,oci_src/* platformMatches */.J5)(h, (0,oci_src/* parsePlatform */.FL)(p)))),
        has: has.map(oci_src/* formatPlatform */.Bq),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/apt/src/index.ts + 37 modules
var apt_src = __webpack_require__(3190);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/matrix/src/published.ts
/**
 * The packages of a published image, for its release notes: the package list the build
 * attached to it (PACKAGES_ARTIFACT_TYPE, written from the prediction the build checked the
 * image's dpkg status against), else the dpkg status read from its layers.
 */




const STATUS = 'var/lib/dpkg/status';
const decoder = new TextDecoder();
/** name → version of `reference` (by digest) on `platform`; undefined when it cannot be read. */
async function publishedPackages(registry, reference, platform) {
    const ref = (0,oci_src/* parseReference */.F2)(reference);
    if (!ref.digest)
        return undefined;
    const repository = `${ref.registry}/${ref.repository}`;
    const architecture = (0,platform_src/* byPlatform */.HE)(platform).debianArchitecture;
    const artifact = await (0,targets_src/* readPackagesArtifact */.g0)(registry, repository, ref.digest);
    if (artifact) {
        const out = new Map();
        for (const p of artifact.packages) {
            const version = p.byArchitecture ? p.byArchitecture[architecture] : p.version;
            if (version !== undefined)
                out.set(p.name, version);
        }
        return out;
    }
    // An image built otherwise (or before the build attached its list): its dpkg status.
    const { manifest } = await registry.getImageManifest(reference, platform);
    const files = await (0,oci_src/* readImageFiles */.Zw)({
        image: `${reference} (${platform})`,
        layers: manifest.manifest.layers,
        fetchBlob: (digest, size) => registry.getBlob(repository, digest, size),
        select: { list: (p) => p === STATUS, content: (p) => p === STATUS, hash: () => false },
    });
    const status = files.get(STATUS)?.content;
    if (!status)
        return undefined;
    return new Map((0,apt_src/* parseDpkgStatus */._0)(decoder.decode(status), `${reference}: /${STATUS}`).map((p) => [
        p.package,
        p.version,
    ]));
}

;// CONCATENATED MODULE: ./packages/matrix/src/command.ts










async function matrixCommand(options) {
    const config = await (0,config_src/* loadConfig */.Z9)(options.configFile, { overrides: options.overrides });
    const dockerfile = await (0,promises_.readFile)(options.dockerfile);
    const apt = new apt_src/* AptClient */.Rt({
        cacheDir: options.cacheDir,
        ...(options.warn ? { warn: options.warn } : {}),
    });
    const registry = (0,oci_src/* registryClientFromEnvironment */.oC)(options.docker ?? { env: {} });
    // The bake file's `keyring` context: PGDG's key files as configured, beside the bake file.
    const keyringContext = (0,external_node_path_.join)((0,external_node_path_.dirname)(options.bakeFile), 'pgforge-pgdg-keyring');
    const result = await planMatrix({
        config,
        now: options.now,
        dockerfile: {
            directory: (0,external_node_path_.dirname)(options.dockerfile),
            name: (0,external_node_path_.basename)(options.dockerfile),
            content: dockerfile,
        },
        skipUnchanged: options.skipUnchanged,
        ...(options.repair ? { repair: true } : {}),
        force: options.force,
        groupBy: options.groupBy,
        source: options.source,
        hostRoot: options.hostRoot ?? '/',
        keyringContext,
        ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
        ...(options.testingRegistry !== undefined
            ? { testingRegistry: options.testingRegistry }
            : {}),
    }, {
        apt,
        registry,
        bases: {
            registry: new package_view_src/* RegistryBaseReader */.uO(registry, options.cacheDir),
            ...(options.localStore === false
                ? {}
                : { local: new package_view_src/* LocalStoreBaseReader */.dN(package_view_src/* spawnDocker */.Qp, options.cacheDir) }),
        },
        keyringDir: (0,external_node_path_.join)(options.cacheDir ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'pgforge'), 'keyrings'),
        notes: {
            published: (reference, platform) => publishedPackages(registry, reference, platform),
            debs: apt,
        },
        ...(options.cacheDir !== undefined
            ? { predictions: await (0,package_view_src/* predictionStore */.lo)(options.cacheDir) }
            : {}),
        log: options.log,
        warn: options.warn,
    });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(options.bakeFile), { recursive: true });
    const keys = (0,src/* keyringFiles */.D9)(result.targets);
    if (keys.length > 0)
        await (0,src/* writeKeyringContext */.gP)(keys, keyringContext, options.workspace);
    await (0,promises_.writeFile)(options.bakeFile, `${JSON.stringify(result.bake, null, 2)}\n`);
    // The indexes read cold were stored meanwhile; the next run (the build's) finds them.
    await apt.settled();
    return { ...result, bakeFile: options.bakeFile };
}

;// CONCATENATED MODULE: ./packages/matrix/src/testing-registry.ts
/**
 * The matrix's `testing-registry`: where the builds of a run are tested when that is not the
 * configuration's registry. A pull request builds into a registry of its own job
 * (`localhost:5001/pr`) while the matrix still compares every target with production, so that
 * only what changed is built and nothing is written where the release writes.
 */
/** images.yaml's `registry` pattern (schema/images.schema.json): host, optional port, namespace. */
const REGISTRY_NAME = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$/;
const TESTING_REGISTRY_EXPECTED = 'a registry host with an optional port and namespace in lower case, e.g. localhost:5001/pr';
/**
 * The value as the targets take it: lower case (it often comes from a workflow expression, as
 * the registry override does), or undefined when it is not a registry name at all.
 */
function testingRegistry(value) {
    const name = value.trim().toLowerCase();
    return REGISTRY_NAME.test(name) ? name : undefined;
}

;// CONCATENATED MODULE: ./packages/matrix/src/index.ts









/***/ })

};
