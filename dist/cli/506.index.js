export const id = 506;
export const ids = [506];
export const modules = {

/***/ 2506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CATALOG: () => (/* binding */ CATALOG),
/* harmony export */   catalog: () => (/* binding */ catalog)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _pgforge_config__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4456);
/* harmony import */ var _pgforge_catalog__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(596);
/* harmony import */ var _pgforge_oci__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8731);
/* harmony import */ var _pgforge_targets__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4804);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9147);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7101);









const CATALOG = {
    name: 'catalog',
    summary: 'CNPG image catalogs of the newest promoted image per major, read from production',
    flags: [
        {
            name: 'config',
            type: 'string',
            value: 'FILE',
            description: 'the configuration (registry, name, flavours, distributions, tags)',
            default: _pgforge_config__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_FILE */ .Cu,
        },
        {
            name: 'repository',
            type: 'string',
            value: 'REPO',
            description: 'the production repository to read',
            defaultText: '<registry>/<name> of the configuration',
        },
        {
            name: 'flavours',
            type: 'string',
            value: 'LIST',
            description: 'flavours',
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
            name: 'extensions',
            type: 'string',
            value: 'JSON|YAML|FILE',
            description: "the extension command's images, or cluster-extensions entries (or a file)",
        },
        {
            name: 'kind',
            type: 'string',
            value: 'KIND',
            description: 'ClusterImageCatalog | ImageCatalog',
            choices: _pgforge_catalog__WEBPACK_IMPORTED_MODULE_4__/* .CATALOG_KINDS */ .wF,
            default: 'ClusterImageCatalog',
        },
        {
            name: 'namespace',
            type: 'string',
            value: 'NS',
            description: 'with --kind ImageCatalog: its namespace',
        },
        {
            name: 'previews',
            type: 'boolean',
            description: 'include preview releases (19beta3)',
            default: 'false',
        },
        {
            name: 'publisher',
            type: 'string',
            value: 'NAME',
            description: 'the images.cnpg.io/publisher label',
            defaultText: "the vendor annotation, else the registry's owner",
        },
        {
            name: 'output-dir',
            type: 'string',
            value: 'DIR',
            description: 'where the files go',
            default: 'catalogs',
        },
        {
            name: 'cosign-key',
            type: 'string',
            value: 'FILE',
            description: 'sign each file with this cosign key (password in COSIGN_PASSWORD)',
        },
        (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .summaryFlag */ .B6)('the summary (a row per catalog image)'),
        (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonFlag */ .hG)('the files written (the default)'),
    ],
};
/** `[` or `{` starts JSON, `-` a YAML list: the text itself; anything else names a file. */
const inlineDocument = (v) => /^\s*[[{-]/.test(v);
async function catalog(values) {
    (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .oneOutput */ .wW)(values);
    if (values.namespace === undefined && values.kind === 'ImageCatalog') {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--namespace: required with --kind ImageCatalog, which belongs to a namespace (a ClusterImageCatalog does not)');
    }
    if (values.namespace !== undefined && values.kind !== 'ImageCatalog') {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--namespace ${values.namespace}: a ${values.kind} belongs to no namespace; give --kind ImageCatalog with it, or leave --namespace out`);
    }
    const env = { ...process.env };
    const registry = (0,_pgforge_oci__WEBPACK_IMPORTED_MODULE_5__/* .registryClientFromEnvironment */ .oC)({ env });
    const extensions = values.extensions
        ? (await (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .documentOrFile */ .Pw)('extensions', values.extensions, inlineDocument)).text
        : undefined;
    const flavours = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(values.flavours);
    const distributions = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .list */ .p_)(values.distributions);
    const result = await (0,_pgforge_catalog__WEBPACK_IMPORTED_MODULE_4__/* .catalogCommand */ .XZ)({
        configFile: (0,_pgforge_config__WEBPACK_IMPORTED_MODULE_3__/* .namedConfigFile */ .Yq)(values.config),
        overrides: {
            ...(flavours ? { flavours } : {}),
            ...(distributions ? { distributions } : {}),
        },
        ...(values.repository ? { repository: values.repository } : {}),
        ...(extensions ? { extensions: (0,_pgforge_targets__WEBPACK_IMPORTED_MODULE_6__/* .parseImageRecords */ .Db)(extensions, _pgforge_catalog__WEBPACK_IMPORTED_MODULE_4__/* .EXTENSIONS_INPUT */ .ie) } : {}),
        kind: values.kind,
        ...(values.namespace ? { namespace: values.namespace } : {}),
        previews: values.previews,
        ...(values.publisher ? { publisher: values.publisher } : {}),
        outputDir: values['output-dir'],
        ...(values['cosign-key'] ? { cosignKey: values['cosign-key'] } : {}),
        workDir: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'pgforge-catalog-')),
        env,
        registry,
        log: (m) => void process.stderr.write(`${m}\n`),
        warn: (m) => void process.stderr.write(`warning: ${m}\n`),
    });
    if (values.summary) {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .printSummary */ .ot)((0,_pgforge_catalog__WEBPACK_IMPORTED_MODULE_4__/* .catalogSummaryDocument */ .DL)(result.catalogs, result.empty), values.summary);
    }
    else
        (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .printJson */ .Q2)(result.files);
    return 0;
}


/***/ })

};
