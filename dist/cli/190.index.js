export const id = 190;
export const ids = [190];
export const modules = {

/***/ 190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o7: () => (/* reexport */ IMAGES_INPUT),
  VO: () => (/* reexport */ PromoteRefusedError),
  lE: () => (/* reexport */ VERIFY_METHODS),
  yc: () => (/* reexport */ loadReports),
  OO: () => (/* reexport */ promoteCommand),
  At: () => (/* reexport */ promoteSummaryDocument),
  Hr: () => (/* reexport */ repairTags)
});

// UNUSED EXPORTS: PromoteError, applyRepair, checkRepairsAgainstImages, parseRepairs, parseVerification, planRepair, promoteImages, promoteRequests, promoteSummary, smokeVerdict

// EXTERNAL MODULE: ./packages/errors/src/index.ts + 1 modules
var src = __webpack_require__(7405);
;// CONCATENATED MODULE: ./packages/promote/src/errors.ts
/**
 * Errors a person can act on: each names the image, the value and what was expected. A bad
 * option (the `images` input, a report file, a verification setting) is
 * `PromoteError.notAllowed(option, value, expected)`.
 */

class PromoteError extends src/* UserError */.y {
    constructor(message, options) {
        super(message, options);
        this.name = 'PromoteError';
    }
}
/**
 * Gates stopped one image or more: nothing at all was written to production. Or, with `done`,
 * gates stopped repairs alone: their tags were left as they were, and `done` is what was
 * written for the rest (images promoted, other repairs).
 */
class PromoteRefusedError extends PromoteError {
    refusals;
    done;
    constructor(refusals, done) {
        const n = refusals.length;
        super((done === undefined
            ? `promote refused ${n} image${n === 1 ? '' : 's'}; no production tag was written:\n`
            : `promote refused ${n} repair${n === 1 ? '' : 's'}; ${n === 1 ? 'its' : 'their'} tags were not moved${done.dryRun ? '' : ', the rest was written'}:\n`) +
            refusals.map((r) => `- ${r.image}: ${r.reason}`).join('\n'));
        this.refusals = refusals;
        this.done = done;
        this.name = 'PromoteRefusedError';
    }
}

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
// EXTERNAL MODULE: ./packages/targets/src/index.ts + 11 modules
var targets_src = __webpack_require__(4804);
;// CONCATENATED MODULE: ./packages/promote/src/images.ts
/**
 * What to promote, from the build or extension action's image records (`images`): each one's
 * `reference` (the testing repository, by digest) and where it goes. A record's `promote`
 * (repository and tags, immutable first) says that exactly; without one, the production
 * repository is the testing one without its `-testing` suffix and the tags are the record's own.
 */



