export const id = 841;
export const ids = [841];
export const modules = {

/***/ 1841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROMOTE: () => (/* binding */ PROMOTE),
/* harmony export */   promote: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _pgforge_oci__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8731);
/* harmony import */ var _pgforge_promote__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(190);
/* harmony import */ var _pgforge_targets__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4804);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9147);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7101);








const PROMOTE = {
    name: 'promote',
    summary: 'copy tested images to production by digest, gates first and tags last',
    flags: [
        {
            name: 'images',
            type: 'string',
            value: 'JSON|FILE',
            description: "the build or extension command's images (JSON, or a file holding it); may be left out with --repairs",
        },
        {
            name: 'repairs',
            type: 'string',
            value: 'JSON|FILE',
            description: "the matrix's repairs (matrix --repair): production tags to point back at images production holds",
        },
        {
            name: 'smoke-reports',
            type: 'string',
            value: 'LIST',
            description: 'smoke-test report files, or directories holding them',
        },
        {
            name: 'require-smoke',
            type: 'boolean',
            description: 'refuse images without a passing smoke report for their digest',
            default: 'true',
        },
        {
            name: 'verify',
            type: 'string',
            value: 'METHOD',
            description: 'none | cosign-key | github: the attestation each image must carry',
            choices: _pgforge_promote__WEBPACK_IMPORTED_MODULE_4__/* .VERIFY_METHODS */ .lE,
            default: 'none',
        },
        {
            name: 'cosign-public-key',
            type: 'string',
            value: 'FILE',
            description: 'with --verify cosign-key: the public key',
        },
        {
            name: 'certificate-identity',
            type: 'string',
            value: 'ID',
            description: 'with --verify github: the signing workflow',
        },
        {
            name: 'certificate-identity-regexp',
            type: 'string',
            value: 'REGEXP',
            description: 'with --verify github: a pattern the signing workflow matches',
        },
        {
            name: 'certificate-oidc-issuer',
            type: 'string',
            value: 'URL',
            description: "with --verify github: the certificate's OIDC issuer",
            default: 'https://token.actions.githubusercontent.com',
        },
        {
            name: 'predicate-type',
            type: 'string',
            value: 'URI',
            description: 'the predicate type of the attestation to verify',
            default: 'https://slsa.dev/provenance/v1',
        },
        {
            name: 'to',
            type: 'string',
            value: 'REPO',
            description: 'the production repository for every image',
            defaultText: "each image's own (its testing repository without -testing)",
        },
        {
            name: 'dry-run',
            type: 'boolean',
            description: 'check the gates and print what would be written, writing nothing',
            default: 'false',
        },
        (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .summaryFlag */ .B6)('the summary (a row per image: digest, production, tags; then the repairs)'),
        (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonFlag */ .hG)('each promoted image and its tags; with --repairs, { promoted, repaired } (the default)'),
    ],
};
async function promote(values) {
    (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .oneOutput */ .wW)(values);
    if (values.images === undefined && values.repairs === undefined) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb("--images: required, unless --repairs is given (the build or extension command's images)");
    }
    // `[` (an images output) or `{` (what pgforge build prints) is the text itself.
    const images = values.images === undefined
        ? undefined
        : (await (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .documentOrFile */ .Pw)('images', values.images, _args_js__WEBPACK_IMPORTED_MODULE_6__/* .startsAsJson */ .gY, { json: true })).text;
    const repairs = values.repairs === undefined
        ? undefined
        : (await (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .documentOrFile */ .Pw)('repairs', values.repairs, _args_js__WEBPACK_IMPORTED_MODULE_6__/* .startsAsJson */ .gY, { json: true })).text;
    // The promoted images, as before repairs; given repairs, both lists.
    const print = (result) => (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .printJson */ .Q2)(repairs === undefined
        ? result.promoted
        : { promoted: result.promoted, repaired: result.repaired });
    // What stdout holds, the same for a run that ends well and one whose repairs were refused.
    const show = (result) => {
        if (values.summary) {
            (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .printSummary */ .ot)((0,_pgforge_promote__WEBPACK_IMPORTED_MODULE_4__/* .promoteSummaryDocument */ .At)(result.promoted, result.dryRun, result.repaired), values.summary);
        }
        else
            print(result);
    };
    const env = { ...process.env };
    const registry = (0,_pgforge_oci__WEBPACK_IMPORTED_MODULE_3__/* .registryClientFromEnvironment */ .oC)({ env });
    try {
        const result = await (0,_pgforge_promote__WEBPACK_IMPORTED_MODULE_4__/* .promoteCommand */ .OO)({
            ...(images !== undefined ? { images: (0,_pgforge_targets__WEBPACK_IMPORTED_MODULE_5__/* .parseImageRecords */ .Db)(images, _pgforge_promote__WEBPACK_IMPORTED_MODULE_4__/* .IMAGES_INPUT */ .o7) } : {}),
            ...(repairs !== undefined ? { repairs } : {}),
            reports: await (0,_pgforge_promote__WEBPACK_IMPORTED_MODULE_4__/* .loadReports */ .yc)(values['smoke-reports'] ? ((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .list */ .p_)(values['smoke-reports']) ?? []) : []),
            requireSmoke: values['require-smoke'],
            verification: {
                verify: values.verify,
                ...(values['cosign-public-key'] ? { cosignPublicKey: values['cosign-public-key'] } : {}),
                ...(values['certificate-identity']
                    ? { certificateIdentity: values['certificate-identity'] }
                    : {}),
                ...(values['certificate-identity-regexp']
                    ? { certificateIdentityRegexp: values['certificate-identity-regexp'] }
                    : {}),
                certificateOidcIssuer: values['certificate-oidc-issuer'],
                predicateType: values['predicate-type'],
                workDir: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'pgforge-promote-')),
            },
            ...(values.to ? { to: values.to } : {}),
            dryRun: values['dry-run'],
            registry,
            env,
            log: (m) => void process.stderr.write(`${m}\n`),
        });
        show(result);
        return 0;
    }
    catch (error) {
        // Repairs refused alone: what was written is still the result; the refusals fail the run.
        if (error instanceof _pgforge_promote__WEBPACK_IMPORTED_MODULE_4__/* .PromoteRefusedError */ .VO && error.done)
            show(error.done);
        throw error;
    }
}


/***/ })

};
