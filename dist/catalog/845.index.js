export const id = 845;
export const ids = [845];
export const modules = {

/***/ 5845:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./packages/errors/src/user-error.ts
/**
 * A person's mistake, not a bug: a bad option, file or request that the person can fix. The
 * front ends tell it as one line (the CLI) or one annotation (an action), without a stack
 * trace; every other error is a failure of the tool or its environment and keeps its stack.
 * Every class of such mistakes extends this one, and the front ends decide with `instanceof`.
 */
class user_error_UserError extends Error {
    file;
    line;
    column;
    field;
    value;
    allowed;
    constructor(message, options = {}) {
        const { cause, file, line, column, field, value, allowed } = options;
        super(message, cause !== undefined ? { cause } : undefined);
        this.name = 'UserError';
        if (file !== undefined)
            this.file = file;
        if (line !== undefined)
            this.line = line;
        if (column !== undefined)
            this.column = column;
        if (field !== undefined)
            this.field = field;
        if (value !== undefined)
            this.value = value;
        if (allowed !== undefined)
            this.allowed = allowed;
    }
    /**
     * `<field>: "<value>" is not allowed; expected <allowed>`: an option of the call whose value is
     * none of those allowed, as an error of the class this is called on (`PromoteError.notAllowed`).
     */
    static notAllowed(field, value, allowed) {
        return new this(`${field}: ${JSON.stringify(value)} is not allowed; expected ${allowed}`, {
            field,
            value,
            allowed,
        });
    }
}
/**
 * The message of an error about an option of the call (a field, no file), with the option named
 * as the front end names it: `name('images')` is `--images` for the CLI, `input "images"` for an
 * action. Undefined for any other error.
 */
function optionMessage(error, name) {
    const { field, file, message } = error;
    if (field === undefined || file !== undefined || !message.startsWith(`${field}: `)) {
        return undefined;
    }
    return `${name(field)}${message.slice(field.length)}`;
}

;// CONCATENATED MODULE: ./packages/errors/src/index.ts


;// CONCATENATED MODULE: ./packages/action-io/src/inputs.ts


/** Every person's mistake, the actions' included: one annotation each, no stack trace. */

/**
 * A bad input value: told as one annotation naming the input, the value and what is allowed.
 */
class InputError extends user_error_UserError {
    input;
    value;
    allowed;
    constructor(input, value, allowed) {
        super(`input "${input}": ${JSON.stringify(value)} is not allowed; expected ${allowed}`, {
            field: input,
            value,
            allowed,
        });
        this.input = input;
        this.value = value;
        this.allowed = allowed;
        this.name = 'InputError';
    }
}
/** Reads and parses an input; a parse error becomes an InputError naming the input. */
function parsedInput(name, parse, allowed) {
    const v = stringInput(name);
    if (v === undefined)
        return undefined;
    try {
        return parse(v);
    }
    catch (e) {
        const shown = v.length > 200 ? `${v.slice(0, 200)}…` : v;
        throw new InputError(name, shown, `${allowed} (${e.message})`);
    }
}
function stringInput(name) {
    const v = lib_core/* getInput */.V4(name).trim();
    return v === '' ? undefined : v;
}
/** YAML 1.2 core-schema booleans, as @actions/core accepts them, with our own error. */
function booleanInput(name, fallback) {
    const v = stringInput(name);
    if (v === undefined)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new InputError(name, v, 'true or false');
}
/** A list given as commas and/or new lines: `17,18` or one item per line. */
function listInput(name) {
    const v = stringInput(name);
    if (v === undefined)
        return undefined;
    const items = v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    return items.length > 0 ? items : undefined;
}
function choiceInput(name, choices, fallback) {
    const v = stringInput(name);
    if (v === undefined)
        return fallback;
    if (!choices.includes(v))
        throw new InputError(name, v, choices.join(', '));
    return v;
}

;// CONCATENATED MODULE: ./packages/config/src/defaults.ts
/**
 * The defaults: with no file, or a file holding only `registry`, these give the images
 * docs/contracts.md describes ("Operand image": CNPG's minimal, standard and full).
 */
const DEFAULT_REGISTRY = 'ghcr.io/cloudnative-pg';
const DEFAULT_NAME = 'postgresql';
const DEFAULT_POSTGRES = [17, 18];
const DEFAULT_DISTRIBUTIONS = ['bookworm', 'trixie'];
const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64'];
const DEFAULT_BASE_IMAGE = 'debian:{distribution}-slim';
/** Raw flavour definitions in the configuration file's own shape. */
const DEFAULT_FLAVOURS = {
    minimal: {
        description: 'PostgreSQL server alone, with SASL modules and LDAP settings; no JIT from 18 on',
        packages: ['libsasl2-modules', 'libldap-common'],
    },
    standard: {
        from: 'minimal',
        description: 'minimal + every locale, pgaudit, pgvector, pg_failover_slots (+ JIT from 18 on)',
        packages: [
            'locales-all',
            'postgresql-{major}-pgaudit',
            'postgresql-{major}-pgvector',
            'postgresql-{major}-pg-failover-slots',
            // From 18 on, Debian and PGDG ship LLVM JIT in its own package.
            { name: 'postgresql-{major}-jit', 'min-major': 18 },
        ],
    },
    full: {
        from: 'standard',
        description: 'standard + PostGIS, pgRouting, pg_cron, pg_partman, pg_repack, HypoPG',
        packages: [
            'postgresql-{major}-postgis-3',
            'postgresql-{major}-postgis-3-scripts',
            'postgresql-{major}-pgrouting',
            'postgresql-{major}-cron',
            'postgresql-{major}-partman',
            'postgresql-{major}-repack',
            'postgresql-{major}-hypopg',
        ],
    },
};
const DEFAULT_TAGS = {
    immutable: '{version}-{timestamp}-{flavour}-{distribution}',
    aliases: ['{version}-{flavour}-{distribution}', '{major}-{flavour}-{distribution}'],
};
const PGDG_MIRROR = 'https://apt.postgresql.org/pub/repos/apt';
/** PGDG's signing key as Debian's postgresql-common ships it. */
const PGDG_KEYRING = '/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc';
const DEBIAN_KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

;// CONCATENATED MODULE: ./packages/config/src/errors.ts

function formatProblem(p) {
    const where = p.line !== undefined ? `${p.origin}:${p.line}` : p.origin;
    const field = p.field ? `${p.field}: ` : '';
    return `${where}: ${field}${p.message}`;
}
/** The file a problem is in; undefined for an action input or the defaults, which are none. */
function problemFile(p) {
    return p.origin.startsWith('input ') || p.origin === 'defaults' ? undefined : p.origin;
}
/**
 * One problem or more in the configuration, each told on its own line (and its own annotation).
 * A lone problem in a file gives the error its context: the file, line, field and value.
 */
class errors_ConfigError extends user_error_UserError {
    problems;
    constructor(problems) {
        const [only] = problems.length === 1 ? problems : [];
        const file = only && problemFile(only);
        super(problems.map(formatProblem).join('\n'), only && file !== undefined
            ? {
                file,
                ...(only.line !== undefined ? { line: only.line } : {}),
                ...(only.column !== undefined ? { column: only.column } : {}),
                ...(only.field ? { field: only.field } : {}),
                ...(only.value !== undefined
                    ? { value: typeof only.value === 'string' ? only.value : showValue(only.value) }
                    : {}),
            }
            : {});
        this.name = 'ConfigError';
        this.problems = problems;
    }
}
/**
 * A problem with the setting `field` found after loading (resolving packages, reading the
 * mirror), placed at the file's line for it. `field` may list fallbacks, tried in order, for a
 * setting the file does not hold: `packages.allow-expired-release`, else the distribution that
 * needs it. The first is the one named.
 */
function problemAt(config, field, value, message) {
    const fields = typeof field === 'string' ? [field] : field;
    const line = fields.map((f) => config.lines?.[f]).find((l) => l !== undefined);
    return {
        origin: config.origin,
        field: fields[0] ?? '',
        ...(value !== undefined ? { value } : {}),
        message,
        ...(line !== undefined ? { line } : {}),
    };
}
/** Renders a value for a message: strings quoted, the rest as JSON, long values cut. */
function showValue(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/** `['flavours', 'full', 'packages', 2]` → `flavours.full.packages[2]`. */
function fieldPath(path) {
    return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

;// CONCATENATED MODULE: ./packages/config/src/template.ts
/**
 * The small template language of tag names: literal text and `{placeholder}`s.
 * One place for it, so that the configuration check and the tag expansion agree.
 */
const TAG_PLACEHOLDERS = [
    'version',
    'major',
    'timestamp',
    'flavour',
    'distribution',
];
/** OCI distribution spec: a tag is `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`. */
const template_TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const TAG_MAX_LENGTH = 128;
function parseTemplate(template) {
    const parts = [];
    const re = /\{([^{}]*)\}|([^{}]+)|([{}])/g;
    for (const m of template.matchAll(re)) {
        if (m[1] !== undefined)
            parts.push({ placeholder: m[1] });
        else if (m[2] !== undefined)
            parts.push({ literal: m[2] });
        else
            parts.push({ literal: m[3] ?? '' });
    }
    return parts;
}
/** Placeholders the template names that the language does not know. */
function unknownPlaceholders(template, known) {
    return parseTemplate(template)
        .flatMap((p) => ('placeholder' in p ? [p.placeholder] : []))
        .filter((name) => !known.includes(name));
}
function placeholdersOf(template) {
    return parseTemplate(template).flatMap((p) => ('placeholder' in p ? [p.placeholder] : []));
}
function template_renderTemplate(template, values) {
    return parseTemplate(template)
        .map((p) => {
        if ('literal' in p)
            return p.literal;
        const v = values[p.placeholder];
        if (v === undefined)
            throw new Error(`no value for {${p.placeholder}}`);
        return v;
    })
        .join('');
}
/** What each placeholder can hold in a tag, for reading values back out of one. */
const PLACEHOLDER_PATTERNS = {
    // 17.6, 18, 19beta3 (the tag spelling of 19~beta3)
    version: '\\d+(?:\\.\\d+)*(?:(?:alpha|beta|rc)\\d+)?',
    major: '\\d+',
    timestamp: '\\d{12}',
    flavour: '[A-Za-z0-9][A-Za-z0-9_.]*',
    distribution: '[A-Za-z0-9][A-Za-z0-9_.]*',
};
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Reads a tag back against its template: the value of each placeholder, or undefined when the
 * tag is not one the template makes. `fixed` values must be found as given (the flavour and the
 * distribution a catalog is for). The inverse of renderTemplate, for tags of TAG_PLACEHOLDERS.
 */
function matchTemplate(template, tag, fixed = {}) {
    const names = [];
    const source = parseTemplate(template)
        .map((p) => {
        if ('literal' in p)
            return escapeRegExp(p.literal);
        const name = p.placeholder;
        const given = fixed[name];
        if (given !== undefined)
            return escapeRegExp(given);
        names.push(name);
        return `(${PLACEHOLDER_PATTERNS[name] ?? '[A-Za-z0-9_.-]+'})`;
    })
        .join('');
    const m = new RegExp(`^${source}$`).exec(tag);
    if (!m)
        return undefined;
    const values = { ...fixed };
    for (const [i, name] of names.entries()) {
        const v = m[i + 1] ?? '';
        // A placeholder named twice must hold the same value both times.
        if (values[name] !== undefined && values[name] !== v)
            return undefined;
        values[name] = v;
    }
    return values;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/oci/src/digest.ts
/**
 * Content digests (`algorithm:hex`), as the OCI image spec defines them.
 */

class InvalidDigestError extends Error {
    value;
    constructor(value, reason) {
        super(`invalid digest "${value}": ${reason}`);
        this.value = value;
        this.name = 'InvalidDigestError';
    }
}
// The algorithms node:crypto computes, with the length of their hex encoding.
const KNOWN_ALGORITHMS = {
    sha256: { hash: 'sha256', hexLength: 64 },
    sha512: { hash: 'sha512', hexLength: 128 },
};
const DIGEST = /^(?<algorithm>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):(?<hex>[0-9a-fA-F]{32,})$/;
/**
 * Splits and checks a digest: the grammar of the distribution reference (`algorithm:hex`, at
 * least 32 hex digits) and, for sha256 and sha512, the exact length in lowercase hex.
 */
function digest_parseDigest(value) {
    const m = DIGEST.exec(value);
    if (!m?.groups?.algorithm || !m.groups.hex) {
        throw new InvalidDigestError(value, 'expected algorithm:hex, e.g. sha256: followed by 64 lowercase hex digits');
    }
    const { algorithm, hex } = m.groups;
    const known = KNOWN_ALGORITHMS[algorithm];
    if (known && !new RegExp(`^[0-9a-f]{${known.hexLength}}$`).test(hex)) {
        throw new InvalidDigestError(value, `a ${algorithm} digest has exactly ${known.hexLength} lowercase hex digits`);
    }
    return { algorithm, hex };
}
/** True when `value` is a well-formed digest. */
function isDigest(value) {
    try {
        digest_parseDigest(value);
        return true;
    }
    catch {
        return false;
    }
}
/** The digest of `bytes` with `algorithm` (sha256 unless told). */
function digest_computeDigest(bytes, algorithm = 'sha256') {
    const known = KNOWN_ALGORITHMS[algorithm];
    if (!known) {
        throw new InvalidDigestError(`${algorithm}:`, 'only sha256 and sha512 can be computed');
    }
    return `${algorithm}:${(0,external_node_crypto_.createHash)(known.hash).update(bytes).digest('hex')}`;
}
/** The digest `bytes` have under the algorithm of `expected` (so sha512 is compared as sha512). */
function digest_digestOf(bytes, expected) {
    return digest_computeDigest(bytes, digest_parseDigest(expected).algorithm);
}

;// CONCATENATED MODULE: ./packages/oci/src/reference.ts
/**
 * Image references, parsed and normalised as the docker CLI does (distribution's
 * `ParseNormalizedNamed`): `debian:trixie-slim` is `docker.io/library/debian:trixie-slim`.
 */

class reference_InvalidReferenceError extends Error {
    value;
    rule;
    constructor(value, rule) {
        super(`invalid image reference "${value}": ${rule}`);
        this.value = value;
        this.rule = rule;
        this.name = 'InvalidReferenceError';
    }
}
const DOCKER_HUB = 'docker.io';
/**
 * A repository name as a workflow writes it, `ghcr.io/${{ github.repository_owner }}/pg`, in
 * the lower case every registry requires: an owner `MyOrg` pushes to `ghcr.io/myorg/pg`, as
 * docker/metadata-action names it. Only a name without tag or digest is given here (a
 * registry, a repository), so all of it is lowered; hosts are case-insensitive anyway.
 */
function lowercaseName(name) {
    return name.toLowerCase();
}
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const HEX64 = /^[a-f0-9]{64}$/;
const NAME_MAX = 255;
/**
 * Parses `[registry/]repository[:tag][@digest]`. Without a registry, or when the first path
 * component has no `.` or `:` and is not `localhost`, the registry is Docker Hub, whose
 * one-component names live under `library/`.
 */
function reference_parseReference(ref) {
    if (ref.length === 0)
        throw new reference_InvalidReferenceError(ref, 'the reference is empty');
    if (/\s/.test(ref))
        throw new reference_InvalidReferenceError(ref, 'a reference contains no whitespace');
    const at = ref.indexOf('@');
    const namePart = at === -1 ? ref : ref.slice(0, at);
    const digest = at === -1 ? undefined : ref.slice(at + 1);
    let registry;
    let remainder;
    const slash = namePart.indexOf('/');
    const first = slash === -1 ? '' : namePart.slice(0, slash);
    if (slash === -1 ||
        (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
        registry = DOCKER_HUB;
        remainder = namePart;
    }
    else {
        registry = first;
        remainder = namePart.slice(slash + 1);
    }
    if (registry === 'index.docker.io')
        registry = DOCKER_HUB;
    let repository = remainder;
    let tag;
    const colon = remainder.lastIndexOf(':');
    if (colon !== -1 && colon > remainder.lastIndexOf('/')) {
        repository = remainder.slice(0, colon);
        tag = remainder.slice(colon + 1);
    }
    if (!DOMAIN.test(registry)) {
        throw new reference_InvalidReferenceError(ref, `registry "${registry}" must be a host name or [IPv6] address with an optional :port`);
    }
    if (repository.length === 0) {
        throw new reference_InvalidReferenceError(ref, 'the repository name is empty');
    }
    if (registry === DOCKER_HUB && HEX64.test(repository)) {
        throw new reference_InvalidReferenceError(ref, 'a repository name cannot be a 64-character hexadecimal string (an image ID)');
    }
    if (repository.toLowerCase() !== repository) {
        throw new reference_InvalidReferenceError(ref, `repository "${repository}" must be lowercase`);
    }
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw new reference_InvalidReferenceError(ref, `repository component "${component}" must be lowercase letters and digits, separated by ".", "_", "__" or dashes ([a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)`);
        }
    }
    if (registry.length + 1 + repository.length > NAME_MAX) {
        throw new reference_InvalidReferenceError(ref, `registry and repository together must be at most ${NAME_MAX} characters`);
    }
    if (tag !== undefined && !TAG.test(tag)) {
        throw new reference_InvalidReferenceError(ref, `tag "${tag}" must be 1 to 128 of letters, digits, "_", "." and "-", not starting with "." or "-" ([\\w][\\w.-]{0,127})`);
    }
    if (digest !== undefined) {
        try {
            digest_parseDigest(digest);
        }
        catch (error) {
            if (!(error instanceof InvalidDigestError))
                throw error;
            throw new reference_InvalidReferenceError(ref, `digest "${digest}" must be algorithm:hex (sha256: and 64 lowercase hex digits)`);
        }
    }
    const result = { registry, repository };
    if (tag !== undefined)
        result.tag = tag;
    if (digest !== undefined)
        result.digest = digest;
    return result;
}
/** `registry/repository[:tag][@digest]`, always with the registry (the canonical form). */
function formatReference(ref) {
    return (`${ref.registry}/${ref.repository}` +
        (ref.tag !== undefined ? `:${ref.tag}` : '') +
        (ref.digest !== undefined ? `@${ref.digest}` : ''));
}
/** Takes either form callers have at hand. */
function toReference(ref) {
    return typeof ref === 'string' ? reference_parseReference(ref) : ref;
}

;// CONCATENATED MODULE: ./packages/oci/src/media-types.ts
/** Media types of the OCI image spec and of Docker's image manifest v2 schema 2. */
const media_types_MediaTypes = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    inToto: 'application/vnd.in-toto+json',
};
/** Annotation keys the client itself interprets. */
const AnnotationKeys = {
    /** BuildKit marks attestation manifests in an index with `attestation-manifest`. */
    dockerReferenceType: 'vnd.docker.reference.type',
    dockerReferenceDigest: 'vnd.docker.reference.digest',
};
/** What `getManifest` asks for unless told otherwise: indexes and image manifests, OCI and Docker. */
const DEFAULT_MANIFEST_ACCEPT = [
    media_types_MediaTypes.ociIndex,
    media_types_MediaTypes.ociManifest,
    media_types_MediaTypes.dockerManifestList,
    media_types_MediaTypes.dockerManifest,
];
function media_types_isIndexMediaType(mediaType) {
    return mediaType === media_types_MediaTypes.ociIndex || mediaType === media_types_MediaTypes.dockerManifestList;
}
function media_types_isImageManifestMediaType(mediaType) {
    return mediaType === media_types_MediaTypes.ociManifest || mediaType === media_types_MediaTypes.dockerManifest;
}

;// CONCATENATED MODULE: ./packages/platform/src/platforms.ts
/**
 * The platforms images are built for, each with every name it goes by, in one table: the OCI
 * platform (image indexes, `docker --platform`, the configuration's `platforms`), Debian's
 * architecture (`dpkg --print-architecture`, the archive's `binary-<arch>` directories), the ELF
 * machine @pgforge/elf's readElf reports for its binaries, Node's `process.arch` (the host this
 * code runs on) and the multiarch tuple (where its shared libraries live under /usr/lib).
 *
 * Every translation from one of these names to another reads this table: an image's label, the
 * packages fetched for it and the check of its binaries cannot disagree because one package's
 * private copy of the mapping said otherwise (two copies once mapped linux/arm/v6 differently).
 */
function row(platform, debianArchitecture, elfMachine, nodeArch, multiarch, alsoVariants = []) {
    const [os = '', architecture = '', variant] = platform.split('/');
    return Object.freeze({
        platform,
        os,
        architecture,
        ...(variant === undefined ? {} : { variant }),
        alsoVariants: Object.freeze([...alsoVariants]),
        debianArchitecture,
        elfMachine,
        nodeArch,
        multiarch,
    });
}
/**
 * Where two rows share a name (both 32-bit ARM ABIs are ELF machine `arm` and Node's `arm`: the
 * float ABI is in e_flags, which readElf does not report, and Node's arch has no variant), the
 * lookup by that name answers the first row: armhf, linux/arm/v7, which is containerd's default
 * arm variant and what Node's own Linux arm builds (armv7l) run on.
 *
 * linux/arm/v5 is armel: Debian's armel port targets ARMv5TE with the soft-float ABI, armhf
 * needs ARMv7 with VFPv3-D16 and hard float. Debian has no ARMv6 port, so linux/arm/v6 is armel
 * too: armhf's Thumb-2 code faults on an ARMv6 core (ARM1176, Raspberry Pi 1 and Zero), armel's
 * runs there. Docker agrees: containerd's normalizeArch reads `armel` as arm/v6, and its matcher
 * for arm/v6 also takes arm/v5, so `--platform linux/arm/v6` pulls the armel (arm32v5) image of
 * Debian. Raspbian's armhf, rebuilt for ARMv6, is another distribution, not one this project
 * builds from.
 *
 * Node calls little-endian POWER `ppc64` (the endianness is os.endianness()); Linux on POWER
 * with Node is only ppc64le, so `ppc64` here is that row.
 */
// prettier-ignore
const PLATFORMS = Object.freeze([
    //  OCI platform      Debian      ELF machine    process.arch  multiarch tuple
    row('linux/amd64', 'amd64', 'x86_64', 'x64', 'x86_64-linux-gnu'),
    row('linux/arm64', 'arm64', 'aarch64', 'arm64', 'aarch64-linux-gnu'),
    row('linux/arm/v7', 'armhf', 'arm', 'arm', 'arm-linux-gnueabihf'),
    row('linux/arm/v5', 'armel', 'arm', 'arm', 'arm-linux-gnueabi', ['v6']),
    row('linux/386', 'i386', 'i386', 'ia32', 'i386-linux-gnu'),
    row('linux/ppc64le', 'ppc64el', 'ppc64le', 'ppc64', 'powerpc64le-linux-gnu'),
    row('linux/s390x', 's390x', 's390x', 's390x', 's390x-linux-gnu'),
    row('linux/riscv64', 'riscv64', 'riscv64', 'riscv64', 'riscv64-linux-gnu'),
    row('linux/mips64le', 'mips64el', 'mips64el', 'mips64el', 'mips64el-linux-gnuabi64'),
    row('linux/loong64', 'loong64', 'loongarch64', 'loong64', 'loongarch64-linux-gnu'),
]);
const WHAT = {
    platform: 'platform',
    debianArchitecture: 'Debian architecture',
    elfMachine: 'ELF machine',
    nodeArch: 'Node architecture (process.arch)',
};
/** Every name the table knows in one column, in table order, each once. */
function knownNames(column) {
    const names = column === 'platform'
        ? PLATFORMS.flatMap((r) => [
            r.platform,
            ...r.alsoVariants.map((v) => `${r.os}/${r.architecture}/${v}`),
        ])
        : PLATFORMS.map((r) => r[column]);
    return [...new Set(names)];
}
/** A name no row of the table has; the message lists the names it does have. */
class UnknownPlatformError extends Error {
    column;
    value;
    known;
    constructor(column, value) {
        super(`unknown ${WHAT[column]} "${value}"; known: ${knownNames(column).join(', ')}`);
        this.column = column;
        this.value = value;
        this.name = 'UnknownPlatformError';
        this.known = knownNames(column);
    }
}
/**
 * Other tools' spellings of an OCI architecture, as containerd's normalizeArch accepts them:
 * Debian's (`armhf`, `ppc64el`, `i386`) and uname's, which readElf's are (`x86_64`, `aarch64`).
 * One difference from containerd: `armel` is arm/v5, this table's armel row, where containerd
 * says arm/v6; its matcher takes v5 for v6, ours compares variants exactly. Node's names are not
 * aliases: its `ppc64` is the OCI name of big-endian POWER, a different platform.
 */
const ALIASES = (() => {
    const aliases = new Map();
    for (const r of PLATFORMS) {
        for (const name of [r.debianArchitecture, r.elfMachine]) {
            if (name !== r.architecture && !aliases.has(name))
                aliases.set(name, r);
        }
    }
    return aliases;
})();
/**
 * containerd's normalisation: aliases to OCI names (`aarch64` → `arm64`, `armhf` → `arm/v7`),
 * then the default variants dropped or filled in: arm64 is v8 unless told, amd64 is v1, arm is
 * v7, and arm's bare `7` is `v7`. An empty variant is no variant, as in containerd.
 */
function platforms_normalisePlatform(platform) {
    const os = platform.os ?? 'linux';
    let architecture = platform.architecture;
    let variant = platform.variant || undefined;
    const alias = ALIASES.get(architecture);
    if (alias) {
        architecture = alias.architecture;
        variant = alias.variant ?? variant;
    }
    if (architecture === 'arm64' && (variant === 'v8' || variant === '8'))
        variant = undefined;
    if (architecture === 'amd64' && variant === 'v1')
        variant = undefined;
    if (architecture === 'arm') {
        if (variant === undefined)
            variant = 'v7';
        else if (/^\d+$/.test(variant))
            variant = `v${variant}`;
    }
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}
function parse(value) {
    const parts = value.split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === ''))
        return undefined;
    const [os, architecture = '', variant] = parts;
    return platforms_normalisePlatform({ os, architecture, variant });
}
function display(platform) {
    if (typeof platform === 'string')
        return platform;
    const { os = 'linux', architecture, variant } = platform;
    return [os, architecture, variant].filter(Boolean).join('/');
}
/**
 * The row of an OCI platform, `linux/arm/v7` or `{ architecture: 'arm', variant: 'v7' }`, after
 * normalisation (`linux/arm`, `linux/armhf` and `linux/arm/7` are the same row); undefined when
 * no row has it, as for a variant the table does not build (`linux/amd64/v3`).
 */
function findByPlatform(platform) {
    const p = typeof platform === 'string' ? parse(platform) : platforms_normalisePlatform(platform);
    if (!p)
        return undefined;
    return PLATFORMS.find((r) => r.os === p.os &&
        r.architecture === p.architecture &&
        (r.variant === p.variant || (p.variant !== undefined && r.alsoVariants.includes(p.variant))));
}
/** As findByPlatform, failing with an UnknownPlatformError that lists the known platforms. */
function platforms_byPlatform(platform) {
    const found = findByPlatform(platform);
    if (!found)
        throw new UnknownPlatformError('platform', display(platform));
    return found;
}
function first(column, value) {
    return PLATFORMS.find((r) => r[column] === value);
}
/** The row of a Debian architecture (`armhf`); undefined for `all` and unknown names. */
function findByDebianArchitecture(architecture) {
    return first('debianArchitecture', architecture);
}
function byDebianArchitecture(architecture) {
    const found = findByDebianArchitecture(architecture);
    if (!found)
        throw new UnknownPlatformError('debianArchitecture', architecture);
    return found;
}
/** The row of an ELF machine as readElf names it; `arm` is armhf (see PLATFORMS). */
function findByElfMachine(machine) {
    return first('elfMachine', machine);
}
function byElfMachine(machine) {
    const found = findByElfMachine(machine);
    if (!found)
        throw new UnknownPlatformError('elfMachine', machine);
    return found;
}
/** The row of a value of Node's `process.arch`; `arm` is armhf (see PLATFORMS). */
function findByNodeArch(arch) {
    return first('nodeArch', arch);
}
function byNodeArch(arch) {
    const found = findByNodeArch(arch);
    if (!found)
        throw new UnknownPlatformError('nodeArch', arch);
    return found;
}
/**
 * The row of the machine this code runs on: the platform whose images run here without
 * emulation. `arch` is for tests; the default is this process's own.
 */
function hostPlatform(arch = process.arch) {
    return byNodeArch(arch);
}

;// CONCATENATED MODULE: ./packages/platform/src/index.ts


;// CONCATENATED MODULE: ./packages/oci/src/platform.ts
/**
 * Platforms (`linux/arm64`, `linux/arm/v7`) and choosing an index's manifest by platform.
 */


class InvalidPlatformError extends Error {
    value;
    constructor(value) {
        super(`invalid platform "${value}": expected os/architecture[/variant], e.g. linux/arm64`);
        this.value = value;
        this.name = 'InvalidPlatformError';
    }
}
/** Parses `os/architecture[/variant]`. */
function platform_parsePlatform(value) {
    const parts = value.split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-zA-Z0-9_.-]+$/.test(p))) {
        throw new InvalidPlatformError(value);
    }
    const [os = '', architecture = '', variant] = parts;
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/**
 * True when `candidate` satisfies `wanted` (a variant only matters when `wanted` names one).
 * Both are normalised as containerd does (arm64 is v8 unless told, amd64 is v1, arm is v7;
 * `aarch64` is arm64), with the aliases of @pgforge/platform's one table.
 */
function platformMatches(candidate, wanted) {
    if (!candidate)
        return false;
    const c = platforms_normalisePlatform(candidate);
    const w = platforms_normalisePlatform(wanted);
    if (c.os !== w.os || c.architecture !== w.architecture)
        return false;
    return wanted.variant === undefined && w.architecture !== 'arm' ? true : c.variant === w.variant;
}
/**
 * True for index entries that are not runnable images: BuildKit's attestation manifests
 * (`vnd.docker.reference.type: attestation-manifest`) and anything with platform unknown/unknown.
 */
function isAttestationManifest(descriptor) {
    if (descriptor.annotations?.[AnnotationKeys.dockerReferenceType] === 'attestation-manifest') {
        return true;
    }
    return descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown';
}
/**
 * The index entry for `platform`, or without one the first entry that is an image (not an
 * attestation). Undefined when nothing matches.
 */
function selectManifest(index, platform) {
    const images = index.manifests.filter((d) => !isAttestationManifest(d));
    if (platform === undefined)
        return images[0];
    const wanted = typeof platform === 'string' ? platform_parsePlatform(platform) : platform;
    return images.find((d) => platformMatches(d.platform, wanted));
}

;// CONCATENATED MODULE: ./packages/oci/src/errors.ts
/**
 * Errors of registry operations. Messages name the registry, the repository and what happened,
 * and never carry a password or a token.
 */
class RegistryError extends Error {
    registry;
    repository;
    status;
    code;
    constructor(message, details, options) {
        super(message, options);
        this.name = 'RegistryError';
        this.registry = details.registry;
        if (details.repository !== undefined)
            this.repository = details.repository;
        if (details.status !== undefined)
            this.status = details.status;
        if (details.code !== undefined)
            this.code = details.code;
    }
}
class ManifestNotFoundError extends RegistryError {
    reference;
    constructor(reference, details, explanation) {
        super(`manifest ${reference} not found: ${explanation}`, details);
        this.reference = reference;
        this.name = 'ManifestNotFoundError';
    }
}
class BlobNotFoundError extends RegistryError {
    digest;
    constructor(digest, details, explanation) {
        super(`blob ${digest} not found in ${details.registry}/${details.repository ?? ''}: ${explanation}`, details);
        this.digest = digest;
        this.name = 'BlobNotFoundError';
    }
}
class errors_DigestMismatchError extends RegistryError {
    what;
    expected;
    actual;
    constructor(what, expected, actual, details) {
        super(`${what} from ${details.registry} has digest ${actual}, expected ${expected}: the content is not what was asked for`, details);
        this.what = what;
        this.expected = expected;
        this.actual = actual;
        this.name = 'DigestMismatchError';
    }
}
class PlatformNotFoundError extends RegistryError {
    reference;
    platform;
    available;
    constructor(reference, platform, available, details) {
        super(`${reference} has no manifest for platform ${platform}; it has ${available.length > 0 ? available.join(', ') : 'no image manifests'}`, details);
        this.reference = reference;
        this.platform = platform;
        this.available = available;
        this.name = 'PlatformNotFoundError';
    }
}
/** A response the client cannot read as the spec says it should be. */
class InvalidManifestError extends RegistryError {
    constructor(reference, reason, details) {
        super(`manifest ${reference} from ${details.registry} is not usable: ${reason}`, details);
        this.name = 'InvalidManifestError';
    }
}
/**
 * An answer longer than the request allows: a manifest over the manifest limit, a blob longer
 * than its descriptor says. Nothing past the limit was read.
 */
class ResponseTooLargeError extends RegistryError {
    what;
    limit;
    received;
    constructor(
    /** `manifest ghcr.io/x/y:1`, `blob sha256:… of x/y`. */
    what, 
    /** The most bytes allowed. */
    limit, 
    /** `4 MiB (the limit for manifests and indexes)`. */
    limitText, 
    /** The bytes read before stopping, or the Content-Length the registry announced. */
    received, announced, details) {
        super(statusMessage(details.status, details, `${what} is longer than ${limitText}: ` +
            (announced
                ? `the registry announced ${received} bytes, and none were read`
                : `the registry sent more than ${limit} bytes, and reading stopped there`)), details);
        this.what = what;
        this.limit = limit;
        this.received = received;
        this.name = 'ResponseTooLargeError';
    }
}
/** A blob whose length is not the size its descriptor gives. */
class BlobSizeMismatchError extends RegistryError {
    digest;
    expected;
    actual;
    constructor(digest, expected, actual, details) {
        super(`blob ${digest} from ${details.registry}/${details.repository ?? ''} is ${actual} bytes, ` +
            `but its descriptor says ${expected}: the content is not what was asked for`, details);
        this.digest = digest;
        this.expected = expected;
        this.actual = actual;
        this.name = 'BlobSizeMismatchError';
    }
}
/** The first entry of the distribution spec's `{"errors": [{code, message, detail}]}` body. */
function parseErrorBody(body) {
    if (body.length === 0 || body.length > 65536)
        return undefined;
    try {
        const parsed = JSON.parse(new TextDecoder().decode(body));
        if (typeof parsed !== 'object' || parsed === null)
            return undefined;
        const errors = parsed.errors;
        if (!Array.isArray(errors) || errors.length === 0)
            return undefined;
        const first = errors[0];
        const result = {};
        if (typeof first.code === 'string')
            result.code = first.code;
        if (typeof first.message === 'string')
            result.message = first.message;
        return result;
    }
    catch {
        return undefined;
    }
}
/** `401 from 127.0.0.1:5001 for repository x/y: <explanation>` */
function statusMessage(status, details, explanation) {
    const where = details.repository
        ? `${details.registry} for repository ${details.repository}`
        : details.registry;
    return status === undefined
        ? `${where}: ${explanation}`
        : `${status} from ${where}: ${explanation}`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/exec/src/environment.ts
/**
 * The environment a child process gets. A GitHub Action receives its inputs as `INPUT_*`
 * variables, among them a cosign key, its password and registry tokens; no tool this project
 * runs reads them, so no child inherits them (a tool that logs or forwards its environment, a
 * credential helper, a build, would otherwise carry them further).
 */
function childEnvironment(env = process.env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (!/^INPUT_/i.test(name))
            out[name] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/exec/src/exec.ts
/**
 * Runs external tools (docker, git, cosign) without a shell. Long builds print megabytes, so
 * the output is streamed line by line to a callback and only a bounded tail is kept.
 */


/** A command that could not be started, or (from `execOrThrow`) did not exit with 0. */
class ExecError extends Error {
    commandLine;
    reason;
    result;
    constructor(commandLine, reason, result) {
        const tail = result?.tail.slice(-20).join('\n') ?? '';
        super(`\`${commandLine}\` ${reason}${tail ? `; last output:\n${tail}` : ''}`);
        this.commandLine = commandLine;
        this.reason = reason;
        this.result = result;
        this.name = 'ExecError';
    }
}
const quote = (arg) => /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
/** The command as a person would type it, for messages. */
function exec_commandLine(cmd, args) {
    return [cmd, ...args].map(quote).join(' ');
}
class LineSplitter {
    emit;
    #rest = '';
    constructor(emit) {
        this.emit = emit;
    }
    push(chunk) {
        const text = this.#rest + chunk;
        const lines = text.split('\n');
        this.#rest = lines.pop() ?? '';
        for (const line of lines)
            this.emit(line.replace(/\r$/, ''));
    }
    end() {
        if (this.#rest)
            this.emit(this.#rest);
        this.#rest = '';
    }
}
/** Runs `cmd args` to completion; never rejects for a non-zero exit (see `execOrThrow`). */
function exec_exec(cmd, args, options = {}) {
    const started = Date.now();
    const maxStdout = options.maxStdout ?? 16 * 1024 * 1024;
    const tailLines = options.tailLines ?? 200;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(cmd, args, {
            cwd: options.cwd,
            env: childEnvironment(options.env ?? process.env),
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        const tail = [];
        const keep = (line, stream) => {
            tail.push(line);
            if (tail.length > tailLines)
                tail.shift();
            options.onLine?.(line, stream);
        };
        const outLines = new LineSplitter((l) => keep(l, 'stdout'));
        const errLines = new LineSplitter((l) => keep(l, 'stderr'));
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            if (stdout.length < maxStdout)
                stdout += chunk;
            outLines.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            // stderr of a build is progress output: only its tail matters.
            stderr = (stderr + chunk).slice(-256 * 1024);
            errLines.push(chunk);
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            const reason = error.code === 'ENOENT' ? `could not start: ${cmd} is not on PATH` : error.message;
            reject(new ExecError(exec_commandLine(cmd, args), reason));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            outLines.end();
            errLines.end();
            resolve({
                code,
                signal,
                stdout,
                stderr,
                tail,
                timedOut,
                durationMs: Date.now() - started,
            });
        });
        child.stdin.on('error', () => undefined); // a child that exits early closes its stdin
        child.stdin.end(options.input ?? '');
    });
}
/** Like `exec`, but a non-zero exit, a signal or a timeout rejects with an ExecError. */
async function execOrThrow(cmd, args, options = {}) {
    const result = await exec_exec(cmd, args, options);
    if (result.code !== 0) {
        const reason = result.timedOut
            ? `timed out after ${options.timeoutMs} ms`
            : result.signal
                ? `was ended by ${result.signal}`
                : `exited with ${result.code}`;
        throw new ExecError(exec_commandLine(cmd, args), reason, result);
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/exec/src/index.ts



// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/oci/src/docker-config.ts
/**
 * Credentials from the docker CLI's config file (`docker login` writes it): `auths` entries,
 * `credHelpers` per registry and the `credsStore` default, run as docker does
 * (`docker-credential-<name> get`, server URL on stdin, JSON on stdout).
 */





class DockerConfigError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'DockerConfigError';
    }
}
class CredentialHelperError extends Error {
    helper;
    constructor(helper, message) {
        super(message);
        this.helper = helper;
        this.name = 'CredentialHelperError';
    }
}
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The registry host a config key names: `https://index.docker.io/v1/` → `docker.io`. */
function registryHostOfKey(key) {
    const host = (key.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split('/')[0] ?? '').toLowerCase();
    return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host;
}
function findByRegistry(table, registry) {
    if (!table)
        return undefined;
    const wanted = registryHostOfKey(registry);
    if (table[registry] !== undefined)
        return table[registry];
    for (const [key, value] of Object.entries(table)) {
        if (registryHostOfKey(key) === wanted)
            return value;
    }
    return undefined;
}
function displayPath(path, home) {
    return home && path.startsWith(`${home}/`) ? `~/${path.slice(home.length + 1)}` : path;
}
/** A resolver reading the docker CLI's config; the file is read once, on first use. */
function dockerConfigCredentials(options = {}) {
    const home = options.homeDir ?? (0,external_node_os_.homedir)();
    const dockerConfigDir = options.env?.DOCKER_CONFIG;
    const configPath = options.configPath ??
        (dockerConfigDir ? (0,external_node_path_.join)(dockerConfigDir, 'config.json') : (0,external_node_path_.join)(home, '.docker', 'config.json'));
    const shown = displayPath(configPath, home);
    let loaded;
    return async (registry) => {
        loaded ??= loadConfig(configPath, shown);
        const config = await loaded;
        if (!config)
            return undefined;
        const host = registryHostOfKey(registry);
        const helperFor = findByRegistry(config.credHelpers, registry);
        const helper = helperFor ?? config.credsStore;
        if (helper) {
            const serverUrl = host === 'docker.io' ? DOCKER_HUB_SERVER : host;
            const fromHelper = await runCredentialHelper(helper, serverUrl, {
                env: options.env,
                timeoutMs: options.helperTimeoutMs ?? 30_000,
                namedBy: `${helperFor ? 'credHelpers' : 'credsStore'} in ${shown}`,
            });
            if (fromHelper)
                return fromHelper;
        }
        const entry = findByRegistry(config.auths, registry);
        return entry ? credentialsFromEntry(entry, registry, shown) : undefined;
    };
}
async function loadConfig(path, shown) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new DockerConfigError(`cannot read docker config ${shown}: ${error.message}`, {
            cause: error,
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new DockerConfigError(`docker config ${shown} is not valid JSON: ${error.message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new DockerConfigError(`docker config ${shown} must hold a JSON object`);
    }
    return parsed;
}
function credentialsFromEntry(entry, registry, shown) {
    const source = shown;
    if (entry.identitytoken)
        return { identityToken: entry.identitytoken, source };
    if (entry.registrytoken)
        return { registryToken: entry.registrytoken, source };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new DockerConfigError(`docker config ${shown}: auths entry for ${registry} has an "auth" value that is not base64 of user:password`);
        }
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
    }
    if (entry.username && entry.password !== undefined) {
        return { username: entry.username, password: entry.password, source };
    }
    return undefined;
}
// What docker-credential-helpers print when they hold nothing for the server.
const NOT_FOUND = /credentials not found/i;
/** `docker-credential-<helper> get` with the server URL on stdin. */
function runCredentialHelper(helper, serverUrl, run) {
    const program = `docker-credential-${helper}`;
    const source = `${program} (${run.namedBy})`;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], {
            env: childEnvironment(run.env),
            stdio: ['pipe', 'pipe', 'pipe'],
            timeout: run.timeoutMs,
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            reject(new CredentialHelperError(helper, error.code === 'ENOENT'
                ? `credential helper ${program} (named by ${run.namedBy}) is not on PATH`
                : `credential helper ${program} could not run: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            const stdout = Buffer.concat(out).toString('utf8').trim();
            const stderr = Buffer.concat(err).toString('utf8').trim();
            if (code !== 0) {
                if (NOT_FOUND.test(stdout) || NOT_FOUND.test(stderr)) {
                    resolve(undefined);
                    return;
                }
                // The helper failed, so its output is an error message, not a secret.
                const said = (stderr || stdout).split('\n')[0]?.slice(0, 200) ?? '';
                reject(new CredentialHelperError(helper, `credential helper ${program} failed for ${serverUrl} (${signal ? `killed by ${signal}` : `exit ${code}`})${said ? `: ${said}` : ''}`));
                return;
            }
            let parsed;
            try {
                parsed = JSON.parse(stdout);
            }
            catch {
                // Never echo the output: it may hold the secret.
                reject(new CredentialHelperError(helper, `credential helper ${program} printed something other than JSON for ${serverUrl}`));
                return;
            }
            const username = typeof parsed.Username === 'string' ? parsed.Username : '';
            const secret = typeof parsed.Secret === 'string' ? parsed.Secret : '';
            if (!secret)
                resolve(undefined);
            else if (username === '<token>')
                resolve({ identityToken: secret, source });
            else
                resolve({ username, password: secret, source });
        });
        child.stdin.on('error', () => {
            // A helper that exits without reading stdin: its exit status tells what happened.
        });
        child.stdin.end(serverUrl);
    });
}

