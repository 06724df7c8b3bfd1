export const id = 668;
export const ids = [668];
export const modules = {

/***/ 5505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xs: () => (/* reexport */ bakeDefinition),
  D9: () => (/* reexport */ keyringFiles),
  UH: () => (/* reexport */ projectDockerfile),
  Mw: () => (/* reexport */ unreachableMirror),
  gP: () => (/* reexport */ writeKeyringContext)
});

// UNUSED EXPORTS: KeyringContextError

// EXTERNAL MODULE: ./packages/targets/src/index.ts + 11 modules
var src = __webpack_require__(4804);
;// CONCATENATED MODULE: ./packages/bake/src/bake.ts

/** Stages of docker/Dockerfile: a flavour without a parent is `server`, one with is `layer`. */
const SERVER_STAGE = 'server';
const LAYER_STAGE = 'layer';
const ANNOTATION_LEVELS = ['index', 'manifest'];
/**
 * A bake definition building `kept` targets. Their parents (the flavours they extend) must be
 * in `all`: a parent not kept itself is still defined, as a build-cache-only target, because
 * its child is built on top of it through the `parent` context.
 */
function bakeDefinition(kept, all, options) {
    const byId = new Map(all.map((t) => [t.id, t]));
    const keptIds = new Set(kept.map((t) => t.id));
    const defined = new Map();
    const define = (t, output) => {
        const existing = defined.get(t.id);
        if (existing && (existing.output[0] !== 'type=cacheonly' || !output))
            return;
        const parent = t.parent !== undefined ? byId.get(t.parent) : undefined;
        if (t.parent !== undefined && !parent) {
            throw new Error(`target ${t.id} extends ${t.parent}, which is not among the targets`);
        }
        const platforms = options.platform !== undefined ? [options.platform] : t.platforms;
        const attest = output ? attestations(options) : [];
        const contexts = parent ? { parent: `target:${parent.id}` } : {};
        // The server stage installs PGDG's keys from it; every stage's install trusts the
        // configured Debian keys there (APT_KEYRING), so a layer needs the context too.
        if (t.keyring?.length) {
            if (options.keyringContext === undefined) {
                throw new Error(`target ${t.id} has a keyring but no keyring context was given`);
            }
            contexts.keyring = options.keyringContext;
        }
        defined.set(t.id, {
            context: options.context,
            dockerfile: options.dockerfile ?? 'Dockerfile',
            target: parent ? LAYER_STAGE : SERVER_STAGE,
            ...(Object.keys(contexts).length > 0 ? { contexts } : {}),
            platforms,
            args: t.buildArgs,
            tags: output && options.layoutDir === undefined ? (0,src/* testingReferences */.lO)(t) : [],
            labels: t.annotations,
            // One entry per level: buildx's combined `index,manifest:` form gives, with the docker
            // driver, a Docker manifest list without any annotation.
            annotations: output
                ? annotationLevels(platforms.length, attest.length > 0).flatMap((level) => Object.entries(t.annotations).map(([k, v]) => `${level}:${k}=${v}`))
                : [],
            attest,
            output: output ? outputs(t, options) : ['type=cacheonly'],
        });
        if (parent)
            define(parent, keptIds.has(parent.id));
    };
    for (const t of kept)
        define(t, true);
    return {
        group: { default: { targets: kept.map((t) => t.id) } },
        target: Object.fromEntries([...defined.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    };
}
function attestations(options) {
    const mode = options.provenance ?? 'max';
    if (mode === false)
        return [];
    return [`type=provenance,mode=${mode === true ? 'max' : mode}`];
}
function outputs(t, options) {
    const rewrite = options.rewriteTimestamp ? ',rewrite-timestamp=true' : '';
    if (options.layoutDir !== undefined) {
        return [`type=oci,dest=${options.layoutDir}/${t.id},tar=false${rewrite}`];
    }
    if (options.push === false)
        return ['type=cacheonly'];
    return [`type=registry${rewrite}`];
}
/**
 * BuildKit writes an index only for several platforms or with attestations; a single image
 * manifest has no index to annotate (and BuildKit refuses `index:` annotations then).
 */
function annotationLevels(platforms, attested) {
    return platforms > 1 || attested ? ANNOTATION_LEVELS : ['manifest'];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./packages/bake/src/project.ts



/**
 * The project's own Dockerfile, found by walking up from the running code: the bundle
 * (dist/<name>/index.js) and the sources (packages/<name>/src/…) both sit under the project.
 * A literal `new URL('../../docker/Dockerfile', import.meta.url)` is not used because ncc
 * rewrites it into an asset import.
 */
function projectDockerfile(from = import.meta.url) {
    let dir = (0,external_node_path_.dirname)(from.startsWith('file:') ? (0,external_node_url_.fileURLToPath)(from) : from);
    for (;;) {
        const candidate = (0,external_node_path_.join)(dir, 'docker', 'Dockerfile');
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            throw new Error(`docker/Dockerfile not found above ${from}`);
        dir = parent;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/errors/src/index.ts + 1 modules
var errors_src = __webpack_require__(7405);
;// CONCATENATED MODULE: ./packages/bake/src/keyring-context.ts




/**
 * A key file (packages.keyring) the build cannot hand over as the matrix saw it: not there in
 * this checkout, or with other bytes than the ones the matrix hashed and fingerprinted. The
 * message names the path read; the context, the file as the configuration names it when that
 * is inside the checkout (a relative path), where an annotation can point.
 */
class KeyringContextError extends errors_src/* UserError */.y {
    path;
    constructor(path, reason, named) {
        super(`keyring ${path} (packages.keyring): ${reason}; build from the same checkout and ` +
            'configuration the matrix ran on, or run the matrix again', named !== undefined && !(0,external_node_path_.isAbsolute)(named) ? { file: named } : {});
        this.path = path;
        this.name = 'KeyringContextError';
    }
}
/** The key files of the targets, once each by name (every target of a run has the same). */
function keyringFiles(targets) {
    const byName = new Map();
    for (const t of targets)
        for (const f of t.keyring ?? [])
            byName.set(f.name, f);
    return [...byName.values()];
}
/**
 * Writes the Dockerfile's `keyring` context: each key file under its context name, after
 * checking that its bytes are the ones the matrix hashed. The context is a directory of its
 * own, so that BuildKit's cache key follows the keys and nothing else. A relative path (one
 * inside the matrix's workspace) is taken from `workspace`: the build may run in another
 * checkout of the same commit, at another path (a self-hosted runner, a container job).
 */
async function writeKeyringContext(files, dir, workspace = '.') {
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const f of files) {
        const path = (0,external_node_path_.resolve)(workspace, f.path);
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch (error) {
            throw new KeyringContextError(path, `cannot be read (${error.message})`, f.path);
        }
        const actual = (0,src/* sha256Hex */.fg)(bytes);
        if (actual !== f.sha256) {
            throw new KeyringContextError(path, `its SHA-256 is ${actual}, but the matrix resolved the targets with ${f.sha256}`, f.path);
        }
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, f.name), bytes, { mode: 0o644 });
    }
}

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
;// CONCATENATED MODULE: ./packages/bake/src/reach.ts

/**
 * Why a target's PGDG mirror cannot be reached from a build step, or undefined when it can.
 * A step runs in the build's own network namespace, where 127.0.0.1 is the step itself, and
 * buildx bake before 0.17 has no way to put a step on the host's network: a mirror on loopback
 * (a local cache or archive on `http://127.0.0.1:8080/…`) would fail deep inside apt-get, so
 * it is refused before anything is built.
 */
function unreachableMirror(t) {
    const mirror = t.buildArgs.PGDG_MIRROR;
    if (mirror === undefined)
        return undefined;
    let host;
    try {
        host = new URL(mirror).host;
    }
    catch {
        return `target ${t.id}: PGDG mirror ${JSON.stringify(mirror)} is not a URL`;
    }
    // The same rule as for registries: localhost, ::1, 127.0.0.0/8.
    if (!(0,oci_src/* isLoopbackRegistry */.jW)(host))
        return undefined;
    return (`target ${t.id}: packages.mirror ${mirror} is on loopback, which a build step cannot reach ` +
        '(it runs in its own network namespace); serve the mirror on an address of this machine ' +
        "that containers reach (the docker bridge's gateway, e.g. 172.17.0.1) and set packages.mirror to it");
}

;// CONCATENATED MODULE: ./packages/bake/src/index.ts






/***/ }),

