export const id = 961;
export const ids = [961];
export const modules = {

/***/ 7961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RELEASE: () => (/* binding */ RELEASE),
  release: () => (/* binding */ release)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/config/src/index.ts + 9 modules
var src = __webpack_require__(4456);
// EXTERNAL MODULE: ./packages/operand/src/index.ts + 13 modules
var operand_src = __webpack_require__(4336);
// EXTERNAL MODULE: ./packages/apt/src/index.ts + 37 modules
var apt_src = __webpack_require__(3190);
// EXTERNAL MODULE: ./packages/bake/src/index.ts + 4 modules
var bake_src = __webpack_require__(5505);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/attest/src/index.ts + 13 modules
var attest_src = __webpack_require__(7797);
// EXTERNAL MODULE: ./packages/catalog/src/index.ts + 8 modules
var catalog_src = __webpack_require__(596);
// EXTERNAL MODULE: ./packages/matrix/src/index.ts + 8 modules
var matrix_src = __webpack_require__(4873);
// EXTERNAL MODULE: ./packages/promote/src/index.ts + 10 modules
var promote_src = __webpack_require__(190);
// EXTERNAL MODULE: ./packages/sbom/src/index.ts + 16 modules
var sbom_src = __webpack_require__(7477);
// EXTERNAL MODULE: ./packages/smoke/src/index.ts + 35 modules
var smoke_src = __webpack_require__(4841);
;// CONCATENATED MODULE: ./packages/release/src/release.ts
/**
 * The release on one machine, as the reusable workflow runs it across runners: matrix →
 * build (testing) → smoke test → SBOMs → attestations → promote → catalogs. Each step is the
 * same package call its action makes. An image that fails a step goes no further, and the
 * others go on: promote refuses a whole set when one image in it is refused, so only what
 * passed every step is handed to it. Nothing unchanged is built or promoted: the matrix drops
 * every target whose production tags all name one image with this target's fingerprint.
 */









/** The promises to test: the nearest built-in flavour of the lineage (a fork's own inherits). */
function smokeFlavour(target) {
    return [...target.lineage, target.flavour].reverse().find(smoke_src/* isFlavour */.iX);
}
const seconds = (since) => Math.round((Date.now() - since) / 100) / 10;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
async function releaseCommand(o) {
    const steps = [];
    const failed = [];
    const step = async (name, fn, note) => {
        const started = Date.now();
        const value = await fn();
        const time = { step: name, seconds: seconds(started), note: note(value) };
        steps.push(time);
        o.progress(`${name.padEnd(10)} ${time.note} (${time.seconds} s)`);
        return value;
    };
    const skip = (name, note) => {
        steps.push({ step: name, seconds: 0, note });
        o.progress(`${name.padEnd(10)} ${note}`);
    };
    const docker = { env: o.env, ...(o.homeDir ? { homeDir: o.homeDir } : {}) };
    await (0,promises_.mkdir)(o.workDir, { recursive: true });
    const matrix = await step('matrix', () => (0,matrix_src/* matrixCommand */.B_)({
        ...(o.configFile ? { configFile: o.configFile } : {}),
        overrides: o.overrides,
        skipUnchanged: true,
        force: o.force,
        // The release points a repaired target's tags at its image itself (below).
        repair: true,
        groupBy: 'target',
        bakeFile: (0,external_node_path_.join)(o.workDir, 'bake.json'),
        dockerfile: o.dockerfile,
        now: o.now,
        ...(o.cacheDir ? { cacheDir: o.cacheDir } : {}),
        ...(o.hostRoot ? { hostRoot: o.hostRoot } : {}),
        docker,
        log: o.log,
        warn: o.warn,
    }), (m) => `${plural(m.targets.length, 'target')}: ${m.kept.length} to build, ${m.skipped.length} unchanged`);
    const repairs = new Set(matrix.repairs.map((r) => r.target));
    const skipped = matrix.skipped
        .filter((s) => !repairs.has(s.target))
        .map(({ target, reason }) => ({ target, reason }));
    // Refused before building: their build could never be promoted.
    for (const r of matrix.refused)
        failed.push({ target: r.target, step: 'matrix', reason: r.reason });
    const result = {
        built: [],
        skipped,
        failed,
        repaired: [],
        promoted: [],
        catalogs: [],
        steps,
    };
    const byId = new Map(matrix.targets.map((t) => [t.id, t]));
    // A target already in production, unchanged, whose tags moved: its tags are pointed at it
    // again rather than built anew (a rebuild in the same minute would collide).
    if (matrix.repairs.length > 0) {
        await step('repair', async () => {
            for (const r of matrix.repairs) {
                try {
                    const done = await (0,promote_src/* repairTags */.Hr)(o.registry, r);
                    result.repaired.push({
                        target: r.target,
                        image: r.image,
                        tags: done.map((d) => d.tag),
                    });
                    for (const d of done) {
                        o.log(`${r.target}: ${d.tag} → ${d.digest}${d.previous ? ` (was ${d.previous})` : ''}`);
                    }
                }
                catch (error) {
                    failed.push({ target: r.target, step: 'repair', reason: error.message });
                }
            }
            return result.repaired;
        }, (done) => `the tags of ${plural(done.length, 'target')} pointed at their image again`);
    }
    let images = [];
    if (matrix.kept.length === 0) {
        skip('build', 'nothing changed');
    }
    else {
        const built = await step('build', () => (0,operand_src/* buildImages */.rd)({
            targets: matrix.kept,
            allTargets: matrix.targets,
            push: true,
            provenance: 'max',
            dockerfile: o.dockerfile,
            workDir: (0,external_node_path_.join)(o.workDir, 'build'),
            ...(o.sourceDateEpoch !== undefined ? { sourceDateEpoch: o.sourceDateEpoch } : {}),
            retries: 2,
            env: o.env,
            registry: o.registry,
            log: o.log,
            ...(o.buildProgress ? { progress: o.buildProgress } : {}),
            group: async (name, fn) => {
                o.log(`== ${name}`);
                return fn();
            },
        }), (b) => `${plural(b.images.length, 'image')} pushed to testing${b.failed.length > 0 ? `, ${b.failed.length} failed` : ''}`);
        for (const f of built.failed)
            failed.push({ target: f.target, step: 'build', reason: f.reason });
        images = built.images;
        result.built = images.map((i) => ({
            target: i.target,
            reference: i.reference,
            digest: i.digest,
            ...(i.packages ? { packages: i.packages } : {}),
        }));
    }
    const reportsDir = (0,external_node_path_.join)(o.outputDir, 'reports');
    // The reports promote's gate reads: those written here, as they are.
    const reports = [];
    if (images.length === 0) {
        skip('smoke-test', 'no image');
    }
    else {
        images = await step('smoke-test', async () => {
            const passed = [];
            for (const image of images) {
                const target = byId.get(image.target);
                const flavour = target ? smokeFlavour(target) : undefined;
                const reportFile = (0,external_node_path_.join)(reportsDir, `${image.target}.json`);
                const smoke = await (0,smoke_src/* smokeCommand */.bU)({
                    image: image.reference,
                    ...(flavour ? { flavour } : {}),
                    extensions: [],
                    mode: 'container',
                    cnpgVersion: smoke_src/* DEFAULT_CNPG_VERSION */.mw,
                    kindNodeImage: smoke_src/* DEFAULT_KIND_NODE_IMAGE */.i4,
                    timeoutMs: o.smokeTimeoutMs,
                    reportFile,
                    workDir: o.workDir,
                    docker,
                    log: o.log,
                });
                reports.push({ file: reportFile, report: smoke.report });
                if (smoke.passed)
                    passed.push(image);
                else {
                    failed.push({
                        target: image.target,
                        step: 'smoke-test',
                        reason: smoke.failure ?? 'a check failed',
                    });
                }
            }
            return passed;
        }, (passed) => `${passed.length} of ${plural(images.length, 'image')} passed`);
    }
    if (images.length === 0) {
        skip('sbom', 'no image');
    }
    else {
        await step('sbom', async () => {
            for (const image of images) {
                await (0,sbom_src/* sbomCommand */.Vk)({
                    image: image.reference,
                    formats: sbom_src/* SBOM_FORMATS */.zu,
                    outputDir: (0,external_node_path_.join)(o.outputDir, 'sbom', image.target),
                    attach: true,
                    registry: o.registry,
                    log: o.log,
                    warn: o.warn,
                });
            }
        }, () => `SPDX and CycloneDX of ${plural(images.length, 'image')}, attached`);
    }
    let publicKey;
    if (images.length === 0) {
        skip('attest', 'no image');
    }
    else if (!o.cosign) {
        o.warn('no cosign key (--cosign-key): the images are promoted without a signed provenance, and promote verifies none');
        skip('attest', 'no key: not signed');
    }
    else {
        const key = o.cosign;
        const attested = await step('attest', () => (0,attest_src/* attestCommand */.dc)({
            subjects: (0,attest_src/* subjectsOf */.Z6)(images),
            kind: 'provenance',
            provenance: {
                context: o.run,
                targets: matrix.targets,
                builderVersion: { pgforge: o.version },
            },
            signing: {
                method: 'cosign-key',
                key: { path: key.keyFile },
                ...(key.password !== undefined ? { password: key.password } : {}),
                env: o.env,
            },
            push: true,
            outputDir: (0,external_node_path_.join)(o.outputDir, 'attestations'),
            workDir: (0,external_node_path_.join)(o.workDir, 'attest'),
            registry: o.registry,
            log: o.log,
        }), (a) => `SLSA provenance of ${plural(a.attestations.length, 'image')}, signed with the key`);
        publicKey = attested.publicKey;
    }
    if (images.length === 0) {
        skip('promote', 'no image');
    }
    else {
        const promoted = await step('promote', () => (0,promote_src/* promoteCommand */.OO)({
            images,
            reports,
            requireSmoke: true,
            verification: publicKey
                ? { verify: 'cosign-key', cosignPublicKey: publicKey, workDir: o.workDir }
                : { verify: 'none', workDir: o.workDir },
            dryRun: false,
            registry: o.registry,
            env: o.env,
            log: o.log,
        }), (p) => {
            const tags = p.promoted.reduce((n, i) => n + i.changes.filter((c) => c.change === 'written' || c.change === 'moved').length, 0);
            return `${plural(p.promoted.length, 'image')} to production, ${plural(tags, 'tag')} written`;
        });
        const targetOf = new Map(images.map((i) => [i.reference, i.target]));
        result.promoted = promoted.promoted.map((p) => ({
            target: targetOf.get(p.source) ?? p.label,
            reference: p.destination,
            tags: p.tags,
        }));
    }
    // The catalogs say what production holds now, so they are written on every run; with
    // nothing promoted yet (every image failed) there is nothing to list, which is no new error.
    const catalogs = await step('catalog', () => (0,catalog_src/* catalogCommand */.XZ)({
        ...(o.configFile ? { configFile: o.configFile } : {}),
        overrides: o.overrides,
        kind: 'ClusterImageCatalog',
        previews: false,
        outputDir: (0,external_node_path_.join)(o.outputDir, 'catalogs'),
        now: o.now,
        registry: o.registry,
        log: o.log,
        warn: o.warn,
        ...(o.cosign
            ? {
                cosignKey: o.cosign.keyFile,
                ...(o.cosign.password !== undefined ? { cosignPassword: o.cosign.password } : {}),
            }
            : {}),
        workDir: (0,external_node_path_.join)(o.workDir, 'catalog'),
        env: o.env,
    }).catch((error) => {
        // A bad option (one with a field) is a mistake whatever failed before.
        if (error instanceof catalog_src/* CatalogError */.G$ && error.field === undefined && failed.length > 0) {
            o.warn(error.message);
            return undefined;
        }
        throw error;
    }), (c) => c === undefined
        ? 'nothing in production to list'
        : `${plural(c.catalogs.length, 'catalog')} of production${c.empty.length > 0 ? ` (none yet for ${c.empty.join(', ')})` : ''}`);
    result.catalogs = catalogs?.files ?? [];
    return result;
}

// EXTERNAL MODULE: ./packages/summary/src/index.ts + 4 modules
var summary_src = __webpack_require__(7755);
;// CONCATENATED MODULE: ./packages/release/src/table.ts
/** The final table of a release: one row per target, what became of it. */

const table_short = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
const tagsOf = (references) => references.map((t) => t.slice(t.lastIndexOf(':') + 1)).join(', ');
function releaseDocument(result) {
    const rows = [];
    const promoted = new Map(result.promoted.map((p) => [p.target, p]));
    const failed = new Map(result.failed.map((f) => [f.target, f]));
    for (const image of result.built) {
        const p = promoted.get(image.target);
        const f = failed.get(image.target);
        rows.push([
            image.target,
            p ? 'promoted' : f ? `failed: ${f.step}` : 'built',
            table_short(image.digest),
            image.packages ? `${image.packages.total} (${image.packages.fromSecurity})` : '',
            image.packages?.notes?.since ? String(image.packages.notes.packages.length) : 'new',
            p ? tagsOf(p.tags) : '',
        ]);
    }
    for (const f of result.failed) {
        if (f.target !== undefined && !result.built.some((b) => b.target === f.target)) {
            rows.push([f.target, `failed: ${f.step}`, '', '', '', '']);
        }
    }
    for (const r of result.repaired) {
        rows.push([
            r.target,
            'repaired',
            table_short(r.image.slice(r.image.indexOf('@') + 1)),
            '',
            '',
            tagsOf(r.tags),
        ]);
    }
    for (const s of result.skipped)
        rows.push([s.target, 'unchanged', '', '', '', '']);
    const document = [
        (0,summary_src/* table */.tp)(['target', 'result', 'digest', 'packages (security)', 'changed', 'production tags'], rows),
    ];
    if (result.failed.length > 0) {
        document.push((0,summary_src/* heading */.R_)(3, 'Failed'), (0,summary_src/* list */.p_)(result.failed.map((f) => `${f.target ?? f.step}: ${f.step}: ${f.reason}`)));
    }
    if (result.catalogs.length > 0) {
        document.push((0,summary_src/* paragraph */.FY)(`catalogs: ${result.catalogs.join(', ')}`));
    }
    const total = result.steps.reduce((n, s) => n + s.seconds, 0);
    document.push((0,summary_src/* paragraph */.FY)(`steps: ${result.steps.map((s) => `${s.step} ${s.seconds} s`).join(', ')}; ${Math.round(total * 10) / 10} s in all`));
    return document;
}
/** The release's table as plain text, without colour. */
const releaseTable = (result) => renderText(releaseDocument(result), { color: false });

;// CONCATENATED MODULE: ./packages/release/src/index.ts




// EXTERNAL MODULE: ./packages/cli/src/args.ts + 2 modules
var args = __webpack_require__(9147);
// EXTERNAL MODULE: ./packages/cli/src/build-progress.ts
var build_progress = __webpack_require__(820);
// EXTERNAL MODULE: ./packages/cli/src/local-run.ts
var local_run = __webpack_require__(2353);
// EXTERNAL MODULE: ./packages/cli/src/output.ts
var output = __webpack_require__(7101);
// EXTERNAL MODULE: ./packages/cli/src/overrides.ts
var overrides = __webpack_require__(2683);
// EXTERNAL MODULE: ./packages/cli/src/version.ts + 1 modules
var version = __webpack_require__(7142);
;// CONCATENATED MODULE: ./packages/cli/src/commands/release.ts
















const RELEASE = {
    name: 'release',
    summary: 'the whole chain here: matrix, build, smoke-test, sbom, attest, promote, catalog',
    flags: [
        {
            name: 'config',
            type: 'string',
            value: 'FILE',
            description: 'the configuration file; its registry is where images go',
            default: src/* DEFAULT_CONFIG_FILE */.Cu,
        },
        ...(0,overrides/* overrideFlags */.n)('only these flavours'),
        {
            name: 'force',
            type: 'boolean',
            description: 'build every target, changed or not',
            default: 'false',
        },
        {
            name: 'timestamp',
            type: 'string',
            value: 'TIME',
            description: "the run's time (the immutable tags' minute), RFC 3339",
            defaultText: 'now',
        },
        {
            name: 'cosign-key',
            type: 'string',
            value: 'FILE',
            description: 'sign provenance and catalogs with this key (password in COSIGN_PASSWORD), and have promote verify it',
            defaultText: 'none: a warning, and no attestation',
        },
        {
            name: 'output-dir',
            type: 'string',
            value: 'DIR',
            description: 'where reports/, sbom/, attestations/ and catalogs/ go',
            default: 'pgforge-release',
        },
        {
            name: 'timeout',
            type: 'string',
            value: 'DURATION',
            description: 'the budget of each smoke-test level',
            default: '10m',
        },
        {
            name: 'source-date-epoch',
            type: 'string',
            value: 'SECS',
            description: 'reproducible timestamps',
            defaultText: 'the commit time of HEAD',
        },
        {
            name: 'work-dir',
            type: 'string',
            value: 'DIR',
            description: 'bake files, build metadata, unpacked images',
            defaultText: 'a temporary directory',
        },
        {
            name: 'verbose',
            type: 'boolean',
            description: "print every step's own output (BuildKit's, the smoke test's) as well",
            default: 'false',
        },
        (0,output/* summaryFlag */.B6)('the table of targets (the default, as text)'),
        (0,output/* jsonFlag */.hG)('built, skipped, failed, promoted, catalogs, steps (default: a table)'),
    ],
};
async function release(values, context) {
    (0,output/* oneOutput */.wW)(values);
    const timeoutMs = (0,smoke_src/* parseDuration */.E9)(values.timeout);
    if (timeoutMs === undefined) {
        throw new args/* UsageError */.eb(`--timeout: ${JSON.stringify(values.timeout)} is not allowed; expected a duration such as 90s, 10m or 1h`);
    }
    const key = values['cosign-key'];
    if (key !== undefined && !(0,external_node_fs_.existsSync)(key)) {
        throw new args/* InputFileError */.TH(`--cosign-key: file not found: ${key}`);
    }
    const env = { ...process.env };
    const now = (0,args/* time */.kB)('timestamp', values.timestamp);
    const epoch = (0,args/* integer */.nd)('source-date-epoch', values['source-date-epoch']) ??
        (await (0,operand_src/* commitTime */.bX)(process.cwd(), env));
    const stderr = (m) => void process.stderr.write(`${m}\n`);
    const result = await releaseCommand({
        // The default file may be absent (defaults apply); a file someone named must exist.
        configFile: (0,src/* namedConfigFile */.Yq)(values.config),
        overrides: (0,overrides/* configOverrides */.G)(values),
        force: values.force,
        now,
        dockerfile: (0,bake_src/* projectDockerfile */.UH)(),
        outputDir: (0,external_node_path_.resolve)(values['output-dir']),
        workDir: values['work-dir'] ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `pgforge-release-${process.pid}`),
        cacheDir: (0,apt_src/* defaultCacheDir */.$g)(env, (0,external_node_os_.homedir)()),
        hostRoot: (0,apt_src/* hostAptRoot */.uV)(env),
        ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
        ...(key !== undefined
            ? {
                cosign: {
                    keyFile: key,
                    ...(env.COSIGN_PASSWORD !== undefined ? { password: env.COSIGN_PASSWORD } : {}),
                },
            }
            : {}),
        run: await (0,local_run/* localRun */.p)(context.argv, process.cwd(), env),
        version: version/* VERSION */.x,
        smokeTimeoutMs: timeoutMs,
        registry: (0,oci_src/* registryClientFromEnvironment */.oC)({ env }),
        env,
        homeDir: (0,external_node_os_.homedir)(),
        progress: (m) => stderr(`pgforge release: ${m}`),
        // Plain lines: the build takes minutes, and a redrawn line would mix with the other steps'.
        buildProgress: (e) => stderr(`pgforge release: build      ${(0,build_progress/* progressLine */.oz)(e)}`),
        // The steps' own output stays out of the way unless asked for; failures carry their reasons.
        log: values.verbose ? stderr : () => undefined,
        warn: (m) => stderr(`warning: ${m}`),
    });
    if (values.json)
        (0,output/* printJson */.Q2)(result);
    else
        (0,output/* printSummary */.ot)(releaseDocument(result), values.summary ?? 'text');
    return result.failed.length > 0 ? 1 : 0;
}


