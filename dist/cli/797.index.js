export const id = 797;
export const ids = [797];
export const modules = {

/***/ 7797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iY: () => (/* reexport */ ATTEST_KINDS),
  _d: () => (/* reexport */ Cosign),
  Q$: () => (/* reexport */ DEFAULT_CERTIFICATE_OIDC_ISSUER),
  XT: () => (/* reexport */ SIGNING_METHODS),
  us: () => (/* reexport */ SLSA_PROVENANCE_V1),
  dc: () => (/* reexport */ attestCommand),
  KG: () => (/* reexport */ cosignKeyOf),
  O8: () => (/* reexport */ gitSourceUri),
  _$: () => (/* reexport */ keyFile),
  rD: () => (/* reexport */ parseSubjects),
  Z6: () => (/* reexport */ subjectsOf),
  oe: () => (/* reexport */ verifyAttestation)
});

// UNUSED EXPORTS: AttestError, BUILD_TYPE, CYCLONEDX_PREDICATE_TYPE, CosignError, GithubSigningError, IN_TOTO_PAYLOAD_TYPE, LOCAL_BUILD_TYPE, SIGSTORE_BUNDLE_V03, SPDX_PREDICATE_TYPE, STATEMENT_TYPE, attestSummaryDocument, buildProvenance, buildStatement, cosignType, cosignVerifyCommand, cosignVerifyFileCommand, envelopeOf, envelopePayload, imageResource, isLocalRun, isPemText, localBuilderId, parseSubject, preAuthEncoding, runUrl, sbomPredicate, slsaTimestamp, sourceUri, statementBytes, statementSubject, verifyAttestationArgs, workflowIdentity, workflowUrl

;// CONCATENATED MODULE: ./packages/attest/src/errors.ts
/**
 * Errors of signing and attaching: each names the thing, the value, and what was expected. A
 * bad option is a person's mistake, `UserError.notAllowed(option, value, expected)`; these are
 * failures of the tools and services the attestation needs.
 */
class AttestError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'AttestError';
    }
}
/** cosign failed (signing, attaching or reading the key); the message carries its last output. */
class CosignError extends AttestError {
    step;
    constructor(step, reason, options) {
        super(`cosign could not ${step}: ${reason}`, options);
        this.step = step;
        this.name = 'CosignError';
    }
}
/** The GitHub (Sigstore) signer failed or is not available. */
class GithubSigningError extends AttestError {
    constructor(reason, options) {
        super(`signing with GitHub's Sigstore failed: ${reason}`, options);
        this.name = 'GithubSigningError';
    }
}

// EXTERNAL MODULE: ./packages/errors/src/index.ts + 1 modules
var src = __webpack_require__(7405);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
// EXTERNAL MODULE: ./packages/targets/src/index.ts + 11 modules
var targets_src = __webpack_require__(4804);
;// CONCATENATED MODULE: ./packages/attest/src/subjects.ts
/**
 * What is attested: image references by digest, from a list a person writes or from the build or
 * extension action's image records (`images`, read by parseImageRecords).
 */



const EXPECTED = 'image references with a digest (registry/repository@sha256:<64 hex digits>), one per line, ' +
    "or the build or extension action's images output (a JSON array of entries with reference)";
/** One reference, which must carry a sha256 digest. */
function parseSubject(value, target) {
    let ref;
    try {
        ref = (0,oci_src/* parseReference */.F2)(value);
    }
    catch (error) {
        if (error instanceof oci_src/* InvalidReferenceError */.x_) {
            throw src/* UserError */.y.notAllowed('subjects', value, `${EXPECTED} (${error.rule})`);
        }
        throw error;
    }
    if (ref.digest === undefined) {
        throw src/* UserError */.y.notAllowed('subjects', value, `${EXPECTED}; this one has no digest`);
    }
    // cosign's .att tags and in-toto subjects of images are sha256 only.
    if ((0,oci_src/* parseDigest */.m)(ref.digest).algorithm !== 'sha256') {
        throw src/* UserError */.y.notAllowed('subjects', value, `${EXPECTED}; only sha256 digests are signed`);
    }
    const subject = {
        reference: `${ref.registry}/${ref.repository}@${ref.digest}`,
        registry: ref.registry,
        repository: ref.repository,
        digest: ref.digest,
    };
    if (target !== undefined)
        subject.target = target;
    return subject;
}
/**
 * The `subjects` input as image records: the images output, whose entries may also be references
 * alone. Every message names the input as a whole, as those of a list of references do.
 */
