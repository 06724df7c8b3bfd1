export const id = 222;
export const ids = [222];
export const modules = {

/***/ 4841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mw: () => (/* reexport */ DEFAULT_CNPG_VERSION),
  i4: () => (/* reexport */ DEFAULT_KIND_NODE_IMAGE),
  N$: () => (/* reexport */ FLAVOURS),
  FN: () => (/* reexport */ MODES),
  Dn: () => (/* reexport */ cnpgManifestUrl),
  iX: () => (/* reexport */ isFlavour),
  E9: () => (/* reexport */ parseDuration),
  Z7: () => (/* reexport */ parseExtensionEntries),
  bU: () => (/* reexport */ smokeCommand),
  ad: () => (/* reexport */ summaryDocument)
});

// UNUSED EXPORTS: APP_DATABASE, CNPG_API_VERSION, CNPG_BINARIES, CNPG_MANIFEST_SHA256, CheckFailure, Checks, CnpgManifestError, CnpgVersionError, DEFAULT_LOCAL_REGISTRY, Deadline, EXTENSIONS_BASE_DIRECTORY, ExtensionChoiceError, ExtensionEntriesError, FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH, FLAVOUR_EXPECTATIONS, OS_ANNOTATION, PG_MAJOR_ANNOTATION, POSTGRES_UID, REGISTRY_IMAGE, SQL_VERSION_ANNOTATION, ToolNotFoundError, UnpackError, chooseExtensionEntry, clusterManifest, commandLine, confLine, containerName, controlDirectories, countLine, databaseManifest, describeCandidate, describeFailure, describeOperand, distributionNames, downloadCnpgManifest, expandEnvValue, failedChecks, failureMessage, flavourOfReference, groupByName, instanceSettings, isRuntimeHiccup, kindClusterConfig, lastLines, localImage, majorOfReference, mountPath, operandIdentity, parseOsRelease, parseServerVersion, pinImage, planExtension, probeOperand, processRunner, registryHostsToml, resolveExpectations, retryingRuntimeHiccups, runContainerLevel, runKindLevel, seconds, serverPreloadLibraries, sqlFailure, summariseCandidate, summaryMarkdown, toYaml, unmountedRequirements, unpackImage

;// CONCATENATED MODULE: ./packages/smoke/src/types.ts
const MODES = ['container', 'kind', 'all'];

;// CONCATENATED MODULE: ./packages/smoke/src/checks.ts
/** A check that did not hold: the message says what was expected and what was found. */
class CheckFailure extends Error {
    log;
    constructor(message, 
    /** Server log or command output that shows why. */
    log) {
        super(message);
        this.log = log;
        this.name = 'CheckFailure';
    }
}
function isOutcome(value) {
    return typeof value === 'object' && value !== null && ('detail' in value || 'notes' in value);
}
/** The time left of a level's budget (the `timeout` input), for every command it runs. */
class Deadline {
    budgetMs;
    now;
    #end;
    constructor(budgetMs, now = Date.now) {
        this.budgetMs = budgetMs;
        this.now = now;
        this.#end = now() + budgetMs;
    }
    /** Milliseconds left, never below one second (a command needs a chance to start). */
    remainingMs() {
        return Math.max(1_000, this.#end - this.now());
    }
    /** Whole seconds left, for `--timeout=<n>s` and `pg_ctl -t`. */
    remainingSeconds() {
        return Math.max(1, Math.floor(this.remainingMs() / 1000));
    }
    expired() {
        return this.now() >= this.#end;
    }
}
class Checks {
    level;
    log;
    now;
    results = [];
    constructor(level, log = { info: () => undefined }, now = Date.now) {
        this.level = level;
        this.log = log;
        this.now = now;
    }
    /**
     * Runs one check. It passes when `fn` returns (a string it returns is the detail, a
     * CheckOutcome the detail and notes) and fails
     * when `fn` throws: a CheckFailure carries the message people read, anything else its message.
     */
    async run(name, fn, options = {}) {
        const started = this.now();
        try {
            const returned = await fn();
            const outcome = isOutcome(returned)
                ? returned
                : typeof returned === 'string'
                    ? { detail: returned }
                    : {};
            this.push({
                name,
                status: 'passed',
                durationMs: this.now() - started,
                detail: outcome.detail,
                ...(outcome.notes?.length ? { notes: outcome.notes } : {}),
            });
            return true;
        }
        catch (error) {
            const durationMs = this.now() - started;
            const message = error instanceof Error ? error.message : String(error);
            let log = error instanceof CheckFailure ? error.log : undefined;
            if (options.onFailure) {
                const extra = await options.onFailure().catch(() => undefined);
                if (extra)
                    log = log ? `${log}\n${extra}` : extra;
            }
            this.push({ name, status: 'failed', durationMs, error: message, log });
            return false;
        }
    }
    /** A check that could not run because an earlier one failed. */
    skip(name, reason) {
        this.push({ name, status: 'skipped', durationMs: 0, error: reason });
    }
    get failed() {
        return this.results.some((r) => r.status === 'failed');
    }
    push(result) {
        const { detail, error, log, ...rest } = result;
        const full = {
            level: this.level,
            ...rest,
            ...(detail ? { detail } : {}),
            ...(error ? { error } : {}),
            ...(log ? { log } : {}),
        };
        this.results.push(full);
        const seconds = (full.durationMs / 1000).toFixed(2);
        const what = full.status === 'passed' ? (full.detail ?? '') : (full.error ?? '');
        this.log.info(`[${this.level}] ${full.status.padEnd(7)} ${full.name} (${seconds} s)${what ? `: ${what.split('\n')[0]}` : ''}`);
        for (const note of full.notes ?? [])
            this.log.info(`[${this.level}]   note: ${note}`);
    }
}
/**
 * PostgreSQL's own words for a failed psql run: its ERROR (or FATAL) line as the message, the
 * rest (DETAIL, HINT, CONTEXT) as the log. Undefined when psql said no such thing.
 */
function sqlFailure(stderr) {
    const lines = stderr.trim().split('\n');
    const at = lines.findIndex((l) => /^(ERROR|FATAL|PANIC):|^psql: error:/.test(l));
    if (at === -1)
        return undefined;
    const rest = lines.filter((_, i) => i !== at).join('\n');
    return new CheckFailure((lines[at] ?? '').replace(/:\s+/, ': '), rest || undefined);
}

// EXTERNAL MODULE: ./packages/exec/src/index.ts + 2 modules
var src = __webpack_require__(6684);
;// CONCATENATED MODULE: ./packages/smoke/src/runner.ts
/**
 * The one way the smoke tests run tools (docker, kind, kubectl): a small interface, so that the
 * kind level, which cannot run here, is tested with a runner that records the commands.
 */

/** A tool the smoke tests need is not installed. */
class ToolNotFoundError extends Error {
    tool;
    hint;
    constructor(tool, hint) {
        super(`${tool} is not on PATH; ${hint}`);
        this.tool = tool;
        this.hint = hint;
        this.name = 'ToolNotFoundError';
    }
}
const HINTS = {
    docker: 'install Docker (with buildx); GitHub-hosted Linux runners have it',
    kind: 'install kind (https://kind.sigs.k8s.io/docs/user/quick-start/#installation)',
    kubectl: 'install kubectl (https://kubernetes.io/docs/tasks/tools/)',
};
/** Runs commands as child processes (no shell) with the given environment. */
function processRunner(env) {
    return {
        async run(command, args, options = {}) {
            try {
                const result = await (0,src/* exec */.m0)(command, args, {
                    ...(env ? { env } : {}),
                    ...(options.input !== undefined ? { input: options.input } : {}),
                    ...(options.timeoutMs !== undefined ? { timeoutMs: Math.max(1, options.timeoutMs) } : {}),
                });
                return {
                    code: result.code,
                    stdout: result.stdout,
                    stderr: result.stderr,
                    timedOut: result.timedOut,
                };
            }
            catch (error) {
                if (error instanceof src/* ExecError */.cI && /not on PATH/.test(error.reason)) {
                    throw new ToolNotFoundError(command, HINTS[command] ?? `install ${command}`);
                }
                throw error;
            }
        },
    };
}

/*
 * What runc and containerd print when they could not start a container's process at all: the
 * init pipe reset under load, the shim gone. runc's own issues show it happening now and then on
 * busy machines. Nothing of the image ran, so running the command once more cannot hide a fault
 * of the image; a missing executable ("executable file not found") is not among these.
 */
// Anchored to the start of docker's own error line, so that what the image's process printed
// cannot match.
const RUNTIME_HICCUP = /^(?:docker: )?(?:Error response from daemon: )?(?:failed to create task for container: )?(?:OCI runtime (?:create|exec|start) failed|failed to create shim task)[^\n]*(?:read init-p|connection reset by peer|ttrpc: closed|broken pipe)/im;
/** Whether a failed `docker run`/`docker exec` never started its process (see above). */
function isRuntimeHiccup(command, args, result) {
    if (command !== 'docker' || result.code === 0 || result.timedOut)
        return false;
    if (args[0] !== 'run' && args[0] !== 'exec')
        return false;
    return RUNTIME_HICCUP.test(result.stderr);
}
/** The `--name` of a `docker run`, if it has one. */
function containerName(args) {
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--name')
            return args[i + 1];
        if (arg?.startsWith('--name='))
            return arg.slice('--name='.length);
    }
    return undefined;
}
/**
 * A runner that runs a `docker run`/`docker exec` once more when the container runtime failed
 * to start its process, saying so through `log`. A named container that `docker run` left
 * behind in the `created` state is removed first, or the second run would clash with it.
 */
function retryingRuntimeHiccups(runner, log) {
    return {
        async run(command, args, options = {}) {
            const started = Date.now();
            const first = await runner.run(command, args, options);
            if (!isRuntimeHiccup(command, args, first))
                return first;
            const why = lastLines(first.stderr, 1).trim();
            log(`\`docker ${args[0]}\` could not start its process (${why}); running it once more`);
            // The second try gets what is left of the first's time, not the whole of it again.
            const left = () => options.timeoutMs === undefined
                ? undefined
                : Math.max(1, options.timeoutMs - (Date.now() - started));
            const name = args[0] === 'run' ? containerName(args) : undefined;
            if (name !== undefined) {
                await runner.run('docker', ['rm', '--force', name], { timeoutMs: left() ?? 30_000 });
            }
            const timeoutMs = left();
            return runner.run(command, args, {
                ...options,
                ...(timeoutMs !== undefined ? { timeoutMs } : {}),
            });
        },
    };
}
/** The last `count` lines of a text, for messages. */
function lastLines(text, count) {
    const lines = text.trimEnd().split('\n');
    return lines.slice(-count).join('\n');
}
/** Why a command did not succeed, in one line plus its last output. */
function describeFailure(command, args, result, timeoutMs) {
    const how = result.timedOut
        ? `timed out after ${Math.round((timeoutMs ?? 0) / 1000)} s`
        : result.code === null
            ? 'was ended by a signal'
            : `exited with ${result.code}`;
    const output = lastLines(`${result.stderr}\n${result.stdout}`.trim(), 15);
    return `\`${(0,src/* commandLine */.ay)(command, args)}\` ${how}${output ? `:\n${output}` : ''}`;
}

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
;// CONCATENATED MODULE: ./packages/smoke/src/flavours.ts
/**
 * What each flavour promises, as checks can test it. @pgforge/config's default flavours list
 * Debian packages (`postgresql-{major}-pgvector`), not the extensions or locales they bring, so
 * the promises are kept here, in one table.
 */

const FLAVOURS = ['minimal', 'standard', 'full'];
const minimal = {
    extensions: [],
    // glibc's built-in C.UTF-8; en_US.UTF-8 needs locales-all, which minimal leaves out.
    locales: ['C.UTF-8'],
    preloadLibraries: [],
};
const standard = {
    extensions: ['vector', 'pgaudit'],
    locales: ['C.UTF-8', 'en_US.UTF-8'],
    // pgaudit refuses CREATE EXTENSION unless preloaded; pg_failover_slots is a module only,
    // so loading it at start is its whole check.
    preloadLibraries: ['pgaudit', 'pg_failover_slots'],
};
const full = {
    extensions: [...standard.extensions, 'postgis'],
    locales: standard.locales,
    preloadLibraries: standard.preloadLibraries,
};
const FLAVOUR_EXPECTATIONS = {
    minimal,
    standard,
    full,
};
function isFlavour(value) {
    return FLAVOURS.includes(value);
}
/** The flavour a tag names, CNPG's way (`17.6-202611211015-standard-trixie`), if any. */
function flavourOfReference(reference) {
    const tag = (0,oci_src/* parseReference */.F2)(reference).tag;
    if (!tag)
        return undefined;
    const words = tag.split('-');
    return FLAVOURS.find((f) => words.includes(f));
}
/** The PostgreSQL major a tag starts with (`17`, `17.6-…`, `18-minimal-trixie`), if any. */
function majorOfReference(reference) {
    const tag = (0,oci_src/* parseReference */.F2)(reference).tag;
    const m = tag ? /^(\d+)(?:[.-]|$)/.exec(tag) : null;
    return m ? Number(m[1]) : undefined;
}
/**
 * The flavour given, else the one the tag names, else none (the server alone); explicit lists
 * override the flavour's. plpgsql is in every server and never needs listing.
 */
