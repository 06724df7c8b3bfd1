export const id = 829;
export const ids = [829];
export const modules = {

/***/ 2829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUILD: () => (/* binding */ BUILD),
/* harmony export */   build: () => (/* binding */ build)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pgforge_operand__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4336);
/* harmony import */ var _pgforge_bake__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5505);
/* harmony import */ var _pgforge_oci__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8731);
/* harmony import */ var _pgforge_targets__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4804);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9147);
/* harmony import */ var _build_progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(820);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7101);









const BUILD = {
    name: 'build',
    summary: 'build the targets with docker buildx bake, push, tag',
    flags: [
        {
            name: 'targets',
            type: 'string',
            value: 'FILE|JSON',
            description: "the matrix's targets: a file (pgforge matrix --targets-file) or the JSON array",
            required: true,
        },
        {
            name: 'all-targets',
            type: 'string',
            value: 'FILE|JSON',
            description: 'every target (pgforge matrix --all-targets-file), for unkept parents',
        },
        {
            name: 'select',
            type: 'string',
            value: 'LIST',
            description: 'only these target ids, or a major or distribution',
        },
        {
            name: 'mode',
            type: 'string',
            value: 'MODE',
            description: 'build | merge (the indexes of per-platform builds in --digests-dir)',
            choices: ['build', 'merge'],
            default: 'build',
        },
        {
            name: 'push',
            type: 'boolean',
            description: 'push to the registry; false keeps OCI layouts only',
            default: 'true',
        },
        {
            name: 'environment',
            type: 'string',
            value: 'ENV',
            description: 'deprecated: build writes the testing repository only, and promote writes production',
        },
        {
            name: 'provenance',
            type: 'string',
            value: 'MODE',
            description: 'max | min | false',
            choices: ['max', 'min', 'false'],
            default: 'max',
        },
        {
            name: 'platform',
            type: 'string',
            value: 'PLATFORM',
            description: 'build one platform, push by digest, for a later merge',
        },
        {
            name: 'digests-dir',
            type: 'string',
            value: 'DIR',
            description: 'where per-platform digests go and merge reads them',
            default: 'pgforge-digests',
        },
        {
            name: 'source-date-epoch',
            type: 'string',
            value: 'SECS',
            description: 'reproducible timestamps',
            defaultText: 'the commit time of HEAD',
        },
        {
            name: 'rewrite-timestamp',
            type: 'boolean',
            description: "also have BuildKit clamp new layers' file times (the Dockerfile does it already)",
            default: 'false',
        },
        {
            name: 'retries',
            type: 'string',
            value: 'N',
            description: 'extra attempts after a transient failure',
            default: '2',
        },
        { name: 'builder', type: 'string', value: 'NAME', description: 'buildx builder' },
        {
            name: 'sbom',
            type: 'boolean',
            description: 'write and attach SBOMs of each pushed image, with package changes',
            default: 'false',
            // `--sbom DIR` was the one flag for both; the directory is --sbom-dir now, as in the action.
            legacyValue: 'sbom-dir',
        },
        {
            name: 'sbom-dir',
            type: 'string',
            value: 'DIR',
            description: 'where the SBOM files go, with --sbom',
            default: 'pgforge-sbom',
        },
        {
            name: 'work-dir',
            type: 'string',
            value: 'DIR',
            description: 'bake files and layouts',
            defaultText: 'a temporary directory',
        },
        {
            name: 'progress',
            type: 'string',
            value: 'MODE',
            description: "auto | plain (BuildKit's whole log) | quiet; auto folds the log into a status line on a terminal, plain elsewhere",
            choices: _build_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .PROGRESS_MODES */ .py,
            default: 'auto',
        },
        (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .summaryFlag */ .B6)('the summary (a row per image: digest, sizes, tags; failures; log tails)'),
        (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonFlag */ .hG)('images and failed (the default)'),
    ],
};
async function targets(flag, value) {
    if (value === undefined)
        return undefined;
    // The action's input is the matrix's JSON array itself; a shell more often has a file.
    const doc = await (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .documentOrFile */ .Pw)(flag, value, _args_js__WEBPACK_IMPORTED_MODULE_6__/* .startsAsJson */ .gY, { json: true });
    try {
        return (0,_pgforge_targets__WEBPACK_IMPORTED_MODULE_5__/* .parseTargetList */ .n5)(doc.text);
    }
    catch (e) {
        throw (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .documentProblem */ .zG)(doc, e.message);
    }
}
async function build(values) {
    (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .oneOutput */ .wW)(values);
    if (values.mode === 'merge' && values.platform !== undefined) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--platform ${values.platform}: not with --mode merge, which joins the platforms the per-platform builds left in --digests-dir; give --platform to each --mode build, and none to the merge`);
    }
    const environment = (0,_pgforge_operand__WEBPACK_IMPORTED_MODULE_2__/* .retiredEnvironment */ .b0)(values.environment, 'flag');
    if (environment.error)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(environment.error);
    if (environment.warning)
        process.stderr.write(`warning: ${environment.warning}\n`);
    const targetList = (await targets('targets', values.targets)) ?? [];
    const allTargets = await targets('all-targets', values['all-targets']);
    const env = { ...process.env };
    const registry = (0,_pgforge_oci__WEBPACK_IMPORTED_MODULE_4__/* .registryClientFromEnvironment */ .oC)({ env });
    const epoch = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .integer */ .nd)('source-date-epoch', values['source-date-epoch']);
    const retries = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .integer */ .nd)('retries', values.retries) ?? 2;
    const view = (0,_build_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .buildView */ .kK)({ mode: values.progress, stream: process.stderr, env });
    const result = await (0,_pgforge_operand__WEBPACK_IMPORTED_MODULE_2__/* .buildCommand */ .Oe)({
        mode: values.mode,
        targets: targetList,
        ...(allTargets ? { allTargets } : {}),
        ...(values.select ? { select: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .list */ .p_)(values.select) ?? [] } : {}),
        push: values.push,
        provenance: values.provenance === 'false' ? false : values.provenance,
        ...(values.platform ? { platform: values.platform } : {}),
        digestsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(values['digests-dir']),
        ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
        workspace: process.cwd(),
        rewriteTimestamp: values['rewrite-timestamp'],
        retries,
        ...(values.builder ? { builder: values.builder } : {}),
        ...(values.sbom ? { sbomDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(values['sbom-dir']) } : {}),
        dockerfile: (0,_pgforge_bake__WEBPACK_IMPORTED_MODULE_3__/* .projectDockerfile */ .UH)(),
        workDir: values['work-dir'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), `pgforge-build-${process.pid}`),
        env,
        registry,
        log: view.log,
        warn: view.warn,
        buildOutput: view.output,
        progress: view.progress,
    }).finally(view.close);
    if (values.summary)
        (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .printSummary */ .ot)(result.summaryDocument, values.summary);
    else
        (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .printJson */ .Q2)({ images: result.images, failed: result.failed });
    for (const f of result.failed) {
        // BuildKit's log was not shown: the end of the failed build's is, under its error.
        const tail = view.folded ? f.tail.slice(-20) : [];
        process.stderr.write(`error: ${f.target}: ${f.reason}\n${tail.map((l) => `  ${l}\n`).join('')}`);
    }
    return result.failed.length > 0 ? 1 : 0;
}


/***/ })

};