const SUBJECTS_INPUT = {
    input: 'subjects',
    expected: EXPECTED,
    shorthands: ['reference'],
    error: (field, value, allowed) => src/* UserError */.y.notAllowed('subjects', value, field === 'subjects' ? allowed : `${EXPECTED}; ${field}: ${allowed}`),
};
/** Each digest once: the same image listed twice is attested once. */
function once(subjects) {
    const seen = new Set();
    return subjects.filter((s) => !seen.has(s.reference) && seen.add(s.reference));
}
/** The subjects of image records: each record's image, with its target. */
function subjectsOf(records) {
    return once(records.map((r) => parseSubject(r.reference, r.target)));
}
/**
 * Subjects from text: a JSON array of image records or references (the images output, or
 * `{ images }`), or references separated by new lines or commas.
 */
function parseSubjects(text) {
    const trimmed = text.trim();
    const subjects = /^[[{]/.test(trimmed)
        ? subjectsOf((0,targets_src/* parseImageRecords */.Db)(trimmed, SUBJECTS_INPUT))
        : once(trimmed
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '')
            .map((s) => parseSubject(s)));
    if (subjects.length === 0)
        throw src/* UserError */.y.notAllowed('subjects', text, EXPECTED);
    return subjects;
}
/** The in-toto subject of an image: its name without tag, and the digest as algorithm → hex. */
function statementSubject(subject) {
    const { algorithm, hex } = (0,oci_src/* parseDigest */.m)(subject.digest);
    return { name: `${subject.registry}/${subject.repository}`, digest: { [algorithm]: hex } };
}

;// CONCATENATED MODULE: ./packages/attest/src/local-context.ts
/** The build type of images built on one machine by the pgforge CLI. */
const LOCAL_BUILD_TYPE = 'https://github.com/pgforge/pgforge/cli@v1';
/** `urn:pgforge:local:<host>`: a builder id that claims nothing beyond the machine. */
function localBuilderId(context) {
    return `urn:pgforge:local:${encodeURIComponent(context.host)}`;
}
function isLocalRun(context) {
    return 'kind' in context && context.kind === 'local';
}
/**
 * A git remote as SLSA's source URI: `git+https://host/owner/repo` (an scp-style
 * `git@host:owner/repo.git` becomes https; credentials in a URL are dropped, never recorded).
 */
function gitSourceUri(remote) {
    const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(remote);
    let url = scp ? `https://${scp[1]}/${scp[2]}` : remote;
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        url = parsed.toString();
    }
    catch {
        // A local path: recorded as it is.
    }
    return `git+${url.replace(/\.git$/, '').replace(/\/$/, '')}`;
}

;// CONCATENATED MODULE: ./packages/attest/src/github-context.ts
/**
 * The GitHub Actions run an attestation describes. The action reads it from the runner's
 * environment (its context.ts); everything here takes it as a plain object.
 */
/** The workflow file, its repository and ref, taken apart from the workflow ref. */
function workflowIdentity(context) {
    const at = context.workflowRef.lastIndexOf('@');
    const file = at === -1 ? context.workflowRef : context.workflowRef.slice(0, at);
    const ref = at === -1 ? (context.ref ?? '') : context.workflowRef.slice(at + 1);
    // A reusable workflow's ref names the caller's repository first; the path follows owner/repo.
    const parts = file.split('/');
    const repository = parts.slice(0, 2).join('/');
    return {
        ref,
        repository: `${context.serverUrl}/${repository}`,
        path: parts.slice(2).join('/'),
    };
}
/** `https://github.com/owner/repo/.github/workflows/images.yml@refs/heads/main` */
function workflowUrl(context) {
    return `${context.serverUrl}/${context.workflowRef}`;
}
/** `https://github.com/owner/repo/actions/runs/<id>/attempts/<attempt>` */
function runUrl(context) {
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}/attempts/${context.runAttempt ?? '1'}`;
}
/** `git+https://github.com/owner/repo@refs/heads/main`, as SLSA's GitHub build types write it. */
function sourceUri(context) {
    const ref = context.ref ?? workflowIdentity(context).ref;
    return `git+${context.serverUrl}/${context.repository}${ref ? `@${ref}` : ''}`;
}

;// CONCATENATED MODULE: ./packages/attest/src/provenance.ts
/**
 * The SLSA provenance v1 predicate (slsa.dev/spec/v1.1/provenance) of an image built by this
 * project in a GitHub Actions run. Which fields mean what is the build type's business; ours is
 * documented in this package's README (section "Build type").
 */



const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/**
 * The build type: images built by this project's build (or extension) action. The URI names
 * the action and the major version of the parameters' shape; a change of that shape is a v2.
 */