const EXPECTED = "the build or extension action's `images` output: a JSON array of objects with `reference` (<repository>@sha256:…) and `tags`";
/** The `images` input, as its front ends read it with parseImageRecords. */
const IMAGES_INPUT = {
    input: 'images',
    expected: EXPECTED,
    error: (field, value, allowed) => PromoteError.notAllowed(field, value, allowed),
};
/** A tag name from `repo:tag`, `tag`, checked to belong to `repository` when it names one. */
function tagName(value, repository, where) {
    if (!value.includes('/') && !value.includes('@'))
        return value;
    const ref = (0,oci_src/* parseReference */.F2)(value);
    if (ref.tag === undefined || ref.digest !== undefined) {
        throw PromoteError.notAllowed(where, value, 'a tag reference, <repository>:<tag>');
    }
    if (repository !== undefined && (0,oci_src/* formatReference */.FH)({ ...ref, tag: undefined }) !== repository) {
        throw PromoteError.notAllowed(where, value, `a tag of ${repository}`);
    }
    return ref.tag;
}
function labelOf(r, fallback) {
    if (r.target !== undefined)
        return r.target;
    if (r.name !== undefined) {
        return [r.name, r.major, r.distribution].filter((p) => p !== undefined).join(' ');
    }
    return fallback;
}
function request(r, i, options) {
    const where = `images[${i}]`;
    const ref = (0,oci_src/* parseReference */.F2)(r.reference);
    const sourceRef = { registry: ref.registry, repository: ref.repository, digest: r.digest };
    const sourceRepository = (0,oci_src/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository });
    const planned = r.promote;
    let destination;
    let tags;
    if (planned !== undefined) {
        const own = (0,oci_src/* formatReference */.FH)((0,oci_src/* parseReference */.F2)(planned.repository));
        tags = planned.tags.map((t) => tagName(t, own, `${where}.promote.tags`));
        destination = options.to ?? own;
    }
    else {
        const derived = (0,targets_src/* productionRepositoryOf */.r4)(sourceRepository);
        if (options.to === undefined && derived === undefined) {
            throw PromoteError.notAllowed(`${where}.reference`, r.reference, `an image of a testing repository (<name>${targets_src/* TESTING_SUFFIX */.bH}), or give \`to\`: the production repository cannot be told from it`);
        }
        destination = options.to ?? derived ?? '';
        tags = (r.tags ?? []).map((t) => tagName(t, sourceRepository, `${where}.tags`));
    }
    if (tags.length === 0) {
        throw PromoteError.notAllowed(`${where}.tags`, '[]', 'at least one tag: an image promoted without one could not be found again');
    }
    const destinationRef = (0,oci_src/* parseReference */.F2)(destination);
    if (destinationRef.tag !== undefined || destinationRef.digest !== undefined) {
        throw PromoteError.notAllowed('to', destination, 'a repository, without tag or digest');
    }
    const canonical = (0,oci_src/* formatReference */.FH)(destinationRef);
    if (canonical === sourceRepository) {
        throw PromoteError.notAllowed('to', canonical, `a repository other than the image's own (${sourceRepository})`);
    }
    const unique = [...new Set(tags)];
    return {
        source: r.reference,
        sourceRef,
        digest: r.digest,
        destination: canonical,
        destinationRef,
        tags: unique,
        // The build's one immutable tag, first, when the record says nothing of them.
        immutable: Math.min(planned?.immutable ?? 1, unique.length),
        label: labelOf(r, where),
    };
}
/** What promote does with each image record: where it goes and under which tags. */
function promoteRequests(images, options = {}) {
    if (images.length === 0 && options.allowEmpty !== true) {
        throw PromoteError.notAllowed('images', '[]', `${EXPECTED}, not empty (or \`repairs\` alone)`);
    }
    // `to` is often written from a workflow's repository owner: lowered, as registries require.
    if (options.to !== undefined)
        options = { ...options, to: (0,oci_src/* lowercaseName */.dc)(options.to) };
    if (options.to !== undefined) {
        try {
            (0,oci_src/* parseReference */.F2)(options.to);
        }
        catch (error) {
            throw PromoteError.notAllowed('to', options.to, `a repository (${error.message})`);
        }
    }
    const requests = images.map((r, i) => request(r, i, options));
    // Two entries writing one tag would leave it to whichever came last.
    const owners = new Map();
    for (const r of requests) {
        for (const tag of r.tags) {
            const key = `${r.destination}:${tag}`;
            const other = owners.get(key);
            if (other !== undefined && other !== r.digest) {
                throw PromoteError.notAllowed('images', key, `one image per tag; ${key} is given for ${other} and ${r.digest}`);
            }
            owners.set(key, r.digest);
        }
    }
    return requests;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/promote/src/reports.ts
/**
 * The smoke gate. An image is promoted only on a passing smoke report for its own digest: the
 * report of an operand image names the digest it pinned before its first check, and the
 * report of a test that mounted extension images names each of them by digest. A report for
 * the same repository but another digest (a tag that moved, another build) does not count.
 */





const origin = (file) => ({
    input: 'smoke-reports',
    file,
    error: (field, value, allowed) => PromoteError.notAllowed(field, value, allowed),
});
async function filesOf(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info)
        throw PromoteError.notAllowed('smoke-reports', path, 'an existing report file or directory');
    if (!info.isDirectory())
        return [path];
    // A directory of downloaded artifacts: each job's report, one level down at most.
    const found = [];
    for (const entry of (await (0,promises_.readdir)(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        const full = (0,external_node_path_.join)(path, entry.name);
        if (entry.isFile() && entry.name.endsWith('.json'))
            found.push(full);
        else if (entry.isDirectory()) {
            for (const inner of (await (0,promises_.readdir)(full)).sort()) {
                if (inner.endsWith('.json'))
                    found.push((0,external_node_path_.join)(full, inner));
            }
        }
    }
    return found;
}
/**
 * Reads every report named (files, or directories of `.json` files), for promote's front ends.
 * A directory may hold other JSON (SBOMs), passed over; a file named must be a report.
 */
async function loadReports(paths) {
    const loaded = [];
    for (const path of paths) {
        for (const file of await filesOf(path)) {
            const text = await (0,promises_.readFile)(file, 'utf8');
            const report = (0,targets_src/* parseSmokeReport */.hx)(text, { ...origin(file), required: paths.includes(file) });
            if (report !== undefined)
                loaded.push({ file, report });
        }
    }
    return loaded;
}
const digestOf = (reference) => {
    try {
        return (0,oci_src/* parseReference */.F2)(reference).digest;
    }
    catch {
        return undefined;
    }
};
const repositoryOf = (reference) => {
    try {
        const ref = (0,oci_src/* parseReference */.F2)(reference);
        return (0,oci_src/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository });
    }
    catch {
        return undefined;
    }
};
/** What the report tested that is `digest`: the operand, or an extension image mounted in it. */
function covers(report, digest) {
    if (report.digest === digest)
        return 'operand';
    if (report.extensions.some((e) => digestOf(e.reference) === digest))
        return 'extension';
    return undefined;
}
function failedChecks(report) {
    const failed = report.checks.filter((c) => c.status === 'failed');
    if (failed.length === 0)
        return 'no check ran';
    return failed
        .slice(0, 3)
        .map((c) => `${c.level}: ${c.name}${c.error ? ` (${c.error.split('\n')[0]})` : ''}`)
        .join('; ');
}
function smokeVerdict(request, reports) {
    const mine = reports.filter((r) => covers(r.report, request.digest) !== undefined);
    // One failed test of the digest refuses it, whatever else passed (a kind job that failed
    // beside a container job that passed).
    const failing = mine.find((r) => !r.report.passed);
    if (failing) {
        return {
            passed: false,
            reason: `the smoke test of ${request.digest} failed (${failing.file}): ${failedChecks(failing.report)}`,
        };
    }
    const passing = mine[0];
    if (passing)
        return { passed: true, file: passing.file };
    // Reports of the same repository that tested something else say more than "none".
    const source = (0,oci_src/* formatReference */.FH)({
        registry: request.sourceRef.registry,
        repository: request.sourceRef.repository,
    });
    const sameRepository = (reference) => reference !== undefined && repositoryOf(reference) === source;
    for (const { file, report } of reports) {
        if (sameRepository(report.reference ?? report.image)) {
            return {
                passed: false,
                reason: report.digest
                    ? `the smoke report ${file} is for ${report.digest}, not ${request.digest}: it tested another image (a tag that moved, or another build)`
                    : `the smoke report ${file} names no digest (${report.unpinned ?? 'it was not pinned'}), so it cannot vouch for ${request.digest}`,
            };
        }
        const other = report.extensions.find((e) => sameRepository(e.reference));
        if (other) {
            return {
                passed: false,
                reason: `the smoke report ${file} mounted ${other.reference}, not ${request.digest}`,
            };
        }
    }
    return {
        passed: false,
        reason: reports.length === 0
            ? 'no smoke report was given; run the smoke-test action on it and pass its report in smoke-reports (or set require-smoke: false)'
            : `none of the ${reports.length} smoke report${reports.length === 1 ? '' : 's'} given is for ${request.digest}; run the smoke-test action on it and pass its report`,
    };
}

// EXTERNAL MODULE: ./packages/attest/src/index.ts + 13 modules
var attest_src = __webpack_require__(7797);
;// CONCATENATED MODULE: ./packages/promote/src/repair.ts
/**
 * A repair: tags of production pointed at an image production already holds, by digest. The
 * matrix asks for one when an image under a target's tags is that target unchanged (its
 * fingerprint, every platform) while other tags name another image or none: an alias moved,
 * or a run died between two tags. Nothing is copied and nothing new enters production, so no
 * smoke report is asked for: the image was tested when it was promoted, and the matrix has just
 * read that it is still the target. (Promote, given repairs, still verifies the image's
 * attestation when asked: an image pushed to production by hand was never promoted.) Each tag
 * must be of the image's own repository, and is read back afterwards.
 */


/** `org.opencontainers.image.created` of a manifest or index (RFC 3339). */
function createdOf(manifest) {
    return manifest.annotations?.['org.opencontainers.image.created'];
}
function repair_repositoryOf(reference) {
    const r = (0,oci_src/* parseReference */.F2)(reference);
    return `${r.registry}/${r.repository}`;
}
/** Reads what each tag names now and says what the repair would do to it; writes nothing. */
async function planRepair(registry, request, fetched) {
    const image = (0,oci_src/* parseReference */.F2)(request.image);
    if (!image.digest) {
        throw new PromoteError(`repair: ${request.image} does not name its image by digest`);
    }
    const repository = repair_repositoryOf(request.image);
    for (const tag of request.tags) {
        const t = (0,oci_src/* parseReference */.F2)(tag);
        if (repair_repositoryOf(tag) !== repository || !t.tag || t.digest) {
            throw new PromoteError(`repair: ${tag} is not a tag of ${repository}; a repair points tags of the image's own repository at it`);
        }
    }
    // The bytes of the image's own manifest, unchanged, are what each tag is put on.
    const top = fetched ?? (await registry.getManifest(request.image));
    const created = createdOf(top.manifest);
    const tags = [];
    for (const tag of request.tags) {
        const previous = await registry.resolveDigest(tag);
        if (previous === top.digest) {
            tags.push({ reference: tag, change: 'unchanged' });
            continue;
        }
        if (previous === undefined) {
            tags.push({ reference: tag, change: 'written' });
            continue;
        }
        // As promote does: an alias that names a newer image stays (a later release, or a rollback
        // made by hand after it, is not undone by a run that read the registry before).
        const now = createdOf((await registry.getManifest(`${repair_repositoryOf(tag)}@${previous}`)).manifest);
        const newer = now !== undefined && created !== undefined && Date.parse(now) > Date.parse(created);
        tags.push({ reference: tag, change: newer ? 'newer' : 'moved', previous });
    }
    return { image: request.image, fetched: top, tags };
}
/** Writes the tags the plan moves or writes, each read back; returns those written. */
async function applyRepair(registry, plan) {
    const { fetched } = plan;
    const repaired = [];
    for (const t of plan.tags) {
        if (t.change !== 'written' && t.change !== 'moved')
            continue;
        await registry.pushManifest(t.reference, fetched.bytes, fetched.mediaType);
        const now = await registry.resolveDigest(t.reference);
        if (now !== fetched.digest) {
            throw new PromoteError(`repair: ${t.reference} names ${now ?? 'nothing'} after it was pointed at ${fetched.digest}`);
        }
        repaired.push({
            tag: t.reference,
            digest: fetched.digest,
            ...(t.previous ? { previous: t.previous } : {}),
        });
    }
    return repaired;
}
/** Points the request's tags at its image (never an alias at an older one); the tags written. */
async function repairTags(registry, request) {
    return applyRepair(registry, await planRepair(registry, request));
}

// EXTERNAL MODULE: ./packages/summary/src/index.ts + 4 modules
var summary_src = __webpack_require__(7755);
;// CONCATENATED MODULE: ./packages/promote/src/summary.ts

const summary_short = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
function change(image) {
    return (0,summary_src/* join */.fj)(image.changes.map((t) => {
        const tag = (0,summary_src/* code */.aY)(t.reference.slice(t.reference.lastIndexOf(':') + 1));
        if (t.change === 'unchanged')
            return [tag, ' (already)'];
        if (t.change === 'moved')
            return [tag, ' (moved from ', (0,summary_src/* code */.aY)(summary_short(t.previous ?? '')), ')'];
        if (t.change === 'newer') {
            return [tag, ' (left: it names the newer ', (0,summary_src/* code */.aY)(summary_short(t.previous ?? '')), ')'];
        }
        return tag;
    }), summary_src/* lineBreak */.qL);
}
/** The repairs: one row per tag, what it named (from) and names now (to). */
function repairsDocument(repairs, dryRun) {
    const moved = repairs.reduce((n, r) => n + r.changes.filter((t) => t.change === 'written' || t.change === 'moved').length, 0);
    const from = (t, r) => {
        if (t.change === 'unchanged')
            return [(0,summary_src/* code */.aY)(summary_short(r.digest)), ' (already)'];
        if (t.previous === undefined)
            return 'nothing';
        return (0,summary_src/* code */.aY)(summary_short(t.previous));
    };
    const to = (t, r) => t.change === 'newer'
        ? [
            (0,summary_src/* code */.aY)(summary_short(t.previous ?? '')),
            ' (left: it names a newer image than ',
            (0,summary_src/* code */.aY)(summary_short(r.digest)),
            ')',
        ]
        : (0,summary_src/* code */.aY)(summary_short(r.digest));
    return [
        (0,summary_src/* heading */.R_)(3, `Repairs${dryRun ? ' (dry run: nothing written)' : ''}: ${repairs.length} image${repairs.length === 1 ? '' : 's'} of production, ${moved} tag${moved === 1 ? '' : 's'} ${dryRun ? 'to point back' : 'pointed back'}`),
        (0,summary_src/* table */.tp)(['target', 'tag', 'from', 'to', 'attestation'], repairs.flatMap((r) => r.changes.map((t) => [
            (0,summary_src/* code */.aY)(r.label),
            (0,summary_src/* code */.aY)(t.reference),
            from(t, r),
            to(t, r),
            r.verified ? 'verified' : 'not checked',
        ]))),
    ];
}
/** The step summary: one row per image, what was (or would be) written; then the repairs. */
function promoteSummaryDocument(images, dryRun, repairs = []) {
    const written = images.reduce((n, i) => n + i.changes.filter((t) => t.change === 'written' || t.change === 'moved').length, 0);
    // A run of repairs alone has no image to list.
    const promote = images.length === 0 && repairs.length > 0
        ? []
        : [
            (0,summary_src/* heading */.R_)(3, `Promote${dryRun ? ' (dry run: nothing written)' : ''}: ${images.length} image${images.length === 1 ? '' : 's'}, ${written} tag${written === 1 ? '' : 's'} ${dryRun ? 'to write' : 'written'}`),
            (0,summary_src/* table */.tp)(['image', 'digest', 'production', 'tags', 'smoke report', 'attestation'], images.map((i) => [
                (0,summary_src/* code */.aY)(i.label),
                (0,summary_src/* code */.aY)(summary_short(i.digest)),
                (0,summary_src/* code */.aY)(i.destination.slice(0, i.destination.indexOf('@'))),
                change(i),
                i.smokeReport ? (0,summary_src/* code */.aY)(i.smokeReport) : 'not required',
                i.verified ? 'verified' : 'not checked',
            ])),
        ];
    return [...promote, ...(repairs.length > 0 ? repairsDocument(repairs, dryRun) : [])];
}
/** The step summary as Markdown. */
const promoteSummary = (images, dryRun, repairs = []) => (0,summary_src/* renderMarkdown */.Gc)(promoteSummaryDocument(images, dryRun, repairs));

;// CONCATENATED MODULE: ./packages/promote/src/promote.ts
/**
 * `promoteImages`: the one way into production. Every gate of every image runs before
 * anything is written; then each image is copied by digest with everything that refers to it,
 * its copy is checked, and only then are tags written: every image's immutable tag first, the
 * moving aliases last. An interruption at any point leaves no production tag on an incomplete
 * image (a tag is written only after its image is whole), and a rerun completes the work
 * (what is there already is not copied again; a tag that names the image already is left).
 */






const COSIGN_SUFFIXES = ['att', 'sig', 'sbom'];
const promote_short = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
const CREATED = 'org.opencontainers.image.created';
/** When the image was built, as its annotation says (RFC 3339, compared as instants). */
function promote_createdOf(fetched) {
    const value = fetched.manifest.annotations?.[CREATED];
    const time = value === undefined ? Number.NaN : Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
}
/**
 * The attestation gate, when one is asked for: the image's attestation of the predicate type
 * must verify with the key or identity given. The command that passed, or why it refused.
 */
async function verifyImage(reference, options) {
    if (!options.verify)
        return {};
    const verify = options.verifyAttestation ?? attest_src/* verifyAttestation */.oe;
    const result = await verify({
        verification: options.verify.verification,
        predicateType: options.verify.predicateType,
        reference,
        env: options.env,
    });
    if (result.verified)
        return { verified: result.command };
    const who = options.verify.verification.method === 'cosign-key'
        ? `the key ${options.verify.verification.publicKey}`
        : `the identity ${JSON.stringify(options.verify.verification.identity)} of ${options.verify.verification.issuer}`;
    return {
        refusal: `no ${options.verify.predicateType} attestation verifies with ${who} (\`${result.command}\`): ${result.output ?? ''}`,
    };
}
/**
 * A repair's gate: the image is in production, and its attestation verifies when one is asked
 * for (a repair brings nothing in, but an image pushed to production by hand never met promote's
 * gates). Then what each tag would become.
 */
async function gateRepair(repair, options) {
    const refuse = (reason) => ({ refusal: { image: repair.image, reason } });
    let top;
    try {
        top = await options.registry.getManifest(repair.image);
    }
    catch (error) {
        if (!(error instanceof oci_src/* ManifestNotFoundError */.ZF))
            throw error;
        const { registry, repository } = (0,oci_src/* parseReference */.F2)(repair.image);
        return refuse(`not in production: ${registry} has no ${repair.digest} in ${repository}; a repair points tags at an image production holds`);
    }
    const verification = await verifyImage(repair.image, options);
    if (verification.refusal !== undefined)
        return refuse(verification.refusal);
    const plan = await planRepair(options.registry, repair, top);
    return {
        checked: {
            repair,
            plan,
            ...(verification.verified ? { verified: verification.verified } : {}),
        },
    };
}
async function gate(request, options) {
    const refuse = (reason) => ({ refusal: { image: request.source, reason } });
    // Fetched once: whether the source is there, its bytes for the tags, its created time.
    let top;
    try {
        top = await options.registry.getManifest(request.sourceRef);
    }
    catch (error) {
        if (!(error instanceof oci_src/* ManifestNotFoundError */.ZF))
            throw error;
        return refuse(`not in the registry: ${request.sourceRef.registry} has no ${request.digest} in ${request.sourceRef.repository}`);
    }
    let smokeReport;
    if (options.requireSmoke) {
        const verdict = smokeVerdict(request, options.reports);
        if (!verdict.passed)
            return refuse(verdict.reason);
        smokeReport = verdict.file;
    }
    const verification = await verifyImage(request.source, options);
    if (verification.refusal !== undefined)
        return refuse(verification.refusal);
    const verified = verification.verified;
    const created = promote_createdOf(top);
    // Aliases often name one previous image: its created time is read once.
    const heldTimes = new Map();
    const heldTime = (digest) => {
        let time = heldTimes.get(digest);
        if (!time) {
            time = options.registry
                .getManifest(`${request.destination}@${digest}`)
                .then((fetched) => promote_createdOf(fetched));
            heldTimes.set(digest, time);
        }
        return time;
    };
    const plan = [];
    for (const [i, tag] of request.tags.entries()) {
        const reference = `${request.destination}:${tag}`;
        const current = await options.registry.resolveDigest(reference);
        if (current === request.digest)
            plan.push({ reference, change: 'unchanged' });
        else if (current === undefined)
            plan.push({ reference, change: 'written' });
        else if (i < request.immutable) {
            // An immutable tag names one image forever.
            return refuse(`${reference} already names ${current}; an immutable tag never moves (build again, under a new timestamp)`);
        }
        else {
            const held = await heldTime(current);
            plan.push({
                reference,
                change: created && held && held > created ? 'newer' : 'moved',
                previous: current,
            });
        }
    }
    return {
        checked: {
            request,
            top,
            plan,
            ...(smokeReport ? { smokeReport } : {}),
            ...(verified ? { verified } : {}),
        },
    };
}
/** The cosign artifacts of the image and of each manifest in it, copied under the same tags. */
async function copyCosignArtifacts(c, options) {
    const { request, top } = c;
    const digests = [
        request.digest,
        ...((0,oci_src/* isImageIndex */.yR)(top.manifest) ? top.manifest.manifests.map((d) => d.digest) : []),
    ];
    const source = `${request.sourceRef.registry}/${request.sourceRef.repository}`;
    const copied = [];
    for (const digest of digests) {
        for (const suffix of COSIGN_SUFFIXES) {
            const tag = `${digest.replace(':', '-')}.${suffix}`;
            if ((await options.registry.resolveDigest(`${source}:${tag}`)) === undefined)
                continue;
            await options.registry.copyImage(`${source}:${tag}`, `${request.destination}:${tag}`, {
                referrers: true,
            });
            copied.push(tag);
        }
    }
    return copied;
}
async function promoteImages(options) {
    const log = options.log ?? (() => undefined);
    const checked = [];
    const refusals = [];
    for (const request of options.images) {
        const { checked: ok, refusal } = await gate(request, options);
        if (ok)
            checked.push(ok);
        if (refusal) {
            refusals.push(refusal);
            log(`refused ${request.label} (${request.source}): ${refusal.reason}`);
        }
    }
    // Every repair's gate too, before anything is written.
    const repairs = [];
    const repairRefusals = [];
    for (const repair of options.repairs ?? []) {
        const { checked: ok, refusal } = await gateRepair(repair, options);
        if (ok)
            repairs.push(ok);
        if (refusal) {
            repairRefusals.push(refusal);
            log(`refused the repair of ${repair.label} (${repair.image}): ${refusal.reason}`);
        }
    }
    // A refused image refuses everything: no tag moves at all.
    if (refusals.length > 0)
        throw new PromoteRefusedError([...refusals, ...repairRefusals]);
    const repaired = repairs.map((c) => ({
        label: c.repair.label,
        ...(c.repair.target !== undefined ? { target: c.repair.target } : {}),
        image: c.repair.image,
        digest: c.repair.digest,
        changes: c.plan.tags,
        ...(c.verified ? { verified: c.verified } : {}),
    }));
    const promoted = checked.map((c) => ({
        label: c.request.label,
        source: c.request.source,
        destination: `${c.request.destination}@${c.request.digest}`,
        digest: c.request.digest,
        tags: c.plan.map((p) => p.reference),
        changes: c.plan,
        artifacts: [],
        ...(c.smokeReport ? { smokeReport: c.smokeReport } : {}),
        ...(c.verified ? { verified: c.verified } : {}),
    }));
    // A refused repair stops itself alone: the other repairs and the images go on, and the
    // refusal is thrown once they are written (with what was).
    const finish = (dryRun) => {
        const result = {
            promoted,
            repaired,
            dryRun,
            summary: promoteSummary(promoted, dryRun, repaired),
        };
        if (repairRefusals.length > 0)
            throw new PromoteRefusedError(repairRefusals, result);
        return result;
    };
    if (options.dryRun)
        return finish(true);
    // Whole images first, each checked where it landed.
    for (const [i, c] of checked.entries()) {
        const { request } = c;
        log(`copying ${request.source} to ${request.destination}`);
        await options.registry.copyImage(request.source, `${request.destination}@${request.digest}`, {
            referrers: true,
        });
        const artifacts = await copyCosignArtifacts(c, options);
        const landed = await options.registry.headManifest(`${request.destination}@${request.digest}`);
        if (landed?.digest !== request.digest) {
            throw new PromoteError(`${request.destination}@${request.digest} is not in production after the copy (the registry answers ${landed?.digest ?? 'nothing'}); no tag was written`);
        }
        const entry = promoted[i];
        if (entry)
            entry.artifacts = artifacts;
    }
    // Then the tags: every immutable one, and only then the aliases that move.
    const phases = [
        (c) => c.plan.slice(0, c.request.immutable),
        (c) => c.plan.slice(c.request.immutable),
    ];
    for (const phase of phases) {
        for (const c of checked) {
            for (const tag of phase(c)) {
                if (tag.change === 'unchanged' || tag.change === 'newer')
                    continue;
                const digest = await options.registry.pushManifest(tag.reference, c.top.bytes, c.top.mediaType);
                if (digest !== c.request.digest) {
                    throw new PromoteError(`${tag.reference}: tagged ${digest}, expected ${c.request.digest}`);
                }
                log(`${tag.reference} → ${promote_short(digest)}${tag.previous ? ` (was ${promote_short(tag.previous)})` : ''}`);
            }
        }
    }
    // Then the repairs: tags pointed at images production holds, each read back.
    for (const c of repairs) {
        for (const done of await applyRepair(options.registry, c.plan)) {
            log(`${done.tag} → ${promote_short(done.digest)}${done.previous ? ` (was ${promote_short(done.previous)})` : ''} (repair of ${c.repair.label})`);
        }
    }
    return finish(false);
}

;// CONCATENATED MODULE: ./packages/promote/src/verification.ts
/**
 * The `verify` setting: which signer an image's attestation must come from. A public key given
 * as PEM text (a secret or a variable) is written to a file, since cosign reads keys from files.
 */


const VERIFY_METHODS = ['none', 'cosign-key', 'github'];
async function parseVerification(s) {
    const predicateType = s.predicateType ?? attest_src/* SLSA_PROVENANCE_V1 */.us;
    if (s.verify === 'none')
        return undefined;
    if (s.verify === 'cosign-key') {
        const key = s.cosignPublicKey;
        if (key === undefined) {
            throw PromoteError.notAllowed('cosign-public-key', '', 'the public key (cosign.pub) as a file or its PEM text, with verify: cosign-key');
        }
        const given = (0,attest_src/* cosignKeyOf */.KG)(key);
        if (!given) {
            throw PromoteError.notAllowed('cosign-public-key', key, 'an existing file, or the PEM text of a public key (-----BEGIN PUBLIC KEY-----)');
        }
        const publicKey = await (0,attest_src/* keyFile */._$)(given, s.workDir, 'cosign.pub');
        return { verification: { method: 'cosign-key', publicKey }, predicateType };
    }
    const exact = s.certificateIdentity;
    const regexp = s.certificateIdentityRegexp;
    const identityHelp = 'the signing workflow (https://github.com/<owner>/<repo>/.github/workflows/<file>@<ref>) as certificate-identity, or a pattern as certificate-identity-regexp, with verify: github';
    if (exact === undefined && regexp === undefined) {
        throw PromoteError.notAllowed('certificate-identity', '', identityHelp);
    }
    if (exact !== undefined && regexp !== undefined) {
        throw PromoteError.notAllowed('certificate-identity-regexp', regexp, `nothing beside certificate-identity (${JSON.stringify(exact)}): give one of the two`);
    }
    if (regexp !== undefined) {
        try {
            new RegExp(regexp);
        }
        catch (error) {
            throw PromoteError.notAllowed('certificate-identity-regexp', regexp, `a regular expression (${error.message})`);
        }
    }
    return {
        verification: {
            method: 'github',
            identity: exact !== undefined ? { exact } : { regexp: regexp ?? '' },
            issuer: s.certificateOidcIssuer ?? attest_src/* DEFAULT_CERTIFICATE_OIDC_ISSUER */.Q$,
        },
        predicateType,
    };
}

;// CONCATENATED MODULE: ./packages/promote/src/json-input.ts

/** An input given as JSON text, or already parsed: the value, or an error naming the input. */
function jsonInput(option, input, expected) {
    if (typeof input !== 'string')
        return input;
    try {
        return JSON.parse(input);
    }
    catch (error) {
        throw PromoteError.notAllowed(option, input.slice(0, 200), `${expected} (${error.message})`);
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/repairs.ts
/**
 * What to repair, from the matrix action's `repairs` output: each entry's `image` (in
 * production, by digest) and the `tags` of that same repository to point at it again. Parsed
 * once, for the action and the CLI both, before anything reaches a registry.
 */



const repairs_EXPECTED = "the matrix action's `repairs` output: a JSON array of objects with `image` (<repository>@sha256:…, an image production holds) and `tags` (<repository>:<tag> of that same repository)";
function imageOf(value, where) {
    if (typeof value !== 'string' || value === '') {
        throw PromoteError.notAllowed(where, value === undefined ? '' : JSON.stringify(value), 'the image in production, by digest: <repository>@sha256:…');
    }
    let ref;
    try {
        ref = (0,oci_src/* parseReference */.F2)(value);
    }
    catch (error) {
        throw PromoteError.notAllowed(where, value, `<repository>@sha256:… (${error.message})`);
    }
    if (ref.digest === undefined || !(0,oci_src/* isDigest */.Uz)(ref.digest)) {
        throw PromoteError.notAllowed(where, value, 'a reference by digest, <repository>@sha256:…: a repair points tags at one image production holds, never at whatever a tag names now');
    }
    return { registry: ref.registry, repository: ref.repository, digest: ref.digest };
}
/** `<repository>:<tag>` of `repository`, or a bare tag name meaning one of it. */
function tagOf(value, repository, where) {
    if (typeof value !== 'string' || value === '') {
        throw PromoteError.notAllowed(where, JSON.stringify(value), `a tag of ${repository} (<repository>:<tag>)`);
    }
    // A tag name has no '/', ':' or '@'; anything else is a reference.
    const full = /[/:@]/.test(value) ? value : `${repository}:${value}`;
    let ref;
    try {
        ref = (0,oci_src/* parseReference */.F2)(full);
    }
    catch (error) {
        throw PromoteError.notAllowed(where, value, `a tag of ${repository} (${error.message})`);
    }
    if (ref.tag === undefined || ref.digest !== undefined) {
        throw PromoteError.notAllowed(where, value, `a tag reference of ${repository}, <repository>:<tag>, without digest`);
    }
    const own = (0,oci_src/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository });
    if (own !== repository) {
        throw PromoteError.notAllowed(where, value, `a tag of ${repository}, the image's own repository: a repair points a repository's tags at an image it holds, and copies nothing`);
    }
    return (0,oci_src/* formatReference */.FH)(ref);
}
function entry(e, i) {
    const where = `repairs[${i}]`;
    if (e.target !== undefined && (typeof e.target !== 'string' || e.target === '')) {
        throw PromoteError.notAllowed(`${where}.target`, JSON.stringify(e.target), "the matrix's target id, or no target at all");
    }
    const image = imageOf(e.image, `${where}.image`);
    const repository = (0,oci_src/* formatReference */.FH)({ registry: image.registry, repository: image.repository });
    if (!Array.isArray(e.tags) ||
        e.tags.length === 0 ||
        e.tags.some((t) => typeof t !== 'string' || t === '')) {
        throw PromoteError.notAllowed(`${where}.tags`, e.tags === undefined ? '' : JSON.stringify(e.tags), `a non-empty array of tags of ${repository} (<repository>:<tag>)`);
    }
    const tags = [
        ...new Set(e.tags.map((t, j) => tagOf(t, repository, `${where}.tags[${j}]`))),
    ];
    const byDigest = `${repository}@${image.digest}`;
    return {
        image: byDigest,
        tags,
        repository,
        digest: image.digest,
        ...(typeof e.target === 'string' ? { target: e.target } : {}),
        label: typeof e.target === 'string' ? e.target : byDigest,
    };
}
/** Parses the `repairs` input (JSON text, or the array already parsed). */
function parseRepairs(input) {
    const value = jsonInput('repairs', input, repairs_EXPECTED);
    if (!Array.isArray(value)) {
        throw PromoteError.notAllowed('repairs', (JSON.stringify(value) ?? String(value)).slice(0, 200), repairs_EXPECTED);
    }
    const repairs = value.map((e, i) => {
        if (typeof e !== 'object' || e === null || Array.isArray(e)) {
            throw PromoteError.notAllowed(`repairs[${i}]`, JSON.stringify(e), repairs_EXPECTED);
        }
        return entry(e, i);
    });
    // Two repairs pointing one tag at two images would leave it to whichever came last.
    const owners = new Map();
    for (const r of repairs) {
        for (const tag of r.tags) {
            const other = owners.get(tag);
            if (other !== undefined && other !== r.digest) {
                throw PromoteError.notAllowed('repairs', tag, `one image per tag; ${tag} is to be pointed at ${other} and at ${r.digest}`);
            }
            owners.set(tag, r.digest);
        }
    }
    return repairs;
}
/**
 * A tag both promoted and repaired in one run would name whichever was written last: refused,
 * naming both.
 */
function checkRepairsAgainstImages(repairs, images) {
    const promoted = new Map();
    for (const image of images) {
        for (const tag of image.tags)
            promoted.set(`${image.destination}:${tag}`, image);
    }
    for (const [i, r] of repairs.entries()) {
        for (const tag of r.tags) {
            const image = promoted.get(tag);
            if (image !== undefined) {
                throw PromoteError.notAllowed(`repairs[${i}].tags`, tag, `a tag no image of \`images\` writes: ${image.label} (${image.source}) is promoted under ${tag}`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./packages/promote/src/run.ts





const IMAGES_OR_REPAIRS = "the build or extension action's `images` output (a JSON array), unless `repairs` names a repair";
async function promoteCommand(settings) {
    const repairs = settings.repairs === undefined ? [] : parseRepairs(settings.repairs);
    const onlyRepairs = repairs.length > 0;
    if (settings.images === undefined && !onlyRepairs) {
        throw PromoteError.notAllowed('images', '', IMAGES_OR_REPAIRS);
    }
    const images = settings.images === undefined
        ? []
        : promoteRequests(settings.images, {
            ...(settings.to ? { to: settings.to } : {}),
            allowEmpty: onlyRepairs,
        });
    checkRepairsAgainstImages(repairs, images);
    const verify = await parseVerification(settings.verification);
    return promoteImages({
        images,
        repairs,
        reports: settings.reports,
        requireSmoke: settings.requireSmoke,
        ...(verify ? { verify } : {}),
        dryRun: settings.dryRun,
        registry: settings.registry,
        env: settings.env,
        ...(settings.log ? { log: settings.log } : {}),
        ...(settings.verifyAttestation ? { verifyAttestation: settings.verifyAttestation } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/promote/src/index.ts












/***/ })

};
