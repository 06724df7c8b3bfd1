export const id = 392;
export const ids = [392];
export const modules = {

/***/ 2392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ATTEST: () => (/* binding */ ATTEST),
/* harmony export */   attest: () => (/* binding */ attest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _pgforge_attest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7797);
/* harmony import */ var _pgforge_oci__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8731);
/* harmony import */ var _pgforge_targets__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4804);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9147);
/* harmony import */ var _local_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2353);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7101);









const ATTEST = {
    name: 'attest',
    summary: 'SLSA provenance or SBOM attestations of image digests, signed with a cosign key',
    flags: [
        {
            name: 'subjects',
            type: 'string',
            value: 'REFS|JSON|FILE',
            description: "images by digest (comma separated), or the build or extension command's images (JSON, or a file holding either)",
            required: true,
        },
        {
            name: 'kind',
            type: 'string',
            value: 'KIND',
            description: 'provenance | sbom',
            choices: _pgforge_attest__WEBPACK_IMPORTED_MODULE_3__/* .ATTEST_KINDS */ .iY,
            default: 'provenance',
        },
        {
            name: 'sbom',
            type: 'string',
            value: 'FILE',
            description: 'with --kind sbom: the SPDX or CycloneDX JSON file',
        },
        {
            name: 'targets',
            type: 'string',
            value: 'FILE|JSON',
            description: "the matrix's targets: provenance then records each image's target",
        },
        {
            name: 'signing',
            type: 'string',
            value: 'METHOD',
            description: 'cosign-key (github needs a workflow run: use the action there)',
            choices: _pgforge_attest__WEBPACK_IMPORTED_MODULE_3__/* .SIGNING_METHODS */ .XT,
            defaultText: 'cosign-key',
        },
        {
            name: 'cosign-key',
            type: 'string',
            value: 'FILE',
            description: 'the private key (cosign generate-key-pair); its password in COSIGN_PASSWORD',
        },
        {
            name: 'push-to-registry',
            type: 'boolean',
            description: "push each attestation to the image's repository (cosign's .att tag)",
            default: 'true',
        },
        {
            name: 'output-dir',
            type: 'string',
            value: 'DIR',
            description: "where the envelopes, the images' manifests and the public key go",
            default: 'attestations',
        },
        {
            name: 'started-on',
            type: 'string',
            value: 'TIME',
            description: 'provenance: when the build started, RFC 3339',
            defaultText: "the target's timestamp",
        },
        {
            name: 'finished-on',
            type: 'string',
            value: 'TIME',
            description: 'provenance: when the build finished, RFC 3339',
        },
        (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .summaryFlag */ .B6)('the summary (a row per attestation, the commands that verify them)'),
        (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .jsonFlag */ .hG)('attestations and publicKey (the default)'),
    ],
};
/** A list of references or a JSON document is the value itself; anything else names a file. */
const inlineSubjects = (v) => /^\s*[[{]/.test(v) || v.includes('@sha256:');
async function attest(values, context) {
    (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .oneOutput */ .wW)(values);
    if (values.signing === 'github') {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--signing github: Sigstore signing through GitHub needs the OIDC token of a workflow run ' +
            '(use the attest action there); on this machine use --cosign-key FILE');
    }
    if (values.kind === 'sbom' && values.sbom === undefined) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--sbom: required with --kind sbom (the SPDX or CycloneDX JSON file to attest)');
    }
    if (values.kind !== 'sbom' && values.sbom !== undefined) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--sbom ${values.sbom}: only with --kind sbom; --kind is ${values.kind}`);
    }
    const key = values['cosign-key'];
    if (key === undefined) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--cosign-key: required to sign on this machine (cosign generate-key-pair makes one; its password goes in COSIGN_PASSWORD)');
    }
    const cosignKey = (0,_pgforge_attest__WEBPACK_IMPORTED_MODULE_3__/* .cosignKeyOf */ .KG)(key);
    if (!cosignKey)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .InputFileError */ .TH(`--cosign-key: file not found: ${key}`);
    const subjectsText = (await (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .documentOrFile */ .Pw)('subjects', values.subjects, inlineSubjects, { json: true })).text;
    const targetsDoc = values.targets
        ? await (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .documentOrFile */ .Pw)('targets', values.targets, _args_js__WEBPACK_IMPORTED_MODULE_6__/* .startsAsJson */ .gY, { json: true })
        : undefined;
    const env = { ...process.env };
    const workDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'pgforge-attest-'));
    try {
        const subjects = (0,_pgforge_attest__WEBPACK_IMPORTED_MODULE_3__/* .parseSubjects */ .rD)(subjectsText);
        let targets;
        try {
            targets = targetsDoc ? (0,_pgforge_targets__WEBPACK_IMPORTED_MODULE_5__/* .parseTargetList */ .n5)(targetsDoc.text) : undefined;
        }
        catch (e) {
            if (!targetsDoc)
                throw e;
            throw (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .documentProblem */ .zG)(targetsDoc, e.message);
        }
        const startedOn = values['started-on'] ? (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .time */ .kB)('started-on', values['started-on']) : undefined;
        const finishedOn = values['finished-on']
            ? (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .time */ .kB)('finished-on', values['finished-on'])
            : undefined;
        const result = await (0,_pgforge_attest__WEBPACK_IMPORTED_MODULE_3__/* .attestCommand */ .dc)({
            subjects,
            kind: values.kind,
            ...(values.kind === 'provenance'
                ? {
                    provenance: {
                        context: await (0,_local_run_js__WEBPACK_IMPORTED_MODULE_7__/* .localRun */ .p)(context.argv, process.cwd(), env),
                        ...(targets ? { targets } : {}),
                        ...(startedOn ? { startedOn } : {}),
                        ...(finishedOn ? { finishedOn } : {}),
                    },
                }
                : {}),
            ...(values.sbom ? { sbomFile: values.sbom } : {}),
            signing: {
                method: 'cosign-key',
                key: cosignKey,
                ...(env.COSIGN_PASSWORD !== undefined ? { password: env.COSIGN_PASSWORD } : {}),
                env,
            },
            push: values['push-to-registry'],
            outputDir: values['output-dir'],
            workDir,
            registry: (0,_pgforge_oci__WEBPACK_IMPORTED_MODULE_4__/* .registryClientFromEnvironment */ .oC)({ env }),
            log: (m) => void process.stderr.write(`${m}\n`),
        });
        if (values.summary)
            (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .printSummary */ .ot)(result.summaryDocument, values.summary);
        else
            (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .printJson */ .Q2)({ attestations: result.attestations, publicKey: result.publicKey });
        return 0;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(workDir, { recursive: true, force: true });
    }
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