;// CONCATENATED MODULE: ./packages/http/src/retry-policy.ts
/**
 * Which failed HTTP attempts are worth another, and how long to wait before it. The registry
 * client and the APT client both ask here, so a registry and a mirror are treated alike.
 *
 * Worth another try: what a moment may mend (a server busy or restarting, a connection reset,
 * a timeout, 429). Not worth it: what the same request will meet again (a name that does not
 * resolve, a port nobody listens on, a method the server does not implement); retrying those
 * only makes a user wait for the same error.
 */
/** 429 and 5xx are worth another try, except 501 (the server will never do it). */
function isRetryableStatus(status) {
    return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}
/**
 * Network error codes that asking again within seconds will not change, with the reason told to
 * the user. EAI_AGAIN is a resolver's "try again", but on a machine that reaches no resolver (or
 * none that knows the name) it answers the same for minutes: the user is better served by the
 * error now than by the same error after the backoff.
 */
const FINAL_CODES = {
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name does not resolve',
    ECONNREFUSED: 'nothing listens there (connection refused)',
    EHOSTUNREACH: 'there is no route to the host',
    ENETUNREACH: 'there is no route to the network',
    // TLS: the certificate will be the same one on the next attempt.
    CERT_HAS_EXPIRED: 'its TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its TLS certificate cannot be verified',
    ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another name',
};
/** undici refuses some ports (fetch's "bad port" list) before connecting, with no code. */
const FINAL_MESSAGES = [[/^bad port$/, 'fetch refuses that port']];
/** The errors an error stands for: itself, its `cause` chain and an AggregateError's members. */
function errorsWithin(error, depth = 0) {
    if (typeof error !== 'object' || error === null || depth > 5)
        return [];
    const found = [error];
    // Happy eyeballs (IPv4 and IPv6 tried together) reports an AggregateError of both attempts.
    const members = error.errors;
    if (Array.isArray(members))
        for (const m of members)
            found.push(...errorsWithin(m, depth + 1));
    found.push(...errorsWithin(error.cause, depth + 1));
    return found;
}
function codeOf(error) {
    const code = error.code;
    return typeof code === 'string' && code !== '' ? code : undefined;
}
/**
 * Whether a request that got no HTTP answer (fetch threw, or the body broke off) is worth
 * another try. fetch reports "fetch failed" and keeps the system error in `cause`; the verdict
 * is final when every code found there is. Anything unknown is retried: a failure no one has
 * seen before is more likely a passing one than a permanent one.
 */
function classifyNetworkError(error) {
    const within = errorsWithin(error);
    const codes = within.map(codeOf).filter((c) => c !== undefined);
    // Final only when every attempt failed for a final reason: happy eyeballs on a runner
    // without IPv6 reports ENETUNREACH for the IPv6 address beside the IPv4 attempt's own
    // (a timeout or a reset), and that one is worth another try.
    const final = codes.find((code) => FINAL_CODES[code] !== undefined);
    if (final !== undefined && codes.every((code) => FINAL_CODES[code] !== undefined)) {
        return { retry: false, code: final, why: FINAL_CODES[final] ?? '' };
    }
    for (const e of within) {
        const message = e instanceof Error ? e.message : '';
        for (const [pattern, why] of FINAL_MESSAGES) {
            if (pattern.test(message))
                return { retry: false, why };
        }
    }
    const code = codes[0];
    return code === undefined ? { retry: true } : { retry: true, code };
}
/**
 * Retry-After in milliseconds: either delay-seconds or an HTTP date. Undefined when absent or
 * unreadable; 0 for a date in the past.
 */
function parseRetryAfter(value, now) {
    if (value === null || value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * The delay before retry number `attempt` (0 for the first retry): exponential, capped, with
 * "equal jitter" (half fixed, half random) so clients that failed together do not come back
 * together, yet never retry at once.
 */
function backoffDelay(attempt, options) {
    const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
    return Math.round(exponential / 2 + (exponential / 2) * options.random());
}
/**
 * The delay to use: what the server asked for in Retry-After (capped, so a server cannot stall
 * a build), but never less than the backoff.
 */
function retryDelay(attempt, retryAfterMs, options) {
    const backoff = backoffDelay(attempt, options);
    if (retryAfterMs === undefined)
        return backoff;
    return Math.max(backoff, Math.min(retryAfterMs, options.maxDelayMs));
}

;// CONCATENATED MODULE: ./packages/http/src/body.ts
/**
 * An answer's body read no further than a limit: a server (or whatever answers in its place)
 * cannot make a client hold more than it expects of a manifest, an index or a Release.
 */
/** The body was longer than the limit; nothing more than the limit was held. */
class BodyTooLargeError extends Error {
    limit;
    bytes;
    announced;
    constructor(
    /** The limit, in bytes. */
    limit, 
    /** The announced Content-Length, or the bytes read when reading stopped. */
    bytes, 
    /** True when Content-Length announced it and no byte was read. */
    announced) {
        super(announced
            ? `the answer announced ${bytes} bytes, more than ${limit}, and none were read`
            : `the answer is longer than ${limit} bytes: reading stopped after ${bytes}`);
        this.limit = limit;
        this.bytes = bytes;
        this.announced = announced;
        this.name = 'BodyTooLargeError';
    }
}
/**
 * The body of `response`, whole when `limit` is undefined. A body past the limit (announced by
 * Content-Length, or counted as it streams) is cancelled and BodyTooLargeError thrown; an error
 * of the connection while reading passes unchanged (the caller's retry policy decides).
 * `onChunk` sees each chunk as it arrives, in order, once it is within the limit: work on the
 * body (decompressing it) can start before the last byte is in.
 */
async function readBody(response, limit, onChunk) {
    if (!response.body || (limit === undefined && !onChunk)) {
        const bytes = new Uint8Array(await response.arrayBuffer());
        onChunk?.(bytes);
        return bytes;
    }
    limit ??= Number.POSITIVE_INFINITY;
    const announced = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(announced) && announced > limit) {
        await response.body.cancel().catch(() => undefined);
        throw new BodyTooLargeError(limit, announced, true);
    }
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.length;
        if (total > limit) {
            await reader.cancel().catch(() => undefined);
            throw new BodyTooLargeError(limit, total, false);
        }
        chunks.push(value);
        try {
            onChunk?.(value);
        }
        catch (error) {
            // The connection is not left open behind a failure of what watches the body.
            await reader.cancel().catch(() => undefined);
            throw error;
        }
    }
    if (chunks.length === 1 && chunks[0])
        return chunks[0];
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
    }
    return bytes;
}

;// CONCATENATED MODULE: ./packages/http/src/bytes.ts
/**
 * Byte counts as the limits on untrusted input state them (APT's indexes and packages, a
 * registry's manifests and layers): the units, the check a limit passes, and the words a
 * message uses for one. The limits themselves stay with what they bound (apt/src/limits.ts,
 * oci/src/limit.ts).
 */
const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
/** `512 MiB`, `1 GiB`, `1.5 KiB`, `12 bytes`: a byte count for messages. */
function bytes_formatBytes(bytes) {
    const units = [
        [GiB, 'GiB'],
        [MiB, 'MiB'],
        [KiB, 'KiB'],
    ];
    for (const [size, unit] of units) {
        if (bytes >= size) {
            const value = bytes / size;
            return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
        }
    }
    return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}
/** Throws RangeError unless `bytes` is a whole number of bytes of at least 1. */
function bytes_checkByteLimit(name, bytes) {
    if (!Number.isSafeInteger(bytes) || bytes < 1) {
        throw new RangeError(`${name} ${bytes} is not a whole number of bytes of at least 1`);
    }
    return bytes;
}

;// CONCATENATED MODULE: ./packages/http/src/index.ts




;// CONCATENATED MODULE: ./packages/oci/src/transport.ts
/**
 * HTTP for the registry client: one request with retries (network errors, 429, 5xx), redirects
 * followed by hand so that Authorization never goes to another host, and a timeout per attempt.
 * Authentication sits one layer up (registry-http.ts); the token requests go through here too.
 */