/***/ }),

/***/ 2353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ localRun)
/* harmony export */ });
/* unused harmony export recordedCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pgforge_attest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7797);
/* harmony import */ var _pgforge_exec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6684);
/**
 * The run a provenance made on this machine describes: host, command, a fresh id, and the git
 * checkout the command runs in (the configuration's source), when there is one.
 */




async function git(directory, args, env) {
    const r = await (0,_pgforge_exec__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0)('git', ['-C', directory, ...args], { env }).catch(() => undefined);
    return r?.code === 0 ? r.stdout.trim() : '';
}
/** Flags whose values are never recorded (a key may be given as its PEM text). */
const SECRET_FLAGS = ['cosign-key', 'cosign-password'];
/** The command line as typed, with secret values replaced by `***`. */
function recordedCommand(argv) {
    const shown = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        const secret = SECRET_FLAGS.find((f) => arg === `--${f}` || arg.startsWith(`--${f}=`));
        if (secret === undefined) {
            shown.push(arg);
        }
        else if (arg.includes('=')) {
            shown.push(`--${secret}=***`);
        }
        else {
            shown.push(arg, '***');
            i++;
        }
    }
    return (0,_pgforge_exec__WEBPACK_IMPORTED_MODULE_3__/* .commandLine */ .ay)('pgforge', shown);
}
async function localRun(argv, directory, env) {
    const [commit, remote] = await Promise.all([
        git(directory, ['rev-parse', 'HEAD'], env),
        git(directory, ['config', '--get', 'remote.origin.url'], env),
    ]);
    const top = remote === '' && commit !== ''
        ? await git(directory, ['rev-parse', '--show-toplevel'], env)
        : '';
    const uri = remote !== '' ? (0,_pgforge_attest__WEBPACK_IMPORTED_MODULE_2__/* .gitSourceUri */ .O8)(remote) : top !== '' ? (0,_pgforge_attest__WEBPACK_IMPORTED_MODULE_2__/* .gitSourceUri */ .O8)(top) : undefined;
    return {
        kind: 'local',
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(),
        command: recordedCommand(argv),
        invocationId: `urn:uuid:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
        ...(commit !== '' && uri !== undefined ? { source: { uri, commit } } : {}),
    };
}


/***/ })

};