/***/ 2668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MATRIX: () => (/* binding */ MATRIX),
/* harmony export */   matrix: () => (/* binding */ matrix)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _pgforge_config__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4456);
/* harmony import */ var _pgforge_matrix__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4873);
/* harmony import */ var _pgforge_apt__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3190);
/* harmony import */ var _pgforge_bake__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5505);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9147);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1863);
/* harmony import */ var _overrides_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2683);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7101);











const MATRIX = {
    name: 'matrix',
    summary: 'resolve versions, expand targets, write a bake file',
    flags: [
        {
            name: 'config',
            type: 'string',
            value: 'FILE',
            description: 'the configuration file; when the default is absent, the built-in defaults',
            default: _pgforge_config__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_FILE */ .Cu,
        },
        ...(0,_overrides_js__WEBPACK_IMPORTED_MODULE_9__/* .overrideFlags */ .n)('build only these flavours'),
        {
            name: 'testing-registry',
            type: 'string',
            value: 'REGISTRY',
            description: 'push builds to <this>/<name>-testing; production stays <registry>/<name> (pull requests)',
        },
        {
            name: 'skip-unchanged',
            type: 'boolean',
            description: 'drop targets whose published image has the same fingerprint',
            default: 'true',
        },
        { name: 'force', type: 'boolean', description: 'keep every target', default: 'false' },
        {
            name: 'repair',
            type: 'boolean',
            description: 'list a target whose tags moved off its unchanged image in repairs (for promote --repairs), not build it',
            default: 'false',
        },
        {
            name: 'allow-expired-release',
            type: 'boolean',
            description: 'accept a Release past its Valid-Until (sid); false: as the configuration says',
            default: 'false',
        },
        {
            name: 'group-by',
            type: 'string',
            value: 'KIND',
            description: `one matrix entry per ${_pgforge_matrix__WEBPACK_IMPORTED_MODULE_4__/* .GROUP_BY */ .a0.join(' | ')}`,
            choices: _pgforge_matrix__WEBPACK_IMPORTED_MODULE_4__/* .GROUP_BY */ .a0,
            default: 'target',
        },
        {
            name: 'bake-file',
            type: 'string',
            value: 'FILE',
            description: 'where to write the bake definition',
            default: 'pgforge-bake.json',
        },
        {
            name: 'timestamp',
            type: 'string',
            value: 'TIME',
            description: "the run's time, RFC 3339",
            defaultText: 'now',
        },
        (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .summaryFlag */ .B6)('the summary table (targets, versions, tags, decisions)'),
        {
            name: 'targets-file',
            type: 'string',
            value: 'FILE',
            description: 'also write the kept targets (JSON) there, for `pgforge build --targets`',
        },
        {
            name: 'all-targets-file',
            type: 'string',
            value: 'FILE',
            description: 'also write every target (JSON) there, for `--all-targets`',
        },
        (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .jsonFlag */ .hG)('matrix, targets, skipped, repairs, refused, bakeFile, timestamp (the default)'),
    ],
};
async function matrix(values) {
    (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .oneOutput */ .wW)(values);
    const testing = values['testing-registry'];
    const testingName = testing === undefined ? undefined : (0,_pgforge_matrix__WEBPACK_IMPORTED_MODULE_4__/* .testingRegistry */ .G2)(testing);
    if (testing !== undefined && testingName === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--testing-registry: ${JSON.stringify(testing)} is not allowed; expected ${_pgforge_matrix__WEBPACK_IMPORTED_MODULE_4__/* .TESTING_REGISTRY_EXPECTED */ .OU}`);
    }
    const result = await (0,_pgforge_matrix__WEBPACK_IMPORTED_MODULE_4__/* .matrixCommand */ .B_)({
        // The default file may be absent (defaults apply); a file someone named must exist.
        configFile: (0,_pgforge_config__WEBPACK_IMPORTED_MODULE_3__/* .namedConfigFile */ .Yq)(values.config),
        overrides: {
            ...(0,_overrides_js__WEBPACK_IMPORTED_MODULE_9__/* .configOverrides */ .G)(values),
            ...(values['allow-expired-release'] ? { allowExpiredRelease: true } : {}),
        },
        ...(testingName !== undefined ? { testingRegistry: testingName } : {}),
        skipUnchanged: values['skip-unchanged'],
        force: values.force,
        ...(values.repair ? { repair: true } : {}),
        groupBy: values['group-by'],
        bakeFile: values['bake-file'],
        dockerfile: (0,_pgforge_bake__WEBPACK_IMPORTED_MODULE_6__/* .projectDockerfile */ .UH)(),
        now: (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .time */ .kB)('timestamp', values.timestamp),
        cacheDir: (0,_pgforge_apt__WEBPACK_IMPORTED_MODULE_5__/* .defaultCacheDir */ .$g)(process.env, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)()),
        hostRoot: (0,_pgforge_apt__WEBPACK_IMPORTED_MODULE_5__/* .hostAptRoot */ .uV)(process.env),
        workspace: process.cwd(),
        docker: { env: { ...process.env } },
        log: (m) => process.stderr.write(`${m}\n`),
        warn: (m) => process.stderr.write(`warning: ${m}\n`),
    });
    if (values['targets-file']) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(values['targets-file'], `${JSON.stringify(result.kept, null, 2)}\n`);
    }
    if (values['all-targets-file']) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(values['all-targets-file'], `${JSON.stringify(result.targets, null, 2)}\n`);
    }
    if (values.summary) {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .printSummary */ .ot)(result.summaryDocument, values.summary);
        return 0;
    }
    const { matrix: m, kept, skipped, repairs, refused, bakeFile, timestamp } = result;
    // resolve, not join: an absolute --bake-file is where the file is, not a path under the cwd.
    (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .printJson */ .Q2)({
        matrix: m,
        targets: kept,
        skipped,
        repairs,
        refused,
        bakeFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(bakeFile),
        timestamp,
    });
    return 0;
}


/***/ })

};