const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
// A failure that never produced an HTTP status (refused, reset, timed out, no such host).
class NetworkFailure extends Error {
    /**
     * Why asking again would meet the same failure (a name that does not resolve, a port nobody
     * listens on), as the shared retry policy judges; undefined when another attempt may succeed.
     */
    final;
    constructor(message, options) {
        super(message, options);
        const verdict = classifyNetworkError(options.cause);
        this.final = verdict.retry ? undefined : verdict.why;
    }
}
/** The request never got an HTTP answer (refused, reset, timed out), after every retry. */
class RegistryNetworkError extends RegistryError {
    /** False when another attempt would meet the same failure (the policy said: not retried). */
    retryable;
    constructor(message, details, options) {
        super(message, details, options);
        this.name = 'RegistryNetworkError';
        this.retryable = options?.retryable ?? true;
    }
}
/** The URL as it may appear in messages: no query (signed storage URLs), no credentials. */
function safeUrl(url) {
    return `${url.protocol}//${url.host}${url.pathname}`;
}
/** The body of `response`, read no further than the request's limit allows. */
async function readLimited(response, request) {
    const limit = request.bodyLimit;
    try {
        return await readBody(response, limit?.bytes);
    }
    catch (error) {
        if (!(error instanceof BodyTooLargeError) || !limit)
            throw error;
        throw new ResponseTooLargeError(limit.what, limit.bytes, limit.text, error.bytes, error.announced, {
            registry: request.registry,
            repository: request.repository,
            status: response.status,
        });
    }
}
class Transport {
    options;
    constructor(options) {
        this.options = options;
    }
    /** Sends `request`, retrying what is worth retrying; a final 5xx or 429 is returned, not thrown. */
    async send(request) {
        const retries = request.retries ?? this.options.retries;
        for (let attempt = 1;; attempt++) {
            let outcome;
            try {
                outcome = await this.once(request);
            }
            catch (error) {
                if (!(error instanceof NetworkFailure))
                    throw error;
                outcome = error;
            }
            if (!(outcome instanceof NetworkFailure) && !isRetryableStatus(outcome.status)) {
                return { ...outcome, attempts: attempt };
            }
            const final = outcome instanceof NetworkFailure ? outcome.final : undefined;
            if (attempt > retries || final !== undefined) {
                if (outcome instanceof NetworkFailure) {
                    throw new RegistryNetworkError(statusMessage(undefined, request, `${request.method} ${safeUrl(request.url)} failed: ${outcome.message}` +
                        (final !== undefined
                            ? ` (${final}: not retried)`
                            : attempt > 1
                                ? ` (${attempt} attempts)`
                                : '')), { registry: request.registry, repository: request.repository }, { cause: outcome.cause, retryable: final === undefined });
                }
                return { ...outcome, attempts: attempt };
            }
            await this.waitBeforeRetry({ method: request.method, url: request.url, registry: request.registry }, attempt, retries, outcome instanceof NetworkFailure ? { reason: outcome.message } : { response: outcome });
        }
    }
    /**
     * Waits before retry number `attempt` (from 1) as the policy says (backoff with jitter, or
     * Retry-After when longer) and reports it to onRetry. Exposed for operations that retry a
     * sequence of requests as a whole (a blob upload).
     */
    async waitBeforeRetry(request, attempt, retries, failed) {
        const response = failed.response;
        const retryAfterMs = response
            ? parseRetryAfter(response.headers.get('retry-after'), this.options.now())
            : undefined;
        const delayMs = retryDelay(attempt - 1, retryAfterMs, {
            baseDelayMs: this.options.retryBaseDelayMs,
            maxDelayMs: this.options.maxRetryDelayMs,
            random: this.options.random,
        });
        const info = {
            attempt,
            retries,
            delayMs,
            method: request.method,
            url: safeUrl(request.url),
            registry: request.registry,
            reason: failed.reason ??
                (response ? `${response.status} ${response.statusText}`.trim() : 'the request failed'),
        };
        if (response)
            info.status = response.status;
        this.options.onRetry?.(info);
        await this.options.sleep(delayMs);
    }
    /** Retries after the first attempt, unless a request says otherwise. */
    get retries() {
        return this.options.retries;
    }
    async once(request) {
        let url = request.url;
        let method = request.method;
        let body = request.body;
        const headers = {
            'user-agent': this.options.userAgent,
            ...request.headers,
        };
        for (let hop = 0;; hop++) {
            let response;
            try {
                response = await this.options.fetch(url, {
                    method,
                    headers,
                    body,
                    redirect: 'manual',
                    signal: AbortSignal.timeout(this.options.timeoutMs),
                });
            }
            catch (error) {
                throw this.networkFailure(error);
            }
            const location = response.headers.get('location');
            if (REDIRECTS.has(response.status) && location) {
                await response.body?.cancel().catch(() => undefined);
                if (hop >= MAX_REDIRECTS) {
                    throw new RegistryError(statusMessage(response.status, request, `more than ${MAX_REDIRECTS} redirects from ${safeUrl(request.url)}`), { registry: request.registry, repository: request.repository });
                }
                const next = new URL(location, url);
                if (next.origin !== url.origin) {
                    // Blob storage (S3, GCS) authenticates with the signed URL; the registry's
                    // credentials are not for it.
                    delete headers.authorization;
                }
                if (response.status === 303 ||
                    ((response.status === 301 || response.status === 302) && method === 'POST')) {
                    if (method !== 'HEAD')
                        method = 'GET';
                    body = undefined;
                    delete headers['content-type'];
                }
                url = next;
                continue;
            }
            let bytes;
            try {
                bytes = method === 'HEAD' ? new Uint8Array() : await readLimited(response, request);
            }
            catch (error) {
                if (error instanceof RegistryError)
                    throw error;
                throw this.networkFailure(error);
            }
            return {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
                url,
                body: bytes,
            };
        }
    }
    networkFailure(error) {
        if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
            return new NetworkFailure(`no answer within ${this.options.timeoutMs / 1000} s`, {
                cause: error,
            });
        }
        // fetch reports "fetch failed" and keeps the reason (ECONNREFUSED, ECONNRESET) in `cause`.
        const cause = error instanceof Error ? (error.cause ?? error) : error;
        const message = cause instanceof Error
            ? cause.message
            : typeof cause === 'string'
                ? cause
                : 'the connection failed';
        return new NetworkFailure(message, { cause: error });
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/credentials.ts
/**
 * Credentials for a registry, and where they came from (named in errors, never the secret).
 */
function hasPassword(credentials) {
    return 'username' in credentials && 'password' in credentials;
}
function hasIdentityToken(credentials) {
    return 'identityToken' in credentials;
}
function hasRegistryToken(credentials) {
    return 'registryToken' in credentials;
}
/** A resolver over a fixed table, e.g. credentials an action received as inputs. */
function staticCredentials(table, source = 'the credentials passed in') {
    return async (registry) => {
        const found = table[registry];
        return found ? { source, ...found } : undefined;
    };
}
/** Tries each resolver in order; the first that knows the registry wins. */
function chainCredentials(...resolvers) {
    return async (registry) => {
        for (const resolve of resolvers) {
            const found = await resolve(registry);
            if (found)
                return found;
        }
        return undefined;
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/www-authenticate.ts
/**
 * WWW-Authenticate (RFC 7235). Written by hand: the header is a dozen lines of grammar, and
 * what registries need from it (quoted values holding commas, such as
 * `scope="repository:a/b:pull,push"`, and several challenges in one header) is exactly what naive
 * comma-splitting gets wrong.
 */
const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
/** Every challenge in the header, in order; garbage is skipped rather than thrown on. */
function parseWwwAuthenticate(header) {
    if (!header)
        return [];
    const challenges = [];
    let current;
    let i = 0;
    const n = header.length;
    const skip = (re) => {
        while (i < n && re.test(header.charAt(i)))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < n && TCHAR.test(header.charAt(i)))
            i++;
        return header.slice(start, i);
    };
    const quoted = () => {
        // At the opening quote; backslash escapes the next character (quoted-pair).
        i++;
        let value = '';
        while (i < n) {
            const c = header.charAt(i);
            if (c === '\\' && i + 1 < n) {
                value += header.charAt(i + 1);
                i += 2;
            }
            else if (c === '"') {
                i++;
                break;
            }
            else {
                value += c;
                i++;
            }
        }
        return value;
    };
    while (i < n) {
        skip(/[\s,]/);
        if (i >= n)
            break;
        const name = token();
        if (name === '') {
            i++; // not a token character: skip it
            continue;
        }
        skip(/[ \t]/);
        if (current && header.charAt(i) === '=' && header.charAt(i + 1) !== '=') {
            i++;
            skip(/[ \t]/);
            const value = header.charAt(i) === '"' ? quoted() : token();
            current.params[name.toLowerCase()] = value;
            continue;
        }
        if (current && header.charAt(i) === '=') {
            // token68 (`Negotiate abc==`): kept whole, registries do not use it.
            while (i < n && header.charAt(i) === '=')
                i++;
            current.params.token68 = header.slice(header.lastIndexOf(name, i), i);
            continue;
        }
        current = { scheme: name.toLowerCase(), params: {} };
        challenges.push(current);
    }
    return challenges;
}

;// CONCATENATED MODULE: ./packages/oci/src/scopes.ts
/**
 * Token scopes and which registries are loopback: what the authenticator (auth.ts) and the
 * request pipeline (registry-http.ts) both read, in a file of its own so neither imports the other
 * for it.
 */
/** The default for `insecureRegistries`: loopback, as docker treats it (plain http). */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[')
        ? registry.slice(1, registry.indexOf(']'))
        : (registry.split(':')[0] ?? '');
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function pullScope(repository) {
    return `repository:${repository}:pull`;
}
function pushScope(repository) {
    return `repository:${repository}:pull,push`;
}
/** True when token scope `granted` allows all `wanted` does (`x:pull,push` covers `x:pull`). */
function scopeCovers(granted, wanted) {
    const g = granted.lastIndexOf(':');
    const w = wanted.lastIndexOf(':');
    if (g < 0 || w < 0 || granted.slice(0, g) !== wanted.slice(0, w))
        return granted === wanted;
    const actions = new Set(granted.slice(g + 1).split(','));
    return (actions.has('*') ||
        wanted
            .slice(w + 1)
            .split(',')
            .every((a) => actions.has(a)));
}

;// CONCATENATED MODULE: ./packages/oci/src/auth.ts





// Docker's rule: a token without expires_in, or with less than a minute, lives a minute.
const MIN_TOKEN_LIFETIME_S = 60;
// Renew a little early so a token does not expire between the check and the request.
const EXPIRY_MARGIN_MS = 5_000;
function basicHeader(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
function credentialsNote(credentials) {
    return credentials?.source ? ` (from ${credentials.source})` : '';
}
class Authenticator {
    transport;
    options;
    challenges = new Map();
    tokens = new Map();
    pending = new Map();
    credentials = new Map();
    constructor(transport, options) {
        this.transport = transport;
        this.options = options;
    }
    /**
     * The header to send up front: none until the registry has challenged once; after that the
     * cached token, a new token for new scopes, or Basic credentials.
     */
    async authorization(target) {
        const challenge = this.challenges.get(target.registry);
        if (!challenge)
            return undefined;
        return this.authorize(target, challenge, target.scopes);
    }
    /**
     * After a 401: the header to retry with. Throws when retrying cannot help (no credentials for
     * a Basic challenge, or the same kind of credentials were already refused).
     */
    async onUnauthorized(target, response, sent) {
        const challenges = parseWwwAuthenticate(response.headers.get('www-authenticate'));
        const challenge = challenges.find((c) => c.scheme === 'bearer' && c.params.realm) ??
            challenges.find((c) => c.scheme === 'basic');
        if (!challenge) {
            throw this.error(target, response, 'authentication required, and the registry sent no Basic or Bearer challenge (WWW-Authenticate)');
        }
        this.challenges.set(target.registry, challenge);
        const credentials = await this.resolve(target.registry);
        const scopes = [...target.scopes];
        for (const scope of (challenge.params.scope ?? '').split(' ')) {
            if (scope && !scopes.some((asked) => scopeCovers(asked, scope)))
                scopes.push(scope);
        }
        // Worth another try: nothing was sent yet, a cached token (revoked or expired early), or a
        // token for fewer scopes than the challenge names. The same credentials again are not.
        const retry = !sent ||
            (sent.kind === 'bearer' &&
                challenge.scheme === 'bearer' &&
                (sent.cached || scopes.length > target.scopes.length));
        if (!retry)
            throw this.rejected(target, response, sent, credentials);
        const state = await this.authorize(target, challenge, scopes, sent?.header);
        if (!state) {
            throw this.error(target, response, credentials
                ? `the registry wants a user name and password (Basic), and the credentials${credentialsNote(credentials)} hold only a token`
                : `authentication required; no credentials are known for ${target.registry} (docker login ${target.registry})`);
        }
        return state;
    }
    /** The error for a 401 that came back although credentials (or a fresh token) were sent. */
    rejected(target, response, sent, credentials) {
        if (!sent || !credentials) {
            return this.error(target, response, `authentication required; no credentials are known for ${target.registry} (docker login ${target.registry})`);
        }
        if (sent.kind === 'bearer') {
            const challenge = parseWwwAuthenticate(response.headers.get('www-authenticate')).find((c) => c.scheme === 'bearer');
            if (challenge?.params.error === 'insufficient_scope') {
                return this.error(target, response, `the token does not grant ${challenge.params.scope ?? target.scopes.join(' ')}${credentialsNote(credentials)}`);
            }
        }
        return this.error(target, response, `credentials rejected${credentialsNote(credentials)}`);
    }
    /** The credentials for `registry`, asked of the resolver once. */
    resolve(registry) {
        let found = this.credentials.get(registry);
        if (!found) {
            found = this.options.credentials
                ? this.options.credentials(registry)
                : Promise.resolve(undefined);
            this.credentials.set(registry, found);
            // A failing resolver (a broken credential helper) is asked again next time.
            found.catch(() => this.credentials.delete(registry));
        }
        return found;
    }
    async authorize(target, challenge, scopes, 
    /** The header the registry just refused: a cached token equal to it is not used again. */
    refused) {
        const credentials = await this.resolve(target.registry);
        if (challenge.scheme === 'basic') {
            if (!credentials || !hasPassword(credentials))
                return undefined;
            return {
                header: basicHeader(credentials.username, credentials.password),
                kind: 'basic',
                cached: false,
            };
        }
        // The scopes the caller asked for key the cache, so the next request for them finds it
        // without a 401 first.
        const key = `${target.registry}\n${[...target.scopes].sort().join(' ')}`;
        const cached = this.tokens.get(key);
        // A token another request got meanwhile is as good as a new one.
        if (cached &&
            cached.expiresAt > this.options.now() &&
            `Bearer ${cached.token}` !== refused &&
            scopes.length === target.scopes.length) {
            return { header: `Bearer ${cached.token}`, kind: 'bearer', cached: true };
        }
        if (credentials && hasRegistryToken(credentials)) {
            return { header: `Bearer ${credentials.registryToken}`, kind: 'bearer', cached: false };
        }
        // Requests running in parallel (blob uploads) share one token request.
        let pending = this.pending.get(key);
        if (!pending) {
            pending = this.fetchToken(target, challenge, scopes, credentials).finally(() => this.pending.delete(key));
            this.pending.set(key, pending);
        }
        const token = await pending;
        this.tokens.set(key, token);
        return { header: `Bearer ${token.token}`, kind: 'bearer', cached: false };
    }
    async fetchToken(target, challenge, scopes, credentials) {
        const realm = challenge.params.realm ?? '';
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new RegistryError(statusMessage(undefined, target, `the Bearer challenge's realm "${realm}" is not a URL`), target);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new RegistryError(statusMessage(undefined, target, `the Bearer challenge's realm "${realm}" is not http(s)`), target);
        }
        // A token request carries the registry's credentials: over the network, only encrypted. A
        // registry on this machine (a test registry, a local mirror) may name a plain-http one.
        if (url.protocol === 'http:' && !isLoopbackRegistry(target.registry)) {
            throw new RegistryError(statusMessage(undefined, target, `the Bearer challenge's realm ${safeUrl(url)} is plain http; credentials and tokens ` +
                'go to a token server only over https, unless the registry itself is on loopback'), target);
        }
        const service = challenge.params.service;
        const requestedAt = this.options.now();
        let response;
        if (credentials && hasIdentityToken(credentials)) {
            // An identity token (docker login with a token-issuing registry) is an OAuth2 refresh token.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                client_id: this.options.clientId,
                refresh_token: credentials.identityToken,
            });
            if (service)
                form.set('service', service);
            if (scopes.length > 0)
                form.set('scope', scopes.join(' '));
            response = await this.transport.send({
                method: 'POST',
                url,
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString(),
                registry: target.registry,
                repository: target.repository,
            });
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const headers = {};
            if (credentials && hasPassword(credentials)) {
                headers.authorization = basicHeader(credentials.username, credentials.password);
            }
            response = await this.transport.send({
                method: 'GET',
                url,
                headers,
                registry: target.registry,
                repository: target.repository,
            });
        }
        const tokenServer = safeUrl(url);
        if (response.status === 401 || response.status === 403) {
            throw new RegistryError(statusMessage(response.status, target, credentials
                ? `credentials rejected by token server ${tokenServer}${credentialsNote(credentials)}`
                : `token server ${tokenServer} refused an anonymous token; no credentials are known for ${target.registry} (docker login ${target.registry})`), { ...target, status: response.status });
        }
        if (response.status !== 200) {
            const body = parseErrorBody(response.body);
            throw new RegistryError(statusMessage(response.status, target, `token server ${tokenServer} answered ${response.status} ${response.statusText}${body?.message ? `: ${body.message}` : ''}`), { ...target, status: response.status });
        }
        let parsed;
        try {
            parsed = JSON.parse(new TextDecoder().decode(response.body));
        }
        catch {
            parsed = {};
        }
        const token = typeof parsed.token === 'string' && parsed.token
            ? parsed.token
            : typeof parsed.access_token === 'string'
                ? parsed.access_token
                : '';
        if (!token) {
            throw new RegistryError(statusMessage(undefined, target, `token server ${tokenServer} sent no token`), target);
        }
        const lifetime = typeof parsed.expires_in === 'number' && parsed.expires_in > MIN_TOKEN_LIFETIME_S
            ? parsed.expires_in
            : MIN_TOKEN_LIFETIME_S;
        return { token, expiresAt: requestedAt + lifetime * 1000 - EXPIRY_MARGIN_MS };
    }
    error(target, response, explanation) {
        const code = parseErrorBody(response.body)?.code;
        const details = {
            registry: target.registry,
            repository: target.repository,
            status: response.status,
            code,
        };
        return new RegistryError(statusMessage(response.status, target, explanation), details);
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/limit.ts
/**
 * Limits: how many tasks run at once (Limiter), and how many bytes an untrusted answer may hold.
 * The byte limits are all here, so that what a registry or an image can make this code read,
 * hold or write is stated once; each can be overridden where it is used (RegistryClient's
 * `maxManifestBytes`, readLayer's `maxBytes`, readImageFiles' `maxLayerBytes` and
 * `maxFileBytes`).
 */


/**
 * The largest manifest or index read: 4 MiB, the limit distribution (the reference registry)
 * puts on the manifests it accepts, so no registry serves a larger one that was pushed to it.
 */
const MAX_MANIFEST_BYTES = 4 * MiB;
/**
 * The most bytes one layer may decompress to. Layers are read as they stream (nothing holds a
 * whole layer uncompressed), so this bounds time and disk (the smoke test writes a layer out),
 * not memory. Debian base layers are 30 to 100 MB uncompressed and a PostgreSQL image with its
 * extensions well under 1 GB: 2 GiB passes them and stops a bomb within seconds.
 */
const limit_MAX_LAYER_BYTES = 2 * GiB;
/**
 * The most bytes of one file kept in memory by readImageFiles (the dpkg status database,
 * copyright files, os-release: a few MB at most in real images).
 */
const limit_MAX_FILE_CONTENT_BYTES = 64 * MiB;
/** The body limit of a manifest, index or referrers list request: `what` names it. */
function manifestBodyLimit(what, bytes) {
    return {
        bytes,
        what,
        text: `${bytes_formatBytes(bytes)} (${bytes} bytes, the limit for manifests and indexes)`,
    };
}
/** At most `concurrency` of the tasks given to `run` at once; the rest wait their turn. */
class Limiter {
    concurrency;
    active = 0;
    waiting = [];
    constructor(concurrency) {
        this.concurrency = concurrency;
        if (!Number.isInteger(concurrency) || concurrency < 1) {
            throw new RangeError(`concurrency ${concurrency} is not a whole number of at least 1`);
        }
    }
    async run(task) {
        if (this.active < this.concurrency)
            this.active++;
        // A finishing task hands its slot straight to the next in line.
        else
            await new Promise((resolve) => this.waiting.push(resolve));
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/link.ts
/**
 * The `rel="next"` target of an HTTP Link header (RFC 8288), as registries paginate tag lists:
 * `</v2/x/tags/list?last=b&n=2>; rel="next"`.
 */
function nextLink(header) {
    if (!header)
        return undefined;
    const link = /<([^>]*)>((?:\s*;\s*[^;,]*)*)/g;
    for (const m of header.matchAll(link)) {
        const params = m[2] ?? '';
        const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
        const value = rel?.[1] ?? rel?.[2] ?? '';
        if (value.split(/\s+/).includes('next'))
            return m[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/oci/src/manifest.ts
/**
 * Reading manifest documents: shape checks, media type, and the digest of the exact bytes.
 */


function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkDescriptor(value, where) {
    if (!isRecord(value))
        return `${where} is not an object`;
    if (typeof value.mediaType !== 'string')
        return `${where} has no mediaType`;
    if (typeof value.digest !== 'string')
        return `${where} has no digest`;
    if (typeof value.size !== 'number')
        return `${where} has no size`;
    return undefined;
}
/** The media type without parameters (`; charset=utf-8`). */
function manifest_bareMediaType(contentType) {
    const bare = contentType?.split(';')[0]?.trim();
    return bare ? bare : undefined;
}
/**
 * Parses a manifest or index. The media type is the document's own, else the Content-Type, else
 * inferred from the shape (an index has `manifests`).
 */
function manifest_parseManifestDocument(bytes, contentType, reference, details) {
    const fail = (reason) => new InvalidManifestError(reference, reason, details);
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch {
        throw fail('it is not JSON');
    }
    if (!isRecord(parsed))
        throw fail('it is not a JSON object');
    if (parsed.schemaVersion === 1) {
        throw fail('Docker image manifest schema 1 is not supported (push it again with a current client)');
    }
    if (parsed.schemaVersion !== 2) {
        throw fail(`schemaVersion is ${JSON.stringify(parsed.schemaVersion)}, expected 2`);
    }
    const declared = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    const isIndex = declared
        ? media_types_isIndexMediaType(declared)
        : contentType
            ? media_types_isIndexMediaType(contentType)
            : Array.isArray(parsed.manifests);
    const mediaType = declared ?? contentType ?? (isIndex ? media_types_MediaTypes.ociIndex : media_types_MediaTypes.ociManifest);
    if (isIndex || Array.isArray(parsed.manifests)) {
        if (!Array.isArray(parsed.manifests))
            throw fail(`an index (${mediaType}) needs "manifests"`);
        for (const [i, entry] of parsed.manifests.entries()) {
            const problem = checkDescriptor(entry, `manifests[${i}]`);
            if (problem)
                throw fail(problem);
        }
        return { mediaType, manifest: parsed };
    }
    const configProblem = checkDescriptor(parsed.config, 'config');
    if (configProblem)
        throw fail(configProblem);
    if (!Array.isArray(parsed.layers))
        throw fail('"layers" is missing');
    for (const [i, layer] of parsed.layers.entries()) {
        const problem = checkDescriptor(layer, `layers[${i}]`);
        if (problem)
            throw fail(problem);
    }
    return { mediaType, manifest: parsed };
}

;// CONCATENATED MODULE: ./packages/oci/src/responses.ts
/**
 * Turning registry answers an operation cannot use into errors for people: the status, the
 * registry's own error code and message, and how many attempts it took.
 */

/** `MANIFEST_UNKNOWN: manifest unknown`, else the status line. */
function explainResponse(response) {
    const body = parseErrorBody(response.body);
    if (body?.code && body.message)
        return `${body.code}: ${body.message}`;
    return (body?.message ??
        body?.code ??
        (`${response.status} ${response.statusText}`.trim() || 'no reason given'));
}
/** The error for an answer the operation cannot use; `doing` says what was being done. */
function responseFailure(response, details, doing) {
    const code = parseErrorBody(response.body)?.code;
    let explanation = explainResponse(response);
    if (response.status === 403)
        explanation = `access denied (${explanation})`;
    if (doing)
        explanation = `${doing}: ${explanation}`;
    if (response.attempts > 1)
        explanation += ` (after ${response.attempts} attempts)`;
    return new RegistryError(statusMessage(response.status, details, explanation), {
        ...details,
        status: response.status,
        code,
    });
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-http.ts

class RegistryHttp {
    transport;
    auth;
    insecure;
    constructor(transport, auth, insecure) {
        this.transport = transport;
        this.auth = auth;
        this.insecure = insecure;
    }
    /** The base URL of a registry's API: Docker Hub's lives at registry-1.docker.io. */
    baseUrl(registry) {
        const host = registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
        return new URL(`${this.insecure(registry) ? 'http' : 'https'}://${host}`);
    }
    async request(request) {
        const base = this.baseUrl(request.registry);
        const url = new URL(request.path, base);
        // Credentials are for the registry; a Location elsewhere (blob storage) gets none.
        const sameOrigin = url.origin === base.origin;
        const target = {
            registry: request.registry,
            repository: request.repository,
            scopes: request.scopes,
        };
        let auth = sameOrigin
            ? await this.auth.authorization(target)
            : undefined;
        for (let round = 0;; round++) {
            const headers = { ...request.headers };
            if (auth)
                headers.authorization = auth.header;
            const response = await this.transport.send({
                method: request.method,
                url,
                headers,
                body: request.body,
                registry: request.registry,
                repository: request.repository,
                retries: request.retries,
                bodyLimit: request.bodyLimit,
            });
            if (response.status !== 401 || !sameOrigin)
                return response;
            if (round > 0) {
                throw this.auth.rejected(target, response, auth, await this.auth.resolve(request.registry));
            }
            auth = await this.auth.onUnauthorized(target, response, auth);
        }
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/json.ts
/** Compact UTF-8 JSON of `value` (no whitespace, keys in insertion order). */
function json_encodeJson(value) {
    return new TextEncoder().encode(JSON.stringify(value));
}
/** The record with its keys in code-unit order, or undefined when it is absent or empty. */
function json_sortedRecord(record) {
    if (!record)
        return undefined;
    const keys = Object.keys(record).sort();
    if (keys.length === 0)
        return undefined;
    const sorted = {};
    for (const key of keys)
        sorted[key] = record[key];
    return sorted;
}
/** Drops undefined members, so absent fields are absent from the JSON rather than `null`. */
function json_compact(value) {
    const out = {};
    for (const [key, member] of Object.entries(value))
        if (member !== undefined)
            out[key] = member;
    return out;
}
function json_platformJson(platform) {
    return json_compact({
        architecture: platform.architecture,
        os: platform.os,
        variant: platform.variant,
    });
}
/**
 * A descriptor with only the spec's fields, in the order the OCI spec's examples use; extra
 * members a caller's object carries (a built layer's bytes, its diffId) are left out.
 */
function json_descriptorJson(descriptor) {
    return json_compact({
        mediaType: descriptor.mediaType,
        artifactType: descriptor.artifactType,
        digest: descriptor.digest,
        size: descriptor.size,
        urls: descriptor.urls,
        annotations: json_sortedRecord(descriptor.annotations),
        platform: descriptor.platform ? json_platformJson(descriptor.platform) : undefined,
    });
}

;// CONCATENATED MODULE: ./packages/oci/src/image.ts
/**
 * Image documents as bytes: the image configuration, the image manifest and the index, written
 * deterministically (json.ts) so that the same inputs always give the same digests.
 */




class ImageBuildError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ImageBuildError';
    }
}
/** Bytes as a blob of `mediaType`, with their sha256 digest. */
function blobOf(bytes, mediaType) {
    return { mediaType, digest: digest_computeDigest(bytes), size: bytes.length, bytes };
}
/** The descriptor of a blob (its bytes left out), with extra members such as a platform. */
function descriptorOf(blob, extra = {}) {
    return json_descriptorJson({
        mediaType: blob.mediaType,
        digest: blob.digest,
        size: blob.size,
        ...extra,
    });
}
function rfc3339(created) {
    if (typeof created === 'string') {
        if (Number.isNaN(Date.parse(created))) {
            throw new ImageBuildError(`created "${created}" is not an RFC 3339 date-time`);
        }
        return created;
    }
    if (Number.isNaN(created.getTime()))
        throw new ImageBuildError('created is an invalid Date');
    return created.toISOString().replace('.000Z', 'Z');
}
function envList(env) {
    if (env === undefined)
        return undefined;
    if (Array.isArray(env))
        return env;
    return Object.keys(env)
        .sort()
        .map((key) => `${key}=${env[key] ?? ''}`);
}
function runtimeConfig(config = {}) {
    const out = compact({
        User: config.user,
        Env: envList(config.env),
        Entrypoint: config.entrypoint,
        Cmd: config.cmd,
        WorkingDir: config.workingDir,
        Labels: sortedRecord(config.labels),
    });
    return Object.keys(out).length > 0 ? out : undefined;
}
function checkHistory(history, layers) {
    if (history === undefined)
        return;
    const withLayers = history.filter((h) => h.empty_layer !== true).length;
    if (withLayers !== layers) {
        throw new ImageBuildError(`history has ${withLayers} entries that made a layer, but the image has ${layers} layers; ` +
            'mark the others empty_layer: true');
    }
}
/** The image manifest (OCI), optionally an artifact (`artifactType`) referring to `subject`. */
function buildManifest(options) {
    const manifest = json_compact({
        schemaVersion: 2,
        mediaType: media_types_MediaTypes.ociManifest,
        artifactType: options.artifactType,
        config: json_descriptorJson(options.config),
        layers: options.layers.map(json_descriptorJson),
        subject: options.subject ? json_descriptorJson(options.subject) : undefined,
        annotations: json_sortedRecord(options.annotations),
    });
    return blobOf(json_encodeJson(manifest), media_types_MediaTypes.ociManifest);
}
/**
 * The configuration and manifest of a single-platform image over already built layers. The
 * manifest's bytes and digest depend on nothing but the options.
 */
function buildImage(options) {
    const platform = platformJson(typeof options.platform === 'string' ? parsePlatform(options.platform) : options.platform);
    for (const layer of options.layers) {
        parseDigest(layer.digest);
        parseDigest(layer.diffId);
    }
    checkHistory(options.history, options.layers.length);
    const configJson = compact({
        created: options.created === undefined ? undefined : rfc3339(options.created),
        architecture: platform.architecture,
        os: platform.os,
        variant: platform.variant,
        config: runtimeConfig(options.config),
        rootfs: { type: 'layers', diff_ids: options.layers.map((l) => l.diffId) },
        history: options.history?.map((h) => compact({
            created: h.created,
            created_by: h.created_by,
            comment: h.comment,
            empty_layer: h.empty_layer === true ? true : undefined,
        })),
    });
    const config = blobOf(encodeJson(configJson), MediaTypes.ociConfig);
    const manifest = buildManifest({
        config,
        layers: options.layers,
        annotations: options.annotations,
    });
    return { platform, config, manifest };
}
function entryDescriptor(entry) {
    if ('manifest' in entry && 'config' in entry) {
        return descriptorOf(entry.manifest, { platform: entry.platform });
    }
    return json_descriptorJson(entry);
}
/** An OCI image index over image manifests (or other indexes). */
function buildIndex(options) {
    const index = json_compact({
        schemaVersion: 2,
        mediaType: media_types_MediaTypes.ociIndex,
        artifactType: options.artifactType,
        manifests: options.manifests.map(entryDescriptor),
        subject: options.subject ? json_descriptorJson(options.subject) : undefined,
        annotations: json_sortedRecord(options.annotations),
    });
    return blobOf(json_encodeJson(index), media_types_MediaTypes.ociIndex);
}

;// CONCATENATED MODULE: ./packages/oci/src/types.ts
/** The parts of the OCI image and distribution specs this package reads and writes. */
function types_isImageIndex(manifest) {
    return Array.isArray(manifest.manifests);
}

;// CONCATENATED MODULE: ./packages/oci/src/referrers.ts
/**
 * Referrers (distribution spec 1.1): artifacts (SBOMs, signatures, attestations) pushed as image
 * manifests whose `subject` is the image they describe, and found again from the image's digest.
 * Registries with the referrers API index them (GET /v2/<name>/referrers/<digest>, and an
 * OCI-Subject header on the push); for the others (CNCF distribution 2.8) the client keeps the
 * referrers tag schema itself: an index tagged `sha256-<hex>` listing the artifacts.
 */










/** The empty JSON blob `{}`, the config (and the one layer) of an artifact with no payload. */
const EMPTY_JSON = blobOf(json_encodeJson({}), media_types_MediaTypes.ociEmpty);
// Another writer may update the referrers tag between our read and our write; each writer reads
// back until its own entry is there, so concurrent pushes converge.
const TAG_UPDATE_ROUNDS = 5;
/** The tag of the referrers tag schema: `sha256-<hex>` (the hex cut to 64 characters). */
function referrersTag(digest) {
    const { algorithm, hex } = digest_parseDigest(digest);
    return `${algorithm}-${hex.slice(0, 64)}`;
}
function details(repository) {
    return { registry: repository.registry, repository: repository.repository };
}
function ofType(descriptors, artifactType) {
    return artifactType === undefined
        ? descriptors
        : descriptors.filter((d) => d.artifactType === artifactType);
}
/** The index behind the referrers tag, or no entries when there is none yet. */
async function tagEntries(ports, repository, digest) {
    const ref = { ...repository, tag: referrersTag(digest) };
    let fetched;
    try {
        fetched = await ports.getManifest(ref);
    }
    catch (error) {
        if (error instanceof ManifestNotFoundError)
            return [];
        throw error;
    }
    if (!types_isImageIndex(fetched.manifest)) {
        throw new InvalidManifestError(`${repository.registry}/${repository.repository}:${ref.tag}`, 'the referrers tag holds an image manifest, not an index', details(repository));
    }
    return fetched.manifest.manifests;
}
/**
 * The artifacts whose subject is `digest`: from the referrers API when the registry has it, else
 * from the referrers tag.
 */
async function listReferrers(ports, repository, digest, options = {}) {
    digest_parseDigest(digest);
    const query = options.artifactType
        ? `?${new URLSearchParams({ artifactType: options.artifactType }).toString()}`
        : '';
    const response = await ports.http.request({
        registry: repository.registry,
        repository: repository.repository,
        method: 'GET',
        path: `/v2/${repository.repository}/referrers/${digest}${query}`,
        headers: { accept: media_types_MediaTypes.ociIndex },
        scopes: [pullScope(repository.repository)],
        bodyLimit: manifestBodyLimit(`referrers list of ${repository.registry}/${repository.repository}@${digest}`, ports.maxManifestBytes ?? MAX_MANIFEST_BYTES),
    });
    // A registry without the API answers 404 (distribution 2.8: "404 page not found").
    if (response.status === 404) {
        return ofType(await tagEntries(ports, repository, digest), options.artifactType);
    }
    if (response.status !== 200) {
        throw responseFailure(response, details(repository), `listing referrers of ${digest}`);
    }
    const shown = `${repository.registry}/${repository.repository} referrers of ${digest}`;
    const { manifest } = manifest_parseManifestDocument(response.body, manifest_bareMediaType(response.headers.get('content-type')), shown, details(repository));
    if (!types_isImageIndex(manifest)) {
        throw new InvalidManifestError(shown, 'the referrers API answered with no index', details(repository));
    }
    // Registries may ignore the filter; OCI-Filters-Applied says when they did not.
    return ofType(manifest.manifests, options.artifactType);
}
/** Adds `descriptor` to the referrers tag of `subject` (unless it is there already). */
async function addToReferrersTag(ports, repository, subject, descriptor) {
    const ref = { ...repository, tag: referrersTag(subject) };
    for (let round = 0; round < TAG_UPDATE_ROUNDS; round++) {
        const entries = await tagEntries(ports, repository, subject);
        if (entries.some((d) => d.digest === descriptor.digest))
            return;
        const index = buildIndex({ manifests: [...entries, descriptor] });
        await ports.putManifest(ref, index.bytes, index.mediaType);
    }
    throw new InvalidManifestError(`${repository.registry}/${repository.repository}:${ref.tag}`, `${descriptor.digest} was still missing after ${TAG_UPDATE_ROUNDS} updates; another writer keeps replacing the index`, details(repository));
}
/**
 * Pushes an artifact manifest (empty config, `artifactType`, `subject`) and its blobs, and makes
 * it findable from the subject. Returns its descriptor as referrers lists it.
 */
async function pushArtifact(ports, repository, options) {
    const config = await ports.pushBlob(repository, EMPTY_JSON.bytes, EMPTY_JSON.mediaType);
    const layers = [];
    for (const blob of options.blobs ?? []) {
        const bytes = typeof blob.bytes === 'string' ? new TextEncoder().encode(blob.bytes) : blob.bytes;
        const pushed = await ports.pushBlob(repository, bytes, blob.mediaType);
        layers.push(blob.annotations ? { ...pushed, annotations: blob.annotations } : pushed);
    }
    const manifest = buildManifest({
        artifactType: options.artifactType,
        config,
        layers: layers.length > 0 ? layers : [config],
        subject: descriptorOf(options.subject),
        annotations: options.annotations,
    });
    const put = await ports.putManifest({ ...repository, digest: manifest.digest }, manifest.bytes, manifest.mediaType);
    const descriptor = descriptorOf(manifest, {
        artifactType: options.artifactType,
        annotations: options.annotations,
    });
    if (put.subject !== options.subject.digest) {
        await addToReferrersTag(ports, repository, options.subject.digest, descriptor);
    }
    return descriptor;
}

;// CONCATENATED MODULE: ./packages/oci/src/copy.ts




// Foreign layers (Windows base layers) are fetched from their `urls`, never pushed.
function isDistributable(descriptor) {
    return !descriptor.urls || descriptor.urls.length === 0;
}
class ImageCopier {
    source;
    target;
    destination;
    options;
    limiter;
    blobs = new Map();
    manifests = new Map();
    constructor(source, target, destination, options = {}) {
        this.source = source;
        this.target = target;
        this.destination = destination;
        this.options = options;
        this.limiter = new Limiter(options.concurrency ?? 4);
    }
    /** Copies `top` and what it references; the top manifest goes under `tag` if given. */
    async copy(top, tag) {
        await this.copyParts(top);
        const ref = tag
            ? { ...this.destination, tag }
            : { ...this.destination, digest: top.digest };
        await this.target.putManifest(ref, top.bytes, top.mediaType);
        if (this.options.referrers)
            await this.copyReferrers(top.digest);
        return { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length };
    }
    async copyParts(fetched) {
        if (types_isImageIndex(fetched.manifest)) {
            const children = fetched.manifest.manifests.filter((d) => media_types_isIndexMediaType(d.mediaType) || media_types_isImageManifestMediaType(d.mediaType));
            await Promise.all(children.map((d) => this.copyManifest(d.digest)));
            return;
        }
        const { config, layers } = fetched.manifest;
        await Promise.all([config, ...layers].filter(isDistributable).map((d) => this.copyBlob(d)));
    }
    /** A manifest by digest; undefined when the destination had it already. */
    copyManifest(digest) {
        let pending = this.manifests.get(digest);
        if (!pending) {
            pending = (async () => {
                const ref = { ...this.destination, digest };
                let result;
                if (!(await this.target.headManifest(ref))) {
                    const fetched = await this.source.getManifest(digest);
                    await this.copyParts(fetched);
                    result = await this.target.putManifest(ref, fetched.bytes, fetched.mediaType);
                }
                if (this.options.referrers)
                    await this.copyReferrers(digest);
                return result;
            })();
            this.manifests.set(digest, pending);
        }
        return pending;
    }
    copyBlob(descriptor) {
        let pending = this.blobs.get(descriptor.digest);
        if (!pending) {
            const mount = this.source.mountFrom(this.destination.registry);
            pending = this.limiter.run(() => this.target.transfer(this.destination, descriptor, () => this.source.getBlob(descriptor.digest, descriptor.size), { mountFrom: mount ? [mount] : [] }));
            this.blobs.set(descriptor.digest, pending);
        }
        return pending;
    }
    async copyReferrers(subject) {
        if (!this.source.referrers)
            return;
        for (const referrer of await this.source.referrers(subject)) {
            const put = await this.copyManifest(referrer.digest);
            // A registry that indexed the referrer itself said so (OCI-Subject); else keep the tag.
            if (put && put.subject !== subject) {
                await addToReferrersTag(this.target, this.destination, subject, referrer);
            }
        }
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/manifest-push.ts
/**
 * PUT of a manifest or index (distribution spec, "Pushing manifests"), by tag or by digest, with
 * the digest the registry computed checked against the bytes sent.
 */





function declaredMediaType(bytes) {
    try {
        const parsed = JSON.parse(new TextDecoder().decode(bytes));
        const mediaType = parsed?.mediaType;
        return typeof mediaType === 'string' ? mediaType : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * PUTs `bytes` under the reference's tag, else its digest, else the digest of the bytes. A
 * reference with a digest must be the digest of the bytes.
 */
async function putManifest(http, ref, bytes, mediaType) {
    const details = { registry: ref.registry, repository: ref.repository };
    const digest = ref.digest ? digest_digestOf(bytes, ref.digest) : digest_computeDigest(bytes);
    const shown = formatReference(ref.tag || ref.digest ? ref : { ...ref, digest });
    if (ref.digest && digest !== ref.digest) {
        throw new errors_DigestMismatchError(`manifest for ${shown}`, ref.digest, digest, details);
    }
    const declared = declaredMediaType(bytes);
    if (declared !== undefined && declared !== mediaType) {
        throw new InvalidManifestError(shown, `its mediaType is ${declared} but it is being pushed as ${mediaType}`, details);
    }
    const response = await http.request({
        registry: ref.registry,
        repository: ref.repository,
        method: 'PUT',
        path: `/v2/${ref.repository}/manifests/${ref.tag ?? digest}`,
        headers: { 'content-type': mediaType },
        body: bytes,
        scopes: [pushScope(ref.repository)],
    });
    if (response.status !== 201) {
        throw responseFailure(response, details, `pushing manifest ${shown}`);
    }
    const stored = response.headers.get('docker-content-digest');
    if (stored && isDigest(stored) && stored !== digest_digestOf(bytes, stored)) {
        throw new errors_DigestMismatchError(`the digest ${ref.registry} stored for manifest ${shown}`, digest_digestOf(bytes, stored), stored, details);
    }
    const subject = response.headers.get('oci-subject');
    return subject ? { digest, subject } : { digest };
}

;// CONCATENATED MODULE: ./packages/oci/src/upload.ts
/**
 * Blob uploads (distribution spec, "Pushing blobs"): a HEAD first (a blob the repository has is
 * not sent again), a cross-repository mount when a source repository is named, then either one
 * POST + PUT (monolithic) or POST, PATCH per chunk with Content-Range, and a closing PUT.
 *
 * Retries: the steps of an upload run without the transport's retries, because after a failed
 * PATCH or PUT the state of the session is unknown (part of a chunk may have been written). A
 * retryable failure (network, 429, 5xx, a session the registry lost) abandons the session and
 * starts the upload again from its first byte, after the same backoff as any request, and after
 * checking with a HEAD whether the failed step did in fact complete.
 */






const OCTET_STREAM = 'application/octet-stream';
class BlobUploader {
    http;
    settings;
    constructor(http, settings) {
        this.http = http;
        this.settings = settings;
    }
    /** True when the repository has the blob (HEAD 200), false on 404. */
    async exists(target, digest, scopes) {
        digest_parseDigest(digest);
        const response = await this.request(target, {
            method: 'HEAD',
            path: `/v2/${target.repository}/blobs/${digest}`,
            scopes: scopes ?? [pullScope(target.repository)],
        });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw responseFailure(response, upload_details(target), `checking for blob ${digest}`);
    }
    /**
     * Makes sure the repository has the blob `descriptor` names, reading its bytes with `load`
     * only when it has to be uploaded. Returns the descriptor.
     */
    async transfer(target, descriptor, load, options = {}) {
        const { digest } = descriptor;
        digest_parseDigest(digest);
        const scopes = [pushScope(target.repository)];
        if (await this.exists(target, digest, scopes))
            return descriptor;
        let session = await this.start(target, digest, options.mountFrom ?? []);
        if (session.mounted)
            return descriptor;
        const bytes = await load();
        const actual = digest_digestOf(bytes, digest);
        if (actual !== digest || bytes.length !== descriptor.size) {
            throw new errors_DigestMismatchError(`the bytes to upload to ${target.repository} (${bytes.length} bytes; the descriptor says ${descriptor.size})`, digest, actual, upload_details(target));
        }
        const threshold = options.chunkThreshold ?? this.settings.chunkThreshold;
        const chunkSize = options.chunkSize ?? this.settings.chunkSize;
        const retries = this.http.transport.retries;
        for (let attempt = 1;; attempt++) {
            const { location } = session;
            const outcome = bytes.length > threshold
                ? await this.chunked(target, location, bytes, digest, chunkSize)
                : await this.close(target, location, digest, bytes);
            if (!outcome)
                return descriptor;
            if (attempt > retries)
                throw this.gaveUp(target, digest, attempt, outcome.failed);
            await this.http.transport.waitBeforeRetry({ method: outcome.method, url: outcome.url, registry: target.registry }, attempt, retries, outcome.failed);
            await this.cancel(target, location);
            // The step that failed may have finished before its answer was lost.
            if (await this.exists(target, digest, scopes))
                return descriptor;
            const restarted = await this.start(target, digest, []);
            if (restarted.mounted)
                return descriptor;
            session = restarted;
        }
    }
    /** POST with mount=&from= for each source in turn, then a plain POST: a session or a mount. */
    async start(target, digest, mountFrom) {
        const base = `/v2/${target.repository}/blobs/uploads/`;
        const sources = mountFrom.filter((from) => from !== target.repository);
        for (const [i, from] of sources.entries()) {
            const query = new URLSearchParams({ mount: digest, from });
            const response = await this.request(target, {
                method: 'POST',
                path: `${base}?${query.toString()}`,
                scopes: [pushScope(target.repository), pullScope(from)],
            });
            if (response.status === 201)
                return { mounted: true };
            // 202: the registry could not mount and opened an upload session instead.
            if (response.status === 202) {
                const location = this.location(response, target);
                if (i === sources.length - 1)
                    return { mounted: false, location };
                await this.cancel(target, location);
            }
            // Anything else (no pull access to the source, say): upload instead.
        }
        const response = await this.request(target, {
            method: 'POST',
            path: base,
            scopes: [pushScope(target.repository)],
        });
        if (response.status !== 202) {
            throw responseFailure(response, upload_details(target), `starting an upload of ${digest}`);
        }
        return { mounted: false, location: this.location(response, target) };
    }
    async chunked(target, start, bytes, digest, chunkSize) {
        let location = start;
        for (let offset = 0; offset < bytes.length; offset += chunkSize) {
            const end = Math.min(offset + chunkSize, bytes.length);
            const range = `${offset}-${end - 1}`;
            const response = await this.step(target, {
                method: 'PATCH',
                path: location.href,
                headers: { 'content-type': OCTET_STREAM, 'content-range': range },
                body: bytes.subarray(offset, end),
            });
            if (!('status' in response))
                return response;
            if (response.status !== 202) {
                throw responseFailure(response, upload_details(target), `uploading bytes ${range} of ${digest}`);
            }
            location = this.location(response, target, location);
            // The registry says how much it holds; anything but all sent so far means lost bytes.
            const held = response.headers.get('range');
            if (held !== null && held !== `0-${end - 1}`) {
                return {
                    failed: { reason: `the registry holds bytes ${held} after sending ${range}` },
                    url: location,
                    method: 'PATCH',
                };
            }
        }
        return this.close(target, location, digest);
    }
    /** The closing PUT ?digest=, with the bytes (monolithic) or without (after chunks). */
    async close(target, location, digest, body) {
        const url = new URL(location.href);
        url.searchParams.set('digest', digest);
        const response = await this.step(target, {
            method: 'PUT',
            path: url.href,
            headers: body ? { 'content-type': OCTET_STREAM } : {},
            body: body ?? new Uint8Array(),
        });
        if (!('status' in response))
            return response;
        if (response.status !== 201) {
            throw responseFailure(response, upload_details(target), `completing the upload of ${digest}`);
        }
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== digest) {
            throw new errors_DigestMismatchError(`uploaded blob ${digest}`, digest, stored, upload_details(target));
        }
        return undefined;
    }
    /** One upload step without transport retries: the answer, or a failure worth a new upload. */
    async step(target, request) {
        const url = new URL(request.path);
        let response;
        try {
            response = await this.request(target, {
                ...request,
                scopes: [pushScope(target.repository)],
                retries: 0,
            });
        }
        catch (error) {
            // A refused connection or an unknown host would refuse the new upload too.
            if (error instanceof RegistryNetworkError && error.retryable) {
                return { failed: { reason: error.message }, url, method: request.method };
            }
            throw error;
        }
        if (isRetryableStatus(response.status) || sessionLost(response)) {
            return { failed: { response }, url, method: request.method };
        }
        return response;
    }
    /** Abandons a session (best effort: registries purge stale sessions anyway). */
    async cancel(target, location) {
        await this.request(target, {
            method: 'DELETE',
            path: location.href,
            scopes: [pushScope(target.repository)],
            retries: 0,
        }).catch(() => undefined);
    }
    location(response, target, previous) {
        const header = response.headers.get('location');
        if (header)
            return new URL(header, response.url);
        if (previous)
            return previous;
        throw new RegistryError(statusMessage(response.status, upload_details(target), 'the registry opened an upload without a Location'), upload_details(target));
    }
    gaveUp(target, digest, attempts, failed) {
        const { response } = failed;
        const last = failed.reason ??
            (response?.body ? parseErrorBody(response.body)?.message : undefined) ??
            `${response?.status ?? ''} ${response?.statusText ?? ''}`.trim();
        const message = statusMessage(response?.status, upload_details(target), `uploading blob ${digest} failed ${attempts} times; the last time: ${last}`);
        if (!response)
            return new RegistryNetworkError(message, upload_details(target));
        const code = response.body ? parseErrorBody(response.body)?.code : undefined;
        return new RegistryError(message, { ...upload_details(target), status: response.status, code });
    }
    request(target, request) {
        return this.http.request({
            ...request,
            registry: target.registry,
            repository: target.repository,
        });
    }
}
function upload_details(target) {
    return { registry: target.registry, repository: target.repository };
}
/** A session the registry no longer knows, or a range it did not take: start again. */
function sessionLost(response) {
    if (response.status === 416)
        return true;
    return response.status === 404 && parseErrorBody(response.body)?.code === 'BLOB_UPLOAD_UNKNOWN';
}

;// CONCATENATED MODULE: ./packages/oci/src/client.ts
/**
 * The registry client (OCI distribution spec): manifests, blobs, tags, annotations. Every call
 * goes through RegistryHttp, which adds authentication, retries and redirects.
 */


















const DEFAULT_USER_AGENT = 'pgforge-oci/0.1';
const DEFAULT_CHUNK_BYTES = 16 * 1024 * 1024;
// A registry that keeps answering with a next link is broken; stop rather than loop.
const MAX_TAG_PAGES = 10_000;
function sleepFor(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function toRepository(value) {
    const ref = typeof value === 'string' ? toReference(value) : value;
    return { registry: ref.registry, repository: ref.repository };
}
/** What a manifest request names: the digest when there is one, else the tag, else `latest`. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
class RegistryClient {
    http;
    uploader;
    maxManifestBytes;
    constructor(options = {}) {
        const now = options.now ?? Date.now;
        const transport = new Transport({
            fetch: options.fetch ?? globalThis.fetch,
            retries: options.retries ?? 4,
            retryBaseDelayMs: options.retryBaseDelayMs ?? 500,
            maxRetryDelayMs: options.maxRetryDelayMs ?? 60_000,
            timeoutMs: options.timeoutMs ?? 300_000,
            sleep: options.sleep ?? sleepFor,
            random: options.random ?? Math.random,
            now,
            userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
            onRetry: options.onRetry,
        });
        const auth = new Authenticator(transport, {
            credentials: options.credentials,
            now,
            clientId: options.userAgent ?? DEFAULT_USER_AGENT,
        });
        this.http = new RegistryHttp(transport, auth, options.insecureRegistries ?? isLoopbackRegistry);
        this.maxManifestBytes = bytes_checkByteLimit('maxManifestBytes', options.maxManifestBytes ?? MAX_MANIFEST_BYTES);
        const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_BYTES;
        if (!Number.isInteger(chunkSize) || chunkSize < 1) {
            throw new RangeError(`chunkSize ${chunkSize} is not a whole number of bytes of at least 1`);
        }
        this.uploader = new BlobUploader(this.http, {
            chunkThreshold: options.chunkThreshold ?? DEFAULT_CHUNK_BYTES,
            chunkSize,
        });
    }
    /**
     * GET a manifest or index. Fetched by digest, the bytes must have that digest; fetched by tag,
     * the digest is computed (and must match Docker-Content-Digest when the registry sends it).
     */
    async getManifest(reference, accept = DEFAULT_MANIFEST_ACCEPT) {
        const ref = toReference(reference);
        const details = this.details(ref);
        const response = await this.request({
            ...this.pull(ref),
            method: 'GET',
            path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
            headers: { accept: accept.join(', ') },
            bodyLimit: manifestBodyLimit(`manifest ${this.show(ref)}`, this.maxManifestBytes),
        });
        if (response.status === 404)
            throw this.manifestNotFound(ref, response);
        if (response.status !== 200)
            throw this.failure(response, details);
        const bytes = response.body;
        const shown = this.show(ref);
        let digest;
        if (ref.digest) {
            const actual = digest_digestOf(bytes, ref.digest);
            if (actual !== ref.digest)
                throw new errors_DigestMismatchError(`manifest ${shown}`, ref.digest, actual, details);
            digest = ref.digest;
        }
        else {
            const header = response.headers.get('docker-content-digest');
            digest = header && isDigest(header) ? digest_digestOf(bytes, header) : digest_computeDigest(bytes);
            if (header && isDigest(header) && digest !== header) {
                throw new errors_DigestMismatchError(`manifest ${shown}`, header, digest, details);
            }
        }
        const { mediaType, manifest } = manifest_parseManifestDocument(bytes, manifest_bareMediaType(response.headers.get('content-type')), shown, details);
        return { digest, mediaType, bytes, manifest };
    }
    /** HEAD a manifest: its descriptor, or undefined when the registry has no such manifest. */
    async headManifest(reference, accept = DEFAULT_MANIFEST_ACCEPT) {
        const ref = toReference(reference);
        const response = await this.request({
            ...this.pull(ref),
            method: 'HEAD',
            path: `/v2/${ref.repository}/manifests/${manifestReference(ref)}`,
            headers: { accept: accept.join(', ') },
        });
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw this.failure(response, this.details(ref));
        const digest = response.headers.get('docker-content-digest');
        const mediaType = manifest_bareMediaType(response.headers.get('content-type'));
        const size = Number(response.headers.get('content-length') ?? Number.NaN);
        if (!digest || !isDigest(digest) || !mediaType || !Number.isFinite(size)) {
            // Some registries leave these out of HEAD answers; the GET has them all.
            const fetched = await this.getManifest(ref, accept);
            return { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.length };
        }
        return { mediaType, digest, size };
    }
    /** The digest a tag (or digest) points at now, or undefined when there is none. */
    async resolveDigest(reference) {
        return (await this.headManifest(reference))?.digest;
    }
    /**
     * GET a blob, verified against its digest. With `size` (the descriptor's, when the caller has
     * one) no more than `size` bytes are read, and a blob of another length is an error.
     */
    async getBlob(reference, digest, size) {
        const ref = toReference(reference);
        digest_parseDigest(digest);
        if (size !== undefined && (!Number.isSafeInteger(size) || size < 0)) {
            throw new RangeError(`size ${size} of blob ${digest} is not a whole number of bytes`);
        }
        const details = this.details(ref);
        const response = await this.request({
            ...this.pull(ref),
            method: 'GET',
            path: `/v2/${ref.repository}/blobs/${digest}`,
            ...(size === undefined
                ? {}
                : {
                    bodyLimit: {
                        bytes: size,
                        what: `blob ${digest} of ${ref.repository}`,
                        text: `its descriptor's size of ${size} bytes`,
                    },
                }),
        });
        if (response.status === 404) {
            throw new BlobNotFoundError(digest, { ...details, status: 404, code: parseErrorBody(response.body)?.code }, this.explain(response));
        }
        if (response.status !== 200)
            throw this.failure(response, details);
        if (size !== undefined && response.body.length !== size) {
            throw new BlobSizeMismatchError(digest, size, response.body.length, details);
        }
        const actual = digest_digestOf(response.body, digest);
        if (actual !== digest)
            throw new errors_DigestMismatchError(`blob ${digest} of ${ref.repository}`, digest, actual, details);
        return response.body;
    }
    /**
     * The image manifest for a platform: the reference's own when it is one, else the index entry
     * for `platform` (default: the first that is not an attestation). A single-platform manifest
     * is returned as it is, whatever `platform` says.
     */
    async getImageManifest(reference, platform) {
        const ref = toReference(reference);
        const top = await this.getManifest(ref);
        if (!types_isImageIndex(top.manifest))
            return { manifest: top };
        const index = top;
        const descriptor = selectManifest(index.manifest, platform);
        if (!descriptor) {
            const wanted = platform === undefined
                ? 'any'
                : formatPlatform(typeof platform === 'string' ? platform_parsePlatform(platform) : platform);
            const available = index.manifest.manifests
                .filter((d) => !isAttestationManifest(d))
                .map((d) => (d.platform ? formatPlatform(d.platform) : d.digest));
            throw new PlatformNotFoundError(this.show(ref), wanted, available, this.details(ref));
        }
        const child = await this.getManifest({
            registry: ref.registry,
            repository: ref.repository,
            digest: descriptor.digest,
        });
        if (types_isImageIndex(child.manifest)) {
            throw new InvalidManifestError(`${ref.registry}/${ref.repository}@${descriptor.digest}`, `an index inside the index ${this.show(ref)} is not supported`, this.details(ref));
        }
        return { index, descriptor, manifest: child };
    }
    /** The image configuration for a platform (see getImageManifest). */
    async getConfig(reference, platform) {
        const ref = toReference(reference);
        const { manifest } = await this.getImageManifest(ref, platform);
        const { config } = manifest.manifest;
        const bytes = await this.getBlob(ref, config.digest, config.size);
        try {
            return JSON.parse(new TextDecoder().decode(bytes));
        }
        catch {
            throw new InvalidManifestError(`${this.show(ref)} config ${manifest.manifest.config.digest}`, 'the image configuration is not JSON', this.details(ref));
        }
    }
    /**
     * Annotations at both levels: `index` when the reference is an index (else absent), and
     * `manifest` of the image manifest for `platform` (see getImageManifest). Absent
     * annotations read as `{}`.
     */
    async annotations(reference, platform) {
        const { index, manifest } = await this.getImageManifest(reference, platform);
        const result = { manifest: manifest.manifest.annotations ?? {} };
        if (index)
            result.index = index.manifest.annotations ?? {};
        return result;
    }
    /**
     * The annotations of the image as published: the index's for a multi-platform image, the
     * manifest's for a single-platform one. With `platform`, that platform's manifest's.
     */
    async imageAnnotations(reference, platform) {
        if (platform !== undefined)
            return (await this.annotations(reference, platform)).manifest ?? {};
        const top = await this.getManifest(reference);
        return top.manifest.annotations ?? {};
    }
    /**
     * Every tag of a repository, following the registry's pagination (Link: rel="next"). A
     * repository the registry does not know has no tags.
     */
    async listTags(repository, options = {}) {
        const ref = {
            registry: repository.registry,
            repository: repository.repository,
        };
        const details = this.details(ref);
        const tags = [];
        const seen = new Set();
        let path = `/v2/${ref.repository}/tags/list` + (options.pageSize ? `?n=${options.pageSize}` : '');
        for (let page = 0; path !== undefined && page < MAX_TAG_PAGES; page++) {
            seen.add(path);
            const response = await this.request({ ...this.pull(ref), method: 'GET', path });
            if (response.status === 404)
                return tags;
            if (response.status !== 200)
                throw this.failure(response, details);
            let body;
            try {
                body = JSON.parse(new TextDecoder().decode(response.body));
            }
            catch {
                throw new RegistryError(statusMessage(200, details, 'the tag list is not JSON'), details);
            }
            if (Array.isArray(body.tags)) {
                for (const tag of body.tags)
                    if (typeof tag === 'string')
                        tags.push(tag);
            }
            const next = nextLink(response.headers.get('link'));
            const nextUrl = next === undefined ? undefined : new URL(next, response.url).href;
            path = nextUrl !== undefined && !seen.has(nextUrl) ? nextUrl : undefined;
        }
        return tags;
    }
    /** True when the repository has the blob. */
    async blobExists(repository, digest) {
        return this.uploader.exists(toRepository(repository), digest);
    }
    /**
     * Uploads a blob unless the repository has it: mounted from `mountFrom` when the registry
     * can, else in one PUT, or in chunks above the chunk threshold. Returns its descriptor.
     */
    async pushBlob(repository, bytes, options = {}) {
        const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
        const digest = options.digest ?? digest_computeDigest(data);
        const descriptor = {
            mediaType: options.mediaType ?? OCTET_STREAM,
            digest,
            size: data.length,
        };
        return this.uploader.transfer(toRepository(repository), descriptor, async () => data, options);
    }
    /**
     * PUTs a manifest or index under the reference's tag (or digest, or the digest of the bytes)
     * and returns its digest, checked against the one the registry reports.
     */
    async pushManifest(reference, bytes, mediaType) {
        const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
        return (await putManifest(this.http, toReference(reference), data, mediaType)).digest;
    }
    /**
     * Copies an image (an index with all its manifests, or one manifest) and its blobs to
     * `destination`: under its tag when it has one, else by digest. Within one registry blobs are
     * mounted, not downloaded. Returns the descriptor of what was copied (same digest).
     */
    async copyImage(source, destination, options = {}) {
        const src = toReference(source);
        const dst = toReference(destination);
        const top = await this.getManifest(src);
        if (dst.digest && dst.digest !== top.digest) {
            throw new errors_DigestMismatchError(`copy of ${this.show(src)} to ${formatReference(dst)}`, dst.digest, top.digest, this.details(dst));
        }
        const sourceRepo = { registry: src.registry, repository: src.repository };
        const from = {
            getManifest: (digest) => this.getManifest({ ...sourceRepo, digest }),
            getBlob: (digest, size) => this.getBlob(sourceRepo, digest, size),
            mountFrom: (registry) => (registry === src.registry ? src.repository : undefined),
            referrers: (digest) => this.referrers(sourceRepo, digest),
        };
        return new ImageCopier(from, this.copyTarget(), toRepository(dst), options).copy(top, dst.tag);
    }
    /** Pushes an image of an OCI image layout (see readLayout) to `destination`. */
    async pushLayout(layout, destination, options = {}) {
        const dst = toReference(destination);
        const top = await layout.readManifest(layout.find(options.refName).digest);
        if (dst.digest && dst.digest !== top.digest) {
            throw new errors_DigestMismatchError(`push of layout ${layout.dir} to ${formatReference(dst)}`, dst.digest, top.digest, this.details(dst));
        }
        return new ImageCopier(layout.source(), this.copyTarget(), toRepository(dst), options).copy(top, dst.tag);
    }
    /**
     * Pushes an artifact (an SBOM, a signature) that refers to `subject`, and makes it findable with
     * `referrers`: by the registry's referrers API, else by the referrers tag schema.
     */
    async pushArtifact(options) {
        return pushArtifact(this.copyTarget(), toRepository(options.repository), options);
    }
    /** The artifacts that refer to `digest` (referrers API, else the referrers tag schema). */
    async referrers(repository, digest, options = {}) {
        return listReferrers(this.copyTarget(), toRepository(repository), digest, options);
    }
    copyTarget() {
        return {
            http: this.http,
            maxManifestBytes: this.maxManifestBytes,
            getManifest: (ref) => this.getManifest(ref),
            headManifest: (ref) => this.headManifest(ref),
            putManifest: (ref, bytes, mediaType) => putManifest(this.http, ref, bytes, mediaType),
            pushBlob: (repository, bytes, mediaType) => this.pushBlob(repository, bytes, { mediaType }),
            transfer: (repository, descriptor, load, options) => this.uploader.transfer(repository, descriptor, load, options),
        };
    }
    request(request) {
        return this.http.request(request);
    }
    pull(ref) {
        return {
            registry: ref.registry,
            repository: ref.repository,
            scopes: [pullScope(ref.repository)],
        };
    }
    details(ref) {
        return { registry: ref.registry, repository: ref.repository };
    }
    show(ref) {
        return formatReference(ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: 'latest' } : ref);
    }
    explain(response) {
        return explainResponse(response);
    }
    manifestNotFound(ref, response) {
        const code = parseErrorBody(response.body)?.code;
        const explanation = code === 'NAME_UNKNOWN'
            ? `repository ${ref.repository} does not exist in ${ref.registry}`
            : `${ref.registry} has no manifest ${manifestReference(ref)} in ${ref.repository}`;
        return new ManifestNotFoundError(this.show(ref), { ...this.details(ref), status: 404, code }, explanation);
    }
    /** The error for an answer the operation cannot use. */
    failure(response, details) {
        return responseFailure(response, details);
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/client-from-environment.ts
/**
 * The registry client every front end and package makes by default: Docker's credentials (what
 * `docker login` wrote, found through the environment's DOCKER_CONFIG or the home directory),
 * so that an image this machine's docker can pull, pgforge can read too.
 */


/** A registry client with Docker's credentials; any other client option is passed on as given. */
function registryClientFromEnvironment(options) {
    const { env, homeDir, ...client } = options;
    return new RegistryClient({
        ...client,
        credentials: dockerConfigCredentials({ env, ...(homeDir !== undefined ? { homeDir } : {}) }),
    });
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./packages/oci/src/layer.ts
/**
 * Deterministic image layers: the same entries, in any order, give the same tar and the same
 * gzip bytes. Entries are sorted bytewise by path, missing parent directories are added, owners
 * are root (0/0, no names), every mtime is one given instant (SOURCE_DATE_EPOCH), and the tar
 * is ustar with PAX records only where ustar cannot hold a name (tar-stream decides that the
 * same way every time). Gzip runs at a fixed level with no file name or mtime in its header.
 */






class LayerEntryError extends Error {
    path;
    constructor(path, reason) {
        super(`layer entry "${path}": ${reason}`);
        this.path = path;
        this.name = 'LayerEntryError';
    }
}
const DEFAULT_MODE = {
    file: 0o644,
    directory: 0o755,
    symlink: 0o777,
    hardlink: 0o644,
};
// The gzip header's OS byte: zlib writes the build platform's; Go's compress/gzip (containerd,
// BuildKit) writes 255, "unknown". Pinned so a layer built on any OS has the same digest.
const GZIP_OS_UNKNOWN = 0xff;
// In zlib's thread pool, not on the main thread: a batch compresses one image's layers while
// it reads the next one's packages (the same bytes as gzipSync: one input, one finish).
const gzip = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
/** `a/b` for `/a/b`, `./a/b/`, `a//b`; throws for paths that leave the root or are empty. */
function normaliseLayerPath(path) {
    if (path.includes('\0'))
        throw new LayerEntryError(path, 'a path cannot hold a NUL byte');
    const normal = posix.normalize(`/${path}`).slice(1).replace(/\/+$/, '');
    if (normal === '' || normal === '.') {
        throw new LayerEntryError(path, 'names the root itself; entries are paths below it');
    }
    // normalize('/../x') is '/x': compare with the relative form to see an escape.
    const relative = posix.normalize(path.replace(/^\/+/, ''));
    if (relative === '..' || relative.startsWith('../')) {
        throw new LayerEntryError(path, 'escapes the root of the layer');
    }
    return normal;
}
function byteCompare(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function normaliseEntry(entry) {
    const path = normaliseLayerPath(entry.path);
    const mode = entry.mode ?? DEFAULT_MODE[entry.type];
    if (!Number.isInteger(mode) || mode < 0 || mode > 0o7777) {
        throw new LayerEntryError(entry.path, `mode ${mode} is not permission bits (0 to 0o7777)`);
    }
    // tar-stream replaces a mode of 0 with its default; refuse rather than write another mode.
    if (mode === 0)
        throw new LayerEntryError(entry.path, 'mode 0 cannot be written');
    if (entry.type !== 'file' && entry.data !== undefined) {
        throw new LayerEntryError(entry.path, `a ${entry.type} has no data`);
    }
    const linked = entry.type === 'symlink' || entry.type === 'hardlink';
    if (linked && !entry.linkTarget) {
        throw new LayerEntryError(entry.path, `a ${entry.type} needs linkTarget`);
    }
    if (!linked && entry.linkTarget !== undefined) {
        throw new LayerEntryError(entry.path, `a ${entry.type} has no linkTarget`);
    }
    const out = { path, type: entry.type, mode };
    if (entry.type === 'file')
        out.data = Buffer.from(entry.data ?? new Uint8Array());
    if (entry.type === 'symlink')
        out.linkTarget = entry.linkTarget;
    if (entry.type === 'hardlink')
        out.linkTarget = normaliseLayerPath(entry.linkTarget ?? '');
    return out;
}
/** Adds the parent directories no entry names (0o755), and checks parents are directories. */
function withParents(entries) {
    for (const entry of [...entries.values()]) {
        let parent = posix.dirname(entry.path);
        while (parent !== '.') {
            const existing = entries.get(parent);
            if (existing && existing.type !== 'directory') {
                throw new LayerEntryError(entry.path, `its parent ${parent} is a ${existing.type}`);
            }
            if (!existing)
                entries.set(parent, { path: parent, type: 'directory', mode: 0o755 });
            parent = posix.dirname(parent);
        }
    }
}
/**
 * Hardlinks as tar needs them: the target comes first in the archive. In bytewise order it
 * may not, so each group of names sharing one file is rewritten with the first name (bytewise)
 * holding the data and the others linking to it: the same files, in any order given.
 */
function canonicalHardlinks(entries) {
    const fileOf = (entry, seen) => {
        if (entry.type !== 'hardlink')
            return entry;
        if (seen.has(entry.path))
            throw new LayerEntryError(entry.path, 'hardlinks form a cycle');
        seen.add(entry.path);
        const target = entries.get(entry.linkTarget ?? '');
        if (!target || (target.type !== 'file' && target.type !== 'hardlink')) {
            throw new LayerEntryError(entry.path, `hardlink target ${entry.linkTarget} is ${target ? `a ${target.type}` : 'not in the layer'}; it must be a file`);
        }
        return fileOf(target, seen);
    };
    const groups = new Map();
    for (const entry of entries.values()) {
        if (entry.type !== 'hardlink')
            continue;
        const file = fileOf(entry, new Set());
        const group = groups.get(file.path) ?? [file];
        group.push(entry);
        groups.set(file.path, group);
    }
    for (const group of groups.values()) {
        const file = group[0];
        const names = group.map((e) => e.path).sort(byteCompare);
        const first = names[0];
        for (const name of names) {
            entries.set(name, name === first
                ? { path: name, type: 'file', mode: file.mode, data: file.data }
                : { path: name, type: 'hardlink', mode: file.mode, linkTarget: first });
        }
    }
}
function header(entry, mtime) {
    const common = { mode: entry.mode, uid: 0, gid: 0, uname: '', gname: '', mtime };
    switch (entry.type) {
        case 'directory':
            return { ...common, name: `${entry.path}/`, type: 'directory' };
        case 'symlink':
            return { ...common, name: entry.path, type: 'symlink', linkname: entry.linkTarget ?? '' };
        case 'hardlink':
            return { ...common, name: entry.path, type: 'link', linkname: entry.linkTarget ?? '' };
        case 'file':
            return { ...common, name: entry.path, type: 'file', size: entry.data?.length ?? 0 };
    }
}
async function packTar(entries, mtime) {
    const pack = tarPack();
    const chunks = [];
    const done = new Promise((resolve, reject) => {
        pack.on('data', (chunk) => {
            chunks.push(chunk);
        });
        pack.on('end', resolve);
        pack.on('error', reject);
    });
    for (const entry of entries) {
        if (entry.type === 'file')
            pack.entry(header(entry, mtime), entry.data ?? Buffer.alloc(0));
        else
            pack.entry(header(entry, mtime));
    }
    pack.finalize();
    await done;
    return Buffer.concat(chunks);
}
/** The uncompressed tar of `entries`, normalised and sorted as buildLayer writes it. */
async function buildLayerTar(entries, options = {}) {
    const mtime = options.mtime ?? 0;
    if (!Number.isInteger(mtime) || mtime < 0 || mtime > 0o77777777777) {
        throw new RangeError(`mtime ${mtime} is not whole seconds since 1970 that ustar can hold`);
    }
    const byPath = new Map();
    for (const entry of entries) {
        const normal = normaliseEntry(entry);
        if (byPath.has(normal.path)) {
            throw new LayerEntryError(entry.path, `${normal.path} is given more than once`);
        }
        byPath.set(normal.path, normal);
    }
    withParents(byPath);
    canonicalHardlinks(byPath);
    const sorted = [...byPath.values()].sort((a, b) => byteCompare(a.path, b.path));
    return packTar(sorted, new Date(mtime * 1000));
}
/** A gzip-compressed layer of `entries`, with its digest and diffId. */
async function buildLayer(entries, options = {}) {
    const level = options.gzipLevel ?? 9;
    if (!Number.isInteger(level) || level < 0 || level > 9) {
        throw new RangeError(`gzipLevel ${level} is not a zlib level (0 to 9)`);
    }
    const tarBytes = await buildLayerTar(entries, options);
    const blob = await gzip(tarBytes, { level });
    // zlib leaves MTIME 0 and names no file when given none; only the OS byte varies by build.
    blob[9] = GZIP_OS_UNKNOWN;
    return {
        blob: new Uint8Array(blob.buffer, blob.byteOffset, blob.length),
        digest: computeDigest(blob),
        size: blob.length,
        diffId: computeDigest(tarBytes),
        mediaType: MediaTypes.ociLayerGzip,
    };
}

;// CONCATENATED MODULE: ./packages/oci/src/layout.ts
/**
 * OCI image layouts (image spec, image-layout.md): a directory with `oci-layout`, `index.json`
 * and `blobs/<algorithm>/<hex>`, as skopeo (`oci:DIR:TAG`), umoci and BuildKit read and write
 * them. `writeLayout` adds to a layout (a ref name given again is replaced); `readLayout` opens
 * one to read from or to push (RegistryClient.pushLayout).
 */









const LAYOUT_VERSION = '1.0.0';
/** The annotation that names an entry of index.json (the TAG of `oci:DIR:TAG`). */
const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
class LayoutError extends Error {
    dir;
    constructor(dir, reason) {
        super(`OCI image layout ${dir}: ${reason}`);
        this.dir = dir;
        this.name = 'LayoutError';
    }
}
// image-layout.md: ref ::= component ("/" component)*; component ::= alphanum (separator alphanum)*
const REF_NAME = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;
function bytesOf(blob) {
    if (blob instanceof Uint8Array)
        return blob;
    return 'bytes' in blob ? blob.bytes : blob.blob;
}
function blobPath(dir, digest) {
    const { algorithm, hex } = parseDigest(digest);
    return join(dir, 'blobs', algorithm, hex);
}
async function exists(path) {
    return stat(path).then(() => true, () => false);
}
/** Writes by rename so a reader never sees half a file. */
async function writeAtomically(path, bytes) {
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
}
/** Checks every descriptor a manifest reaches is among `blobs`; lists what is missing. */
function missingBlobs(dir, top, blobs) {
    const missing = [];
    const visit = (descriptor, from) => {
        const bytes = blobs.get(descriptor.digest);
        if (!bytes) {
            missing.push(`${descriptor.digest} (${descriptor.mediaType}, from ${from})`);
            return;
        }
        if (bytes.length !== descriptor.size) {
            throw new LayoutError(dir, `blob ${descriptor.digest} has ${bytes.length} bytes, but ${from} says ${descriptor.size}`);
        }
        if (!isIndexMediaType(descriptor.mediaType) &&
            !isImageManifestMediaType(descriptor.mediaType)) {
            return;
        }
        const { manifest } = parseManifestDocument(bytes, descriptor.mediaType, descriptor.digest, {
            registry: dir,
        });
        if (isImageIndex(manifest)) {
            for (const child of manifest.manifests)
                visit(child, descriptor.digest);
        }
        else {
            for (const part of [manifest.config, ...manifest.layers])
                visit(part, descriptor.digest);
        }
    };
    visit(top, 'index.json');
    return missing;
}
async function readIndex(dir) {
    let text;
    try {
        text = await readFile(join(dir, 'index.json'), 'utf8');
    }
    catch {
        return undefined;
    }
    const { manifest } = parseManifestDocument(new TextEncoder().encode(text), MediaTypes.ociIndex, 'index.json', { registry: dir });
    if (!isImageIndex(manifest))
        throw new LayoutError(dir, 'index.json is not an image index');
    return manifest;
}
/**
 * Writes (or adds to) an image layout in `dir`. Fails, writing nothing, when a manifest reaches a
 * blob that was not given. Returns the index.json written.
 */
async function writeLayout(dir, options) {
    if (options.refName !== undefined && options.manifests.length !== 1) {
        throw new LayoutError(dir, `refName names one manifest, but ${options.manifests.length} were given`);
    }
    const blobs = new Map();
    for (const blob of options.blobs) {
        const bytes = bytesOf(blob);
        blobs.set(computeDigest(bytes), bytes);
    }
    const entries = options.manifests.map((m) => {
        const refName = options.refName ?? m.refName;
        if (refName !== undefined && !REF_NAME.test(refName)) {
            throw new LayoutError(dir, `ref name "${refName}" is not allowed: letters and digits, separated by - . _ : @ + -- or /`);
        }
        const annotations = refName
            ? { ...m.annotations, [REF_NAME_ANNOTATION]: refName }
            : m.annotations;
        return descriptorJson({ ...m, annotations });
    });
    for (const entry of entries) {
        const missing = missingBlobs(dir, entry, blobs);
        if (missing.length > 0) {
            throw new LayoutError(dir, `blobs missing from the layout: ${missing.join(', ')}`);
        }
    }
    await mkdir(dir, { recursive: true });
    const layoutFile = join(dir, 'oci-layout');
    if (!(await exists(layoutFile))) {
        await writeAtomically(layoutFile, JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
    }
    for (const [digest, bytes] of blobs) {
        const path = blobPath(dir, digest);
        if (await exists(path))
            continue;
        await mkdir(join(path, '..'), { recursive: true });
        await writeAtomically(path, bytes);
    }
    const previous = (await readIndex(dir))?.manifests ?? [];
    const names = new Set(entries.map((e) => e.annotations?.[REF_NAME_ANNOTATION]));
    const kept = previous.filter((d) => {
        const name = d.annotations?.[REF_NAME_ANNOTATION];
        // A ref name given again moves; an unnamed entry given again is not listed twice.
        return name === undefined
            ? !entries.some((e) => e.digest === d.digest && !e.annotations?.[REF_NAME_ANNOTATION])
            : !names.has(name);
    });
    const index = {
        schemaVersion: 2,
        mediaType: MediaTypes.ociIndex,
        manifests: [...kept, ...entries],
    };
    await writeAtomically(join(dir, 'index.json'), encodeJson(index));
    return index;
}
/** An image layout opened for reading. */
class OciLayout {
    dir;
    index;
    constructor(dir, 
    /** index.json. */
    index) {
        this.dir = dir;
        this.index = index;
    }
    /** The entry of index.json named `refName`; without one, the only entry. */
    find(refName) {
        const entries = this.index.manifests;
        const names = entries.map((d) => d.annotations?.[REF_NAME_ANNOTATION] ?? d.digest);
        const found = refName === undefined
            ? entries.length === 1
                ? entries[0]
                : undefined
            : entries.find((d) => d.annotations?.[REF_NAME_ANNOTATION] === refName);
        if (!found) {
            const wanted = refName === undefined ? 'a single entry (name one)' : `ref name "${refName}"`;
            throw new LayoutError(this.dir, `no ${wanted}; index.json has ${names.join(', ') || 'nothing'}`);
        }
        return found;
    }
    /** A blob's bytes, checked against its digest. */
    async readBlob(digest) {
        let bytes;
        try {
            bytes = new Uint8Array(await readFile(blobPath(this.dir, digest)));
        }
        catch {
            throw new LayoutError(this.dir, `blob ${digest} is not in blobs/`);
        }
        const actual = digestOf(bytes, digest);
        if (actual !== digest) {
            throw new DigestMismatchError(`blob ${digest} of layout ${this.dir}`, digest, actual, {
                registry: this.dir,
            });
        }
        return bytes;
    }
    /** A manifest or index by digest. */
    async readManifest(digest) {
        const bytes = await this.readBlob(digest);
        const declared = this.index.manifests.find((d) => d.digest === digest)?.mediaType;
        const { mediaType, manifest } = parseManifestDocument(bytes, bareMediaType(declared), digest, {
            registry: this.dir,
        });
        return { digest, mediaType, bytes, manifest };
    }
    /** The layout as the source of a copy (RegistryClient.pushLayout). */
    source() {
        return {
            getManifest: (digest) => this.readManifest(digest),
            getBlob: (digest) => this.readBlob(digest),
            mountFrom: () => undefined,
        };
    }
}
/** Opens the image layout in `dir`: checks `oci-layout` and reads `index.json`. */
async function readLayout(dir) {
    let version;
    try {
        version = JSON.parse(await readFile(join(dir, 'oci-layout'), 'utf8')).imageLayoutVersion;
    }
    catch {
        throw new LayoutError(dir, 'has no readable oci-layout file; it is not an OCI image layout');
    }
    if (version !== LAYOUT_VERSION) {
        throw new LayoutError(dir, `imageLayoutVersion is ${JSON.stringify(version)}, expected ${LAYOUT_VERSION}`);
    }
    const index = await readIndex(dir);
    if (!index)
        throw new LayoutError(dir, 'has no index.json');
    return new OciLayout(dir, index);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./packages/oci/src/layer-reader.ts
/**
 * The one reader of image layers: a layer's bytes, by its media type, through the right
 * decompressor (gzip through node:zlib; zstd through fzstd, pure JavaScript, since node:zlib has
 * zstd only from Node 22.15) and tar-stream, as a sequence of changes to the file system below
 * it: entries, whiteouts (`.wh.<name>`) and opaque directories (`.wh..wh..opq`). Paths come out
 * normalised and checked (none leaves the root). What to do with each change is the caller's:
 * the SBOM keeps selected files in memory, the smoke test writes an extension image to disk.
 *
 * A layer is untrusted: what it decompresses to is counted as it streams, and past `maxBytes`
 * (MAX_LAYER_BYTES unless the caller says otherwise) reading stops with LayerTooLargeError. No
 * decompressor runs ahead of its reader, so a bomb costs seconds and a few MB, not memory.
 */





// OCI layer types (plus the non-distributable ones, read the same way) and Docker's one layer type.
const COMPRESSIONS = {
    'application/vnd.oci.image.layer.v1.tar': 'none',
    'application/vnd.oci.image.layer.v1.tar+gzip': 'gzip',
    'application/vnd.oci.image.layer.v1.tar+zstd': 'zstd',
    'application/vnd.oci.image.layer.nondistributable.v1.tar': 'none',
    'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip': 'gzip',
    'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd': 'zstd',
    'application/vnd.docker.image.rootfs.diff.tar.gzip': 'gzip',
    'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip': 'gzip',
};
/** The compression a layer media type names, or undefined for one that is not a tar layer. */
function layerCompression(mediaType) {
    return COMPRESSIONS[mediaType];
}
/** A layer that cannot be read: its media type, its bytes, or an entry in it. */
class LayerError extends Error {
    image;
    digest;
    constructor(image, digest, message, options) {
        super(message, options);
        this.image = image;
        this.digest = digest;
        this.name = 'LayerError';
    }
}
/** A layer whose media type says a compression this reader does not read. */
class UnsupportedLayerError extends LayerError {
    mediaType;
    constructor(image, digest, mediaType) {
        super(image, digest, `layer ${digest} of ${image} has media type ${mediaType}; expected an uncompressed, gzip or ` +
            'zstd tar layer (application/vnd.oci.image.layer.v1.tar[+gzip|+zstd] or ' +
            'application/vnd.docker.image.rootfs.diff.tar.gzip)');
        this.mediaType = mediaType;
        this.name = 'UnsupportedLayerError';
    }
}
/** A layer whose bytes are no readable tar, or whose entry would leave the root. */
class layer_reader_LayerReadError extends LayerError {
    reason;
    constructor(image, digest, 
    /** What is wrong, without the layer's name: `layer entry "../x" leaves the image root`. */
    reason, options) {
        super(image, digest, `layer ${digest} of ${image} could not be read: ${reason}`, options);
        this.reason = reason;
        this.name = 'LayerReadError';
    }
}
/** A layer that decompresses to more bytes than the reader allows. */
class LayerTooLargeError extends layer_reader_LayerReadError {
    limit;
    decompressed;
    constructor(image, digest, 
    /** The most bytes allowed. */
    limit, 
    /** What had been decompressed when reading stopped. */
    decompressed, options) {
        super(image, digest, `it decompresses to more than ${bytes_formatBytes(limit)} (${limit} bytes, the limit per ` +
            `layer; reading stopped after ${decompressed} bytes): a decompression bomb, or a ` +
            'layer larger than this reader allows', options);
        this.limit = limit;
        this.decompressed = decompressed;
        this.name = 'LayerTooLargeError';
    }
}
/** Thrown inside the stream when the limit is passed; readLayer turns it into LayerTooLargeError. */
class DecompressedTooLarge extends Error {
    limit;
    decompressed;
    constructor(limit, decompressed) {
        super(`decompresses to more than ${bytes_formatBytes(limit)} (${limit} bytes)`);
        this.limit = limit;
        this.decompressed = decompressed;
        this.name = 'DecompressedTooLarge';
    }
}
/** Passes bytes through until more than `limit` went by, then fails with DecompressedTooLarge. */
class ByteLimit extends external_node_stream_.Transform {
    limit;
    #count = 0;
    constructor(limit) {
        super();
        this.limit = limit;
    }
    _transform(chunk, _encoding, done) {
        this.#count += chunk.length;
        if (this.#count > this.limit)
            done(new DecompressedTooLarge(this.limit, this.#count));
        else
            done(null, chunk);
    }
}
// fzstd has no back-pressure: one push turns all it is given into output at once, and zstd can
// make 128 KiB of a 4-byte block. Fed in pieces this small, one push yields 32 MiB at most, and
// the generator below hands that on before it takes the next piece. (fzstd gathers the pieces
// of a block without copying until the block is whole, so small pieces cost little.)
const ZSTD_PIECE = 1024;
/** fzstd's push-style decompressor as a pull-driven generator, counting against `limit`. */
async function* zstdChunks(source, limit) {
    let out = [];
    let count = 0;
    const decoder = new Decompress((data) => {
        if (data.length === 0)
            return;
        count += data.length;
        // Thrown out of push: nothing more of this piece is decoded.
        if (count > limit)
            throw new DecompressedTooLarge(limit, count);
        out.push(Buffer.from(data));
    });
    for await (const chunk of source) {
        for (let offset = 0; offset < chunk.length; offset += ZSTD_PIECE) {
            decoder.push(chunk.subarray(offset, offset + ZSTD_PIECE));
            if (out.length > 0) {
                const ready = out;
                out = [];
                yield* ready;
            }
        }
    }
    decoder.push(new Uint8Array(0), true);
    yield* out;
}
// A whole blob is handed on in slices, so that the zstd decoder (which has no back-pressure of
// its own) never turns more than one slice's worth into output at a time.
const SLICE = (/* unused pure expression or super */ null && (256 * 1024));
function* slices(bytes) {
    for (let offset = 0; offset < bytes.length; offset += SLICE) {
        yield Buffer.from(bytes.buffer, bytes.byteOffset + offset, Math.min(SLICE, bytes.length - offset));
    }
}
/** A readable stream of the blob's bytes, whatever form the fetcher gave them in. */
function blobStream(blob) {
    return blob instanceof Uint8Array ? Readable.from(slices(blob)) : Readable.from(blob);
}
// Bigger than zlib's 16 KiB default: fewer chunks through the streams for the same bytes.
const GUNZIP_CHUNK = (/* unused pure expression or super */ null && (64 * 1024));
/**
 * The tar bytes of a layer: `source` through the decompressor `compression` needs, failing
 * with DecompressedTooLarge once more than `maxBytes` (default MAX_LAYER_BYTES) came out.
 */
function decompressLayer(source, compression, maxBytes = MAX_LAYER_BYTES) {
    const limit = checkByteLimit('maxBytes', maxBytes);
    if (compression === 'zstd') {
        const chunks = Readable.from(zstdChunks(source, limit), { objectMode: false });
        source.on('error', (error) => chunks.destroy(error));
        return chunks;
    }
    const counter = new ByteLimit(limit);
    source.on('error', (error) => counter.destroy(error));
    if (compression === 'none')
        return source.pipe(counter);
    const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK });
    gunzip.on('error', (error) => counter.destroy(error));
    counter.on('close', () => {
        // The reader gave up (an error, a limit, an early return): stop decompressing too.
        gunzip.destroy();
        source.destroy();
    });
    return source.pipe(gunzip).pipe(counter);
}
/** `./usr/lib/`, `/usr/lib` and `usr/lib` are all `usr/lib`; `.` and `./` are the root (''). */
function normalizePath(name) {
    let path = name;
    while (path.startsWith('./'))
        path = path.slice(2);
    path = path.replace(/^\/+/, '').replace(/\/+$/, '');
    return path === '.' ? '' : path;
}
function kindOf(type) {
    switch (type) {
        case 'file':
        case 'contiguous-file':
            return 'file';
        case 'directory':
            return 'directory';
        case 'symlink':
            return 'symlink';
        case 'link':
            return 'hardlink';
        default:
            return 'other';
    }
}
const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
/** A normalised path, refused when a `..` would take it out of the root. */
function checkedPath(name, image, digest) {
    const path = normalizePath(name)
        .split('/')
        .filter((s) => s !== '.')
        .join('/');
    if (path.split('/').includes('..')) {
        throw new layer_reader_LayerReadError(image, digest, `layer entry "${name}" leaves the image root`);
    }
    return path.replace(/\/{2,}/g, '/');
}
/** What went wrong reading a layer, as a LayerError that names it. */
function layerFailure(error, image, digest) {
    if (error instanceof LayerError)
        return error;
    if (error instanceof DecompressedTooLarge) {
        return new LayerTooLargeError(image, digest, error.limit, error.decompressed, {
            cause: error,
        });
    }
    const reason = error instanceof Error ? error.message : String(error);
    return new layer_reader_LayerReadError(image, digest, reason, { cause: error });
}
/** An entry's bytes; a failure while they are read (a bomb, damaged bytes) names the layer. */
async function* entryBody(entry, image, digest) {
    try {
        for await (const chunk of entry)
            yield chunk;
    }
    catch (error) {
        throw layerFailure(error, image, digest);
    }
}
/**
 * The changes of one layer, in the order its tar holds them. `image` names it in errors; an
 * error names the layer, and the bytes are never held uncompressed beyond one entry.
 */
async function* readLayer(layer, blob, image, options = {}) {
    const compression = layerCompression(layer.mediaType);
    if (!compression)
        throw new UnsupportedLayerError(image, layer.digest, layer.mediaType);
    const source = decompressLayer(blobStream(blob), compression, options.maxBytes);
    const extract = tarExtract();
    source.on('error', (error) => extract.destroy(error));
    source.pipe(extract);
    try {
        for await (const entry of extract) {
            const { header } = entry;
            const path = checkedPath(header.name, image, layer.digest);
            const slash = path.lastIndexOf('/');
            const dir = slash === -1 ? '' : path.slice(0, slash);
            const base = slash === -1 ? path : path.slice(slash + 1);
            if (base === OPAQUE) {
                entry.resume();
                yield { type: 'opaque', dir };
                continue;
            }
            if (base.startsWith(WHITEOUT)) {
                entry.resume();
                const name = base.slice(WHITEOUT.length);
                // `.wh..` would name the directory's parent, `.wh.` and `.wh..` nothing in it.
                if (name === '' || name === '.' || name === '..') {
                    throw new layer_reader_LayerReadError(image, layer.digest, `layer entry "${header.name}" is a whiteout of "${name}", which names no file`);
                }
                yield { type: 'whiteout', path: dir === '' ? name : `${dir}/${name}` };
                continue;
            }
            const kind = kindOf(header.type);
            const linkname = header.linkname === undefined || header.linkname === null || header.linkname === ''
                ? undefined
                : kind === 'hardlink'
                    ? checkedPath(header.linkname, image, layer.digest)
                    : header.linkname;
            yield {
                type: 'entry',
                path,
                kind,
                size: header.size ?? 0,
                mode: header.mode ?? 0,
                ...(linkname !== undefined ? { linkname } : {}),
                body: entryBody(entry, image, layer.digest),
            };
            // What the caller did not read is skipped, so that the next entry can come.
            entry.resume();
        }
    }
    catch (error) {
        extract.destroy();
        throw layerFailure(error, image, layer.digest);
    }
    finally {
        // A caller that stopped early (return, throw) leaves no stream open.
        extract.destroy();
        source.destroy();
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/image-files.ts
/**
 * The files of an image an SBOM needs, read layer by layer as the runtime would stack them:
 * each layer read by oci's layer reader (decompressed and untarred as it streams), whiteouts (`.wh.<name>`) and
 * opaque directories (`.wh..wh..opq`) applied in layer order. Only selected paths are kept, so
 * no layer is ever held uncompressed.
 */




function removeTree(files, path) {
    files.delete(path);
    const prefix = path === '' ? '' : `${path}/`;
    for (const key of [...files.keys()])
        if (key.startsWith(prefix))
            files.delete(key);
}
async function image_files_readLayer(options, layer) {
    const changes = { entries: new Map(), deleted: [], opaque: [] };
    const { select } = options;
    // Registry errors (not found, denied) propagate as they are: they name the blob already.
    const maxFileBytes = checkByteLimit('maxFileBytes', options.maxFileBytes ?? MAX_FILE_CONTENT_BYTES);
    const blob = await options.fetchBlob(layer.digest, layer.size);
    const read = options.maxLayerBytes === undefined ? {} : { maxBytes: options.maxLayerBytes };
    for await (const change of layerChanges(layer, blob, options.image, read)) {
        if (change.type === 'opaque') {
            changes.opaque.push(change.dir);
            continue;
        }
        if (change.type === 'whiteout') {
            changes.deleted.push(change.path);
            continue;
        }
        const { path, kind } = change;
        const wantContent = kind !== 'directory' && select.content(path);
        const wantHash = kind === 'file' && select.hash(path);
        if (!wantContent && !wantHash && !select.list(path))
            continue;
        const file = { path, kind, size: change.size, mode: change.mode };
        if (change.linkname !== undefined)
            file.linkname = change.linkname;
        if ((wantContent && kind === 'file') || wantHash) {
            const chunks = [];
            const sha256 = wantHash ? createHash('sha256') : undefined;
            const sha1 = wantHash ? createHash('sha1') : undefined;
            let kept = 0;
            for await (const chunk of change.body) {
                if (wantContent) {
                    kept += chunk.length;
                    if (kept > maxFileBytes) {
                        throw new LayerReadError(options.image, layer.digest, `file ${path} is larger than ${formatBytes(maxFileBytes)} (${maxFileBytes} ` +
                            `bytes, the limit for a file read into memory; ${kept} bytes read so far)`);
                    }
                    chunks.push(chunk);
                }
                sha256?.update(chunk);
                sha1?.update(chunk);
            }
            if (wantContent)
                file.content = new Uint8Array(Buffer.concat(chunks));
            if (sha256 && sha1) {
                file.sha256 = sha256.digest('hex');
                file.sha1 = sha1.digest('hex');
            }
        }
        if (kind === 'hardlink' && file.linkname !== undefined) {
            // A hard link shares its target's bytes; a target in a lower layer is looked up when
            // the layers are merged.
            const target = changes.entries.get(file.linkname);
            if (target)
                shareBytes(file, target);
        }
        changes.entries.set(path, file);
    }
    return changes;
}
function shareBytes(link, target) {
    if (target.content)
        link.content = target.content;
    if (target.sha256) {
        link.sha256 = target.sha256;
        link.sha1 = target.sha1;
    }
    link.size = target.size;
}
/**
 * The merged file system of `layers`, holding only the paths `select` keeps. A later layer's
 * whiteouts remove paths of the layers below it; its own entries then take their place.
 * Layers are read `concurrency` at a time (decompression runs on libuv's thread pool, so two
 * layers use two cores) and merged strictly in order.
 */
async function readImageFiles(options) {
    const files = new Map();
    // Every directory some kept path has been under, to find a directory a file replaces.
    const parents = new Set();
    const concurrency = Math.max(1, options.concurrency ?? 2);
    const reads = [];
    const start = (index) => {
        const layer = options.layers[index];
        if (layer === undefined || reads[index] !== undefined)
            return;
        const read = image_files_readLayer(options, layer);
        // Awaited in order below; a failure while an earlier layer is awaited is not unhandled.
        read.catch(() => undefined);
        reads[index] = read;
    };
    for (let index = 0; index < options.layers.length; index++) {
        for (let ahead = index; ahead < index + concurrency; ahead++)
            start(ahead);
        const pending = reads[index];
        if (pending === undefined)
            continue;
        const changes = await pending;
        for (const dir of changes.opaque) {
            const prefix = dir === '' ? '' : `${dir}/`;
            for (const key of [...files.keys()])
                if (key.startsWith(prefix) && key !== dir)
                    files.delete(key);
        }
        for (const path of changes.deleted)
            removeTree(files, path);
        for (const [path, file] of changes.entries) {
            if (file.kind === 'hardlink' &&
                file.linkname !== undefined &&
                !file.content &&
                !file.sha256) {
                const target = files.get(file.linkname);
                if (target)
                    shareBytes(file, target);
            }
            // A file or link where a directory was replaces the directory and everything in it.
            // (`parents` may still name directories emptied since: a scan too many, never too few.)
            if (file.kind !== 'directory' && parents.has(path))
                removeTree(files, path);
            files.set(path, file);
            for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                const parent = path.slice(0, slash);
                if (parents.has(parent))
                    break;
                parents.add(parent);
            }
        }
    }
    return files;
}
/** Follows symlinks (and hard links) to the file holding bytes, at most 16 hops. */
function resolveFile(files, path) {
    let current = path;
    for (let hop = 0; hop < 16; hop++) {
        // A symlinked parent directory (usr/share/doc/libfoo -> libbar) first.
        const parts = current.split('/');
        let rewritten = false;
        for (let i = 1; i < parts.length; i++) {
            const dir = parts.slice(0, i).join('/');
            const entry = files.get(dir);
            if (entry?.kind === 'symlink' && entry.linkname !== undefined) {
                const target = linkTarget(dir, entry.linkname);
                current = [target, ...parts.slice(i)].filter(Boolean).join('/');
                rewritten = true;
                break;
            }
        }
        if (rewritten)
            continue;
        const file = files.get(current);
        if (!file)
            return undefined;
        if (file.kind === 'symlink' && file.linkname !== undefined) {
            current = linkTarget(current, file.linkname);
            continue;
        }
        return file;
    }
    return undefined;
}
function linkTarget(from, linkname) {
    const joined = linkname.startsWith('/')
        ? posix.normalize(linkname)
        : posix.normalize(posix.join(posix.dirname(from), linkname));
    return joined.replace(/^\/+/, '').replace(/^(\.\.\/)+/, '');
}

;// CONCATENATED MODULE: ./packages/oci/src/index.ts









// The retry policy is the project's one (shared with the APT client), re-exported for users.















;// CONCATENATED MODULE: ./packages/versions/src/debian-version.ts
/**
 * Debian version strings ordered exactly as dpkg orders them (deb-version(7), and dpkg's own
 * lib/dpkg/version.c, which is the reference when the manual is vague).
 *
 * Written by hand because the npm packages that claim this either accept strings dpkg rejects or
 * order `~` and the empty string differently; the tests compare against the real dpkg.
 */
class InvalidDebianVersionError extends Error {
    value;
    constructor(value, reason) {
        super(`invalid Debian version "${value}": ${reason}`);
        this.value = value;
        this.name = 'InvalidDebianVersionError';
    }
}
const UPSTREAM_CHARS = /^[A-Za-z0-9.+~:-]*$/;
const REVISION_CHARS = /^[A-Za-z0-9.+~]*$/;
// dpkg trims and rejects only blanks (space, tab: c_isblank); any other whitespace (`\n`, `\r`,
// U+00A0) stays in the string and fails the character checks, as in dpkg.
const BLANKS = /^[ \t]+|[ \t]+$/g;
// dpkg reads the epoch with strtol(), which skips C whitespace and takes a sign: `+1:2` and
// `-0:2` are valid (epochs 1 and 0), `-1:2` is rejected as negative.
const EPOCH = /^[\t\n\v\f\r ]*(?<sign>[+-]?)(?<digits>\d+)$/;
/** Parses `[epoch:]upstream[-revision]` with the checks dpkg applies (parseversion()). */
function debian_version_parseDebianVersion(value) {
    const text = value.replace(BLANKS, '');
    if (text === '')
        throw new InvalidDebianVersionError(value, 'empty');
    if (/[ \t]/.test(text))
        throw new InvalidDebianVersionError(value, 'contains whitespace');
    let epoch = 0;
    let rest = text;
    const colon = text.indexOf(':');
    if (colon >= 0) {
        if (colon === 0)
            throw new InvalidDebianVersionError(value, 'epoch is empty');
        const m = EPOCH.exec(text.slice(0, colon));
        if (!m?.groups)
            throw new InvalidDebianVersionError(value, 'epoch is not a number');
        const digits = m.groups.digits ?? '';
        epoch = Number(digits);
        if (m.groups.sign === '-' && epoch !== 0) {
            throw new InvalidDebianVersionError(value, 'epoch is negative');
        }
        if (!Number.isSafeInteger(epoch) || epoch > 2147483647) {
            throw new InvalidDebianVersionError(value, 'epoch is too large');
        }
        rest = text.slice(colon + 1);
    }
    const dash = rest.lastIndexOf('-');
    const upstream = dash >= 0 ? rest.slice(0, dash) : rest;
    const revision = dash >= 0 ? rest.slice(dash + 1) : '';
    if (upstream === '')
        throw new InvalidDebianVersionError(value, 'upstream version is empty');
    if (dash >= 0 && revision === '') {
        throw new InvalidDebianVersionError(value, 'revision is empty');
    }
    if (!/^\d/.test(upstream)) {
        throw new InvalidDebianVersionError(value, 'upstream version does not start with a digit');
    }
    if (!UPSTREAM_CHARS.test(upstream)) {
        throw new InvalidDebianVersionError(value, 'invalid character in upstream version');
    }
    if (!REVISION_CHARS.test(revision)) {
        throw new InvalidDebianVersionError(value, 'invalid character in revision');
    }
    return { epoch, upstream, revision };
}
/** dpkg's order(): `~` sorts before everything, even the end; letters before other symbols. */
function order(c) {
    if (c === undefined)
        return 0;
    if (c >= '0' && c <= '9')
        return 0;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
        return c.charCodeAt(0);
    if (c === '~')
        return -1;
    return c.charCodeAt(0) + 256;
}
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/** dpkg's verrevcmp(): alternating non-digit and digit runs. */
function compareFragment(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        let firstDiff = 0;
        while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
            const ac = order(a[i]);
            const bc = order(b[j]);
            if (ac !== bc)
                return ac - bc;
            i++;
            j++;
        }
        while (a[i] === '0')
            i++;
        while (b[j] === '0')
            j++;
        while (isDigit(a[i]) && isDigit(b[j])) {
            if (firstDiff === 0)
                firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
            i++;
            j++;
        }
        if (isDigit(a[i]))
            return 1;
        if (isDigit(b[j]))
            return -1;
        if (firstDiff !== 0)
            return firstDiff;
    }
    return 0;
}
/** Negative, zero or positive as `a` sorts before, equal to or after `b` in dpkg's order. */
function compareDebianVersions(a, b) {
    const va = typeof a === 'string' ? debian_version_parseDebianVersion(a) : a;
    const vb = typeof b === 'string' ? debian_version_parseDebianVersion(b) : b;
    if (va.epoch !== vb.epoch)
        return va.epoch > vb.epoch ? 1 : -1;
    const up = compareFragment(va.upstream, vb.upstream);
    if (up !== 0)
        return Math.sign(up);
    return Math.sign(compareFragment(va.revision, vb.revision));
}
/** The newest of `versions` in dpkg's order, or undefined for an empty list. */
function newestDebianVersion(versions) {
    let best;
    for (const v of versions)
        if (best === undefined || compareDebianVersions(v, best) > 0)
            best = v;
    return best;
}

;// CONCATENATED MODULE: ./packages/versions/src/postgres-version.ts
/**
 * PostgreSQL versions as configurations name them and as packages carry them.
 *
 * A configuration names a major (`17`), an exact release (`17.6`) or a preview (`19~beta3`,
 * the Debian spelling, which sorts before `19.0`). Packages carry the upstream version inside a
 * Debian version: `17.6-1.pgdg13+1`, `17.6-0+deb13u1`, `2:19~beta3-1.pgdg13+1`.
 */

class InvalidPostgresVersionError extends Error {
    value;
    constructor(value, reason) {
        super(`invalid PostgreSQL version "${value}": ${reason}`);
        this.value = value;
        this.name = 'InvalidPostgresVersionError';
    }
}
// Majors from 10 on are one number; minors are one number; previews are ~alphaN, ~betaN, ~rcN.
const SPEC = /^(?<major>[1-9]\d*)(?:\.(?<minor>\d+)|~(?<pre>(?:alpha|beta|rc)\d+))?$/;
/** Parses a configuration's version: `17`, `17.6` or `19~beta3`. */
function parsePostgresVersionSpec(value) {
    const text = String(value).trim();
    const m = SPEC.exec(text);
    if (!m?.groups) {
        throw new InvalidPostgresVersionError(text, 'expected a major (17), a release (17.6) or a preview (19~beta3)');
    }
    const major = Number(m.groups.major);
    if (major < 10) {
        throw new InvalidPostgresVersionError(text, 'majors before 10 are not supported');
    }
    // Past 2^53 Number() rounds (`99999999999999999999` → 1e20): the major would not be the one
    // written.
    if (!Number.isSafeInteger(major)) {
        throw new InvalidPostgresVersionError(text, 'major is too large');
    }
    return m.groups.minor !== undefined || m.groups.pre !== undefined
        ? { major, exact: text }
        : { major };
}
/** The upstream PostgreSQL version inside a package version: `17.6-1.pgdg13+1` → `17.6`. */
function upstreamPostgresVersion(debianVersion) {
    return parseDebianVersion(debianVersion).upstream;
}
/** The major of an upstream version: `17.6` → 17, `19~beta3` → 19. */
function postgresMajor(upstream) {
    const m = /^(\d+)/.exec(upstream);
    if (!m?.[1])
        throw new InvalidPostgresVersionError(upstream, 'does not start with a major');
    return Number(m[1]);
}
/** True for a preview release (`19~beta3`, `18~rc1`). */
function isPreview(upstream) {
    return upstream.includes('~');
}
/**
 * The version as it appears in an image tag. OCI tags allow `[A-Za-z0-9_.-]`, so the Debian
 * `~` is dropped, as CNPG spells previews in its tags: `19~beta3` → `19beta3`.
 */
function postgres_version_tagVersion(upstream) {
    return upstream.replace(/~/g, '');
}

;// CONCATENATED MODULE: ./packages/versions/src/index.ts



;// CONCATENATED MODULE: ./packages/config/src/check.ts



function longestOf(names) {
    return names.reduce((a, b) => (b.length > a.length ? b : a), '');
}
/** The longest a {version} can render: `19beta10`, `17.10`. */
const MAX_VERSION_LENGTH = 10;
function checkSemantics(config, raw, flavourSelection, 
/** The distributions the file configures, before an input narrows them. */
fileDistributions = config.distributions) {
    const problems = [];
    const names = config.flavours.map((f) => f.name);
    const inCycle = new Set();
    for (const f of config.flavours) {
        if (f.from === undefined)
            continue;
        const path = ['flavours', f.name, 'from'];
        if (!names.includes(f.from)) {
            problems.push({
                path,
                value: f.from,
                message: `${showValue(f.from)} is not a flavour; defined: ${names.join(', ')}`,
            });
            continue;
        }
        // Walk the `from` chain: coming back to where it started is a cycle.
        const seen = [f.name];
        for (let cur = config.flavours.find((x) => x.name === f.from); cur; cur = config.flavours.find((x) => x.name === cur?.from)) {
            if (seen.includes(cur.name)) {
                if (cur.name === f.name && !inCycle.has(f.name)) {
                    for (const member of seen)
                        inCycle.add(member);
                    problems.push({
                        path,
                        value: f.from,
                        message: `${showValue(f.from)} makes a cycle: ${[...seen, cur.name].join(' → ')}; every chain of from must end at a flavour without from`,
                    });
                }
                break;
            }
            seen.push(cur.name);
        }
    }
    // A rule for a distribution nothing builds never applies: most likely a typo (bookwrom).
    const configured = [...new Set([...fileDistributions, ...config.distributions])];
    for (const f of config.flavours) {
        f.packages.forEach((p, i) => {
            (p.distributions ?? []).forEach((d, j) => {
                if (configured.includes(d))
                    return;
                problems.push({
                    path: ['flavours', f.name, 'packages', i, 'distributions', j],
                    value: d,
                    message: `${showValue(d)} is not a configured distribution, so the rule installs ${showValue(p.name)} nowhere; configured: ${configured.join(', ')}`,
                });
            });
        });
    }
    for (const f of config.flavours) {
        f.packages.forEach((p, i) => {
            if (p.minMajor !== undefined && p.maxMajor !== undefined && p.minMajor > p.maxMajor) {
                problems.push({
                    path: ['flavours', f.name, 'packages', i, 'min-major'],
                    value: p.minMajor,
                    message: `min-major ${p.minMajor} is above max-major ${p.maxMajor}, so the package would never be installed; expected min-major at most max-major`,
                });
            }
        });
    }
    for (const [i, sel] of (flavourSelection ?? []).entries()) {
        if (!names.includes(sel)) {
            problems.push({
                path: [],
                input: 'flavours',
                field: `flavours[${i}]`,
                value: sel,
                message: `${showValue(sel)} is not a flavour; defined: ${names.join(', ')}`,
            });
        }
    }
    if (config.postgres !== 'supported') {
        const seenMajors = new Map();
        config.postgres.forEach((spec, i) => {
            const earlier = seenMajors.get(spec.major);
            if (earlier !== undefined) {
                const rawList = raw.postgres;
                problems.push({
                    path: ['postgres', i],
                    value: rawList[i],
                    message: `${showValue(rawList[i])} names major ${spec.major} again (postgres[${earlier}] is ${showValue(rawList[earlier])}): one version per major, or the targets would collide`,
                });
            }
            else
                seenMajors.set(spec.major, i);
        });
    }
    problems.push(...checkBaseImage(config));
    const templates = [
        [['tags', 'immutable'], config.tags.immutable],
        ...config.tags.aliases.map((t, i) => [
            ['tags', 'aliases', i],
            t,
        ]),
    ];
    const selected = flavourSelection?.filter((s) => names.includes(s)) ?? names;
    const majors = config.postgres === 'supported' ? 2 : config.postgres.length;
    for (const [path, t] of templates) {
        const unknown = unknownPlaceholders(t, TAG_PLACEHOLDERS);
        if (unknown.length > 0) {
            problems.push({
                path,
                value: t,
                message: `${showValue(t)} has an unknown placeholder {${unknown[0]}}; allowed: ${TAG_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`,
            });
            continue;
        }
        if (t.toLowerCase() === 'latest') {
            problems.push({
                path,
                value: t,
                message: `"latest" is never written: every tag names a version, a flavour and a distribution`,
            });
            continue;
        }
        const has = new Set(placeholdersOf(t));
        if (path[1] === 'immutable' && !has.has('timestamp')) {
            problems.push({
                path,
                value: t,
                message: `${showValue(t)} has no {timestamp}; the immutable tag must hold it, to differ between builds`,
            });
            continue;
        }
        // One problem per template, naming everything it fails to tell apart.
        const collisions = [
            ['flavour', selected.length, ['flavour']],
            ['distribution', config.distributions.length, ['distribution']],
            ['PostgreSQL major', majors, ['major', 'version']],
        ].filter(([, count, needs]) => count > 1 && !needs.some((n) => has.has(n)));
        if (collisions.length > 0) {
            problems.push({
                path,
                value: t,
                message: `${showValue(t)} gives the same tag to every ${collisions.map(([what]) => what).join(' and every ')}; add ${collisions.map(([, , needs]) => needs.map((n) => `{${n}}`).join(' or ')).join(' and ')}`,
            });
            continue;
        }
        // The longest tag this template can render with these flavours and distributions.
        const longest = {
            version: MAX_VERSION_LENGTH,
            major: 2,
            timestamp: 12,
            flavour: Math.max(...selected.map((s) => s.length), 0),
            distribution: Math.max(...config.distributions.map((d) => d.length)),
        };
        const length = t.replace(/\{([a-z]+)\}/g, (_, p) => 'x'.repeat(longest[p] ?? 0)).length;
        if (length > TAG_MAX_LENGTH) {
            const widest = [
                ['flavour', selected],
                ['distribution', config.distributions],
            ]
                .filter(([p]) => has.has(p))
                .map(([p, names]) => `{${p}} ${showValue(longestOf(names))}`)
                .join(', ');
            problems.push({
                path,
                value: t,
                message: `${showValue(t)} renders tags of up to ${length} characters${widest ? ` (with ${widest})` : ''}; a tag has at most ${TAG_MAX_LENGTH}`,
            });
        }
    }
    return problems;
}
/**
 * `base.image`: known placeholders, a valid image reference for every distribution, and one
 * base per distribution: the image's own apt sources decide what it installs, so a single base
 * for several distributions would put one distribution's packages on every image.
 */
function checkBaseImage(config) {
    const path = ['base', 'image'];
    const image = config.base.image;
    const unknown = unknownPlaceholders(image, ['distribution']);
    if (unknown.length > 0) {
        return [
            {
                path,
                value: image,
                message: `${showValue(image)} has an unknown placeholder {${unknown[0]}}; allowed: {distribution}`,
            },
        ];
    }
    for (const distribution of config.distributions) {
        try {
            reference_parseReference(template_renderTemplate(image, { distribution }));
        }
        catch (error) {
            if (!(error instanceof reference_InvalidReferenceError))
                throw error;
            return [
                {
                    path,
                    value: image,
                    message: `${showValue(image)} is not an image reference${image.includes('{distribution}') ? ` for ${distribution}` : ''}: ${error.rule}; e.g. debian:{distribution}-slim`,
                },
            ];
        }
    }
    if (config.distributions.length > 1 && !placeholdersOf(image).includes('distribution')) {
        return [
            {
                path,
                value: image,
                message: `${showValue(image)} is one base for ${config.distributions.join(', ')}: each image would hold what that one base's apt sources install, whatever its distribution says; write {distribution} in it (debian:{distribution}-slim), or configure one distribution`,
            },
        ];
    }
    return [];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/config/src/aliases.ts
/**
 * Where an alias bomb goes off. yaml refuses a document whose aliases expand past a bound, but
 * says neither where nor which alias: this repeats its count (per anchor: the uses of its alias
 * so far × the aliases the anchored node holds, recursively) to find the alias that crosses it.
 */

/** As many aliased copies as a configuration file could want; far below what hurts. */
const MAX_ALIAS_COUNT = 100;
/** The offset of the first alias whose expansion passes MAX_ALIAS_COUNT, in document order. */
function excessiveAlias(doc) {
    const anchors = new Map();
    const uses = new Map();
    const weight = new Map();
    // The copies one expansion of `node` makes: 1 for a plain node, uses × weight for an alias.
    const weightOf = (node) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            const source = anchors.get(node.source);
            return source ? (uses.get(source) ?? 0) * (weight.get(source) ?? 1) : 0;
        }
        if ((0,dist/* isCollection */.P3)(node))
            return Math.max(1, ...node.items.map(weightOf));
        if ((0,dist/* isPair */.tO)(node))
            return Math.max(weightOf(node.key), weightOf(node.value));
        return 1;
    };
    let found;
    (0,dist/* visit */.YR)(doc, {
        Node(_key, node) {
            if (found !== undefined)
                return dist/* visit */.YR.BREAK;
            if ((0,dist/* isAlias */.Vj)(node)) {
                const source = anchors.get(node.source);
                if (!source)
                    return undefined;
                if (!weight.has(source))
                    weight.set(source, weightOf(source));
                const count = (uses.get(source) ?? 0) + 1;
                uses.set(source, count);
                if (count * (weight.get(source) ?? 1) > MAX_ALIAS_COUNT) {
                    found = node.range?.[0];
                    return dist/* visit */.YR.BREAK;
                }
            }
            else if (node.anchor) {
                anchors.set(node.anchor, node);
            }
            return undefined;
        },
    });
    return found;
}

;// CONCATENATED MODULE: ./packages/config/src/locate.ts



class YamlSyntaxError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
        this.name = 'YamlSyntaxError';
    }
}
function parseYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
    const first = doc.errors[0];
    if (first) {
        const pos = first.linePos?.[0];
        throw new YamlSyntaxError(first.message.split('\n')[0] ?? first.message, pos?.line, pos?.col);
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        // yaml stops an alias bomb ("billion laughs") with a bare ReferenceError: say where.
        if (!(error instanceof ReferenceError))
            throw error;
        const alias = excessiveAlias(doc);
        const pos = alias === undefined ? undefined : lineCounter.linePos(alias);
        throw new YamlSyntaxError(/excessive alias/i.test(error.message)
            ? `aliases here expand to more than ${MAX_ALIAS_COUNT} copies (a YAML "billion laughs"); write the values out, or use fewer aliases of aliases`
            : error.message, pos?.line, pos?.col);
    }
    return {
        value,
        lines() {
            const lines = {};
            const walk = (node, path) => {
                const offset = node?.range?.[0];
                if (path.length > 0 && offset !== undefined) {
                    lines[fieldPath(path)] = lineCounter.linePos(offset).line;
                }
                if ((0,dist/* isMap */.jh)(node)) {
                    for (const pair of node.items) {
                        if (!(0,dist/* isScalar */.jn)(pair.key))
                            continue;
                        const key = String(pair.key.value);
                        // The key's line: a mapping or list value starts on the lines after it.
                        const at = pair.key.range?.[0];
                        if (at !== undefined)
                            lines[fieldPath([...path, key])] = lineCounter.linePos(at).line;
                        if ((0,dist/* isMap */.jh)(pair.value) || (0,dist/* isSeq */.oP)(pair.value))
                            walk(pair.value, [...path, key]);
                    }
                }
                else if ((0,dist/* isSeq */.oP)(node)) {
                    node.items.forEach((item, i) => walk(item, [...path, i]));
                }
            };
            walk(doc.contents, []);
            return lines;
        },
        locate(path, key = false) {
            let node = doc.contents;
            let offset = node?.range?.[0];
            for (const [i, k] of path.entries()) {
                if ((0,dist/* isMap */.jh)(node)) {
                    const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(k));
                    if (!pair)
                        break;
                    const last = i === path.length - 1;
                    const target = last && key ? pair.key : pair.value;
                    offset = target?.range?.[0] ?? offset;
                    node = pair.value;
                }
                else if ((0,dist/* isSeq */.oP)(node) && typeof k === 'number') {
                    node = node.items[k];
                    offset = node?.range?.[0] ?? offset;
                }
                else
                    break;
            }
            if (offset === undefined)
                return undefined;
            const { line, col } = lineCounter.linePos(offset);
            return { line, column: col };
        },
    };
}

// EXTERNAL MODULE: ./node_modules/fast-deep-equal/index.js
var fast_deep_equal = __webpack_require__(3430);
;// CONCATENATED MODULE: ./packages/config/src/generated/images-validator.js
// Generated by scripts/validator.mjs from schema/images.schema.json: do not edit.
/* eslint-disable */

const ucs2length = (s) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};
const validate = validate10;/* harmony default export */ const images_validator = ((/* unused pure expression or super */ null && (validate10)));const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/pgforge/pgforge/schema/images.schema.json","title":"pgforge images.yaml","description":"What PostgreSQL operand images to build for CloudNativePG: majors, distributions, flavours, platforms, package source and tag names.","type":"object","additionalProperties":false,"properties":{"$schema":{"description":"Path or URL of this schema, for editors; ignored by pgforge.","type":"string"},"registry":{"description":"Registry and namespace the images go to: <registry>/<name>, tested first in <registry>/<name>-testing.","type":"string","pattern":"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$","default":"ghcr.io/cloudnative-pg","examples":["ghcr.io/example"],"x-allowed":"a registry host with an optional port and namespace in lower case, e.g. ghcr.io/example"},"name":{"description":"Repository name of the operand images under the registry.","type":"string","pattern":"^[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$","default":"postgresql","x-allowed":"a repository name in lower case: letters, digits, and . _ - between them"},"postgres":{"description":"PostgreSQL versions: majors (17), exact releases (\"17.6\"), previews (\"19~beta3\"), or \"supported\" for every major the package source carries.","oneOf":[{"type":"string","const":"supported"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/postgresVersion"},"uniqueItems":true}],"default":[17,18],"x-allowed":"\"supported\", or a list of majors (17), releases (\"17.6\") and previews (\"19~beta3\")"},"distributions":{"description":"Debian distributions (suite code names) to build on.","type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","x-allowed":"a Debian suite code name in lower case, e.g. bookworm, trixie, sid"},"default":["bookworm","trixie"],"uniqueItems":true,"x-allowed":"a list of Debian suite code names in lower case, e.g. [bookworm, trixie]"},"platforms":{"description":"Platforms of every image, as os/arch[/variant].","type":"array","minItems":1,"items":{"$ref":"#/definitions/platform"},"default":["linux/amd64","linux/arm64"],"uniqueItems":true,"x-allowed":"a list of platforms, e.g. [linux/amd64, linux/arm64]"},"base":{"description":"Base image. {distribution} is replaced by the distribution.","type":"object","additionalProperties":false,"properties":{"image":{"description":"Image reference of the base; {distribution} is replaced by the distribution.","type":"string","minLength":1,"default":"debian:{distribution}-slim","x-allowed":"an image reference, e.g. debian:{distribution}-slim"},"resolve-digest":{"description":"Ask the base image's registry for its digest, which then goes into the fingerprint and the base.digest annotation.","type":"boolean","default":true}}},"packages":{"description":"Where packages come from.","type":"object","additionalProperties":false,"properties":{"source":{"description":"pgdg: apt.postgresql.org; distribution: the distribution's own archive.","enum":["pgdg","distribution"],"default":"pgdg"},"mirror":{"description":"Archive URI. Default: PGDG's for pgdg; for distribution, the archive the base image's own apt sources name.","type":"string","pattern":"^(https?|file)://\\S+$","x-allowed":"an http://, https:// or file:// archive URI"},"debian-mirror":{"description":"With source pgdg: the distribution's own archive, for the packages PGDG does not carry (locales-all, libsasl2-modules). Default: the archive the base image's own apt sources name.","type":"string","pattern":"^(https?|file)://\\S+$","x-allowed":"an http://, https:// or file:// archive URI"},"keyring":{"description":"Keyring files that sign the archive (binary .gpg or armored .asc), relative to this file. With source pgdg they are also what the image's apt trusts for PGDG (installed in /etc/apt/keyrings, named by Signed-By). Default: PGDG's key from postgresql-common, or Debian's archive keyring.","type":"array","minItems":1,"items":{"type":"string","minLength":1},"x-allowed":"a list of keyring file paths (.gpg or .asc)"},"debian-keyring":{"description":"With source pgdg: keyring files that sign the Debian archive given by debian-mirror. Default: Debian's archive keyring.","type":"array","minItems":1,"items":{"type":"string","minLength":1},"x-allowed":"a list of keyring file paths"},"security-mirror":{"description":"The Debian security archive (<codename>-security). Default: the one the base image's own apt sources name.","type":"string","pattern":"^(https?|file)://\\S+$","x-allowed":"an http://, https:// or file:// archive URI"},"upgrade":{"description":"Upgrade the base image's packages to the newest its apt sources offer (security fixes included), as apt-get upgrade would; every upgraded package is pinned and fingerprinted.","type":"boolean","default":true},"allow-expired-release":{"description":"Accept a Release file past its Valid-Until date (apt's Acquire::Check-Valid-Until=false).","type":"boolean","default":false}}},"flavours":{"description":"Image flavours. Each adds packages to the one it is built from. Defaults: minimal, standard, full.","type":"object","minProperties":1,"propertyNames":{"pattern":"^[a-z][a-z0-9-]*$","maxLength":32,"x-allowed":"a flavour name: lower-case letters, digits and -, starting with a letter, at most 32 characters"},"additionalProperties":{"$ref":"#/definitions/flavour"},"x-allowed":"a mapping of flavour names to flavours, e.g. minimal: { packages: [libsasl2-modules] }","default":{"minimal":{"description":"PostgreSQL server alone, with SASL modules and LDAP settings; no JIT from 18 on","packages":["libsasl2-modules","libldap-common"]},"standard":{"from":"minimal","description":"minimal + every locale, pgaudit, pgvector, pg_failover_slots (+ JIT from 18 on)","packages":["locales-all","postgresql-{major}-pgaudit","postgresql-{major}-pgvector","postgresql-{major}-pg-failover-slots",{"name":"postgresql-{major}-jit","min-major":18}]},"full":{"from":"standard","description":"standard + PostGIS, pgRouting, pg_cron, pg_partman, pg_repack, HypoPG","packages":["postgresql-{major}-postgis-3","postgresql-{major}-postgis-3-scripts","postgresql-{major}-pgrouting","postgresql-{major}-cron","postgresql-{major}-partman","postgresql-{major}-repack","postgresql-{major}-hypopg"]}}},"tags":{"description":"Tag templates. Placeholders: {version} {major} {timestamp} {flavour} {distribution}.","type":"object","additionalProperties":false,"properties":{"immutable":{"description":"The tag that names one build for ever; must contain {timestamp}.","$ref":"#/definitions/tagTemplate","default":"{version}-{timestamp}-{flavour}-{distribution}"},"aliases":{"description":"Moving tags, written in production only after tests pass.","type":"array","items":{"$ref":"#/definitions/tagTemplate"},"default":["{version}-{flavour}-{distribution}","{major}-{flavour}-{distribution}"],"uniqueItems":true,"x-allowed":"a list of tag templates, e.g. [\"{major}-{flavour}-{distribution}\"]"}}},"annotations":{"description":"OCI annotations (and labels) to set on every image, e.g. org.opencontainers.image.vendor.","type":"object","propertyNames":{"pattern":"^[a-z0-9]+([.-][a-z0-9]+)*(\\.[a-z0-9]+([.-][a-z0-9]+)*)+$","x-allowed":"a reverse-DNS annotation key in lower case, e.g. org.opencontainers.image.vendor"},"additionalProperties":{"type":"string"},"x-allowed":"a mapping of annotation keys to strings, e.g. org.opencontainers.image.vendor: Example"}},"definitions":{"postgresVersion":{"oneOf":[{"type":"integer","minimum":10,"maximum":99},{"type":"string","pattern":"^[1-9][0-9](\\.[0-9]+|~(alpha|beta|rc)[0-9]+)?$"}],"x-allowed":"a major (17), a release (\"17.6\") or a preview (\"19~beta3\"); majors from 10 to 99"},"platform":{"type":"string","pattern":"^linux/(amd64|arm64|arm/v6|arm/v7|386|ppc64le|s390x|riscv64|mips64le)$","x-allowed":"linux/amd64, linux/arm64, linux/arm/v6, linux/arm/v7, linux/386, linux/ppc64le, linux/s390x, linux/riscv64, linux/mips64le"},"packageName":{"description":"A Debian package name; {major} is replaced by the PostgreSQL major.","type":"string","pattern":"^([a-z0-9][a-z0-9+.-]*|[a-z0-9+.-]*\\{major\\}[a-z0-9+.-]*)+$","x-allowed":"a Debian package name in lower case (letters, digits, + . -), optionally with {major}"},"package":{"oneOf":[{"$ref":"#/definitions/packageName"},{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The Debian package name; {major} is replaced by the PostgreSQL major.","$ref":"#/definitions/packageName"},"min-major":{"description":"Install it only for this PostgreSQL major and later ones.","type":"integer","minimum":10,"maximum":99,"x-allowed":"a PostgreSQL major from 10 to 99"},"max-major":{"description":"Install it only for this PostgreSQL major and earlier ones.","type":"integer","minimum":10,"maximum":99,"x-allowed":"a PostgreSQL major from 10 to 99"},"distributions":{"description":"Install it only on these distributions.","type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","x-allowed":"a Debian suite code name in lower case, e.g. bookworm, trixie, sid"}},"optional":{"description":"Leave the package out where the source lacks it, instead of failing.","type":"boolean"}}}],"x-allowed":"a Debian package name in lower case (letters, digits, + . -, optionally {major}), or an object with name and optionally min-major, max-major, distributions, optional"},"flavour":{"type":"object","additionalProperties":false,"properties":{"from":{"description":"The flavour this one extends.","type":"string","pattern":"^[a-z][a-z0-9-]*$","x-allowed":"the name of another flavour"},"description":{"description":"What the flavour holds, in a few words.","type":"string"},"packages":{"description":"Packages this flavour adds to the one it is built from: names, or objects that limit them to some majors or distributions.","type":"array","items":{"$ref":"#/definitions/package"}}}},"tagTemplate":{"type":"string","minLength":1,"maxLength":128,"pattern":"^([A-Za-z0-9_]|\\{[a-z]+\\})([A-Za-z0-9_.-]|\\{[a-z]+\\})*$","x-allowed":"letters, digits, _ . - (not first) and the placeholders {version} {major} {timestamp} {flavour} {distribution}, at most 128 characters"}}};const schema12 = {"oneOf":[{"type":"integer","minimum":10,"maximum":99},{"type":"string","pattern":"^[1-9][0-9](\\.[0-9]+|~(alpha|beta|rc)[0-9]+)?$"}],"x-allowed":"a major (17), a release (\"17.6\") or a preview (\"19~beta3\"); majors from 10 to 99"};const schema13 = {"type":"string","pattern":"^linux/(amd64|arm64|arm/v6|arm/v7|386|ppc64le|s390x|riscv64|mips64le)$","x-allowed":"linux/amd64, linux/arm64, linux/arm/v6, linux/arm/v7, linux/386, linux/ppc64le, linux/s390x, linux/riscv64, linux/mips64le"};const schema18 = {"type":"string","minLength":1,"maxLength":128,"pattern":"^([A-Za-z0-9_]|\\{[a-z]+\\})([A-Za-z0-9_.-]|\\{[a-z]+\\})*$","x-allowed":"letters, digits, _ . - (not first) and the placeholders {version} {major} {timestamp} {flavour} {distribution}, at most 128 characters"};const func2 = Object.prototype.hasOwnProperty;const func0 = fast_deep_equal;const func5 = ucs2length;const pattern0 = new RegExp("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$", "u");const pattern1 = new RegExp("^[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$", "u");const pattern2 = new RegExp("^[1-9][0-9](\\.[0-9]+|~(alpha|beta|rc)[0-9]+)?$", "u");const pattern3 = new RegExp("^[a-z][a-z0-9-]*$", "u");const pattern4 = new RegExp("^linux/(amd64|arm64|arm/v6|arm/v7|386|ppc64le|s390x|riscv64|mips64le)$", "u");const pattern5 = new RegExp("^(https?|file)://\\S+$", "u");const pattern13 = new RegExp("^([A-Za-z0-9_]|\\{[a-z]+\\})([A-Za-z0-9_.-]|\\{[a-z]+\\})*$", "u");const pattern15 = new RegExp("^[a-z0-9]+([.-][a-z0-9]+)*(\\.[a-z0-9]+([.-][a-z0-9]+)*)+$", "u");const schema14 = {"type":"object","additionalProperties":false,"properties":{"from":{"description":"The flavour this one extends.","type":"string","pattern":"^[a-z][a-z0-9-]*$","x-allowed":"the name of another flavour"},"description":{"description":"What the flavour holds, in a few words.","type":"string"},"packages":{"description":"Packages this flavour adds to the one it is built from: names, or objects that limit them to some majors or distributions.","type":"array","items":{"$ref":"#/definitions/package"}}}};const schema15 = {"oneOf":[{"$ref":"#/definitions/packageName"},{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The Debian package name; {major} is replaced by the PostgreSQL major.","$ref":"#/definitions/packageName"},"min-major":{"description":"Install it only for this PostgreSQL major and later ones.","type":"integer","minimum":10,"maximum":99,"x-allowed":"a PostgreSQL major from 10 to 99"},"max-major":{"description":"Install it only for this PostgreSQL major and earlier ones.","type":"integer","minimum":10,"maximum":99,"x-allowed":"a PostgreSQL major from 10 to 99"},"distributions":{"description":"Install it only on these distributions.","type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z][a-z0-9-]*$","x-allowed":"a Debian suite code name in lower case, e.g. bookworm, trixie, sid"}},"optional":{"description":"Leave the package out where the source lacks it, instead of failing.","type":"boolean"}}}],"x-allowed":"a Debian package name in lower case (letters, digits, + . -, optionally {major}), or an object with name and optionally min-major, max-major, distributions, optional"};const schema16 = {"description":"A Debian package name; {major} is replaced by the PostgreSQL major.","type":"string","pattern":"^([a-z0-9][a-z0-9+.-]*|[a-z0-9+.-]*\\{major\\}[a-z0-9+.-]*)+$","x-allowed":"a Debian package name in lower case (letters, digits, + . -), optionally with {major}"};const pattern10 = new RegExp("^([a-z0-9][a-z0-9+.-]*|[a-z0-9+.-]*\\{major\\}[a-z0-9+.-]*)+$", "u");function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(typeof data === "string"){if(!pattern10.test(data)){const err0 = {instancePath,schemaPath:"#/definitions/packageName/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9][a-z0-9+.-]*|[a-z0-9+.-]*\\{major\\}[a-z0-9+.-]*)+$"},message:"must match pattern \""+"^([a-z0-9][a-z0-9+.-]*|[a-z0-9+.-]*\\{major\\}[a-z0-9+.-]*)+$"+"\"",schema:"^([a-z0-9][a-z0-9+.-]*|[a-z0-9+.-]*\\{major\\}[a-z0-9+.-]*)+$",parentSchema:schema16,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath,schemaPath:"#/definitions/packageName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;}const _errs5 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema15.oneOf[1].required,parentSchema:schema15.oneOf[1],data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((((key0 === "name") || (key0 === "min-major")) || (key0 === "max-major")) || (key0 === "distributions")) || (key0 === "optional"))){const err3 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15.oneOf[1],data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(!pattern10.test(data0)){const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/packageName/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9][a-z0-9+.-]*|[a-z0-9+.-]*\\{major\\}[a-z0-9+.-]*)+$"},message:"must match pattern \""+"^([a-z0-9][a-z0-9+.-]*|[a-z0-9+.-]*\\{major\\}[a-z0-9+.-]*)+$"+"\"",schema:"^([a-z0-9][a-z0-9+.-]*|[a-z0-9+.-]*\\{major\\}[a-z0-9+.-]*)+$",parentSchema:schema16,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/packageName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data["min-major"] !== undefined){let data1 = data["min-major"];if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err6 = {instancePath:instancePath+"/min-major",schemaPath:"#/oneOf/1/properties/min-major/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.oneOf[1].properties["min-major"].type,parentSchema:schema15.oneOf[1].properties["min-major"],data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 > 99 || isNaN(data1)){const err7 = {instancePath:instancePath+"/min-major",schemaPath:"#/oneOf/1/properties/min-major/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99",schema:99,parentSchema:schema15.oneOf[1].properties["min-major"],data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data1 < 10 || isNaN(data1)){const err8 = {instancePath:instancePath+"/min-major",schemaPath:"#/oneOf/1/properties/min-major/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema15.oneOf[1].properties["min-major"],data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data["max-major"] !== undefined){let data2 = data["max-major"];if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err9 = {instancePath:instancePath+"/max-major",schemaPath:"#/oneOf/1/properties/max-major/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.oneOf[1].properties["max-major"].type,parentSchema:schema15.oneOf[1].properties["max-major"],data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 > 99 || isNaN(data2)){const err10 = {instancePath:instancePath+"/max-major",schemaPath:"#/oneOf/1/properties/max-major/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99",schema:99,parentSchema:schema15.oneOf[1].properties["max-major"],data:data2};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data2 < 10 || isNaN(data2)){const err11 = {instancePath:instancePath+"/max-major",schemaPath:"#/oneOf/1/properties/max-major/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema15.oneOf[1].properties["max-major"],data:data2};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data.distributions !== undefined){let data3 = data.distributions;if(Array.isArray(data3)){if(data3.length < 1){const err12 = {instancePath:instancePath+"/distributions",schemaPath:"#/oneOf/1/properties/distributions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.oneOf[1].properties.distributions,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 === "string"){if(!pattern3.test(data4)){const err13 = {instancePath:instancePath+"/distributions/" + i0,schemaPath:"#/oneOf/1/properties/distributions/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema15.oneOf[1].properties.distributions.items,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/distributions/" + i0,schemaPath:"#/oneOf/1/properties/distributions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.oneOf[1].properties.distributions.items.type,parentSchema:schema15.oneOf[1].properties.distributions.items,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/distributions",schemaPath:"#/oneOf/1/properties/distributions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.oneOf[1].properties.distributions.type,parentSchema:schema15.oneOf[1].properties.distributions,data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.optional !== undefined){let data5 = data.optional;if(typeof data5 !== "boolean"){const err16 = {instancePath:instancePath+"/optional",schemaPath:"#/oneOf/1/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema15.oneOf[1].properties.optional.type,parentSchema:schema15.oneOf[1].properties.optional,data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.oneOf[1].type,parentSchema:schema15.oneOf[1],data};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err18 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema15.oneOf,parentSchema:schema15,data};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate12.errors = vErrors;return errors === 0;}function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "from") || (key0 === "description")) || (key0 === "packages"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.from !== undefined){let data0 = data.from;if(typeof data0 === "string"){if(!pattern3.test(data0)){const err1 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema14.properties.from,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.from.type,parentSchema:schema14.properties.from,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.description !== undefined){let data1 = data.description;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.description.type,parentSchema:schema14.properties.description,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.packages !== undefined){let data2 = data.packages;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate12(data2[i0], {instancePath:instancePath+"/packages/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err4 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.packages.type,parentSchema:schema14.properties.packages,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate11.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/pgforge/pgforge/schema/images.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.registry !== undefined){let data1 = data.registry;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err2 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$"+"\"",schema:"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$",parentSchema:schema11.properties.registry,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.registry.type,parentSchema:schema11.properties.registry,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.name !== undefined){let data2 = data.name;if(typeof data2 === "string"){if(!pattern1.test(data2)){const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$"},message:"must match pattern \""+"^[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$"+"\"",schema:"^[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*(/[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*)*$",parentSchema:schema11.properties.name,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.postgres !== undefined){let data3 = data.postgres;const _errs11 = errors;let valid1 = false;let passing0 = null;const _errs12 = errors;if(typeof data3 !== "string"){const err6 = {instancePath:instancePath+"/postgres",schemaPath:"#/properties/postgres/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.postgres.oneOf[0].type,parentSchema:schema11.properties.postgres.oneOf[0],data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if("supported" !== data3){const err7 = {instancePath:instancePath+"/postgres",schemaPath:"#/properties/postgres/oneOf/0/const",keyword:"const",params:{allowedValue: "supported"},message:"must be equal to constant",schema:"supported",parentSchema:schema11.properties.postgres.oneOf[0],data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid0 = _errs12 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs14 = errors;if(Array.isArray(data3)){if(data3.length < 1){const err8 = {instancePath:instancePath+"/postgres",schemaPath:"#/properties/postgres/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.postgres.oneOf[1],data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];const _errs18 = errors;let valid5 = false;let passing1 = null;const _errs19 = errors;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err9 = {instancePath:instancePath+"/postgres/" + i0,schemaPath:"#/definitions/postgresVersion/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.oneOf[0].type,parentSchema:schema12.oneOf[0],data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 > 99 || isNaN(data4)){const err10 = {instancePath:instancePath+"/postgres/" + i0,schemaPath:"#/definitions/postgresVersion/oneOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99",schema:99,parentSchema:schema12.oneOf[0],data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data4 < 10 || isNaN(data4)){const err11 = {instancePath:instancePath+"/postgres/" + i0,schemaPath:"#/definitions/postgresVersion/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema12.oneOf[0],data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}var _valid1 = _errs19 === errors;if(_valid1){valid5 = true;passing1 = 0;}const _errs21 = errors;if(typeof data4 === "string"){if(!pattern2.test(data4)){const err12 = {instancePath:instancePath+"/postgres/" + i0,schemaPath:"#/definitions/postgresVersion/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9](\\.[0-9]+|~(alpha|beta|rc)[0-9]+)?$"},message:"must match pattern \""+"^[1-9][0-9](\\.[0-9]+|~(alpha|beta|rc)[0-9]+)?$"+"\"",schema:"^[1-9][0-9](\\.[0-9]+|~(alpha|beta|rc)[0-9]+)?$",parentSchema:schema12.oneOf[1],data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/postgres/" + i0,schemaPath:"#/definitions/postgresVersion/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.oneOf[1].type,parentSchema:schema12.oneOf[1],data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid1 = _errs21 === errors;if(_valid1 && valid5){valid5 = false;passing1 = [passing1, 1];}else {if(_valid1){valid5 = true;passing1 = 1;}}if(!valid5){const err14 = {instancePath:instancePath+"/postgres/" + i0,schemaPath:"#/definitions/postgresVersion/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema12.oneOf,parentSchema:schema12,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}else {errors = _errs18;if(vErrors !== null){if(_errs18){vErrors.length = _errs18;}else {vErrors = null;}}}}let i1 = data3.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(func0(data3[i1], data3[j0])){const err15 = {instancePath:instancePath+"/postgres",schemaPath:"#/properties/postgres/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.postgres.oneOf[1],data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;break outer0;}}}}}else {const err16 = {instancePath:instancePath+"/postgres",schemaPath:"#/properties/postgres/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.postgres.oneOf[1].type,parentSchema:schema11.properties.postgres.oneOf[1],data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}var _valid0 = _errs14 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err17 = {instancePath:instancePath+"/postgres",schemaPath:"#/properties/postgres/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties.postgres.oneOf,parentSchema:schema11.properties.postgres,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}else {errors = _errs11;if(vErrors !== null){if(_errs11){vErrors.length = _errs11;}else {vErrors = null;}}}}if(data.distributions !== undefined){let data5 = data.distributions;if(Array.isArray(data5)){if(data5.length < 1){const err18 = {instancePath:instancePath+"/distributions",schemaPath:"#/properties/distributions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.distributions,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}const len1 = data5.length;for(let i2=0; i2<len1; i2++){let data6 = data5[i2];if(typeof data6 === "string"){if(!pattern3.test(data6)){const err19 = {instancePath:instancePath+"/distributions/" + i2,schemaPath:"#/properties/distributions/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema11.properties.distributions.items,data:data6};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}else {const err20 = {instancePath:instancePath+"/distributions/" + i2,schemaPath:"#/properties/distributions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.distributions.items.type,parentSchema:schema11.properties.distributions.items,data:data6};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}let i3 = data5.length;let j1;if(i3 > 1){const indices0 = {};for(;i3--;){let item0 = data5[i3];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j1 = indices0[item0];const err21 = {instancePath:instancePath+"/distributions",schemaPath:"#/properties/distributions/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema11.properties.distributions,data:data5};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;break;}indices0[item0] = i3;}}}else {const err22 = {instancePath:instancePath+"/distributions",schemaPath:"#/properties/distributions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.distributions.type,parentSchema:schema11.properties.distributions,data:data5};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.platforms !== undefined){let data7 = data.platforms;if(Array.isArray(data7)){if(data7.length < 1){const err23 = {instancePath:instancePath+"/platforms",schemaPath:"#/properties/platforms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.platforms,data:data7};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}const len2 = data7.length;for(let i4=0; i4<len2; i4++){let data8 = data7[i4];if(typeof data8 === "string"){if(!pattern4.test(data8)){const err24 = {instancePath:instancePath+"/platforms/" + i4,schemaPath:"#/definitions/platform/pattern",keyword:"pattern",params:{pattern: "^linux/(amd64|arm64|arm/v6|arm/v7|386|ppc64le|s390x|riscv64|mips64le)$"},message:"must match pattern \""+"^linux/(amd64|arm64|arm/v6|arm/v7|386|ppc64le|s390x|riscv64|mips64le)$"+"\"",schema:"^linux/(amd64|arm64|arm/v6|arm/v7|386|ppc64le|s390x|riscv64|mips64le)$",parentSchema:schema13,data:data8};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/platforms/" + i4,schemaPath:"#/definitions/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data8};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}let i5 = data7.length;let j2;if(i5 > 1){outer1:for(;i5--;){for(j2 = i5; j2--;){if(func0(data7[i5], data7[j2])){const err26 = {instancePath:instancePath+"/platforms",schemaPath:"#/properties/platforms/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema11.properties.platforms,data:data7};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;break outer1;}}}}}else {const err27 = {instancePath:instancePath+"/platforms",schemaPath:"#/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.platforms.type,parentSchema:schema11.properties.platforms,data:data7};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.base !== undefined){let data9 = data.base;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key1 in data9){if(!((key1 === "image") || (key1 === "resolve-digest"))){const err28 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.base,data:data9};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data9.image !== undefined){let data10 = data9.image;if(typeof data10 === "string"){if(func5(data10) < 1){const err29 = {instancePath:instancePath+"/base/image",schemaPath:"#/properties/base/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.base.properties.image,data:data10};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/base/image",schemaPath:"#/properties/base/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.base.properties.image.type,parentSchema:schema11.properties.base.properties.image,data:data10};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data9["resolve-digest"] !== undefined){let data11 = data9["resolve-digest"];if(typeof data11 !== "boolean"){const err31 = {instancePath:instancePath+"/base/resolve-digest",schemaPath:"#/properties/base/properties/resolve-digest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.base.properties["resolve-digest"].type,parentSchema:schema11.properties.base.properties["resolve-digest"],data:data11};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.base.type,parentSchema:schema11.properties.base,data:data9};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.packages !== undefined){let data12 = data.packages;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key2 in data12){if(!((((((((key2 === "source") || (key2 === "mirror")) || (key2 === "debian-mirror")) || (key2 === "keyring")) || (key2 === "debian-keyring")) || (key2 === "security-mirror")) || (key2 === "upgrade")) || (key2 === "allow-expired-release"))){const err33 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.packages,data:data12};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data12.source !== undefined){let data13 = data12.source;if(!((data13 === "pgdg") || (data13 === "distribution"))){const err34 = {instancePath:instancePath+"/packages/source",schemaPath:"#/properties/packages/properties/source/enum",keyword:"enum",params:{allowedValues: schema11.properties.packages.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.packages.properties.source.enum,parentSchema:schema11.properties.packages.properties.source,data:data13};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data12.mirror !== undefined){let data14 = data12.mirror;if(typeof data14 === "string"){if(!pattern5.test(data14)){const err35 = {instancePath:instancePath+"/packages/mirror",schemaPath:"#/properties/packages/properties/mirror/pattern",keyword:"pattern",params:{pattern: "^(https?|file)://\\S+$"},message:"must match pattern \""+"^(https?|file)://\\S+$"+"\"",schema:"^(https?|file)://\\S+$",parentSchema:schema11.properties.packages.properties.mirror,data:data14};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/packages/mirror",schemaPath:"#/properties/packages/properties/mirror/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.packages.properties.mirror.type,parentSchema:schema11.properties.packages.properties.mirror,data:data14};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data12["debian-mirror"] !== undefined){let data15 = data12["debian-mirror"];if(typeof data15 === "string"){if(!pattern5.test(data15)){const err37 = {instancePath:instancePath+"/packages/debian-mirror",schemaPath:"#/properties/packages/properties/debian-mirror/pattern",keyword:"pattern",params:{pattern: "^(https?|file)://\\S+$"},message:"must match pattern \""+"^(https?|file)://\\S+$"+"\"",schema:"^(https?|file)://\\S+$",parentSchema:schema11.properties.packages.properties["debian-mirror"],data:data15};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/packages/debian-mirror",schemaPath:"#/properties/packages/properties/debian-mirror/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.packages.properties["debian-mirror"].type,parentSchema:schema11.properties.packages.properties["debian-mirror"],data:data15};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data12.keyring !== undefined){let data16 = data12.keyring;if(Array.isArray(data16)){if(data16.length < 1){const err39 = {instancePath:instancePath+"/packages/keyring",schemaPath:"#/properties/packages/properties/keyring/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.packages.properties.keyring,data:data16};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}const len3 = data16.length;for(let i6=0; i6<len3; i6++){let data17 = data16[i6];if(typeof data17 === "string"){if(func5(data17) < 1){const err40 = {instancePath:instancePath+"/packages/keyring/" + i6,schemaPath:"#/properties/packages/properties/keyring/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.packages.properties.keyring.items,data:data17};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}else {const err41 = {instancePath:instancePath+"/packages/keyring/" + i6,schemaPath:"#/properties/packages/properties/keyring/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.packages.properties.keyring.items.type,parentSchema:schema11.properties.packages.properties.keyring.items,data:data17};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/packages/keyring",schemaPath:"#/properties/packages/properties/keyring/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.packages.properties.keyring.type,parentSchema:schema11.properties.packages.properties.keyring,data:data16};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data12["debian-keyring"] !== undefined){let data18 = data12["debian-keyring"];if(Array.isArray(data18)){if(data18.length < 1){const err43 = {instancePath:instancePath+"/packages/debian-keyring",schemaPath:"#/properties/packages/properties/debian-keyring/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.packages.properties["debian-keyring"],data:data18};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}const len4 = data18.length;for(let i7=0; i7<len4; i7++){let data19 = data18[i7];if(typeof data19 === "string"){if(func5(data19) < 1){const err44 = {instancePath:instancePath+"/packages/debian-keyring/" + i7,schemaPath:"#/properties/packages/properties/debian-keyring/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.packages.properties["debian-keyring"].items,data:data19};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/packages/debian-keyring/" + i7,schemaPath:"#/properties/packages/properties/debian-keyring/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.packages.properties["debian-keyring"].items.type,parentSchema:schema11.properties.packages.properties["debian-keyring"].items,data:data19};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/packages/debian-keyring",schemaPath:"#/properties/packages/properties/debian-keyring/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.packages.properties["debian-keyring"].type,parentSchema:schema11.properties.packages.properties["debian-keyring"],data:data18};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data12["security-mirror"] !== undefined){let data20 = data12["security-mirror"];if(typeof data20 === "string"){if(!pattern5.test(data20)){const err47 = {instancePath:instancePath+"/packages/security-mirror",schemaPath:"#/properties/packages/properties/security-mirror/pattern",keyword:"pattern",params:{pattern: "^(https?|file)://\\S+$"},message:"must match pattern \""+"^(https?|file)://\\S+$"+"\"",schema:"^(https?|file)://\\S+$",parentSchema:schema11.properties.packages.properties["security-mirror"],data:data20};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}else {const err48 = {instancePath:instancePath+"/packages/security-mirror",schemaPath:"#/properties/packages/properties/security-mirror/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.packages.properties["security-mirror"].type,parentSchema:schema11.properties.packages.properties["security-mirror"],data:data20};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data12.upgrade !== undefined){let data21 = data12.upgrade;if(typeof data21 !== "boolean"){const err49 = {instancePath:instancePath+"/packages/upgrade",schemaPath:"#/properties/packages/properties/upgrade/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.packages.properties.upgrade.type,parentSchema:schema11.properties.packages.properties.upgrade,data:data21};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data12["allow-expired-release"] !== undefined){let data22 = data12["allow-expired-release"];if(typeof data22 !== "boolean"){const err50 = {instancePath:instancePath+"/packages/allow-expired-release",schemaPath:"#/properties/packages/properties/allow-expired-release/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.packages.properties["allow-expired-release"].type,parentSchema:schema11.properties.packages.properties["allow-expired-release"],data:data22};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.packages.type,parentSchema:schema11.properties.packages,data:data12};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data.flavours !== undefined){let data23 = data.flavours;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){if(Object.keys(data23).length < 1){const err52 = {instancePath:instancePath+"/flavours",schemaPath:"#/properties/flavours/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.flavours,data:data23};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}for(const key3 in data23){const _errs76 = errors;if(typeof key3 === "string"){if(func5(key3) > 32){const err53 = {instancePath:instancePath+"/flavours",schemaPath:"#/properties/flavours/propertyNames/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema11.properties.flavours.propertyNames,data:key3,propertyName:key3};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(!pattern3.test(key3)){const err54 = {instancePath:instancePath+"/flavours",schemaPath:"#/properties/flavours/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9-]*$"+"\"",schema:"^[a-z][a-z0-9-]*$",parentSchema:schema11.properties.flavours.propertyNames,data:key3,propertyName:key3};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}var valid20 = _errs76 === errors;if(!valid20){const err55 = {instancePath:instancePath+"/flavours",schemaPath:"#/properties/flavours/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema11.properties.flavours.propertyNames,parentSchema:schema11.properties.flavours,data:data23};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}for(const key4 in data23){if(!(validate11(data23[key4], {instancePath:instancePath+"/flavours/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data23,parentDataProperty:key4,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err56 = {instancePath:instancePath+"/flavours",schemaPath:"#/properties/flavours/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.flavours.type,parentSchema:schema11.properties.flavours,data:data23};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.tags !== undefined){let data25 = data.tags;if(data25 && typeof data25 == "object" && !Array.isArray(data25)){for(const key5 in data25){if(!((key5 === "immutable") || (key5 === "aliases"))){const err57 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.tags,data:data25};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data25.immutable !== undefined){let data26 = data25.immutable;if(typeof data26 === "string"){if(func5(data26) > 128){const err58 = {instancePath:instancePath+"/tags/immutable",schemaPath:"#/definitions/tagTemplate/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema18,data:data26};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(func5(data26) < 1){const err59 = {instancePath:instancePath+"/tags/immutable",schemaPath:"#/definitions/tagTemplate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data26};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(!pattern13.test(data26)){const err60 = {instancePath:instancePath+"/tags/immutable",schemaPath:"#/definitions/tagTemplate/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9_]|\\{[a-z]+\\})([A-Za-z0-9_.-]|\\{[a-z]+\\})*$"},message:"must match pattern \""+"^([A-Za-z0-9_]|\\{[a-z]+\\})([A-Za-z0-9_.-]|\\{[a-z]+\\})*$"+"\"",schema:"^([A-Za-z0-9_]|\\{[a-z]+\\})([A-Za-z0-9_.-]|\\{[a-z]+\\})*$",parentSchema:schema18,data:data26};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/tags/immutable",schemaPath:"#/definitions/tagTemplate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data26};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data25.aliases !== undefined){let data27 = data25.aliases;if(Array.isArray(data27)){const len5 = data27.length;for(let i8=0; i8<len5; i8++){let data28 = data27[i8];if(typeof data28 === "string"){if(func5(data28) > 128){const err62 = {instancePath:instancePath+"/tags/aliases/" + i8,schemaPath:"#/definitions/tagTemplate/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema18,data:data28};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}if(func5(data28) < 1){const err63 = {instancePath:instancePath+"/tags/aliases/" + i8,schemaPath:"#/definitions/tagTemplate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18,data:data28};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(!pattern13.test(data28)){const err64 = {instancePath:instancePath+"/tags/aliases/" + i8,schemaPath:"#/definitions/tagTemplate/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9_]|\\{[a-z]+\\})([A-Za-z0-9_.-]|\\{[a-z]+\\})*$"},message:"must match pattern \""+"^([A-Za-z0-9_]|\\{[a-z]+\\})([A-Za-z0-9_.-]|\\{[a-z]+\\})*$"+"\"",schema:"^([A-Za-z0-9_]|\\{[a-z]+\\})([A-Za-z0-9_.-]|\\{[a-z]+\\})*$",parentSchema:schema18,data:data28};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/tags/aliases/" + i8,schemaPath:"#/definitions/tagTemplate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data28};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}let i9 = data27.length;let j3;if(i9 > 1){outer2:for(;i9--;){for(j3 = i9; j3--;){if(func0(data27[i9], data27[j3])){const err66 = {instancePath:instancePath+"/tags/aliases",schemaPath:"#/properties/tags/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i9+" are identical)",schema:true,parentSchema:schema11.properties.tags.properties.aliases,data:data27};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;break outer2;}}}}}else {const err67 = {instancePath:instancePath+"/tags/aliases",schemaPath:"#/properties/tags/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.tags.properties.aliases.type,parentSchema:schema11.properties.tags.properties.aliases,data:data27};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}}else {const err68 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.tags.type,parentSchema:schema11.properties.tags,data:data25};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data.annotations !== undefined){let data29 = data.annotations;if(data29 && typeof data29 == "object" && !Array.isArray(data29)){for(const key6 in data29){const _errs97 = errors;if(typeof key6 === "string"){if(!pattern15.test(key6)){const err69 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+([.-][a-z0-9]+)*(\\.[a-z0-9]+([.-][a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z0-9]+([.-][a-z0-9]+)*(\\.[a-z0-9]+([.-][a-z0-9]+)*)+$"+"\"",schema:"^[a-z0-9]+([.-][a-z0-9]+)*(\\.[a-z0-9]+([.-][a-z0-9]+)*)+$",parentSchema:schema11.properties.annotations.propertyNames,data:key6,propertyName:key6};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}var valid28 = _errs97 === errors;if(!valid28){const err70 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema11.properties.annotations.propertyNames,parentSchema:schema11.properties.annotations,data:data29};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}for(const key7 in data29){let data30 = data29[key7];if(typeof data30 !== "string"){const err71 = {instancePath:instancePath+"/annotations/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.annotations.additionalProperties.type,parentSchema:schema11.properties.annotations.additionalProperties,data:data30};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.annotations.type,parentSchema:schema11.properties.annotations,data:data29};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./packages/config/src/validate.ts


function pathOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function valueAt(doc, path) {
    let v = doc;
    for (const k of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[k];
    }
    return v;
}
/** JSON Pointer escaping of one path segment. */
function pointerSegment(key) {
    return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
/**
 * Where an error really is. Ajv puts an unknown key, a bad key name and a repeated item at
 * their parent; they are about the key's own place, or the repeated item's.
 */
function placeOf(e) {
    const params = e.params;
    if (e.keyword === 'additionalProperties')
        return `${e.instancePath}/${pointerSegment(String(params.additionalProperty))}`;
    if (e.propertyName !== undefined)
        return `${e.instancePath}/${pointerSegment(e.propertyName)}`;
    if (e.keyword === 'uniqueItems')
        return `${e.instancePath}/${Math.max(Number(params.i), Number(params.j))}`;
    return e.instancePath;
}
function allowedOf(e) {
    const parent = e.parentSchema;
    const allowed = parent?.['x-allowed'];
    return typeof allowed === 'string' ? allowed : undefined;
}
function propertiesOf(schema) {
    const props = schema?.properties;
    return Object.keys(props ?? {}).filter((k) => k !== '$schema');
}
function describe(e, doc) {
    const params = e.params;
    const allowed = allowedOf(e);
    // A key name that breaks `propertyNames`: the name is the value, at the key's own place.
    if (e.propertyName !== undefined) {
        const key = e.propertyName;
        const v = describeValue(e, [...pathOf(e.instancePath), key], key, allowed, params);
        return v && { ...v, key };
    }
    if (e.keyword === 'additionalProperties') {
        const key = String(params.additionalProperty);
        return {
            path: pathOf(placeOf(e)),
            key,
            value: key,
            message: `unknown key ${showValue(key)}; allowed: ${propertiesOf(e.parentSchema).join(', ')}`,
        };
    }
    if (e.keyword === 'uniqueItems') {
        const [first, again] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
        const path = pathOf(placeOf(e));
        const value = valueAt(doc, path);
        return {
            path,
            value,
            message: `${showValue(value)} is listed twice (items ${String(first)} and ${String(again)}); list each once`,
        };
    }
    const path = pathOf(e.instancePath);
    return describeValue(e, path, valueAt(doc, path), allowed, params);
}
function describeValue(e, path, value, allowed, params) {
    const shown = showValue(value);
    switch (e.keyword) {
        case 'propertyNames':
            return undefined; // the nested pattern error says it better
        case 'enum':
            return {
                path,
                value,
                message: `${shown} is not allowed; allowed: ${params.allowedValues.map((v) => showValue(v)).join(', ')}`,
            };
        case 'const':
            return {
                path,
                value,
                message: `${shown} is not allowed; allowed: ${showValue(params.allowedValue)}`,
            };
        case 'type':
            return {
                path,
                value,
                message: `${value === null ? 'no value given' : `${shown} is ${jsonType(value)}`}; expected ${allowed ?? expectedType(params.type, e.parentSchema)}`,
            };
        case 'oneOf':
        case 'anyOf':
            return {
                path,
                value,
                message: `${shown} is not allowed; expected ${allowed ?? 'one of the documented forms'}`,
            };
        case 'minItems':
        case 'minProperties':
        case 'minLength': {
            const limit = Number(params.limit);
            const what = e.keyword === 'minLength' ? 'character' : 'entry';
            const least = limit === 1 ? `at least one ${what}` : `at least ${limit} ${what}s`;
            return {
                path,
                value,
                message: `${shown} is ${limit === 1 ? 'empty' : 'too short'}; expected ${allowed ? `${allowed}, with ${least}` : least}`,
            };
        }
        case 'required':
            return {
                path,
                value,
                message: `${showValue(params.missingProperty)} is required`,
            };
        case 'maxLength':
            return {
                path,
                value,
                message: `${shown} is longer than ${String(params.limit)} characters${allowed ? `; expected ${allowed}` : ''}`,
            };
        case 'minimum':
        case 'maximum':
            return {
                path,
                value,
                message: `${shown} is out of range; expected ${allowed ?? `${e.keyword} ${String(params.limit)}`}`,
            };
        case 'pattern':
            return {
                path,
                value,
                message: `${shown} is not allowed; expected ${allowed ?? `a value matching ${String(params.pattern)}`}`,
            };
        default:
            return { path, value, message: `${shown}: ${e.message ?? e.keyword}` };
    }
}
/** A value's kind in the words of YAML's users. */
function jsonType(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `a ${typeof v}`;
}
function expectedType(type, schema) {
    const words = {
        array: 'a list',
        boolean: 'true or false',
        integer: 'a whole number',
        number: 'a number',
        string: 'a string',
        null: 'nothing',
    };
    return (Array.isArray(type) ? type : [type])
        .map((t) => {
        const keys = propertiesOf(schema);
        if (t === 'object')
            return keys.length > 0 ? `a mapping with ${keys.join(', ')}` : 'a mapping';
        return words[String(t)] ?? String(t);
    })
        .join(' or ');
}
/**
 * Validates a parsed document against schema/images.schema.json. Returns one violation per
 * real problem. Ajv reports a failed `oneOf` as the error of every branch plus the `oneOf`
 * itself, and a deep error together with its parents' failures; those describe one mistake:
 * - a `oneOf` that says what it allows (`x-allowed`) speaks for its branches at the same place;
 * - otherwise a `type` error is a branch of the wrong shape when another error sits at or
 *   below it, and the `oneOf` is noise when a branch of the right shape explains the failure;
 * - a parent's error is explained by the deeper one.
 */
function validateDocument(doc) {
    // Ajv's code for schema/images.schema.json, generated ahead (scripts/validator.mjs).
    if (validate(doc))
        return [];
    const at = placeOf;
    const atOrBelow = (e, o) => o !== e && (at(o) === at(e) || at(o).startsWith(`${at(e)}/`));
    const isAlt = (e) => e.keyword === 'oneOf' || e.keyword === 'anyOf';
    const speaks = (e) => isAlt(e) && allowedOf(e) !== undefined;
    let errors = (validate.errors ?? []).filter((e) => e.keyword !== 'propertyNames');
    // Only errors at the oneOf's own place: an unknown key inside an object branch is below it,
    // and says more than the oneOf.
    errors = errors.filter((e) => speaks(e) || !errors.some((o) => speaks(o) && o.instancePath === at(e)));
    const specific = (o) => o.keyword !== 'type' && !isAlt(o);
    errors = errors.filter((e) => e.keyword !== 'type' || !errors.some((o) => atOrBelow(e, o) && specific(o)));
    errors = errors.filter((e) => !isAlt(e) || !errors.some((o) => atOrBelow(e, o) && specific(o)));
    errors = errors.filter((e) => !errors.some((o) => at(o).startsWith(`${at(e)}/`)));
    const seen = new Set();
    const out = [];
    for (const e of errors) {
        const key = at(e);
        // Several errors left at one place are the branches of a oneOf; its message speaks for all.
        const preferred = isAlt(e) ? e : (errors.find((o) => at(o) === key && isAlt(o)) ?? e);
        if (seen.has(key))
            continue;
        seen.add(key);
        const v = describe(preferred, doc);
        if (v)
            out.push(v);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/config/src/load.ts









const DEFAULT_CONFIG_FILE = 'images.yaml';
/**
 * The file a front end hands to loadConfig: none when its flag or input holds the default, so
 * that a missing `images.yaml` means the defaults, while a missing file someone named is an
 * error. (A flag's default cannot tell "not given" from "given as the default".)
 */
function namedConfigFile(value) {
    return value === undefined || value === '' || value === DEFAULT_CONFIG_FILE ? undefined : value;
}
/**
 * Reads the configuration file. A missing file is fine when it is the default one (the
 * defaults apply); a missing file someone named is an error.
 */
async function load_loadConfig(path, options = {}) {
    const file = path ?? DEFAULT_CONFIG_FILE;
    const absolute = options.cwd === undefined ? (0,external_node_path_.resolve)(file) : (0,external_node_path_.resolve)(options.cwd, file);
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' && path === undefined)
            return parseConfig('', 'defaults', options);
        throw new errors_ConfigError([
            {
                origin: file,
                field: '',
                message: code === 'ENOENT' ? 'file not found' : `cannot read: ${e.message}`,
            },
        ]);
    }
    return parseConfig(text, file, { ...options, baseDir: (0,external_node_path_.dirname)(absolute) });
}
/** Turns override strings into the shape the file would hold, so one schema checks both. */
function overridesToRaw(o) {
    const raw = {};
    if (o.postgres) {
        raw.postgres =
            o.postgres.length === 1 && o.postgres[0] === 'supported'
                ? 'supported'
                : o.postgres.map((v) => (/^\d+$/.test(v) ? Number(v) : v));
    }
    if (o.distributions)
        raw.distributions = o.distributions;
    if (o.platforms)
        raw.platforms = o.platforms;
    // An override usually comes from a workflow expression (the repository owner): lower-cased.
    if (o.registry)
        raw.registry = lowercaseName(o.registry);
    return raw;
}
/** Parses and validates configuration text; `origin` names it in messages. */
function parseConfig(text, origin, options = {}) {
    let doc;
    try {
        doc = parseYaml(text);
    }
    catch (e) {
        if (e instanceof YamlSyntaxError) {
            // The line as written, so that the message shows what the parser stumbled on.
            const source = e.line === undefined ? '' : (text.split(/\r?\n/)[e.line - 1]?.trim() ?? '');
            throw new errors_ConfigError([
                {
                    origin,
                    field: '',
                    ...(source ? { value: source } : {}),
                    message: `not valid YAML: ${e.message.replace(/:$/, '')}${source ? `: ${showValue(source)}` : ''}`,
                    line: e.line,
                    column: e.column,
                },
            ]);
        }
        throw e;
    }
    // An empty file is a mistake, not a wish for the defaults: they build CNPG's own images into
    // CNPG's registry. The defaults apply where there is no file at all (origin "defaults"), or
    // where an override names the registry, which is then the user's own.
    const empty = doc.value === null || doc.value === undefined;
    if (empty && origin !== 'defaults' && !options.overrides?.registry) {
        throw new errors_ConfigError([
            {
                origin,
                field: '',
                message: `the file is empty${text.trim() === '' ? '' : ' (comments only)'}; it would build CNPG's own images into ${DEFAULT_REGISTRY}: write at least registry: (e.g. registry: ghcr.io/example), or delete the file to build the defaults on purpose`,
                line: 1,
            },
        ]);
    }
    const fileValue = doc.value ?? {};
    if (typeof fileValue !== 'object' || Array.isArray(fileValue)) {
        throw new errors_ConfigError([
            {
                origin,
                field: '',
                value: fileValue,
                message: `${showValue(fileValue)} is ${Array.isArray(fileValue) ? 'a list' : `a ${typeof fileValue}`}; expected a mapping of settings at the top level, e.g. registry: ghcr.io/example`,
                ...(doc.locate([]) ?? { line: 1, column: 1 }),
            },
        ]);
    }
    const overrides = overridesToRaw(options.overrides ?? {});
    const raw = { ...fileValue, ...overrides };
    const where = (path, key = false) => {
        const top = path[0];
        if (typeof top === 'string' && top in overrides)
            return { origin: `input "${top}"` };
        const pos = doc.locate(path, key);
        return { origin, line: pos?.line, column: pos?.column };
    };
    const violations = validateDocument(raw);
    if (violations.length > 0) {
        throw new errors_ConfigError(violations.map((v) => ({
            ...where(v.path, v.key !== undefined),
            field: fieldPath(v.path),
            value: v.value,
            message: v.message,
        })));
    }
    const config = withDefaults(raw, origin, (0,external_node_path_.resolve)(options.baseDir ?? options.cwd ?? '.'));
    // Package rules are checked against the file's distributions: an override that builds fewer
    // leaves a rule for another one in force, not wrong.
    const fileDistributions = fileValue.distributions;
    const problems = checkSemantics(config, raw, options.overrides?.flavours, fileDistributions ?? DEFAULT_DISTRIBUTIONS).map((p) => ({
        ...(p.input ? { origin: `input "${p.input}"` } : where(p.path)),
        field: p.field ?? fieldPath(p.path),
        value: p.value,
        message: p.message,
    }));
    if (problems.length > 0)
        throw new errors_ConfigError(problems);
    if (options.overrides?.flavours)
        config.selectedFlavours = [...options.overrides.flavours];
    if (options.overrides?.allowExpiredRelease)
        config.packages.allowExpiredRelease = true;
    // Lines of the file's own settings only: an overridden one is the input's, not the file's.
    config.lines = Object.fromEntries(Object.entries(doc.lines()).filter(([field]) => !((field.split(/[.[]/)[0] ?? '') in overrides)));
    return config;
}
function packageRule(p) {
    if (typeof p === 'string')
        return { name: p, optional: false };
    return {
        name: p.name,
        minMajor: p['min-major'],
        maxMajor: p['max-major'],
        distributions: p.distributions,
        optional: p.optional ?? false,
    };
}
function lineageOf(name, defs) {
    const chain = [];
    for (let cur = name; cur !== undefined && !chain.includes(cur); cur = defs[cur]?.from) {
        chain.unshift(cur);
    }
    return chain;
}
function withDefaults(raw, origin, baseDir) {
    const flavourDefs = raw.flavours ??
        DEFAULT_FLAVOURS;
    const flavours = Object.entries(flavourDefs).map(([name, f]) => ({
        name,
        description: f.description,
        from: f.from,
        packages: (f.packages ?? []).map(packageRule),
        lineage: lineageOf(name, flavourDefs),
    }));
    const pg = raw.postgres ?? DEFAULT_POSTGRES;
    const base = (raw.base ?? {});
    const packages = (raw.packages ?? {});
    const tags = (raw.tags ?? {});
    return {
        origin,
        registry: raw.registry ?? DEFAULT_REGISTRY,
        name: raw.name ?? DEFAULT_NAME,
        postgres: pg === 'supported'
            ? 'supported'
            : pg.map((v) => parsePostgresVersionSpec(v)),
        distributions: raw.distributions ?? [...DEFAULT_DISTRIBUTIONS],
        platforms: raw.platforms ?? [...DEFAULT_PLATFORMS],
        base: {
            image: base.image ?? DEFAULT_BASE_IMAGE,
            resolveDigest: base['resolve-digest'] ?? true,
        },
        packages: {
            source: packages.source ?? 'pgdg',
            mirror: packages.mirror?.replace(/\/+$/, ''),
            debianMirror: packages['debian-mirror']?.replace(/\/+$/, ''),
            keyring: packages.keyring?.map((k) => (0,external_node_path_.resolve)(baseDir, k)),
            debianKeyring: packages['debian-keyring']?.map((k) => (0,external_node_path_.resolve)(baseDir, k)),
            securityMirror: packages['security-mirror']?.replace(/\/+$/, ''),
            upgrade: packages.upgrade ?? true,
            allowExpiredRelease: packages['allow-expired-release'] ?? false,
        },
        flavours,
        selectedFlavours: flavours.map((f) => f.name),
        tags: {
            immutable: tags.immutable ?? DEFAULT_TAGS.immutable,
            aliases: tags.aliases ?? [...DEFAULT_TAGS.aliases],
        },
        annotations: raw.annotations ?? {},
    };
}

;// CONCATENATED MODULE: ./packages/config/src/index.ts






;// CONCATENATED MODULE: ./packages/action-io/src/report.ts



/**
 * Ends a run that failed, the one way every action does: a person's mistake (a UserError)
 * becomes one error annotation (one per problem of a configuration), with file and line where
 * known and no stack trace; anything else fails the step with its message, the stack only in
 * debug output.
 */
function reportFailure(error) {
    if (error instanceof errors_ConfigError) {
        for (const p of error.problems) {
            const field = p.field ? `${p.field}: ` : '';
            const file = problemFile(p);
            const where = file ? '' : `${p.origin}: `;
            lib_core/* error */.z3(`${where}${field}${p.message}`, {
                title: 'configuration',
                ...(file ? { file } : {}),
                ...(p.line !== undefined ? { startLine: p.line } : {}),
                ...(p.column !== undefined ? { startColumn: p.column } : {}),
            });
        }
        // setFailed would add a second `::error` repeating the count; the annotations above are
        // the whole story, so only the exit code is set.
        process.exitCode = lib_core/* ExitCode */.yU.Failure;
        return;
    }
    if (error instanceof user_error_UserError) {
        // An option the package names (`images[0].reference`) is an input of the action here.
        lib_core/* error */.z3(optionMessage(error, (field) => `input "${field}"`) ?? error.message, {
            title: 'input',
            ...(error.file !== undefined ? { file: error.file } : {}),
            ...(error.line !== undefined ? { startLine: error.line } : {}),
            ...(error.column !== undefined ? { startColumn: error.column } : {}),
        });
        process.exitCode = lib_core/* ExitCode */.yU.Failure;
        return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    if (err.stack)
        lib_core/* debug */.Yz(err.stack);
    lib_core/* setFailed */.C1(err.message);
}
function setOutput(name, value) {
    lib_core/* setOutput */.uH(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
}
async function writeSummary(markdown) {
    // Outside a runner there is no summary file; the step still succeeds.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await lib_core/* summary */.z.addRaw(markdown, true).write();
}
const log = {
    info: (m) => lib_core/* info */.pq(m),
    warning: (m) => lib_core/* warning */.$e(m),
    group: (name, fn) => lib_core/* group */.Os(name, fn),
    /**
     * Hides a secret in the log. The runner matches masks within a line, so a multi-line secret (a
     * PEM key) is masked line by line too; its armour lines (`-----BEGIN …`) are no secret.
     */
    mask: (secret) => {
        lib_core/* setSecret */.Pq(secret);
        if (!/[\r\n]/.test(secret))
            return;
        for (const line of secret.split(/\r?\n/)) {
            if (line.trim() !== '' && !line.startsWith('-----'))
                lib_core/* setSecret */.Pq(line.trim());
        }
    },
};
/**
 * Fails the step with one error annotation per problem (a target that did not build, a check
 * that did not pass), after the outputs were written: the other results stay usable.
 */
function failWith(title, problems) {
    for (const p of problems)
        core.error(p, { title });
    if (problems.length > 0)
        process.exitCode = core.ExitCode.Failure;
}

;// CONCATENATED MODULE: ./packages/action-io/src/index.ts




;// CONCATENATED MODULE: ./packages/catalog/src/errors.ts
/**
 * Errors a person can act on: each names the option or image, the value and what is expected.
 * A bad option is `CatalogError.notAllowed(option, value, expected)`.
 */

class CatalogError extends user_error_UserError {
    constructor(message, options) {
        super(message, options);
        this.name = 'CatalogError';
    }
}

;// CONCATENATED MODULE: ./packages/catalog/src/select.ts
/**
 * Which image of each major a catalog names: among the immutable tags the production repository
 * holds for one flavour and distribution, the newest by PostgreSQL version, then by timestamp.
 * Previews (19beta3) only when asked for; at most the eight newest majors (CNPG's limit), sorted.
 */


const MAX_CATALOG_MAJORS = 8;
/** `19beta3` → `19~beta3`: Debian's order then puts a preview before its release. */
const debianOrder = (version) => version.replace(/(alpha|beta|rc)/, '~$1');
/** The tag's parts, when it is an immutable tag of this flavour and distribution. */
function candidateOf(tag, options) {
    const values = matchTemplate(options.template, tag, {
        flavour: options.flavour,
        distribution: options.distribution,
    });
    // A template may name the major alone: its images then differ by timestamp only.
    const version = values?.version ?? values?.major;
    if (!values || !version || !values.timestamp)
        return undefined;
    const major = Number(values.major ?? /^\d+/.exec(version)?.[0]);
    if (!Number.isInteger(major) || major < 10)
        return undefined;
    if (values.major !== undefined && !version.startsWith(values.major))
        return undefined;
    return {
        tag,
        major,
        version,
        timestamp: values.timestamp,
        preview: /(alpha|beta|rc)\d+$/.test(version),
    };
}
function newer(a, b) {
    const byVersion = compareDebianVersions(debianOrder(a.version), debianOrder(b.version));
    if (byVersion !== 0)
        return byVersion;
    return a.timestamp.localeCompare(b.timestamp);
}
function selectImages(tags, options) {
    const best = new Map();
    for (const tag of tags) {
        const c = candidateOf(tag, options);
        if (!c || (c.preview && !options.previews))
            continue;
        const held = best.get(c.major);
        if (!held || newer(c, held) > 0)
            best.set(c.major, c);
    }
    return [...best.values()]
        .sort((a, b) => a.major - b.major)
        .slice(-(options.maxMajors ?? MAX_CATALOG_MAJORS));
}

;// CONCATENATED MODULE: ./packages/targets/src/model.ts
/** The annotation under which every image carries the fingerprint of its inputs. */
const model_FINGERPRINT_ANNOTATION = 'io.pgforge.image.fingerprint';
/** The artifact type of the package list the build attaches to each image (a referrer). */
const PACKAGES_ARTIFACT_TYPE = 'application/vnd.pgforge.image.packages.v1+json';
/** What names a testing repository: `<registry>/<name>-testing` beside `<registry>/<name>`. */
const TESTING_SUFFIX = '-testing';
/** The testing repository of a production one (operand and extension images alike). */
const model_testingRepositoryOf = (production) => `${production}${TESTING_SUFFIX}`;
/** The production repository of a testing one; undefined when `repository` is not one. */
function productionRepositoryOf(repository) {
    return repository.endsWith(TESTING_SUFFIX)
        ? repository.slice(0, -TESTING_SUFFIX.length)
        : undefined;
}
/**
 * Where the build writes a target: the immutable tag in the testing repository, nothing else.
 * Moving tags (aliases) exist only in production, and only promote writes there.
 */
function testingReferences(target) {
    return [`${target.testingRepository}:${target.tags.immutable}`];
}
/** What promote writes in production: the immutable tag first (one), the aliases after it. */
function productionReferences(target) {
    return [target.tags.immutable, ...target.tags.aliases].map((t) => `${target.repository}:${t}`);
}

;// CONCATENATED MODULE: ./packages/targets/src/fingerprint.ts

/**
 * JSON with object keys sorted at every level, so that the same value always gives the same
 * bytes whatever order it was built in.
 */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v);
}
function sha256Hex(data) {
    return createHash('sha256').update(data).digest('hex');
}
/** Bumped when the meaning of the inputs changes, so that old fingerprints never match. */
// 2: the whole predicted package set, not only the packages the flavours name.
const FINGERPRINT_VERSION = 2;
function fingerprint_fingerprint(inputs) {
    const normalised = {
        v: FINGERPRINT_VERSION,
        ...inputs,
        platforms: [...inputs.platforms].sort(),
        packages: [...inputs.packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    };
    return `sha256:${sha256Hex(canonicalJson(normalised))}`;
}

;// CONCATENATED MODULE: ./packages/targets/src/expand.ts






/**
 * `PACKAGES`: `name=version` words every platform installs alike; `ARCH_PACKAGES`:
 * `arch:name=version` words for those whose binary version differs by architecture (the
 * Dockerfile installs the words of the architecture it builds).
 */
function packageArgs(packages) {
    const common = packages.filter((p) => !p.byArchitecture);
    const perArch = packages.flatMap((p) => Object.entries(p.byArchitecture ?? {}).map(([arch, v]) => `${arch}:${p.name}=${v}`));
    return {
        PACKAGES: common.map((p) => `${p.name}=${p.version}`).join(' '),
        ...(perArch.length > 0 ? { ARCH_PACKAGES: perArch.join(' ') } : {}),
    };
}
/**
 * `DEBIAN_ARCHITECTURES`: `<architecture>[/<variant>]=<Debian architecture>` words, one per
 * platform (`amd64=amd64 arm64=arm64 arm/v7=armhf`), keyed the way BuildKit's TARGETARCH and
 * TARGETVARIANT name the platform being built. The Dockerfile refuses to build a platform on a
 * base whose dpkg says another architecture: that is where a mislabelled image is cheapest to
 * stop. The table lives in @pgforge/platform alone; the Dockerfile only looks words up.
 */
function debianArchitecturesArg(platforms) {
    return platforms
        .map((p) => {
        const row = byPlatform(p);
        const [os = 'linux', architecture = '', variant] = p.split('/');
        const normal = normalisePlatform({ os, architecture, ...(variant ? { variant } : {}) });
        const key = [normal.architecture, normal.variant].filter(Boolean).join('/');
        return `${key}=${row.debianArchitecture}`;
    })
        .join(' ');
}
/**
 * `PGDG_KEYRING`: `<name>=<sha256>` words, one per key file of the `keyring` context. The
 * Dockerfile copies each file into /etc/apt/keyrings after checking its hash, and names them
 * in the sources entry's Signed-By; the hashes put the keys' content into the fingerprint.
 */
function keyringArg(files) {
    return files.map((f) => `${f.name}=${f.sha256}`).join(' ');
}
const byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
const targetId = (major, flavour, distribution) => `${major}-${flavour}-${distribution}`;
/**
 * Expands resolutions into targets: one per (major, distribution, selected flavour), in that
 * order. Every flavour of a lineage is expanded, so a selected flavour always finds its
 * parent; `selectedOnly` then drops the ones not asked for.
 */
function expandTargets(inputs, selectedOnly = true) {
    const { config, now } = inputs;
    const timestamp = tagTimestamp(now);
    const created = createdAt(now);
    const flavourOf = new Map(config.flavours.map((f) => [f.name, f]));
    const targets = [];
    const pgdgKeyring = config.packages.source === 'pgdg' && inputs.keyring?.length ? inputs.keyring : undefined;
    for (const r of inputs.resolutions) {
        for (const flavour of config.flavours) {
            const lineage = flavour.lineage.map((n) => flavourOf.get(n)).filter((f) => !!f);
            const own = (f) => [
                ...(f.from === undefined ? r.server : []),
                ...(r.flavourPackages[f.name] ?? []),
            ];
            const layerPackages = [...own(flavour)].sort(byName);
            const packages = lineage.flatMap(own).sort(byName);
            const image = r.images[flavour.name] ?? { contents: [], installs: [] };
            const values = {
                version: tagVersion(r.postgres.version),
                major: String(r.major),
                timestamp,
                flavour: flavour.name,
                distribution: r.distribution,
            };
            const buildArgs = {
                BASE_IMAGE: r.base.digest ? `${r.base.image}@${r.base.digest}` : r.base.image,
                PG_MAJOR: String(r.major),
                PG_VERSION: r.postgres.debianVersion,
                PACKAGE_SOURCE: config.packages.source,
                DEBIAN_ARCHITECTURES: debianArchitecturesArg(config.platforms),
                // Every package the layer installs or upgrades, pinned; the flavour's own are roots.
                ...packageArgs(image.installs),
                ROOT_PACKAGES: layerPackages.map((p) => p.name).join(' '),
                APT_ALLOW_EXPIRED_RELEASE: String(config.packages.allowExpiredRelease),
                ...(config.packages.source === 'pgdg' && inputs.pgdgMirror
                    ? { PGDG_MIRROR: inputs.pgdgMirror, PGDG_SUITE: `${r.distribution}-pgdg` }
                    : {}),
                ...(pgdgKeyring ? { PGDG_KEYRING: keyringArg(pgdgKeyring) } : {}),
                ...(r.aptSources ? { APT_SOURCES: r.aptSources.text } : {}),
                ...(r.aptSources?.keyring.length ? { APT_KEYRING: keyringArg(r.aptSources.keyring) } : {}),
            };
            const keyring = [...(pgdgKeyring ?? []), ...(r.aptSources?.keyring ?? [])];
            const staticAnnotations = {
                'org.opencontainers.image.title': `PostgreSQL ${r.postgres.version} ${flavour.name} (Debian ${r.distribution})`,
                'org.opencontainers.image.description': flavour.description ?? `PostgreSQL ${r.postgres.version}, ${flavour.name} flavour`,
                'org.opencontainers.image.vendor': inputs.source?.vendor ?? 'pgforge',
                'org.opencontainers.image.licenses': 'PostgreSQL',
                ...(inputs.source?.url ? { 'org.opencontainers.image.url': inputs.source.url } : {}),
                ...config.annotations,
            };
            const print = fingerprint({
                base: r.base,
                platforms: config.platforms,
                packageSource: config.packages.source,
                packages: image.contents.flatMap((p) => p.byArchitecture
                    ? Object.entries(p.byArchitecture).map(([arch, version]) => ({
                        name: `${arch}:${p.name}`,
                        version,
                    }))
                    : [{ name: p.name, version: p.version }]),
                flavours: lineage.map((f) => ({ name: f.name, from: f.from, packages: f.packages })),
                dockerfile: inputs.dockerfileDigest,
                buildArgs,
                staticAnnotations,
            });
            const baseName = inputs.normaliseImage?.(r.base.image) ?? r.base.image;
            const annotations = {
                ...staticAnnotations,
                'org.opencontainers.image.created': created,
                'org.opencontainers.image.version': r.postgres.version,
                ...(inputs.source?.revision
                    ? { 'org.opencontainers.image.revision': inputs.source.revision }
                    : {}),
                ...(inputs.source?.url ? { 'org.opencontainers.image.source': inputs.source.url } : {}),
                'org.opencontainers.image.base.name': baseName,
                ...(r.base.digest ? { 'org.opencontainers.image.base.digest': r.base.digest } : {}),
                [FINGERPRINT_ANNOTATION]: print,
            };
            const repository = `${config.registry}/${config.name}`;
            targets.push({
                id: targetId(r.major, flavour.name, r.distribution),
                postgres: { ...r.postgres, major: r.major },
                distribution: r.distribution,
                flavour: flavour.name,
                lineage: flavour.lineage,
                ...(flavour.from !== undefined
                    ? { parent: targetId(r.major, flavour.from, r.distribution) }
                    : {}),
                platforms: [...config.platforms],
                base: r.base,
                packageSource: config.packages.source,
                packages,
                layerPackages,
                contents: image.contents,
                installs: image.installs,
                repository,
                testingRepository: testingRepositoryOf(`${inputs.testingRegistry ?? config.registry}/${config.name}`),
                tags: {
                    immutable: renderTemplate(config.tags.immutable, values),
                    aliases: config.tags.aliases.map((t) => renderTemplate(t, values)),
                },
                annotations,
                buildArgs,
                ...(keyring.length > 0 ? { keyring } : {}),
                fingerprint: print,
                timestamp,
            });
        }
    }
    checkTags(config, targets);
    return selectedOnly
        ? targets.filter((t) => config.selectedFlavours.includes(t.flavour))
        : targets;
}
/** Every tag valid, never `latest`, and no tag naming two targets. */
function checkTags(config, targets) {
    const problems = [];
    const owner = new Map();
    for (const t of targets) {
        const named = [
            ['tags.immutable', t.tags.immutable],
            ...t.tags.aliases.map((a, i) => [`tags.aliases[${i}]`, a]),
        ];
        for (const [field, tag] of named) {
            const problem = (message) => {
                if (!problems.some((p) => p.field === field)) {
                    problems.push({ origin: config.origin, field, value: tag, message });
                }
            };
            if (!TAG_PATTERN.test(tag)) {
                problem(`renders ${JSON.stringify(tag)} for ${t.id}, not a valid tag: [A-Za-z0-9_][A-Za-z0-9._-]{0,127}`);
            }
            else if (tag === 'latest') {
                problem(`renders "latest" for ${t.id}; "latest" is never written`);
            }
            const other = owner.get(tag);
            if (other !== undefined && other !== t.id) {
                problem(`renders ${JSON.stringify(tag)} for both ${other} and ${t.id}: tags must name one image`);
            }
            owner.set(tag, t.id);
        }
    }
    if (problems.length > 0)
        throw new ConfigError(problems);
}

;// CONCATENATED MODULE: ./packages/targets/src/parse.ts

/** A `targets` value that is not the matrix's target list. */
class TargetListError extends user_error_UserError {
    reason;
    value;
    constructor(reason, value) {
        super(reason, { value });
        this.reason = reason;
        this.value = value;
        this.name = 'TargetListError';
    }
}
const REQUIRED = (/* unused pure expression or super */ null && ([
    'id',
    'postgres',
    'distribution',
    'flavour',
    'platforms',
    'repository',
    'testingRepository',
    'tags',
    'annotations',
    'buildArgs',
    'contents',
    'installs',
    'fingerprint',
]));
/**
 * The matrix's `targets` output read back: a JSON array of targets. Checked for the fields
 * later steps rely on, so a hand-written or truncated value fails here, named, and not in the
 * middle of a build.
 */
function parseTargetList(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new TargetListError(`not JSON (${e.message})`, text);
    }
    if (!Array.isArray(value)) {
        throw new TargetListError('not a JSON array of targets', text);
    }
    value.forEach((t, i) => {
        if (typeof t !== 'object' || t === null || Array.isArray(t)) {
            throw new TargetListError(`item ${i} is not a target object`, text);
        }
        const keyring = t.keyring;
        if (keyring !== undefined && !isKeyringList(keyring)) {
            throw new TargetListError(`item ${i}: keyring is not a list of { path, name, sha256 } key files`, text);
        }
        const missing = REQUIRED.filter((k) => !(k in t));
        if (missing.length > 0) {
            const id = t.id;
            throw new TargetListError(`item ${i}${typeof id === 'string' ? ` (${id})` : ''} lacks ${missing.join(', ')}`, text);
        }
    });
    return value;
}
function isKeyringList(value) {
    return (Array.isArray(value) &&
        value.every((f) => typeof f === 'object' &&
            f !== null &&
            ['path', 'name', 'sha256'].every((k) => typeof f[k] === 'string')));
}

;// CONCATENATED MODULE: ./packages/targets/src/input-origin.ts
/** A value as a message shows it: at most 200 characters. */
const clip = (text) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
/** A value as JSON, for a message (`undefined` too). */
const shown = (value) => clip(String(JSON.stringify(value)));
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

;// CONCATENATED MODULE: ./packages/targets/src/parse-image-records.ts
/**
 * The one reader of image records (image-record.ts): the `images` output of build and extension
 * as a front end of promote, attest or catalog gets it, JSON text or a value parsed already. Every
 * field a consumer reads is checked here, once; the consumers take the typed records.
 */


const REFERENCE = '<repository>@sha256:…';
const BY_DIGEST = `a reference by digest, ${REFERENCE}: what was tested is what goes on, byte for byte`;
const PATH_FIELDS = [
    'ld_library_path',
    'extension_control_path',
    'dynamic_library_path',
    'bin_path',
];
const ENV_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const ENV = 'a list of {name, value}: a name of letters, digits and _ not starting with a digit, and a non-empty value';
/** A reference that names its image by digest, and that digest. */
function byDigest(value, field, origin) {
    let digest;
    try {
        digest = reference_parseReference(value).digest;
    }
    catch (error) {
        throw origin.error(field, value, `${REFERENCE} (${error.message})`);
    }
    if (digest === undefined)
        throw origin.error(field, value, BY_DIGEST);
    return digest;
}
function strings(value, field, origin) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
        throw origin.error(field, String(JSON.stringify(value)), 'an array of tag references');
    }
    return value;
}
function optional(value, is, field, allowed, origin) {
    if (value === undefined || is(value))
        return value;
    throw origin.error(field, shown(value), allowed);
}
const isString = (v) => typeof v === 'string';
const isMajor = (v) => Number.isInteger(v) && v > 0;
/** `promote`: a repository, its tags, and how many of them are immutable (default: the first). */
function planOf(value, where, origin) {
    const plan = isObject(value) ? value : {};
    const repository = plan.repository;
    if (typeof repository !== 'string' || repository === '') {
        throw origin.error(`${where}.repository`, String(repository), 'the production repository');
    }
    try {
        reference_parseReference(repository);
    }
    catch (error) {
        throw origin.error(`${where}.repository`, repository, `the production repository (${error.message})`);
    }
    const tags = plan.tags === undefined ? [] : strings(plan.tags, `${where}.tags`, origin);
    const count = new Set(tags).size;
    const immutable = plan.immutable ?? Math.min(1, count);
    if (!Number.isInteger(immutable) || immutable < 0 || immutable > count) {
        throw origin.error(`${where}.immutable`, shown(immutable), `how many of the tags are immutable: a whole number from 0 to ${count}`);
    }
    return { repository, tags, immutable: immutable };
}
function envOf(value, where, origin) {
    if (!Array.isArray(value))
        throw origin.error(`${where}.env`, shown(value), ENV);
    return value.map((v, j) => {
        const item = isObject(v) ? v : {};
        if (typeof item.name !== 'string' ||
            !ENV_NAME.test(item.name) ||
            typeof item.value !== 'string' ||
            item.value === '') {
            throw origin.error(`${where}.env[${j}]`, shown(v), ENV);
        }
        return { name: item.name, value: item.value };
    });
}
/**
 * A Cluster's extension entry: its fields are named under the entry of the input (`where`),
 * whether it is the entry itself or an image record's `clusterExtension`.
 */
function clusterEntryOf(value, where, whole, origin) {
    const raw = isObject(value) ? value : {};
    const image = isObject(raw.image) ? raw.image : {};
    if (typeof raw.name !== 'string' || typeof image.reference !== 'string') {
        throw origin.error(where, shown(whole), origin.expected);
    }
    const entry = { name: raw.name, image: { reference: image.reference } };
    for (const field of PATH_FIELDS) {
        const v = raw[field];
        if (v === undefined)
            continue;
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
            throw origin.error(`${where}.${field}`, String(JSON.stringify(v)), 'a list of directories inside the image, e.g. [system]');
        }
        entry[field] = v;
    }
    if (raw.env !== undefined)
        entry.env = envOf(raw.env, where, origin);
    return entry;
}
function recordOf(entry, where, origin) {
    const shorthands = origin.shorthands ?? [];
    if (typeof entry === 'string' && shorthands.includes('reference')) {
        return { reference: entry, digest: byDigest(entry, where, origin) };
    }
    if (!isObject(entry))
        throw origin.error(where, String(JSON.stringify(entry)), origin.expected);
    if (!('reference' in entry) && shorthands.includes('cluster-entry')) {
        const clusterExtension = clusterEntryOf(entry, where, entry, origin);
        const reference = clusterExtension.image.reference;
        return {
            reference,
            digest: byDigest(reference, `${where}.image.reference`, origin),
            clusterExtension,
        };
    }
    const { reference } = entry;
    if (typeof reference !== 'string') {
        throw origin.error(`${where}.reference`, String(reference), REFERENCE);
    }
    const digest = byDigest(reference, `${where}.reference`, origin);
    // A record carries its digest beside its reference; the two saying otherwise is a mistake.
    if (entry.digest !== undefined && entry.digest !== digest) {
        throw origin.error(`${where}.digest`, shown(entry.digest), `${digest}, the digest of reference`);
    }
    const record = { reference, digest };
    if (entry.tags !== undefined)
        record.tags = strings(entry.tags, `${where}.tags`, origin);
    if (entry.promote !== undefined)
        record.promote = planOf(entry.promote, `${where}.promote`, origin);
    const target = optional(entry.target, isString, `${where}.target`, 'a target id', origin);
    if (target !== undefined)
        record.target = target;
    const name = optional(entry.name, isString, `${where}.name`, 'an extension name', origin);
    if (name !== undefined)
        record.name = name;
    const major = optional(entry.major, isMajor, `${where}.major`, 'a PostgreSQL major', origin);
    if (major !== undefined)
        record.major = major;
    const distribution = optional(entry.distribution, isString, `${where}.distribution`, 'a distribution codename', origin);
    if (distribution !== undefined)
        record.distribution = distribution;
    if (entry.clusterExtension !== undefined) {
        record.clusterExtension = clusterEntryOf(entry.clusterExtension, where, entry, origin);
    }
    return record;
}
/**
 * What `pgforge build` and `pgforge extension` print is an object whose `images` is the array
 * an action's output holds (beside `failed` or `layout`): either is taken.
 */
function imagesOf(value) {
    return isObject(value) && Array.isArray(value.images) ? value.images : value;
}
/**
 * The image records of an input: JSON text (or text `origin.parse` reads), or the value parsed
 * already. A mistake is thrown as `origin.error`, naming the field (`images[0].reference`), the
 * value and what is allowed.
 */
function parse_image_records_parseImageRecords(json, origin) {
    let value = json;
    if (typeof json === 'string') {
        try {
            value = (origin.parse ?? JSON.parse)(json);
        }
        catch (error) {
            throw origin.error(origin.input, clip(json), `${origin.expected} (${error.message})`);
        }
    }
    value = imagesOf(value);
    if (!Array.isArray(value))
        throw origin.error(origin.input, shown(value), origin.expected);
    return value.map((entry, i) => recordOf(entry, `${origin.input}[${i}]`, origin));
}

;// CONCATENATED MODULE: ./packages/summary/src/model.ts
/**
 * What a step summary says, apart from how it is written down. Each package builds one of
 * these; GitHub's step summary gets it as Markdown (markdown.ts) and a terminal as aligned
 * text (text.ts), so neither sees the other's syntax: no `<details>` in a terminal, no padded
 * columns in Markdown.
 */
const model_code = (text) => ({ kind: 'code', text });
const model_strong = (content) => ({ kind: 'strong', content });
const small = (content) => ({ kind: 'small', content });
const lineBreak = { kind: 'break' };
const fold = (title, body) => ({ kind: 'fold', title, body });
const model_heading = (level, text) => ({
    kind: 'heading',
    level,
    text,
});
const model_paragraph = (text) => ({ kind: 'paragraph', text });
const model_table = (header, rows) => ({
    kind: 'table',
    header,
    rows,
});
const list = (items) => ({ kind: 'list', items });
const model_codeBlock = (lines, language) => language === undefined ? { kind: 'codeBlock', lines } : { kind: 'codeBlock', lines, language };
const model_details = (title, body) => ({
    kind: 'details',
    title,
    body,
});
/** `items` with `separator` between each two: `join([code(a), code(b)], lineBreak)`. */
function model_join(items, separator) {
    return items.flatMap((item, i) => [...(i > 0 ? [separator] : []), ...model_inlines(item)]);
}
/** A Text as a list of inlines. */
const model_inlines = (text) => (isList(text) ? text : [text]);
// Array.isArray does not narrow a readonly array type.
const isList = (text) => Array.isArray(text);
/** The words of a Text without any mark: for a comparison or a one-line log. */
function plain(text) {
    return model_inlines(text)
        .map((i) => {
        if (typeof i === 'string')
            return i;
        switch (i.kind) {
            case 'code':
                return i.text;
            case 'strong':
            case 'small':
                return plain(i.content);
            case 'break':
                return '\n';
            case 'fold':
                return plain(i.title);
        }
    })
        .join('');
}

;// CONCATENATED MODULE: ./packages/summary/src/markdown.ts
/**
 * A summary as GitHub Flavored Markdown, for GITHUB_STEP_SUMMARY (and `--summary markdown`).
 * Where GitHub needs HTML (a folded section, a line break or a note inside a table cell) it
 * gets the HTML GitHub renders; everything else is plain Markdown.
 */

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function words(s, context) {
    if (context === 'html')
        return escapeHtml(s).replace(/\r?\n/g, ' ');
    if (context === 'cell')
        return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
    return s;
}
/** A code span: fenced by one backtick more than the longest run inside it. */
function codeSpan(s, context) {
    if (context === 'html')
        return `<code>${escapeHtml(s)}</code>`;
    const text = context === 'cell' ? s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') : s;
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = longest > 0 ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
function inline(text, context) {
    return model_inlines(text)
        .map((i) => {
        if (typeof i === 'string')
            return words(i, context);
        switch (i.kind) {
            case 'code':
                return codeSpan(i.text, context);
            case 'strong':
                return context === 'html'
                    ? `<strong>${inline(i.content, context)}</strong>`
                    : `**${inline(i.content, context)}**`;
            case 'small':
                return `<sub>${inline(i.content, context)}</sub>`;
            case 'break':
                return '<br>';
            case 'fold':
                return `<details><summary>${inline(i.title, 'html')}</summary>${inline(i.body, context)}</details>`;
        }
    })
        .join('');
}
/** `| a | b |`; an empty cell is `| |`. */
const markdown_row = (cells) => `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
function block(b) {
    switch (b.kind) {
        case 'heading':
            return `${'#'.repeat(b.level)} ${inline(b.text, 'block')}`;
        case 'paragraph':
            return inline(b.text, 'block');
        case 'list':
            return b.items.map((item) => `- ${inline(item, 'block')}`).join('\n');
        case 'table':
            return [
                markdown_row(b.header.map((h) => words(h, 'cell'))),
                markdown_row(b.header.map(() => '---')),
                ...b.rows.map((r) => markdown_row(r.map((cell) => inline(cell, 'cell')))),
            ].join('\n');
        case 'codeBlock': {
            const longest = Math.max(2, ...b.lines.flatMap((l) => [...l.matchAll(/`+/g)].map((m) => m[0].length)));
            const fence = '`'.repeat(longest + 1);
            return [`${fence}${b.language ?? ''}`, ...b.lines, fence].join('\n');
        }
        case 'details':
            return [
                `<details><summary>${inline(b.title, 'html')}</summary>`,
                '',
                ...b.body.map(block).flatMap((text) => [text, '']),
                '</details>',
            ].join('\n');
    }
}
/** The document as Markdown: blocks apart by a blank line, a new line at the end. */
function markdown_renderMarkdown(document) {
    return `${document.map(block).join('\n\n')}\n`;
}
/** One line of inline Markdown, as a list item or a paragraph holds it. */
const markdown_renderInlineMarkdown = (text) => inline(text, 'block');

// EXTERNAL MODULE: ./node_modules/string-width/index.js
var string_width = __webpack_require__(3831);
;// CONCATENATED MODULE: ./packages/summary/src/text.ts
/**
 * A summary as a terminal shows it: tables in columns padded to their display width (an emoji
 * takes two, a combining mark none), a line break in a cell a line of its own, a folded
 * section its title with the body indented under it, and no Markdown or HTML syntax at all.
 */



const GAP = '  ';
const INDENT = '  ';
/**
 * Control characters from a registry, a log or a file would move the cursor or recolour the
 * terminal: each is dropped; a tab, whose width depends on the column, is a space.
 */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g;
const sanitize = (s) => s.replace(/\t/g, ' ').replace(CONTROL, '');
/** Applied per line, so that a style never spans the padding or the next row. */
const perLine = (f) => (s) => s.split('\n').map(f).join('\n');
/** An inline as text: lines apart by `\n` (a line break, or a new line in a value). */
function text_inline(text, s) {
    return inlines(text)
        .map((i) => {
        if (typeof i === 'string')
            return sanitize(i);
        switch (i.kind) {
            case 'code':
                return sanitize(i.text);
            case 'strong':
                return perLine(s.bold)(text_inline(i.content, s));
            case 'small':
                return perLine(s.dim)(text_inline(i.content, s));
            case 'break':
                return '\n';
            case 'fold':
                return text_inline(i.title, s);
        }
    })
        .join('');
}
const width = (line) => stringWidth(line);
const pad = (line, to) => line + ' '.repeat(Math.max(0, to - width(line)));
function text_table(header, rows, s) {
    const cells = [
        header.map((h) => [s.bold(sanitize(h))]),
        ...rows.map((r) => header.map((_, c) => text_inline(r[c] ?? '', s).split('\n'))),
    ];
    const widths = header.map((_, c) => Math.max(...cells.map((r) => Math.max(...(r[c] ?? ['']).map(width)))));
    const lines = (r) => {
        const height = Math.max(...r.map((cell) => cell.length));
        return Array.from({ length: height }, (_, l) => r
            .map((cell, c) => c === r.length - 1 ? (cell[l] ?? '') : pad(cell[l] ?? '', widths[c] ?? 0))
            .join(GAP)
            .trimEnd());
    };
    // Rows of several lines are told apart by a blank line; one-line rows need none.
    const tall = cells.some((r) => r.some((cell) => cell.length > 1));
    return cells.flatMap((r, i) => [...(tall && i > 1 ? [''] : []), ...lines(r)]);
}
const indent = (lines) => lines.map((l) => (l === '' ? l : INDENT + l));
function text_block(b, s) {
    switch (b.kind) {
        case 'heading':
            return [perLine(s.bold)(text_inline(b.text, s))];
        case 'paragraph':
            return text_inline(b.text, s).split('\n');
        case 'list':
            return b.items.flatMap((item) => {
                const [first = '', ...more] = text_inline(item, s).split('\n');
                return [`- ${first}`, ...indent(more)];
            });
        case 'table':
            return text_table(b.header, b.rows, s);
        case 'codeBlock':
            return indent(b.lines.map(sanitize));
        case 'details':
            return [perLine(s.bold)(text_inline(b.title, s)), ...indent(blocks(b.body, s))];
    }
}
/** Blocks apart by a blank line. */
function blocks(document, s) {
    return document.flatMap((b, i) => [...(i > 0 ? [''] : []), ...text_block(b, s)]);
}
/** The document as text for a terminal, a new line at the end. */
function renderText(document, options) {
    return `${blocks(document, styleOf(options.color)).join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/summary/src/index.ts





;// CONCATENATED MODULE: ./packages/targets/src/notes.ts

/** One item per changed package, for summaries: `libkrb5-3 1.21.3-5+deb13u1 → …+deb13u2 (trixie-security; CVE-…)`. */
function noteItems(notes) {
    return notes.packages.map((p) => {
        const what = p.from === undefined
            ? `added ${p.to ?? ''}`
            : p.to === undefined
                ? `removed (was ${p.from})`
                : `${p.from} → ${p.to}`;
        const where = [p.suite, ...(p.cves.length > 0 ? [p.cves.join(', ')] : [])].filter(Boolean);
        return [
            ...(p.security ? [strong('security'), ' '] : []),
            code(p.name),
            ` ${what}${where.length > 0 ? ` (${where.join('; ')})` : ''}`,
        ];
    });
}
/** The same items as Markdown lines. */
const noteLines = (notes) => noteItems(notes).map(renderInlineMarkdown);

;// CONCATENATED MODULE: ./packages/targets/src/extension-annotations.ts
/**
 * The annotations of an extension image that other steps read back: CNPG's own keys (the
 * operand image it is built for, the SQL version CREATE EXTENSION gives) and pgforge's keys for
 * the metadata derived from the image (the fields of CNPG's `metadata.hcl`). The extension
 * action writes them; the smoke test and the catalog read them. One table, both sides.
 */
const CNPG_ANNOTATIONS = {
    baseName: 'io.cloudnativepg.image.base.name',
    pgMajor: 'io.cloudnativepg.image.base.pgmajor',
    os: 'io.cloudnativepg.image.base.os',
    sqlVersion: 'io.cloudnativepg.image.sql.version',
};
const METADATA_ANNOTATIONS = {
    sqlNames: 'io.pgforge.extension.sql-names',
    createExtension: 'io.pgforge.extension.create-extension',
    sharedPreloadLibraries: 'io.pgforge.extension.shared-preload-libraries',
    requiredExtensions: 'io.pgforge.extension.required-extensions',
    /**
     * Those of the required extensions the operand image itself ships (contrib), read from its
     * server package when the image was built: a catalog, reading the image later, has no APT.
     */
    requiredFromOperand: 'io.pgforge.extension.required-from-operand',
    /** The environment, a JSON array of `{name, value}` (values may hold commas). */
    env: 'io.pgforge.extension.env',
    ldLibraryPath: 'io.pgforge.extension.ld-library-path',
    binPath: 'io.pgforge.extension.bin-path',
    limitations: 'io.pgforge.extension.limitations',
};
const extension_annotations_list = (value) => value === undefined
    ? undefined
    : value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
function readExtensionAnnotations(annotations) {
    const sqlVersion = annotations[CNPG_ANNOTATIONS.sqlVersion];
    const create = annotations[METADATA_ANNOTATIONS.createExtension];
    const preload = extension_annotations_list(annotations[METADATA_ANNOTATIONS.sharedPreloadLibraries]);
    const requires = extension_annotations_list(annotations[METADATA_ANNOTATIONS.requiredExtensions]);
    // `name=version` or `name`, as the extension action writes them.
    const sqlNames = extension_annotations_list(annotations[METADATA_ANNOTATIONS.sqlNames])?.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? { name: entry } : { name: entry.slice(0, at), version: entry.slice(at + 1) };
    });
    return {
        ...(sqlVersion !== undefined ? { sqlVersion } : {}),
        ...(create !== undefined ? { createExtension: create !== 'false' } : {}),
        ...(preload ? { sharedPreloadLibraries: preload } : {}),
        ...(requires ? { requiredExtensions: requires } : {}),
        ...(sqlNames ? { sqlNames } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/targets/src/index.ts













;// CONCATENATED MODULE: ./packages/catalog/src/metadata.ts
/**
 * What a promoted extension image says of itself in its annotations (the extension action
 * derives the fields of CNPG's `metadata.hcl` and writes them there), read back from
 * production: the catalog takes the image's word, not the input's.
 *
 * Two uses. The fields CNPG's ExtensionConfiguration holds (`ld_library_path`, `bin_path`,
 * `env`) fill an entry the input left without them, and an input that disagrees is refused.
 * The fields it cannot hold (SQL names and default versions, `create_extension`,
 * `shared_preload_libraries`, `required_extensions`, licences, limitations) go into the
 * catalog's own `metadata.annotations`, one key per major × extension (see `noteKey`), and as
 * a comment above the entry (document.ts).
 */


/**
 * The image's environment, a JSON array of `{name, value}` (values hold `${image_root}` and may
 * hold commas, so not the comma-separated form of the other lists).
 */
const ENV_ANNOTATION = METADATA_ANNOTATIONS.env;
const LICENSES_ANNOTATION = 'org.opencontainers.image.licenses';
/** How the extension action joins limitations (sentences that may hold commas). */
const LIMITATION_SEPARATOR = ' | ';
const metadata_list = (value) => (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const isEnvVar = (v) => typeof v === 'object' &&
    v !== null &&
    typeof v.name === 'string' &&
    typeof v.value === 'string';
/**
 * The metadata `annotations` hold, or undefined for an image without any: one built before the
 * extension action derived it says nothing, which is not the same as saying "no library path".
 * `create-extension` is written for every image that carries metadata, so it tells them apart.
 */
function imageMetadata(annotations, image) {
    if (annotations[METADATA_ANNOTATIONS.createExtension] === undefined)
        return undefined;
    const known = readExtensionAnnotations(annotations);
    const sqlNames = metadata_list(annotations[METADATA_ANNOTATIONS.sqlNames]).map((s) => {
        const at = s.indexOf('=');
        return at < 0 ? { name: s } : { name: s.slice(0, at), version: s.slice(at + 1) };
    });
    let env;
    const envText = annotations[ENV_ANNOTATION];
    if (envText !== undefined) {
        let value;
        try {
            value = JSON.parse(envText);
        }
        catch {
            value = undefined;
        }
        if (!Array.isArray(value) || !value.every(isEnvVar)) {
            throw new CatalogError(`${image}: annotation ${ENV_ANNOTATION} is ${JSON.stringify(envText.slice(0, 200))}; expected a JSON array of {"name", "value"} strings`);
        }
        env = value.map((e) => ({ name: e.name, value: e.value }));
    }
    const licenses = annotations[LICENSES_ANNOTATION];
    const limitations = annotations[METADATA_ANNOTATIONS.limitations];
    return {
        sqlNames,
        createExtension: known.createExtension ?? true,
        sharedPreloadLibraries: known.sharedPreloadLibraries ?? [],
        requiredExtensions: known.requiredExtensions ?? [],
        requiredFromOperand: metadata_list(annotations[METADATA_ANNOTATIONS.requiredFromOperand]),
        ldLibraryPath: metadata_list(annotations[METADATA_ANNOTATIONS.ldLibraryPath]),
        binPath: metadata_list(annotations[METADATA_ANNOTATIONS.binPath]),
        ...(env ? { env } : {}),
        ...(licenses ? { licenses } : {}),
        limitations: limitations
            ? limitations
                .split(LIMITATION_SEPARATOR)
                .map((l) => l.trim())
                .filter(Boolean)
            : [],
    };
}
/** Where the image says a field is, for an error message. */
const ANNOTATION_OF = {
    ld_library_path: METADATA_ANNOTATIONS.ldLibraryPath,
    bin_path: METADATA_ANNOTATIONS.binPath,
    env: ENV_ANNOTATION,
};
/**
 * The annotation key of an entry's note: `extensions.pgforge.io/<major>.<name>`. One key per
 * entry rather than one JSON document for the catalog: `kubectl get clusterimagecatalog X -o
 * jsonpath` reads one extension without parsing the rest, a new image changes one line of a
 * diff, and the key is valid for every entry the CRD allows (a name is at most 59 characters,
 * so `<major>.<name>` fits the 63 of a key's name up to major 999). The prefix is a DNS
 * subdomain of the project, as Kubernetes asks of keys not its own.
 */
const metadata_NOTE_PREFIX = 'extensions.pgforge.io';
const noteKey = (major, name) => `${metadata_NOTE_PREFIX}/${major}.${name}`;
/** The extension names an entry provides: its SQL names, else its own name. */
function provides(name, metadata) {
    return metadata && metadata.sqlNames.length > 0 ? metadata.sqlNames.map((s) => s.name) : [name];
}
/**
 * The note of each entry of one catalog image that carries metadata, by entry name: each
 * required extension found in another entry, in contrib, or nowhere.
 */
function extensionNotes(entries) {
    const notes = new Map();
    for (const e of entries) {
        if (!e.metadata)
            continue;
        const required = e.metadata.requiredExtensions.map((name) => {
            const other = entries.find((o) => o.name !== e.name && provides(o.name, o.metadata).includes(name));
            if (other)
                return { name, from: 'entry', entry: other.name };
            // What the image itself read from the operand's server package when it was built.
            if (e.metadata?.requiredFromOperand.includes(name))
                return { name, from: 'contrib' };
            return { name, from: 'missing' };
        });
        notes.set(e.name, {
            image: e.image,
            sql_names: e.metadata.sqlNames,
            create_extension: e.metadata.createExtension,
            shared_preload_libraries: e.metadata.sharedPreloadLibraries,
            required_extensions: required,
            ...(e.metadata.licenses ? { licenses: e.metadata.licenses } : {}),
            limitations: e.metadata.limitations,
        });
    }
    return notes;
}
/** One line without line breaks or control characters: a comment cannot be broken out of. */
const oneLine = (text) => text
    // C0, DEL, C1 (NEL, U+0085, is a line break to YAML 1.1 parsers such as kubectl's) and the
    // Unicode line and paragraph separators.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/**
 * The comment above an entry: what a Cluster using it must set besides listing it. Empty when
 * there is nothing to do.
 */
function noteComment(note) {
    const lines = [];
    if (note.shared_preload_libraries.length > 0) {
        lines.push(`add to postgresql.shared_preload_libraries: ${note.shared_preload_libraries.join(', ')}`);
    }
    const from = (kind) => note.required_extensions.filter((r) => r.from === kind);
    const entries = note.required_extensions.flatMap((r) => r.from === 'entry' ? [r.entry === r.name ? r.name : `${r.entry} (for ${r.name})`] : []);
    if (entries.length > 0) {
        lines.push(`requires, so list too in .spec.postgresql.extensions: ${entries.join(', ')}`);
    }
    const contrib = from('contrib');
    if (contrib.length > 0) {
        lines.push(`requires ${contrib.map((r) => r.name).join(', ')}: PostgreSQL contrib, in the operand image`);
    }
    const missing = from('missing');
    if (missing.length > 0) {
        lines.push(`requires ${missing.map((r) => r.name).join(', ')}: not in this catalog (no extension entry, not contrib)`);
    }
    if (!note.create_extension) {
        lines.push('no CREATE EXTENSION: PostgreSQL loads its module or runs its programs by name');
    }
    for (const limitation of note.limitations)
        lines.push(`limitation: ${limitation}`);
    return lines.map(oneLine);
}
/** `[a, b]`: a list as YAML's flow style spells it, for messages. */
const flow = (values) => `[${values.join(', ')}]`;

;// CONCATENATED MODULE: ./packages/catalog/src/extensions.ts
/**
 * The extension images of a catalog: given as image records (the extension action's `images`
 * output, or its `cluster-extensions` entries, both naming them in the testing repository by
 * digest), each is looked up in production (a catalog names only what was promoted) and placed
 * by its own `io.cloudnativepg.image.base.pgmajor` and `.os` annotations, never by what the input
 * says. Its `ld_library_path`, `bin_path` and `env` are the image's own too (metadata.ts): taken
 * from its annotations when the input leaves them out, and an input that says otherwise is
 * refused.
 */





const PGMAJOR_ANNOTATION = 'io.cloudnativepg.image.base.pgmajor';
const OS_ANNOTATION = 'io.cloudnativepg.image.base.os';
const EXPECTED = "the extension action's images output (JSON) or its cluster-extensions entries (YAML), each naming its image by digest";
/**
 * The `extensions` input, as its front ends read it with parseImageRecords: JSON or YAML, of
 * image records or of a Cluster's entries.
 */
const EXTENSIONS_INPUT = {
    input: 'extensions',
    expected: EXPECTED,
    shorthands: ['cluster-entry'],
    parse: dist/* parse */.qg,
    error: (field, value, allowed) => CatalogError.notAllowed(field, value, allowed),
};
/**
 * Each record's entry, naming its image where promote put it: `promote.repository` when the
 * record has one, else the testing repository without its `-testing` suffix.
 */
function extensionsOf(records) {
    return records.map((record, i) => {
        const where = `${EXTENSIONS_INPUT.input}[${i}]`;
        const cluster = record.clusterExtension;
        if (cluster === undefined) {
            throw CatalogError.notAllowed(where, JSON.stringify(record).slice(0, 200), EXPECTED);
        }
        const ref = reference_parseReference(record.reference);
        const repository = formatReference({ registry: ref.registry, repository: ref.repository });
        const production = record.promote?.repository ?? productionRepositoryOf(repository) ?? repository;
        const entry = {
            ...cluster,
            image: { reference: `${production}@${record.digest}` },
        };
        return { entry, production: entry.image.reference, where };
    });
}
const sameList = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
const envText = (env) => flow(env.map((e) => `${e.name}=${e.value}`));
const extensions_byName = (x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
/** env is a set by name (the CRD's list-type map): order does not matter. */
const sameEnv = (a, b) => envText([...a].sort(extensions_byName)) === envText([...b].sort(extensions_byName));
/**
 * The entry with the image's `ld_library_path`, `bin_path` and `env` where the input has none;
 * an input that says otherwise than the image is refused, naming both. An image without
 * metadata leaves the entry as the input gave it (it says nothing to check against).
 */
function reconcileEntry(parsed, metadata) {
    if (!metadata)
        return parsed.entry;
    const entry = { ...parsed.entry };
    const refuse = (field, given, image) => {
        throw CatalogError.notAllowed(`${parsed.where}.${field}`, given, `${image}, what extension ${entry.name}'s promoted image ${parsed.production} says in its ${ANNOTATION_OF[field]} annotation (leave ${field} out of the input to take the image's)`);
    };
    const paths = [
        ['ld_library_path', metadata.ldLibraryPath],
        ['bin_path', metadata.binPath],
    ];
    for (const [field, image] of paths) {
        const given = entry[field];
        if (given === undefined) {
            if (image.length > 0)
                entry[field] = [...image];
        }
        else if (!sameList(given, image)) {
            refuse(field, flow(given), flow(image));
        }
    }
    if (metadata.env !== undefined) {
        if (entry.env === undefined) {
            if (metadata.env.length > 0)
                entry.env = metadata.env.map((e) => ({ ...e }));
        }
        else if (!sameEnv(entry.env, metadata.env)) {
            refuse('env', envText(entry.env), envText(metadata.env));
        }
    }
    return entry;
}
/**
 * Reads each extension's annotations in production, where it must have been promoted to: its
 * major and distribution, and its metadata, which completes and checks its entry.
 */
async function placeExtensions(parsed, registry, log) {
    const placed = [];
    for (const p of parsed) {
        const { entry, production } = p;
        if ((await registry.resolveDigest(production)) === undefined) {
            throw new CatalogError(`extension ${entry.name}: ${production} is not in production; promote it first (a catalog names promoted images only)`);
        }
        const annotations = await registry.imageAnnotations(production);
        const major = Number(annotations[PGMAJOR_ANNOTATION]);
        const os = annotations[OS_ANNOTATION];
        if (!Number.isInteger(major) || os === undefined) {
            throw new CatalogError(`extension ${entry.name}: ${production} has no ${!Number.isInteger(major) ? PGMAJOR_ANNOTATION : OS_ANNOTATION} annotation; ` +
                'an extension image says which PostgreSQL major and distribution it is for (the extension action sets both)');
        }
        const metadata = imageMetadata(annotations, `extension ${entry.name}: ${production}`);
        if (!metadata) {
            log?.(`extension ${entry.name}: ${production} carries no io.pgforge.extension.* metadata; its entry is the input's, unchecked, with no note`);
        }
        placed.push({
            entry: reconcileEntry(p, metadata),
            major,
            os,
            ...(metadata ? { metadata } : {}),
        });
    }
    return placed;
}
/**
 * The extensions of one catalog image: from PG 18 (extension_control_path), one per name,
 * sorted by name, each with what the image says of itself.
 */
function placedFor(placed, major, os) {
    if (major < 18)
        return [];
    const chosen = placed.filter((p) => p.major === major && p.os === os);
    const names = new Map();
    for (const p of chosen) {
        const other = names.get(p.entry.name);
        if (other !== undefined && other.entry.image.reference !== p.entry.image.reference) {
            throw new CatalogError(`extension ${p.entry.name} is given twice for PostgreSQL ${major} on ${os} (${other.entry.image.reference} and ${p.entry.image.reference}); a catalog image holds one per name`);
        }
        names.set(p.entry.name, p);
    }
    return [...names.values()].sort((a, b) => a.entry.name.localeCompare(b.entry.name));
}
/** The entries of one catalog image (see placedFor). */
function extensionsFor(placed, major, os) {
    return placedFor(placed, major, os).map((p) => p.entry);
}
/** The notes of one catalog image's entries (metadata.ts), by entry name. */
function notesFor(chosen) {
    return extensionNotes(chosen.map((p) => ({
        name: p.entry.name,
        image: p.entry.image.reference,
        ...(p.metadata ? { metadata: p.metadata } : {}),
    })));
}

;// CONCATENATED MODULE: ./packages/catalog/src/document.ts
/**
 * CNPG's catalog documents, as CNPG publishes them: one `ClusterImageCatalog` (or namespaced
 * `ImageCatalog`) per flavour × distribution, `catalog-<flavour>-<distribution>.yaml`, named
 * `<family>-<flavour>-<distribution>`, with the `images.cnpg.io/*` labels, and a
 * `kustomization.yaml` listing them. The rules of CNPG's CRD that a catalog can break are
 * checked here too (the API server would refuse the document otherwise).
 *
 * What an extension entry cannot hold (SQL names, preload, required extensions, licences,
 * limitations: metadata.ts) is in `metadata.annotations`, one JSON value per major × entry
 * under `extensions.pgforge.io/<major>.<name>`, and said again in a comment above the entry.
 * Annotations rather than labels (free text, up to 256 KiB in all), on the catalog itself
 * rather than in a file beside it: whoever reads the catalog, `kubectl` or a tool, has them,
 * and the cosign bundle covers them. The comment is for a person reading the file; the
 * annotation is what a tool reads (comments do not survive `kubectl apply`).
 */




const CATALOG_KINDS = ['ClusterImageCatalog', 'ImageCatalog'];
const API_VERSION = 'postgresql.cnpg.io/v1';
// Kubernetes: a label value is at most 63 characters of [A-Za-z0-9-_.], alphanumeric at each end.
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
// An object name: a DNS subdomain, lower case.
const DNS_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/;
const EXTENSION_NAME = /^[a-z0-9]([-a-z0-9_]*[a-z0-9])?$/;
const document_ENV_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
// An annotation key: an optional DNS subdomain prefix and `/`, then a name of at most 63
// characters of [A-Za-z0-9-_.], alphanumeric at each end.
const KEY_NAME = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
/** Kubernetes' limit on all the annotations of an object together (keys and values). */
const MAX_ANNOTATION_BYTES = 256 * 1024;
/** Whether `key` is a valid Kubernetes annotation key. */
function isAnnotationKey(key) {
    const slash = key.lastIndexOf('/');
    const prefix = slash < 0 ? undefined : key.slice(0, slash);
    const name = slash < 0 ? key : key.slice(slash + 1);
    if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)))
        return false;
    return KEY_NAME.test(name);
}
/** A label value made of any text: invalid characters become `-`, trimmed to 63. */
function labelValue(text) {
    const cleaned = text
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .slice(0, 63)
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    return cleaned;
}
const catalogFileName = (flavour, distribution) => `catalog-${flavour}-${distribution}.yaml`;
function catalogDocument(id, images) {
    const name = `${id.family}-${id.flavour}-${id.distribution}`.toLowerCase();
    const annotations = {};
    for (const i of images) {
        for (const e of i.extensions ?? []) {
            const note = i.notes?.[e.name];
            if (note)
                annotations[noteKey(i.major, e.name)] = JSON.stringify(note);
        }
    }
    const doc = {
        apiVersion: API_VERSION,
        kind: id.kind,
        metadata: {
            name,
            ...(id.kind === 'ImageCatalog' && id.namespace ? { namespace: id.namespace } : {}),
            labels: {
                'images.cnpg.io/family': labelValue(id.family),
                'images.cnpg.io/type': labelValue(id.flavour),
                'images.cnpg.io/os': labelValue(id.distribution),
                'images.cnpg.io/date': id.date,
                'images.cnpg.io/publisher': labelValue(id.publisher),
            },
            ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
        },
        spec: {
            images: images.map((i) => ({
                major: i.major,
                image: i.image,
                ...(i.extensions && i.extensions.length > 0 ? { extensions: i.extensions } : {}),
            })),
        },
    };
    checkCatalog(doc);
    return doc;
}
/** The CRD's rules a generated catalog could break; the first broken one, as an error. */
function checkCatalog(doc) {
    const fail = (reason) => {
        throw new CatalogError(`catalog ${doc.metadata.name}: ${reason}`);
    };
    if (!DNS_SUBDOMAIN.test(doc.metadata.name)) {
        fail(`the name is not a DNS subdomain (lower case letters, digits, - and .)`);
    }
    for (const [key, value] of Object.entries(doc.metadata.labels)) {
        if (!LABEL_VALUE.test(value))
            fail(`label ${key}: ${JSON.stringify(value)} is not a label value`);
    }
    let bytes = 0;
    for (const [key, value] of Object.entries(doc.metadata.annotations ?? {})) {
        if (!isAnnotationKey(key)) {
            fail(`annotation key ${JSON.stringify(key)} is not allowed (a DNS subdomain prefix, /, and a name of at most 63 of A-Z a-z 0-9 - _ .)`);
        }
        bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
    }
    if (bytes > MAX_ANNOTATION_BYTES) {
        fail(`its annotations take ${bytes} bytes; Kubernetes allows ${MAX_ANNOTATION_BYTES} in all`);
    }
    const { images } = doc.spec;
    if (images.length === 0)
        fail('no image: a catalog holds at least one');
    if (images.length > MAX_CATALOG_MAJORS)
        fail(`${images.length} images; CNPG takes at most ${MAX_CATALOG_MAJORS}`);
    const majors = new Set();
    for (const i of images) {
        if (!Number.isInteger(i.major) || i.major < 10)
            fail(`major ${i.major} is not one of 10 or later`);
        if (majors.has(i.major))
            fail(`major ${i.major} is given twice; majors are unique`);
        majors.add(i.major);
        if (!/@sha256:[0-9a-f]{64}$/.test(i.image))
            fail(`${i.image} is not pinned by digest`);
        const names = new Set();
        for (const e of i.extensions ?? []) {
            if (!EXTENSION_NAME.test(e.name) || e.name.length > 59)
                fail(`extension name ${JSON.stringify(e.name)} is not allowed`);
            if (names.has(e.name))
                fail(`extension ${e.name} is given twice for major ${i.major}`);
            names.add(e.name);
            for (const v of e.env ?? []) {
                if (!document_ENV_NAME.test(v.name) || typeof v.value !== 'string' || v.value === '') {
                    fail(`extension ${e.name}: env ${JSON.stringify(v)} is not allowed (a name of letters, digits and _, not starting with a digit, and a value)`);
                }
            }
        }
    }
}
/** The note of an entry, when the catalog's annotations hold one (written by catalogDocument). */
function noteOf(doc, major, name) {
    const text = doc.metadata.annotations?.[noteKey(major, name)];
    return text === undefined ? undefined : JSON.parse(text);
}
/**
 * The document as YAML, each extension entry with a note preceded by a comment saying what a
 * Cluster using it must do besides listing it (read back from the annotation: one source).
 */
function catalogYaml(doc) {
    const yaml = new dist/* Document */.yo(doc);
    const images = yaml.getIn(['spec', 'images'], true);
    if ((0,dist/* isSeq */.oP)(images)) {
        images.items.forEach((item, i) => {
            const image = doc.spec.images[i];
            const extensions = (0,dist/* isMap */.jh)(item) ? item.get('extensions', true) : undefined;
            if (!image || !(0,dist/* isSeq */.oP)(extensions))
                return;
            extensions.items.forEach((node, j) => {
                const name = image.extensions?.[j]?.name;
                const note = name === undefined ? undefined : noteOf(doc, image.major, name);
                const lines = note ? noteComment(note) : [];
                if (lines.length > 0 && (0,dist/* isMap */.jh)(node)) {
                    node.commentBefore = lines.map((l) => ` ${l}`).join('\n');
                }
            });
        });
    }
    return yaml.toString({ lineWidth: 0 });
}
/** Keys of the catalog's annotations that are extension notes. */
const isNoteKey = (key) => key.startsWith(`${NOTE_PREFIX}/`);
function kustomizationYaml(files) {
    return (0,dist/* stringify */.As)({
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        resources: [...files].sort(),
    }, { lineWidth: 0 });
}

;// CONCATENATED MODULE: ./packages/attest/src/errors.ts
/**
 * Errors of signing and attaching: each names the thing, the value, and what was expected. A
 * bad option is a person's mistake, `UserError.notAllowed(option, value, expected)`; these are
 * failures of the tools and services the attestation needs.
 */
class errors_AttestError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'AttestError';
    }
}
/** cosign failed (signing, attaching or reading the key); the message carries its last output. */
class CosignError extends errors_AttestError {
    step;
    constructor(step, reason, options) {
        super(`cosign could not ${step}: ${reason}`, options);
        this.step = step;
        this.name = 'CosignError';
    }
}
/** The GitHub (Sigstore) signer failed or is not available. */
class errors_GithubSigningError extends errors_AttestError {
    constructor(reason, options) {
        super(`signing with GitHub's Sigstore failed: ${reason}`, options);
        this.name = 'GithubSigningError';
    }
}

;// CONCATENATED MODULE: ./packages/attest/src/subjects.ts
/**
 * What is attested: image references by digest, from a list a person writes or from the build or
 * extension action's image records (`images`, read by parseImageRecords).
 */



const subjects_EXPECTED = 'image references with a digest (registry/repository@sha256:<64 hex digits>), one per line, ' +
    "or the build or extension action's images output (a JSON array of entries with reference)";
/** One reference, which must carry a sha256 digest. */
function parseSubject(value, target) {
    let ref;
    try {
        ref = parseReference(value);
    }
    catch (error) {
        if (error instanceof InvalidReferenceError) {
            throw UserError.notAllowed('subjects', value, `${subjects_EXPECTED} (${error.rule})`);
        }
        throw error;
    }
    if (ref.digest === undefined) {
        throw UserError.notAllowed('subjects', value, `${subjects_EXPECTED}; this one has no digest`);
    }
    // cosign's .att tags and in-toto subjects of images are sha256 only.
    if (parseDigest(ref.digest).algorithm !== 'sha256') {
        throw UserError.notAllowed('subjects', value, `${subjects_EXPECTED}; only sha256 digests are signed`);
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
    expected: subjects_EXPECTED,
    shorthands: ['reference'],
    error: (field, value, allowed) => user_error_UserError.notAllowed('subjects', value, field === 'subjects' ? allowed : `${subjects_EXPECTED}; ${field}: ${allowed}`),
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
        ? subjectsOf(parseImageRecords(trimmed, SUBJECTS_INPUT))
        : once(trimmed
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '')
            .map((s) => parseSubject(s)));
    if (subjects.length === 0)
        throw UserError.notAllowed('subjects', text, subjects_EXPECTED);
    return subjects;
}
/** The in-toto subject of an image: its name without tag, and the digest as algorithm → hex. */
function subjects_statementSubject(subject) {
    const { algorithm, hex } = parseDigest(subject.digest);
    return { name: `${subject.registry}/${subject.repository}`, digest: { [algorithm]: hex } };
}

;// CONCATENATED MODULE: ./packages/attest/src/provenance.ts
/**
 * The SLSA provenance v1 predicate (slsa.dev/spec/v1.1/provenance) of an image built by this
 * project in a GitHub Actions run. Which fields mean what is the build type's business; ours is
 * documented in this package's README (section "Build type").
 */



const provenance_SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
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
    const ref = parseReference(image);
    const hub = ref.registry === 'docker.io';
    const path = hub ? ref.repository.replace(/^library\//, '') : ref.repository;
    const version = ref.tag ?? ref.digest ?? 'latest';
    const qualifier = hub ? '' : `?repository_url=${encodeURIComponent(ref.registry)}`;
    const descriptor = {
        uri: `pkg:docker/${path}@${encodeURIComponent(version)}${qualifier}`,
    };
    const pinned = digest ?? ref.digest;
    if (pinned !== undefined) {
        const { algorithm, hex } = parseDigest(pinned);
        descriptor.digest = { [algorithm]: hex };
    }
    return descriptor;
}
function compactRecord(record) {
    return Object.fromEntries(Object.entries(record).filter((e) => e[1] !== undefined));
}
function provenance_buildProvenance(options) {
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
const sbom_SPDX_PREDICATE_TYPE = 'https://spdx.dev/Document';
const sbom_CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
const sbom_EXPECTED = (/* unused pure expression or super */ null && ('an SPDX JSON document (with spdxVersion "SPDX-2.x") or a CycloneDX JSON document ' +
    '(with bomFormat "CycloneDX")'));
/** Reads the SBOM's format from its content; `source` names it in errors (its path). */
function sbom_sbomPredicate(text, source) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw UserError.notAllowed('sbom', source, `${sbom_EXPECTED}; it is not JSON (${error.message})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw UserError.notAllowed('sbom', source, `${sbom_EXPECTED}; it is not a JSON object`);
    }
    const document = parsed;
    if (typeof document.spdxVersion === 'string' && document.spdxVersion.startsWith('SPDX-')) {
        return { format: 'spdx-json', predicateType: sbom_SPDX_PREDICATE_TYPE, document };
    }
    if (document.bomFormat === 'CycloneDX') {
        return { format: 'cyclonedx-json', predicateType: sbom_CYCLONEDX_PREDICATE_TYPE, document };
    }
    throw UserError.notAllowed('sbom', source, sbom_EXPECTED);
}

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
function dsse_envelopePayload(envelope) {
    return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
}

;// CONCATENATED MODULE: ./packages/attest/src/verify.ts
/**
 * Verifying that an image carries an attestation signed by the expected signer, as promote's
 * gate: with the public half of a cosign key (offline, no transparency log), or with the
 * identity Sigstore's certificate must name (a GitHub workflow), through the cosign CLI.
 */



/** cosign's `--type` for a predicate type: its short name where it has one, else the URI. */
function verify_cosignType(predicateType) {
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
function verify_verifyAttestationArgs(verification, predicateType, reference) {
    const type = ['--type', verify_cosignType(predicateType)];
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
    const args = verify_verifyAttestationArgs(options.verification, options.predicateType, options.reference);
    const command = commandLine(binary, args);
    const run = options.run ??
        ((cmd, a) => exec(cmd, a, { env: options.env, timeoutMs: options.timeoutMs ?? 300_000 }));
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
function cosign_cosignVerifyCommand(publicKey, predicateType, reference) {
    return commandLine('cosign', verifyAttestationArgs({ method: 'cosign-key', publicKey }, predicateType, reference));
}
/**
 * Verifies the saved envelope against the saved image manifest (whose sha256 is the subject's
 * digest), with no registry at all.
 */
function cosign_cosignVerifyFileCommand(publicKey, predicateType, envelope, manifest) {
    return commandLine('cosign', [
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
class cosign_Cosign {
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
        this.options.log?.(exec_commandLine(this.binary, args));
        try {
            return await execOrThrow(this.binary, args, {
                env: this.env(),
                timeoutMs: this.options.timeoutMs ?? 300_000,
            });
        }
        catch (error) {
            if (error instanceof ExecError) {
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

;// CONCATENATED MODULE: ./packages/attest/src/command.ts
/**
 * The attest command: what the attest action (and later `pgforge attest`) calls. For each image
 * digest it builds one in-toto Statement v1 (SLSA provenance or an SBOM), signs it with a cosign
 * key or through GitHub's Sigstore signer, saves the signed envelope or bundle and the image's
 * manifest (so the files verify without a registry), pushes the attestation next to the image,
 * and says the exact commands that verify it.
 */















const ATTEST_KINDS = (/* unused pure expression or super */ null && (['provenance', 'sbom']));
const SIGNING_METHODS = (/* unused pure expression or super */ null && (['github', 'cosign-key']));
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
            throw UserError.notAllowed('targets', subject.target, `the target ${subject.reference} was built from; the targets given are ${input.targets.map((t) => t.id).join(', ') || 'none'}`);
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
    return `${subject.repository.replace(/\//g, '-')}-${parseDigest(subject.digest).hex.slice(0, 12)}`;
}
function attTag(subject) {
    return `${subject.registry}/${subject.repository}:${subject.digest.replace(':', '-')}.att`;
}
function ghVerifyCommands(subject, predicateType, repository, bundle, manifest, pushed) {
    const type = predicateType === SLSA_PROVENANCE_V1 ? [] : ['--predicate-type', predicateType];
    const oci = `oci://${subject.reference}`;
    return [
        commandLine('gh', [
            'attestation',
            'verify',
            oci,
            '--repo',
            repository,
            ...type,
            ...(pushed ? ['--bundle-from-oci'] : []),
        ]),
        commandLine('gh', [
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
        heading(2, `${kind === 'provenance' ? 'SLSA provenance' : 'SBOM'} attestations (${method === 'github' ? 'Sigstore via GitHub' : 'cosign key'})`),
        table(['image', 'predicate type', 'pushed', 'bundle'], attestations.map((a) => [
            code(a.subject),
            a.predicateType,
            a.pushed ? code(a.pushed) : 'no',
            code(a.bundle),
        ])),
        paragraph('Verify with:'),
        codeBlock(attestations.flatMap((a) => a.verifyCommands), 'sh'),
    ];
}
async function attestCommand(options) {
    const log = options.log ?? (() => undefined);
    if (options.subjects.length === 0) {
        throw UserError.notAllowed('subjects', '', 'at least one image reference with a digest');
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
            throw UserError.notAllowed('sbom', '', 'the path of an SPDX or CycloneDX JSON file for kind sbom');
        }
        const file = options.sbomFile;
        const text = await readFile(file, 'utf8').catch((error) => {
            throw UserError.notAllowed('sbom', file, `a readable SPDX or CycloneDX JSON file (${error.code ?? error.message})`);
        });
        const sbom = sbomPredicate(text, file);
        log(`${file}: ${sbom.format}, predicate type ${sbom.predicateType}`);
        predicateOf = () => ({ predicateType: sbom.predicateType, predicate: sbom.document });
    }
    await mkdir(options.outputDir, { recursive: true });
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
            publicKey = join(options.outputDir, 'cosign.pub');
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
            const stem = join(options.outputDir, `${fileStem(subject)}.${options.kind}`);
            const manifest = `${stem}.manifest.json`;
            await writeFile(manifest, fetched.bytes);
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
        summary: renderMarkdown(document),
        summaryDocument: document,
    };
}
async function signWithCosign(cosign, publicKey, subject, statement, stem, manifest, push, workDir) {
    const envelope = await cosign.signDsse(statementBytes(statement), join(workDir, 'sign'));
    const bundle = `${stem}.dsse.json`;
    await writeFile(bundle, JSON.stringify(envelope));
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
    await writeFile(bundle, bytes);
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
    if (!isDeepStrictEqual(signed, JSON.parse(JSON.stringify(statement)))) {
        throw new GithubSigningError(`the signed statement is not the one built for ${statement.subject[0]?.name ?? 'the image'}`);
    }
}

;// CONCATENATED MODULE: ./packages/attest/src/index.ts














;// CONCATENATED MODULE: ./packages/catalog/src/summary.ts

/** An image's extensions, each with what its note asks of a Cluster beyond listing it. */
function extensionsCell(image) {
    const cells = (image.extensions ?? []).map((e) => {
        const note = image.notes?.[e.name];
        const preload = note?.shared_preload_libraries ?? [];
        const missing = (note?.required_extensions ?? []).filter((r) => r.from === 'missing');
        const extra = [
            ...(preload.length > 0 ? [['preload ', ...model_join(preload.map(model_code), ', ')]] : []),
            ...(missing.length > 0
                ? [
                    [
                        '⚠ lacks ',
                        ...model_join(missing.map((r) => model_code(r.name)), ', '),
                    ],
                ]
                : []),
        ];
        return extra.length > 0 ? [model_code(e.name), ' (', ...model_join(extra, '; '), ')'] : model_code(e.name);
    });
    return cells.length > 0 ? model_join(cells, ' ') : '–';
}
/** The step summary: one row per catalog image. */
function catalogSummaryDocument(catalogs, empty) {
    return [
        model_heading(3, `Catalogs: ${catalogs.length} written${empty.length ? `, ${empty.length} with no promoted image (${empty.join(', ')})` : ''}`),
        model_table(['catalog', 'major', 'image', 'extensions'], catalogs.flatMap((c) => c.images.map((i) => [model_code(c.name), String(i.major), model_code(i.image), extensionsCell(i)]))),
    ];
}
/** The step summary as Markdown. */
const catalogSummary = (catalogs, empty) => markdown_renderMarkdown(catalogSummaryDocument(catalogs, empty));

;// CONCATENATED MODULE: ./packages/catalog/src/write-catalogs.ts
/**
 * `writeCatalogs`: CNPG's image catalogs of what production holds now. For each flavour ×
 * distribution it lists the production repository's tags once, picks the newest immutable tag
 * of each major (select.ts), pins it by the digest the registry answers for it, adds the
 * extension images promoted for that major and distribution, and writes the files and a
 * kustomization; optionally a cosign bundle beside each file. An extension's metadata, as its
 * image says it (metadata.ts), goes into the catalog's annotations and a comment above its
 * entry; a required extension that neither another entry of the catalog image nor contrib
 * provides is a warning.
 */









const VENDOR = 'org.opencontainers.image.vendor';
function defaultPublisher(config, repository) {
    const vendor = config.annotations[VENDOR];
    if (vendor)
        return vendor;
    const path = reference_parseReference(repository).repository.split('/');
    return path.length > 1 ? (path[0] ?? 'pgforge') : reference_parseReference(repository).registry;
}
const yyyymmdd = (d) => d.toISOString().slice(0, 10).replace(/-/g, '');
async function writeCatalogs(options) {
    const { config } = options;
    if (options.kind === 'ImageCatalog' && !options.namespace) {
        throw CatalogError.notAllowed('namespace', '', 'the namespace of the ImageCatalog (kind: ImageCatalog is namespaced)');
    }
    const repository = lowercaseName(options.repository ?? `${config.registry}/${config.name}`);
    try {
        const ref = reference_parseReference(repository);
        if (ref.tag !== undefined || ref.digest !== undefined)
            throw new Error('it names a tag or digest');
    }
    catch (error) {
        throw CatalogError.notAllowed('repository', repository, `a repository, without tag or digest (${error.message})`);
    }
    // The configuration's, after any override of the flavours and distributions (loadConfig
    // checks that each flavour named is defined).
    const flavours = config.selectedFlavours;
    const distributions = config.distributions;
    // The configuration's name (CNPG's "postgresql"), whatever repository is read.
    const family = config.name.split('/').at(-1) ?? config.name;
    const publisher = options.publisher ?? defaultPublisher(config, repository);
    const date = yyyymmdd(options.now);
    const placed = await placeExtensions(extensionsOf(options.extensions ?? []), options.registry, options.log);
    const tags = await options.registry.listTags(reference_parseReference(repository));
    options.log?.(`${repository}: ${tags.length} tags`);
    await (0,promises_.mkdir)(options.outputDir, { recursive: true });
    const catalogs = [];
    const empty = [];
    const files = [];
    let cosign;
    try {
        for (const flavour of flavours) {
            for (const distribution of distributions) {
                const chosen = selectImages(tags, {
                    template: config.tags.immutable,
                    flavour,
                    distribution,
                    previews: options.previews,
                });
                if (chosen.length === 0) {
                    empty.push(`${flavour}-${distribution}`);
                    options.warn?.(`no promoted ${flavour} image on ${distribution} in ${repository}: no catalog-${flavour}-${distribution}.yaml`);
                    continue;
                }
                const images = [];
                for (const c of chosen) {
                    const digest = await options.registry.resolveDigest(`${repository}:${c.tag}`);
                    if (digest === undefined) {
                        throw new CatalogError(`${repository}:${c.tag} was listed but does not resolve; run again`);
                    }
                    const chosenExtensions = placedFor(placed, c.major, distribution);
                    const extensions = chosenExtensions.map((p) => p.entry);
                    const notes = notesFor(chosenExtensions);
                    for (const [name, note] of notes) {
                        const missing = note.required_extensions.filter((r) => r.from === 'missing');
                        if (missing.length === 0)
                            continue;
                        options.warn?.(`${catalogFileName(flavour, distribution)}: extension ${name} (PostgreSQL ${c.major}) requires ` +
                            `${missing.map((r) => r.name).join(', ')}, which this catalog does not provide (no other extension entry ` +
                            `of PostgreSQL ${c.major} on ${distribution} holds it, and it is not PostgreSQL contrib): CREATE EXTENSION ` +
                            `fails unless the ${flavour} operand image has it; add its extension image to the extensions input`);
                    }
                    images.push({
                        major: c.major,
                        image: `${repository}:${c.tag}@${digest}`,
                        ...(extensions.length > 0 ? { extensions } : {}),
                        ...(notes.size > 0 ? { notes: Object.fromEntries(notes) } : {}),
                    });
                }
                const doc = catalogDocument({
                    kind: options.kind,
                    ...(options.namespace ? { namespace: options.namespace } : {}),
                    family,
                    flavour,
                    distribution,
                    date,
                    publisher,
                }, images);
                const file = (0,external_node_path_.join)(options.outputDir, catalogFileName(flavour, distribution));
                await (0,promises_.writeFile)(file, catalogYaml(doc));
                files.push(file);
                const written = {
                    file,
                    name: doc.metadata.name,
                    flavour,
                    distribution,
                    images,
                };
                if (options.sign) {
                    cosign ??= new cosign_Cosign({
                        key: options.sign.key,
                        ...(options.sign.password !== undefined ? { password: options.sign.password } : {}),
                        env: options.sign.env,
                        workDir: options.sign.workDir,
                    });
                    const bundle = `${file}.bundle`;
                    await cosign.signBlob(file, bundle);
                    files.push(bundle);
                    written.bundle = bundle;
                }
                catalogs.push(written);
            }
        }
    }
    finally {
        await cosign?.dispose();
    }
    if (catalogs.length === 0) {
        throw new CatalogError(`${repository} holds no promoted image for ${flavours.join(', ')} on ${distributions.join(', ')} (tags of the form ${config.tags.immutable}); promote images first`);
    }
    const kustomization = (0,external_node_path_.join)(options.outputDir, 'kustomization.yaml');
    await (0,promises_.writeFile)(kustomization, kustomizationYaml(catalogs.map((c) => catalogFileName(c.flavour, c.distribution))));
    files.push(kustomization);
    return {
        directory: options.outputDir,
        files,
        catalogs,
        empty,
        summary: catalogSummary(catalogs, empty),
    };
}

;// CONCATENATED MODULE: ./packages/catalog/src/run.ts
/**
 * The catalog from its settings as the action and the CLI both take them: the configuration
 * is loaded with the overrides, and a signing key given as a path or as PEM text is told apart
 * here, once, for both.
 */




function keyOf(value) {
    const key = cosignKeyOf(value);
    if (key)
        return key;
    // The value is never repeated: a key pasted without its PEM armour is still a secret.
    throw CatalogError.notAllowed('cosign-key', '(not shown: it may be a secret)', 'an existing file, or the PEM text of a cosign private key');
}
async function catalogCommand(settings) {
    const s = settings;
    return writeCatalogs({
        config: await load_loadConfig(s.configFile, { overrides: s.overrides }),
        ...(s.repository ? { repository: s.repository } : {}),
        ...(s.extensions ? { extensions: s.extensions } : {}),
        kind: s.kind,
        ...(s.namespace ? { namespace: s.namespace } : {}),
        previews: s.previews,
        ...(s.publisher ? { publisher: s.publisher } : {}),
        outputDir: s.outputDir,
        now: s.now ?? new Date(),
        registry: s.registry,
        ...(s.log ? { log: s.log } : {}),
        ...(s.warn ? { warn: s.warn } : {}),
        ...(s.cosignKey
            ? {
                sign: {
                    key: keyOf(s.cosignKey),
                    ...(s.cosignPassword !== undefined ? { password: s.cosignPassword } : {}),
                    env: s.env,
                    workDir: s.workDir,
                },
            }
            : {}),
    });
}

;// CONCATENATED MODULE: ./packages/catalog/src/index.ts









;// CONCATENATED MODULE: ./actions/catalog/src/context.ts







/** Parses every input once into the typed object `main` runs with. */
function getInputs(env = process.env) {
    const configFile = stringInput('config');
    const flavours = listInput('flavours');
    const distributions = listInput('distributions');
    const optional = (name) => stringInput(name);
    const repository = optional('repository');
    const extensions = optional('extensions');
    const namespace = optional('namespace');
    const publisher = optional('publisher');
    const cosignKey = optional('cosign-key');
    const cosignPassword = optional('cosign-password');
    if (cosignKey !== undefined && isPemText(cosignKey))
        log.mask(cosignKey);
    if (cosignPassword)
        log.mask(cosignPassword);
    const kind = choiceInput('kind', CATALOG_KINDS, 'ClusterImageCatalog');
    // A ClusterImageCatalog has no namespace: one given with it would be dropped without a word.
    if (namespace && kind !== 'ImageCatalog') {
        throw new user_error_UserError(`input "namespace": "${namespace}" is not taken with kind ${kind}, which belongs to no namespace; set kind: ImageCatalog with it, or leave namespace out`);
    }
    return {
        // The default file may be missing (the built-in defaults then apply); a named one may not.
        configFile: namedConfigFile(configFile),
        overrides: {
            ...(flavours ? { flavours } : {}),
            ...(distributions ? { distributions } : {}),
        },
        ...(repository ? { repository } : {}),
        ...(extensions
            ? {
                extensions: parse_image_records_parseImageRecords(extensions, {
                    ...EXTENSIONS_INPUT,
                    error: (field, value, allowed) => new InputError(field, value, allowed),
                }),
            }
            : {}),
        kind,
        ...(namespace ? { namespace } : {}),
        previews: booleanInput('previews', false),
        ...(publisher ? { publisher } : {}),
        outputDir: stringInput('output-dir') ?? 'catalogs',
        ...(cosignKey ? { cosignKey } : {}),
        ...(cosignPassword ? { cosignPassword } : {}),
        workDir: (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'pgforge', 'catalog'),
    };
}

;// CONCATENATED MODULE: ./actions/catalog/src/run.ts




async function main() {
    const inputs = getInputs();
    const env = { ...process.env };
    const registry = registryClientFromEnvironment({ env });
    const result = await catalogCommand({
        ...inputs,
        registry,
        env,
        log: log.info,
        warn: log.warning,
    });
    setOutput('files', result.files);
    setOutput('directory', result.directory);
    setOutput('catalogs', result.catalogs);
    await writeSummary(result.summary);
}
main().catch(reportFailure);


/***/ })

};