const BUILD_TYPE = 'https://github.com/pgforge/pgforge/actions/build@v1';
/** RFC 3339 in UTC without fractions, the form the SLSA spec shows. */
function slsaTimestamp(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * The package URL of an image (purl spec, type docker): Docker Hub names without `library/`,
 * other registries as `repository_url`; the tag as version. The digest goes in `digest`.
 */
function imageResource(image, digest) {
    const ref = (0,oci_src/* parseReference */.F2)(image);
    const hub = ref.registry === 'docker.io';
    const path = hub ? ref.repository.replace(/^library\//, '') : ref.repository;
    const version = ref.tag ?? ref.digest ?? 'latest';
    const qualifier = hub ? '' : `?repository_url=${encodeURIComponent(ref.registry)}`;
    const descriptor = {
        uri: `pkg:docker/${path}@${encodeURIComponent(version)}${qualifier}`,
    };
    const pinned = digest ?? ref.digest;
    if (pinned !== undefined) {
        const { algorithm, hex } = (0,oci_src/* parseDigest */.m)(pinned);
        descriptor.digest = { [algorithm]: hex };
    }
    return descriptor;
}
function compactRecord(record) {
    return Object.fromEntries(Object.entries(record).filter((e) => e[1] !== undefined));
}
function buildProvenance(options) {
    const { context } = options;
    if (isLocalRun(context))
        return localProvenance(context, options);
    const github = compactRecord({
        event_name: context.eventName,
        repository_id: context.repositoryId,
        repository_owner_id: context.repositoryOwnerId,
        runner_environment: context.runnerEnvironment,
    });
    const resolvedDependencies = [
        { uri: sourceUri(context), digest: { gitCommit: context.sha } },
    ];
    if (options.baseImage) {
        resolvedDependencies.push(imageResource(options.baseImage.image, options.baseImage.digest));
    }
    const builder = { id: workflowUrl(context) };
    if (options.builderVersion)
        builder.version = { ...options.builderVersion };
    return {
        buildDefinition: {
            buildType: options.buildType ?? BUILD_TYPE,
            externalParameters: { workflow: workflowIdentity(context), ...options.parameters },
            ...(Object.keys(github).length > 0 ? { internalParameters: { github } } : {}),
            resolvedDependencies,
        },
        runDetails: { builder, metadata: metadataOf(runUrl(context), options) },
    };
}
function metadataOf(invocationId, options) {
    return compactRecord({
        invocationId,
        startedOn: options.startedOn ? slsaTimestamp(options.startedOn) : undefined,
        finishedOn: options.finishedOn ? slsaTimestamp(options.finishedOn) : undefined,
    });
}
/** The local build type (this package's README, "Build type"): the command, not a workflow. */
function localProvenance(context, options) {
    const resolvedDependencies = context.source
        ? [{ uri: context.source.uri, digest: { gitCommit: context.source.commit } }]
        : [];
    if (options.baseImage) {
        resolvedDependencies.push(imageResource(options.baseImage.image, options.baseImage.digest));
    }
    const builder = { id: localBuilderId(context) };
    if (options.builderVersion)
        builder.version = { ...options.builderVersion };
    return {
        buildDefinition: {
            buildType: options.buildType ?? LOCAL_BUILD_TYPE,
            externalParameters: { command: context.command, ...options.parameters },
            internalParameters: { host: context.host },
            ...(resolvedDependencies.length > 0 ? { resolvedDependencies } : {}),
        },
        runDetails: { builder, metadata: metadataOf(context.invocationId, options) },
    };
}

;// CONCATENATED MODULE: ./packages/attest/src/sbom.ts
/**
 * SBOM attestations: the SBOM document itself is the predicate. Its format is read from the
 * document, not from the file name.
 */

/**
 * The predicate types cosign's `--type spdxjson` and `--type cyclonedx` stand for, so that
 * `cosign verify-attestation --type spdxjson` finds what was signed. (in-toto's SPDX predicate
 * page names this URI; its example adds `/v2.3`, which cosign's short names do not match.)
 */
const SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
const sbom_EXPECTED = 'an SPDX JSON document (with spdxVersion "SPDX-2.x") or a CycloneDX JSON document ' +
    '(with bomFormat "CycloneDX")';
/** Reads the SBOM's format from its content; `source` names it in errors (its path). */
function sbomPredicate(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw src/* UserError */.y.notAllowed('sbom', source, `${sbom_EXPECTED}; it is not JSON (${error.message})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw src/* UserError */.y.notAllowed('sbom', source, `${sbom_EXPECTED}; it is not a JSON object`);
    }
    const document = parsed;
    if (typeof document.spdxVersion === 'string' && document.spdxVersion.startsWith('SPDX-')) {
        return { format: 'spdx-json', predicateType: SPDX_PREDICATE_TYPE, document };
    }
    if (document.bomFormat === 'CycloneDX') {
        return { format: 'cyclonedx-json', predicateType: CYCLONEDX_PREDICATE_TYPE, document };
    }
    throw src/* UserError */.y.notAllowed('sbom', source, sbom_EXPECTED);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/exec/src/index.ts + 2 modules
var exec_src = __webpack_require__(6684);
;// CONCATENATED MODULE: ./packages/attest/src/dsse.ts
/**
 * DSSE (github.com/secure-systems-lab/dsse, protocol.md v1.0.0): the envelope both signers put
 * the statement in. Written by hand because it is three lines of spec and no installed library
 * has it: the signature covers PAE(payloadType, payload), not the payload alone.
 */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** `DSSEv1 <len(type)> <type> <len(body)> <body>`, lengths in bytes, in ASCII decimal. */
function preAuthEncoding(payloadType, payload) {
    const type = new TextEncoder().encode(payloadType);
    const head = new TextEncoder().encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `);
    const out = new Uint8Array(head.length + payload.length);
    out.set(head, 0);
    out.set(payload, head.length);
    return out;
}
function envelopeOf(payloadType, payload, signatures) {
    return { payloadType, payload: Buffer.from(payload).toString('base64'), signatures };
}
/** The statement an envelope carries, parsed. */
function envelopePayload(envelope) {
    return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
}

;// CONCATENATED MODULE: ./packages/attest/src/verify.ts
/**
 * Verifying that an image carries an attestation signed by the expected signer, as promote's
 * gate: with the public half of a cosign key (offline, no transparency log), or with the
 * identity Sigstore's certificate must name (a GitHub workflow), through the cosign CLI.
 */



/** cosign's `--type` for a predicate type: its short name where it has one, else the URI. */
function cosignType(predicateType) {
    switch (predicateType) {
        case SLSA_PROVENANCE_V1:
            return 'slsaprovenance1';
        case SPDX_PREDICATE_TYPE:
            return 'spdxjson';
        case CYCLONEDX_PREDICATE_TYPE:
            return 'cyclonedx';
        default:
            return predicateType;
    }
}
const DEFAULT_CERTIFICATE_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/** cosign's arguments for the verification, without the binary. */
function verifyAttestationArgs(verification, predicateType, reference) {
    const type = ['--type', cosignType(predicateType)];
    if (verification.method === 'cosign-key') {
        return [
            'verify-attestation',
            '--key',
            verification.publicKey,
            ...type,
            '--insecure-ignore-tlog=true',
            reference,
        ];
    }
    const identity = 'exact' in verification.identity
        ? ['--certificate-identity', verification.identity.exact]
        : ['--certificate-identity-regexp', verification.identity.regexp];
    return [
        'verify-attestation',
        // GitHub's attestations are Sigstore bundles attached as OCI referrers.
        '--new-bundle-format',
        ...identity,
        '--certificate-oidc-issuer',
        verification.issuer,
        ...type,
        reference,
    ];
}
async function verifyAttestation(options) {
    const binary = options.binary ?? 'cosign';
    const args = verifyAttestationArgs(options.verification, options.predicateType, options.reference);
    const command = (0,exec_src/* commandLine */.ay)(binary, args);
    const run = options.run ??
        ((cmd, a) => (0,exec_src/* exec */.m0)(cmd, a, { env: options.env, timeoutMs: options.timeoutMs ?? 300_000 }));
    let result;
    try {
        result = await run(binary, args);
    }
    catch (error) {
        return {
            verified: false,
            command,
            output: `${error.message}; install cosign 2.x (Debian trixie: apt-get install -t trixie cosign; on GitHub: sigstore/cosign-installer)`,
        };
    }
    if (result.code === 0)
        return { verified: true, command };
    const output = result.tail
        .filter((l) => l.trim() !== '' && !l.startsWith('{'))
        .slice(-6)
        .join('\n');
    return { verified: false, command, output: output || `exit code ${String(result.code)}` };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/attest/src/key-input.ts
/**
 * A cosign key given as one string (a flag, an action input, a setting) is either the key itself,
 * pasted from a secret or a variable, or the path of a file that holds it. Every place that takes
 * such a string decides here, by the same rule; cosign reads keys from files only, so PEM text is
 * written to one here too.
 */



/** PEM armour (`-----BEGIN … KEY-----`): the key's own text, never a file name. */
function isPemText(value) {
    return value.includes('-----BEGIN');
}
/**
 * The key a string gives: its PEM text, or an existing file's path. Undefined when it is neither:
 * the caller says so in its own terms (a flag, an input), and must not repeat a value that is not
 * PEM, since a key pasted without its armour is still a secret.
 */
function cosignKeyOf(value) {
    if (isPemText(value))
        return { pem: value };
    if ((0,external_node_fs_.existsSync)(value) && (0,external_node_fs_.statSync)(value).isFile())
        return { path: value };
    return undefined;
}
/**
 * A file holding the key: the one given, or the PEM text written as `name` into a new directory
 * of `workDir`. The caller removes that directory (the file's) when done with a written key.
 */
async function keyFile(key, workDir, name) {
    if ('path' in key)
        return key.path;
    // A directory of this run's own (0700), and a file that did not exist: a fixed path could be
    // another run's, or planted by another user.
    await (0,promises_.mkdir)(workDir, { recursive: true, mode: 0o700 });
    const file = (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)(workDir, 'key-')), name);
    await (0,promises_.writeFile)(file, key.pem.endsWith('\n') ? key.pem : `${key.pem}\n`, {
        mode: 0o600,
        flag: 'wx',
    });
    await (0,promises_.chmod)(file, 0o600);
    return file;
}

;// CONCATENATED MODULE: ./packages/attest/src/cosign.ts
/**
 * Signing with a cosign key, through the cosign CLI (2.x). cosign signs the DSSE
 * pre-authentication encoding of our own in-toto Statement v1 (`sign-blob`), and attaches the
 * envelope to the image in cosign's `.att` tag scheme (`attach attestation`), which
 * `cosign verify-attestation` reads. `cosign attest` is not used: it wraps the predicate in an
 * in-toto Statement v0.1 of its own, re-serialised through its Go types. The key's password
 * reaches cosign only as COSIGN_PASSWORD in its environment, never on a command line.
 */







const INSTALL = 'install cosign 2.x (Debian trixie: `apt-get install -t trixie cosign`; on GitHub: sigstore/cosign-installer)';
/** Verifies the attestation in the registry with the public key, offline (no Rekor). */
function cosignVerifyCommand(publicKey, predicateType, reference) {
    return (0,exec_src/* commandLine */.ay)('cosign', verifyAttestationArgs({ method: 'cosign-key', publicKey }, predicateType, reference));
}
/**
 * Verifies the saved envelope against the saved image manifest (whose sha256 is the subject's
 * digest), with no registry at all.
 */
function cosignVerifyFileCommand(publicKey, predicateType, envelope, manifest) {
    return (0,exec_src/* commandLine */.ay)('cosign', [
        'verify-blob-attestation',
        '--key',
        publicKey,
        '--signature',
        envelope,
        '--type',
        cosignType(predicateType),
        '--insecure-ignore-tlog=true',
        manifest,
    ]);
}
class Cosign {
    options;
    binary;
    keyFile;
    written = false;
    constructor(options) {
        this.options = options;
        this.binary = options.binary ?? 'cosign';
    }
    /** cosign's version line (`v2.5.0` or `devel`); fails naming how to install it. */
    async version() {
        const result = await this.run('report its version', ['version']);
        return /GitVersion:\s*(\S+)/.exec(result.stdout + result.stderr)?.[1] ?? 'unknown';
    }
    /** Signs the statement bytes as a DSSE envelope with the private key. */
    async signDsse(payload, scratch) {
        await (0,promises_.mkdir)(scratch, { recursive: true });
        const pae = (0,external_node_path_.join)(scratch, 'statement.pae');
        const signature = (0,external_node_path_.join)(scratch, 'statement.sig');
        await (0,promises_.writeFile)(pae, preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload));
        // sign-blob signs the bytes it is given with the key's own hash (SHA-256 for cosign's ECDSA
        // P-256 keys), exactly what cosign's DSSE signer does with the PAE.
        await this.run('sign the statement', [
            'sign-blob',
            '--key',
            await this.key(),
            '--tlog-upload=false',
            '--yes',
            '--output-signature',
            signature,
            pae,
        ]);
        const sig = (await (0,promises_.readFile)(signature, 'utf8')).trim();
        if (!/^[A-Za-z0-9+/]+=*$/.test(sig)) {
            throw new CosignError('sign the statement', `sign-blob wrote no base64 signature to ${signature}`);
        }
        return envelopeOf(IN_TOTO_PAYLOAD_TYPE, payload, [{ keyid: '', sig }]);
    }
    /** Pushes the envelope file to `<repository>:sha256-<hex>.att` as cosign lays attestations out. */
    async attach(envelopeFile, reference) {
        await this.run(`attach the attestation to ${reference}`, [
            'attach',
            'attestation',
            '--attestation',
            envelopeFile,
            reference,
        ]);
    }
    /**
     * Signs a file (a catalog) with the key, writing cosign's bundle beside it, which
     * `cosign verify-blob --key <pub> --bundle <bundle> --insecure-ignore-tlog=true <file>` checks.
     */
    async signBlob(file, bundle) {
        await this.run(`sign ${file}`, [
            'sign-blob',
            '--key',
            await this.key(),
            '--tlog-upload=false',
            '--yes',
            '--bundle',
            bundle,
            file,
        ]);
    }
    /** Writes the key's public half (what verifiers need) to `file`. */
    async writePublicKey(file) {
        await this.run('read the public key of the private key', [
            'public-key',
            '--key',
            await this.key(),
            '--outfile',
            file,
        ]);
    }
    /** Removes the key file written from PEM text. */
    async dispose() {
        if (this.written && this.keyFile) {
            await (0,promises_.rm)((0,external_node_path_.dirname)(this.keyFile), { recursive: true, force: true });
        }
        this.written = false;
        this.keyFile = undefined;
    }
    async key() {
        if (this.keyFile)
            return this.keyFile;
        const { key } = this.options;
        const file = await keyFile(key, this.options.workDir, 'cosign.key');
        this.keyFile = file;
        this.written = 'pem' in key;
        return file;
    }
    env() {
        const env = { ...this.options.env };
        // Set even when empty: an unset variable makes cosign prompt on a terminal there is not.
        env.COSIGN_PASSWORD = this.options.password ?? env.COSIGN_PASSWORD ?? '';
        return env;
    }
    async run(step, args) {
        this.options.log?.((0,exec_src/* commandLine */.ay)(this.binary, args));
        try {
            return await (0,exec_src/* execOrThrow */.Vt)(this.binary, args, {
                env: this.env(),
                timeoutMs: this.options.timeoutMs ?? 300_000,
            });
        }
        catch (error) {
            if (error instanceof exec_src/* ExecError */.cI) {
                if (error.result === undefined) {
                    throw new CosignError(step, `${error.reason}; ${INSTALL}`, { cause: error });
                }
                const tail = error.result.tail
                    .filter((l) => l.trim() !== '')
                    .slice(-10)
                    .join('\n');
                throw new CosignError(step, `\`${error.commandLine}\` ${error.reason}${tail ? `:\n${tail}` : ''}`, {
                    cause: error,
                });
            }
            throw error;
        }
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./packages/summary/src/index.ts + 4 modules
var summary_src = __webpack_require__(7755);
;// CONCATENATED MODULE: ./packages/attest/src/signer.ts
const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

;// CONCATENATED MODULE: ./packages/attest/src/statement.ts
/**
 * The in-toto Statement v1 (github.com/in-toto/attestation, spec/v1/statement.md): the signed
 * middle layer binding a predicate to the image digests it is about. Built here once, for both
 * signers, so the bytes a cosign key signs and the statement GitHub's signer wraps are the same.
 */
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/**
 * The statement, its members in the order @actions/attest writes them (`_type`, `subject`,
 * `predicateType`, `predicate`), so both signers serialise it to the same bytes.
 */
function buildStatement(options) {
    return {
        _type: STATEMENT_TYPE,
        subject: options.subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        predicateType: options.predicateType,
        predicate: options.predicate,
    };
}
/** The bytes that are signed: compact JSON, as @actions/attest serialises it. */
function statementBytes(statement) {
    return new TextEncoder().encode(JSON.stringify(statement));
}

;// CONCATENATED MODULE: ./packages/attest/src/command.ts
/**
 * The attest command: what the attest action (and later `pgforge attest`) calls. For each image
 * digest it builds one in-toto Statement v1 (SLSA provenance or an SBOM), signs it with a cosign
 * key or through GitHub's Sigstore signer, saves the signed envelope or bundle and the image's
 * manifest (so the files verify without a registry), pushes the attestation next to the image,
 * and says the exact commands that verify it.
 */















const ATTEST_KINDS = ['provenance', 'sbom'];
const SIGNING_METHODS = ['github', 'cosign-key'];
/** `YYYYMMDDhhmm` (a target's timestamp) as a UTC date. */
function minuteOf(timestamp) {
    const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(timestamp);
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi] = m.map(Number);
    return new Date(Date.UTC(y, mo - 1, d, h, mi));
}
function provenanceFor(subject, input) {
    let target;
    if (subject.target !== undefined && input.targets !== undefined) {
        target = input.targets.find((t) => t.id === subject.target);
        if (!target) {
            throw src/* UserError */.y.notAllowed('targets', subject.target, `the target ${subject.reference} was built from; the targets given are ${input.targets.map((t) => t.id).join(', ') || 'none'}`);
        }
    }
    const startedOn = input.startedOn ?? (target ? minuteOf(target.timestamp) : undefined);
    return {
        predicateType: SLSA_PROVENANCE_V1,
        predicate: buildProvenance({
            context: input.context,
            ...(input.buildType ? { buildType: input.buildType } : {}),
            ...(target ? { parameters: { target }, baseImage: target.base } : {}),
            ...(startedOn ? { startedOn } : {}),
            ...(input.finishedOn ? { finishedOn: input.finishedOn } : {}),
            ...(input.builderVersion ? { builderVersion: input.builderVersion } : {}),
        }),
    };
}
/** `ghcr.io/owner/postgresql@sha256:abc…` → `owner-postgresql-abc123456789` */
function fileStem(subject) {
    return `${subject.repository.replace(/\//g, '-')}-${(0,oci_src/* parseDigest */.m)(subject.digest).hex.slice(0, 12)}`;
}
function attTag(subject) {
    return `${subject.registry}/${subject.repository}:${subject.digest.replace(':', '-')}.att`;
}
function ghVerifyCommands(subject, predicateType, repository, bundle, manifest, pushed) {
    const type = predicateType === SLSA_PROVENANCE_V1 ? [] : ['--predicate-type', predicateType];
    const oci = `oci://${subject.reference}`;
    return [
        (0,exec_src/* commandLine */.ay)('gh', [
            'attestation',
            'verify',
            oci,
            '--repo',
            repository,
            ...type,
            ...(pushed ? ['--bundle-from-oci'] : []),
        ]),
        (0,exec_src/* commandLine */.ay)('gh', [
            'attestation',
            'verify',
            manifest,
            '--repo',
            repository,
            '--bundle',
            bundle,
            ...type,
        ]),
    ];
}
/** The step summary: one row per attestation, then the commands that verify them. */
function attestSummaryDocument(kind, method, attestations) {
    return [
        (0,summary_src/* heading */.R_)(2, `${kind === 'provenance' ? 'SLSA provenance' : 'SBOM'} attestations (${method === 'github' ? 'Sigstore via GitHub' : 'cosign key'})`),
        (0,summary_src/* table */.tp)(['image', 'predicate type', 'pushed', 'bundle'], attestations.map((a) => [
            (0,summary_src/* code */.aY)(a.subject),
            a.predicateType,
            a.pushed ? (0,summary_src/* code */.aY)(a.pushed) : 'no',
            (0,summary_src/* code */.aY)(a.bundle),
        ])),
        (0,summary_src/* paragraph */.FY)('Verify with:'),
        (0,summary_src/* codeBlock */.DV)(attestations.flatMap((a) => a.verifyCommands), 'sh'),
    ];
}
async function attestCommand(options) {
    const log = options.log ?? (() => undefined);
    if (options.subjects.length === 0) {
        throw src/* UserError */.y.notAllowed('subjects', '', 'at least one image reference with a digest');
    }
    let predicateOf;
    if (options.kind === 'provenance') {
        const input = options.provenance;
        if (!input)
            throw new AttestError('a provenance attestation needs the run it describes');
        predicateOf = (subject) => provenanceFor(subject, input);
    }
    else {
        if (!options.sbomFile) {
            throw src/* UserError */.y.notAllowed('sbom', '', 'the path of an SPDX or CycloneDX JSON file for kind sbom');
        }
        const file = options.sbomFile;
        const text = await (0,promises_.readFile)(file, 'utf8').catch((error) => {
            throw src/* UserError */.y.notAllowed('sbom', file, `a readable SPDX or CycloneDX JSON file (${error.code ?? error.message})`);
        });
        const sbom = sbomPredicate(text, file);
        log(`${file}: ${sbom.format}, predicate type ${sbom.predicateType}`);
        predicateOf = () => ({ predicateType: sbom.predicateType, predicate: sbom.document });
    }
    await (0,promises_.mkdir)(options.outputDir, { recursive: true });
    const signing = options.signing;
    const cosign = signing.method === 'cosign-key'
        ? new Cosign({
            key: signing.key,
            ...(signing.password !== undefined ? { password: signing.password } : {}),
            env: signing.env,
            workDir: options.workDir,
            ...(signing.binary ? { binary: signing.binary } : {}),
            log: (line) => log(`$ ${line}`),
        })
        : undefined;
    const attestations = [];
    let publicKey;
    try {
        if (cosign) {
            log(`cosign ${await cosign.version()}`);
            publicKey = (0,external_node_path_.join)(options.outputDir, 'cosign.pub');
            await cosign.writePublicKey(publicKey);
        }
        for (const subject of options.subjects) {
            const { predicateType, predicate } = predicateOf(subject);
            const statement = buildStatement({
                subjects: [statementSubject(subject)],
                predicateType,
                predicate,
            });
            // Fetching the manifest checks the image is there before anything is signed.
            const fetched = await options.registry.getManifest(subject.reference);
            const stem = (0,external_node_path_.join)(options.outputDir, `${fileStem(subject)}.${options.kind}`);
            const manifest = `${stem}.manifest.json`;
            await (0,promises_.writeFile)(manifest, fetched.bytes);
            const descriptor = {
                mediaType: fetched.mediaType,
                digest: fetched.digest,
                size: fetched.bytes.length,
            };
            const attestation = cosign && publicKey
                ? await signWithCosign(cosign, publicKey, subject, statement, stem, manifest, options.push, options.workDir)
                : await signWithGithub(signing, subject, statement, stem, manifest, descriptor, options);
            log(`${subject.reference}: ${predicateType} signed${attestation.pushed ? `, pushed to ${attestation.pushed}` : ''}`);
            attestations.push(attestation);
        }
    }
    finally {
        await cosign?.dispose();
    }
    const document = attestSummaryDocument(options.kind, signing.method, attestations);
    return {
        attestations,
        bundles: attestations.map((a) => a.bundle),
        verifyCommands: attestations.flatMap((a) => a.verifyCommands),
        ...(publicKey ? { publicKey } : {}),
        summary: (0,summary_src/* renderMarkdown */.Gc)(document),
        summaryDocument: document,
    };
}
async function signWithCosign(cosign, publicKey, subject, statement, stem, manifest, push, workDir) {
    const envelope = await cosign.signDsse(statementBytes(statement), (0,external_node_path_.join)(workDir, 'sign'));
    const bundle = `${stem}.dsse.json`;
    await (0,promises_.writeFile)(bundle, JSON.stringify(envelope));
    let pushed;
    if (push) {
        await cosign.attach(bundle, subject.reference);
        pushed = attTag(subject);
    }
    const verifyCommands = [
        ...(pushed ? [cosignVerifyCommand(publicKey, statement.predicateType, subject.reference)] : []),
        cosignVerifyFileCommand(publicKey, statement.predicateType, bundle, manifest),
    ];
    return {
        subject: subject.reference,
        predicateType: statement.predicateType,
        bundle,
        bundleFormat: 'dsse-envelope',
        manifest,
        ...(pushed ? { pushed } : {}),
        verifyCommands,
    };
}
async function signWithGithub(signing, subject, statement, stem, manifest, descriptor, options) {
    const signature = await signing.signer.sign({
        subjects: statement.subject,
        predicateType: statement.predicateType,
        predicate: statement.predicate,
        token: signing.token,
    });
    checkBundle(signature.bundle, statement);
    const bundle = `${stem}.sigstore.json`;
    const bytes = JSON.stringify(signature.bundle);
    await (0,promises_.writeFile)(bundle, bytes);
    let pushed;
    if (options.push) {
        // As actions/attest attaches bundles: an OCI artifact whose subject is the image.
        const created = (options.now ?? (() => new Date()))().toISOString();
        const mediaType = signature.bundle.mediaType;
        const artifact = await options.registry.pushArtifact({
            repository: { registry: subject.registry, repository: subject.repository },
            subject: descriptor,
            artifactType: mediaType,
            blobs: [{ bytes, mediaType }],
            annotations: {
                'dev.sigstore.bundle.content': 'dsse-envelope',
                'dev.sigstore.bundle.predicateType': statement.predicateType,
                'org.opencontainers.image.created': created,
            },
        });
        pushed = `${subject.registry}/${subject.repository}@${artifact.digest}`;
    }
    return {
        subject: subject.reference,
        predicateType: statement.predicateType,
        bundle,
        bundleFormat: 'sigstore-bundle',
        manifest,
        ...(pushed ? { pushed } : {}),
        verifyCommands: ghVerifyCommands(subject, statement.predicateType, signing.repository, bundle, manifest, pushed !== undefined),
        ...(signature.attestationId ? { attestationId: signature.attestationId } : {}),
        ...(signature.tlogId ? { tlogId: signature.tlogId } : {}),
    };
}
/** The signer must have signed our statement, in a DSSE bundle: anything else is not ours. */
function checkBundle(bundle, statement) {
    if (!bundle.mediaType?.startsWith('application/vnd.dev.sigstore.bundle')) {
        throw new GithubSigningError(`the signer returned a ${bundle.mediaType ?? 'typeless'} document, not a Sigstore bundle (${SIGSTORE_BUNDLE_V03})`);
    }
    if (!bundle.dsseEnvelope) {
        throw new GithubSigningError('the bundle has no dsseEnvelope; an attestation is a DSSE-signed in-toto statement');
    }
    let signed;
    try {
        signed = envelopePayload(bundle.dsseEnvelope);
    }
    catch {
        throw new GithubSigningError("the bundle's DSSE payload is not JSON");
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(signed, JSON.parse(JSON.stringify(statement)))) {
        throw new GithubSigningError(`the signed statement is not the one built for ${statement.subject[0]?.name ?? 'the image'}`);
    }
}

;// CONCATENATED MODULE: ./packages/attest/src/index.ts















/***/ })

};
