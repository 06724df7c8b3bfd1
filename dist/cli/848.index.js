export const id = 848;
export const ids = [848];
export const modules = {

/***/ 9848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SBOM: () => (/* binding */ SBOM),
/* harmony export */   sbom: () => (/* binding */ sbom)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pgforge_sbom__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7477);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9147);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7101);




const SBOM = {
    name: 'sbom',
    summary: 'SPDX 2.3 and CycloneDX 1.6 SBOMs of an image in a registry',
    flags: [
        {
            name: 'image',
            type: 'string',
            value: 'REF',
            description: 'the image (every platform of an index, or --platform)',
            required: true,
        },
        {
            name: 'platform',
            type: 'string',
            value: 'PLATFORM',
            description: 'only this platform',
            defaultText: 'every platform',
        },
        {
            name: 'format',
            type: 'string',
            value: 'FORMAT',
            description: 'spdx-json | cyclonedx-json | both (or a comma separated list)',
            default: 'both',
        },
        {
            name: 'output-dir',
            type: 'string',
            value: 'DIR',
            description: 'where the files go',
            default: 'sbom',
        },
        {
            name: 'attach',
            type: 'boolean',
            description: 'attach them to the image in the registry (referrers)',
            default: 'false',
        },
        {
            name: 'compare-to',
            type: 'string',
            value: 'REF',
            description: 'a previous image: print the package changes',
        },
        {
            name: 'created',
            type: 'string',
            value: 'TIME',
            description: "the documents' creation time, RFC 3339",
            defaultText: "the image's",
        },
        (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryFlag */ .B6)('the summary (platforms, packages, files, package changes)'),
        (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonFlag */ .hG)('the files written (the default)'),
    ],
};
async function sbom(values) {
    (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOutput */ .wW)(values);
    (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .imageReference */ .rA)('image', values.image);
    if (values['compare-to'] !== undefined)
        (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .imageReference */ .rA)('compare-to', values['compare-to']);
    // A format none of those allowed is a usage error naming --format (asFlag in cli.ts).
    const formats = (0,_pgforge_sbom__WEBPACK_IMPORTED_MODULE_1__/* .parseFormats */ .Ql)(values.format);
    if (values.created !== undefined && Number.isNaN(new Date(values.created).getTime())) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--created: ${JSON.stringify(values.created)} is not allowed; expected an RFC 3339 date and time, e.g. 2026-11-21T13:15:00Z`);
    }
    const result = await (0,_pgforge_sbom__WEBPACK_IMPORTED_MODULE_1__/* .sbomCommand */ .Vk)({
        image: values.image,
        formats,
        outputDir: values['output-dir'],
        attach: values.attach,
        ...(values.platform ? { platform: values.platform } : {}),
        ...(values['compare-to'] ? { compareTo: values['compare-to'] } : {}),
        ...(values.created ? { created: values.created } : {}),
        docker: { env: { ...process.env }, homeDir: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)() },
        log: (m) => void process.stderr.write(`${m}\n`),
        warn: (m) => void process.stderr.write(`warning: ${m}\n`),
    });
    if (values.summary)
        (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .printSummary */ .ot)(result.summaryDocument, values.summary);
    else
        (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(result.files);
    return 0;
}


/***/ })

};
