export const id = 789;
export const ids = [789];
export const modules = {

/***/ 1789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SMOKE_TEST: () => (/* binding */ SMOKE_TEST),
/* harmony export */   smokeTest: () => (/* binding */ smokeTest)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4841);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9147);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7101);




const SMOKE_TEST = {
    name: 'smoke-test',
    summary: 'check an operand image as CNPG runs it (container, kind)',
    flags: [
        {
            name: 'image',
            type: 'string',
            value: 'REF',
            description: 'the operand image',
            required: true,
        },
        {
            name: 'flavour',
            type: 'string',
            value: 'FLAVOUR',
            description: `what it promises: ${_pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .FLAVOURS */ .N$.join(' | ')}`,
            choices: _pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .FLAVOURS */ .N$,
            defaultText: 'the one its tag names',
        },
        {
            name: 'expected-extensions',
            type: 'string',
            value: 'LIST',
            description: "extensions that must create; replaces the flavour's list",
            aliases: ['expect-extensions'],
        },
        {
            name: 'expected-locales',
            type: 'string',
            value: 'LIST',
            description: "locales that must exist; replaces the flavour's list",
            aliases: ['expect-locales'],
        },
        {
            name: 'preload-libraries',
            type: 'string',
            value: 'LIST',
            description: "shared_preload_libraries for the checks; replaces the flavour's list",
        },
        {
            name: 'extensions',
            type: 'string',
            value: 'FILE|YAML',
            description: "extension images to mount: the extension action's cluster-extensions",
            aliases: ['extensions-file'],
        },
        {
            name: 'mode',
            type: 'string',
            value: 'MODE',
            description: _pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN.join(' | '),
            choices: _pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN,
            default: 'container',
        },
        {
            name: 'cnpg-version',
            type: 'string',
            value: 'VERSION',
            description: 'the operator release for kind',
            default: _pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CNPG_VERSION */ .mw,
        },
        {
            name: 'kind-node-image',
            type: 'string',
            value: 'IMAGE',
            description: "kind's node image",
            default: _pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_KIND_NODE_IMAGE */ .i4,
        },
        {
            name: 'timeout',
            type: 'string',
            value: 'DURATION',
            description: 'for each level, e.g. 90s, 10m, 1h',
            default: '10m',
        },
        {
            name: 'platform',
            type: 'string',
            value: 'PLATFORM',
            description: 'of the extension images to unpack',
            defaultText: "the host's",
        },
        {
            name: 'report-file',
            type: 'string',
            value: 'FILE',
            description: 'the JSON report',
            default: 'pgforge-smoke-report.json',
            aliases: ['report'],
        },
        (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryFlag */ .B6)('the summary (a row per check)'),
        (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonFlag */ .hG)('the report (the default)'),
    ],
};
/** A YAML list given in-line starts as one does; a file's path never starts with `-` or `[`. */
const inlineYaml = (v) => v.includes('\n') || /^\s*[-[]/.test(v);
async function smokeTest(values) {
    (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOutput */ .wW)(values);
    const timeoutMs = (0,_pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(values.timeout);
    if (timeoutMs === undefined) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--timeout: ${JSON.stringify(values.timeout)} is not allowed; expected a duration such as 90s, 10m or 1h`);
    }
    const cnpgVersion = values['cnpg-version'];
    try {
        (0,_pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .cnpgManifestUrl */ .Dn)(cnpgVersion);
    }
    catch {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--cnpg-version: ${JSON.stringify(cnpgVersion)} is not allowed; expected a CNPG release version, e.g. ${_pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CNPG_VERSION */ .mw}`);
    }
    const expect = {};
    const extensions = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(values['expected-extensions']);
    const locales = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(values['expected-locales']);
    const preload = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(values['preload-libraries']);
    if (extensions)
        expect.extensions = extensions;
    if (locales)
        expect.locales = locales;
    if (preload)
        expect.preloadLibraries = preload;
    const entries = values.extensions
        ? await (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .documentOrFile */ .Pw)('extensions', values.extensions, inlineYaml).then(({ text, source }) => (0,_pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .parseExtensionEntries */ .Z7)(text, source))
        : [];
    const result = await (0,_pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .smokeCommand */ .bU)({
        image: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .imageReference */ .rA)('image', values.image),
        ...(values.flavour ? { flavour: values.flavour } : {}),
        expect,
        extensions: entries,
        mode: values.mode,
        cnpgVersion,
        kindNodeImage: values['kind-node-image'],
        timeoutMs,
        ...(values.platform ? { platform: values.platform } : {}),
        reportFile: values['report-file'],
        workDir: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(),
        docker: { env: { ...process.env } },
        log: (m) => void process.stderr.write(`${m}\n`),
    });
    if (values.summary)
        (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .printSummary */ .ot)((0,_pgforge_smoke__WEBPACK_IMPORTED_MODULE_1__/* .summaryDocument */ .ad)(result.report), values.summary);
    else
        (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(result.report);
    if (!result.passed)
        process.stderr.write(`error: ${result.failure ?? 'a check failed'}\n`);
    return result.passed ? 0 : 1;
}


/***/ })

};