function resolveExpectations(inputs) {
    const fromTag = flavourOfReference(inputs.image);
    const flavour = inputs.flavour ?? fromTag;
    const source = inputs.flavour ? 'input' : fromTag ? 'tag' : 'none';
    const base = flavour ? FLAVOUR_EXPECTATIONS[flavour] : minimal;
    const unique = (xs) => [...new Set(xs)];
    return {
        expectations: {
            extensions: unique((inputs.extensions ?? base.extensions).filter((e) => e !== 'plpgsql')),
            locales: unique(inputs.locales ?? base.locales),
            preloadLibraries: unique(inputs.preloadLibraries ?? base.preloadLibraries),
        },
        ...(flavour ? { flavour } : {}),
        flavourSource: source,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/errors/src/index.ts + 1 modules
var errors_src = __webpack_require__(7405);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/smoke/src/extensions.ts
/**
 * CNPG's `.spec.postgresql.extensions` entries (what the extension action emits as
 * `cluster-extensions`), and the settings CNPG derives from them for the instance.
 *
 * The derivation follows the operator's own code (cloudnative-pg, 1.27 and later):
 * - pkg/postgres/configuration.go, setExtensionControlPath / setDynamicLibraryPath:
 *   `extension_control_path = $system:` then, per entry in order, `/extensions/<name>/<dir>` for
 *   each `extension_control_path` item (default `share`); `dynamic_library_path = $libdir:` then
 *   `/extensions/<name>/<dir>` per `dynamic_library_path` item (default `lib`); joined with `:`.
 * - pkg/.../extensions CollectLibraryPaths / CollectBinPaths: `LD_LIBRARY_PATH` is
 *   `/extensions/<name>/<dir>` for every `ld_library_path` item of every entry, joined with `:`
 *   and appended to the instance manager's own; `bin_path` items are added to `PATH` likewise.
 * - The Cluster CRD's `env` items: set in the PostgreSQL process, `${image_root}` expanding to
 *   `/extensions/<name>` and `$${` standing for a literal `${`; other placeholders are refused.
 * Paths are joined as Go's filepath.Join does, so `/lib`, `./lib` and `lib` are the same.
 */



const EXTENSIONS_BASE_DIRECTORY = '/extensions';
/** The `extensions` input is not a list of entries CNPG accepts. */
class ExtensionEntriesError extends errors_src/* UserError */.y {
    problems;
    source;
    constructor(problems, source = 'extensions') {
        super(`${source}: ${problems.join('; ')}`);
        this.problems = problems;
        this.source = source;
        this.name = 'ExtensionEntriesError';
    }
}
// The Cluster CRD's patterns (postgresql.cnpg.io_clusters.yaml, ExtensionConfiguration).
const NAME = /^[a-z0-9]([-a-z0-9_]*[a-z0-9])?$/;
const ENV_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const LIST_FIELDS = [
    'extension_control_path',
    'dynamic_library_path',
    'ld_library_path',
    'bin_path',
];
const KNOWN = new Set(['name', 'image', 'env', ...LIST_FIELDS]);
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function entryLabel(index, raw) {
    const name = isRecord(raw) && typeof raw.name === 'string' ? ` (${raw.name})` : '';
    return `entry ${index + 1}${name}`;
}
function checkEntry(raw, index, problems) {
    const at = entryLabel(index, raw);
    if (!isRecord(raw)) {
        problems.push(`${at} is ${JSON.stringify(raw)}; expected a mapping with name and image`);
        return undefined;
    }
    const before = problems.length;
    for (const key of Object.keys(raw)) {
        if (!KNOWN.has(key)) {
            problems.push(`${at}: unknown field "${key}"; allowed: ${[...KNOWN].join(', ')}`);
        }
    }
    const { name, image } = raw;
    if (typeof name !== 'string' || !NAME.test(name) || name.length > 59) {
        problems.push(`${at}: name ${JSON.stringify(name)} must be lowercase letters, digits, "-" or "_", ` +
            'start and end with a letter or digit, at most 59 characters');
    }
    if (!isRecord(image) || typeof image.reference !== 'string' || image.reference === '') {
        problems.push(`${at}: image.reference is missing; it names the extension image to mount`);
    }
    else if (image.pullPolicy !== undefined && typeof image.pullPolicy !== 'string') {
        problems.push(`${at}: image.pullPolicy must be a string`);
    }
    for (const field of LIST_FIELDS) {
        const value = raw[field];
        if (value === undefined)
            continue;
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
            problems.push(`${at}: ${field} must be a list of non-empty paths`);
        }
        else if (new Set(value).size !== value.length) {
            problems.push(`${at}: ${field} lists a path twice`);
        }
    }
    if (raw.env !== undefined) {
        if (!Array.isArray(raw.env))
            problems.push(`${at}: env must be a list of {name, value}`);
        else {
            for (const v of raw.env) {
                if (!isRecord(v) || typeof v.name !== 'string' || !ENV_NAME.test(v.name)) {
                    problems.push(`${at}: env item ${JSON.stringify(v)} needs a name like LD_PRELOAD`);
                }
                else if (typeof v.value !== 'string' || v.value === '') {
                    problems.push(`${at}: env ${v.name} needs a non-empty value`);
                }
            }
        }
    }
    return problems.length === before ? raw : undefined;
}
/**
 * Parses the YAML (or JSON) list of entries. Empty text is no entries. Several entries may share
 * a name: the extension action emits one per image (PostgreSQL major × distribution), and the
 * smoke test mounts the one for the operand (extension-choice.ts). Different names must stay
 * different after CNPG turns `_` into `-` for the volume name.
 */
function parseExtensionEntries(text, source = 'extensions') {
    if (text.trim() === '')
        return [];
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new ExtensionEntriesError([`not YAML: ${error.message.split('\n')[0]}`], source);
    }
    if (doc === null || doc === undefined)
        return [];
    if (!Array.isArray(doc)) {
        throw new ExtensionEntriesError(['expected a YAML list of .spec.postgresql.extensions entries (- name: …, image: …)'], source);
    }
    const problems = [];
    const entries = doc
        .map((raw, i) => checkEntry(raw, i, problems))
        .filter((e) => e !== undefined);
    const volumes = new Map();
    for (const e of entries) {
        const volume = e.name.replaceAll('_', '-');
        const other = volumes.get(volume);
        if (other !== undefined && other !== e.name) {
            problems.push(`names "${other}" and "${e.name}" give the same volume name "${volume}"; each must be unique`);
        }
        if (other === undefined)
            volumes.set(volume, e.name);
    }
    if (problems.length > 0)
        throw new ExtensionEntriesError(problems, source);
    return entries;
}
/** Where CNPG mounts an entry's image. */
function mountPath(entry) {
    return goJoin(EXTENSIONS_BASE_DIRECTORY, entry.name);
}
/** Go's filepath.Join: joined, cleaned, without a trailing slash. */
function goJoin(...parts) {
    return external_node_path_.posix.join(...parts).replace(/(.)\/+$/, '$1');
}
const under = (entry, dir) => goJoin(EXTENSIONS_BASE_DIRECTORY, entry.name, dir);
/** Expands `${image_root}` and `$${…}` in an env value, as the operator does. */
function expandEnvValue(entry, name, value) {
    return value.replace(/\$(\$)?\{([^}]*)\}/g, (whole, escaped, key) => {
        if (escaped)
            return whole.slice(1);
        if (key === 'image_root')
            return mountPath(entry);
        throw new ExtensionEntriesError([
            `entry ${entry.name}: env ${name} uses the placeholder \${${key}}; only \${image_root} is ` +
                'known (write $${…} for a literal ${…})',
        ]);
    });
}
/** The settings CNPG gives an instance for these entries. */
function instanceSettings(entries) {
    const controls = entries.flatMap((e) => (e.extension_control_path?.length ? e.extension_control_path : ['share']).map((d) => under(e, d)));
    const libraries = entries.flatMap((e) => (e.dynamic_library_path?.length ? e.dynamic_library_path : ['lib']).map((d) => under(e, d)));
    return {
        extensionControlPath: ['$system', ...controls].join(':'),
        dynamicLibraryPath: ['$libdir', ...libraries].join(':'),
        ldLibraryPath: entries.flatMap((e) => (e.ld_library_path ?? []).map((d) => under(e, d))),
        binPath: entries.flatMap((e) => (e.bin_path ?? []).map((d) => under(e, d))),
        env: entries.flatMap((e) => (e.env ?? []).map((v) => ({ name: v.name, value: expandEnvValue(e, v.name, v.value) }))),
    };
}
/** The directories (inside the image) whose `extension/` holds the entry's control files. */
function controlDirectories(entry) {
    return (entry.extension_control_path?.length ? entry.extension_control_path : ['share']).map((d) => external_node_path_.posix.join(d, 'extension'));
}
/** A `postgresql.conf` line; values are single-quoted with `'` doubled, as CNPG writes them. */
function confLine(name, value) {
    // postgresql.conf reads backslash escapes in quoted values, and a line break ends a setting:
    // a value from an image's annotations must stay the one value it is.
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value)) {
        throw new Error(`${name}: ${JSON.stringify(value)} holds a control character; a setting is one line`);
    }
    return `${name} = '${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

// EXTERNAL MODULE: ./packages/targets/src/index.ts + 11 modules
var targets_src = __webpack_require__(4804);
;// CONCATENATED MODULE: ./packages/smoke/src/extension-plan.ts
/**
 * What to check of each extension image: which extensions its control files declare (and so
 * which `CREATE EXTENSION` to run), and the SQL version its annotation promises.
 */



/** CNPG's extension images state the SQL version `CREATE EXTENSION` gives under this key. */
const SQL_VERSION_ANNOTATION = targets_src/* CNPG_ANNOTATIONS */.SM.sqlVersion;
/**
 * shared_preload_libraries of a server started with these images mounted: the flavour's, then
 * what each image says it needs (pgaudit, pg_cron), each once, as a Cluster would be started.
 */
function serverPreloadLibraries(flavour, plans) {
    return [...new Set([...flavour, ...plans.flatMap((p) => p.preload)])];
}
/**
 * The requirements of `plan` that none of the mounted images declares: the operand may still
 * have them (contrib); if not, the Cluster must mount the image that does, and so must the
 * smoke test. Said when CREATE EXTENSION fails, so the failure names what to add.
 */
function unmountedRequirements(plan, mounted) {
    const declared = new Set(mounted.flatMap((p) => p.controlFiles.map((f) => external_node_path_.posix.basename(f, '.control'))));
    return plan.requires.filter((r) => !declared.has(r));
}
function planExtension(entry, image) {
    const dirs = controlDirectories(entry).map((d) => external_node_path_.posix.normalize(d).replace(/^\/+/, ''));
    const controlFiles = image.files.filter((f) => f.endsWith('.control') && dirs.includes(external_node_path_.posix.dirname(f)));
    const annotated = (0,targets_src/* readExtensionAnnotations */.o7)(image.annotations);
    // `<name>--<version>.control` is a secondary control file, not an extension; and where the
    // image lists its SQL names, a control file it leaves out is not one to create (decoderbufs's,
    // which no script goes with).
    const listed = annotated.sqlNames ? new Set(annotated.sqlNames.map((n) => n.name)) : undefined;
    const declared = [
        ...new Set(controlFiles
            .map((f) => external_node_path_.posix.basename(f, '.control'))
            .filter((n) => !n.includes('--') && (listed === undefined || listed.has(n)))),
    ].sort();
    const named = declared.find((n) => n === entry.name || n === entry.name.replaceAll('-', '_'));
    const primary = named ?? (declared.length === 1 ? declared[0] : undefined);
    const sqlVersion = annotated.sqlVersion;
    const modules = image.files
        .filter((f) => external_node_path_.posix.dirname(f) === 'lib' && f.endsWith('.so'))
        .map((f) => external_node_path_.posix.basename(f, '.so'))
        .sort();
    return {
        entry,
        dir: image.dir,
        files: image.files,
        controlFiles,
        sqlNames: primary ? [primary] : declared,
        // The primary is created without VERSION: its default_version is what the image's
        // sql.version annotation is checked against, so naming it would check nothing.
        versions: new Map((annotated.sqlNames ?? []).flatMap((n) => n.version && n.name !== primary ? [[n.name, n.version]] : [])),
        ...(primary ? { primary } : {}),
        ...(sqlVersion ? { sqlVersion } : {}),
        createExtension: annotated.createExtension ?? true,
        modules,
        preload: annotated.sharedPreloadLibraries ?? [],
        requires: annotated.requiredExtensions ?? [],
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/extension-choice.ts
const PG_MAJOR_ANNOTATION = 'io.cloudnativepg.image.base.pgmajor';
const OS_ANNOTATION = 'io.cloudnativepg.image.base.os';
/** No entry, or more than one, of a shared name is for the operand image. */
class ExtensionChoiceError extends Error {
    extension;
    candidates;
    matching;
    operand;
    constructor(extension, candidates, matching, operand) {
        const listed = (cs) => cs.map(describeCandidate).join('; ');
        super(matching.length === 0
            ? `none of the ${candidates.length} entries named ${extension} is for the operand image ` +
                `(${operand}): ${listed(candidates)}; each image states its PostgreSQL major and ` +
                `distribution in ${PG_MAJOR_ANNOTATION} and ${OS_ANNOTATION}`
            : `${matching.length} of the ${candidates.length} entries named ${extension} are for the ` +
                `operand image (${operand}): ${listed(matching)}; give one image per PostgreSQL ` +
                `major and distribution`);
        this.extension = extension;
        this.candidates = candidates;
        this.matching = matching;
        this.operand = operand;
        this.name = 'ExtensionChoiceError';
    }
}
function summariseCandidate(candidate) {
    const pgmajor = candidate.annotations[PG_MAJOR_ANNOTATION];
    const os = candidate.annotations[OS_ANNOTATION];
    return {
        reference: candidate.entry.image.reference,
        ...(pgmajor !== undefined ? { pgmajor } : {}),
        ...(os !== undefined ? { os } : {}),
    };
}
/** `ref (pgmajor 18, os trixie)`; a missing annotation is said to be missing. */
function describeCandidate(c) {
    return `${c.reference} (pgmajor ${c.pgmajor ?? 'not annotated'}, os ${c.os ?? 'not annotated'})`;
}
/**
 * `PostgreSQL 18 (server 18.6), distribution sid or forky (os-release PRETTY_NAME "Debian
 * GNU/Linux forky/sid", VERSION_CODENAME forky)`.
 */
function describeOperand(operand) {
    const major = operand.major === undefined
        ? 'PostgreSQL major unknown (no server answered postgres --version, the tag names none)'
        : `PostgreSQL ${operand.major} (${operand.majorFrom === 'server'
            ? `server ${operand.serverVersion ?? operand.major}`
            : 'tag'})`;
    const fields = ['PRETTY_NAME', 'VERSION_CODENAME']
        .filter((k) => operand.osRelease[k] !== undefined)
        .map((k) => `${k} ${k === 'PRETTY_NAME' ? JSON.stringify(operand.osRelease[k]) : operand.osRelease[k]}`);
    const from = fields.length ? `os-release ${fields.join(', ')}` : 'no /etc/os-release';
    const distribution = operand.distributions.length === 0
        ? `distribution unknown (${from})`
        : `distribution ${operand.distributions.join(' or ')} (${from})`;
    return `${major}, ${distribution}`;
}
/**
 * The fields of an os-release file (freedesktop's format: `KEY=value`, the value optionally in
 * double or single quotes, with `\` escapes inside double quotes; `#` starts a comment).
 */
function parseOsRelease(text) {
    const fields = {};
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (!m?.[1] || m[2] === undefined)
            continue;
        let value = m[2];
        if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
            value = value.slice(1, -1).replace(/\\(["\\`$])/g, '$1');
        }
        else if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.slice(1, -1);
        }
        fields[m[1]] = value;
    }
    return fields;
}
/** The names a distribution answers to, by its os-release fields (see OperandIdentity). */
function distributionNames(osRelease) {
    const names = [];
    if (/\/sid\b/.test(osRelease.PRETTY_NAME ?? '') || osRelease.VERSION_CODENAME === 'sid') {
        names.push('sid');
    }
    // Older releases' os-release has no VERSION_CODENAME, only `VERSION="10 (buster)"`.
    const codename = osRelease.VERSION_CODENAME || /\(([a-z]+)\)/.exec(osRelease.VERSION ?? '')?.[1];
    if (codename)
        names.push(codename.toLowerCase());
    return [...new Set(names)];
}
/** Entries by name, in the order each name first appears; each name's entries in input order. */
function groupByName(entries) {
    const groups = new Map();
    for (const e of entries) {
        const group = groups.get(e.name);
        if (group)
            group.push(e);
        else
            groups.set(e.name, [e]);
    }
    return [...groups].map(([name, es]) => ({ name, entries: es }));
}
/**
 * The one candidate whose image is for the operand: its pgmajor annotation is the operand's
 * major and its os annotation one of the operand's distribution names. Throws
 * ExtensionChoiceError, naming every candidate and the operand, when none or several are.
 */
function chooseExtensionEntry(name, candidates, operand) {
    const summaries = candidates.map(summariseCandidate);
    const described = describeOperand(operand);
    const matching = candidates.filter((c, i) => {
        const s = summaries[i];
        return (operand.major !== undefined &&
            s.pgmajor === String(operand.major) &&
            s.os !== undefined &&
            operand.distributions.includes(s.os));
    });
    const [chosen] = matching;
    if (matching.length !== 1 || chosen === undefined) {
        throw new ExtensionChoiceError(name, summaries, matching.map(summariseCandidate), described);
    }
    const summary = summariseCandidate(chosen);
    const others = summaries.filter((_, i) => candidates[i] !== chosen);
    return {
        name,
        chosen: chosen.entry,
        reason: `${describeCandidate(summary)}: pgmajor ${summary.pgmajor} and os ${summary.os} are the ` +
            `operand's (${described}); not ${others.map(describeCandidate).join('; ')}`,
        candidates: summaries,
        operand: described,
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/server-version.ts
/** The PostgreSQL version a server binary reports, as both the probe and the container level read it. */
/** `postgres (PostgreSQL) 17.6 (Debian 17.6-2)` → 17, `17.6`; `18beta3` → 18. */
function parseServerVersion(output) {
    const m = /\(PostgreSQL\)\s+((\d+)[^\s]*)/.exec(output);
    return m?.[1] && m[2] ? { major: Number(m[2]), version: m[1] } : undefined;
}

;// CONCATENATED MODULE: ./packages/smoke/src/operand.ts
/**
 * What the operand image is (its PostgreSQL major and Debian distribution), learned from the
 * image itself before any level starts: both levels mount the extension images chosen for it.
 * One short container reads /etc/os-release and `postgres --version`.
 */





const MARK = '--- pgforge: postgres --version ---';
/** Pulls the image when the local store lacks it, then reads what the container says. */
async function probeOperand(options) {
    const { image, runner, timeoutMs } = options;
    const ok = async (args) => {
        const result = await runner.run('docker', args, { timeoutMs });
        if (result.code !== 0)
            throw new CheckFailure(describeFailure('docker', args, result, timeoutMs));
        return result;
    };
    const present = await runner.run('docker', ['image', 'inspect', '--format', '{{.Id}}', image], {
        timeoutMs,
    });
    if (present.code !== 0)
        await ok(['pull', '--quiet', image]);
    const script = 'cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null; ' +
        `echo '${MARK}'; postgres --version 2>/dev/null || true`;
    const r = await ok([
        'run',
        '--rm',
        '--network',
        'none',
        '--label',
        'io.pgforge.smoke=operand-probe',
        '--entrypoint',
        'sh',
        image,
        '-c',
        script,
    ]);
    return operandIdentity(image, r.stdout);
}
/** The identity from the probe's output (os-release, the mark, `postgres --version`). */
function operandIdentity(image, output) {
    const at = output.indexOf(MARK);
    const osText = at === -1 ? output : output.slice(0, at);
    const versionText = at === -1 ? '' : output.slice(at + MARK.length);
    const osRelease = parseOsRelease(osText);
    const server = parseServerVersion(versionText);
    const tagged = majorOfReference(image);
    return {
        ...(server
            ? { major: server.major, majorFrom: 'server', serverVersion: server.version }
            : tagged !== undefined
                ? { major: tagged, majorFrom: 'tag' }
                : {}),
        distributions: distributionNames(osRelease),
        osRelease,
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/smoke/src/unpack.ts
/**
 * Unpacks an image from its registry into a directory: the faithful stand-in, bind-mounted
 * read-only, for the ImageVolume Kubernetes mounts (`--mount type=image` needs Docker 28).
 * Layers are applied in order with the OCI whiteouts (`.wh.<name>`, `.wh..wh..opq`).
 */



class UnpackError extends Error {
    constructor(reference, reason) {
        super(`cannot unpack ${reference}: ${reason}`);
        this.name = 'UnpackError';
    }
}
const RM = { recursive: true, force: true };
/** What the entry at `path` is, without following a symlink there; undefined if nothing. */
async function kindAt(path) {
    const stat = await (0,promises_.lstat)(path).catch(() => undefined);
    if (!stat)
        return undefined;
    return stat.isSymbolicLink() ? 'symlink' : stat.isDirectory() ? 'directory' : 'other';
}
/**
 * The layer is untrusted input (an image under test), so every path is walked one component at
 * a time with lstat before anything is created, removed or linked: a symlink among the parents
 * (even one pointing inside: the tree is mounted into a container, where it would resolve
 * elsewhere) or a file where a directory is needed refuses the entry. Components that do not
 * exist yet are fine: the caller creates them as directories. Returns the joined path.
 */
async function checkedPath(root, path, reference) {
    const parts = path.split('/');
    // A whiteout named `.wh..` would otherwise name the parent of whatever holds it.
    if (parts.some((part) => part === '' || part === '.' || part === '..')) {
        throw new UnpackError(reference, `"${path}" is no path inside the image`);
    }
    let dir = root;
    for (const [i, part] of parts.slice(0, -1).entries()) {
        dir = (0,external_node_path_.join)(dir, part);
        const kind = await kindAt(dir);
        if (kind === undefined)
            break;
        if (kind === 'directory')
            continue;
        const parent = parts.slice(0, i + 1).join('/');
        throw new UnpackError(reference, kind === 'symlink'
            ? `${path} would be written through the symlink ${parent}; an image's layers may not ` +
                'place entries below a symlink'
            : `${path} would be written below ${parent}, which is not a directory`);
    }
    return (0,external_node_path_.join)(root, ...parts);
}
// Extension images carry libraries, SQL and programs: no setuid, setgid, sticky or
// world-writable bits survive into the tree that is mounted into the test container.
const FILE_MODE_MASK = 0o755;
async function writeBody(target, body, mode) {
    // 'wx': the caller removed what was there; O_EXCL also refuses to follow a symlink raced in.
    const file = await (0,promises_.open)(target, 'wx', mode);
    try {
        for await (const chunk of body)
            await file.write(chunk);
    }
    finally {
        await file.close();
    }
    await (0,promises_.chmod)(target, mode);
}
/** Applies one layer's changes (oci's layer reader) to the tree under `root`. */
async function applyLayer(layer, blob, root, reference) {
    try {
        for await (const change of (0,oci_src/* readLayer */.w6)(layer, blob, reference)) {
            if (change.type === 'opaque') {
                if (change.dir === '') {
                    for (const name of await (0,promises_.readdir)(root))
                        await (0,promises_.rm)((0,external_node_path_.join)(root, name), RM);
                    continue;
                }
                const dir = await checkedPath(root, change.dir, reference);
                const kind = await kindAt(dir);
                if (kind === 'symlink') {
                    throw new UnpackError(reference, `${change.dir}/.wh..wh..opq would empty the symlink ${change.dir}'s target; an ` +
                        'opaque whiteout applies to a directory only');
                }
                if (kind !== 'directory')
                    continue;
                for (const name of await (0,promises_.readdir)(dir))
                    await (0,promises_.rm)((0,external_node_path_.join)(dir, name), RM);
                continue;
            }
            if (change.type === 'whiteout') {
                // rm removes a symlink itself, never what it points to; the parents are checked.
                await (0,promises_.rm)(await checkedPath(root, change.path, reference), RM);
                continue;
            }
            if (change.path === '')
                continue;
            const target = await checkedPath(root, change.path, reference);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            switch (change.kind) {
                case 'directory': {
                    const kind = await kindAt(target);
                    if (kind === 'directory')
                        break;
                    if (kind !== undefined)
                        await (0,promises_.rm)(target, RM);
                    await (0,promises_.mkdir)(target, { mode: (change.mode & FILE_MODE_MASK) | 0o700 });
                    break;
                }
                case 'file':
                    await (0,promises_.rm)(target, RM);
                    await writeBody(target, change.body, (change.mode || 0o644) & FILE_MODE_MASK);
                    break;
                case 'symlink':
                    await (0,promises_.rm)(target, RM);
                    await (0,promises_.symlink)(change.linkname ?? '', target);
                    break;
                case 'hardlink': {
                    const name = change.linkname ?? '';
                    const source = await checkedPath(root, name, reference);
                    const stat = await (0,promises_.lstat)(source).catch(() => undefined);
                    if (!stat?.isFile()) {
                        throw new UnpackError(reference, `${change.path} is a hard link to ${name}, which is ` +
                            `${stat ? 'not a regular file' : 'not in the layers before it'}; a hard link ` +
                            "must name a regular file of the image's own");
                    }
                    await (0,promises_.rm)(target, RM);
                    await (0,promises_.link)(source, target);
                    break;
                }
                default:
                // Devices and fifos have no place in an extension image; nothing reads them.
            }
        }
    }
    catch (error) {
        if (error instanceof UnpackError)
            throw error;
        // The reader names the layer; the unpacker says what could not be unpacked, and why.
        if (error instanceof oci_src/* LayerReadError */.U$)
            throw new UnpackError(reference, error.reason);
        if (error instanceof oci_src/* LayerError */.CE)
            throw new UnpackError(reference, error.message);
        throw new UnpackError(reference, error.message);
    }
}
async function listFiles(root, dir = root) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await listFiles(root, full)));
        else
            out.push((0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/'));
    }
    return out.sort();
}
/** Pulls the image for `platform` and writes its file system under `dir` (created, emptied). */
async function unpackImage(source, reference, dir, platform) {
    const { index, manifest } = await source.getImageManifest(reference, platform);
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o755 });
    for (const layer of manifest.manifest.layers) {
        const blob = await source.getBlob(reference, layer.digest, layer.size);
        await applyLayer(layer, blob, dir, reference);
    }
    return {
        reference,
        digest: manifest.digest,
        annotations: {
            ...(index?.manifest.annotations ?? {}),
            ...(manifest.manifest.annotations ?? {}),
        },
        dir,
        files: await listFiles(dir),
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/sql.ts
/** Names and values written into SQL statements, quoted as PostgreSQL reads them. */
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (value) => `'${value.replaceAll("'", "''")}'`;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/smoke/src/container/session.ts
/**
 * One run of the container level: the image, the container's name, the budget, the results so
 * far and what earlier checks learned (the image's configuration, the server's version), with
 * the commands every check runs through (docker, a command in the container, psql).
 */





/** What CNPG's instance manager runs from the image (it finds them on PATH). */
const CNPG_BINARIES = ['initdb', 'postgres', 'pg_ctl', 'pg_controldata', 'pg_basebackup'];
const POSTGRES_UID = 26;
/** CNPG mounts the data volume at /var/lib/postgresql/data and puts PGDATA under it. */
const DATA_VOLUME = '/var/lib/postgresql/data';
const PGDATA = `${DATA_VOLUME}/pgdata`;
const SOCKETS = '/var/run/postgresql';
const SERVER_LOG = '/tmp/postgresql.log';
/** Extension images need `extension_control_path`, new in PostgreSQL 18. */
const FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH = 18;
class ContainerSession {
    options;
    image;
    expectations;
    extensions;
    runner;
    platform;
    /** The server is started as a Cluster with these images would be. */
    preloadLibraries;
    checks;
    deadline;
    /** The container's name. */
    name;
    /** What CNPG would set for the mounted extension images. */
    settings;
    platformArgs;
    /** The image's configuration, read by the first check. */
    config = {};
    /** The server's version, read by `postgres --version` in the container. */
    server;
    constructor(options) {
        this.options = options;
        this.image = options.image;
        this.expectations = options.expectations;
        this.extensions = options.extensions;
        this.runner = options.runner;
        this.platform = options.platform;
        this.preloadLibraries = serverPreloadLibraries(options.expectations.preloadLibraries, options.extensions);
        const now = options.now ?? Date.now;
        this.checks = new Checks('container', options.log, now);
        this.deadline = new Deadline(options.timeoutMs, now);
        this.name = options.containerName ?? `pgforge-smoke-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
        this.settings = instanceSettings(options.extensions.map((p) => p.entry));
        this.platformArgs = options.platform ? ['--platform', options.platform] : [];
    }
    docker(args, input) {
        return this.runner.run('docker', args, {
            timeoutMs: this.deadline.remainingMs(),
            ...(input !== undefined ? { input } : {}),
        });
    }
    /** A docker command that must succeed; its failure is the check's. */
    async ok(args, input) {
        const timeoutMs = this.deadline.remainingMs();
        const result = await this.docker(args, input);
        if (result.code !== 0)
            throw new CheckFailure(describeFailure('docker', args, result, timeoutMs));
        return result;
    }
    inContainer(args, input) {
        return this.ok(['exec', ...(input !== undefined ? ['-i'] : []), this.name, ...args], input);
    }
    /** SQL through psql; a failure is PostgreSQL's own ERROR line, its CONTEXT in the log. */
    async psql(statements, database = 'postgres') {
        const args = [
            'exec',
            this.name,
            'psql',
            '-X',
            '-q',
            '-v',
            'ON_ERROR_STOP=1',
            '-h',
            SOCKETS,
            '-U',
            'postgres',
            '-d',
            database,
            '-At',
            ...statements.flatMap((s) => ['-c', s]),
        ];
        const timeoutMs = this.deadline.remainingMs();
        const result = await this.docker(args);
        if (result.code === 0)
            return result;
        throw ((!result.timedOut && sqlFailure(result.stderr)) ||
            new CheckFailure(describeFailure('docker', args, result, timeoutMs)));
    }
    /** The server log's last lines, for a check that failed with the server involved. */
    serverLog = async () => {
        const r = await this.docker(['exec', this.name, 'tail', '-n', '25', SERVER_LOG]);
        return r.code === 0 && r.stdout.trim()
            ? `server log (last lines):\n${r.stdout.trimEnd()}`
            : undefined;
    };
    /** A variable of the image's configured environment. */
    imageEnv(key) {
        return (this.config.Config?.Env ?? [])
            .find((e) => e.startsWith(`${key}=`))
            ?.slice(key.length + 1);
    }
    /** Removes the container whatever happened; a failure to is logged, not a check's. */
    async removeContainer() {
        const removed = await this.runner
            .run('docker', ['rm', '--force', '--volumes', this.name], { timeoutMs: 60_000 })
            .catch((error) => ({ code: 1, stdout: '', stderr: String(error), timedOut: false }));
        if (removed.code !== 0 && !/No such container/i.test(removed.stderr)) {
            this.options.log?.info(`could not remove container ${this.name}: ${lastLines(removed.stderr, 3)}`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/smoke/src/container/extension-images.ts
/**
 * Each mounted extension image: an image with nothing to create has its modules loaded (or its
 * programs listed); one with control files has them found and each extension created from the
 * mount, at the version its annotation says.
 */





/** The checks of one image, in order. */
function extensionImageSteps(s, plan) {
    if (!plan.createExtension) {
        // A module PostgreSQL loads by name: preloaded ones loaded when the server started, the
        // others load now, from the mount (the library path and its system/ libraries).
        return [
            ...plan.modules.map((module) => moduleLoaded(s, plan, module)),
            ...(plan.modules.length === 0 ? [programs(plan)] : []),
        ];
    }
    return [controlFile(plan), ...plan.sqlNames.map((sqlName) => createsFromMount(s, plan, sqlName))];
}
function moduleLoaded(s, plan, module) {
    const preloaded = plan.preload.includes(module);
    return {
        name: `${preloaded ? 'preloaded' : 'LOAD'} ${module} from ${mountPath(plan.entry)}`,
        needs: ['server'],
        run: async () => {
            if (preloaded) {
                const shown = (await s.psql(['SHOW shared_preload_libraries'])).stdout.trim();
                if (!shown
                    .split(',')
                    .map((l) => l.trim())
                    .includes(module)) {
                    throw new CheckFailure(`shared_preload_libraries is "${shown}", without ${module}`);
                }
                return `${module} (shared_preload_libraries)`;
            }
            await s.psql([`LOAD ${quoteLiteral(module)}`]);
            return `${module} loaded`;
        },
        onFailure: s.serverLog,
    };
}
function programs(plan) {
    return {
        name: `extension image ${plan.entry.name}: programs`,
        run: async () => {
            const found = plan.files.filter((f) => f.startsWith('bin/'));
            if (found.length === 0) {
                throw new CheckFailure(`the image says it has nothing to CREATE EXTENSION, but holds no module (lib/*.so) and no program (bin/)`);
            }
            return found.join(', ');
        },
    };
}
function controlFile(plan) {
    return {
        name: `extension image ${plan.entry.name}: control file`,
        run: async () => {
            if (plan.createExtension && plan.controlFiles.length > 0 && plan.sqlNames.length === 0) {
                throw new CheckFailure(`the image's io.pgforge.extension.sql-names names no control file it holds (${plan.controlFiles.join(', ')})`);
            }
            if (plan.controlFiles.length === 0) {
                // Bitcode (one file per source file) would crowd out what tells the story.
                const bitcode = plan.files.filter((f) => f.startsWith('lib/bitcode/')).length;
                const others = plan.files.filter((f) => !f.startsWith('lib/bitcode/'));
                const shown = others.slice(0, 12).join(', ') +
                    (others.length > 12 ? `, … (${others.length} files)` : '') +
                    (bitcode ? ` and ${bitcode} bitcode files` : '');
                throw new CheckFailure(`no control file in ${mountPath(plan.entry)}/${(plan.entry.extension_control_path ?? ['share']).join(', ')}/extension (extension_control_path); the image holds ${plan.files.length ? shown : 'no files'}`);
            }
            return plan.controlFiles.join(', ');
        },
    };
}
function createsFromMount(s, plan, sqlName) {
    return {
        name: `CREATE EXTENSION ${sqlName} from ${mountPath(plan.entry)}`,
        needs: ['server'],
        run: async () => {
            if (!s.server || s.server.major < FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH) {
                throw new CheckFailure(`needs PostgreSQL ${FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH} or later; the server is ${s.server?.version ?? 'unknown'}`);
            }
            const r = await s
                .psql([
                `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(sqlName)}${plan.versions.has(sqlName)
                    ? ` VERSION ${quoteLiteral(plan.versions.get(sqlName) ?? '')}`
                    : ''} CASCADE`,
                `SELECT extversion FROM pg_extension WHERE extname = ${quoteLiteral(sqlName)}`,
            ])
                .catch((error) => {
                const missing = unmountedRequirements(plan, s.extensions);
                if (!(error instanceof CheckFailure) || missing.length === 0)
                    throw error;
                throw new CheckFailure(`${error.message}; ${plan.entry.name} requires ${missing.join(', ')}, which no ` +
                    'mounted image declares and the operand may lack: mount the image that ' +
                    'provides it beside this one, as the Cluster must list it too', error.log);
            });
            const version = r.stdout.trim();
            // With several control files and none named like the entry, no one of them is the
            // image's version; each must still create.
            const mustMatch = plan.primary === sqlName;
            if (mustMatch && plan.sqlVersion === undefined) {
                throw new CheckFailure(`${sqlName} ${version} was created, but the image has no io.cloudnativepg.image.sql.version annotation to compare with`);
            }
            if (mustMatch && version !== plan.sqlVersion) {
                throw new CheckFailure(`${sqlName} ${version} was created, but the image's io.cloudnativepg.image.sql.version annotation says ${plan.sqlVersion}`);
            }
            return `${sqlName} ${version}${mustMatch ? ' (as the annotation says)' : ''}`;
        },
        onFailure: s.serverLog,
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/container/extension-settings.ts
/** The settings CNPG derives for the mounted extension images, as the running server has them. */


function extensionSettings(s) {
    return {
        name: 'extension settings (extension_control_path, dynamic_library_path, LD_LIBRARY_PATH)',
        needs: ['server'],
        run: async () => {
            if (!s.server || s.server.major < FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH) {
                throw new CheckFailure(`extension images need PostgreSQL ${FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH} or later (extension_control_path); the server is ${s.server?.version ?? 'unknown'}`);
            }
            const shown = (await s.psql(['SHOW extension_control_path', 'SHOW dynamic_library_path'])).stdout
                .trim()
                .split('\n');
            const environ = await s.inContainer([
                'sh',
                '-c',
                `tr '\\0' '\\n' < "/proc/$(head -n 1 "$PGDATA/postmaster.pid")/environ"`,
            ]);
            const env = new Map(environ.stdout
                .split('\n')
                .filter((l) => l.includes('='))
                .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
            const expected = [
                ['extension_control_path', s.settings.extensionControlPath, shown[0]],
                ['dynamic_library_path', s.settings.dynamicLibraryPath, shown[1]],
                [
                    'LD_LIBRARY_PATH',
                    s.settings.ldLibraryPath.length ? s.settings.ldLibraryPath.join(':') : undefined,
                    env.get('LD_LIBRARY_PATH'),
                ],
                ...s.settings.env.map((v) => [
                    v.name,
                    v.value,
                    env.get(v.name),
                ]),
            ];
            const wrong = expected.filter(([, want, got]) => want !== got);
            if (wrong.length > 0) {
                throw new CheckFailure(wrong
                    .map(([key, want, got]) => `${key} is ${JSON.stringify(got ?? null)}, CNPG would set ${JSON.stringify(want ?? null)}`)
                    .join('; '));
            }
            return expected
                .filter(([, want]) => want !== undefined)
                .map(([k, want]) => `${k}=${want}`)
                .join(' ');
        },
        onFailure: s.serverLog,
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/locales.ts
/** Locale names as `locale -a` lists them and as a flavour promises them. */
/** `en_US.UTF-8`, `en_US.utf8` and `en_US.UTF8` are one locale to glibc. */
const normaliseLocale = (name) => name.toLowerCase().replace(/\.utf-?8$/, '.utf8');
/** Whether `locale -a`'s lines name `locale`, in any of glibc's spellings. */
function localeListed(listed, locale) {
    const wanted = normaliseLocale(locale);
    return listed.some((l) => normaliseLocale(l) === wanted);
}

;// CONCATENATED MODULE: ./packages/smoke/src/container/flavour.ts
/** What the flavour promises (`Expectations`): each of its extensions creates, each locale works. */



function createsExtension(s, extension) {
    return {
        name: `CREATE EXTENSION ${extension}`,
        needs: ['server'],
        run: async () => {
            const r = await s.psql([
                `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(extension)} CASCADE`,
                `SELECT extversion FROM pg_extension WHERE extname = ${quoteLiteral(extension)}`,
            ]);
            return `${extension} ${r.stdout.trim()}`;
        },
        onFailure: s.serverLog,
    };
}
function localeWorks(s, locale) {
    return {
        name: `locale ${locale}`,
        needs: ['server'],
        run: async () => {
            const listed = (await s.inContainer(['locale', '-a'])).stdout.trim().split('\n');
            if (!localeListed(listed, locale)) {
                throw new CheckFailure(`${locale} is not installed: locale -a lists ${listed.join(', ') || 'nothing'} (Debian's locales-all has every locale)`);
            }
            await s.psql([
                `CREATE DATABASE smoke_locale LOCALE ${quoteLiteral(locale)} TEMPLATE template0`,
                'DROP DATABASE smoke_locale',
            ]);
            return `listed by locale -a; CREATE DATABASE … LOCALE '${locale}' works`;
        },
        onFailure: s.serverLog,
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/container/image.ts
/** The image itself, before a container of it runs: present, configured as CNPG needs, UID 26. */


function imageAvailable(s) {
    return {
        name: 'image available',
        opens: 'image',
        run: async () => {
            let inspect = await s.docker(['image', 'inspect', s.image]);
            let how = 'in the local image store';
            if (inspect.code !== 0) {
                await s.ok(['pull', '--quiet', ...s.platformArgs, s.image]);
                inspect = await s.ok(['image', 'inspect', s.image]);
                how = 'pulled';
            }
            s.config = JSON.parse(inspect.stdout)[0] ?? {};
            return `${how} (${(s.config.Id ?? '').slice(0, 19)})`;
        },
    };
}
function imageConfiguration(s) {
    return {
        name: 'image configuration (USER 26, no ENTRYPOINT)',
        needs: ['image'],
        run: async () => {
            const c = s.config.Config ?? {};
            const problems = [];
            const user = c.User ?? '';
            if (!new RegExp(`^${POSTGRES_UID}(:\\d+)?$`).test(user)) {
                problems.push(`USER is ${user === '' ? 'not set (root)' : JSON.stringify(user)}; CNPG runs PostgreSQL as UID ${POSTGRES_UID}: the image must end with USER ${POSTGRES_UID}`);
            }
            if (c.Entrypoint?.length) {
                problems.push(`ENTRYPOINT is ${JSON.stringify(c.Entrypoint)}; CNPG's operand images have none`);
            }
            if (problems.length > 0)
                throw new CheckFailure(problems.join('; '));
            // CNPG sets the container's command itself (its instance manager), so a CMD is never
            // run: CNPG's own images keep debian's CMD ["bash"]. An ENTRYPOINT would wrap that
            // command, which is why it fails and CMD does not.
            const notes = c.Cmd?.length
                ? [`CMD is ${JSON.stringify(c.Cmd)}; CNPG replaces the command, so it is never run`]
                : [];
            return { detail: `USER ${user}, PATH=${s.imageEnv('PATH') ?? ''}`, notes };
        },
    };
}
function runsAsPostgresUid(s) {
    return {
        name: `runs as UID ${POSTGRES_UID}`,
        needs: ['image'],
        run: async () => {
            const r = await s.ok([
                'run',
                '--rm',
                '--network',
                'none',
                ...s.platformArgs,
                '--entrypoint',
                'sh',
                s.image,
                '-c',
                'id -u; id -un 2>/dev/null || echo "(no user name)"',
            ]);
            const [uid = '', user = ''] = r.stdout.trim().split('\n');
            if (uid.trim() !== String(POSTGRES_UID)) {
                throw new CheckFailure(`the image runs as UID ${uid.trim()} (${user.trim()}), not ${POSTGRES_UID}; CNPG runs PostgreSQL as UID ${POSTGRES_UID}`);
            }
            return `UID ${uid.trim()} (${user.trim()})`;
        },
    };
}

// EXTERNAL MODULE: ./packages/platform/src/index.ts + 1 modules
var platform_src = __webpack_require__(684);
;// CONCATENATED MODULE: ./packages/smoke/src/container/runtime.ts
/**
 * The long-lived container, started as CNPG's pods run PostgreSQL, and what runs in it: the
 * platform asked for, CNPG's binaries on PATH, the major the tag names.
 */






function containerStarts(s) {
    return {
        name: 'container starts (read-only root, tmpfs data, UID 26)',
        needs: ['image'],
        opens: 'container',
        run: async () => {
            const env = [
                `PGDATA=${PGDATA}`,
                ...(s.settings.ldLibraryPath.length
                    ? [`LD_LIBRARY_PATH=${s.settings.ldLibraryPath.join(':')}`]
                    : []),
                ...(s.settings.binPath.length
                    ? [`PATH=${[s.imageEnv('PATH') ?? '', ...s.settings.binPath].filter(Boolean).join(':')}`]
                    : []),
                ...s.settings.env.map((v) => `${v.name}=${v.value}`),
            ];
            const mounts = s.extensions
                .filter((p) => p.dir !== undefined)
                .map((p) => `type=bind,source=${p.dir},target=${mountPath(p.entry)},readonly`);
            await s.ok([
                'run',
                '--detach',
                '--name',
                s.name,
                '--label',
                'io.pgforge.smoke=container-level',
                '--read-only',
                '--user',
                String(POSTGRES_UID),
                '--network',
                'none',
                '--tmpfs',
                `${DATA_VOLUME}:rw,mode=1777`,
                '--tmpfs',
                `${SOCKETS}:rw,mode=1777`,
                '--tmpfs',
                '/tmp:rw,mode=1777',
                ...env.flatMap((e) => ['--env', e]),
                ...mounts.flatMap((m) => ['--mount', m]),
                ...s.platformArgs,
                '--entrypoint',
                'sleep',
                s.image,
                'infinity',
            ]);
            return `${s.name}${mounts.length ? `, ${mounts.length} extension image(s) mounted read-only` : ''}`;
        },
    };
}
/**
 * An image labelled arm64 can hold amd64 binaries (BuildKit building on an amd64-only base,
 * issue 10), and an amd64 one then runs without emulation: what runs must be what was asked for.
 */
function runsAsPlatform(s, platform) {
    const wanted = (0,platform_src/* byPlatform */.HE)(platform).debianArchitecture;
    return {
        name: `runs as ${platform} (dpkg architecture ${wanted})`,
        needs: ['container'],
        run: async () => {
            const said = (await s.inContainer(['dpkg', '--print-architecture'])).stdout.trim();
            if (said !== wanted) {
                throw new CheckFailure(`the container runs ${said || 'an unknown architecture'}, not ${wanted}: the image has no ${platform} variant, or its content is another platform's`);
            }
            const machine = (await s.inContainer(['uname', '-m'])).stdout.trim();
            return `dpkg ${said}, uname -m ${machine}`;
        },
    };
}
function binariesOnPath(s) {
    return {
        name: 'CNPG binaries on PATH',
        needs: ['container'],
        run: async () => {
            const script = `for b in ${CNPG_BINARIES.join(' ')}; do printf '%s=%s\\n' "$b" "$(command -v "$b")"; done; ` +
                `printf 'PATH=%s\\n' "$PATH"`;
            const r = await s.inContainer(['sh', '-c', script]);
            const found = new Map(r.stdout
                .trim()
                .split('\n')
                .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
            const missing = CNPG_BINARIES.filter((b) => !found.get(b));
            if (missing.length > 0) {
                throw new CheckFailure(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not on PATH (${found.get('PATH') ?? ''}); CNPG's instance manager runs ${CNPG_BINARIES.join(', ')}`);
            }
            return CNPG_BINARIES.map((b) => found.get(b)).join(' ');
        },
    };
}
/** Also learns the server's version, which the server and extension checks read. */
function majorMatchesTag(s) {
    return {
        name: 'PostgreSQL major matches the tag',
        needs: ['container'],
        run: async () => {
            const r = await s.inContainer(['postgres', '--version']);
            const server = parseServerVersion(r.stdout);
            s.server = server;
            if (!server) {
                throw new CheckFailure(`postgres --version printed ${JSON.stringify(r.stdout.trim())}`);
            }
            const tagged = majorOfReference(s.image);
            if (tagged === undefined) {
                return `server ${server.version}; the reference names no major in its tag`;
            }
            if (tagged !== server.major) {
                throw new CheckFailure(`the tag says PostgreSQL ${tagged}, the server is ${server.version} (${r.stdout.trim()})`);
            }
            return `tag ${tagged}, server ${server.version}`;
        },
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/container/server.ts
/**
 * The server's life in the container: initdb, started with the settings CNPG would write,
 * answering SQL with its preloads, then stopped cleanly.
 */



function initdb(s) {
    return {
        name: 'initdb',
        needs: ['container'],
        opens: 'cluster',
        run: async () => {
            await s.inContainer([
                'initdb',
                '-D',
                PGDATA,
                '--username=postgres',
                '--auth=trust',
                '--encoding=UTF8',
                '--locale=C',
                '--no-sync',
            ]);
            return PGDATA;
        },
    };
}
function serverStarts(s) {
    return {
        name: 'server starts (pg_ctl start)',
        needs: ['cluster'],
        opens: 'server',
        run: async () => {
            const lines = [
                '# pgforge smoke test: what CNPG would set for this instance',
                confLine('listen_addresses', ''),
                confLine('unix_socket_directories', SOCKETS),
            ];
            if (s.preloadLibraries.length > 0) {
                lines.push(confLine('shared_preload_libraries', s.preloadLibraries.join(',')));
            }
            // An older server refuses unknown settings; the extension checks say why instead.
            if (s.extensions.length > 0 &&
                s.server !== undefined &&
                s.server.major >= FIRST_MAJOR_WITH_EXTENSION_CONTROL_PATH) {
                lines.push(confLine('extension_control_path', s.settings.extensionControlPath));
                lines.push(confLine('dynamic_library_path', s.settings.dynamicLibraryPath));
            }
            await s.inContainer(['sh', '-c', 'cat >> "$PGDATA/postgresql.conf"'], `${lines.join('\n')}\n`);
            await s.inContainer([
                'pg_ctl',
                '-D',
                PGDATA,
                '-l',
                SERVER_LOG,
                '-w',
                '-t',
                String(s.deadline.remainingSeconds()),
                'start',
            ]);
            return lines.slice(1).join('; ');
        },
        onFailure: s.serverLog,
    };
}
function selectVersion(s) {
    return {
        name: 'SELECT version()',
        needs: ['server'],
        run: async () => (await s.psql(['SELECT version()'])).stdout.trim(),
        onFailure: s.serverLog,
    };
}
function preloadLibrariesLoaded(s) {
    return {
        name: `shared_preload_libraries loaded (${s.preloadLibraries.join(', ')})`,
        needs: ['server'],
        run: async () => (await s.psql(['SHOW shared_preload_libraries'])).stdout.trim(),
        onFailure: s.serverLog,
    };
}
function serverStops(s) {
    return {
        name: 'server stops (pg_ctl stop -m fast)',
        needs: ['server'],
        run: async () => {
            await s.inContainer(['pg_ctl', '-D', PGDATA, '-m', 'fast', '-w', 'stop']);
        },
        onFailure: s.serverLog,
    };
}
function controlDataShutDown(s) {
    return {
        name: 'pg_controldata reads the stopped cluster',
        needs: ['server'],
        run: async () => {
            const r = await s.inContainer(['pg_controldata', '-D', PGDATA]);
            const state = /^Database cluster state:\s*(.+)$/m.exec(r.stdout)?.[1]?.trim();
            if (state !== 'shut down') {
                throw new CheckFailure(`pg_controldata says the cluster state is ${JSON.stringify(state)}, not "shut down"`);
            }
            return `cluster state: ${state}`;
        },
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/steps.ts
async function runSteps(checks, steps) {
    const open = new Set();
    /** For a gate that stays closed: the failed check behind it. */
    const closedBy = new Map();
    for (const step of steps) {
        const closed = (step.needs ?? []).find((g) => !open.has(g));
        if (closed !== undefined) {
            const cause = closedBy.get(closed);
            checks.skip(step.name, cause ? `not run: "${cause}" did not pass` : `not run: needs ${closed}`);
            if (step.opens && cause)
                closedBy.set(step.opens, cause);
            continue;
        }
        const passed = await checks.run(step.name, step.run, { onFailure: step.onFailure });
        if (step.opens) {
            if (passed)
                open.add(step.opens);
            else
                closedBy.set(step.opens, step.name);
        }
    }
    return open;
}

;// CONCATENATED MODULE: ./packages/smoke/src/container.ts
/**
 * The container level: what CNPG needs of an operand image, checked with the docker CLI in one
 * long-lived container (one `docker exec` per check) that runs as UID 26 on a read-only root
 * file system with tmpfs for the data, sockets and /tmp, as CNPG's pods do; extension images
 * are bind-mounted read-only at /extensions/<name> with the settings CNPG derives.
 *
 * This file lists the checks in the order they run; each lives in `container/` with its group,
 * and shares what it needs through the `ContainerSession`.
 */










async function runContainerLevel(options) {
    const s = new ContainerSession(options);
    const steps = [
        imageAvailable(s),
        imageConfiguration(s),
        runsAsPostgresUid(s),
        containerStarts(s),
        ...(s.platform ? [runsAsPlatform(s, s.platform)] : []),
        binariesOnPath(s),
        majorMatchesTag(s),
        initdb(s),
        serverStarts(s),
        selectVersion(s),
        ...(s.preloadLibraries.length > 0 ? [preloadLibrariesLoaded(s)] : []),
        ...s.expectations.extensions.map((extension) => createsExtension(s, extension)),
        ...s.expectations.locales.map((locale) => localeWorks(s, locale)),
        ...(s.extensions.length > 0
            ? [extensionSettings(s), ...s.extensions.flatMap((plan) => extensionImageSteps(s, plan))]
            : []),
        serverStops(s),
        controlDataShutDown(s),
    ];
    try {
        await runSteps(s.checks, steps);
    }
    finally {
        await s.removeContainer();
    }
    return s.checks.results;
}

;// CONCATENATED MODULE: ./packages/smoke/src/kind/manifests.ts
/**
 * The Kubernetes documents the kind level applies, as typed objects (CNPG's `Cluster` and
 * `Database`, kind's cluster configuration), written out as YAML. Tests validate every one
 * against CNPG's own CRD schemas.
 */

const CNPG_API_VERSION = 'postgresql.cnpg.io/v1';
/** The database CNPG's initdb bootstrap creates, owned by a user of the same name. */
const APP_DATABASE = 'app';
const LABELS = { 'app.kubernetes.io/managed-by': 'pgforge-smoke-test' };
function clusterManifest(o) {
    const postgresql = {};
    if (o.preloadLibraries.length > 0)
        postgresql.shared_preload_libraries = o.preloadLibraries;
    if (o.extensions.length > 0)
        postgresql.extensions = o.extensions;
    return {
        apiVersion: CNPG_API_VERSION,
        kind: 'Cluster',
        metadata: { name: o.name, labels: LABELS },
        spec: {
            instances: 1,
            imageName: o.imageName,
            imagePullPolicy: 'IfNotPresent',
            storage: { size: '1Gi' },
            bootstrap: { initdb: { database: APP_DATABASE, owner: APP_DATABASE } },
            ...(Object.keys(postgresql).length > 0 ? { postgresql } : {}),
        },
    };
}
function databaseManifest(o) {
    return {
        apiVersion: CNPG_API_VERSION,
        kind: 'Database',
        metadata: { name: o.name, labels: LABELS },
        spec: {
            name: APP_DATABASE,
            owner: APP_DATABASE,
            cluster: { name: o.cluster },
            ensure: 'present',
            ...(o.extensions.length > 0 ? { extensions: o.extensions } : {}),
        },
    };
}
const DEFAULT_LOCAL_REGISTRY = { name: 'kind-registry', port: 5001 };
/**
 * One control-plane node with the ImageVolume feature gate (extension images are image
 * volumes) and containerd reading registry hosts from /etc/containerd/certs.d, where the
 * local registry's hosts.toml goes. kind's node images from v0.27 read that directory already;
 * the patch keeps older ones working the same way (kind's own local-registry example does so).
 */
function kindClusterConfig() {
    return {
        kind: 'Cluster',
        apiVersion: 'kind.x-k8s.io/v1alpha4',
        featureGates: { ImageVolume: true },
        containerdConfigPatches: [
            '[plugins."io.containerd.grpc.v1.cri".registry]\n  config_path = "/etc/containerd/certs.d"',
        ],
        nodes: [{ role: 'control-plane' }],
    };
}
/** What a node's containerd reads for `localhost:<port>`: the registry container over http. */
function registryHostsToml(registry) {
    return `[host."http://${registry.name}:5000"]\n`;
}
function toYaml(document) {
    return (0,dist/* stringify */.As)(document, { lineWidth: 0 });
}

;// CONCATENATED MODULE: ./packages/smoke/src/kind/cluster.ts
/** The kind cluster: its tools, the cluster with the ImageVolume gate, its nodes' registry mirror. */

function toolsAvailable(s) {
    return {
        name: 'kind and kubectl available',
        opens: 'tools',
        run: async () => {
            const kind = await s.run('kind', ['version']);
            const client = await s.run('kubectl', ['version', '--client']);
            return `${kind.stdout.trim()}; ${client.stdout.trim().split('\n')[0]}`;
        },
    };
}
function kindCluster(s) {
    return {
        name: `kind cluster ${s.clusterName} (${s.options.nodeImage}, ImageVolume)`,
        needs: ['tools'],
        opens: 'cluster',
        run: async () => {
            // Set before trying: a cluster that failed half-way is deleted too.
            s.createdCluster = true;
            await s.run('kind', [
                'create',
                'cluster',
                '--name',
                s.clusterName,
                '--image',
                s.options.nodeImage,
                '--config=-',
                `--wait=${s.deadline.remainingSeconds()}s`,
            ], toYaml(kindClusterConfig()));
        },
    };
}
function nodesPullFromRegistry(s) {
    const { registry } = s;
    return {
        name: 'nodes pull from the local registry',
        needs: ['cluster', 'registry'],
        opens: 'pulls',
        run: async () => {
            const networks = await s.run('docker', [
                'inspect',
                '-f',
                '{{json .NetworkSettings.Networks.kind}}',
                registry.name,
            ]);
            if (networks.stdout.trim() === 'null') {
                await s.run('docker', ['network', 'connect', 'kind', registry.name]);
            }
            const nodes = (await s.run('kind', ['get', 'nodes', '--name', s.clusterName])).stdout
                .trim()
                .split('\n')
                .filter(Boolean);
            const dir = `/etc/containerd/certs.d/localhost:${registry.port}`;
            for (const node of nodes) {
                await s.run('docker', ['exec', node, 'mkdir', '-p', dir]);
                await s.run('docker', ['exec', '-i', node, 'cp', '/dev/stdin', `${dir}/hosts.toml`], registryHostsToml(registry));
            }
            return `${nodes.join(', ')}: localhost:${registry.port} → http://${registry.name}:5000`;
        },
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/kind/operator-manifest.ts
/**
 * CNPG's operator manifest, as each release publishes it (the `cnpg-<version>.yaml` asset),
 * checked against a SHA-256 pinned here before anything applies it: the manifest installs an
 * operator with cluster-wide rights, so a changed file must stop the test, not run.
 *
 * The hashes were taken from `releases/cnpg-<version>.yaml` at each release tag of
 * cloudnative-pg/cloudnative-pg, the file its release workflow uploads as the asset. A new
 * release is added here (and to the tests' table) when the project moves to it.
 */


const CNPG_MANIFEST_SHA256 = {
    '1.28.4': '8f24b9163df8ff771fc398de885e6c4052f31a1289f921f9d23024eff5e8ebbe',
    '1.29.0': '858854263f9cbb4f0cf3f393305396f123a72073d33a0710c8cc389f0b7c4a5b',
    '1.29.1': 'e0c5ff41bf5b01c0775bf225929b8423d543cd23e9742e4274fe7de8499cf93a',
    '1.29.2': '856312bb13e64c5b03861092eac9045e45f7b7d601aafe75a9016260a762ac8a',
    '1.30.0': 'f8bede43fe4ee0d478c2355b204a36876b2ae4faac60f2a9452280b293da3b88',
};
class CnpgVersionError extends errors_src/* UserError */.y {
    value;
    constructor(value) {
        const allowed = `one of ${Object.keys(CNPG_MANIFEST_SHA256).join(', ')}`;
        super(`cnpg-version ${JSON.stringify(value)} is not a CNPG release whose manifest pgforge has ` +
            `pinned; expected ${allowed}`, { field: 'cnpg-version', value, allowed });
        this.value = value;
        this.name = 'CnpgVersionError';
    }
}
const assetUrl = (version) => `https://github.com/cloudnative-pg/cloudnative-pg/releases/download/v${version}/cnpg-${version}.yaml`;
/** The release asset of `version`; a version without a pinned hash is a CnpgVersionError. */
function cnpgManifestUrl(version) {
    if (CNPG_MANIFEST_SHA256[version] === undefined)
        throw new CnpgVersionError(version);
    return assetUrl(version);
}
class CnpgManifestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CnpgManifestError';
    }
}
/** The manifest's text, downloaded and checked against its pinned SHA-256. */
async function downloadCnpgManifest(version, fetchImpl = globalThis.fetch, pinned = CNPG_MANIFEST_SHA256) {
    const expected = pinned[version];
    if (expected === undefined)
        throw new CnpgVersionError(version);
    const url = assetUrl(version);
    let bytes;
    try {
        const response = await fetchImpl(url, { redirect: 'follow' });
        if (!response.ok)
            throw new Error(`HTTP ${response.status}`);
        bytes = Buffer.from(await response.arrayBuffer());
    }
    catch (error) {
        throw new CnpgManifestError(`cannot download ${url}: ${error.message}`);
    }
    const actual = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (actual !== expected) {
        throw new CnpgManifestError(`${url} has SHA-256 ${actual}, not the ${expected} pinned for CNPG ${version}; ` +
            'nothing was applied');
    }
    return { url, text: bytes.toString('utf8') };
}

;// CONCATENATED MODULE: ./packages/smoke/src/kind/operator.ts
/** CNPG's operator, installed from its release manifest (checked against its pinned SHA-256). */

const OPERATOR_NAMESPACE = 'cnpg-system';
const OPERATOR_DEPLOYMENT = 'cnpg-controller-manager';
function operatorInstalled(s) {
    const { cnpgVersion } = s.options;
    return {
        name: `CNPG operator ${cnpgVersion}`,
        needs: ['cluster'],
        opens: 'operator',
        run: async () => {
            const manifest = s.options.operatorManifest ?? downloadCnpgManifest;
            const { url, text } = await manifest(cnpgVersion);
            await s.kubectl(['apply', '--server-side', '-f', '-'], text);
            await s.kubectl([
                'rollout',
                'status',
                `deployment/${OPERATOR_DEPLOYMENT}`,
                '-n',
                OPERATOR_NAMESPACE,
                `--timeout=${s.deadline.remainingSeconds()}s`,
            ]);
            return url;
        },
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/kind/diagnostics.ts
/** What a failed kind level leaves behind to read: pods, the Cluster, events and logs. */

/** Runs each command whatever the others did; its output goes to the report and the log. */
async function collectDiagnostics(s) {
    const { context, pgCluster } = s;
    const commands = [
        ['kubectl', ['--context', context, 'get', 'pods', '--all-namespaces', '-o', 'wide']],
        ['kubectl', ['--context', context, 'describe', `cluster/${pgCluster}`]],
        ['kubectl', ['--context', context, 'describe', 'pods', '-l', `cnpg.io/cluster=${pgCluster}`]],
        ['kubectl', ['--context', context, 'describe', `database/${s.databaseName}`]],
        [
            'kubectl',
            ['--context', context, 'get', 'events', '--all-namespaces', '--sort-by=.lastTimestamp'],
        ],
        [
            'kubectl',
            [
                '--context',
                context,
                'logs',
                '-n',
                OPERATOR_NAMESPACE,
                `deployment/${OPERATOR_DEPLOYMENT}`,
                '--tail=200',
            ],
        ],
        [
            'kubectl',
            [
                '--context',
                context,
                'logs',
                '-l',
                `cnpg.io/cluster=${pgCluster}`,
                '--all-containers',
                '--prefix',
                '--tail=200',
            ],
        ],
    ];
    for (const [cmd, args] of commands) {
        const command = [cmd, ...args].join(' ');
        const result = await s.runner.run(cmd, args, { timeoutMs: 60_000 }).catch((error) => ({
            code: 1,
            stdout: '',
            stderr: String(error),
            timedOut: false,
        }));
        const output = `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`.trim();
        s.diagnostics.push({ level: 'kind', command, output });
        s.options.log?.info(`$ ${command}\n${output}`);
    }
}

;// CONCATENATED MODULE: ./packages/smoke/src/kind/postgres.ts
/**
 * PostgreSQL as CNPG runs it: a healthy Cluster with the extension images mounted, a Database
 * holding the extensions, and SQL and `locale -a` in the instance pod.
 */





const HEALTHY = 'Cluster in healthy state';
function clusterHealthy(s) {
    const { pgCluster } = s;
    return {
        name: `Cluster ${pgCluster}: ${HEALTHY}`,
        needs: ['operator', 'images', 'pulls'],
        opens: 'postgres',
        run: async () => {
            await s.apply(clusterManifest({
                name: pgCluster,
                imageName: s.operand.local,
                // The flavour's, and what each mounted image says it needs.
                preloadLibraries: serverPreloadLibraries(s.expectations.preloadLibraries, s.extensions),
                extensions: s.extensions.map((p, i) => ({
                    ...p.entry,
                    image: { ...p.entry.image, reference: s.images[i + 1].local },
                })),
            }));
            await s.kubectl([
                'wait',
                `cluster/${pgCluster}`,
                '--for=condition=Ready',
                `--timeout=${s.deadline.remainingSeconds()}s`,
            ]);
            const phase = (await s.kubectl(['get', `cluster/${pgCluster}`, '-o', 'jsonpath={.status.phase}'])).stdout.trim();
            if (phase !== HEALTHY) {
                throw new CheckFailure(`the Cluster is Ready but its phase is ${JSON.stringify(phase)}, not "${HEALTHY}"`);
            }
            return phase;
        },
    };
}
function databaseApplied(s) {
    return {
        name: `Database ${APP_DATABASE} with extensions applied`,
        needs: ['postgres'],
        opens: 'database',
        run: async () => {
            await s.apply(databaseManifest({
                name: s.databaseName,
                cluster: s.pgCluster,
                extensions: s.wantedExtensions,
            }));
            await s.kubectl([
                'wait',
                `database/${s.databaseName}`,
                '--for=jsonpath={.status.applied}=true',
                `--timeout=${s.deadline.remainingSeconds()}s`,
            ]);
            return s.wantedExtensions.map((e) => e.name).join(', ') || 'no extensions';
        },
    };
}
function postgres_selectVersion(s) {
    return {
        name: 'SELECT version()',
        needs: ['postgres'],
        run: async () => (await s.psql('SELECT version()')).stdout.trim(),
    };
}
function extensionInDatabase(s, e) {
    return {
        name: `extension ${e.name} in database ${APP_DATABASE}`,
        needs: ['database'],
        run: async () => {
            const version = (await s.psql(`SELECT extversion FROM pg_extension WHERE extname = ${quoteLiteral(e.name)}`)).stdout.trim();
            if (version === '')
                throw new CheckFailure(`${e.name} is not in pg_extension of ${APP_DATABASE}`);
            if (e.version !== undefined && version !== e.version) {
                throw new CheckFailure(`${e.name} is ${version}; the image's annotation says ${e.version}`);
            }
            return `${e.name} ${version}`;
        },
    };
}
function localeInPod(s, locale) {
    return {
        name: `locale ${locale}`,
        needs: ['postgres'],
        run: async () => {
            const listed = (await s.kubectl(['exec', s.pod, '-c', 'postgres', '--', 'locale', '-a'])).stdout
                .trim()
                .split('\n');
            if (!localeListed(listed, locale)) {
                throw new CheckFailure(`${locale} is not installed: locale -a lists ${listed.join(', ') || 'nothing'}`);
            }
            return 'listed by locale -a in the instance pod';
        },
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/kind/registry.ts
/** The distribution registry the nodes pull through, pinned by digest (its 2.8.3 index). */
const REGISTRY_IMAGE = 'registry:2.8.3@sha256:a3d8aaa63ed8681a604f1dea0aa03f100d5895b6a58ace528858a7b332415373';
function localRegistry(s) {
    const { registry } = s;
    return {
        name: `local registry ${registry.name} on localhost:${registry.port}`,
        needs: ['tools'],
        opens: 'registry',
        run: async () => {
            const state = await s.runner.run('docker', ['inspect', '-f', '{{.State.Running}}', registry.name], {
                timeoutMs: s.deadline.remainingMs(),
            });
            if (state.code === 0 && state.stdout.trim() === 'true')
                return 'already running';
            await s.run('docker', [
                'run',
                '--detach',
                '--restart=always',
                '--publish',
                `127.0.0.1:${registry.port}:5000`,
                '--network',
                'bridge',
                '--name',
                registry.name,
                REGISTRY_IMAGE,
            ]);
            s.startedRegistry = true;
            return 'started';
        },
    };
}
function imagesInRegistry(s) {
    return {
        name: 'images in the local registry',
        needs: ['registry'],
        opens: 'images',
        run: async () => {
            // Registry to registry, every platform, with the runner's credentials: the nodes then
            // need none (a private ghcr.io image would need a pull secret otherwise).
            for (const image of s.images.filter((i) => i.copy)) {
                await s.run('docker', [
                    'buildx',
                    'imagetools',
                    'create',
                    '--tag',
                    image.local,
                    image.source,
                ]);
            }
            return s.images.map((i) => `${i.local}${i.copy ? ' (copied)' : ''}`).join(', ');
        },
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/kind/local-image.ts
/** How the kind nodes reach an image: through the local registry they pull from. */

function localImage(reference, registry) {
    const ref = (0,oci_src/* parseReference */.F2)(reference);
    const host = `localhost:${registry.port}`;
    const local = [host, `127.0.0.1:${registry.port}`].includes(ref.registry);
    const tag = ref.tag ?? (ref.digest ? ref.digest.replace(':', '-').slice(0, 19) : 'latest');
    return {
        source: reference,
        local: local
            ? (0,oci_src/* formatReference */.FH)({ ...ref, registry: host })
            : (0,oci_src/* formatReference */.FH)({ registry: host, repository: ref.repository, tag }),
        copy: !local,
    };
}

;// CONCATENATED MODULE: ./packages/smoke/src/kind/session.ts
/**
 * One run of the kind level: the cluster's and the registry's names, the images as the nodes
 * reach them, the extensions the Database must hold, the budget, the results, diagnostics and
 * documents applied so far, with the commands every check runs through (kubectl, psql in the
 * instance pod, apply) and the clean-up of what the run created.
 */





const sleepFor = (ms) => new Promise((r) => setTimeout(r, ms));
/** The Database's extensions: the flavour's, then each image's, at the version it names. */
function databaseExtensions(expectations, extensions) {
    const imageExtensions = extensions.flatMap((p) => p.sqlNames.map((n) => ({ name: n, plan: p })));
    return [
        ...expectations.extensions.map((name) => ({ name, ensure: 'present' })),
        ...imageExtensions.map(({ name, plan }) => ({
            name,
            ensure: 'present',
            ...(plan.primary === name && plan.sqlVersion
                ? { version: plan.sqlVersion }
                : plan.versions.has(name)
                    ? { version: plan.versions.get(name) ?? '' }
                    : {}),
        })),
    ];
}
class KindSession {
    options;
    runner;
    expectations;
    extensions;
    sleep;
    registry;
    checks;
    deadline;
    clusterName;
    /** kubectl's context for the kind cluster. */
    context;
    /** The CNPG Cluster, its one instance's pod, and its Database resource. */
    pgCluster = 'smoke';
    pod;
    databaseName;
    diagnostics = [];
    /** Every document applied, in order. */
    manifests = [];
    /** The operand first, then each extension image, as the nodes reach them. */
    images;
    operand;
    wantedExtensions;
    /** What this run created, and so removes at the end. */
    startedRegistry = false;
    createdCluster = false;
    constructor(options) {
        this.options = options;
        this.runner = options.runner;
        this.expectations = options.expectations;
        this.extensions = options.extensions;
        const now = options.now ?? Date.now;
        this.sleep = options.sleep ?? sleepFor;
        this.registry = options.registry ?? DEFAULT_LOCAL_REGISTRY;
        this.checks = new Checks('kind', options.log, now);
        this.deadline = new Deadline(options.timeoutMs, now);
        this.clusterName = options.clusterName ?? `pgforge-smoke-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
        this.context = `kind-${this.clusterName}`;
        this.pod = `${this.pgCluster}-1`;
        this.databaseName = `${this.pgCluster}-${APP_DATABASE}`;
        this.images = [
            localImage(options.image, this.registry),
            ...options.extensions.map((p) => localImage(p.entry.image.reference, this.registry)),
        ];
        this.operand = this.images[0];
        this.wantedExtensions = databaseExtensions(options.expectations, options.extensions);
    }
    /** A command that must succeed; its failure (or a missing tool) is the check's. */
    async run(cmd, args, input) {
        const timeoutMs = this.deadline.remainingMs();
        try {
            const result = await this.runner.run(cmd, args, {
                timeoutMs,
                ...(input !== undefined ? { input } : {}),
            });
            if (result.code !== 0)
                throw new CheckFailure(describeFailure(cmd, args, result, timeoutMs));
            return result;
        }
        catch (error) {
            if (error instanceof ToolNotFoundError)
                throw new CheckFailure(error.message);
            throw error;
        }
    }
    kubectl(args, input) {
        return this.run('kubectl', ['--context', this.context, ...args], input);
    }
    /** SQL in the instance pod; a failure is PostgreSQL's own ERROR line. */
    async psql(sql) {
        const args = ['--context', this.context, 'exec', this.pod, '-c', 'postgres', '--'];
        args.push('psql', '-X', '-v', 'ON_ERROR_STOP=1', '-d', APP_DATABASE, '-Atc', sql);
        const timeoutMs = this.deadline.remainingMs();
        const result = await this.runner.run('kubectl', args, { timeoutMs });
        if (result.code === 0)
            return result;
        throw ((!result.timedOut && sqlFailure(result.stderr)) ||
            new CheckFailure(describeFailure('kubectl', args, result, timeoutMs)));
    }
    /** Applies a document, again while CNPG's webhook is not answering yet. */
    async apply(document) {
        this.manifests.push(document);
        const yaml = toYaml(document);
        for (let attempt = 1;; attempt++) {
            try {
                await this.kubectl(['apply', '-f', '-'], yaml);
                return;
            }
            catch (error) {
                const webhook = /webhook|connection refused|no endpoints available/i.test(String(error));
                if (!webhook || attempt >= 6 || this.deadline.expired())
                    throw error;
                await this.sleep(10_000);
            }
        }
    }
    /** Deletes the cluster (a check of its own) and the registry, if this run created them. */
    async tearDown() {
        const { runner, clusterName, registry } = this;
        if (this.createdCluster) {
            await this.checks.run(`kind cluster ${clusterName} deleted`, async () => {
                await runner
                    .run('kind', ['delete', 'cluster', '--name', clusterName], { timeoutMs: 300_000 })
                    .then((r) => {
                    if (r.code !== 0) {
                        throw new CheckFailure(describeFailure('kind', ['delete', 'cluster', '--name', clusterName], r));
                    }
                });
            });
        }
        if (this.startedRegistry) {
            await runner
                .run('docker', ['rm', '--force', registry.name], { timeoutMs: 60_000 })
                .catch(() => undefined);
        }
    }
}

;// CONCATENATED MODULE: ./packages/smoke/src/kind/level.ts
/**
 * The kind level: a kind cluster with the ImageVolume feature gate and a local registry, the
 * CNPG operator from its release manifest, a Cluster (with `postgresql.extensions`) and a
 * Database with extensions, then SQL through `kubectl exec`. On a failure it gathers
 * diagnostics; the cluster is deleted at the end whatever happened. Everything goes through a
 * CommandRunner, so the sequence is tested here with a recording fake (kind cannot start on
 * every machine).
 *
 * This file lists the checks in the order they run; each lives beside it with its group, and
 * shares what it needs through the `KindSession`.
 */









/** CNPG's current minor, as its extension repository tests against. */
const DEFAULT_CNPG_VERSION = '1.30.0';
/**
 * kind v0.32.0's node image for Kubernetes 1.36 (image volumes are on by default since 1.35),
 * pinned by digest as kind asks: the digest is kind's own default at its v0.32.0 release.
 */
const DEFAULT_KIND_NODE_IMAGE = 'kindest/node:v1.36.1@sha256:3489c7674813ba5d8b1a9977baea8a6e553784dab7b84759d1014dbd78f7ebd5';
async function runKindLevel(options) {
    const s = new KindSession(options);
    const steps = [
        toolsAvailable(s),
        localRegistry(s),
        kindCluster(s),
        nodesPullFromRegistry(s),
        imagesInRegistry(s),
        operatorInstalled(s),
        clusterHealthy(s),
        databaseApplied(s),
        postgres_selectVersion(s),
        ...s.wantedExtensions.map((e) => extensionInDatabase(s, e)),
        ...s.expectations.locales.map((locale) => localeInPod(s, locale)),
    ];
    try {
        await runSteps(s.checks, steps);
        if (s.checks.failed && s.createdCluster)
            await collectDiagnostics(s);
    }
    finally {
        await s.tearDown();
    }
    return { checks: s.checks.results, diagnostics: s.diagnostics, manifests: s.manifests };
}

// EXTERNAL MODULE: ./packages/summary/src/index.ts + 4 modules
var summary_src = __webpack_require__(7755);
;// CONCATENATED MODULE: ./packages/smoke/src/report.ts
/** The step summary (one row per check, with its result and time) and the failure message. */

const ICON = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
};
// A note under a check is one line in a table, whichever way it is written.
const oneLine = (s) => s.replace(/\r?\n/g, ' ');
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** `12 checks: 11 passed, 1 failed` */
function countLine(checks) {
    const by = (s) => checks.filter((c) => c.status === s).length;
    const parts = [`${by('passed')} passed`];
    if (by('failed'))
        parts.push(`${by('failed')} failed`);
    if (by('skipped'))
        parts.push(`${by('skipped')} skipped`);
    return `${checks.length} check${checks.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
function summaryDocument(report) {
    const flavour = report.flavourSource === 'none'
        ? 'no flavour (explicit expectations)'
        : `flavour ${report.flavour} (from the ${report.flavourSource === 'tag' ? 'tag' : 'input'})`;
    const document = [
        (0,summary_src/* heading */.R_)(3, [`Smoke test ${report.passed ? 'passed' : 'FAILED'}: `, (0,summary_src/* code */.aY)(report.image)]),
        (0,summary_src/* paragraph */.FY)(`Mode ${report.mode}, ${flavour}; ${countLine(report.checks)}; ${seconds(report.durationMs)}.`),
    ];
    if (report.extensions.length > 0) {
        document.push((0,summary_src/* paragraph */.FY)([
            'Extension images: ',
            ...(0,summary_src/* join */.fj)(report.extensions.map((e) => [
                (0,summary_src/* code */.aY)(e.name),
                ` (${e.reference}${e.choice ? `, of ${e.choice.candidates.length} entries the one annotated for the operand` : ''})`,
            ]), ', '),
            '.',
        ]));
    }
    document.push((0,summary_src/* table */.tp)(['level', 'check', 'result', 'time'], report.checks.map((c) => {
        const said = c.status === 'passed' ? (c.detail ?? '') : (c.error ?? '');
        const note = [said, ...(c.notes ?? []).map((n) => `ℹ️ ${n}`)].filter(Boolean).join('; ');
        const shown = oneLine(note.length > 160 ? `${note.slice(0, 157)}…` : note);
        return [
            c.level,
            shown ? [c.name, summary_src/* lineBreak */.qL, (0,summary_src/* small */.EX)(shown)] : c.name,
            ICON[c.status],
            seconds(c.durationMs),
        ];
    })));
    for (const c of report.checks.filter((x) => x.status === 'failed')) {
        document.push((0,summary_src/* details */.zH)(`❌ ${c.level}: ${oneLine(c.name)}`, [
            (0,summary_src/* codeBlock */.DV)(`${c.error ?? ''}${c.log ? `\n\n${c.log}` : ''}`.split('\n')),
        ]));
    }
    if (report.diagnostics.length > 0) {
        document.push((0,summary_src/* paragraph */.FY)(`Diagnostics (${report.diagnostics.length} commands) are in the report and the log.`));
    }
    return document;
}
const summaryMarkdown = (report) => (0,summary_src/* renderMarkdown */.Gc)(summaryDocument(report));
/** Each failed check in one line: its level and name, then why (an annotation each). */
function failedChecks(report) {
    return report.checks
        .filter((c) => c.status === 'failed')
        .map((c) => `${c.level}: ${c.name}: ${(c.error ?? '').split('\n').join(' ')}`);
}
/** The failed checks under one heading, for a terminal or a thrown error. */
function failureMessage(report) {
    const failed = failedChecks(report);
    return [
        `smoke test of ${report.image} failed: ${failed.length} of ${report.checks.length} checks`,
        ...failed.map((line) => `- ${line}`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/smoke/src/pin.ts
/**
 * The image under test, pinned to a digest before anything runs. A tag can move while a test
 * runs, and a local image store can hold an older image under the same tag; promote trusts a
 * report only for the digest it names, so the report must name what really ran.
 */

async function pinImage(image, registry) {
    const ref = (0,oci_src/* parseReference */.F2)(image);
    if (ref.digest)
        return { reference: image, digest: ref.digest };
    let digest;
    try {
        digest = await registry.resolveDigest(image);
    }
    catch (error) {
        return {
            reference: image,
            unpinned: `${(0,oci_src/* formatReference */.FH)(ref)} could not be resolved in its registry (${error.message}); the local image store's image was tested`,
        };
    }
    if (digest === undefined) {
        return {
            reference: image,
            unpinned: `${ref.registry} has no ${(0,oci_src/* formatReference */.FH)(ref)}; the local image store's image was tested`,
        };
    }
    return { reference: (0,oci_src/* formatReference */.FH)({ ...ref, digest }), digest };
}

;// CONCATENATED MODULE: ./packages/smoke/src/command.ts
/**
 * `smokeCommand`: everything the smoke-test action and `pgforge smoke-test` do, from parsed
 * options to a written report. The edge (action main or CLI) fills the options from inputs or
 * flags and the environment; nothing here reads process.env.
 */

















async function smokeCommand(options) {
    const now = options.now ?? Date.now;
    const started = now();
    const log = { info: options.log ?? (() => undefined) };
    const runner = retryingRuntimeHiccups(options.runner ?? processRunner(options.docker?.env), log.info);
    const registry = options.registry ?? (0,oci_src/* registryClientFromEnvironment */.oC)(options.docker ?? { env: {} });
    const resolved = resolveExpectations({
        image: options.image,
        ...(options.flavour ? { flavour: options.flavour } : {}),
        ...options.expect,
    });
    const levels = options.mode === 'all'
        ? ['container', 'kind']
        : [options.mode === 'kind' ? 'kind' : 'container'];
    // Before anything runs: a version whose manifest is not pinned cannot be installed.
    if (levels.includes('kind'))
        cnpgManifestUrl(options.cnpgVersion);
    const checks = [];
    const diagnostics = [];
    const scratch = (0,external_node_path_.join)(options.workDir, `smoke-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    const plans = [];
    const choices = new Map();
    const pinned = await pinImage(options.image, registry);
    if (pinned.unpinned)
        log.info(`not pinned to a digest: ${pinned.unpinned}`);
    try {
        // Extension images are unpacked once: the container level mounts them, and both levels
        // create the extensions their control files declare.
        if (options.extensions.length > 0) {
            const prepare = new Checks(levels[0], log, now);
            const platform = options.platform ?? (0,platform_src/* hostPlatform */.ol)().platform;
            const entries = await chooseEntries({
                entries: options.extensions,
                image: pinned.reference,
                platform,
                registry,
                runner,
                checks: prepare,
                timeoutMs: options.timeoutMs,
                choices,
            });
            for (const entry of entries) {
                await prepare.run(`extension image ${entry.name} unpacked (${platform})`, async () => {
                    const image = await unpackImage(registry, entry.image.reference, (0,external_node_path_.join)(scratch, entry.name), platform);
                    plans.push(planExtension(entry, image));
                    return `${image.digest}, ${image.files.length} files`;
                });
            }
            checks.push(...prepare.results);
        }
        if (levels.includes('container')) {
            checks.push(...(await runContainerLevel({
                image: pinned.reference,
                expectations: resolved.expectations,
                extensions: plans,
                timeoutMs: options.timeoutMs,
                runner,
                log,
                now,
                ...(options.platform ? { platform: options.platform } : {}),
            })));
        }
        if (levels.includes('kind')) {
            const kind = await runKindLevel({
                image: pinned.reference,
                expectations: resolved.expectations,
                extensions: plans,
                cnpgVersion: options.cnpgVersion,
                nodeImage: options.kindNodeImage,
                ...(options.operatorManifest ? { operatorManifest: options.operatorManifest } : {}),
                timeoutMs: options.timeoutMs,
                runner,
                log,
                now,
            });
            checks.push(...kind.checks);
            diagnostics.push(...kind.diagnostics);
        }
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    const passed = checks.length > 0 && checks.every((c) => c.status !== 'failed');
    const report = {
        schemaVersion: 1,
        image: options.image,
        ...(pinned.digest ? { digest: pinned.digest, reference: pinned.reference } : {}),
        ...(pinned.unpinned ? { unpinned: pinned.unpinned } : {}),
        ...(options.platform ? { platform: options.platform } : {}),
        mode: options.mode,
        ...(resolved.flavour ? { flavour: resolved.flavour } : {}),
        flavourSource: resolved.flavourSource,
        expectations: resolved.expectations,
        extensions: plans.map((p) => {
            const choice = choices.get(p.entry.name);
            return {
                name: p.entry.name,
                reference: p.entry.image.reference,
                sqlNames: p.sqlNames,
                ...(p.sqlVersion ? { sqlVersion: p.sqlVersion } : {}),
                ...(choice
                    ? {
                        choice: {
                            operand: choice.operand,
                            reason: choice.reason,
                            candidates: choice.candidates,
                        },
                    }
                    : {}),
            };
        }),
        startedAt: new Date(started).toISOString(),
        durationMs: now() - started,
        passed,
        checks,
        diagnostics,
    };
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(options.reportFile), { recursive: true });
    await (0,promises_.writeFile)(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    return {
        report,
        reportFile: options.reportFile,
        summary: summaryMarkdown(report),
        passed,
        ...(passed ? {} : { failure: failureMessage(report) }),
    };
}
/**
 * One entry per name: a name with one entry keeps it; a name with several (the extension
 * action's one per PostgreSQL major × distribution) keeps the one whose image is annotated for
 * the operand (extension-choice.ts). Each choice is a check; a name with no choice is left out
 * (its check failed). Names keep the order in which they first appear.
 */
async function chooseEntries(o) {
    const groups = groupByName(o.entries);
    if (groups.every((g) => g.entries.length === 1))
        return o.entries;
    const probeName = 'operand image identified (PostgreSQL major, distribution)';
    let operand;
    await o.checks.run(probeName, async () => {
        operand = await probeOperand({ image: o.image, runner: o.runner, timeoutMs: o.timeoutMs });
        return describeOperand(operand);
    });
    const chosen = [];
    for (const group of groups) {
        const [only] = group.entries;
        if (group.entries.length === 1 && only) {
            chosen.push(only);
            continue;
        }
        const name = `extension image ${group.name} chosen for the operand (of ${group.entries.length} entries)`;
        if (operand === undefined) {
            o.checks.skip(name, `not run: "${probeName}" did not pass`);
            continue;
        }
        const known = operand;
        await o.checks.run(name, async () => {
            const candidates = [];
            for (const entry of group.entries) {
                const { index, manifest } = await o.registry
                    .getImageManifest(entry.image.reference, o.platform)
                    .catch((error) => {
                    throw new CheckFailure(`cannot read the annotations of ${entry.image.reference} (${o.platform}): ${error.message}`);
                });
                candidates.push({
                    entry,
                    annotations: {
                        ...(index?.manifest.annotations ?? {}),
                        ...(manifest.manifest.annotations ?? {}),
                    },
                });
            }
            const choice = chooseExtensionEntry(group.name, candidates, known);
            o.choices.set(group.name, choice);
            chosen.push(choice.chosen);
            return choice.reason;
        });
    }
    return chosen;
}

;// CONCATENATED MODULE: ./packages/smoke/src/duration.ts
/** `90`, `90s`, `15m`, `1h`, `1h30m` → milliseconds; undefined when it is none of these. */
function parseDuration(text) {
    const t = text.trim();
    if (/^\d+$/.test(t))
        return Number(t) > 0 ? Number(t) * 1000 : undefined;
    const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(t);
    if (!m || t === '')
        return undefined;
    const [h = '0', min = '0', s = '0'] = [m[1], m[2], m[3]];
    const ms = ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000;
    return ms > 0 ? ms : undefined;
}

;// CONCATENATED MODULE: ./packages/smoke/src/index.ts



















/***/ })

};
