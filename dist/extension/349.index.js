export const id = 349;
export const ids = [349];
export const modules = {

/***/ 4349:
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
function parseDigest(value) {
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
        parseDigest(value);
        return true;
    }
    catch {
        return false;
    }
}
/** The digest of `bytes` with `algorithm` (sha256 unless told). */
function computeDigest(bytes, algorithm = 'sha256') {
    const known = KNOWN_ALGORITHMS[algorithm];
    if (!known) {
        throw new InvalidDigestError(`${algorithm}:`, 'only sha256 and sha512 can be computed');
    }
    return `${algorithm}:${(0,external_node_crypto_.createHash)(known.hash).update(bytes).digest('hex')}`;
}
/** The digest `bytes` have under the algorithm of `expected` (so sha512 is compared as sha512). */
function digest_digestOf(bytes, expected) {
    return computeDigest(bytes, parseDigest(expected).algorithm);
}

;// CONCATENATED MODULE: ./packages/oci/src/reference.ts
/**
 * Image references, parsed and normalised as the docker CLI does (distribution's
 * `ParseNormalizedNamed`): `debian:trixie-slim` is `docker.io/library/debian:trixie-slim`.
 */

class InvalidReferenceError extends Error {
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
        throw new InvalidReferenceError(ref, 'the reference is empty');
    if (/\s/.test(ref))
        throw new InvalidReferenceError(ref, 'a reference contains no whitespace');
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
        throw new InvalidReferenceError(ref, `registry "${registry}" must be a host name or [IPv6] address with an optional :port`);
    }
    if (repository.length === 0) {
        throw new InvalidReferenceError(ref, 'the repository name is empty');
    }
    if (registry === DOCKER_HUB && HEX64.test(repository)) {
        throw new InvalidReferenceError(ref, 'a repository name cannot be a 64-character hexadecimal string (an image ID)');
    }
    if (repository.toLowerCase() !== repository) {
        throw new InvalidReferenceError(ref, `repository "${repository}" must be lowercase`);
    }
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw new InvalidReferenceError(ref, `repository component "${component}" must be lowercase letters and digits, separated by ".", "_", "__" or dashes ([a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)`);
        }
    }
    if (registry.length + 1 + repository.length > NAME_MAX) {
        throw new InvalidReferenceError(ref, `registry and repository together must be at most ${NAME_MAX} characters`);
    }
    if (tag !== undefined && !TAG.test(tag)) {
        throw new InvalidReferenceError(ref, `tag "${tag}" must be 1 to 128 of letters, digits, "_", "." and "-", not starting with "." or "-" ([\\w][\\w.-]{0,127})`);
    }
    if (digest !== undefined) {
        try {
            parseDigest(digest);
        }
        catch (error) {
            if (!(error instanceof InvalidDigestError))
                throw error;
            throw new InvalidReferenceError(ref, `digest "${digest}" must be algorithm:hex (sha256: and 64 lowercase hex digits)`);
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
const MediaTypes = {
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
    MediaTypes.ociIndex,
    MediaTypes.ociManifest,
    MediaTypes.dockerManifestList,
    MediaTypes.dockerManifest,
];
function isIndexMediaType(mediaType) {
    return mediaType === MediaTypes.ociIndex || mediaType === MediaTypes.dockerManifestList;
}
function isImageManifestMediaType(mediaType) {
    return mediaType === MediaTypes.ociManifest || mediaType === MediaTypes.dockerManifest;
}

;// CONCATENATED MODULE: ./packages/oci/src/types.ts
/** The parts of the OCI image and distribution specs this package reads and writes. */
function isImageIndex(manifest) {
    return Array.isArray(manifest.manifests);
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
function parsePlatform(value) {
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
    const wanted = typeof platform === 'string' ? parsePlatform(platform) : platform;
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
function commandLine(cmd, args) {
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
function exec(cmd, args, options = {}) {
    const started = Date.now();
    const maxStdout = options.maxStdout ?? 16 * 1024 * 1024;
    const tailLines = options.tailLines ?? 200;
    return new Promise((resolve, reject) => {
        const child = spawn(cmd, args, {
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
            reject(new ExecError(commandLine(cmd, args), reason));
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
    const result = await exec(cmd, args, options);
    if (result.code !== 0) {
        const reason = result.timedOut
            ? `timed out after ${options.timeoutMs} ms`
            : result.signal
                ? `was ended by ${result.signal}`
                : `exited with ${result.code}`;
        throw new ExecError(commandLine(cmd, args), reason, result);
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/exec/src/environment.ts
/**
 * The environment a child process gets. A GitHub Action receives its inputs as `INPUT_*`
 * variables, among them a cosign key, its password and registry tokens; no tool this project
 * runs reads them, so no child inherits them (a tool that logs or forwards its environment, a
 * credential helper, a build, would otherwise carry them further).
 */
function environment_childEnvironment(env = process.env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (!/^INPUT_/i.test(name))
            out[name] = value;
    }
    return out;
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
            env: environment_childEnvironment(run.env),
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
function formatBytes(bytes) {
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
function checkByteLimit(name, bytes) {
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
const MAX_LAYER_BYTES = 2 * GiB;
/**
 * The most bytes of one file kept in memory by readImageFiles (the dpkg status database,
 * copyright files, os-release: a few MB at most in real images).
 */
const MAX_FILE_CONTENT_BYTES = 64 * MiB;
/** The body limit of a manifest, index or referrers list request: `what` names it. */
function manifestBodyLimit(what, bytes) {
    return {
        bytes,
        what,
        text: `${formatBytes(bytes)} (${bytes} bytes, the limit for manifests and indexes)`,
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
        ? isIndexMediaType(declared)
        : contentType
            ? isIndexMediaType(contentType)
            : Array.isArray(parsed.manifests);
    const mediaType = declared ?? contentType ?? (isIndex ? MediaTypes.ociIndex : MediaTypes.ociManifest);
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
function encodeJson(value) {
    return new TextEncoder().encode(JSON.stringify(value));
}
/** The record with its keys in code-unit order, or undefined when it is absent or empty. */
function sortedRecord(record) {
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
function compact(value) {
    const out = {};
    for (const [key, member] of Object.entries(value))
        if (member !== undefined)
            out[key] = member;
    return out;
}
function platformJson(platform) {
    return compact({
        architecture: platform.architecture,
        os: platform.os,
        variant: platform.variant,
    });
}
/**
 * A descriptor with only the spec's fields, in the order the OCI spec's examples use; extra
 * members a caller's object carries (a built layer's bytes, its diffId) are left out.
 */
function descriptorJson(descriptor) {
    return compact({
        mediaType: descriptor.mediaType,
        artifactType: descriptor.artifactType,
        digest: descriptor.digest,
        size: descriptor.size,
        urls: descriptor.urls,
        annotations: sortedRecord(descriptor.annotations),
        platform: descriptor.platform ? platformJson(descriptor.platform) : undefined,
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
    return { mediaType, digest: computeDigest(bytes), size: bytes.length, bytes };
}
/** The descriptor of a blob (its bytes left out), with extra members such as a platform. */
function descriptorOf(blob, extra = {}) {
    return descriptorJson({
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
    const manifest = compact({
        schemaVersion: 2,
        mediaType: MediaTypes.ociManifest,
        artifactType: options.artifactType,
        config: descriptorJson(options.config),
        layers: options.layers.map(descriptorJson),
        subject: options.subject ? descriptorJson(options.subject) : undefined,
        annotations: sortedRecord(options.annotations),
    });
    return blobOf(encodeJson(manifest), MediaTypes.ociManifest);
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
    return descriptorJson(entry);
}
/** An OCI image index over image manifests (or other indexes). */
function buildIndex(options) {
    const index = compact({
        schemaVersion: 2,
        mediaType: MediaTypes.ociIndex,
        artifactType: options.artifactType,
        manifests: options.manifests.map(entryDescriptor),
        subject: options.subject ? descriptorJson(options.subject) : undefined,
        annotations: sortedRecord(options.annotations),
    });
    return blobOf(encodeJson(index), MediaTypes.ociIndex);
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
const EMPTY_JSON = blobOf(encodeJson({}), MediaTypes.ociEmpty);
// Another writer may update the referrers tag between our read and our write; each writer reads
// back until its own entry is there, so concurrent pushes converge.
const TAG_UPDATE_ROUNDS = 5;
/** The tag of the referrers tag schema: `sha256-<hex>` (the hex cut to 64 characters). */
function referrersTag(digest) {
    const { algorithm, hex } = parseDigest(digest);
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
    if (!isImageIndex(fetched.manifest)) {
        throw new InvalidManifestError(`${repository.registry}/${repository.repository}:${ref.tag}`, 'the referrers tag holds an image manifest, not an index', details(repository));
    }
    return fetched.manifest.manifests;
}
/**
 * The artifacts whose subject is `digest`: from the referrers API when the registry has it, else
 * from the referrers tag.
 */
async function listReferrers(ports, repository, digest, options = {}) {
    parseDigest(digest);
    const query = options.artifactType
        ? `?${new URLSearchParams({ artifactType: options.artifactType }).toString()}`
        : '';
    const response = await ports.http.request({
        registry: repository.registry,
        repository: repository.repository,
        method: 'GET',
        path: `/v2/${repository.repository}/referrers/${digest}${query}`,
        headers: { accept: MediaTypes.ociIndex },
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
    if (!isImageIndex(manifest)) {
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
        if (isImageIndex(fetched.manifest)) {
            const children = fetched.manifest.manifests.filter((d) => isIndexMediaType(d.mediaType) || isImageManifestMediaType(d.mediaType));
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
    const digest = ref.digest ? digest_digestOf(bytes, ref.digest) : computeDigest(bytes);
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
        parseDigest(digest);
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
        parseDigest(digest);
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
        this.maxManifestBytes = checkByteLimit('maxManifestBytes', options.maxManifestBytes ?? MAX_MANIFEST_BYTES);
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
            digest = header && isDigest(header) ? digest_digestOf(bytes, header) : computeDigest(bytes);
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
        parseDigest(digest);
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
        if (!isImageIndex(top.manifest))
            return { manifest: top };
        const index = top;
        const descriptor = selectManifest(index.manifest, platform);
        if (!descriptor) {
            const wanted = platform === undefined
                ? 'any'
                : formatPlatform(typeof platform === 'string' ? parsePlatform(platform) : platform);
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
        if (isImageIndex(child.manifest)) {
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
        const digest = options.digest ?? computeDigest(data);
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
    const normal = external_node_path_.posix.normalize(`/${path}`).slice(1).replace(/\/+$/, '');
    if (normal === '' || normal === '.') {
        throw new LayerEntryError(path, 'names the root itself; entries are paths below it');
    }
    // normalize('/../x') is '/x': compare with the relative form to see an escape.
    const relative = external_node_path_.posix.normalize(path.replace(/^\/+/, ''));
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
        let parent = external_node_path_.posix.dirname(entry.path);
        while (parent !== '.') {
            const existing = entries.get(parent);
            if (existing && existing.type !== 'directory') {
                throw new LayerEntryError(entry.path, `its parent ${parent} is a ${existing.type}`);
            }
            if (!existing)
                entries.set(parent, { path: parent, type: 'directory', mode: 0o755 });
            parent = external_node_path_.posix.dirname(parent);
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
    const pack = (0,tar_stream.pack)();
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
    return (0,external_node_path_.join)(dir, 'blobs', algorithm, hex);
}
async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
/** Writes by rename so a reader never sees half a file. */
async function writeAtomically(path, bytes) {
    const temporary = `${path}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    await (0,promises_.writeFile)(temporary, bytes);
    await (0,promises_.rename)(temporary, path);
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
        const { manifest } = manifest_parseManifestDocument(bytes, descriptor.mediaType, descriptor.digest, {
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
        text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'index.json'), 'utf8');
    }
    catch {
        return undefined;
    }
    const { manifest } = manifest_parseManifestDocument(new TextEncoder().encode(text), MediaTypes.ociIndex, 'index.json', { registry: dir });
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
    await (0,promises_.mkdir)(dir, { recursive: true });
    const layoutFile = (0,external_node_path_.join)(dir, 'oci-layout');
    if (!(await exists(layoutFile))) {
        await writeAtomically(layoutFile, JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
    }
    for (const [digest, bytes] of blobs) {
        const path = blobPath(dir, digest);
        if (await exists(path))
            continue;
        await (0,promises_.mkdir)((0,external_node_path_.join)(path, '..'), { recursive: true });
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
    await writeAtomically((0,external_node_path_.join)(dir, 'index.json'), encodeJson(index));
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
// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(8339);
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
class LayerReadError extends LayerError {
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
class LayerTooLargeError extends LayerReadError {
    limit;
    decompressed;
    constructor(image, digest, 
    /** The most bytes allowed. */
    limit, 
    /** What had been decompressed when reading stopped. */
    decompressed, options) {
        super(image, digest, `it decompresses to more than ${formatBytes(limit)} (${limit} bytes, the limit per ` +
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
        super(`decompresses to more than ${formatBytes(limit)} (${limit} bytes)`);
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
    const decoder = new esm/* Decompress */.YM((data) => {
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
const SLICE = 256 * 1024;
function* slices(bytes) {
    for (let offset = 0; offset < bytes.length; offset += SLICE) {
        yield Buffer.from(bytes.buffer, bytes.byteOffset + offset, Math.min(SLICE, bytes.length - offset));
    }
}
/** A readable stream of the blob's bytes, whatever form the fetcher gave them in. */
function blobStream(blob) {
    return blob instanceof Uint8Array ? external_node_stream_.Readable.from(slices(blob)) : external_node_stream_.Readable.from(blob);
}
// Bigger than zlib's 16 KiB default: fewer chunks through the streams for the same bytes.
const GUNZIP_CHUNK = 64 * 1024;
/**
 * The tar bytes of a layer: `source` through the decompressor `compression` needs, failing
 * with DecompressedTooLarge once more than `maxBytes` (default MAX_LAYER_BYTES) came out.
 */
function decompressLayer(source, compression, maxBytes = MAX_LAYER_BYTES) {
    const limit = checkByteLimit('maxBytes', maxBytes);
    if (compression === 'zstd') {
        const chunks = external_node_stream_.Readable.from(zstdChunks(source, limit), { objectMode: false });
        source.on('error', (error) => chunks.destroy(error));
        return chunks;
    }
    const counter = new ByteLimit(limit);
    source.on('error', (error) => counter.destroy(error));
    if (compression === 'none')
        return source.pipe(counter);
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: GUNZIP_CHUNK });
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
        throw new LayerReadError(image, digest, `layer entry "${name}" leaves the image root`);
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
    return new LayerReadError(image, digest, reason, { cause: error });
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
    const extract = (0,tar_stream.extract)();
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
                    throw new LayerReadError(image, layer.digest, `layer entry "${header.name}" is a whiteout of "${name}", which names no file`);
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
    for await (const change of readLayer(layer, blob, options.image, read)) {
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
            const sha256 = wantHash ? (0,external_node_crypto_.createHash)('sha256') : undefined;
            const sha1 = wantHash ? (0,external_node_crypto_.createHash)('sha1') : undefined;
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
        ? external_node_path_.posix.normalize(linkname)
        : external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(from), linkname));
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
function parseDebianVersion(value) {
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
function debian_version_compareDebianVersions(a, b) {
    const va = typeof a === 'string' ? parseDebianVersion(a) : a;
    const vb = typeof b === 'string' ? parseDebianVersion(b) : b;
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
        if (best === undefined || debian_version_compareDebianVersions(v, best) > 0)
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
            if (!(error instanceof InvalidReferenceError))
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

;// CONCATENATED MODULE: ./packages/action-io/src/github.ts
function runnerContext(env = process.env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        revision: env.GITHUB_SHA || undefined,
        url: env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : undefined,
        owner: env.GITHUB_REPOSITORY_OWNER || undefined,
        workspace: env.GITHUB_WORKSPACE || undefined,
    };
}

;// CONCATENATED MODULE: ./packages/action-io/src/index.ts




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
const heading = (level, text) => ({
    kind: 'heading',
    level,
    text,
});
const paragraph = (text) => ({ kind: 'paragraph', text });
const table = (header, rows) => ({
    kind: 'table',
    header,
    rows,
});
const list = (items) => ({ kind: 'list', items });
const codeBlock = (lines, language) => language === undefined ? { kind: 'codeBlock', lines } : { kind: 'codeBlock', lines, language };
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





;// CONCATENATED MODULE: ./packages/package-view/src/sources.ts

/**
 * The repositories one distribution resolves from, in the order apt would be told about them.
 * `distribution`: the image's view of the distribution's archive alone (its suite, -updates and
 * -security). `pgdg`: PGDG's suite `<distribution>-pgdg` for PostgreSQL first, then that view,
 * for everything else the image holds (locales-all, libsasl2-modules, every dependency), so
 * that those are pinned and fingerprinted too.
 */
function distributionSources(config, distribution, options) {
    if (config.packages.source === 'distribution') {
        return { distribution, repositories: options.view };
    }
    const pgdg = {
        repository: {
            mirror: config.packages.mirror ?? PGDG_MIRROR,
            suite: `${distribution}-pgdg`,
            keyrings: config.packages.keyring ?? [PGDG_KEYRING],
            allowExpiredRelease: config.packages.allowExpiredRelease,
        },
        components: ['main', ...options.previewMajors.map(String)],
        label: `PGDG ${distribution}-pgdg`,
        role: 'pgdg',
        fields: { mirror: 'packages.mirror', keyring: 'packages.keyring' },
    };
    return { distribution, repositories: [pgdg, ...options.view] };
}
/**
 * The repositories for messages, suites of one archive kind together:
 * `PGDG trixie-pgdg + Debian trixie, trixie-updates, trixie-security`.
 */
function describeSources(repositories) {
    const groups = [];
    for (const r of repositories) {
        const [kind = '', ...rest] = r.label.split(' ');
        const suite = rest.join(' ');
        const last = groups[groups.length - 1];
        if (last && last.kind === kind)
            last.suites.push(suite);
        else
            groups.push({ kind, suites: [suite] });
    }
    return groups.map((g) => `${g.kind} ${g.suites.join(', ')}`).join(' + ');
}

;// CONCATENATED MODULE: ./packages/apt/src/limits.ts
/**
 * How many bytes what a mirror or a package says may decompress to: all the limits in one
 * place. Mirrors and packages are not trusted (a signed index vouches for a file's hash, not for
 * what it is like to decompress), so a bomb must stop with an error naming the file and the
 * limit, having used no more memory than the limit. Each can be overridden in code: readDeb's
 * `maxBytes`, decompress's and decompressChunks' `maxBytes`.
 */


/**
 * A `.deb`'s control.tar and data.tar together, decompressed. readDeb holds the whole tree in
 * memory (the extension assembler needs every file), so this is also the memory one package may
 * take. The largest packages an extension pulls in (libllvm, PostGIS with GDAL's libraries) are
 * 30 to 150 MB installed; 1 GiB passes them with room and stops a bomb within a second or two.
 */
const MAX_DEB_BYTES = 1 * GiB;
/**
 * A Packages index, decompressed (held whole while it is parsed): Debian's largest, main for
 * amd64, is about 60 MB of text.
 */
const MAX_PACKAGES_INDEX_BYTES = 512 * MiB;
/**
 * A Contents index whose hash matched the signed Release, decompressed. It is scanned as it
 * streams (only a scope of paths is kept), so this bounds time: a suite's Contents-amd64 is
 * about 170 MB and Contents-all 590 MB.
 */
const MAX_CONTENTS_BYTES = 2 * GiB;
/**
 * A Contents index that did not match the signed Release (a mirror mid-sync) and is used as a
 * hint only: nothing vouches for it, so it gets a tighter limit, still above Contents-all.
 */
const MAX_CONTENTS_HINT_BYTES = 1 * GiB;
/**
 * One line of a Contents index (a path and the packages shipping it), as the scanner gathers
 * it: real lines are under a few KB; a line without end (a bomb of zeros) stops here instead of
 * growing to the index's limit.
 */
const MAX_CONTENTS_LINE_BYTES = 1 * MiB;

;// CONCATENATED MODULE: ./packages/apt/src/errors.ts
/**
 * Errors for people: each names the repository, suite, file and value involved and, where there
 * is one, what to do about it.
 */

class AptError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** A deb822 text (Release, Packages, .sources) that does not follow the format. */
class Deb822ParseError extends AptError {
    line;
    source;
    constructor(line, reason, source) {
        super(`${source ?? 'deb822 text'}, line ${line}: ${reason}`);
        this.line = line;
        this.source = source;
    }
}
/** An apt sources file that cannot be read or understood. */
class AptSourcesError extends AptError {
    file;
    constructor(file, reason) {
        super(`apt sources ${file}: ${reason}`);
        this.file = file;
    }
}
/** A keyring file that cannot be read or holds no OpenPGP public keys. */
class errors_KeyringError extends AptError {
    file;
    constructor(file, reason) {
        super(`keyring ${file}: ${reason}`);
        this.file = file;
    }
}
/** InRelease is unsigned, badly signed, or signed only by keys that none of the keyrings hold. */
class SignatureError extends AptError {
    mirror;
    suite;
    keyrings;
    unknownSigners;
    constructor(mirror, suite, keyrings, reason, 
    /** The signers none of the keyrings hold, when that is the whole trouble. */
    unknownSigners = []) {
        const tried = keyrings.length > 0 ? keyrings.join(', ') : '(none given)';
        super(`InRelease of ${suite} at ${mirror} ${reason}; keyrings tried: ${tried}`);
        this.mirror = mirror;
        this.suite = suite;
        this.keyrings = keyrings;
        this.unknownSigners = unknownSigners;
    }
}
/** The Release is past its Valid-Until date and the repository does not accept that. */
class ReleaseExpiredError extends AptError {
    mirror;
    suite;
    validUntil;
    now;
    constructor(mirror, suite, validUntil, now) {
        super(`Release of ${suite} at ${mirror} expired on ${validUntil.toISOString()} (Valid-Until; ` +
            // Named as the user sets it (configuration key, flag and action input alike).
            `now ${now.toISOString()}); allow-expired-release accepts it ` +
            `(apt: -o Acquire::Check-Valid-Until=false)`);
        this.mirror = mirror;
        this.suite = suite;
        this.validUntil = validUntil;
        this.now = now;
    }
}
/**
 * A validly signed Release older than one this machine has seen for the same mirror and suite:
 * a replayed (or frozen) index would hide every update published since. A mirror mid-sync can
 * serve an older one too; running again once it has caught up is the remedy then.
 */
class ReleaseReplayError extends AptError {
    mirror;
    suite;
    date;
    seen;
    constructor(mirror, suite, date, seen) {
        super(`Release of ${suite} at ${mirror} is dated ${date.toISOString()}, older than the one seen ` +
            `before (${seen.toISOString()}); refusing an old index that may be replayed to hide ` +
            'updates. If the mirror is still syncing, run again once it has caught up');
        this.mirror = mirror;
        this.suite = suite;
        this.date = date;
        this.seen = seen;
    }
}
/** A Release dated further in the future than clocks drift: a wrong clock, or a forged date. */
class ReleaseFutureError extends AptError {
    mirror;
    suite;
    date;
    now;
    constructor(mirror, suite, date, now, skewMinutes) {
        super(`Release of ${suite} at ${mirror} is dated ${date.toISOString()}, more than ` +
            `${skewMinutes} minutes after now (${now.toISOString()}); check this machine's clock`);
        this.mirror = mirror;
        this.suite = suite;
        this.date = date;
        this.now = now;
    }
}
/** A Release (or the InRelease around it) that is not what a Release must be. */
class ReleaseParseError extends AptError {
    mirror;
    suite;
    constructor(mirror, suite, reason) {
        super(`Release of ${suite} at ${mirror}: ${reason}`);
        this.mirror = mirror;
        this.suite = suite;
    }
}
/** No Packages index for this component and architecture is named in the signed Release. */
class IndexNotListedError extends AptError {
    mirror;
    suite;
    path;
    constructor(mirror, suite, path, components, architectures) {
        super(`${path}{.xz,.gz,} is not listed in the Release of ${suite} at ${mirror} ` +
            `(its components: ${components.join(' ') || 'none'}; ` +
            `architectures: ${architectures.join(' ') || 'none'})`);
        this.mirror = mirror;
        this.suite = suite;
        this.path = path;
    }
}
/**
 * Downloaded (or cached) bytes differ from the size and SHA256 the signed Release names, or,
 * for a `.deb` (`pkg` given), from those of its stanza in the signed Packages index.
 */
class ChecksumMismatchError extends AptError {
    url;
    expected;
    actual;
    pkg;
    constructor(url, expected, actual, pkg) {
        const what = pkg
            ? `${pkg.package} ${pkg.version} (${pkg.architecture}) from ${url}: checksum mismatch ` +
                `against the signed Packages index`
            : `${url}: checksum mismatch against the signed Release`;
        super(`${what}: expected SHA256 ${expected.sha256} (${expected.size} bytes), ` +
            `got ${actual.sha256} (${actual.size} bytes)`);
        this.url = url;
        this.expected = expected;
        this.actual = actual;
        this.pkg = pkg;
    }
}
/**
 * An index whose bytes still differ from what the signed Release lists after InRelease was
 * fetched again past every cache: the mirror is serving files of two different syncs (it is
 * mid-sync, or broken). Nothing read from that file can be trusted.
 */
class MirrorOutOfSyncError extends AptError {
    url;
    mirror;
    suite;
    expected;
    actual;
    constructor(url, mirror, suite, expected, actual) {
        super(`${url} does not match the signed InRelease of ${suite} at ${mirror}, also after ` +
            `InRelease was fetched again: expected SHA256 ${expected.sha256} (${expected.size} ` +
            `bytes), got ${actual.sha256} (${actual.size} bytes). The mirror is probably in the ` +
            'middle of a sync: retry in a while, or point the configuration (packages.mirror, ' +
            'packages.debian-mirror) at another mirror. Nothing was built or published.');
        this.url = url;
        this.mirror = mirror;
        this.suite = suite;
        this.expected = expected;
        this.actual = actual;
    }
}
/** An HTTP request that failed for good (after retries where retrying made sense). */
class HttpError extends AptError {
    url;
    status;
    constructor(url, status, reason, options) {
        super(`GET ${url} failed: ${reason}`, options);
        this.url = url;
        this.status = status;
    }
}
/** The mirror has no InRelease for this suite (HTTP 404). */
class UnknownSuiteError extends AptError {
    mirror;
    suite;
    url;
    constructor(mirror, suite, url) {
        super(`suite ${suite} not found at ${mirror} (GET ${url}: HTTP 404)`);
        this.mirror = mirror;
        this.suite = suite;
        this.url = url;
    }
}
/** A Packages index whose bytes do not decompress or whose stanzas lack required fields. */
class errors_PackagesIndexError extends AptError {
    url;
    reason;
    constructor(url, 
    /** What is wrong, without the URL: a worker thread hands it over (index-threads.ts). */
    reason, options) {
        super(`Packages index ${url}: ${reason}`, options);
        this.url = url;
        this.reason = reason;
    }
}
/** The cache directory cannot be written. */
class AptCacheError extends AptError {
    path;
    constructor(path, reason, options) {
        super(`APT cache ${path}: ${reason}`, options);
        this.path = path;
    }
}
/**
 * Compressed bytes that decompress to more than the limit allows: a decompression bomb, or a
 * file larger than the limit was chosen for. Callers put the file's name in front of the message
 * (`Packages index <url>: decompresses to more than ...`).
 */
class DecompressionLimitError extends AptError {
    limit;
    decompressed;
    limitName;
    constructor(
    /** The most bytes allowed. */
    limit, 
    /** What had been decompressed when decompression stopped. */
    decompressed, 
    /** `the limit per .deb`. */
    limitName = 'the limit') {
        super(`decompresses to more than ${formatBytes(limit)} (${limit} bytes, ${limitName}); ` +
            `decompression stopped after ${decompressed} bytes`);
        this.limit = limit;
        this.decompressed = decompressed;
        this.limitName = limitName;
    }
}
/** Bytes that are not a `.deb` as dpkg-deb writes it, or whose members cannot be read. */
class DebFormatError extends AptError {
    source;
    constructor(
    /** Names the package file in the message (its file name or URL). */
    source, reason, options) {
        super(`${source}: ${reason}`, options);
        this.source = source;
    }
}
/** A Contents index that does not decompress or whose lines are not `path  section/package`. */
class ContentsIndexError extends AptError {
    url;
    constructor(url, reason, options) {
        super(`Contents index ${url}: ${reason}`, options);
        this.url = url;
    }
}
/** A dependency that no package (real or through Provides) in the given indexes satisfies. */
class UnsatisfiableDependencyError extends AptError {
    dependent;
    relation;
    reasons;
    indexes;
    constructor(
    /** The package whose Depends/Pre-Depends names the relation; undefined for a root. */
    dependent, 
    /** The relation (one `|` group) as written in the field, or the root name. */
    relation, 
    /** What each alternative lacked, one phrase each. */
    reasons, indexes) {
        super(`${dependent === undefined ? `root package "${relation}"` : `${dependent} depends on "${relation}", which`} ` +
            `cannot be satisfied from ${indexes}: ${reasons.join('; ')}`);
        this.dependent = dependent;
        this.relation = relation;
        this.reasons = reasons;
        this.indexes = indexes;
    }
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./packages/apt/src/deb822.ts
/**
 * deb822 control-file paragraphs (deb822(5)): Release, Packages, `.sources`.
 *
 * Written by hand: the npm parsers for this format either drop continuation lines or are
 * unmaintained, and the format is small. Multi-line values keep one line per line: the first
 * line (when not empty) and each continuation line with its leading whitespace removed, joined
 * by `\n`. Lines starting with `#` are comments; lines holding only whitespace end a paragraph.
 */

/** One paragraph: fields in file order, looked up case-insensitively as deb822 requires. */
class Deb822Paragraph {
    line;
    #values = new Map();
    #names = [];
    /** The line (1-based) the paragraph starts on in its text, for messages. */
    constructor(line = 0) {
        this.line = line;
    }
    get(field) {
        return this.#values.get(field.toLowerCase());
    }
    has(field) {
        return this.#values.has(field.toLowerCase());
    }
    /** Field names as spelled in the text, in file order. */
    fields() {
        return [...this.#names];
    }
    get size() {
        return this.#names.length;
    }
    set(field, value) {
        const key = field.toLowerCase();
        if (!this.#values.has(key))
            this.#names.push(field);
        this.#values.set(key, value);
        return this;
    }
    *[Symbol.iterator]() {
        for (const name of this.#names)
            yield [name, this.#values.get(name.toLowerCase()) ?? ''];
    }
}
/**
 * Parses every paragraph of `text`. `source` names the text in error messages (a file or URL).
 * Throws Deb822ParseError for a line that is neither a field, a continuation, a comment nor
 * blank, for a continuation with no field before it, and for a field given twice in a paragraph.
 */
function parseDeb822(text, source) {
    const paragraphs = [];
    let current;
    let field;
    let lines = [];
    const flushField = () => {
        if (current && field !== undefined)
            current.set(field, lines.join('\n'));
        field = undefined;
        lines = [];
    };
    let start = 0;
    let lineNo = 0;
    const length = text.length;
    while (start <= length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = length;
        lineNo++;
        let line = text.slice(start, end);
        start = end + 1;
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        const first = line.charCodeAt(0);
        if (first === 0x23 /* # */)
            continue;
        if (first === 0x20 /* space */ || first === 0x09 /* tab */) {
            const rest = line.trim();
            if (rest === '') {
                // Whitespace only: a paragraph separator, as for apt and dpkg.
                flushField();
                current = undefined;
                continue;
            }
            if (field === undefined) {
                throw new Deb822ParseError(lineNo, 'continuation line without a field before it', source);
            }
            lines.push(rest);
            continue;
        }
        if (line === '') {
            flushField();
            current = undefined;
            continue;
        }
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon) : '';
        if (name === '' || /\s/.test(name)) {
            throw new Deb822ParseError(lineNo, `expected "Field: value", got "${line}"`, source);
        }
        flushField();
        if (!current) {
            current = new Deb822Paragraph(lineNo);
            paragraphs.push(current);
        }
        else if (current.has(name)) {
            throw new Deb822ParseError(lineNo, `field ${name} given twice in one paragraph`, source);
        }
        field = name;
        const value = line.slice(colon + 1).trim();
        if (value !== '')
            lines.push(value);
    }
    flushField();
    return paragraphs;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/apt/src/sources.ts
/**
 * The machine's apt sources, read the way apt reads them: `/etc/apt/sources.list` first, then
 * `/etc/apt/sources.list.d/` in file-name order, `.list` files in the one-line style and
 * `.sources` files in deb822 (sources.list(5)).
 */




// apt ignores files in sources.list.d whose names hold other characters (Dir::Ignore-Files-…).
const PART_NAME = /^[A-Za-z0-9_.-]+\.(list|sources)$/;
function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new AptSourcesError(file, `cannot be read: ${errorText(error)}`);
    }
}
function sources_exists(file) {
    try {
        (0,external_node_fs_.statSync)(file);
        return true;
    }
    catch {
        return false;
    }
}
const sources_words = (value) => value === undefined ? [] : value.split(/\s+/).filter((w) => w !== '');
/** Entries of a one-line-style file: `deb [opt=val ...] uri suite [component ...]`. */
function parseSourcesList(text, file) {
    const entries = [];
    text.split(/\r?\n/).forEach((rawLine, index) => {
        // '#' starts a comment anywhere on the line, as apt reads it.
        const line = rawLine.replace(/#.*$/, '').trim();
        if (line === '')
            return;
        const fail = (reason) => new AptSourcesError(file, `line ${index + 1}: ${reason} in "${rawLine.trim()}"`);
        const m = /^(\S+)\s*(?:\[([^\]]*)\])?\s*(.*)$/.exec(line);
        const type = m?.[1] ?? '';
        if (!m || (type !== 'deb' && type !== 'deb-src'))
            throw fail('expected deb or deb-src');
        if (m[2] === undefined && line.slice(type.length).trimStart().startsWith('[')) {
            throw fail('unclosed "[" of the options');
        }
        const options = new Map();
        for (const option of sources_words(m[2])) {
            const eq = option.indexOf('=');
            if (eq <= 0)
                throw fail(`option "${option}" is not name=value`);
            options.set(option.slice(0, eq).toLowerCase(), option.slice(eq + 1));
        }
        const [uri, suite, ...components] = sources_words(m[3]);
        if (uri === undefined || suite === undefined)
            throw fail('expected a URI and a suite');
        const entry = { types: [type], uris: [uri], suites: [suite], components };
        const signedBy = options.get('signed-by');
        if (signedBy !== undefined)
            entry.signedBy = signedBy;
        entries.push(entry);
    });
    return entries;
}
/** Entries of a deb822 `.sources` file; paragraphs with `Enabled: no` are left out. */
function parseSourcesDeb822(text, file) {
    const entries = [];
    let paragraphs;
    try {
        paragraphs = parseDeb822(text, file);
    }
    catch (error) {
        if (error instanceof AptError)
            throw new AptSourcesError(file, error.message);
        throw error;
    }
    for (const p of paragraphs) {
        if (p.get('Enabled')?.trim().toLowerCase() === 'no')
            continue;
        const types = sources_words(p.get('Types'));
        const uris = sources_words(p.get('URIs'));
        const suites = sources_words(p.get('Suites'));
        const where = `paragraph at line ${p.line}`;
        if (types.length === 0)
            throw new AptSourcesError(file, `${where} has no Types`);
        if (uris.length === 0)
            throw new AptSourcesError(file, `${where} has no URIs`);
        if (suites.length === 0)
            throw new AptSourcesError(file, `${where} has no Suites`);
        const entry = { types, uris, suites, components: sources_words(p.get('Components')) };
        const signedBy = p.get('Signed-By');
        if (signedBy !== undefined) {
            // An embedded key writes its empty lines as "." (deb822 continuation rules).
            entry.signedBy = signedBy.includes('\n')
                ? signedBy
                    .split('\n')
                    .map((l) => (l === '.' ? '' : l))
                    .join('\n')
                : signedBy.trim();
        }
        entries.push(entry);
    }
    return entries;
}
/** The entries of all of the machine's apt source files under `root`, in apt's order. */
function readSystemAptSources(root = '/') {
    const entries = [];
    const list = (0,external_node_path_.join)(root, 'etc/apt/sources.list');
    if (sources_exists(list))
        entries.push(...parseSourcesList(readText(list), list));
    const dir = (0,external_node_path_.join)(root, 'etc/apt/sources.list.d');
    let names = [];
    if (sources_exists(dir)) {
        try {
            names = (0,external_node_fs_.readdirSync)(dir)
                .filter((n) => PART_NAME.test(n))
                .sort();
        }
        catch (error) {
            throw new AptSourcesError(dir, `cannot be listed: ${errorText(error)}`);
        }
    }
    for (const name of names) {
        const file = (0,external_node_path_.join)(dir, name);
        const text = readText(file);
        entries.push(...(name.endsWith('.sources')
            ? parseSourcesDeb822(text, file)
            : parseSourcesList(text, file)));
    }
    return entries;
}
// Security and updates archives carry only fixes on top of a suite, not the suite itself.
const PARTIAL_SUITE = /(-security|-updates|\/updates)$/;
/**
 * The machine's Debian archive: the first `deb` URI whose entry names at least one suite that
 * is not a -security or -updates suite, without its trailing slash. Undefined when none.
 */
function systemMirror(root = '/') {
    for (const entry of readSystemAptSources(root)) {
        if (!entry.types.includes('deb'))
            continue;
        if (entry.suites.every((s) => PARTIAL_SUITE.test(s)))
            continue;
        const uri = entry.uris[0];
        if (uri !== undefined)
            return uri.replace(/\/+$/, '');
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/apt/src/cache-prune.ts
/**
 * Keeps the on-disk cache from growing without end. Every index a mirror publishes gets new
 * hashes, so a cache read daily against sid gains a Packages file and its stored copy (tens of
 * MB) per suite and architecture each day, and a layout change (PARSED_FORMAT) leaves the old
 * files behind for good. Files are marked when used (their mtime set to now) and removed once
 * unused for a while; a stale temporary file of an interrupted write goes after a day.
 *
 * Pruning runs at most once a day per cache directory (a marker file's mtime says when it last
 * ran), so a run pays one stat for it; two processes starting at the same moment may both prune,
 * which removes nothing twice. A file another process opens is marked as it opens it, and the
 * pruner looks at the mark again just before removing, so only a reader that opens a file
 * unused for two weeks in the same instant can lose it: that run then fails naming the file
 * ("removed or replaced while this run read it; run again"), never reads a wrong index.
 */


const DAY_MS = 24 * 60 * 60 * 1000;
/** Unused this long, a cached file is removed. */
const UNUSED_MS = 14 * DAY_MS;
/** A temporary file this old belongs to a write that will never finish. */
const STALE_TEMPORARY_MS = DAY_MS;
/** Pruning is due again this long after it last ran. */
const PRUNE_INTERVAL_MS = DAY_MS;
/** Marking is skipped when the mark is fresher than this: a warm run writes nothing. */
const MARK_EVERY_MS = 60 * 60 * 1000;
/**
 * The directories under the cache directory that hold cached files: the indexes, the base
 * images read, the extension images assembled (sealed records and their layer blobs), the
 * predicted images, and the InRelease files verified.
 */
const DIRS = [
    'by-hash',
    'parsed',
    'base-images',
    'extension',
    'extension/images',
    'extension/blobs',
    'predictions',
    'verified',
];
const MARKER = '.pruned';
/**
 * Marks a cached file as used now, unless its mark is fresher than an hour (`mtimeMs`, when the
 * caller has stat'ed it already). Failing to mark costs only an early removal.
 */
async function markUsed(path, mtimeMs, now = Date.now()) {
    try {
        const last = mtimeMs ?? (await (0,promises_.stat)(path)).mtimeMs;
        if (now - last < MARK_EVERY_MS)
            return;
        const at = new Date(now);
        await (0,promises_.utimes)(path, at, at);
    }
    catch {
        // removed meanwhile, or a read-only cache: nothing to mark
    }
}
/**
 * Removes the cache's files unused for `UNUSED_MS` and stale temporary files, if pruning is
 * due (see above). Undefined when it was not due. Errors are swallowed: a cache that cannot be
 * pruned still works.
 */
async function pruneCache(dir, now = Date.now(), options = {}) {
    const marker = (0,external_node_path_.join)(dir, MARKER);
    const last = await (0,promises_.stat)(marker).then((s) => s.mtimeMs, () => undefined);
    if (last !== undefined && now - last < PRUNE_INTERVAL_MS && last <= now)
        return undefined;
    try {
        // Marked first: another process starting meanwhile finds pruning not due.
        await (0,promises_.writeFile)(marker, '');
        const at = new Date(now);
        await (0,promises_.utimes)(marker, at, at);
    }
    catch {
        return undefined;
    }
    const unusedMs = options.unusedMs ?? UNUSED_MS;
    const result = { removed: 0, bytes: 0 };
    for (const sub of DIRS) {
        const names = await (0,promises_.readdir)((0,external_node_path_.join)(dir, sub)).catch(() => []);
        for (const name of names) {
            const path = (0,external_node_path_.join)(dir, sub, name);
            const info = await (0,promises_.stat)(path).catch(() => undefined);
            if (!info?.isFile())
                continue;
            const age = now - info.mtimeMs;
            const temporary = name.includes('.tmp-');
            const keepFor = temporary ? STALE_TEMPORARY_MS : unusedMs;
            if (age < keepFor)
                continue;
            // Marked since the listing (another process read it): it stays.
            const again = await (0,promises_.stat)(path).catch(() => undefined);
            if (!again || now - again.mtimeMs < keepFor)
                continue;
            try {
                await (0,promises_.rm)(path, { force: true });
                result.removed += 1;
                result.bytes += info.size;
            }
            catch {
                // gone already, or not ours to remove
            }
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/apt/src/cache-blocks.ts
/**
 * The blocks a stored Packages text is checked in (cache.ts): a lookup reads and hashes only
 * the blocks it touches. On its own so that a worker thread (index-job.ts) hashes them beside
 * the table without taking the cache's file handling along.
 */

// A flavour's closure touches a few hundred stanzas spread over the whole text, most in a
// block of their own: 16 KiB hashes a quarter of what 64 KiB did for each, and the list of
// hashes (about 6000 for sid's main) is still a small part of the table.
const BLOCK = 16 * 1024;
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** The SHA256 of each BLOCK of the text, in order. */
function bodyBlocks(text) {
    const blocks = [];
    for (let at = 0; at < text.length; at += BLOCK) {
        blocks.push(sha256Hex(text.subarray(at, at + BLOCK)));
    }
    return blocks;
}

;// CONCATENATED MODULE: ./packages/apt/src/cache-seal.ts
/**
 * The seal on what this machine parsed: an HMAC-SHA256, under a key that lives outside the
 * cache directory, over each parsed index's table (whose block hashes cover the body).
 *
 * A downloaded index is trusted through its SHA256 in the signed Release, wherever the file
 * came from. A parsed one cannot be checked that way without parsing again, so it is trusted
 * only when this machine wrote it, after the download matched its Release: one restored from a
 * shared CI cache (written on another machine, perhaps by a pull request) fails the seal and is
 * rebuilt from the verified download. Without a writable state directory the key lives for
 * this process only, and parsed indexes are then simply not reused.
 */




const KEY_BYTES = 32;
/** `$XDG_STATE_HOME/pgforge/cache-seal.key`, else under `~/.local/state`. */
function sealKeyPath(env = process.env) {
    const state = env.XDG_STATE_HOME?.trim() || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.local', 'state');
    return (0,external_node_path_.join)(state, 'pgforge', 'cache-seal.key');
}
async function loadKey(path) {
    const existing = await (0,promises_.readFile)(path).catch(() => undefined);
    if (existing?.length === KEY_BYTES)
        return existing;
    const key = (0,external_node_crypto_.randomBytes)(KEY_BYTES);
    const tmp = `${path}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
        await (0,promises_.writeFile)(tmp, key, { mode: 0o600 });
        await (0,promises_.chmod)(tmp, 0o600);
        await (0,promises_.rename)(tmp, path);
    }
    catch {
        await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
        return key;
    }
    // Another process may have renamed its key into place after ours: use whichever is there.
    const written = await (0,promises_.readFile)(path).catch(() => undefined);
    return written?.length === KEY_BYTES ? written : key;
}
let shared;
/** The machine's sealing key, loaded (or made) once per process. */
function sealKey() {
    shared ??= loadKey(sealKeyPath());
    return shared;
}
/** The seal of `parts` (hex), under this machine's key. */
async function seal(...parts) {
    const mac = (0,external_node_crypto_.createHmac)('sha256', await sealKey());
    for (const part of parts) {
        // Length-prefixed, so that two different splits of the same bytes never seal alike.
        const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
        const length = Buffer.alloc(8);
        length.writeBigUInt64BE(BigInt(bytes.length));
        mac.update(length).update(bytes);
    }
    return mac.digest('hex');
}

;// CONCATENATED MODULE: ./packages/apt/src/cache.ts
/**
 * The on-disk cache: compressed index files content-addressed by the SHA256 the signed Release
 * names (`by-hash/<sha256>`), and each Packages index decompressed with its table of stanzas
 * (`parsed/<sha256>.v<format>`, see packages-store.ts).
 *
 * Every read is checked: a by-hash file must hash to its name; a stored index carries in its
 * first line the seal of its table (cache-seal.ts: only what this machine parsed is reused), and
 * the table the hash of each block of its body. Anything that does not match is treated as absent (and
 * then overwritten), so a torn or corrupted file costs a download, never a wrong answer.
 * Writes go to a temporary file in the same directory and are renamed into place, so readers
 * (other processes included) never see half a file.
 */








async function readIfThere(path) {
    try {
        return await (0,promises_.readFile)(path);
    }
    catch {
        return undefined;
    }
}
/** Writes `data` (one buffer, or several one after the other, not joined first) atomically. */
async function cache_writeAtomically(path, data) {
    const tmp = `${path}.tmp-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(tmp, data);
        await (0,promises_.rename)(tmp, path);
    }
    catch (error) {
        await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
        throw new AptCacheError(path, `cannot be written: ${errorText(error)}`, { cause: error });
    }
}
class IndexCache {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    byHashPath(sha256) {
        return (0,external_node_path_.join)(this.dir, 'by-hash', sha256);
    }
    /** The cached file with this SHA256 and size, or undefined when absent or not matching. */
    async getFile(sha256, size) {
        const path = this.byHashPath(sha256);
        const bytes = await readIfThere(path);
        if (!bytes || bytes.length !== size || sha256Hex(bytes) !== sha256)
            return undefined;
        await markUsed(path);
        return bytes;
    }
    /** Removes files unused for two weeks, at most once a day (cache-prune.ts). */
    prune(now) {
        return pruneCache(this.dir, now);
    }
    async putFile(sha256, bytes) {
        await cache_writeAtomically(this.byHashPath(sha256), bytes);
    }
    parsedPath(sha256) {
        return (0,external_node_path_.join)(this.dir, 'parsed', `${sha256}.v${PARSED_FORMAT}`);
    }
    /**
     * The table and a reader of the Packages text stored earlier for the index file with this
     * SHA256, if the table is intact. Only the table is read here; the text is read a block at a
     * time when a stanza is asked for, each block checked against the hash the table lists.
     */
    async getStored(sha256) {
        const path = this.parsedPath(sha256);
        let handle;
        try {
            handle = await (0,promises_.open)(path, 'r');
        }
        catch {
            return undefined;
        }
        try {
            // The header line is covered by no hash: its length is checked against the file's.
            const stat = await handle.stat();
            const head = Buffer.alloc(HEADER_MAX);
            const { bytesRead } = await handle.read(head, 0, HEADER_MAX, 0);
            const newline = head.subarray(0, bytesRead).indexOf(0x0a);
            if (newline < 0)
                return undefined;
            const [magic, named, length, hash] = head.toString('latin1', 0, newline).split(' ');
            const tableLength = Number(length);
            if (magic !== PARSED_MAGIC ||
                named !== sha256 ||
                !Number.isSafeInteger(tableLength) ||
                tableLength < 4 ||
                tableLength > stat.size - (newline + 1)) {
                return undefined;
            }
            const tableBytes = Buffer.alloc(tableLength);
            const got = await handle.read(tableBytes, 0, tableLength, newline + 1);
            if (got.bytesRead !== tableLength || (await seal(sha256, tableBytes)) !== hash)
                return undefined;
            const meta = decodeStoredTable(tableBytes);
            if (!meta)
                return undefined;
            const bodyStart = newline + 1 + tableLength;
            await markUsed(path, stat.mtimeMs);
            const file = { path, ino: stat.ino, size: stat.size };
            return { table: meta.table, read: blockReader(file, bodyStart, meta.blocks) };
        }
        catch {
            return undefined;
        }
        finally {
            await handle.close();
        }
    }
    /**
     * Stores a Packages text with its table. `blocks` are bodyBlocks(text) when the caller has
     * them already (a worker thread hashed them beside the table: index-job.ts).
     */
    async putStored(sha256, table, text, blocks = bodyBlocks(text)) {
        const meta = Buffer.from(JSON.stringify({
            size: table.size,
            required: table.required,
            names: table.names.length,
            providers: table.providers.length,
            blocks,
        }), 'utf8');
        const lengths = Buffer.alloc(4);
        lengths.writeUInt32BE(meta.length);
        const tableBytes = Buffer.concat([lengths, meta, table.names, table.providers]);
        const header = Buffer.from(`${PARSED_MAGIC} ${sha256} ${tableBytes.length} ${await seal(sha256, tableBytes)}\n`, 'latin1');
        await cache_writeAtomically(this.parsedPath(sha256), [header, tableBytes, text]);
    }
}
/** The table and body block hashes, from the bytes putStored wrote; undefined if malformed. */
function decodeStoredTable(bytes) {
    try {
        const metaLength = bytes.readUInt32BE(0);
        const meta = JSON.parse(bytes.toString('utf8', 4, 4 + metaLength));
        const namesStart = 4 + metaLength;
        const providersStart = namesStart + meta.names;
        if (providersStart + meta.providers !== bytes.length || !Array.isArray(meta.blocks)) {
            return undefined;
        }
        return {
            table: {
                size: meta.size,
                required: meta.required,
                names: bytes.subarray(namesStart, providersStart),
                providers: bytes.subarray(providersStart),
            },
            blocks: meta.blocks,
        };
    }
    catch {
        return undefined;
    }
}
/**
 * Reads ranges of the stored text a block at a time, each block checked once against its
 * hash. A block that does not match removes the file (the next run downloads the index again)
 * and fails this one: the index is read synchronously, after the point where it could be
 * fetched again.
 */
function blockReader(file, bodyStart, hashes) {
    const { path } = file;
    const blocks = new Map();
    // Another process may have removed the file, or renamed a new one into its place, since the
    // table was read: neither is damage, and the new file is not this table's.
    const gone = () => new AptCacheError(path, 'was removed or replaced while this run read it; run again');
    return (start, end) => {
        const first = Math.floor(start / BLOCK);
        const last = Math.floor(Math.max(start, end - 1) / BLOCK);
        const missing = [];
        for (let b = first; b <= last; b++)
            if (!blocks.has(b))
                missing.push(b);
        if (missing.length > 0) {
            let fd;
            try {
                fd = (0,external_node_fs_.openSync)(path, 'r');
            }
            catch {
                throw gone();
            }
            try {
                const now = (0,external_node_fs_.fstatSync)(fd);
                if (now.ino !== file.ino || now.size !== file.size)
                    throw gone();
                for (const b of missing) {
                    // Filled by the read, then checked: no need to zero it first.
                    const buffer = Buffer.allocUnsafe(BLOCK);
                    const n = (0,external_node_fs_.readSync)(fd, buffer, 0, BLOCK, bodyStart + b * BLOCK);
                    const block = buffer.subarray(0, n);
                    if (hashes[b] === undefined || sha256Hex(block) !== hashes[b]) {
                        (0,external_node_fs_.rmSync)(path, { force: true });
                        throw new AptCacheError(path, `is damaged (block ${b} of its Packages text does not match its hash); it was removed, and the next run stores it again`);
                    }
                    blocks.set(b, block);
                }
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        }
        if (first === last) {
            const base = first * BLOCK;
            return blocks.get(first).subarray(start - base, end - base);
        }
        const parts = [];
        for (let b = first; b <= last; b++)
            parts.push(blocks.get(b));
        const base = first * BLOCK;
        return Buffer.concat(parts).subarray(start - base, end - base);
    };
}
// The header line is short: magic, two hashes and a length.
const HEADER_MAX = 256;
// Bump when the stored layout changes: old files are then simply not found.
const PARSED_FORMAT = 5;
const PARSED_MAGIC = 'pgforge-apt-stored-index';

;// CONCATENATED MODULE: ./packages/apt/src/multiarch.ts
/**
 * Debian architecture names and their multiarch tuples: the directory under `/usr/lib` where
 * that architecture's shared libraries live (dpkg-architecture's DEB_HOST_MULTIARCH). The
 * tuples are a column of @pgforge/platform's table, beside the OCI platform each architecture is
 * built for, so an architecture is either known everywhere or nowhere.
 */

/** `amd64` → `x86_64-linux-gnu`; undefined for `all` and for architectures the table lacks. */
function multiarchTriplet(architecture) {
    return findByDebianArchitecture(architecture)?.multiarch;
}

;// CONCATENATED MODULE: ./packages/apt/src/contents.ts
/**
 * Contents indexes (`dists/<suite>/<component>/Contents-<arch>.gz`): which package ships which
 * path, as apt-file reads them. Modern Debian writes them without a header, one line per path:
 * `<path><whitespace><section>/<package>[,<section>/<package>...]`, paths relative to the root
 * (no leading slash; a path may hold blanks, so the package list is what follows the LAST
 * blank run).
 *
 * A suite's Contents-amd64 is ~1.9 million lines (170 MB uncompressed; Contents-all is
 * 590 MB), of which the shared-library directories hold ~30 thousand. So the index keeps only
 * a scope of paths, chosen before a line is decoded: by default the directories the dynamic
 * linker searches by default (`lib/`, `usr/lib/`, their `<triplet>/` subdirectory, `lib64/`,
 * `usr/lib64/`; not deeper), which answers "which package ships libgeos_c.so.1" and "which
 * libraries does libproj25 ship" in a few MB of memory. The text is scanned as it
 * decompresses, line by line over the bytes, so it is never held as one string.
 */




const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const SLASH = 0x2f;
const LIBRARY_PREFIXES = ['lib', 'usr/lib'];
// lib, lib64, usr/lib, usr/lib64, and one multiarch directory below lib or usr/lib.
const LIBRARY_DIR = /^(?:usr\/)?lib(?:64)?(?:\/[^/]+-linux-gnu[^/]*)?$/;
/** A stable name for the scope, for cache file names. */
function scopeId(scope) {
    if (scope === 'libraries')
        return 'libraries';
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([...scope.prefixes].sort()))
        .digest('hex');
    return `prefixes-${hash.slice(0, 16)}`;
}
function lineFilter(scope, source) {
    if (scope === 'libraries') {
        const known = new Map();
        return {
            prefixes: LIBRARY_PREFIXES.map((p) => Buffer.from(p, 'latin1')),
            directory: (dir) => {
                let keep = known.get(dir);
                if (keep === undefined) {
                    keep = LIBRARY_DIR.test(dir);
                    known.set(dir, keep);
                }
                return keep;
            },
        };
    }
    if (scope.prefixes.length === 0) {
        throw new ContentsIndexError(source, 'the scope has no prefixes (it would keep nothing)');
    }
    for (const prefix of scope.prefixes) {
        if (prefix === '' || prefix.startsWith('/')) {
            throw new ContentsIndexError(source, `scope prefix "${prefix}" must be a non-empty path without a leading slash`);
        }
    }
    return { prefixes: scope.prefixes.map((p) => Buffer.from(p, 'utf8')) };
}
function startsWith(buf, start, end, prefix) {
    if (end - start < prefix.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (buf[start + i] !== prefix[i])
            return false;
    return true;
}
const isBlank = (c) => c === SPACE || c === TAB;
/** Line-by-line scanner over decompressed chunks; keeps the lines its filter accepts. */
class ContentsScanner {
    filter;
    source;
    entries = new Map();
    #names = new Map();
    #carry;
    #line = 0;
    constructor(filter, source) {
        this.filter = filter;
        this.source = source;
    }
    push(chunk) {
        let start = 0;
        if (this.#carry) {
            const nl = chunk.indexOf(NL);
            if (nl < 0) {
                this.#checkLine(this.#carry.length + chunk.length);
                this.#carry = Buffer.concat([this.#carry, chunk]);
                return;
            }
            const line = Buffer.concat([this.#carry, chunk.subarray(0, nl)]);
            this.#carry = undefined;
            this.#scan(line, 0, line.length);
            start = nl + 1;
        }
        for (;;) {
            const nl = chunk.indexOf(NL, start);
            if (nl < 0)
                break;
            this.#scan(chunk, start, nl);
            start = nl + 1;
        }
        // A copy: the chunk's memory is not kept alive for a few bytes.
        if (start < chunk.length) {
            this.#checkLine(chunk.length - start);
            this.#carry = Buffer.from(chunk.subarray(start));
        }
    }
    /** A line (a path and its packages) is short; one without end is no Contents index. */
    #checkLine(length) {
        if (length <= MAX_CONTENTS_LINE_BYTES)
            return;
        throw new ContentsIndexError(this.source, `line ${this.#line + 1} is longer than ${formatBytes(MAX_CONTENTS_LINE_BYTES)} ` +
            `(${MAX_CONTENTS_LINE_BYTES} bytes, the limit for one line): not a Contents index`);
    }
    end() {
        if (this.#carry)
            this.#scan(this.#carry, 0, this.#carry.length);
        this.#carry = undefined;
        return this.entries;
    }
    #scan(buf, start, end) {
        this.#line++;
        if (end > start && buf[end - 1] === CR)
            end--;
        if (end === start)
            return;
        const { prefixes, directory } = this.filter;
        if (!prefixes.some((p) => startsWith(buf, start, end, p)))
            return;
        // The package list is what follows the last run of blanks.
        let listStart = end;
        while (listStart > start && !isBlank(buf[listStart - 1]))
            listStart--;
        let pathEnd = listStart;
        while (pathEnd > start && isBlank(buf[pathEnd - 1]))
            pathEnd--;
        if (pathEnd === start || listStart === end) {
            throw new ContentsIndexError(this.source, `line ${this.#line}: expected "<path> <section>/<package>[,...]", got ` +
                JSON.stringify(buf.toString('utf8', start, Math.min(end, start + 200))));
        }
        if (directory) {
            let slash = pathEnd - 1;
            while (slash >= start && buf[slash] !== SLASH)
                slash--;
            if (slash < start || !directory(buf.toString('latin1', start, slash)))
                return;
        }
        const path = buf.toString('utf8', start, pathEnd);
        const names = buf
            .toString('utf8', listStart, end)
            .split(',')
            .filter((q) => q !== '')
            .map((qualified) => this.#intern(qualified.slice(qualified.lastIndexOf('/') + 1)));
        const before = this.entries.get(path);
        if (before) {
            for (const name of names)
                if (!before.includes(name))
                    before.push(name);
        }
        else {
            this.entries.set(path, names);
        }
    }
    #intern(name) {
        const known = this.#names.get(name);
        if (known !== undefined)
            return known;
        this.#names.set(name, name);
        return name;
    }
}
/**
 * Parses the (decompressed) text of a Contents file, given whole or as chunks, keeping the
 * paths in `scope`. `source` (its URL) names it in errors.
 */
async function parseContents(text, scope, source) {
    const scanner = new ContentsScanner(lineFilter(scope, source), source);
    if (text instanceof Uint8Array) {
        scanner.push(Buffer.from(text.buffer, text.byteOffset, text.byteLength));
    }
    else {
        for await (const chunk of text) {
            scanner.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        }
    }
    return scanner.end();
}
class MemoryContentsIndex {
    scope;
    suite;
    component;
    architecture;
    verified;
    #entries;
    #byPackage;
    constructor(origin, scope, entries) {
        this.scope = scope;
        this.suite = origin.suite;
        this.component = origin.component;
        this.architecture = origin.architecture;
        this.verified = origin.verified ?? true;
        this.#entries = entries;
    }
    get size() {
        return this.#entries.size;
    }
    paths() {
        return this.#entries.keys();
    }
    packagesOf(path) {
        return [...(this.#entries.get(path.replace(/^\/+/, '')) ?? [])];
    }
    filesOf(name) {
        if (!this.#byPackage) {
            const byPackage = new Map();
            for (const [path, names] of this.#entries) {
                for (const n of names) {
                    const list = byPackage.get(n);
                    if (list)
                        list.push(path);
                    else
                        byPackage.set(n, [path]);
                }
            }
            for (const list of byPackage.values())
                list.sort();
            this.#byPackage = byPackage;
        }
        return [...(this.#byPackage.get(name) ?? [])];
    }
    findLibrary(soname) {
        const triplet = multiarchTriplet(this.architecture);
        const dirs = triplet ? [`lib/${triplet}`, `usr/lib/${triplet}`] : [];
        dirs.push('lib', 'usr/lib');
        const found = [];
        for (const dir of dirs) {
            const path = `${dir}/${soname}`;
            const packages = this.#entries.get(path);
            if (packages)
                found.push({ path, packages: [...packages] });
        }
        return found;
    }
}
/** An index over parsed entries (from a Contents file or the parsed-index cache). */
function createContentsIndex(origin, scope, entries) {
    return new MemoryContentsIndex(origin, scope, entries);
}

;// CONCATENATED MODULE: ./packages/apt/src/contents-cache.ts
/**
 * Parsed Contents indexes on disk, next to the parsed Packages indexes and with the same
 * checks (see cache.ts): `parsed/<sha256 of the Contents file>.contents-<scope>.v<format>.json`,
 * whose first line holds the seal of its body (cache-seal.ts). A file that does not match is treated as
 * absent. The body is `[names, rows]`: package names once, then `[path, nameIndex...]` rows.
 */





// Bump when the layout changes: old files are then simply not found.
const FORMAT = 2;
const MAGIC = 'pgforge-apt-parsed-contents';
function contents_cache_pathOf(dir, sha256, scope) {
    return (0,external_node_path_.join)(dir, 'parsed', `${sha256}.contents-${scope}.v${FORMAT}.json`);
}
async function getParsedContents(dir, sha256, scope) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(contents_cache_pathOf(dir, sha256, scope));
    }
    catch {
        return undefined;
    }
    const newline = bytes.indexOf(0x0a);
    if (newline < 0)
        return undefined;
    const header = bytes.toString('latin1', 0, newline).split(' ');
    const body = bytes.subarray(newline + 1);
    if (header[0] !== MAGIC ||
        header[1] !== sha256 ||
        header[2] !== (await seal(sha256, scope, body))) {
        return undefined;
    }
    try {
        const [names, rows] = JSON.parse(body.toString('utf8'));
        const entries = new Map();
        for (const [path, ...ids] of rows) {
            entries.set(path, ids.map((i) => {
                const name = names[i];
                if (typeof name !== 'string')
                    throw new Error('bad name index');
                return name;
            }));
        }
        await markUsed(contents_cache_pathOf(dir, sha256, scope));
        return entries;
    }
    catch {
        return undefined;
    }
}
async function putParsedContents(dir, sha256, scope, entries) {
    const ids = new Map();
    const rows = [];
    for (const [path, names] of entries) {
        const row = [path];
        for (const name of names) {
            let id = ids.get(name);
            if (id === undefined) {
                id = ids.size;
                ids.set(name, id);
            }
            row.push(id);
        }
        rows.push(row);
    }
    const body = Buffer.from(JSON.stringify([[...ids.keys()], rows]), 'utf8');
    const header = Buffer.from(`${MAGIC} ${sha256} ${await seal(sha256, scope, body)}\n`, 'latin1');
    await cache_writeAtomically(contents_cache_pathOf(dir, sha256, scope), Buffer.concat([header, body]));
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/apt/src/decompress.ts
/**
 * Index files come as .xz, .gz (node:zlib) or uncompressed. A large xz input goes through the
 * system's `xz` when there is one: faster than the WebAssembly decoder (xz-decompress, no
 * native build, the fallback) on a suite's main index, and in another process, so that the
 * indexes of two architectures decompress side by side while this one parses. A small one
 * (a `.deb` member) goes there only while this process is small (systemXzPays): starting a
 * process costs more the more memory this one holds (a fork copies its page tables: ~100 ms
 * each with a 2 GB heap, most of a cold batch of extension images when it spawned per member),
 * and the tiniest are decoded here anyway.
 *
 * Every path counts what comes out and stops past `maxBytes` with DecompressionLimitError,
 * holding no more than that: a bomb costs the limit, not the machine.
 */






/**
 * The WebAssembly xz decoder, loaded when first needed: a warm run decodes nothing. The module
 * is CommonJS: Node's ESM loader exposes it as the default export only, while bundlers (ncc)
 * and vitest also give the named export. Take whichever is there.
 */
async function xzReadableStream() {
    const xz = await __webpack_require__.e(/* import() */ 642).then(__webpack_require__.t.bind(__webpack_require__, 6642, 23));
    return (xz.XzReadableStream ??
        xz.default
            .XzReadableStream);
}
function compressionOf(path) {
    if (path.endsWith('.xz'))
        return 'xz';
    if (path.endsWith('.gz'))
        return 'gz';
    return 'none';
}
/** What has come out so far, failing past the limit. */
class Collector {
    limit;
    limitName;
    chunks = [];
    total = 0;
    constructor(limit, limitName) {
        this.limit = limit;
        this.limitName = limitName;
    }
    /** False (and nothing kept) once past the limit. */
    add(chunk) {
        this.total += chunk.length;
        if (this.total > this.limit)
            return false;
        this.chunks.push(chunk);
        return true;
    }
    get error() {
        return new DecompressionLimitError(this.limit, this.total, this.limitName);
    }
    bytes() {
        return Buffer.concat(this.chunks, this.total);
    }
    /** Lets go of what came out (nobody will ask for it). */
    drop() {
        this.chunks.length = 0;
    }
}
function collector(options) {
    return new Collector(checkByteLimit('maxBytes', options.maxBytes ?? MAX_PACKAGES_INDEX_BYTES), options.limitName);
}
async function decompress(bytes, compression, options = {}) {
    switch (compression) {
        case 'none': {
            const out = collector(options);
            if (!out.add(bytes))
                throw out.error;
            return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        }
        case 'gz':
            return gunzipLimited(bytes, collector(options));
        case 'xz':
            if (!systemXzPays(bytes.length, process.memoryUsage.rss()))
                return wasmXz(bytes, options);
            return (await systemXz(bytes, options)) ?? wasmXz(bytes, options);
    }
}
/**
 * Whether `xz` in a process of its own beats the WebAssembly decoder here, for `size` bytes of
 * input while this process holds `rss` bytes. Starting a process copies this one's page tables,
 * a cost that grows with its memory: about 25 ms at 180 MB, 100 ms at 2 GB. The decoding is
 * about 3× faster in `xz`, and off this thread, side by side for two architectures.
 * Measured on a 2-core machine: a `.deb`'s 270 KB data.tar.xz takes 85 ms in WebAssembly and
 * 30 ms through `xz` at 180 MB; a suite's 12 MB index 1.7 s against 1.2 s at 2 GB.
 */
function systemXzPays(size, rss) {
    if (size >= SYSTEM_XZ_ALWAYS_BYTES)
        return true;
    return size >= SYSTEM_XZ_SMALL_BYTES && rss <= SMALL_PROCESS_BYTES;
}
const SYSTEM_XZ_ALWAYS_BYTES = 4 * 1024 * 1024;
const SYSTEM_XZ_SMALL_BYTES = 64 * 1024;
const SMALL_PROCESS_BYTES = 768 * 1024 * 1024;
/**
 * gunzip in one call, zlib holding to the limit itself (`maxOutputLength`), in 256 KiB chunks:
 * a quarter of the callbacks on the main thread the 64 KiB stream made, which waited behind
 * another index being parsed. Past the limit, zlib stops having held no more than it.
 */
function gunzipLimited(bytes, out) {
    // zlib refuses a maxOutputLength above the largest Buffer (4 GiB on Node 20) before decoding.
    const maxOutputLength = Math.min(out.limit, external_node_buffer_.constants.MAX_LENGTH);
    return new Promise((resolve, reject) => {
        (0,external_node_zlib_.gunzip)(bytes, { maxOutputLength, chunkSize: 256 * 1024 }, (error, result) => {
            if (error?.code === 'ERR_BUFFER_TOO_LARGE') {
                // zlib stops on the chunk that goes past: more than the limit came out.
                reject(new DecompressionLimitError(out.limit, maxOutputLength + 1, out.limitName));
            }
            else if (error)
                reject(error);
            else
                resolve(result);
        });
    });
}
async function wasmXz(bytes, options = {}) {
    const out = collector(options);
    const XzReadableStream = await xzReadableStream();
    const reader = new XzReadableStream(new Blob([bytes]).stream()).getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            return out.bytes();
        if (!out.add(value)) {
            await reader.cancel().catch(() => undefined);
            throw out.error;
        }
    }
}
let noSystemXz = false;
/**
 * `xz -dc` of the bytes; undefined when it fails, or there is no `xz` (never tried again).
 * Output past the limit stops xz and rejects with DecompressionLimitError.
 */
function systemXz(bytes, options = {}) {
    if (noSystemXz)
        return Promise.resolve(undefined);
    const out = collector(options);
    return new Promise((resolve, reject) => {
        // Without XZ_OPT and XZ_DEFAULTS: an option there (--single-stream) could cut the output
        // short with a zero exit status.
        const env = environment_childEnvironment();
        delete env.XZ_OPT;
        delete env.XZ_DEFAULTS;
        let child;
        try {
            // --threads=0: Debian's indexes come in several blocks, which xz 5.4 decodes in parallel.
            child = (0,external_node_child_process_.spawn)('xz', ['--decompress', '--stdout', '--quiet', '--threads=0'], {
                stdio: ['pipe', 'pipe', 'pipe'],
                env,
            });
        }
        catch {
            resolve(undefined);
            return;
        }
        // No streams when the process could not be made (EMFILE and the like): the fallback.
        if (!child.stdout || !child.stdin || !child.stderr) {
            child.on('error', () => undefined);
            resolve(undefined);
            return;
        }
        let over = false;
        const proc = child;
        child.stdout.on('data', (c) => {
            if (over || out.add(c))
                return;
            over = true;
            proc.kill('SIGKILL');
            proc.stdout?.destroy();
            reject(out.error);
        });
        child.stderr.resume();
        child.on('error', (error) => {
            if (error.code === 'ENOENT')
                noSystemXz = true;
            resolve(undefined);
        });
        // Any failure (damaged input, an xz too old for an option) falls back to the WebAssembly
        // decoder, whose error then names what is wrong with the bytes.
        child.on('close', (code) => {
            if (!over)
                resolve(code === 0 ? out.bytes() : undefined);
        });
        // A closed pipe (xz gave up on bad input) is told by its exit status, not by this.
        child.stdin.on('error', () => undefined);
        child.stdin.end(bytes);
    });
}

;// CONCATENATED MODULE: ./packages/apt/src/decompress-stream.ts
/**
 * Decompression as a stream of chunks, for index files too big to hold decompressed at once
 * (a suite's Contents-all is 590 MB of text, more than a JavaScript string may hold). What
 * comes out is counted, and past `maxBytes` the stream fails with DecompressionLimitError.
 */





const CHUNK = 1 << 20;
async function* decompressChunks(bytes, compression, options = {}) {
    const limit = checkByteLimit('maxBytes', options.maxBytes ?? MAX_CONTENTS_BYTES);
    switch (compression) {
        case 'none':
            if (bytes.length > limit) {
                throw new DecompressionLimitError(limit, bytes.length, options.limitName);
            }
            yield bytes;
            return;
        case 'gz': {
            const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK });
            external_node_stream_.Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]).pipe(gunzip);
            let total = 0;
            try {
                for await (const chunk of gunzip) {
                    total += chunk.length;
                    if (total > limit)
                        throw new DecompressionLimitError(limit, total, options.limitName);
                    yield chunk;
                }
            }
            finally {
                gunzip.destroy();
            }
            return;
        }
        case 'xz':
            // xz-decompress streams too, but Debian publishes Contents as .gz only: one chunk will do.
            yield await decompress(bytes, 'xz', {
                maxBytes: limit,
                ...(options.limitName === undefined ? {} : { limitName: options.limitName }),
            });
            return;
    }
}
/**
 * A tap (http.ts) that gunzips a body while it downloads: `end()` gives its text, or rejects
 * (DecompressionLimitError past `maxBytes`, counted as decompress() counts it, default
 * MAX_PACKAGES_INDEX_BYTES; zlib's error for bytes that are not gzip). Nothing is to be
 * trusted before the caller has checked the bytes against their signed SHA256, and the caller
 * aborts a tap whose bytes did not match; a text nobody asks for fails quietly.
 */
function gunzipTap(options = {}) {
    const out = collector(options);
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK });
    let written = 0;
    const stop = (error) => {
        gunzip.destroy(error);
        // What came out is no longer anybody's: not held until the promise is dropped.
        out.drop();
    };
    const text = new Promise((resolve, reject) => {
        gunzip.on('data', (chunk) => {
            if (!out.add(chunk))
                stop(out.error);
        });
        gunzip.once('end', () => resolve(out.bytes()));
        gunzip.once('error', reject);
    });
    text.catch(() => undefined);
    return {
        write: (chunk) => {
            if (gunzip.destroyed)
                return;
            written += chunk.length;
            if (options.listedBytes !== undefined && written > options.listedBytes) {
                stop(new Error(`more than the ${options.listedBytes} bytes listed: not decompressed further`));
                return;
            }
            gunzip.write(chunk);
        },
        end: () => {
            if (!gunzip.destroyed)
                gunzip.end();
            return text;
        },
        abort: () => stop(new Error('the bytes were refused: what they decompressed is thrown away')),
    };
}

;// CONCATENATED MODULE: ./packages/apt/src/http.ts
/**
 * GET with bounded retries, by the project's one retry policy (@pgforge/http, shared with the
 * registry client): 429 and 5xx but 501 are retried with exponential backoff, or after the
 * server's Retry-After when it gives one (capped, so a server cannot stall a build); a reset or a
 * timeout is retried; a host that does not resolve or refuses the connection is not, since the
 * same request would meet the same answer.
 */


const BACKOFF = { baseDelayMs: 500, maxDelayMs: 30_000, random: Math.random };
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const attemptsText = (attempts) => ` (after ${attempts} attempt${attempts === 1 ? '' : 's'})`;
/**
 * The body of `url` for 200, `{ status: 404 }` for 404 (callers decide what a missing file
 * means), and HttpError for anything else once retries are spent.
 */
async function httpGet(url, options, get = {}) {
    const sleep = options.sleep ?? defaultSleep;
    const attempts = Math.max(0, Math.floor(options.retries)) + 1;
    let last;
    for (let attempt = 0; attempt < attempts; attempt++) {
        let retryAfter;
        try {
            const response = await options.fetch(url, {
                redirect: 'follow',
                ...(get.revalidate ? { headers: { 'cache-control': 'no-cache', pragma: 'no-cache' } } : {}),
            });
            if (response.status === 200) {
                // Reading the body can fail mid-way too (connection reset): that is retried below.
                const tap = get.tap?.();
                let body;
                try {
                    body = await http_readLimited(url, response, get.limit, tap);
                }
                catch (error) {
                    tap?.abort();
                    throw error;
                }
                return tap ? { status: 200, body, tapped: tap.end() } : { status: 200, body };
            }
            await response.body?.cancel().catch(() => undefined);
            if (response.status === 404)
                return { status: 404 };
            const reason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
            if (!isRetryableStatus(response.status))
                throw new HttpError(url, response.status, reason);
            last = new HttpError(url, response.status, `${reason}${attemptsText(attempt + 1)}`);
            retryAfter = parseRetryAfter(response.headers.get('retry-after'), Date.now());
        }
        catch (error) {
            if (error instanceof HttpError)
                throw error;
            const verdict = classifyNetworkError(error);
            const text = `${errorText(error)}${causeText(error)}`;
            if (!verdict.retry) {
                throw new HttpError(url, undefined, `${text} (${verdict.why}: not retried)`, {
                    cause: error,
                });
            }
            last = new HttpError(url, undefined, `${text}${attemptsText(attempt + 1)}`, {
                cause: error,
            });
        }
        if (attempt + 1 < attempts)
            await sleep(retryDelay(attempt, retryAfter, BACKOFF));
    }
    throw last ?? new HttpError(url, undefined, 'no attempt made');
}
async function http_readLimited(url, response, limit, tap) {
    try {
        return await readBody(response, limit?.bytes, tap && ((chunk) => tap.write(chunk)));
    }
    catch (error) {
        if (!(error instanceof BodyTooLargeError) || !limit)
            throw error;
        const what = error.announced
            ? `the mirror announced ${error.bytes} bytes, and none were read`
            : `reading stopped after ${error.bytes} bytes`;
        throw new HttpError(url, 200, `the answer is longer than ${limit.bytes} bytes (${limit.reason}): ${what}`);
    }
}
/** fetch's "fetch failed" hides the reason (ECONNREFUSED, ENOTFOUND) in `cause`. */
function causeText(error) {
    const cause = error instanceof Error ? error.cause : undefined;
    if (cause === undefined)
        return '';
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
    const text = errorText(cause);
    return `: ${code && !text.includes(code) ? `${code} ` : ''}${text}`;
}

;// CONCATENATED MODULE: ./packages/apt/src/relations.ts
/**
 * Relationship fields with their version constraints (deb-control(5)): `a (>= 1), b | c:any`.
 * parseDependsNames (depends.ts) keeps only the names; resolving dependencies needs the
 * constraints too, and Provides' `(= version)`.
 */

// name[:arch] [(op version)]; architecture lists and build profiles are removed before.
const ALTERNATIVE = /^([^\s:(]+)(?::\S+?)?\s*(?:\(\s*(<<|<=|>=|>>|=|<|>)\s*([^\s)]+)\s*\))?$/;
function operator(op) {
    // `<` and `>` are the obsolete spellings of `<=` and `>=` (deb-control(5)).
    if (op === '<')
        return '<=';
    if (op === '>')
        return '>=';
    return op;
}
/**
 * One inner array per comma-separated group, holding its `|` alternatives. An alternative that
 * does not follow the grammar keeps its first word as the name and no constraint, as
 * parseDependsNames does, rather than failing a whole index over one odd stanza.
 */
function parseRelations(field) {
    const groups = [];
    // A build profile is `<...>` holding no parenthesis or `<`: so `(<< 2)` is left alone.
    const stripped = field.replace(/\[[^\]]*\]/g, ' ').replace(/<[^<>()]*>/g, ' ');
    for (const group of stripped.split(',')) {
        const alternatives = [];
        for (const text of group.split('|')) {
            const trimmed = text.trim().replace(/\s+/g, ' ');
            if (trimmed === '')
                continue;
            const m = ALTERNATIVE.exec(trimmed);
            if (m?.[1]) {
                const relation = { name: m[1] };
                if (m[2] && m[3])
                    relation.constraint = { op: operator(m[2]), version: m[3] };
                alternatives.push(relation);
            }
            else {
                const name = trimmed.split(/[\s(]/)[0]?.split(':')[0] ?? '';
                if (name !== '')
                    alternatives.push({ name });
            }
        }
        if (alternatives.length > 0)
            groups.push(alternatives);
    }
    return groups;
}
/** Whether `version` meets the constraint (always, when there is none). */
function satisfiesConstraint(version, constraint) {
    if (!constraint)
        return true;
    const c = debian_version_compareDebianVersions(version, constraint.version);
    switch (constraint.op) {
        case '<<':
            return c < 0;
        case '<=':
            return c <= 0;
        case '=':
            return c === 0;
        case '>=':
            return c >= 0;
        case '>>':
            return c > 0;
    }
}
/** The relation as deb-control writes it: `libc6 (>= 2.38)`. */
function formatRelation(relation) {
    const { name, constraint } = relation;
    return constraint ? `${name} (${constraint.op} ${constraint.version})` : name;
}

;// CONCATENATED MODULE: ./packages/apt/src/packages.ts
/**
 * Binary package indexes (`Packages`): stanzas by name, versions in dpkg's order.
 */



/** The names a Provides field lists (`a (= 1), b` → a, b), as the closure reads them. */
function providedNames(provides) {
    if (provides === '')
        return [];
    // Provides is `name [(= version)]` items, comma-separated: read here by hand, since a suite
    // of Rust crates provides tens of thousands of names and parseRelations' general grammar
    // was a third of building an index's table. Anything else (alternatives, architecture lists,
    // build profiles, which Provides does not allow) goes through the general parser.
    if (/[|[<]/.test(provides)) {
        return [...new Set(parseRelations(provides).flatMap((group) => group.map((r) => r.name)))];
    }
    // Outside printable ASCII, `\s` may mean more than the blanks the loop knows: the expression.
    if (/[^ -~\t\n\v\f\r]/.test(provides)) {
        const names = new Set();
        for (const item of provides.split(',')) {
            const name = /^\s*([^\s:(]+)/.exec(item)?.[1];
            if (name !== undefined)
                names.add(name);
        }
        return [...names];
    }
    // Each item's name: after leading blanks, up to a blank, `:`, `(` or the next comma.
    const names = new Set();
    const length = provides.length;
    let at = 0;
    while (at < length) {
        while (at < length && packages_isBlank(provides.charCodeAt(at)))
            at++;
        let end = at;
        for (; end < length; end++) {
            const c = provides.charCodeAt(end);
            if (c === COMMA || c === COLON || c === OPEN || packages_isBlank(c))
                break;
        }
        if (end > at)
            names.add(provides.slice(at, end));
        const comma = provides.indexOf(',', end);
        if (comma < 0)
            break;
        at = comma + 1;
    }
    return [...names];
}
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN = 0x28;
/** What `\s` matches in ASCII: space, tab, and line feed to carriage return. */
function packages_isBlank(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
/** Priority required or Essential: what debootstrap's minbase installs. */
function isRequired(p) {
    return p?.priority === 'required' || p?.essential === true;
}
/** The providers of `virtual` as a list. */
function providersOf(providers, virtual) {
    const list = providers.get(virtual);
    if (list === undefined)
        return [];
    return typeof list === 'string' ? [list] : list;
}
/** providers() and required() of an index, built from each name's newest stanza in turn. */
class Summary {
    providers = new Map();
    required = [];
    /** `name` with its newest stanza; each name once. */
    add(name, newest) {
        if (isRequired(newest))
            this.required.push(name);
        if (newest.provides === '')
            return;
        for (const virtual of providedNames(newest.provides)) {
            const list = this.providers.get(virtual);
            if (list === undefined)
                this.providers.set(virtual, name);
            else if (typeof list === 'string')
                this.providers.set(virtual, [list, name]);
            else
                list.push(name);
        }
    }
}
class MemoryPackageIndex {
    suite;
    component;
    architecture;
    digest;
    size;
    #byName = new Map();
    constructor(origin, packages) {
        this.suite = origin.suite;
        this.component = origin.component;
        this.architecture = origin.architecture;
        if (origin.digest !== undefined)
            this.digest = origin.digest;
        this.size = packages.length;
        for (const p of packages) {
            const list = this.#byName.get(p.package);
            if (list)
                list.push(p);
            else
                this.#byName.set(p.package, [p]);
        }
        for (const [name, list] of this.#byName) {
            if (list.length < 2)
                continue;
            try {
                // Stable: stanzas with equal versions keep their order in the file.
                list.sort((a, b) => debian_version_compareDebianVersions(b.version, a.version));
            }
            catch (error) {
                throw new errors_PackagesIndexError(origin.source, `${name}: ${errorText(error)}`, {
                    cause: error,
                });
            }
        }
    }
    names() {
        return this.#byName.keys();
    }
    namesWithPrefix(prefix) {
        return [...this.#byName.keys()].filter((n) => n.startsWith(prefix));
    }
    versions(name) {
        return [...(this.#byName.get(name) ?? [])];
    }
    newest(name, filter) {
        const list = this.#byName.get(name);
        if (!list)
            return undefined;
        return filter ? list.find(filter) : list[0];
    }
    #summary;
    get #summarised() {
        if (!this.#summary) {
            this.#summary = new Summary();
            for (const [name, list] of this.#byName) {
                const newest = list[0];
                if (newest)
                    this.#summary.add(name, newest);
            }
        }
        return this.#summary;
    }
    providers(virtual) {
        return providersOf(this.#summarised.providers, virtual);
    }
    required() {
        return this.#summarised.required;
    }
}
/** An index over already parsed stanzas (from a Packages file or the parsed-index cache). */
function createPackageIndex(origin, packages) {
    return new MemoryPackageIndex(origin, packages);
}
/**
 * An index whose stanzas of a name are loaded when first asked for (from a stored text, or from
 * other indexes), newest first, and kept.
 */
class LazyPackageIndex {
    suite;
    component;
    architecture;
    digest;
    source;
    #loaded = new Map();
    constructor(origin) {
        this.suite = origin.suite;
        this.component = origin.component;
        this.architecture = origin.architecture;
        if (origin.digest !== undefined)
            this.digest = origin.digest;
        this.source = origin.source;
    }
    #stanzas(name) {
        let list = this.#loaded.get(name);
        if (!list) {
            list = this.load(name);
            this.#loaded.set(name, list);
        }
        return list;
    }
    versions(name) {
        return [...this.#stanzas(name)];
    }
    newest(name, filter) {
        const list = this.#stanzas(name);
        return filter ? list.find(filter) : list[0];
    }
}
/**
 * Several Packages files read as one (an archive that keeps `all` stanzas in binary-all beside
 * binary-<arch>): a stanza listed in more than one (same name, version and architecture)
 * counts once, the first file's.
 */
class UnionPackageIndex extends LazyPackageIndex {
    #parts;
    constructor(origin, parts) {
        super(origin);
        this.#parts = parts;
    }
    load(name) {
        const seen = new Set();
        const list = [];
        for (const part of this.#parts) {
            for (const p of part.versions(name)) {
                const id = `${p.version}\0${p.architecture}`;
                if (seen.has(id))
                    continue;
                seen.add(id);
                list.push(p);
            }
        }
        try {
            list.sort((a, b) => debian_version_compareDebianVersions(b.version, a.version));
        }
        catch (error) {
            throw new errors_PackagesIndexError(this.source, `${name}: ${errorText(error)}`, { cause: error });
        }
        return list;
    }
    *names() {
        const seen = new Set();
        for (const part of this.#parts) {
            for (const name of part.names()) {
                if (seen.has(name))
                    continue;
                seen.add(name);
                yield name;
            }
        }
    }
    namesWithPrefix(prefix) {
        return new Set(this.#parts.flatMap((part) => [...part.namesWithPrefix(prefix)]));
    }
    // A name's newest stanza here is some part's newest, so each part's lists hold every
    // candidate; the check keeps those whose newest across the parts still qualifies.
    providers(virtual) {
        const names = new Set(this.#parts.flatMap((part) => part.providers(virtual)));
        return [...names].filter((n) => providedNames(this.newest(n)?.provides ?? '').includes(virtual));
    }
    required() {
        const names = new Set(this.#parts.flatMap((part) => part.required()));
        return [...names].filter((n) => isRequired(this.newest(n)));
    }
    get size() {
        let count = 0;
        for (const name of this.names())
            count += this.versions(name).length;
        return count;
    }
}
function unionPackageIndex(origin, parts) {
    const [only] = parts;
    if (parts.length === 1 && only)
        return only;
    // Known by its parts, in order, when each is known.
    const digests = parts.map((p) => p.digest);
    const digest = digests.every((d) => d !== undefined) ? digests.join('+') : undefined;
    return new UnionPackageIndex({ ...origin, ...(digest !== undefined ? { digest } : {}) }, parts);
}

;// CONCATENATED MODULE: ./packages/apt/src/packages-parse.ts
/**
 * A Packages file straight from its bytes into BinaryPackage values.
 *
 * Written by hand rather than through parseDeb822: a suite's main index is ~57 MB and ~70k
 * stanzas, and the generic parser (a Map per stanza, every value sliced out of one decoded
 * string) took 1.3–3.9 s on it. This scanner decodes only the thirteen fields a BinaryPackage
 * keeps, straight from the bytes, so the values are fresh strings that do not pin the whole
 * decoded text in memory. Field names are matched case-insensitively, as deb822 requires.
 */

const FIELDS = [
    'package',
    'version',
    'architecture',
    'source',
    'filename',
    'size',
    'sha256',
    'depends',
    'pre-depends',
    'provides',
    'section',
    'priority',
    'essential',
];
// Indexes into FIELDS.
const PACKAGE = 0;
const VERSION = 1;
const ARCHITECTURE = 2;
const SOURCE = 3;
const FILENAME = 4;
const SIZE = 5;
const SHA256 = 6;
const DEPENDS = 7;
const PRE_DEPENDS = 8;
const PROVIDES = 9;
const SECTION = 10;
const PRIORITY = 11;
const ESSENTIAL = 12;
const FIELD_BYTES = FIELDS.map((f) => Buffer.from(f, 'latin1'));
const packages_parse_NL = 0x0a;
const packages_parse_CR = 0x0d;
const packages_parse_SPACE = 0x20;
const packages_parse_TAB = 0x09;
const packages_parse_COLON = 0x3a;
const HASH = 0x23;
/** Which kept field the name in bytes [start, end) is, or -1. */
function fieldId(buf, start, end) {
    const length = end - start;
    for (let id = 0; id < FIELD_BYTES.length; id++) {
        const want = FIELD_BYTES[id];
        if (want.length !== length)
            continue;
        let i = 0;
        while (i < length) {
            let c = buf[start + i];
            if (c >= 0x41 && c <= 0x5a)
                c |= 0x20;
            if (c !== want[i])
                break;
            i++;
        }
        if (i === length)
            return id;
    }
    return -1;
}
function packages_parse_isBlank(buf, start, end) {
    for (let i = start; i < end; i++) {
        const c = buf[i];
        if (c !== packages_parse_SPACE && c !== packages_parse_TAB)
            return false;
    }
    return true;
}
/** The bytes [start, end) without surrounding blanks, decoded: one string, not two. */
function packages_parse_text(buf, start, end) {
    while (start < end && (buf[start] === packages_parse_SPACE || buf[start] === packages_parse_TAB))
        start++;
    while (end > start && (buf[end - 1] === packages_parse_SPACE || buf[end - 1] === packages_parse_TAB))
        end--;
    return buf.toString('utf8', start, end);
}
const SOURCE_FIELD = /^(\S+)(?:\s*\(\s*([^)\s]+)\s*\))?$/;
/**
 * Walks a Packages file stanza by stanza: `decode` says which fields' values are decoded (the
 * others are only noted as present, which costs no string), and `stanza` receives each one with
 * its first line and byte range. The values array is reused: read it, do not keep it.
 */
function scanStanzas(buf, source, decode, stanza) {
    const values = new Array(FIELDS.length);
    let present = 0;
    let inStanza = false;
    let stanzaLine = 0;
    let stanzaStart = 0;
    let stanzaEnd = 0;
    let current = -1;
    let lineNo = 0;
    const finish = () => {
        if (inStanza)
            stanza(values, present, stanzaLine, stanzaStart, stanzaEnd);
        values.fill(undefined);
        present = 0;
        inStanza = false;
        current = -1;
    };
    const length = buf.length;
    let pos = 0;
    while (pos < length) {
        let end = buf.indexOf(packages_parse_NL, pos);
        const next = end < 0 ? length : end + 1;
        if (end < 0)
            end = length;
        if (end > pos && buf[end - 1] === packages_parse_CR)
            end--;
        lineNo++;
        const first = buf[pos];
        if (inStanza)
            stanzaEnd = next;
        if (end === pos) {
            finish();
        }
        else if (first === packages_parse_SPACE || first === packages_parse_TAB) {
            if (packages_parse_isBlank(buf, pos, end)) {
                finish();
            }
            else if (!inStanza) {
                throw new errors_PackagesIndexError(source, `line ${lineNo}: continuation line outside a stanza`);
            }
            else if (current >= 0) {
                present |= 1 << current;
                if (decode[current]) {
                    const before = values[current];
                    const more = packages_parse_text(buf, pos, end);
                    values[current] = before ? `${before} ${more}` : more;
                }
            }
        }
        else if (first !== HASH) {
            // Found by hand: the name is a few bytes, and a call into indexOf for each of a suite's
            // ~1.2M field lines cost more than the bytes it reads.
            let colon = pos;
            while (colon < end && buf[colon] !== packages_parse_COLON)
                colon++;
            if (colon >= end || colon === pos) {
                throw new errors_PackagesIndexError(source, `line ${lineNo}: expected "Field: value", got "${buf.toString('utf8', pos, end)}"`);
            }
            if (!inStanza) {
                inStanza = true;
                stanzaLine = lineNo;
                stanzaStart = pos;
                stanzaEnd = next;
            }
            current = fieldId(buf, pos, colon);
            if (current >= 0) {
                // Present means a value that is not blank, as `need` in toPackage reads it.
                if (!packages_parse_isBlank(buf, colon + 1, end))
                    present |= 1 << current;
                else
                    present &= ~(1 << current);
                if (decode[current])
                    values[current] = packages_parse_text(buf, colon + 1, end);
            }
        }
        pos = next;
    }
    finish();
}
const ALL_FIELDS = FIELDS.map(() => true);
/**
 * Parses a whole Packages file; `source` (its URL) names it in errors. With `spans`, the byte
 * range [start, end) of each stanza is pushed onto it, in the order of the result: the stored
 * index (packages-store.ts) keeps those ranges to parse one stanza again when it is asked for.
 */
function parsePackagesBytes(bytes, source, spans) {
    const out = [];
    scanStanzas(asBuffer(bytes), source, ALL_FIELDS, (values, present, line, start, end) => {
        out.push(toPackage(values, present, line, source));
        spans?.push(start, end);
    });
    return out;
}
// What the table keeps, and the Size and Source every stanza is checked for.
const HEAD_FIELDS = FIELDS.map((_, id) => [PACKAGE, VERSION, PROVIDES, PRIORITY, ESSENTIAL, SIZE, SOURCE].includes(id));
/**
 * The heads of a whole Packages file and the byte range of each stanza, for the table a cold
 * run stores: it decodes seven fields rather than thirteen and builds no BinaryPackage (the
 * rest of a stanza is parsed when it is asked for). Every stanza is checked as
 * parsePackagesBytes checks it (checkStanza: the same fields, order and messages), so an index
 * that one refuses the other refuses too, before anything is stored.
 */
function parseStanzaHeads(bytes, source, spans) {
    const out = [];
    scanStanzas(asBuffer(bytes), source, HEAD_FIELDS, (values, present, line, start, end) => {
        checkStanza(values, present, line, source);
        const head = {
            package: values[PACKAGE],
            version: values[VERSION],
            provides: values[PROVIDES] ?? '',
        };
        const priority = values[PRIORITY];
        if (priority !== undefined && priority !== '')
            head.priority = priority;
        if (values[ESSENTIAL]?.toLowerCase() === 'yes')
            head.essential = true;
        out.push(head);
        spans.push(start, end);
    });
    return out;
}
function asBuffer(bytes) {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
function missingField(name, id, line, source) {
    const which = name ? `stanza of ${name}` : 'stanza';
    throw new errors_PackagesIndexError(source, `${which} at line ${line} has no ${FIELDS[id] ?? ''} field`);
}
function checkStanza(values, present, line, source) {
    const need = (id) => {
        if (!(present & (1 << id)))
            missingField(values[PACKAGE], id, line, source);
    };
    need(PACKAGE);
    need(VERSION);
    need(SIZE);
    const name = values[PACKAGE];
    const version = values[VERSION];
    const sizeText = values[SIZE];
    const size = Number(sizeText);
    if (!Number.isSafeInteger(size) || size < 0) {
        throw new errors_PackagesIndexError(source, `${name} ${version}: Size "${sizeText}" is not a number`);
    }
    let sourceName = name;
    let sourceVersion = version;
    const sourceField = values[SOURCE];
    if (sourceField !== undefined) {
        const m = SOURCE_FIELD.exec(sourceField);
        if (!m?.[1]) {
            throw new errors_PackagesIndexError(source, `${name} ${version}: Source "${sourceField}" is not "name" or "name (version)"`);
        }
        sourceName = m[1];
        if (m[2])
            sourceVersion = m[2];
    }
    need(ARCHITECTURE);
    need(FILENAME);
    need(SHA256);
    return { name, version, size, sourceName, sourceVersion };
}
function toPackage(values, present, line, source) {
    const { name, version, size, sourceName, sourceVersion } = checkStanza(values, present, line, source);
    const pkg = {
        package: name,
        version,
        architecture: values[ARCHITECTURE],
        source: sourceName,
        sourceVersion,
        filename: values[FILENAME],
        size,
        sha256: values[SHA256].toLowerCase(),
        depends: values[DEPENDS] ?? '',
        preDepends: values[PRE_DEPENDS] ?? '',
        provides: values[PROVIDES] ?? '',
    };
    const section = values[SECTION];
    if (section !== undefined)
        pkg.section = section;
    const priority = values[PRIORITY];
    if (priority !== undefined && priority !== '')
        pkg.priority = priority;
    if (values[ESSENTIAL]?.toLowerCase() === 'yes')
        pkg.essential = true;
    return pkg;
}
/** Parses the text of a Packages file; `source` (its URL or path) names it in errors. */
function parsePackages(text, source) {
    return parsePackagesBytes(Buffer.from(text, 'utf8'), source);
}

;// CONCATENATED MODULE: ./packages/apt/src/packages-store.ts
/**
 * A Packages index as the cache keeps it, so that a later run answers "newest version of these
 * names" without parsing, or even reading, the whole index: rebuilding every stanza of a
 * suite's main index from a parsed copy took 0.2 s per index and architecture, most of a warm
 * extension build (issue 13).
 *
 * What is stored: the Packages text as the mirror published it (the body), and a table of two
 * sorted line blocks, searched in place: `name<TAB>start,end,start,end…` (the byte ranges of
 * that name's stanzas in the body, newest first) and `virtual<TAB>name,name…` (names whose
 * newest stanza provides it), plus the names that are required. A stanza is parsed again only
 * when asked for. cache.ts checks the table as a whole and the body block by block.
 */




const packages_store_TAB = 0x09;
const packages_store_NL = 0x0a;
/** The block of `keys` (each once; sorted in place), each line `key<TAB>value`. */
function lineBlock(keys, valueOf) {
    // Sorted as strings (the built-in order, without a comparator: several times faster on
    // ~90k keys), searched as bytes: the same order for the ASCII names Debian allows (UTF-16
    // and UTF-8 orders differ only between surrogates and U+E000–U+FFFF).
    keys.sort();
    const lines = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        lines[i] = `${key}\t${valueOf(key)}\n`;
    }
    return Buffer.from(lines.join(''), 'utf8');
}
/** The offset of the first line whose key is not below `key` (block.length if none). */
function lowerBound(block, key) {
    let lo = 0;
    let hi = block.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const start = mid === 0 ? 0 : block.lastIndexOf(packages_store_NL, mid - 1) + 1;
        const tab = block.indexOf(packages_store_TAB, start);
        const end = block.indexOf(packages_store_NL, start);
        if (tab < 0 || end < 0 || tab > end)
            throw new Error('malformed stored table line');
        if (Buffer.compare(block.subarray(start, tab), key) < 0)
            lo = end + 1;
        else
            hi = start;
    }
    return lo;
}
/** The value of the line whose key is `key`, by binary search over the sorted block. */
function findLine(block, key) {
    const at = lowerBound(block, Buffer.from(key, 'utf8'));
    if (at >= block.length)
        return undefined;
    const tab = block.indexOf(packages_store_TAB, at);
    const end = block.indexOf(packages_store_NL, at);
    if (tab < 0 || end < 0 || tab > end)
        throw new Error('malformed stored table line');
    if (block.toString('utf8', at, tab) !== key)
        return undefined;
    return block.toString('utf8', tab + 1, end);
}
/** The keys that start with `prefix`: one range of the sorted block. */
function* prefixKeys(block, prefix) {
    const wanted = Buffer.from(prefix, 'utf8');
    for (const key of lineKeys(block, lowerBound(block, wanted))) {
        if (!key.startsWith(prefix))
            return;
        yield key;
    }
}
function* lineKeys(block, from = 0) {
    let pos = from;
    while (pos < block.length) {
        const tab = block.indexOf(packages_store_TAB, pos);
        const end = block.indexOf(packages_store_NL, pos);
        if (tab < 0 || end < 0)
            return;
        yield block.toString('utf8', pos, tab);
        pos = end + 1;
    }
}
/**
 * The table of stanzas read from a Packages text, `spans` as parseStanzaHeads gave them:
 * each name's stanzas newest first (dpkg's order; equal versions keep their order in the file).
 * Written for a suite's ~77k names and ~90k virtual names in a worker's cold start: one map
 * from a name to its place in the order names first come, arrays by that place, and no map
 * or array per name that has one stanza (most).
 */
function tableOf(packages, spans, source) {
    const place = new Map();
    const order = [];
    // The newest stanza of each name, by place: its only one until `more` says otherwise.
    const newest = [];
    // The stanzas of the names that have more than one, by place, in the order of the file.
    const more = new Map();
    for (let i = 0; i < packages.length; i++) {
        const name = packages[i].package;
        const at = place.get(name);
        if (at === undefined) {
            place.set(name, order.length);
            order.push(name);
            newest.push(i);
        }
        else {
            const list = more.get(at);
            if (list)
                list.push(i);
            else
                more.set(at, [newest[at], i]);
        }
    }
    // Sorted in the order names first come, so that a bad version names the same name as before.
    for (const at of [...more.keys()].sort((x, y) => x - y)) {
        const group = more.get(at);
        try {
            group.sort((x, y) => debian_version_compareDebianVersions(packages[y]?.version ?? '', packages[x]?.version ?? ''));
        }
        catch (error) {
            throw new errors_PackagesIndexError(source, `${order[at] ?? ''}: ${errorText(error)}`, {
                cause: error,
            });
        }
        newest[at] = group[0];
    }
    const rangesOf = (name) => {
        const at = place.get(name);
        const group = more.get(at);
        if (group === undefined) {
            const i = newest[at];
            return `${spans[2 * i] ?? 0},${spans[2 * i + 1] ?? 0}`;
        }
        const list = [];
        for (const i of group)
            list.push(spans[2 * i] ?? 0, spans[2 * i + 1] ?? 0);
        return list.join(',');
    };
    // In the order names first come, as every index's providers() and required() give them.
    const summary = new Summary();
    for (let at = 0; at < order.length; at++) {
        summary.add(order[at], packages[newest[at]]);
    }
    const { providers } = summary;
    return {
        size: packages.length,
        required: summary.required,
        names: lineBlock(order, rangesOf),
        providers: lineBlock([...providers.keys()], (virtual) => {
            const list = providers.get(virtual) ?? '';
            return typeof list === 'string' ? list : list.join(',');
        }),
    };
}
/** An index over the stored text: a name's stanzas are read and parsed when first asked for. */
class StoredPackageIndex extends LazyPackageIndex {
    size;
    #table;
    #read;
    constructor(origin, table, read) {
        super(origin);
        this.size = table.size;
        this.#table = table;
        this.#read = read;
    }
    load(name) {
        const line = findLine(this.#table.names, name);
        const ranges = line === undefined ? [] : line.split(',').map(Number);
        const list = [];
        for (let i = 0; i + 1 < ranges.length; i += 2) {
            const [pkg] = parsePackagesBytes(this.#read(ranges[i] ?? 0, ranges[i + 1] ?? 0), this.source);
            if (pkg?.package !== name) {
                throw new errors_PackagesIndexError(this.source, `the cached index is damaged: a stanza of ${name} reads ${pkg?.package ?? 'nothing'}`);
            }
            list.push(pkg);
        }
        return list;
    }
    names() {
        return lineKeys(this.#table.names);
    }
    namesWithPrefix(prefix) {
        return prefixKeys(this.#table.names, prefix);
    }
    providers(virtual) {
        return findLine(this.#table.providers, virtual)?.split(',') ?? [];
    }
    required() {
        return this.#table.required;
    }
}
function storedPackageIndex(origin, table, read) {
    return new StoredPackageIndex(origin, table, read);
}
/** The table of a whole Packages text: every stanza checked, its head read (parseStanzaHeads). */
function tableOfText(text, source) {
    const spans = [];
    return tableOf(parseStanzaHeads(text, source, spans), spans, source);
}
/**
 * Parses a whole Packages text once, for the table to store; the index answers from the text
 * in memory just as a later run's does from the stored copy.
 */
function indexPackagesText(origin, text) {
    const table = tableOfText(text, origin.source);
    return { index: storedPackageIndex(origin, table, (s, e) => text.subarray(s, e)), table };
}

;// CONCATENATED MODULE: ./packages/apt/src/index-read.ts
/**
 * Reading a decompressed Packages text whole (readIndex: every stanza checked, the table built,
 * the blocks hashed), and how that crosses to a worker thread and back: plain data (bytes,
 * strings, numbers), the text transferred, not copied, each message checked on arrival. About
 * 0.7 s of JavaScript per architecture for a suite's main index: index-threads.ts runs it on
 * worker threads. No decompression here, so that the worker's bundle carries none.
 */



/** A Packages text read whole: its table and block hashes; a bad stanza is a PackagesIndexError. */
function index_read_readIndex(text, url) {
    return { text, table: tableOfText(text, url), blocks: bodyBlocks(text) };
}
/** readIndex as a worker answers it, and what to transfer rather than copy. */
function replyTo(job) {
    try {
        const { text, table, blocks } = index_read_readIndex(index_read_asBuffer(job.text), job.url);
        const reply = {
            ok: true,
            text: owned(text),
            size: table.size,
            required: table.required,
            names: owned(table.names),
            providers: owned(table.providers),
            blocks,
        };
        return { reply, transfer: [reply.text.buffer, reply.names.buffer, reply.providers.buffer] };
    }
    catch (error) {
        if (error instanceof PackagesIndexError) {
            return { reply: { ok: false, url: error.url, reason: error.reason }, transfer: [] };
        }
        const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
        return { reply: { ok: false, unexpected: text }, transfer: [] };
    }
}
/** The prepared index a worker's reply for `url` holds, or the error it stands for. */
function preparedOf(reply, url) {
    if (reply.ok) {
        return {
            text: index_read_asBuffer(reply.text),
            table: {
                size: reply.size,
                required: reply.required,
                names: index_read_asBuffer(reply.names),
                providers: index_read_asBuffer(reply.providers),
            },
            blocks: reply.blocks,
        };
    }
    if ('unexpected' in reply) {
        // One line for people; the worker's stack goes along as the cause (PGFORGE_DEBUG shows it).
        const [line = 'an error'] = reply.unexpected.split('\n');
        throw new Error(`reading ${url} on a worker thread failed: ${line}`, {
            cause: new Error(reply.unexpected),
        });
    }
    throw new errors_PackagesIndexError(reply.url, reply.reason);
}
function index_read_asBuffer(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/**
 * The bytes in an ArrayBuffer of their own, which can be transferred: a Buffer may be a view
 * into a larger one (Node's pool), and transferring that would take its neighbours too.
 */
function owned(bytes) {
    if (bytes.buffer instanceof ArrayBuffer &&
        bytes.byteOffset === 0 &&
        bytes.byteLength === bytes.buffer.byteLength) {
        return bytes;
    }
    return Uint8Array.prototype.slice.call(bytes);
}
const isStrings = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
/** A worker's message, checked: what crosses a thread is not typed by the compiler. */
function isIndexReply(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    if (v.ok === true) {
        return (v.text instanceof Uint8Array &&
            typeof v.size === 'number' &&
            isStrings(v.required) &&
            v.names instanceof Uint8Array &&
            v.providers instanceof Uint8Array &&
            isStrings(v.blocks));
    }
    return (v.ok === false &&
        (typeof v.unexpected === 'string' ||
            (typeof v.url === 'string' && typeof v.reason === 'string')));
}
/** The job a worker is given, checked. */
function isReadJob(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return v.text instanceof Uint8Array && typeof v.url === 'string';
}

;// CONCATENATED MODULE: ./packages/apt/src/index-job.ts
/**
 * The work a cold Packages file costs, from the bytes its signed Release vouches for to what
 * the store keeps: decompressed (decompressIndex: zlib in libuv's pool, a large xz in the
 * system's `xz`, a small one in WebAssembly on this thread; a .gz while it downloads, through
 * gunzipTap), then read (index-read.ts).
 */



/** Names the limit on a Packages file's text in errors (DecompressionLimitError). */
const PACKAGES_LIMIT_NAME = 'the limit for a Packages index';
/** The job's text; a failure is a PackagesIndexError naming the file. */
async function decompressIndex(job) {
    try {
        return await (job.text ??
            decompress(job.bytes, job.compression, { limitName: PACKAGES_LIMIT_NAME }));
    }
    catch (error) {
        if (error instanceof DecompressionLimitError) {
            throw new errors_PackagesIndexError(job.url, error.message, { cause: error });
        }
        throw new errors_PackagesIndexError(job.url, `cannot be decompressed: ${errorText(error)}`, {
            cause: error,
        });
    }
}
/** Decompresses and reads one Packages file on this thread. */
async function prepareIndex(job) {
    return index_read_readIndex(await decompressIndex(job), job.url);
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./packages/apt/src/index-threads.ts
/**
 * Where cold Packages files are read (index-job.ts): on worker threads, at most one per core,
 * when the bundle carries the worker (INDEX_WORKER_FILE beside it); else on this thread. Two
 * architectures of a suite then take the time of one on a machine with two cores, and this
 * thread stays free for the downloads and the base image meanwhile. The worker is started
 * while zlib decompresses the file (in libuv's pool, from here; a .gz since its first bytes
 * came, gunzipTap), so that its start costs no time; it is then handed the text.
 *
 * From the TypeScript sources (tests run them through vite, which Node's workers do not), the
 * default is this thread; the test kit starts the worker from its source to test that path, and
 * a test runs the bundled worker itself.
 */






/** The worker's file beside the bundle: scripts/bundle.mjs puts it where this name appears. */
const INDEX_WORKER_FILE = 'apt-index-worker/index.js';
class IndexThreads {
    static #shared;
    #start;
    #limit;
    #running = 0;
    #waiting = [];
    constructor(options = {}) {
        this.#start = options.start === false ? undefined : (options.start ?? bundledIndexWorker());
        this.#limit = Math.max(1, options.concurrency ?? (0,external_node_os_.availableParallelism)());
    }
    /** One for the process: its limit holds across the clients that share it. */
    static shared() {
        IndexThreads.#shared ??= new IndexThreads();
        return IndexThreads.#shared;
    }
    /** Whether jobs run on worker threads. */
    get threaded() {
        return this.#start !== undefined;
    }
    /** The job's prepared index; its failures are those of prepareIndex. */
    async prepare(job) {
        const start = this.#start;
        if (!start)
            return prepareIndex(job);
        if (this.#running >= this.#limit) {
            await new Promise((resolve) => this.#waiting.push(resolve));
        }
        else {
            this.#running++;
        }
        const { answer, ended } = onWorker(start, job);
        // The slot is the thread's, until it has ended (its heap is freed then), not only until
        // it has answered: then it passes to the next job waiting, or is given back.
        void ended.then(() => {
            const next = this.#waiting.shift();
            if (next)
                next();
            else
                this.#running--;
        });
        return answer;
    }
}
/** The worker's answer, and when its thread has ended (never rejects). */
function onWorker(start, job) {
    let worker;
    try {
        worker = start();
    }
    catch (error) {
        return { answer: Promise.reject(error), ended: Promise.resolve() };
    }
    const ended = new Promise((resolve) => worker.once('exit', () => resolve()));
    const answer = new Promise((resolve, reject) => {
        let settled = false;
        const settle = (finish) => {
            if (settled)
                return;
            settled = true;
            finish();
        };
        worker.once('message', (reply) => settle(() => {
            try {
                if (!isIndexReply(reply))
                    throw new Error(`reading ${job.url}: the worker's answer is malformed`);
                resolve(preparedOf(reply, job.url));
            }
            catch (error) {
                reject(error);
            }
        }));
        worker.once('error', (error) => settle(() => reject(new Error(`reading ${job.url} on a worker thread failed: ${errorText(error)}`, {
            cause: error,
        }))));
        worker.once('exit', (code) => settle(() => reject(new Error(`the worker thread reading ${job.url} ended (code ${code}) without an answer`))));
        // Anything that fails before the worker has its text ends the worker too: it would wait
        // for a message forever, holding its slot.
        const fail = (error) => settle(() => {
            void worker.terminate();
            reject(error);
        });
        // Decompressed here (zlib works in libuv's pool) while the thread starts, then handed over.
        decompressIndex(job).then((text) => {
            try {
                // An uncompressed file's text is the caller's bytes: a copy is what goes.
                const own = text.buffer === job.bytes.buffer
                    ? Uint8Array.prototype.slice.call(text)
                    : owned(text);
                const read = { text: own, url: job.url };
                worker.postMessage(read, [own.buffer]);
            }
            catch (error) {
                fail(error);
            }
        }, fail);
    });
    return { answer, ended };
}
/**
 * Starts the worker bundled beside this module, or undefined when there is none (the sources,
 * not a bundle). `from` is a parameter so that ncc does not take the URL for an asset to copy.
 */
function bundledIndexWorker(from = import.meta.url) {
    const url = new URL(INDEX_WORKER_FILE, from);
    if (url.protocol !== 'file:' || !(0,external_node_fs_.existsSync)(url))
        return undefined;
    return () => new external_node_worker_threads_.Worker(url);
}

;// CONCATENATED MODULE: ./packages/apt/src/release.ts
/**
 * Release files (the signed text of InRelease): what the suite holds and the SHA256 of each
 * index, which is what makes every later download trustworthy.
 */


function release_words(value) {
    return value === undefined ? [] : value.split(/\s+/).filter((w) => w !== '');
}
function parseDate(field, value, context) {
    if (value === undefined)
        return undefined;
    const date = new Date(value.trim());
    if (Number.isNaN(date.getTime())) {
        throw new ReleaseParseError(context.mirror, context.suite, `${field} "${value}" is not a date (expected RFC 2822, like "Sat, 12 Sep 2026 07:55:41 UTC")`);
    }
    return date;
}
/** Parses the signed text of an InRelease (or a Release file). */
function parseRelease(text, context) {
    const fail = (reason) => new ReleaseParseError(context.mirror, context.suite, reason);
    const paragraphs = parseDeb822(text, `Release of ${context.suite} at ${context.mirror}`);
    const raw = paragraphs[0];
    if (!raw)
        throw fail('is empty');
    if (paragraphs.length > 1)
        throw fail(`holds ${paragraphs.length} paragraphs, expected one`);
    const list = raw.get('SHA256');
    if (list === undefined) {
        throw fail('has no SHA256 list of its indexes (apt refuses such a Release too)');
    }
    const sha256 = new Map();
    for (const line of list.split('\n')) {
        if (line.trim() === '')
            continue;
        const [hash, sizeText, path, extra] = line.trim().split(/\s+/);
        const size = Number(sizeText);
        if (extra !== undefined ||
            path === undefined ||
            !/^[0-9a-fA-F]{64}$/.test(hash ?? '') ||
            !Number.isSafeInteger(size) ||
            size < 0) {
            throw fail(`SHA256 line "${line}" is not "<sha256> <size> <path>"`);
        }
        sha256.set(path, { size, sha256: hash.toLowerCase() });
    }
    const release = {
        suite: raw.get('Suite')?.trim() || context.suite,
        architectures: release_words(raw.get('Architectures')),
        components: release_words(raw.get('Components')),
        sha256,
        raw,
    };
    const codename = raw.get('Codename')?.trim();
    if (codename)
        release.codename = codename;
    const date = parseDate('Date', raw.get('Date'), context);
    if (date)
        release.date = date;
    const validUntil = parseDate('Valid-Until', raw.get('Valid-Until'), context);
    if (validUntil)
        release.validUntil = validUntil;
    return release;
}
/**
 * Throws ReleaseExpiredError when `now` is past Valid-Until, unless the repository accepts
 * expired Releases (apt's Acquire::Check-Valid-Until=false). A Release without Valid-Until
 * never expires, as for apt.
 */
function checkValidUntil(release, now, allowExpired, context) {
    if (allowExpired || release.validUntil === undefined)
        return;
    if (now.getTime() > release.validUntil.getTime()) {
        throw new ReleaseExpiredError(context.mirror, context.suite, release.validUntil, now);
    }
}
/**
 * The suite asked for must be the Release's Suite or Codename: otherwise a mirror could answer
 * with another suite's (validly signed) Release. apt warns; we refuse, since the indexes that
 * follow would belong to a different distribution.
 */
function checkSuite(release, context) {
    if (release.suite === context.suite || release.codename === context.suite)
        return;
    throw new ReleaseParseError(context.mirror, context.suite, `names Suite "${release.suite}" and Codename "${release.codename ?? ''}", ` +
        `neither of which is the suite asked for`);
}

;// CONCATENATED MODULE: ./packages/apt/src/release-dates.ts
/**
 * The newest `Date` of each mirror × suite's Release this machine has verified, so that a
 * validly signed but older Release (a replayed or frozen index, which would hide every update
 * published since) is refused, as is one dated in the future beyond clock skew.
 *
 * Kept in memory per client and, with a cache directory, in `release-dates.json` beside the
 * indexes, so that the guard holds across runs. A recorded date beyond now plus the skew is not
 * believed (a planted file must not stop every later run); the file only ever moves forward.
 */




/** How far ahead of this machine's clock a Release may be dated (mirrors' clocks drift). */
const RELEASE_DATE_SKEW_MINUTES = 60;
const FILE = 'release-dates.json';
function keyOf(mirror, suite) {
    return `${mirror} ${suite}`;
}
async function readSeen(path) {
    if (path === undefined)
        return {};
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            return {};
        return Object.fromEntries(Object.entries(parsed).filter((entry) => typeof entry[1] === 'string' && !Number.isNaN(Date.parse(entry[1]))));
    }
    catch {
        // Absent or unreadable: nothing seen yet (a torn file costs the guard one run, no more).
        return {};
    }
}
class ReleaseDates {
    #path;
    #seen = new Map();
    #loaded;
    #writing = Promise.resolve();
    /** `cacheDir`: where the dates persist; undefined keeps them for this client only. */
    constructor(cacheDir) {
        this.#path = cacheDir === undefined ? undefined : (0,external_node_path_.join)(cacheDir, FILE);
    }
    /**
     * Refuses `date` when it is older than the newest seen for `mirror` and `suite`, or later
     * than `now` plus the skew; otherwise records it.
     */
    async check(mirror, suite, date, now) {
        // A Release without Date cannot be ordered; apt accepts one too (Debian's always has it).
        if (date === undefined)
            return;
        const limit = now.getTime() + RELEASE_DATE_SKEW_MINUTES * 60_000;
        if (date.getTime() > limit) {
            throw new ReleaseFutureError(mirror, suite, date, now, RELEASE_DATE_SKEW_MINUTES);
        }
        await (this.#loaded ??= this.#load(limit));
        const key = keyOf(mirror, suite);
        const seen = this.#seen.get(key);
        if (seen !== undefined && date.getTime() < seen.getTime()) {
            throw new ReleaseReplayError(mirror, suite, date, seen);
        }
        if (seen !== undefined && date.getTime() === seen.getTime())
            return;
        this.#seen.set(key, date);
        await this.#save(limit);
    }
    async #load(limit) {
        for (const [key, value] of Object.entries(await readSeen(this.#path))) {
            const date = new Date(value);
            if (date.getTime() <= limit)
                this.#seen.set(key, date);
        }
    }
    /** Merges with what another process may have written meanwhile: the newest date wins. */
    #save(limit) {
        const path = this.#path;
        if (path === undefined)
            return Promise.resolve();
        this.#writing = this.#writing
            .catch(() => undefined)
            .then(async () => {
            const merged = await readSeen(path);
            for (const [key, date] of this.#seen) {
                const other = merged[key];
                if (other === undefined ||
                    Date.parse(other) < date.getTime() ||
                    Date.parse(other) > limit) {
                    merged[key] = date.toISOString();
                }
            }
            await cache_writeAtomically(path, `${JSON.stringify(merged, null, 2)}\n`);
        });
        return this.#writing;
    }
}

;// CONCATENATED MODULE: ./packages/apt/src/signature.ts
/**
 * InRelease signatures: an OpenPGP cleartext signed message, checked against keyring files
 * (binary keyrings of concatenated public keys, like Debian's, or ASCII-armored `.asc` files).
 */



let loading;
/**
 * OpenPGP.js, loaded when first asked for rather than when the process starts: it is a
 * megabyte of code, which a warm run never uses (an InRelease verified before is not verified
 * again: verified-releases.ts). loadOpenpgp() starts the load early, while the InRelease is on
 * its way: then it costs a cold run no time, and a warm one only time it spends waiting anyway.
 */
function loadOpenpgp() {
    loading ??= __webpack_require__.e(/* import() */ 74).then(__webpack_require__.bind(__webpack_require__, 3074));
    return loading;
}
/** Reads every public key of a keyring file, armored or binary (told apart by content). */
async function signature_readKeyring(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors_KeyringError(path, `cannot be read: ${errorText(error)}`);
    }
    const head = bytes.subarray(0, 64).toString('latin1').trimStart();
    const armored = head.startsWith('-----BEGIN PGP');
    const { readKeys } = await loadOpenpgp();
    let keys;
    try {
        keys = armored
            ? await readKeys({ armoredKeys: bytes.toString('utf8') })
            : await readKeys({ binaryKeys: new Uint8Array(bytes) });
    }
    catch (error) {
        throw new errors_KeyringError(path, `holds no readable OpenPGP public key: ${errorText(error)}`);
    }
    if (keys.length === 0)
        throw new errors_KeyringError(path, 'holds no OpenPGP public key');
    return { path, keys, armored, sha256: sha256Hex(bytes) };
}
/**
 * The signed text of an InRelease when at least one of its signatures verifies with a key from
 * `keyrings` (apt's rule too: Debian signs with several keys, some of which may be retired).
 */
async function verifyInRelease(armored, keyrings, context) {
    const paths = keyrings.map((k) => k.path);
    const fail = (reason, unknownSigners = []) => new SignatureError(context.mirror, context.suite, paths, reason, unknownSigners);
    const { readCleartextMessage, verify } = await loadOpenpgp();
    let message;
    try {
        message = await readCleartextMessage({ cleartextMessage: armored });
    }
    catch (error) {
        throw fail(`is not an OpenPGP cleartext signed message (${errorText(error)})`);
    }
    const verificationKeys = keyrings.flatMap((k) => k.keys);
    if (verificationKeys.length === 0)
        throw fail('cannot be checked: no keys');
    const result = await verify({ message, verificationKeys, date: context.date });
    if (result.signatures.length === 0)
        throw fail('carries no signature');
    const unknown = [];
    const invalid = [];
    for (const signature of result.signatures) {
        const id = await signerName(signature);
        const known = verificationKeys.some((key) => key.getKeys(signature.keyID).length > 0);
        try {
            if (await signature.verified)
                return result.data;
        }
        catch (error) {
            if (known)
                invalid.push(`${id} (${errorText(error)})`);
            else
                unknown.push(id);
        }
    }
    if (invalid.length > 0) {
        const others = unknown.length > 0 ? `; also signed by unknown key(s) ${unknown.join(', ')}` : '';
        throw fail(`has no valid signature: invalid signature by ${invalid.join(', ')}${others}`);
    }
    throw fail(`is signed only by key(s) ${unknown.join(', ')}, which none of the keyrings hold`, unknown);
}
/**
 * The signer as people compare it with a keyring: the issuer's fingerprint when the signature
 * carries one (every modern signature does), else its 16-digit key ID.
 */
async function signerName(result) {
    const fingerprint = await result.signature.then((s) => s.packets[0]?.issuerFingerprint ?? null, () => null);
    return fingerprint
        ? Buffer.from(fingerprint).toString('hex').toUpperCase()
        : result.keyID.toHex().toUpperCase();
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./packages/apt/src/code-version.ts
/**
 * A digest of the running code, for the keys of cached results (extension images, predicted
 * package sets): any change to it, or to what it links (zlib writes the layers' bytes), makes
 * new keys, so a cached result is never one that today's code would compute differently. A version number would
 * not do: it does not change with every commit, and a stale hit would hand out an image that
 * a fresh build no longer gives.
 *
 * In the bundle (dist/<name>/), the digest of its JavaScript files; run from the sources
 * (tests, benches), of every package's sources and the lock file.
 */




async function filesUnder(dir, keep) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const out = [];
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== 'node_modules' && entry.name !== 'test') {
                out.push(...(await filesUnder(path, keep)));
            }
        }
        else if (keep(entry.name)) {
            out.push(path);
        }
    }
    return out;
}
async function code_version_digestOf(files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of files.sort()) {
        hash.update(`${file.length}:${file}`);
        const bytes = await (0,promises_.readFile)(file).catch(() => Buffer.alloc(0));
        hash.update(`${bytes.length}:`).update(bytes);
    }
    return hash.digest('hex');
}
/** The code's digest, from the running module's place (`from`, this module by default). */
async function computeCodeVersion(from = import.meta.url) {
    const here = from.startsWith('file:') ? (0,external_node_url_.fileURLToPath)(from) : from;
    let files;
    if (here.endsWith('.ts')) {
        // packages/apt/src/code-version.ts: every package's sources, and what they link.
        const packages = (0,external_node_path_.dirname)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(here)));
        files = [
            ...(await filesUnder(packages, (n) => n.endsWith('.ts'))),
            (0,external_node_path_.join)((0,external_node_path_.dirname)(packages), 'package-lock.json'),
        ];
    }
    else {
        files = await filesUnder((0,external_node_path_.dirname)(here), (n) => n.endsWith('.js') || n.endsWith('.cjs'));
    }
    const runtime = `node ${process.versions.node} zlib ${process.versions.zlib ?? ''}`;
    return (0,external_node_crypto_.createHash)('sha256')
        .update(runtime)
        .update(await code_version_digestOf(files))
        .digest('hex');
}
let running;
/** The running code's digest, computed once per process. */
function codeVersion() {
    running ??= computeCodeVersion();
    return running;
}

;// CONCATENATED MODULE: ./packages/apt/src/sealed-file.ts
/**
 * Cached results that later runs trust without checking them against anything signed (a base
 * image's keyrings and dpkg status, an assembled extension image's metadata): JSON files
 * sealed with this machine's key (cache-seal.ts), so that only what this machine computed
 * itself is reused. A file restored from a shared CI cache, edited, truncated or copied under
 * another name fails its seal and reads as absent: the caller computes it again.
 *
 * The seal covers the kind of record and the file's own name (the key it was stored under) as
 * well as the body, so a valid record cannot stand in for another key's.
 */






const sealed_file_MAGIC = 'pgforge-sealed';
/** Writes `value` as `path`, sealed for `kind`; whole or not at all (temporary file, rename). */
async function writeSealedJson(path, kind, value) {
    const body = Buffer.from(JSON.stringify(value), 'utf8');
    const mac = await seal(sealed_file_MAGIC, kind, (0,external_node_path_.basename)(path), body);
    await cache_writeAtomically(path, Buffer.concat([Buffer.from(`${sealed_file_MAGIC} ${kind} ${mac}\n`), body]));
}
/**
 * The value written by writeSealedJson under this `path` and `kind` on this machine, or
 * undefined when absent, unreadable or not sealed by this machine's key. A hit is marked used
 * for the pruner (cache-prune.ts).
 */
async function readSealedJson(path, kind) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch {
        return undefined;
    }
    const newline = bytes.indexOf(0x0a);
    if (newline < 0)
        return undefined;
    const [magic, named, mac] = bytes.toString('latin1', 0, newline).split(' ');
    if (magic !== sealed_file_MAGIC || named !== kind || mac === undefined)
        return undefined;
    const body = bytes.subarray(newline + 1);
    if ((await seal(sealed_file_MAGIC, kind, (0,external_node_path_.basename)(path), body)) !== mac)
        return undefined;
    let value;
    try {
        value = JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
    await markUsed(path);
    return value;
}
/**
 * Results kept under a key, sealed, in one directory: the file's name is a digest of the kind,
 * the code's version (codeVersion) and the caller's key, so a result of other code, or of
 * other inputs, is never found. What a caller reads back it still checks for shape.
 */
class SealedStore {
    dir;
    kind;
    version;
    constructor(dir, kind, version) {
        this.dir = dir;
        this.kind = kind;
        this.version = version;
    }
    #path(key) {
        const name = (0,external_node_crypto_.createHash)('sha256').update(`${this.kind}\0${this.version}\0${key}`).digest('hex');
        return (0,external_node_path_.join)(this.dir, `${this.kind}-${name}.json`);
    }
    get(key) {
        return readSealedJson(this.#path(key), this.kind);
    }
    put(key, value) {
        return writeSealedJson(this.#path(key), this.kind, value);
    }
}

;// CONCATENATED MODULE: ./packages/apt/src/verified-releases.ts
/**
 * InRelease files this machine has verified, so that a warm run does not verify the same bytes
 * again: OpenPGP verification of a suite's 190 KB InRelease (armour, cleartext, RSA) was the
 * largest part of a warm extension build left after its indexes were stored (issue 22).
 *
 * A record is the signed text, kept sealed (sealed-file.ts: only what this machine computed
 * is trusted) under the digest of the InRelease's bytes and of every keyring file's bytes, so
 * other bytes, or other keys, never find it. It is trusted for a day after it was verified:
 * what the signature check depends on besides those bytes is the date (a key or signature that
 * expires), and a day bounds how late an expiry is seen. Valid-Until and the Date field are
 * checked on every run by the caller, as before.
 */






const TRUSTED_FOR_MS = 24 * 60 * 60 * 1000;
function verified_releases_isRecord(value) {
    const v = value;
    return (typeof v === 'object' && v !== null && typeof v.at === 'string' && typeof v.text === 'string');
}
async function fileDigest(path) {
    try {
        return (0,external_node_crypto_.createHash)('sha256')
            .update(await (0,promises_.readFile)(path))
            .digest('hex');
    }
    catch (error) {
        throw new errors_KeyringError(path, `cannot be read: ${errorText(error)}`);
    }
}
class VerifiedReleases {
    #store;
    /** No cache directory, no records: every InRelease is verified. */
    constructor(cacheDir) {
        this.#store =
            cacheDir === undefined
                ? undefined
                : codeVersion().then((v) => new SealedStore((0,external_node_path_.join)(cacheDir, 'verified'), 'inrelease', v));
    }
    /**
     * The digests of the keyring files as they are now, for `text`; read beside the InRelease
     * request, so that an unreadable keyring is named first, as before there were records.
     */
    keyringDigests(keyrings) {
        return Promise.all(keyrings.map(fileDigest));
    }
    /**
     * The signed text of `armored`: from a record of the same bytes and keyrings (`digests`, from
     * keyringDigests) verified in the last day, else from `verify`. What `verify` answers is
     * recorded only when the keyrings it used are those the record is kept under (a file that
     * changed in between must not lend its name to keys that did not check it).
     */
    async text(armored, digests, now, verify) {
        if (this.#store === undefined)
            return (await verify()).text;
        const key = [(0,external_node_crypto_.createHash)('sha256').update(armored).digest('hex'), ...digests].join('\0');
        const store = await this.#store;
        const record = await store.get(key);
        if (verified_releases_isRecord(record)) {
            const age = now.getTime() - Date.parse(record.at);
            if (age >= 0 && age < TRUSTED_FOR_MS)
                return record.text;
        }
        const verified = await verify();
        const same = verified.keyrings.length === digests.length &&
            verified.keyrings.every((d, i) => d === digests[i]);
        if (same) {
            // Only a speed-up: a cache that cannot be written costs the next run a verification.
            await store
                .put(key, { at: now.toISOString(), text: verified.text })
                .catch(() => undefined);
        }
        return verified.text;
    }
}

;// CONCATENATED MODULE: ./packages/apt/src/client.ts
/**
 * An APT client for reading repositories: the signed InRelease of a suite and the Packages
 * indexes it vouches for, checked the way apt checks them, with an optional on-disk cache.
 */

















const DEFAULT_RETRIES = 3;
// Tried in this order. gzip before xz, unlike apt: a suite's main index is ~40 % larger as .gz
// (15.0 MB against 10.8 MB for sid amd64) but decodes ~3× faster (0.3 s in zlib, off the main
// thread, against 0.8–1 s in xz, per index and architecture on a 2-core machine), and on a
// hosted runner's network the extra 4 MB cost less than that. Only a cold index pays either.
const INDEX_SUFFIXES = ['.gz', '.xz', ''];
class AptClient {
    #http;
    #now;
    #warn;
    #cache;
    #dates;
    #verified;
    #threads;
    #keyrings = new Map();
    #releases = new Map();
    #indexes = new Map();
    #parsed = new Map();
    #debs = new Map();
    #contents = new Map();
    #storing = new Set();
    #pruned;
    constructor(options = {}) {
        const fetchImpl = options.fetch ?? globalThis.fetch;
        this.#http = {
            fetch: (input, init) => fetchImpl(input, init),
            retries: options.retries ?? DEFAULT_RETRIES,
        };
        this.#now = options.now ?? (() => new Date());
        this.#warn = options.warn ?? (() => undefined);
        this.#cache = options.cacheDir === undefined ? undefined : new IndexCache(options.cacheDir);
        this.#dates = new ReleaseDates(options.cacheDir);
        this.#verified = new VerifiedReleases(options.cacheDir);
        this.#threads = options.threads ?? IndexThreads.shared();
    }
    /**
     * The suite's Release: InRelease fetched, its signature verified against the repository's
     * keyrings, Valid-Until checked (unless allowed), parsed. Memoized per repository.
     */
    release(repo) {
        const mirror = normalizeMirror(repo.mirror);
        const key = releaseKey(repo, mirror);
        return memo(this.#releases, key, async () => {
            await this.#pruneOnce();
            return this.#fetchRelease(repo, mirror);
        });
    }
    /**
     * Resolves when every index this client read cold is stored in the cache directory (or has
     * failed to be, with a warning). Node does not exit before that either; a caller that reads
     * the cache directory itself, or hands it on, waits for this.
     */
    async settled() {
        while (this.#storing.size > 0)
            await Promise.all([...this.#storing]);
    }
    /**
     * Prunes the cache (cache-prune.ts) once per client, before its first InRelease and so before
     * any cached file is read: nothing this run reads is removed under it. The filesystem's clock
     * decides, not the injected `now` (which tests move to check Valid-Until).
     */
    #pruneOnce() {
        this.#pruned ??= (this.#cache?.prune(Date.now()) ?? Promise.resolve()).then(() => undefined, () => undefined);
        return this.#pruned;
    }
    /**
     * The Packages index of `component` for `architecture`, as listed (size and SHA256) in the
     * signed Release: .gz preferred, then .xz, then uncompressed (see INDEX_SUFFIXES). Memoized per client; cached on
     * disk by SHA256 when a cache directory is set.
     *
     * Architecture `all` stanzas: a Release that says `No-Support-for-Architecture-all: Packages`
     * (Debian since buster) puts them in every `binary-<arch>/Packages`, and its `binary-all`
     * index is not read (apt does not read it either, so a mirror may serve it stale); asked for
     * `all` itself, the client reads the first architecture's index and keeps its `all` stanzas.
     * An archive without that field is read as apt reads it: its `binary-all` index is merged
     * in only when its Release names `all` among its Architectures (Debian's security archive
     * lists a binary-all index without naming `all`, and apt leaves it alone).
     *
     * A file that does not match the Release, also after InRelease was fetched again, stops
     * here with MirrorOutOfSyncError: versions, dependencies and `.deb` checksums all come from
     * this index, so there is nothing to fall back on.
     */
    async packages(repo, component, architecture) {
        const mirror = normalizeMirror(repo.mirror);
        const release = await this.release(repo);
        if (architecture === 'all' && supportsAllInArch(release)) {
            // binary-all is not what apt reads here (and may be stale mid-sync): the same stanzas
            // are in every binary-<arch>, so the first architecture's index answers, cut to them.
            const arch = release.architectures.find((a) => a !== 'all');
            if (arch !== undefined) {
                const index = await this.packages(repo, component, arch);
                const stanzas = [...index.names()].flatMap((n) => index.versions(n).filter((p) => p.architecture === 'all'));
                return createPackageIndex({
                    suite: repo.suite,
                    component,
                    architecture,
                    source: `${mirror}/dists/${repo.suite}/${component}/binary-${arch}/Packages`,
                    ...(index.digest !== undefined ? { digest: `${index.digest}:all` } : {}),
                }, stanzas);
            }
        }
        const own = `${component}/binary-${architecture}/Packages`;
        const bases = [own];
        if (architecture !== 'all' &&
            readsBinaryAll(release) &&
            pickIndex(release, `${component}/binary-all/Packages`)) {
            bases.push(`${component}/binary-all/Packages`);
        }
        const files = bases.map((base) => listedFile(release, mirror, repo.suite, base));
        const key = [releaseKey(repo, mirror), ...files.map((f) => `${f.path}\0${f.sha256}`)].join('\0');
        return memo(this.#indexes, key, async () => {
            const parts = await Promise.all(bases.map((base) => this.#fileIndex(repo, base, component, architecture)));
            const url = `${mirror}/dists/${repo.suite}/${files[0]?.path ?? own}`;
            return unionPackageIndex({ suite: repo.suite, component, architecture, source: url }, parts);
        });
    }
    /**
     * One listed Packages file as an index: from the stored copy (its stanzas parsed when asked
     * for), else downloaded, verified, decompressed and read whole (on a worker thread where
     * there is one: index-threads.ts), and stored.
     */
    async #fileIndex(repo, base, component, architecture) {
        const { mirror, file } = await this.#listed(repo, base);
        const key = `${releaseKey(repo, mirror)}\0${file.path}\0${file.sha256}`;
        const origin = (url) => ({
            suite: repo.suite,
            component,
            architecture,
            source: url,
            digest: file.sha256,
        });
        return memo(this.#parsed, key, async () => {
            const stored = await this.#cache?.getStored(file.sha256);
            if (stored) {
                return storedPackageIndex(origin(`${mirror}/dists/${repo.suite}/${file.path}`), stored.table, stored.read);
            }
            // A .gz is gunzipped while it downloads: its text is used once the bytes match.
            const fetched = await this.#verifiedIndex(repo, base, (file) => compressionOf(file.path) === 'gz'
                ? () => gunzipTap({ limitName: PACKAGES_LIMIT_NAME, listedBytes: file.size })
                : undefined);
            if (fetched.mismatch) {
                throw new MirrorOutOfSyncError(fetched.mismatch.from, mirror, repo.suite, fetched.file, fetched.mismatch.actual);
            }
            const { text, table, blocks } = await this.#threads.prepare({
                bytes: fetched.bytes,
                compression: compressionOf(fetched.file.path),
                url: fetched.url,
                ...(fetched.text ? { text: fetched.text } : {}),
            });
            const index = storedPackageIndex(origin(fetched.url), table, (s, e) => text.subarray(s, e));
            // Stored for the next run while this one goes on: the index answers from memory, and a
            // store that fails costs that run a download, not this one its result (settled()).
            const cache = this.#cache;
            if (cache) {
                const storing = cache
                    .putStored(fetched.file.sha256, table, text, blocks)
                    .catch((error) => this.#warn(`${fetched.url} could not be stored for the next run: ${errorText(error)}`))
                    .finally(() => this.#storing.delete(storing));
                this.#storing.add(storing);
            }
            return index;
        });
    }
    /** The index file `base` (any compression) as the signed Release lists it, or an error. */
    async #listed(repo, base) {
        const mirror = normalizeMirror(repo.mirror);
        const release = await this.release(repo);
        return { mirror, release, file: listedFile(release, mirror, repo.suite, base) };
    }
    /**
     * The Contents index of `component` for `architecture` (`all` for Contents-all), as listed
     * (size and SHA256) in the signed Release, restricted to `scope` (default: the shared-library
     * directories; see contents.ts for why). Memoized per client; the downloaded file is cached
     * by SHA256 and the parsed scope next to it, like the Packages indexes.
     *
     * Unlike a Packages index, a Contents file that does not match its Release (apt never reads
     * Contents, so mirrors are careless with it mid-sync) is still used, with a warning, marked
     * `verified: false`: it only says where to look, and every package it points to is then
     * checked against that package's `.deb`, which the signed Packages index vouches for.
     */
    async contents(repo, component, architecture, options = {}) {
        const base = `${component}/Contents-${architecture}`;
        const { mirror, file } = await this.#listed(repo, base);
        const scope = options.scope ?? 'libraries';
        const id = scopeId(scope);
        const key = `${releaseKey(repo, mirror)}\0${file.path}\0${file.sha256}\0${id}`;
        return memo(this.#contents, key, async () => {
            const origin = { suite: repo.suite, component, architecture };
            const dir = this.#cache?.dir;
            const cached = dir === undefined ? undefined : await getParsedContents(dir, file.sha256, id);
            if (cached) {
                const url = `${mirror}/dists/${repo.suite}/${file.path}`;
                return createContentsIndex({ ...origin, source: url }, scope, cached);
            }
            const fetched = await this.#verifiedIndex(repo, base);
            let entries;
            try {
                // A file that did not match its Release is only a hint, and gets a tighter limit.
                const limit = fetched.mismatch
                    ? { maxBytes: MAX_CONTENTS_HINT_BYTES, limitName: 'the limit for an unverified hint' }
                    : { limitName: 'the limit for a Contents index' };
                entries = await parseContents(decompressChunks(fetched.bytes, compressionOf(fetched.file.path), limit), scope, fetched.url);
            }
            catch (error) {
                if (error instanceof ContentsIndexError)
                    throw error;
                if (error instanceof DecompressionLimitError) {
                    throw new ContentsIndexError(fetched.mismatch?.from ?? fetched.url, error.message, {
                        cause: error,
                    });
                }
                throw new ContentsIndexError(fetched.url, `cannot be decompressed: ${errorText(error)}`, {
                    cause: error,
                });
            }
            if (fetched.mismatch) {
                this.#warn(`${fetched.mismatch.from} does not match the signed InRelease of ${repo.suite} at ` +
                    `${mirror} (the mirror is probably mid-sync); it is used as a hint only: each ` +
                    "package it names is checked against that package's own .deb");
                return createContentsIndex({ ...origin, source: fetched.mismatch.from, verified: false }, scope, entries);
            }
            // Only a file that matched is cached: a mid-sync one is read again next time.
            if (dir !== undefined)
                await putParsedContents(dir, fetched.file.sha256, id, entries);
            return createContentsIndex({ ...origin, source: fetched.url }, scope, entries);
        });
    }
    /**
     * The `.deb` of `pkg`, a stanza from `packages()` of the same repository (its Size and
     * SHA256 are what the signed Release vouches for, through the Packages index): downloaded
     * from `<mirror>/<Filename>` with the same retries as the indexes, checked (size and SHA256;
     * ChecksumMismatchError names the package), and cached under `by-hash/<sha256>`.
     *
     * A cache hit is hashed again rather than trusted for its name: the cache directory may come
     * from elsewhere (a CI cache restore, a copy) or have rotted, hashing costs a few ms per MB,
     * and these bytes end up in signed images.
     */
    async fetchDeb(repo, pkg) {
        const mirror = normalizeMirror(repo.mirror);
        const url = `${mirror}/${pkg.filename}`;
        const segments = pkg.filename.split('/');
        if (pkg.filename.startsWith('/') || segments.includes('..') || /^[a-z]+:/i.test(pkg.filename)) {
            throw new errors_PackagesIndexError(url, `${pkg.package} ${pkg.version}: Filename "${pkg.filename}" is not a path inside the mirror`);
        }
        // Concurrent calls for the same file share one download; nothing is kept afterwards, so a
        // client that fetches many packages does not hold them all in memory.
        const key = `${pkg.sha256}\0${pkg.size}`;
        const pending = this.#debs.get(key);
        if (pending)
            return pending;
        const promise = this.#downloadDeb(url, pkg);
        this.#debs.set(key, promise);
        const forget = () => {
            if (this.#debs.get(key) === promise)
                this.#debs.delete(key);
        };
        promise.then(forget, forget);
        return promise;
    }
    async #downloadDeb(url, pkg) {
        const cached = await this.#cache?.getFile(pkg.sha256, pkg.size);
        if (cached)
            return cached;
        const response = await httpGet(url, this.#http, {
            limit: { bytes: pkg.size, reason: 'the size the signed Packages index gives' },
        });
        if (response.status === 404) {
            throw new HttpError(url, 404, `HTTP 404 (the signed Packages index lists ${pkg.package} ${pkg.version} there; ` +
                `the mirror's pool may not match its index)`);
        }
        const bytes = response.body;
        const actual = { size: bytes.length, sha256: sha256Hex(bytes) };
        if (actual.size !== pkg.size || actual.sha256 !== pkg.sha256) {
            throw new ChecksumMismatchError(url, { size: pkg.size, sha256: pkg.sha256 }, actual, {
                package: pkg.package,
                version: pkg.version,
                architecture: pkg.architecture,
            });
        }
        await this.#cache?.putFile(pkg.sha256, bytes);
        return bytes;
    }
    async #fetchRelease(repo, mirror, get = {}) {
        const context = { mirror, suite: repo.suite };
        if (repo.keyrings.length === 0) {
            throw new SignatureError(mirror, repo.suite, [], 'cannot be checked: no keyrings given');
        }
        const url = `${mirror}/dists/${repo.suite}/InRelease`;
        // Loaded while the request is out, in case the signature is to be checked (signature.ts).
        void loadOpenpgp().catch(() => undefined);
        const [response, digests] = await Promise.all([
            httpGet(url, this.#http, get),
            this.#verified.keyringDigests(repo.keyrings),
        ]);
        if (response.status === 404)
            throw new UnknownSuiteError(mirror, repo.suite, url);
        const armored = new TextDecoder('utf-8').decode(response.body);
        const now = this.#now();
        const signed = await this.#verified.text(armored, digests, now, async () => {
            const keyrings = await Promise.all(repo.keyrings.map((path) => this.#keyring(path)));
            return {
                text: await verifyInRelease(armored, keyrings, { ...context, date: now }),
                keyrings: keyrings.map((k) => k.sha256),
            };
        });
        const release = parseRelease(signed, context);
        checkSuite(release, context);
        checkValidUntil(release, now, repo.allowExpiredRelease === true, context);
        await this.#dates.check(mirror, repo.suite, release.date, now);
        return release;
    }
    /**
     * InRelease fetched again past every cache, verified, and put in place of the memoized one:
     * after a mismatch, the Release this client holds may be the stale side of a sync.
     */
    async #refreshRelease(repo) {
        const mirror = normalizeMirror(repo.mirror);
        const key = releaseKey(repo, mirror);
        const promise = this.#fetchRelease(repo, mirror, { revalidate: true });
        this.#releases.set(key, promise);
        promise.catch(() => {
            if (this.#releases.get(key) === promise)
                this.#releases.delete(key);
        });
        return promise;
    }
    #keyring(path) {
        return memo(this.#keyrings, path, () => signature_readKeyring(path));
    }
    /**
     * The index file `base` as the signed Release lists it: from the cache, by-hash where the
     * Release offers it, else by name. On a mismatch InRelease is fetched again once, past every
     * cache, and the file (as that Release lists it) once more; what still differs is returned
     * with `mismatch` set, for the caller to refuse or to use as a hint.
     *
     * With `early`, a downloaded file is also fed to the tap it gives as it arrives (a .gz is
     * decompressed meanwhile, not after), and its `text` is returned only when the bytes match.
     */
    async #verifiedIndex(repo, base, early) {
        const first = await this.#listed(repo, base);
        const attempt = async (release, file, get) => {
            const url = `${first.mirror}/dists/${repo.suite}/${file.path}`;
            const cached = await this.#cache?.getFile(file.sha256, file.size);
            if (cached)
                return { url, file, bytes: cached };
            // The tap of the body returned (each attempt makes one): aborted when its bytes are not
            // the listed ones, so that nothing goes on decompressing what was refused.
            const make = early?.(file);
            let last;
            const tap = make && (() => (last = make()));
            const { bytes, from, tapped } = await this.#download(first.mirror, repo.suite, release, file, {
                ...get,
                ...(tap ? { tap } : {}),
            });
            const actual = { size: bytes.length, sha256: sha256Hex(bytes) };
            if (actual.size !== file.size || actual.sha256 !== file.sha256) {
                last?.abort();
                return { url, file, bytes, mismatch: { from, actual } };
            }
            try {
                await this.#cache?.putFile(file.sha256, bytes);
            }
            catch (error) {
                last?.abort();
                throw error;
            }
            return { url, file, bytes, ...(tapped ? { text: tapped } : {}) };
        };
        const fetched = await attempt(first.release, first.file, {});
        if (!fetched.mismatch)
            return fetched;
        const fresh = await this.#refreshRelease(repo);
        const file = listedFile(fresh, first.mirror, repo.suite, base);
        return attempt(fresh, file, { revalidate: true });
    }
    /** The bytes of a listed index file: by-hash first when the Release offers it, as apt does. */
    async #download(mirror, suite, release, file, get) {
        const url = `${mirror}/dists/${suite}/${file.path}`;
        // A file mid-sync may differ from the listing, but not by this much.
        const limited = {
            ...get,
            limit: {
                bytes: 2 * file.size + 16 * 1024 * 1024,
                reason: 'twice the size the signed Release lists, plus 16 MiB',
            },
        };
        if (/^yes$/i.test(release.raw.get('Acquire-By-Hash')?.trim() ?? '')) {
            // by-hash names cannot change under us while the mirror syncs; fall back as apt does.
            const dir = file.path.slice(0, file.path.lastIndexOf('/'));
            const byHash = `${mirror}/dists/${suite}/${dir}/by-hash/SHA256/${file.sha256}`;
            const response = await httpGet(byHash, this.#http, limited);
            if (response.status === 200)
                return { bytes: response.body, from: byHash, ...tapped(response) };
        }
        const response = await httpGet(url, this.#http, limited);
        if (response.status === 404) {
            throw new HttpError(url, 404, 'HTTP 404 (the signed Release lists this file)');
        }
        return { bytes: response.body, from: url, ...tapped(response) };
    }
}
/**
 * True when the Release says architecture-`all` stanzas are in the `binary-<arch>` indexes
 * (`No-Support-for-Architecture-all: Packages`, Debian since buster).
 */
/**
 * Whether apt reads `binary-all/Packages` here: only when the Release's Architectures names
 * `all` (apt ≥ 1.1 takes that field as the list of what the archive supports), and its
 * architecture-all stanzas are not in `binary-<arch>` already. Debian's security archive lists
 * a binary-all index but not `all`: apt leaves it alone, and so must a client that wants what
 * apt sees (a stale one mid-sync would otherwise stop the run).
 */
function readsBinaryAll(release) {
    return release.architectures.includes('all') && !supportsAllInArch(release);
}
function supportsAllInArch(release) {
    const value = release.raw.get('No-Support-for-Architecture-all')?.trim() ?? '';
    return value.split(/\s+/).includes('Packages');
}
/** One list from several Packages files; a stanza in more than one is kept once. */
function normalizeMirror(mirror) {
    return mirror.trim().replace(/\/+$/, '');
}
function releaseKey(repo, mirror) {
    // Keyrings and the expiry switch are part of the key: a Release verified against other keys,
    // or accepted although expired, must not be handed to a caller that did not allow that.
    return JSON.stringify([
        mirror,
        repo.suite,
        [...repo.keyrings].sort(),
        repo.allowExpiredRelease === true,
    ]);
}
/** The index file `base` (any compression) as the Release lists it, or IndexNotListedError. */
function listedFile(release, mirror, suite, base) {
    const file = pickIndex(release, base);
    if (!file) {
        throw new IndexNotListedError(mirror, suite, base, release.components, release.architectures);
    }
    return file;
}
function pickIndex(release, base) {
    for (const suffix of INDEX_SUFFIXES) {
        const path = base + suffix;
        const entry = release.sha256.get(path);
        if (entry)
            return { path, ...entry };
    }
    return undefined;
}
/** One promise per key; a failure is forgotten so that a later call tries again. */
function memo(map, key, make) {
    const existing = map.get(key);
    if (existing)
        return existing;
    const promise = make();
    map.set(key, promise);
    promise.catch(() => {
        if (map.get(key) === promise)
            map.delete(key);
    });
    return promise;
}
/** What the tap made of an answer's body, as a field to spread. */
function tapped(response) {
    return response.status === 200 && response.tapped !== undefined
        ? { tapped: response.tapped }
        : {};
}

;// CONCATENATED MODULE: ./packages/apt/src/depends.ts
/**
 * Package names in relationship fields (Depends, Pre-Depends, Recommends, Provides, ...), as
 * deb-control(5) writes them: `a (>= 1), b | c:any [amd64] <!nocheck>`.
 */
/**
 * One inner array per comma-separated group, holding the names of its `|` alternatives, with
 * version constraints, architecture qualifiers (`:any`, `:amd64`), architecture lists (`[...]`)
 * and build profiles (`<...>`) removed. An empty field gives `[]`.
 */
function parseDependsNames(field) {
    const groups = [];
    const stripped = field
        .replace(/\([^)]*\)/g, ' ')
        .replace(/\[[^\]]*\]/g, ' ')
        .replace(/<[^>]*>/g, ' ');
    for (const group of stripped.split(',')) {
        const names = [];
        for (const alternative of group.split('|')) {
            const name = alternative.trim().split(/\s+/)[0]?.split(':')[0] ?? '';
            if (name !== '')
                names.push(name);
        }
        if (names.length > 0)
            groups.push(names);
    }
    return groups;
}

;// CONCATENATED MODULE: ./packages/apt/src/closure.ts
/**
 * What apt installs, from the indexes alone: the packages an image holds after
 * `apt-get install --no-install-recommends <roots>` on top of what it held before (nothing, a
 * base image's dpkg status, or a parent flavour's predicted set), optionally after upgrading
 * what it held to the candidates. One resolver for every such question: the matrix's prediction
 * of a whole image, the extension's "what the minimal image holds", and the closure of a few
 * roots on an empty system.
 *
 * Pre-Depends and Depends are followed (Recommends and Suggests are not). Each `|` group is
 * satisfied by what is already there when it can be, else by its first alternative whose
 * candidate (the newest version any index has: apt's choice when every source has the same pin
 * priority), or a provider of that name (Provides, versioned where the relation is), satisfies
 * it. A package already there in a version a relation does not accept is replaced by the
 * candidate, as apt upgrades it.
 *
 * apt's own resolver is followed where it is deterministic: a package's groups are settled
 * first (so its later groups see its earlier picks), then each pick is visited in turn
 * (apt ≥ 2.1's MarkInstall). Among several providers of a virtual package, apt prefers
 * Essential, then higher Priority, then an internal order; here Essential, then Priority, then
 * the name. Not modelled: Conflicts and Breaks, and installed packages that depend on a
 * replaced one with `(= old version)` (apt would upgrade or remove them too); for Debian's own
 * archive neither changes the set (the tests compare with `apt-get install -s`), and the build
 * compares what it installed with this prediction, so a case where they would is caught there,
 * named. A relation can only ask for a lower version with `<<`/`<=`, which Debian's packages
 * do not put on what a base holds; such a replacement is still recorded as an upgrade.
 */



const PRIORITY_RANK = {
    required: 0,
    important: 1,
    standard: 2,
    optional: 3,
    extra: 4,
};
function rank(pkg) {
    return PRIORITY_RANK[pkg.priority ?? ''] ?? 5;
}
/** Better provider first: Essential, then higher priority, then name. */
function compareProviders(a, b) {
    if ((a.essential === true) !== (b.essential === true))
        return a.essential ? -1 : 1;
    return rank(a) - rank(b) || (a.package < b.package ? -1 : a.package > b.package ? 1 : 0);
}
function provides(pkg) {
    return parseRelations(pkg.provides).flatMap((group) => group.map((r) => r.constraint?.op === '=' ? { name: r.name, version: r.constraint.version } : { name: r.name }));
}
function providerMatches(provider, relation) {
    // A versioned dependency is only met by a versioned Provides (Debian Policy 7.5).
    if (!relation.constraint)
        return true;
    return (provider.version !== undefined && satisfiesConstraint(provider.version, relation.constraint));
}
/** The candidates (newest version of each name across the indexes) and who provides what. */
class Candidates {
    #indexes;
    #candidates = new Map();
    #providers = new Map();
    constructor(indexes) {
        this.#indexes = indexes;
    }
    get(name) {
        if (this.#candidates.has(name))
            return this.#candidates.get(name);
        let best;
        for (const index of this.#indexes) {
            const p = index.newest(name);
            if (p && (!best || debian_version_compareDebianVersions(p.version, best.version) > 0))
                best = p;
        }
        this.#candidates.set(name, best);
        return best;
    }
    /** The stanza of `name` at exactly `version`, from the first index that has it. */
    exact(name, version) {
        for (const index of this.#indexes) {
            const p = index.versions(name).find((v) => v.version === version);
            if (p)
                return p;
        }
        return undefined;
    }
    /** Who provides `name`: each name an index lists, as its candidate, if that provides it. */
    providers(name) {
        const known = this.#providers.get(name);
        if (known)
            return known;
        const list = [];
        const seen = new Set();
        for (const index of this.#indexes) {
            for (const n of index.providers(name)) {
                if (seen.has(n))
                    continue;
                seen.add(n);
                const pkg = this.get(n);
                if (!pkg)
                    continue;
                for (const p of provides(pkg)) {
                    if (p.name !== name)
                        continue;
                    const provider = { pkg };
                    if (p.version !== undefined)
                        provider.version = p.version;
                    list.push(provider);
                }
            }
        }
        this.#providers.set(name, list);
        return list;
    }
}
/** The state of one simulated installation: what is there, and who provides what. */
class Installation {
    packages = new Map();
    requiredBy = new Map();
    changes = new Map();
    // Virtual name → providing package name → provider: replaced whole when a package is.
    #provided = new Map();
    #candidates;
    #described;
    constructor(indexes, installed) {
        this.#candidates = new Candidates(indexes);
        this.#described = indexes.map((i) => `${i.suite} ${i.component} ${i.architecture}`).join(', ');
        for (const pkg of installed)
            this.#place(pkg);
    }
    get candidates() {
        return this.#candidates;
    }
    #place(pkg) {
        const before = this.packages.get(pkg.package);
        if (before) {
            for (const p of provides(before))
                this.#provided.get(p.name)?.delete(before.package);
        }
        this.packages.set(pkg.package, pkg);
        for (const p of provides(pkg)) {
            const provider = { pkg };
            if (p.version !== undefined)
                provider.version = p.version;
            let byName = this.#provided.get(p.name);
            if (!byName)
                this.#provided.set(p.name, (byName = new Map()));
            byName.set(pkg.package, provider);
        }
    }
    /** Installs or replaces `pkg`, recording why; false when that exact version is there. */
    choose(pkg, dependent) {
        const before = this.packages.get(pkg.package);
        if (before?.version === pkg.version)
            return false;
        this.#place(pkg);
        if (dependent !== undefined && !before)
            this.requiredBy.set(pkg.package, dependent);
        const earlier = this.changes.get(pkg.package);
        // A package this run installed stays "installed" when a later relation replaces it, and
        // an upgrade keeps the version it started from.
        if (earlier?.reason === 'installed')
            return true;
        this.changes.set(pkg.package, before
            ? { reason: 'upgraded', from: earlier?.from ?? before.version }
            : { reason: 'installed' });
        return true;
    }
    satisfied(relation) {
        const there = this.packages.get(relation.name);
        if (there && satisfiesConstraint(there.version, relation.constraint))
            return true;
        return [...(this.#provided.get(relation.name)?.values() ?? [])].some((p) => providerMatches(p, relation));
    }
    pick(group, dependent) {
        const reasons = [];
        for (const relation of group) {
            const real = this.#candidates.get(relation.name);
            if (real && satisfiesConstraint(real.version, relation.constraint))
                return real;
            const providers = this.#candidates
                .providers(relation.name)
                .filter((p) => providerMatches(p, relation))
                .map((p) => p.pkg)
                .sort(compareProviders);
            if (providers[0])
                return providers[0];
            reasons.push(real
                ? `${relation.name}'s candidate is ${real.version}, not ${formatRelation(relation)}`
                : `no package or provider of ${formatRelation(relation)}`);
        }
        throw new UnsatisfiableDependencyError(dependent, group.map(formatRelation).join(' | '), reasons, this.#described);
    }
    /** Settles `pkg`'s dependency groups, then visits each package that brought in or changed. */
    visit(pkg) {
        const picks = [];
        for (const group of [...parseRelations(pkg.preDepends), ...parseRelations(pkg.depends)]) {
            if (group.some((r) => this.satisfied(r)))
                continue;
            const chosen = this.pick(group, pkg.package);
            if (this.choose(chosen, pkg.package))
                picks.push(chosen);
        }
        for (const chosen of picks)
            this.visit(chosen);
    }
}
/**
 * What an image holds after installing `roots` (and first upgrading, when asked) on top of
 * `installed`. Throws UnsatisfiableDependencyError, naming the package and relation, when a
 * group cannot be met, or a root is in no index (at its version, when one is given).
 */
function predictInstall(input) {
    const state = new Installation(input.indexes, input.installed ?? []);
    if (input.upgrade) {
        const upgraded = [];
        for (const [name, there] of [...state.packages]) {
            const newer = state.candidates.get(name);
            if (newer && debian_version_compareDebianVersions(newer.version, there.version) > 0) {
                state.choose(newer, undefined);
                upgraded.push(newer);
            }
        }
        for (const pkg of upgraded)
            state.visit(pkg);
    }
    const roots = [];
    for (const root of input.roots) {
        const { name, version } = typeof root === 'string' ? { name: root, version: undefined } : root;
        let chosen;
        if (version !== undefined) {
            const exact = state.candidates.exact(name, version);
            if (!exact) {
                const have = state.candidates.get(name);
                throw new UnsatisfiableDependencyError(undefined, `${name} (= ${version})`, [have ? `the indexes have ${name} ${have.version}` : `no package ${name}`], input.indexes.map((i) => `${i.suite} ${i.component} ${i.architecture}`).join(', '));
            }
            chosen = exact;
        }
        else {
            const group = [{ name }];
            const there = state.packages.get(name);
            const newer = state.candidates.get(name);
            // `apt-get install name` upgrades an installed package whose candidate is newer.
            if (there && newer && debian_version_compareDebianVersions(newer.version, there.version) > 0) {
                chosen = newer;
            }
            else if (group.some((r) => state.satisfied(r))) {
                roots.push(there ? name : providerOf(state, name));
                continue;
            }
            else {
                chosen = state.pick(group, undefined);
            }
        }
        roots.push(chosen.package);
        if (state.choose(chosen, undefined))
            state.visit(chosen);
    }
    return {
        packages: state.packages,
        changes: state.changes,
        roots,
        requiredBy: state.requiredBy,
    };
}
function providerOf(state, virtual) {
    for (const pkg of state.packages.values()) {
        if (provides(pkg).some((p) => p.name === virtual))
            return pkg.package;
    }
    return virtual;
}
/**
 * The closure of `roots` (package names, or virtual names some package provides) over the
 * indexes on an empty system (e.g. Debian's main for one architecture, plus PGDG's).
 */
function dependencyClosure(indexes, roots) {
    const list = Array.isArray(indexes)
        ? indexes
        : [indexes];
    const predicted = predictInstall({ indexes: list, roots });
    return { packages: predicted.packages, requiredBy: predicted.requiredBy };
}
/**
 * The roots of `debootstrap --variant=minbase`, which is what a `debian:<suite>-slim` image
 * holds: every package of Priority required (the Essential ones are among them), and apt.
 * Their closure stands in for a base image whose dpkg status cannot be read.
 */
function minbaseRoots(indexes) {
    const list = Array.isArray(indexes)
        ? indexes
        : [indexes];
    const names = new Set();
    for (const index of list)
        for (const name of index.required())
            names.add(name);
    names.add('apt');
    return [...names].sort();
}

;// CONCATENATED MODULE: ./packages/apt/src/dpkg-status.ts
/**
 * dpkg's database of what is installed (`/var/lib/dpkg/status`, deb822), as the package
 * stanzas the resolver works on: what a base image holds before anything is installed on it,
 * and what a built image turned out to hold.
 */

// dpkg's package states with the files unpacked and configured; triggers-* only wait for a
// trigger to run. config-files, half-installed, unpacked and half-configured packages are not
// (or not wholly) there.
const INSTALLED_STATES = new Set(['installed', 'triggers-awaited', 'triggers-pending']);
/** True when a Status field (`want flag state`) says the package is installed; no field: yes. */
function isInstalledStatus(status) {
    if (status === undefined)
        return true;
    const state = status.trim().split(/\s+/)[2];
    return state !== undefined && INSTALLED_STATES.has(state);
}
const oneLine = (value) => (value ?? '').replace(/\s*\n\s*/g, ' ').trim();
/**
 * The installed packages of a dpkg status file, in file order. `source` names the file in
 * parse errors. Installed stanzas carry no Filename, Size or SHA256: those stay empty.
 */
function parseDpkgStatus(text, source) {
    const out = [];
    for (const p of parseDeb822(text, source)) {
        const name = p.get('Package')?.trim();
        const version = p.get('Version')?.trim();
        if (!name || !version || !isInstalledStatus(p.get('Status')))
            continue;
        const sourceField = /^\s*(\S+)(?:\s*\(\s*([^)\s]+)\s*\))?/.exec(p.get('Source') ?? '');
        const pkg = {
            package: name,
            version,
            architecture: p.get('Architecture')?.trim() ?? '',
            source: sourceField?.[1] ?? name,
            filename: '',
            size: 0,
            sha256: '',
            depends: oneLine(p.get('Depends')),
            preDepends: oneLine(p.get('Pre-Depends')),
            provides: oneLine(p.get('Provides')),
        };
        if (sourceField?.[2])
            pkg.sourceVersion = sourceField[2];
        const priority = p.get('Priority')?.trim();
        if (priority)
            pkg.priority = priority;
        if (p.get('Essential')?.trim().toLowerCase() === 'yes')
            pkg.essential = true;
        out.push(pkg);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/apt/src/ar.ts
/**
 * The `ar` archive a `.deb` is (deb(5)): an 8-byte magic, then per member a 60-byte text header
 * (name, mtime, uid, gid, mode, size, "`\n") and the data, padded to an even length.
 *
 * Written by hand: the format is those 60 bytes, and the npm readers for it (`ar`, `ar-async`)
 * are single, years-old releases built on Node streams for a job that is a loop over a buffer.
 * Every offset is checked against the buffer, so a truncated or corrupt file gives a
 * DebFormatError, never a RangeError.
 */

const ar_MAGIC = '!<arch>\n';
const HEADER_SIZE = 60;
const END_MAGIC = '`\n';
function ascii(bytes, start, end) {
    let out = '';
    for (let i = start; i < end; i++)
        out += String.fromCharCode(bytes[i]);
    return out;
}
/** True when `bytes` start with the ar magic. */
function isAr(bytes) {
    return bytes.length >= ar_MAGIC.length && ascii(bytes, 0, ar_MAGIC.length) === ar_MAGIC;
}
/** The members of an ar archive, in order. `source` names the file in errors. */
function readAr(bytes, source) {
    if (!isAr(bytes)) {
        const start = JSON.stringify(ascii(bytes, 0, Math.min(bytes.length, 8)));
        throw new DebFormatError(source, `is not a Debian package: it does not start with the ar magic "!<arch>\\n" (starts with ${start})`);
    }
    const members = [];
    let offset = ar_MAGIC.length;
    while (offset < bytes.length) {
        // A lone padding newline at the very end is tolerated, as GNU ar does.
        if (offset === bytes.length - 1 && bytes[offset] === 0x0a)
            break;
        const at = `ar member ${members.length + 1} (offset ${offset})`;
        if (offset + HEADER_SIZE > bytes.length) {
            throw new DebFormatError(source, `${at}: truncated header (${bytes.length - offset} of ${HEADER_SIZE} bytes)`);
        }
        const header = ascii(bytes, offset, offset + HEADER_SIZE);
        if (header.slice(58, 60) !== END_MAGIC) {
            throw new DebFormatError(source, `${at}: header does not end with "\`\\n"`);
        }
        const name = header.slice(0, 16).trimEnd().replace(/\/$/, '');
        const sizeText = header.slice(48, 58).trim();
        if (!/^\d+$/.test(sizeText)) {
            throw new DebFormatError(source, `${at} "${name}": size "${sizeText}" is not a number`);
        }
        const size = Number(sizeText);
        const start = offset + HEADER_SIZE;
        if (start + size > bytes.length) {
            throw new DebFormatError(source, `${at} "${name}": truncated (${size} bytes announced, ${bytes.length - start} present)`);
        }
        members.push({ name, data: bytes.subarray(start, start + size) });
        offset = start + size + (size % 2);
    }
    return members;
}

;// CONCATENATED MODULE: ./packages/apt/src/deb-compression.ts
/**
 * The compressions dpkg-deb writes for a `.deb`'s `control.tar` and `data.tar` members: none,
 * gzip, xz (the default) and zstd (Ubuntu's default since 21.10, dpkg ≥ 1.21.18). xz and gzip
 * go through the index decompressor; zstd through fzstd (pure JavaScript, no native build).
 */




const SUPPORTED = {
    '': 'none',
    '.gz': 'gzip',
    '.xz': 'xz',
    '.zst': 'zstd',
};
/** Suffixes dpkg knows (or knew) that this reader does not read, with their names. */
const UNSUPPORTED = { '.bz2': 'bzip2', '.lzma': 'lzma' };
const SUPPORTED_TEXT = 'none, .gz (gzip), .xz, .zst (zstd)';
/**
 * The compression of a member named `<base>` + suffix, `{ unsupported }` for a suffix dpkg
 * knows but this reader does not, undefined for a name that is not `<base>` + a suffix.
 */
function memberCompression(name, base) {
    if (!name.startsWith(base))
        return undefined;
    const suffix = name.slice(base.length);
    const known = SUPPORTED[suffix];
    if (known)
        return known;
    const unsupported = UNSUPPORTED[suffix];
    if (unsupported)
        return { unsupported };
    return suffix.startsWith('.') && /^\.[a-z0-9]+$/.test(suffix)
        ? { unsupported: suffix.slice(1) }
        : undefined;
}
/**
 * The member's tar bytes; more than `maxBytes` (default MAX_DEB_BYTES) is
 * DecompressionLimitError, with no more than that held.
 */
async function decompressMember(bytes, compression, options = {}) {
    const limited = { ...options, maxBytes: options.maxBytes ?? MAX_DEB_BYTES };
    switch (compression) {
        case 'none':
            return decompress(bytes, 'none', limited);
        case 'gzip':
            return decompress(bytes, 'gz', limited);
        case 'xz':
            return decompress(bytes, 'xz', limited);
        case 'zstd':
            return zstdLimited(bytes, limited);
    }
}
// fzstd turns all it is pushed into output at once, and zstd makes 128 KiB of a 4-byte block:
// pushed in pieces this small, the output runs at most 32 MiB past the limit before it stops.
const deb_compression_ZSTD_PIECE = 1024;
function zstdLimited(bytes, options) {
    const limit = checkByteLimit('maxBytes', options.maxBytes ?? MAX_DEB_BYTES);
    const chunks = [];
    let total = 0;
    const decoder = new esm/* Decompress */.YM((data) => {
        if (data.length === 0)
            return;
        total += data.length;
        // Thrown out of push: nothing more is decoded.
        if (total > limit)
            throw new DecompressionLimitError(limit, total, options.limitName);
        chunks.push(data);
    });
    for (let offset = 0; offset < bytes.length; offset += deb_compression_ZSTD_PIECE) {
        decoder.push(bytes.subarray(offset, offset + deb_compression_ZSTD_PIECE));
    }
    decoder.push(new Uint8Array(0), true);
    return Buffer.concat(chunks, total);
}

;// CONCATENATED MODULE: ./packages/apt/src/tar-entries.ts
/**
 * The entries of a (decompressed) tar member of a `.deb`, through tar-stream (which handles
 * ustar, GNU long names and pax headers), with paths made relative to the package root.
 */


/**
 * `name` relative to the package root: `./usr/lib/` → `usr/lib`, `./` → ``. An absolute name
 * or one with a `..` segment is refused: whoever unpacks the entries must be able to join the
 * path to a root without checking it again.
 */
function normalizeEntryPath(name, source, member) {
    if (name.startsWith('/')) {
        throw new DebFormatError(source, `${member} holds the absolute path "${name}" (entries must be relative to the package root)`);
    }
    const segments = name.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..')) {
        throw new DebFormatError(source, `${member} holds the path "${name}", which has a ".." segment ` +
            `(entries must stay inside the package root)`);
    }
    return segments.join('/');
}
const TYPES = {
    file: 'file',
    'contiguous-file': 'file',
    directory: 'directory',
    symlink: 'symlink',
    link: 'hardlink',
};
/**
 * Every entry of the tar in `bytes` except the root directory, in archive order. `member`
 * (`data.tar.xz`) and `source` name the archive in errors.
 */
async function readTarEntries(bytes, source, member) {
    const entries = [];
    const tar = (0,tar_stream.extract)();
    const reading = (async () => {
        for await (const entry of tar) {
            const { header } = entry;
            const type = TYPES[header.type ?? 'file'];
            if (type === undefined) {
                // Debian Policy 10.6: packages must not include device files or named pipes.
                throw new DebFormatError(source, `${member} entry "${header.name}" is a ${header.type ?? 'entry'}; ` +
                    `expected a file, directory, symlink or hardlink`);
            }
            const path = normalizeEntryPath(header.name, source, member);
            const out = { path, type, mode: (header.mode ?? 0) & 0o7777 };
            if (type === 'file') {
                const chunks = [];
                for await (const chunk of entry)
                    chunks.push(chunk);
                out.data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
            }
            else {
                entry.resume();
                if (type === 'symlink' || type === 'hardlink') {
                    const target = header.linkname ?? '';
                    if (target === '') {
                        throw new DebFormatError(source, `${member} ${type} "${header.name}" has no target`);
                    }
                    out.linkTarget =
                        type === 'hardlink' ? normalizeEntryPath(target, source, member) : target;
                }
            }
            if (path === '' && type === 'directory')
                continue;
            if (path === '') {
                throw new DebFormatError(source, `${member} holds a ${type} named "${header.name}"`);
            }
            entries.push(out);
        }
    })();
    tar.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    try {
        await reading;
    }
    catch (error) {
        tar.destroy();
        if (error instanceof DebFormatError)
            throw error;
        throw new DebFormatError(source, `${member} is not a readable tar: ${errorText(error)}`, {
            cause: error,
        });
    }
    return entries;
}

;// CONCATENATED MODULE: ./packages/apt/src/deb.ts
/**
 * Reading a `.deb` without dpkg (deb(5)): the ar archive, its `debian-binary` version, the
 * control stanza and control files from `control.tar[.gz|.xz|.zst]`, and the file tree from
 * `data.tar[.gz|.xz|.zst]`. Member rules follow dpkg-deb: `debian-binary` first, members whose
 * names start with `_` skipped, then control.tar*, then data.tar*.
 */






/** Reads a `.deb` from its bytes. Throws DebFormatError for anything dpkg-deb would refuse. */
async function deb_readDeb(bytes, options = {}) {
    const source = options.source ?? 'the .deb';
    const limit = checkByteLimit('maxBytes', options.maxBytes ?? MAX_DEB_BYTES);
    const members = readAr(bytes, source);
    checkVersion(members[0], source);
    const rest = members.slice(1).filter((m) => !m.name.startsWith('_'));
    const control = tarMember(rest[0], 'control.tar', source);
    const data = tarMember(rest[1], 'data.tar', source);
    // One budget for both: control.tar (small) first, data.tar gets what it left.
    const controlTar = await decompressed(control, source, limit, 0);
    const dataTar = await decompressed(data, source, limit - controlTar.length, controlTar.length);
    const [controlEntries, entries] = await Promise.all([
        readTarEntries(controlTar, source, control.name),
        readTarEntries(dataTar, source, data.name),
    ]);
    const controlFiles = new Map();
    for (const entry of controlEntries) {
        if (entry.type === 'file' && entry.data)
            controlFiles.set(entry.path, entry.data);
    }
    return {
        control: controlStanza(controlFiles.get('control'), source, control.name),
        controlFiles,
        entries,
        compression: { control: control.compression, data: data.compression },
    };
}
function checkVersion(member, source) {
    if (member?.name !== 'debian-binary') {
        throw new DebFormatError(source, `is not a Debian package: its first ar member is ${member ? `"${member.name}"` : 'missing'}, ` +
            `expected "debian-binary"`);
    }
    const text = new TextDecoder('latin1').decode(member.data);
    // dpkg reads "<major>.<minor>" and accepts any 2.x; the file is "2.0\n".
    if (!/^2\.\d+(\n|$)/.test(text)) {
        throw new DebFormatError(source, `debian-binary says format ${JSON.stringify(text.trim())}; this reader knows format 2.x`);
    }
}
function tarMember(member, base, source) {
    const expected = `${base}{,.gz,.xz,.zst}`;
    if (!member) {
        throw new DebFormatError(source, `has no ${base} member (expected ${expected})`);
    }
    const compression = memberCompression(member.name, base);
    if (compression === undefined) {
        throw new DebFormatError(source, `has the ar member "${member.name}" where ${expected} was expected`);
    }
    if (typeof compression === 'object') {
        throw new DebFormatError(source, `${member.name} is compressed with ${compression.unsupported}, which this reader does ` +
            `not support (supported: ${SUPPORTED_TEXT})`);
    }
    return { name: member.name, compression, data: member.data };
}
/**
 * The member's tar, at most `budget` bytes of it; `before` is what the package's other members
 * took of the limit, so that the message gives the package's total.
 */
async function decompressed(member, source, budget, before) {
    try {
        // At least one byte, so that a control.tar at the limit fails as data.tar's error.
        return await decompressMember(member.data, member.compression, {
            maxBytes: Math.max(budget, 1),
        });
    }
    catch (error) {
        if (error instanceof DecompressionLimitError) {
            const limit = error.limit + before;
            throw new DebFormatError(source, `${member.name} ${new DecompressionLimitError(limit, error.decompressed + before, 'the limit per .deb, control.tar and data.tar together').message}`, { cause: error });
        }
        throw new DebFormatError(source, `${member.name} does not decompress as ${member.compression}: ${errorText(error)}`, { cause: error });
    }
}
function controlStanza(bytes, source, member) {
    if (!bytes)
        throw new DebFormatError(source, `${member} has no "control" file`);
    let paragraphs;
    try {
        paragraphs = parseDeb822(new TextDecoder('utf-8').decode(bytes), 'control file');
    }
    catch (error) {
        throw new DebFormatError(source, errorText(error), { cause: error });
    }
    const [stanza] = paragraphs;
    if (paragraphs.length !== 1 || !stanza) {
        throw new DebFormatError(source, `control file holds ${paragraphs.length} paragraphs, expected one`);
    }
    for (const field of ['Package', 'Version', 'Architecture']) {
        if (!stanza.get(field)?.trim()) {
            throw new DebFormatError(source, `control file has no ${field} field`);
        }
    }
    return stanza;
}

;// CONCATENATED MODULE: ./packages/apt/src/cache-dir.ts

/** Where verified APT indexes are cached between runs: `$XDG_CACHE_HOME/pgforge/apt`. */
function defaultCacheDir(env, homeDir) {
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)(homeDir, '.cache'), 'pgforge', 'apt');
}
/**
 * The root of the machine's apt configuration (`/`), read only when no base image can be
 * read: `PGFORGE_HOST_APT_ROOT` points it elsewhere, as the tests do to run on a host shaped
 * like GitHub's Ubuntu runners.
 */
function hostAptRoot(env) {
    return env.PGFORGE_HOST_APT_ROOT || '/';
}

;// CONCATENATED MODULE: ./packages/apt/src/changelog.ts
/**
 * Debian changelogs (`/usr/share/doc/<package>/changelog.Debian.gz`, deb-changelog(5)): the
 * entries between the version an image held and the one it gets, with the CVE identifiers
 * their lines name. What a security update changed, in the maintainers' own words.
 */


// `krb5 (1.21.3-5+deb13u2) trixie-security; urgency=medium`
const HEADER = /^(\S+) \(([^)\s]+)\) ([^;]*);/;
const TRAILER = /^ -- /;
const CVE = /CVE-\d{4}-\d{4,}/g;
/** The entries of a changelog's text, newest first as written. */
function parseChangelog(text) {
    const entries = [];
    let current;
    for (const line of text.split('\n')) {
        const header = HEADER.exec(line);
        if (header?.[1] && header[2]) {
            current = {
                source: header[1],
                version: header[2],
                distribution: (header[3] ?? '').trim(),
                lines: [],
                cves: [],
            };
            entries.push(current);
            continue;
        }
        if (!current || TRAILER.test(line)) {
            if (TRAILER.test(line))
                current = undefined;
            continue;
        }
        const trimmed = line.replace(/^ {2}/, '').trimEnd();
        if (trimmed === '')
            continue;
        current.lines.push(trimmed);
        for (const cve of trimmed.match(CVE) ?? []) {
            if (!current.cves.includes(cve))
                current.cves.push(cve);
        }
    }
    return entries;
}
/**
 * The entries newer than `from` up to and including `to` (all up to `to` when `from` is
 * undefined). Versions dpkg cannot order are left out rather than failing the notes.
 */
function changelog_entriesBetween(entries, from, to) {
    const compare = (a, b) => {
        try {
            return compareDebianVersions(a, b);
        }
        catch {
            return undefined;
        }
    };
    return entries.filter((e) => {
        const upTo = compare(e.version, to);
        if (upTo === undefined || upTo > 0)
            return false;
        if (from === undefined)
            return true;
        const after = compare(e.version, from);
        return after !== undefined && after > 0;
    });
}
/**
 * The changelog a binary package ships (changelog.Debian.gz, or the binNMU's
 * changelog.Debian.<arch>.gz beside it, whose entries come first), or undefined when its doc
 * directory holds none (a symlink to another package's, for instance).
 */
function changelog_debChangelog(deb, pkg) {
    const dir = `usr/share/doc/${pkg}/`;
    const read = (path) => {
        const entry = deb.entries.find((e) => e.path === path && e.type === 'file');
        if (!entry?.data)
            return undefined;
        try {
            return gunzipSync(entry.data).toString('utf8');
        }
        catch {
            return undefined;
        }
    };
    const main = read(`${dir}changelog.Debian.gz`);
    if (main === undefined)
        return undefined;
    const binNmu = deb.entries
        .map((e) => e.path)
        .find((p) => p.startsWith(`${dir}changelog.Debian.`) && p !== `${dir}changelog.Debian.gz`);
    const extra = binNmu ? read(binNmu) : undefined;
    return [...(extra ? parseChangelog(extra) : []), ...parseChangelog(main)];
}

;// CONCATENATED MODULE: ./packages/apt/src/index.ts


























;// CONCATENATED MODULE: ./packages/package-view/src/expired-release.ts

/**
 * A Release past its Valid-Until (sid on a mirror that lags) as the configuration problem it is:
 * named by the key the user sets, at its line when the file has it, else at the distribution
 * that needs it.
 */
function expiredReleaseProblem(config, error) {
    const { suite } = error;
    const distribution = config.distributions.findIndex((d) => suite === d || suite.startsWith(`${d}-`));
    const expired = error.message.replace(/; allow-expired-release accepts it.*$/, '');
    return new errors_ConfigError([
        problemAt(config, ['packages.allow-expired-release', `distributions[${distribution}]`, 'distributions'], error.mirror, `${expired}: set packages.allow-expired-release: true (the matrix's --allow-expired-release, or its input allow-expired-release: true) to accept it, as apt's -o Acquire::Check-Valid-Until=false does`),
    ]);
}

;// CONCATENATED MODULE: ./packages/package-view/src/predict.ts
/**
 * The whole package set of every flavour's image, per architecture, predicted from the base's
 * dpkg status and the image's view: the base's packages (upgraded to the view's newest when
 * packages.upgrade is on, as the server layer does), plus the closure of each flavour's pinned
 * packages on top of its parent's set. The one computation the matrix fingerprints, the build
 * installs and checks, and the extension reads "what the minimal image holds" from.
 */


const versionOn = (p, architecture) => p.byArchitecture ? p.byArchitecture[architecture] : p.version;
/**
 * The suite this exact version comes from: a -security suite when one has it (a point release
 * copies security fixes into the main suite, and they stay security fixes), else the first
 * index in the view's order that has it.
 */
function suiteOf(indexes, pkg) {
    const having = indexes.filter((index) => index.versions(pkg.package).some((v) => v.version === pkg.version));
    return (having.find((i) => i.suite.endsWith('-security')) ?? having[0])?.suite;
}
const estimated = new WeakMap();
/** What a base holds on one architecture: its dpkg status, else debootstrap's minbase. */
function basePackages(arch) {
    if (arch.installed)
        return arch.installed;
    let minbase = estimated.get(arch);
    if (!minbase) {
        const roots = minbaseRoots(arch.indexes);
        minbase = [...predictInstall({ indexes: arch.indexes, roots }).packages.values()];
        estimated.set(arch, minbase);
    }
    return minbase;
}
/**
 * The images of the flavours asked for (and their parents), parents first, on one
 * architecture: the one computation behind the matrix's whole-set prediction and the
 * extension's "what the minimal image holds".
 */
function predictArchImages(request, names = request.flavours.map((f) => f.name)) {
    const { arch } = request;
    const byName = new Map(request.flavours.map((f) => [f.name, f]));
    const base = new Map(basePackages(arch).map((p) => [p.package, p]));
    const done = new Map();
    const pinned = (p) => {
        const version = versionOn(p, arch.architecture);
        return version === undefined ? [] : [{ name: p.name, version }];
    };
    const predict = (flavour) => {
        const known = done.get(flavour.name);
        if (known)
            return known;
        const parent = flavour.from === undefined ? undefined : byName.get(flavour.from);
        const below = parent ? predict(parent).packages : base;
        // The server layer first installs PGDG's set-up from the distribution's archives alone
        // (PGDG is not configured yet), unpinned, then everything else from the whole view.
        const setup = !parent && request.setup?.length ? request.setup : [];
        const start = setup.length > 0
            ? predictInstall({
                indexes: arch.setupIndexes ?? arch.indexes,
                installed: below.values(),
                roots: setup,
            }).packages
            : below;
        const roots = [
            ...(parent ? [] : pinned(request.server)),
            ...(request.flavourPackages[flavour.name] ?? []).flatMap(pinned),
        ];
        const predicted = predictInstall({
            indexes: arch.indexes,
            installed: start.values(),
            roots,
            upgrade: !parent && request.upgrade,
        });
        const image = { packages: predicted.packages, below };
        done.set(flavour.name, image);
        return image;
    };
    for (const name of names) {
        const flavour = byName.get(name);
        if (flavour)
            predict(flavour);
    }
    return done;
}
/** Predicts every flavour's image, parents first, on every architecture, merged. */
function predictFlavourImages(request) {
    const { config, arches } = request;
    const perArch = new Map(arches.map((arch) => [
        arch.architecture,
        predictArchImages({
            flavours: config.flavours,
            upgrade: config.packages.upgrade,
            arch,
            server: request.server,
            flavourPackages: request.flavourPackages,
            ...(request.setup ? { setup: request.setup } : {}),
        }),
    ]));
    const bases = new Map(arches.map((arch) => [arch.architecture, new Map(basePackages(arch).map((p) => [p.package, p]))]));
    const out = {};
    for (const flavour of config.flavours) {
        const images = arches.map((arch) => {
            const image = perArch.get(arch.architecture)?.get(flavour.name);
            if (!image)
                throw new Error(`no prediction of ${flavour.name} on ${arch.architecture}`);
            return { arch, image };
        });
        out[flavour.name] = {
            contents: mergeContents(images, bases),
            installs: mergeInstalls(images),
        };
    }
    return out;
}
/** One value per name, with `byArchitecture` when the architectures differ or lack it. */
function merged(images, pick) {
    const out = new Map();
    for (const { arch, image } of images) {
        for (const [name, value] of pick(arch, image)) {
            const seen = out.get(name);
            if (seen)
                seen.byArch.set(arch.architecture, value);
            else
                out.set(name, { first: value, byArch: new Map([[arch.architecture, value]]) });
        }
    }
    return out;
}
function resolved(name, entry, architectures) {
    const differs = architectures.some((a) => !entry.byArch.has(a)) ||
        [...entry.byArch.values()].some((v) => v.version !== entry.first.version);
    return {
        name,
        version: entry.first.version,
        ...(differs
            ? {
                byArchitecture: Object.fromEntries([...entry.byArch].map(([arch, v]) => [arch, v.version])),
            }
            : {}),
    };
}
const byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function mergeContents(images, bases) {
    const architectures = images.map((i) => i.arch.architecture);
    const entries = merged(images, (arch, image) => {
        const map = new Map();
        for (const [name, pkg] of image.packages) {
            map.set(name, { version: pkg.version, pkg, arch });
        }
        return map;
    });
    const out = [];
    for (const [name, entry] of entries) {
        const { pkg, arch } = entry.first;
        const item = resolved(name, entry, architectures);
        // What the build did to it, against the base (the whole lineage's doing).
        const base = bases.get(arch.architecture)?.get(name);
        if (!base || debian_version_compareDebianVersions(base.version, pkg.version) !== 0) {
            item.change = base ? 'upgraded' : 'installed';
            if (base)
                item.from = base.version;
            const suite = suiteOf(arch.indexes, pkg);
            if (suite)
                item.suite = suite;
        }
        out.push(item);
    }
    return out.sort(byName);
}
function mergeInstalls(images) {
    const architectures = images.map((i) => i.arch.architecture);
    // What the layer installs or replaces: every package not held at that version below it.
    const entries = merged(images, (_arch, image) => {
        const map = new Map();
        for (const [name, pkg] of image.packages) {
            if (image.below.get(name)?.version !== pkg.version)
                map.set(name, { version: pkg.version });
        }
        return map;
    });
    return [...entries].map(([name, entry]) => resolved(name, entry, architectures)).sort(byName);
}

;// CONCATENATED MODULE: ./packages/package-view/src/prediction-cache.ts
// Each index by where it is (the suite names what a package came from) and by its content.
const digests = (indexes) => {
    const list = indexes ?? [];
    if (list.some((i) => i.digest === undefined))
        return undefined;
    return list.map((i) => `${i.suite}/${i.component}/${i.architecture}=${i.digest ?? ''}`);
};
/** What a prediction is a function of; undefined when an index is not known by its digest. */
function predictionKey(request) {
    const arches = [];
    for (const arch of request.arches) {
        const indexes = digests(arch.indexes);
        const setup = arch.setupIndexes ? digests(arch.setupIndexes) : [];
        if (!indexes || !setup)
            return undefined;
        arches.push({
            architecture: arch.architecture,
            indexes,
            setup,
            installed: arch.installed?.map((p) => `${p.package}=${p.version}:${p.architecture}`).sort() ?? null,
        });
    }
    return JSON.stringify({
        arches,
        flavours: request.config.flavours.map((f) => [f.name, f.from ?? null]),
        upgrade: request.config.packages.upgrade,
        server: request.server,
        flavourPackages: request.flavourPackages,
        setup: request.setup ?? [],
    });
}
const isPackage = (v) => typeof v === 'object' &&
    v !== null &&
    typeof v.name === 'string' &&
    typeof v.version === 'string';
/** A stored value read back as the flavours' images, or undefined when it is not one. */
function asFlavourImages(value, flavours) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const record = value;
    if (Object.keys(record).sort().join('\0') !== [...flavours].sort().join('\0'))
        return undefined;
    for (const name of flavours) {
        const image = record[name];
        if (!Array.isArray(image?.contents) ||
            !Array.isArray(image.installs) ||
            image.contents.length === 0 ||
            !image.contents.every(isPackage) ||
            !image.installs.every(isPackage)) {
            return undefined;
        }
    }
    return record;
}

;// CONCATENATED MODULE: ./packages/package-view/src/resolve.ts








async function loadIndexes(config, apt, sources, architecture) {
    const jobs = sources.repositories.flatMap((r) => r.components.map(async (component) => {
        try {
            return {
                label: r.label,
                pgdg: r.role === 'pgdg',
                index: await apt.packages(r.repository, component, architecture),
            };
        }
        catch (error) {
            throw sourceProblem(config, r, error);
        }
    }));
    return { architecture, indexes: await Promise.all(jobs) };
}
/**
 * A repository that is not what the configuration says, as a configuration problem naming the
 * setting to change: a suite the mirror lacks, an InRelease no configured key signed. Other
 * failures (the network, a mirror mid-sync) are not the configuration's, and pass unchanged.
 */
function sourceProblem(config, r, error) {
    const { mirror, suite, keyrings } = r.repository;
    if (error instanceof UnknownSuiteError) {
        const distribution = suite.replace(/-pgdg$/, '');
        return problem(config, r.fields.mirror, mirror, `${error.message}: ${r.label} needs dists/${suite}; set ${r.fields.mirror} to an archive that has it, or take ${distribution} out of distributions`);
    }
    if (error instanceof errors_KeyringError) {
        return problem(config, r.fields.keyring, error.file, `${error.message}; set ${r.fields.keyring} to the public key file(s) (armoured .asc or binary .gpg) that sign ${mirror}`);
    }
    if (error instanceof ReleaseExpiredError)
        return expiredReleaseProblem(config, error);
    // A mirror the configuration names that gives no answer at all (no such host, nothing
    // listening, reset after every retry): the setting is where to look.
    const configured = configuredMirror(config, r.fields.mirror);
    if (error instanceof HttpError && error.status === undefined && configured === mirror) {
        return problem(config, r.fields.mirror, mirror, `${mirror} cannot be reached: ${error.message}; set ${r.fields.mirror} to a mirror this machine reaches`);
    }
    // Only a key the configuration lacks is the configuration's to fix; a bad or missing
    // signature (a mirror caught mid-write) is the mirror's, and passes unchanged.
    if (error instanceof SignatureError && error.unknownSigners.length > 0) {
        return problem(config, r.fields.keyring, keyrings, `${error.message}: set ${r.fields.keyring} to the key file(s) that sign ${mirror}`);
    }
    return error;
}
/** Per source version, the newest binary built from it, on one architecture. */
function binariesBySource(arch, name, accept) {
    const out = new Map();
    for (const { index } of arch.indexes) {
        for (const p of index.versions(name)) {
            if (!accept(p.version))
                continue;
            const src = p.sourceVersion ?? p.version;
            const had = out.get(src);
            if (had === undefined || debian_version_compareDebianVersions(p.version, had) > 0)
                out.set(src, p.version);
        }
    }
    return out;
}
/**
 * The newest source version every architecture has a binary of, and each architecture's
 * binary built from it. A multi-platform image must hold the same software on each platform;
 * the binaries' own versions may still differ (binNMUs).
 */
function pick(arches, name, accept = () => true) {
    const maps = arches.map((a) => binariesBySource(a, name, accept));
    const missingOn = arches.filter((_, i) => maps[i]?.size === 0).map((a) => a.architecture);
    const [first, ...rest] = maps;
    const common = [...(first?.keys() ?? [])].filter((src) => rest.every((m) => m.has(src)));
    const source = newestDebianVersion(common);
    const sourceVersions = [...new Set(maps.flatMap((m) => [...m.keys()]))];
    if (source === undefined)
        return { missingOn, sourceVersions };
    const versions = arches.map((a, i) => [a.architecture, maps[i]?.get(source) ?? '']);
    const version = versions[0]?.[1] ?? '';
    const differs = versions.some(([, v]) => v !== version);
    return {
        package: {
            name,
            version,
            ...(differs ? { byArchitecture: Object.fromEntries(versions) } : {}),
        },
        missingOn,
        sourceVersions,
    };
}
const POSTGRES_PACKAGE = /^postgresql-(\d+)$/;
/** The majors the source carries as releases (previews are asked for by name). */
function supportedMajors(arches) {
    const majors = new Set();
    for (const { index } of arches[0]?.indexes ?? []) {
        for (const major of indexMajors(index))
            majors.add(major);
    }
    return [...majors].sort((a, b) => a - b);
}
// An index is read for every image of a batch: its majors are found once.
const majorsOfIndex = new WeakMap();
/** The majors one index carries as releases. */
function indexMajors(index) {
    let majors = majorsOfIndex.get(index);
    if (!majors) {
        majors = [];
        for (const name of index.namesWithPrefix('postgresql-')) {
            const m = POSTGRES_PACKAGE.exec(name);
            if (!m?.[1])
                continue;
            const newest = index.versions(name)[0];
            if (newest && !isPreview(upstreamPostgresVersion(newest.version)))
                majors.push(Number(m[1]));
        }
        majorsOfIndex.set(index, majors);
    }
    return majors;
}
/** The prediction, from the store when it holds this request's; else computed and kept. */
async function predictOnce(request, store) {
    const key = store ? predictionKey(request) : undefined;
    const flavours = request.config.flavours.map((f) => f.name);
    if (store && key !== undefined) {
        const kept = asFlavourImages(await store.get(key), flavours);
        if (kept)
            return kept;
    }
    const images = predictFlavourImages(request);
    // A store that cannot be written is a slower next run, not a failed one.
    if (store && key !== undefined)
        await store.put(key, images).catch(() => undefined);
    return images;
}
/**
 * Resolves every PostgreSQL major and every flavour package of one distribution to the exact
 * version each platform's signed index offers, as apt would pick it (the highest version any
 * configured repository has). Errors name the field that asked for what the source lacks.
 */
async function resolveDistribution(config, distribution, apt, options) {
    const specs = config.postgres === 'supported' ? [] : config.postgres;
    const previewMajors = specs.filter((s) => s.exact && isPreview(s.exact)).map((s) => s.major);
    const sources = distributionSources(config, distribution, {
        view: options.view.repositories,
        previewMajors,
    });
    // linux/arm/v5 and linux/arm/v6 are both armel: its index is read once.
    const architectures = [...new Set(config.platforms.map((p) => platforms_byPlatform(p).debianArchitecture))];
    const arches = await Promise.all(architectures.map((a) => loadIndexes(config, apt, sources, a)));
    const where = describeSources(sources.repositories);
    const available = supportedMajors(arches);
    const wanted = config.postgres === 'supported'
        ? available.map((major) => ({ spec: { major }, field: 'postgres' }))
        : config.postgres.map((spec, i) => ({ spec, field: `postgres[${i}]` }));
    if (wanted.length === 0) {
        throw problem(config, 'postgres', 'supported', `${where} carries no PostgreSQL major`);
    }
    const problems = [];
    const resolutions = [];
    for (const { spec, field } of wanted) {
        const name = `postgresql-${spec.major}`;
        const server = pick(arches, name, (v) => spec.exact ? upstreamPostgresVersion(v) === spec.exact : true).package;
        if (!server) {
            const asked = spec.exact ?? String(spec.major);
            const releases = [
                ...new Set(pick(arches, name).sourceVersions.map(upstreamPostgresVersion)),
            ].sort(debian_version_compareDebianVersions);
            const has = spec.exact
                ? `it has ${releases.join(', ') || 'no release of that major'}`
                : `it has ${available.join(', ') || 'none'}`;
            problems.push(problemOf(config, field, asked, `PostgreSQL ${asked} is not in ${where} for ${architectures.join(' and ')}; ${has}`));
            continue;
        }
        const chosen = server.version;
        const version = upstreamPostgresVersion(chosen);
        const flavourPackages = {};
        for (const flavour of config.flavours) {
            const resolved = [];
            flavour.packages.forEach((rule, j) => {
                if (rule.minMajor !== undefined && spec.major < rule.minMajor)
                    return;
                if (rule.maxMajor !== undefined && spec.major > rule.maxMajor)
                    return;
                if (rule.distributions && !rule.distributions.includes(distribution))
                    return;
                const pkg = template_renderTemplate(rule.name, { major: String(spec.major) });
                const picked = pick(arches, pkg);
                if (picked.package) {
                    resolved.push(picked.package);
                }
                else if (!rule.optional) {
                    const why = picked.missingOn.length > 0
                        ? `is not in ${where} for ${picked.missingOn.join(' and ')}`
                        : `has no source version common to ${architectures.join(' and ')} in ${where} (seen: ${picked.sourceVersions.join(', ')})`;
                    problems.push(problemOf(config, `flavours.${flavour.name}.packages[${j}]`, pkg, `"${pkg}" (flavour ${flavour.name}, PostgreSQL ${spec.major}) ${why}; mark it optional: true to leave it out there`));
                }
            });
            flavourPackages[flavour.name] = resolved;
        }
        let images;
        try {
            images = await predictOnce({
                config,
                arches: arches.map((a) => ({
                    architecture: a.architecture,
                    indexes: a.indexes.map((i) => i.index),
                    // PGDG's set-up installs from the distribution's archives, before PGDG is configured.
                    setupIndexes: a.indexes.filter((i) => !i.pgdg).map((i) => i.index),
                    ...installedOn(options.view, a.architecture),
                })),
                server,
                flavourPackages,
                setup: pgdgSetup(config),
            }, options.predictions);
        }
        catch (error) {
            if (!(error instanceof UnsatisfiableDependencyError))
                throw error;
            problems.push(problemOf(config, 'flavours', `PostgreSQL ${spec.major}`, `the images of PostgreSQL ${spec.major} on ${distribution} cannot be installed from ${where}: ${error.message}`));
            continue;
        }
        const sizes = config.flavours
            .map((f) => {
            const contents = images[f.name]?.contents ?? [];
            const security = contents.filter((p) => p.suite?.endsWith('-security')).length;
            return `${f.name} ${contents.length} (${security} from -security)`;
        })
            .join(', ');
        options.log?.(`${distribution}: PostgreSQL ${spec.major} → ${chosen}; packages: ${sizes}`);
        resolutions.push({
            major: spec.major,
            distribution,
            postgres: { version, debianVersion: chosen, preview: isPreview(version) },
            flavourPackages,
            server: [server],
            images,
        });
    }
    if (problems.length > 0)
        throw new errors_ConfigError(problems);
    return resolutions;
}
/** The base's installed packages on one architecture, when the base could be read. */
function installedOn(view, architecture) {
    const installed = view.platforms.find((p) => p.architecture === architecture)?.installed;
    return installed ? { installed } : {};
}
/**
 * What the server layer installs before PGDG is set up, and so holds too: PGDG's key and
 * script (postgresql-common) unless packages.keyring brings the keys, and CAs for an https
 * mirror (the Dockerfile's first install-packages).
 */
function pgdgSetup(config) {
    if (config.packages.source !== 'pgdg')
        return [];
    const mirror = config.packages.mirror ?? PGDG_MIRROR;
    return [
        ...(config.packages.keyring?.length ? [] : ['postgresql-common']),
        ...(mirror.startsWith('https://') ? ['ca-certificates'] : []),
    ];
}
/** The mirror a `packages.*` setting configures, when it does. */
function configuredMirror(config, field) {
    switch (field) {
        case 'packages.mirror':
            return (config.packages.mirror ?? (config.packages.source === 'pgdg' ? PGDG_MIRROR : undefined));
        case 'packages.debian-mirror':
            return config.packages.debianMirror;
        case 'packages.security-mirror':
            return config.packages.securityMirror;
        default:
            return undefined;
    }
}
function problemOf(config, field, value, message) {
    return problemAt(config, field, value, message);
}
function problem(config, field, value, message) {
    return new errors_ConfigError([problemOf(config, field, value, message)]);
}

;// CONCATENATED MODULE: ./packages/package-view/src/keyring.ts



/**
 * A file as the target carries it: relative to the workspace when it is inside it (the build
 * job's checkout of the same commit may be elsewhere), else as it is.
 */
function keyring_workspacePath(path, workspace) {
    if (workspace === undefined)
        return path;
    const inside = relative(workspace, path);
    return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside)
        ? inside
        : path;
}
/**
 * The keys the image's apt is to trust for PGDG: `packages.keyring` with source `pgdg`, each
 * file read and checked to hold OpenPGP public keys (so that a wrong file fails here, named,
 * and not as a signature error inside a build), named for the build context by position and
 * kind (`.asc` armoured, `.gpg` binary: apt tells them apart by the suffix). Undefined when
 * the image keeps PGDG's own key from postgresql-common.
 */
async function pgdgImageKeyring(config, 
/** The checkout the matrix runs in: a key file inside it is named relative to it. */
workspace) {
    const { source, keyring } = config.packages;
    if (source !== 'pgdg' || !keyring?.length)
        return undefined;
    const results = await Promise.all(keyring.map(async (path, i) => {
        try {
            const read = await readKeyring(path);
            return {
                path: keyring_workspacePath(path, workspace),
                name: `pgforge-pgdg-${i}.${read.armored ? 'asc' : 'gpg'}`,
                sha256: read.sha256,
            };
        }
        catch (error) {
            if (!(error instanceof KeyringError))
                throw error;
            return {
                origin: config.origin,
                field: `packages.keyring[${i}]`,
                value: path,
                message: `${error.message}; set packages.keyring to the public key file(s) (armoured .asc or binary .gpg) that sign ${config.packages.mirror ?? 'the PGDG mirror'}`,
            };
        }
    }));
    // In the file's order, whatever order the reads finished in.
    const problems = results.filter((r) => 'field' in r);
    if (problems.length > 0)
        throw new ConfigError(problems);
    return results.filter((r) => !('field' in r));
}

;// CONCATENATED MODULE: ./packages/package-view/src/base-image-cache.ts
/**
 * What was read of a base image, kept between runs under the cache directory
 * (`base-images/`), by what makes it immutable: the platform image's manifest digest from a
 * registry, or the local image's ID (a content digest) and the platform. Reading a local base
 * means creating a container and exporting its whole file system (0.5 s of a 1.5 s warm
 * extension build), a registry one downloading its layers.
 *
 * The record holds the keyrings the package view then trusts to verify the archive's
 * InRelease, so it is sealed with this machine's key (@pgforge/apt's sealed files): one
 * restored from a shared CI cache, or edited, reads as absent and the base is read again.
 */


// Bump when the record's shape changes: older records then fail their seal (the kind differs).
const KIND = 'base-image-files.v2';
/** The file a base's record lives in; `key` names it uniquely (a digest, an ID and platform). */
function baseRecordPath(cacheDir, key) {
    return (0,external_node_path_.join)(cacheDir, 'base-images', `${key.replace(/[^A-Za-z0-9_.-]/g, '-')}.json`);
}
const isString = (v) => typeof v === 'string';
function decode(value, origin) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const stored = value;
    if (stored.store !== 'registry' && stored.store !== 'local')
        return undefined;
    if (!Array.isArray(stored.aptSources) || typeof stored.keyrings !== 'object')
        return undefined;
    if (!stored.aptSources.every((s) => isString(s.path) && isString(s.text)))
        return undefined;
    const keyrings = Object.entries(stored.keyrings ?? {});
    if (!keyrings.every(([, b]) => isString(b)))
        return undefined;
    return {
        origin,
        store: stored.store,
        ...(isString(stored.digest) ? { digest: stored.digest } : {}),
        aptSources: stored.aptSources,
        keyrings: Object.fromEntries(keyrings.map(([p, b]) => [p, new Uint8Array(Buffer.from(b, 'base64'))])),
        ...(isString(stored.dpkgStatus) ? { dpkgStatus: stored.dpkgStatus } : {}),
        ...(isString(stored.osRelease) ? { osRelease: stored.osRelease } : {}),
    };
}
/** The record stored for `key`, with `origin` as this run names it; undefined if none holds. */
async function readBaseRecord(cacheDir, key, origin) {
    if (cacheDir === undefined)
        return undefined;
    return decode(await readSealedJson(baseRecordPath(cacheDir, key), KIND), origin);
}
/** Stores what was read; a cache that cannot be written only costs the next run a read. */
async function writeBaseRecord(cacheDir, key, read) {
    if (cacheDir === undefined)
        return;
    const stored = {
        store: read.store,
        ...(read.digest ? { digest: read.digest } : {}),
        aptSources: read.aptSources,
        keyrings: Object.fromEntries(Object.entries(read.keyrings).map(([p, b]) => [p, Buffer.from(b).toString('base64')])),
        ...(read.dpkgStatus !== undefined ? { dpkgStatus: read.dpkgStatus } : {}),
        ...(read.osRelease !== undefined ? { osRelease: read.osRelease } : {}),
    };
    await writeSealedJson(baseRecordPath(cacheDir, key), KIND, stored).catch(() => undefined);
}

;// CONCATENATED MODULE: ./packages/package-view/src/base-image.ts
/**
 * What the matrix reads of a base image, per platform: its apt sources and the keyrings they
 * name (the image's own view of the archive, which is what apt inside the build will use), and
 * its dpkg status (what it holds before anything is installed). Read from the base by digest,
 * through the registry, or from the local image store; never from the machine that runs the
 * tool: on GitHub's runners that is Ubuntu, not the image.
 */






const SOURCES_LIST = 'etc/apt/sources.list';
const SOURCES_PARTS = 'etc/apt/sources.list.d/';
// apt ignores files in sources.list.d whose names hold other characters.
const base_image_PART_NAME = /^[A-Za-z0-9_.-]+\.(list|sources)$/;
const KEYRING_DIRS = ['etc/apt/trusted.gpg.d/', 'etc/apt/keyrings/', 'usr/share/keyrings/'];
const STATUS = 'var/lib/dpkg/status';
const OS_RELEASE = ['etc/os-release', 'usr/lib/os-release'];
const directlyUnder = (path, dir) => path.startsWith(dir) && path.length > dir.length && !path.slice(dir.length).includes('/');
/** The paths of an image the view is made from (content kept; symlinks listed). */
function isBaseFile(path) {
    return (path === SOURCES_LIST ||
        (directlyUnder(path, SOURCES_PARTS) && base_image_PART_NAME.test(path.slice(SOURCES_PARTS.length))) ||
        path === 'etc/apt/trusted.gpg' ||
        KEYRING_DIRS.some((dir) => directlyUnder(path, dir)) ||
        path === STATUS ||
        OS_RELEASE.includes(path) ||
        // Parents a symlinked os-release or keyring may go through.
        path === 'etc' ||
        path === 'usr' ||
        path === 'usr/lib');
}
const decoder = new TextDecoder();
/** The view's files out of a merged file system (as readImageFiles or the container's copies give). */
function baseFilesOf(files, origin, store, digest) {
    const content = (path) => resolveFile(files, path)?.content;
    const aptSources = [];
    const list = content(SOURCES_LIST);
    if (list)
        aptSources.push({ path: SOURCES_LIST, text: decoder.decode(list) });
    const parts = [...files.keys()]
        .filter((p) => directlyUnder(p, SOURCES_PARTS) && base_image_PART_NAME.test(p.slice(SOURCES_PARTS.length)))
        .sort();
    for (const path of parts) {
        const bytes = content(path);
        if (bytes)
            aptSources.push({ path, text: decoder.decode(bytes) });
    }
    const keyrings = {};
    for (const path of [...files.keys()].sort()) {
        if (path !== 'etc/apt/trusted.gpg' && !KEYRING_DIRS.some((d) => directlyUnder(path, d))) {
            continue;
        }
        const bytes = content(path);
        if (bytes)
            keyrings[path] = bytes;
    }
    const status = content(STATUS);
    const osRelease = OS_RELEASE.map(content).find((b) => b !== undefined);
    return {
        origin,
        store,
        ...(digest ? { digest } : {}),
        aptSources,
        keyrings,
        ...(status ? { dpkgStatus: decoder.decode(status) } : {}),
        ...(osRelease ? { osRelease: decoder.decode(osRelease) } : {}),
    };
}
const SELECTION = {
    list: isBaseFile,
    content: (path) => isBaseFile(path),
    hash: () => false,
};
/**
 * The base through its registry, by the platform image's digest. What is read is cached by that
 * digest (content-addressed: the same digest always holds the same files; base-image-cache.ts),
 * so a warm run downloads no layer.
 */
class RegistryBaseReader {
    #registry;
    #cacheDir;
    constructor(registry, cacheDir) {
        this.#registry = registry;
        this.#cacheDir = cacheDir;
    }
    async read(image, platform, digest) {
        const ref = reference_parseReference(image);
        const pinned = digest ? formatReference({ ...ref, tag: undefined, digest }) : image;
        const { manifest } = await this.#registry.getImageManifest(pinned, platform);
        const origin = `${image}${digest ? `@${digest}` : ''} (${platform})`;
        const cached = await readBaseRecord(this.#cacheDir, manifest.digest, origin);
        if (cached)
            return cached;
        const files = await readImageFiles({
            image: origin,
            layers: manifest.manifest.layers,
            fetchBlob: (d, size) => this.#registry.getBlob(pinned, d, size),
            select: SELECTION,
        });
        const read = baseFilesOf(files, origin, 'registry', manifest.digest);
        await writeBaseRecord(this.#cacheDir, manifest.digest, read);
        return read;
    }
}
const spawnDocker = (args) => {
    const child = (0,external_node_child_process_.spawn)('docker', args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: environment_childEnvironment(),
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
        if (stderr.length < 16_384)
            stderr += chunk;
    });
    const done = new Promise((resolve) => {
        child.on('error', (error) => resolve({ code: -1, stderr: error.message }));
        child.on('close', (code) => resolve({ code, stderr }));
    });
    return { stdout: child.stdout, done };
};
async function docker(run, args) {
    const { stdout, done } = run(args);
    const chunks = [];
    for await (const chunk of stdout)
        chunks.push(Buffer.from(chunk));
    const { code, stderr } = await done;
    return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr };
}
/**
 * What the view reads of a container, path by path (`docker cp` of each): everything isBaseFile
 * keeps lies under one of these. `docker cp` names a copy's entries after the path's last
 * segment (`apt/sources.list`), and resolves the path's parents inside the container.
 */
const COPIED = [
    'etc/apt',
    'usr/share/keyrings',
    'var/lib/dpkg/status',
    'etc/os-release',
    'usr/lib/os-release',
];
/**
 * Whether `docker cp` failed because the container has no `/path` (daemon versions word it
 * either way), naming that path: any other failure (the daemon, its storage) is an error, never
 * a missing file cached as the image's truth.
 */
function notThere(stderr, path) {
    return (stderr.includes(`/${path}`) && /could not find the file|no such file or directory/i.test(stderr));
}
/**
 * The base from the local image store (an image imported or loaded there, which BuildKit's
 * docker driver builds FROM without a registry): a container is created for the platform,
 * never started, so a foreign platform needs no emulation, and the view's paths are copied out
 * of it. Copying those few paths, side by side, takes a tenth of exporting the whole file system
 * (a slim image's 80 MB, read through tar here) and gives the same files.
 */
class LocalStoreBaseReader {
    #docker;
    #cacheDir;
    /** `cacheDir`: where what was read is kept by image ID and platform (base-image-cache.ts). */
    constructor(run = spawnDocker, cacheDir) {
        this.#docker = run;
        this.#cacheDir = cacheDir;
    }
    async read(image, platform, digest) {
        const inspect = await docker(this.#docker, [
            'image',
            'inspect',
            '--format',
            '{{.Id}} {{range .RepoDigests}}{{.}} {{end}}',
            image,
        ]);
        if (inspect.code !== 0)
            return undefined;
        const [id = '', ...repoDigests] = inspect.stdout.trim().split(/\s+/);
        // Pinned by digest, the build uses that image: a local one of the same name is another
        // image unless the store says it is that one.
        if (digest && id !== digest && !repoDigests.some((r) => r.endsWith(`@${digest}`))) {
            return undefined;
        }
        // The ID is a content digest: the same ID and platform always hold the same files.
        const origin = `${image} (local image ${id}, ${platform})`;
        const key = `local-${id}-${platform}`;
        const cached = await readBaseRecord(this.#cacheDir, key, origin);
        if (cached)
            return cached;
        const created = await docker(this.#docker, [
            'create',
            '--platform',
            platform,
            '--pull',
            'never',
            image,
            'true',
        ]);
        // The store has the image, but not for this platform.
        if (created.code !== 0)
            return undefined;
        const container = created.stdout.trim();
        try {
            const copies = await Promise.all(COPIED.map((path) => this.#copy(container, path, `${image} (${platform})`)));
            const read = baseFilesOf(new Map(copies.flatMap((c) => [...c])), origin, 'local', id);
            await writeBaseRecord(this.#cacheDir, key, read);
            return read;
        }
        finally {
            // Not waited for: nothing depends on it, and Node does not exit while it runs.
            void docker(this.#docker, ['rm', '--force', container]).catch(() => undefined);
        }
    }
    /** The view's files at and under `path` of the container; none when it has no such path. */
    async #copy(container, path, what) {
        const { stdout, done } = this.#docker(['cp', `${container}:/${path}`, '-']);
        // The entries are named from the path's last segment: put its parents back in front.
        const parent = path.slice(0, path.lastIndexOf('/') + 1);
        const [files, { code, stderr }] = await Promise.all([
            filesOfTar(stdout, (name) => parent + name).catch((error) => error),
            done,
        ]);
        if (code !== 0) {
            // An absent path writes no tar at all: what docker says is what counts.
            if (notThere(stderr, path))
                return new Map();
            throw new Error(`docker cp of /${path} from ${what} failed: ${stderr.trim()}`);
        }
        if (files instanceof Error) {
            throw new Error(`docker cp of /${path} from ${what}: ${files.message}`, { cause: files });
        }
        return files;
    }
}
/** The view's files in a tar stream, each entry's name made a path by `pathOf`. */
async function filesOfTar(stream, pathOf) {
    const files = new Map();
    const extract = (0,tar_stream.extract)();
    const finished = new Promise((resolve, reject) => {
        extract.on('entry', (header, body, next) => {
            const name = external_node_path_.posix
                .normalize(header.name)
                .replace(/^\.?\/+/, '')
                .replace(/\/+$/, '');
            const path = name === '' || name === '.' ? '' : pathOf(name);
            const kind = header.type === 'directory'
                ? 'directory'
                : header.type === 'symlink'
                    ? 'symlink'
                    : header.type === 'link'
                        ? 'hardlink'
                        : 'file';
            const keep = path !== '' && path !== '.' && isBaseFile(path);
            const chunks = [];
            body.on('data', (chunk) => {
                if (keep && kind === 'file')
                    chunks.push(Buffer.from(chunk));
            });
            body.on('end', () => {
                if (keep) {
                    const file = {
                        path,
                        kind,
                        size: header.size ?? 0,
                        mode: header.mode ?? 0,
                    };
                    if (header.linkname)
                        file.linkname = header.linkname;
                    if (kind === 'file')
                        file.content = new Uint8Array(Buffer.concat(chunks));
                    files.set(path, file);
                }
                next();
            });
            body.resume();
        });
        extract.on('finish', resolve);
        extract.on('error', reject);
    });
    stream.pipe(extract);
    await finished;
    return files;
}

;// CONCATENATED MODULE: ./packages/package-view/src/debian-archive-keyring.ts
/**
 * Debian's archive keyring, carried by the project for hosts that lack it (GitHub's Ubuntu
 * runners have no Debian keyring): the file /usr/share/keyrings/debian-archive-keyring.gpg of
 * Debian's debian-archive-keyring package, version 2023.3+deb12u2 (the archive and security
 * signing keys of bullseye, bookworm and trixie; sid is signed with the current ones). It is
 * used only where the image's own keyring cannot be read (no base image could be read), and
 * its bytes are checked against DEBIAN_ARCHIVE_KEYRING_SHA256 before use, as PGDG's keys are.
 *
 * Generated from the package's file (base64, binary OpenPGP keyring); update both together.
 */
const DEBIAN_ARCHIVE_KEYRING_SHA256 = '506b815cbb32d9b6066b4a2aa524071e071761e7e7f68c3ac74f3061ba852017';
const DEBIAN_ARCHIVE_KEYRING_BASE64 = [
    'mQINBGAEHQwBEAC7MhpIQlLicwR8tmMH0yFkMIsqIbfudnBCuV043sSSSdUT/XjAXKdsdOCpfb6Tfiau1uY9Yb8gWLM8JxmS',
    'uaIa1jKlYiRZ5G79D7NOVIcqBrqp3lzVHShLEXs4421f0Y4bSMuDcY/cdmRt+S+qlJvqKLwAbyejyi1i1N39UfJtK/OdZfuP',
    'Njz8VoWPgJff7CaIYYREo4QWzAnuq65gN6DP3q33vh5OcoZgMDR+toEKYyGqhjXIYEJU9qYz/wpglyijbFoyS3jn0oCTHpS2',
    'NwKc01vBGVZpfR+DVSgDWWQHjlrSpb9E7bAxn2RfUZnQ6Sh3qcoihOjyI0RZ9ZYH8uQlur1JSS2n3/RxtCaV6uRtXDB5GuXj',
    'NfqNsprZVhYYhBcX4z/4oMVim5ABkXwGNQMezrESHGq3oiIeJaBI5Oso2g/D1MIS2W5B6NzSTqB4CaGzZ+IY30vvkxhnIG7g',
    'r4y76FzcafdJKM1cH/XlFXjnSGQ6UmA0E6hpXnjsQWGPL7InpDYHFVl1dH2syHOqHUmEU8CcZayb6hVygnQHh7DlhsrtnrN8',
    '4qEkuXfitC4Aqaq7lMflGB+ymphxBM+CC4OfiyvW2FDuzQAIWPVRwmKuKxMCRnPmSd+UPkyD0jm6yb1F2Fl8Y5T4lYOJJ9Of',
    'OpUz38LEqdVx0BosBn68shCwPwARAQABiQJOBB8BCgA4FiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmAEHQ8XDIABgOl28UpQ',
    'ikjpyj/pvDciUsoc+WQCBwAACgkQc6Tye43UeTYUrg/+LEMuHp3zMwvR6zok7CAVn6Wy2QNj7uNEvx7S4jmd8oMcjPZqkF5k',
    'jNso2iJs+l+6AeluoQq4b4gnCbGlarqBEe0BwKdHKo0eXcOzmx3XoJ7Gt4J+/iIrBANt4cXmvT6kyreq5unj4AkxQDDgeaBX',
    'Ukkr7B0WtzZpRWyYhrHELlGEEdPSAgnIzmLYNXQT5cUrBwLawtn1IfC4SYpVfehW+ltr+q7OlV18ggLxjsXTD4EppPGtUn9k',
    '8NYzMK6IB6NnDxT2pwCsJZzItxv9TU8mVwchJ+NZ+EKCRgK3QfZkxEfXuZuxRdjyZp3ZYuq+1nT/7BRx1m/Skkj8/zrv/aFQ',
    'iLi9uT3gqAG0PRZBgXbYDHGByTayZayZuW73lBV5dZyEpBEJ55DXgbnDk7rmKPDQitXpVvXEZVDo3xMaxu+XP/M3THz159ll',
    '3//8MgUKeQWw0wHYD9/iWSDmeo0i6XT+6cQU3khJv7IvoiK5S6slOa2h3RRoNbtIHhtQVGz7Q5RfoVkczOeV4jo9eiJW3Q8V',
    '2SUhzI8WIIrEjdQJaG/gnDNM8dlO4gnvCfTQVThEtxkYEAWBreo2DfWsKwqi7ZJajMdpPGTIvU+pJwDY6i7zNuoHrkph1sgc',
    '8dYraX0VzjtfJYLMv0z+oTfdHkNKQ6s/zhCBw9V3a5w4UtIKaSKGUwiJAk4EHwEKADgWIQQfiZg+AIH94BjzzJZzpPJ7jdR5',
    'NgUCYAQdDxcMgAH7+r21QbXclVvZum7bFs9bsSUlxAIHAAAKCRBzpPJ7jdR5Nmn4EACMtvbnCpFKD+MzkF3b5ccFQLk03cC7',
    'sPzRipKsR1SoKKXV7Vcps2telPZPx88FzjRoj3jBLtsFNELYvpFANFCLO1Nexv9a79sG8vYrhqKDLT6ecgSJDHbRl9DovAjl',
    'VbAGsHBjbmV4J7o7F6xcXgB4t0DIObe2yU4oiCa+S4ku2p9a5ZPrKMJmbRg8EfwD2VVfw8KCycW977JV7MuihXYjjrHugI40',
    'h76+rTbKbuZLcTBxMsi1Dfx5rpLVYZgukMU0N9WwBdCC+x6WBQGmOFMDy15f0cuXYTjDuiZExFaSb04e9O6p3wf2vOjfsexF',
    'IQIy9sXJ7KLfpZoULVzoUuAWgZfKxtH3D4imJ9jeiFKbPomeLpo7vsxfZ9W8UMRfFCKUZG5kS6HKC00ThKD8qXCOz66Ypfy6',
    'BJvvTAKr32Y8lgQNqqu7DIntjNrmAJXYSKlE5h+B/tVD5VdszimE1tEEcgf8lA19C3iqUTIle17w0WvhJgBITE+TP2SUiw4t',
    'fWYQ55y4oUfJi4lJVck4PuV/ELzwlZmN2A8PSgj7JmivfEQhq+ANGRpnGJ7AvmhAOsuPfakHmsiAdeo0EOIPy5hYFxWGZcFI',
    '8xX0ywMH9Kh4hS97oZInCeOsBfWGWUrL4NWogLYDIsdVLDxlDT+ZPnXzqlbtHhwuoniVpVWXH6sMbokCTgQfAQoAOBYhBB+J',
    'mD4Agf3gGPPMlnOk8nuN1Hk2BQJgBB0PFwyAAYyCPe0QqoBBY54SEFrOjW4MFKRwAgcAAAoJEHOk8nuN1Hk2QmcP/A1IBxQM',
    'UaPom/NzStJhOMibGUGgcCx306ioq3Bygu5L6Tfo5QoaJINj57Nee+0Dy2dHe9FCaMdv+Cl7cGL6egq6VyIhDyYef/edVRXa',
    'ukzi/dUIW57704lDyudHKBy2KTbzY/WJBNOBXmRG76Q7vTxX4JOYv6whtd5ulyYnom2KUlctOJ1sfNXg+D0QWo2XjhTkevde',
    'wME4aQEaPuJabAcfcr1LoR3Gnsw+l06hBzuUn1kOMO37ocveGzwLshzIee2b0bhCcc2o2SH7R2xxGkAAleSeS3nXsn0qH/R+',
    '3juQfwKqonmqF/dMx+JhcbIvGi8TfZ0vzhC3YJGqUdK12un0wFF0c0IHR3ZnbkvP4Fh+yThFgTxMhR3XiX27+n/ic/C1fm3p',
    'N0RnQabUHODlP0VgAVk2fwoa+rjZq+XqiwZe3qqfXDQrB6blF5/K9jyEaph3D9Ug7Z0wVyFJ8BBgN4+b1DaBRFt43vTOOx2u',
    'VuRDqGjF/LuBAw97kphFK4e8xAkKfUzjygQqZRt8yFr2LvfaFyrBklEqZXDjCs2/+sZkS0e/EZ4T6yaUM2jPzt6MBM9A65VZ',
    'E0LtvWTLQuvxpbdrwxDyOfqX9GW0RCAXbz08y5h6EqBeBha0s5Mtdy0V4FgFNNTeTUR5GCTi+wWUkwni3aCOBPnEjHwCWYSs',
    'uBLwiQJOBB8BCgA4FiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmAEHQ8XDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQ',
    'c6Tye43UeTY3wQ/+LjebzIjgcLJaFePuVICRZdTjtyj0EEWDc3rjbYUhLH/oMMDt5wjvKaRiF5TixJdP+BqbYOaNbC1q1zSX',
    'e3WKp7rKf3Y23A4ib6qpI8jiAG3vZRyki5yh4Upe3BsTlRHYVd4O4pWzNktv3NYwxg0HHv6T7ZMs0oGT+ewQDbVpovWaiaaL',
    'gFPtFYrN2qPhi66J+K+QTNJdTpvWUQo1m92YRVlG2C7rx3Y1x2do5SM/vhRJ8Di9bMU0ZCXQGLoNedTEq/3OgjqPUUdEtcUw',
    'f0jO/fPnaEhaqRDjtTteGNx21Iy5adM8otUw4XQmmDe7makdmYTi3LDTlOVkOyMlnWQT4k601ySvnSmdRwUT7vOV7pqUnHPT',
    'klBwoWO99/N0DF524LW8/IobNuUyX8hkQ70krpC7/suT7cq+l8Q45nJ1zTNnYNUdtLktB4MwQchedynsmPjGjADpqgCFF5gC',
    'yY25RIJ/S2CBObE+z9Kx9s+CAvQyoTYVaQdwXmavybHpPmocXGJCBG0V6JAkJTpJDFNZM4MstcAltUH6JgNZ5YkKvDAzLBFX',
    'ROvo0Se4xsEiMkhPixXqqtiITiynQIIgLgb9BQB9MxZ1FD1E5xC+ayMuD5W0gXGNQUNflaywJHIGTY66axrIVXPXhi6vhLWO',
    '8YYIsewgcR/rQDc9kc5SGBvDxs+JAk4EHwEKADgWIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCYAQdDxcMgAHHT2rJ6TOzBn9S',
    '8z+kWexnFbBwXwIHAAAKCRBzpPJ7jdR5NhsQEACf8Cwrte2o8ZoUo6GhLasJF0Jkh0d5kC7utqxK3056ykRz4QcHmacWdYzT',
    'hZoYtsSzM9UudclTgObbRnnGFZz9X+UlEzM/D1wgQ0uDbdaYbMpNtexChRnoYugngzhgcZI9kzWXLSGeRR13TVoqHFTRiDkl',
    '69OCxGf002MoSYKAqwUUoaBnb+uAoDFdpj+UoFwKqcCiDUcZ00vXtfR62f8i/+kYHjVMMrE9kksk0Q8Q+cj8K2e7znaLD2hJ',
    'Wre2ctLUX9HON2Xi+Dnw944GtbdVMIZjoTgeTphW+eGr8B3+WHYUoO1MHMb3eezBZSZHKbYLgPLv3qz6dm/VHVBR0MOSJu7y',
    '2ljDIb4XAvvam0btK/JeothXWgUr+ou3Bjc7YXH+Q4KYgJ1ALs34PmmyTaKmT3lpbI+3qyDcvx4yEGZJLE3hE9fuOwYLvtXC',
    'c8+wxfLpRdQ7puuFTAL97i1eHGODj/ZZDmUivp1eUzjoRUTDyuvWOMVtC7D2CHai+yRQVtN6uCinTwCnhlq/+B+MMrlEL92k',
    'NEvoVwVkGsogTupTiUy9DySk4b8iyKsythnwN2zCF+GfwjEDetXJnO4kLQGc0TX01TSLp4b9mqGXKKYZyp2tFOJm3+QtD4/1',
    '4tpGFTZWqfLDzCNXUSXUQFTHUFcJ9guUJp653054YfJAIhl0VrRJRGViaWFuIEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcg',
    'S2V5ICgxMS9idWxsc2V5ZSkgPGZ0cG1hc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYhBB+JmD4Agf3gGPPMlnOk8nuN1Hk2',
    'BQJgBB0MAhsDBQkPCZwABQsJCAcDBRUKCQgLBRYCAwEAAh4BAheAAAoJEHOk8nuN1Hk2o5oQALUciYUFb+EKd0pz5zDYpYTL',
    'xyzFk6d1mMVJCejG8ZiEJ5Jv6FVYMvDiGmku0yrIjnKe5vfPXGHOQO7WOBbge2M/VQcmQp/mkOEcvAz+2lF71dPHq7/RadJF',
    'LmRxnvHhbDANl+lgO4LNWHEJRN7s29IJVBzrfOXAoDgVs4gKjVK5JC4qNA7be+TIuQwyCQfWs6tmOpKaF578APfYdeao3kNZ',
    'Te85ahUm6WrtVEBcQtv4TlxY0X4/5EBSlhyNux12fvA/0/s/iB7Of+SFHbj7xZ/Ep4R1BxmX9cBFaNVUD9UQUkJLstMb0KnF',
    '75PRcohPjGnPN6cpeNwOX3D2zAwn7mGeRxJP3ttppV031HzzI5WBiKT6jCONNuHS6uw3yhfTD96OHOwhDG3ikmOh8jO7cqAP',
    '0Bdl1TICZ3RIMqMR/iYLFmLLrlqGI3OZIRMMJZe+7C8uFRHN/hX3Y2f41FC7lf+IKfTYL33x2CGzTlW0fQIz/cERkvHTIY+t',
    'UjOvC518F/8Rq3+MAg0eoa/hQR9v7c4vFBzC7V3Ix8+A1MJq+E5aEqsy2vIBoVbMOf5cjUy5q/bCq7HU5v/hr8gzQHArfvIY',
    'gkC/AXfWM17G3DR2fsUE+lyc2ReAneMr/oqSl3u51ScSAHMeN6/6Le73aZ4yYwhPIS2M/KDf2wNURv/rMc0NiQIzBBABCgAd',
    'FiEEgNFYI7f9FWH597zd3DDXwjy7q+4FAmAEHtsACgkQ3DDXwjy7q+40iQ//am8nYLA4VOAw//lz8CMgk+Uyn5HS2t2aAdMv',
    'ep5wAVPVGZZb5Wa5eoNh4Rg5GnurVvl2N0OXo57vD9vXHhJkooA3p/UaeVMRnilNgSWdphW1l4rRXFWCw6l8frLp0iVq4yOx',
    'olOWTrWmpCYI+fgRrOknnaiqUS5+TH0a6RJtFJsO0x7wjPobdXhY6vfnhBIzdfnJ/oH+EkYbXhtMNtpUT75bywtB12Bj6Y+C',
    'Pbel7u9yMOwBK7R9t/56rpqF8WwExr9OwJkmfgVkScy8SOBTv0Wv+jG9JSGZKVNqCATYnKga/QgOMuDmrIbIe+OMjgRhiSfc',
    'zXBVWQ7Xd9DMzh5682+DEiK7cawBmpoGnJNkERR0P3uqn8vn+TYkEHpvNHQ0kISt/9IIiI9BOX3aA26xaD3RMSldsCzq2n64',
    'Y3THwXX2hTT8FCYLSAlrdlaqVajsgAsJHimcbDnPVmYfq2YlBeEiRbdeeZijKO/OKmgKtSble3/7Z8JylyCIGsZzYu65ZYr3',
    'v5QfSRSmJYPsG/MvI1dMpiohBs9o4/JYrph6/ulgZVMaMqyWnAv7+MsBSApXPRi013k1oInnO+toUvFWh2NdoARKzCQnVf/x',
    'ozkhSvyAbVTM58jTZQjsAVIOUAKixeRV7xR99VUoJYDrZKSewoE+cHkXWYPTf081wPBDdhWJAjMEEAEKAB0WIQReYbIXJl2p',
    'gHojxf9N+rJwyqlt+gUCYAQfFwAKCRBN+rJwyqlt+oVSD/9nQjSynGhzlBF0817mJNRH3m1eXEeWc5vbuEkMHTjphctidfhE',
    'gmC5Ay/DvJlN+HNhsLoYZb9It5vyhkPEAM46UroQ4mcx9Sj/IuJNrUF7UBLGx9TWDx+7UQIA7/rCDnSdMfHkX1l/1KD8t7yi',
    'sTXRiwWvIn6pEwlZQ6fUOgzy2emZU7l1UlWQI/kWFb2gmkgAb+/jStbjsIJIRaQCWTvkasgU56vCu5oqb2/b2gUSX0MBTIbo',
    'szEZxnZe1z15oX/RD/EU3zPr0w4wmN7vdLBtqbFxbnuVhDAPJH4zRgPdTB9E/n0PeFE37OxqOlC4eQJMKrFr4yw1nn5O5HMe',
    'nkRHnXWQHwMDSE8ZEQ5OB3BRC8J6eUz5hk0oUNepcag0h2DUDsvSes/Ogf0azipdP3h2UCNrNqe6RXKO14JmR9028Lpps2Lx',
    'OncjpoPKWw74zD10Ts3iO1IuCOc96MivQtwbnu5pQhq/LyNKmXsIkMVv7oW0Ca/EuUl73UVXptwLyJJTEtFJgXibmY9NQ9aV',
    'Ii7mJOLopR8bqYP3Esl8Uqtk/j2UsV+Tl/V4a2KgbpR0b4cmfGJA7SyrtBWRtVDSKfzSvrZkvC9eAQdizTlcGM32r5jesNnu',
    'i/HyBcRjX360gWzzMeOdEcHqRQ27qimgQk+PhMXfJ9thcG09Tri1Zt8rKIkCMwQQAQoAHRYhBKxTDVIPLzJp9emDE6SESQRK',
    'rVxdBQJgBB/dAAoJEKSESQRKrVxd1WEQAKIOigIdl5WR/YqQrn7u8nXdU0ghMPNz9xTQvbIQC6f+A5Qk1Lwu6mD3keKEKu/a',
    'Q6wN1DSu86xAKwnW1ZRzcHJd1HVjpjNIQ2j53KmPAtMjQSlzsUz1yfp1wSai4BGa9LbobIbC3nbtndiUmbYVtvn4fGa6k2Qh',
    'tti+TzSy3wQ3lPEe3aVD+3BWr9F0kOO5f2N2Os6iaF4ZFffn99D5qry1K0sg3IBFfLryUVkOUokHV5W5TaKfpvM71iJU/Sua',
    '6E0XvDiD6pXksqOVG3kQNqa7AEESzPHm2+X1XydUxFkXK41F/8z+mNOy1z5wYz3QfL9gp76IV48jjYNaIFCkq1jQOlOo7YDa',
    'EvlKJPJ/0/eejI6mLJO/7irqYaSgYlCTe60SHLMjmx4rmYi0YEdgyEk9tnqnKvwsSYdPZdaC8Kl3VSM2lg7B6AFjD4NCvrBc',
    'bKgZBNx/NrUg5i88lHFmK3ErGyBSFNoLVbEsaEzUm2Wml/S58XOlxB7vKSnVL26WfedqF/W/6jihABb0EN6I8Hraa7/V59dV',
    'iKa1EmvEz64/C1J2nAb7cnNAPPnkdgwqrsBMcP6GXPpwOSA9U1tcHSFJfxuMuAY6nWns2e3cC6FpTHR9Tnnp+wpv53Nd0CYd',
    'o6jYngPPaPRvQSZo2PcYNF54lq8UaowZvm+emPRqJ59AiQIzBBABCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmAEIpMA',
    'CgkQvDciUsoc+WQW0g//TDVm35jty3V7Dmql9P2ioDIbsTGb1RTGdIr1p4gLZTyA9jbJyVpEjyUwWHa/DbAWAOLYkuPjujFH',
    '80r439kKYvcbwNcA6I3P8nvdYIkgpxT6AyF8YA2lLWB6MWQy93Bm0R2fk7J7O1I7/uvBLjs3pbklhSyQsDSaPD9VE5jJ9zYw',
    'FdYkSEqcOrC5XKqt9pp9e1y+QVTWViXvOch9l5NanA7fMEpO56xue0EYRnXcxfovo0/unBuUcFJ7zwYmFTAicKlBWmErRcV3',
    'n8DcTbTF51ZyMHtkq30K/ZQb/f9LVSN81Om9gspAzRpUP/XB3IY6cnbpbIcxdgAphm8O8bhMjCztjfPK9zcwhmzAprW6f5S+',
    'vfl5ndGBhNkAcFdEJsODVVPYQNR+nxfUjfyZTl3/lEEpdhagkjkw2DPStpStGKDWwNnmGs1RMNOKCZtnKI1s+oeBFxxnUFQ+',
    '/DYcjWz+t27QIAZNx2vGbND0JIjGebf2WFFpDXjqF7xaa0mRfCUtu7jyuNAAj3eg+fARserqRugyoHsu2QlGI24HGyHQO02e',
    'ne6l7+n5Y3M3FtgsLRjPlKUP8gUO9xW3Bpi1+pnaSzbM85pK6dooH7tj6OF9pNXcSMf1Fq0l1Fw/gEt+H3bX51i2eJkQfGcx',
    '3Fr+90ibVYsStFh/uXs6bH40M5q8kxyJAlUEEgEKAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCYAQyziEaaHR0cDovL2dw',
    'Zy5nYW5uZWZmLmRlL3BvbGljeS50eHQACgkQ2xbPW7ElJcSndxAAiZFxjtM3OalPJ/VI8yF16lNHrHR1KMpSt9azMRMRvEx2',
    'B1LkNCxCFL+ZiIY4SgXdG8pt4nRNRUwOh+mbPIxjTi6BU6jJbNEV/x0aZHMvthPXqzY5T3ZcfYxvvAm2PiOE/T37Vj5OAlkm',
    'uEhBi9TA88wpjFiMzNvkhXxnjiezviAStsjADjqxJ8cipX4cTcoqt9A+ftdEp8HkqMWewMBLkRWizDFW7uXCFXGcLvi6FnXA',
    'Ovi4CU6g/VUkDhExrqA0rRNXdmTJRNDCWEGH9i/2vafMHziEpBWDCLESSxpjt2X0YAEWr/NSWRfiygVkl23mC+Cgs8N5QUUb',
    '/w9BeO0kagaelCak28aHvfJRsdD7qObDlQdhWRWqXZlemEcHGyaMsVsZRDArPxe3y6OSeyR3c/cET/KalAsYhC7LL5YSjeVL',
    '8D7fgSpMahnmB09nmMztWFQ0XXMnvhBRZZfwM+GDeIxNhVUb+R1hgCibc/aMLZvzZXqF/urupWVAycVzqTD3vi5zrYFEZ0C6',
    'q+YzcHENHN0t2HyNlGFobiTmv0DQiuAu3Wcpor3zFAwaHIbZiq6jhesJOq4vAjVTdVoYY/NhwSSe2EdaFuaDTh1CNnk0tpAK',
    'P/SxQ+3Odn7xQZ0wlKl4vFl3EiFv+dD+q0M2KlEjaoj/d8kunKPnO+A/kS1ene65Ag0EYAQdDAEQALxyG4hn47Yqk8SKE03a',
    'vuNFlLP0NFWg149k7csVIDRZNygicf+6RSCZHSr6ep3gYIX/f8xsmqSyckznIerAgCRmr5TDqs7SsGOIyMetOHol+soiJqgg',
    'unmX6clkVFT2KAOecq/3A6uw4M3JNlvGXeSRtsMlSHTdS0wK2m3n++VVr9tZ//NFlmnSnnAOAazomM3Od74Ne6fD9xRfFF9O',
    'l4NS29oXqwJS5NpsCU0nfoxEEADFRVBmLiGFTbMN0LtBLzciznTsGvKsZNdBAafEaNgW6RFYY+eTdlgQbdILwXuU7TE+n+AU',
    'hVaWsV0ldCjNlFdUhTde1ldTBfycpBF98hzdV1KguE3vpJW6xmPSrXgtHrBzFHMpMEBP59J5cRsoD4kJU7IdhGGnKqZGVmoX',
    'XZOqYDXs8iJ74PKye5jk96ooNHO6etX0lLrb7HMVJIRXkPiv3Oj04QDEZcxrxnqZ0Su2m8S5/SLK37W4Rnp/KTWaifUPI0xy',
    'EEfssz/i/fdXta+XvoaMSH4zHzaXQnVYQDoN9CH312k0N+PYSDlxSVMinBn2Lh1JTghRDl+Ww8GplcOSoO8k8hRPeqbXMnCw',
    'fpXrU7GOPkMv7K98pAZx47bohgVNA+SGY83eUFlmQ7MdhIiWu1deLJT8jQoFz2aNeW3DxgN1Ltqxh8e9ABDvYTdNABEBAAGJ',
    'BHIEGAEKACYWIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCYAQdDAIbAgUJDwmcAAJACRBzpPJ7jdR5NsF0IAQZAQoAHRYhBKcj',
    'aIbzzMqtFIon+A6YQE04b6HZBQJgBB0MAAoJEA6YQE04b6HZbYQQALP5Em7+PaMdnhtyeGEX7pISquoZOuBA4RV5oWkJtCjY',
    'jtWq85/dDRoo17EzIkxhJCUypnELwavdPVOrKmDNv36mrdtdkOe8xsm+ITN4w0EbMif+SByvXtTEv0u9CBYfeq4EKCig1YcC',
    'glUPaTJsmSLZUv/k+d+dQht9FQaEUk9ZSYjpYdU1gZOsfzVY3FMwLpUlGtg6JoQMObpxsW9uNSYUbEDl8mFfc1odz+lFw3mh',
    'U7Nov8IW1QNMrg8Yu6hY4yQkxw8A7bs+JBz8XKVQXMP/0Zb5NROuISI/btPDkmQfU6ruD91cPVXXGy9PluV5+E9g7Cs/RlaM',
    '8TmAp0NAWKQixnPHoOwfRmuqYTc0WWuyZSaQdE5z0nPKB9Wc9nGUdZhXooqHADrm6TXFk/4w2xEkKKneGXHHBCaKhPjQRpwc',
    'Km6wVJ0gSmr9X9FLCjrHu+K5Fry5UkX+pWVsbdL2gIyKK5FtNx0ujuAlZxE94PStQUC74rZ2s/ac6QqbD3FKEW1jcVe1KPMH',
    'q/6+JzaSN7isIi+s6jsXg7K/sYMh5J0h6heMpZhoIuMGqQ93doyA9rRa47wLB4g2h1c2hx2uLK1VS4SJ9+0yvkNoNJSYGzFo',
    'Mc0UnBVqP1p03sSBxwd6F9cs3bvOE3jXXslUBcmyzFP971eKI5Kc7MwbfbM4kFoWWOAP/27m7zRuZSrAkFD2UCabCUWbEQwp',
    '4vafcYjsdJFuennaLhqybQe41P5IXvcJwvDIjzJXfgrq3IyBrWNI+fZzCo3I7XeWLdm3McXP0Q9X/UmMHuZ0aBqc26OHvFH5',
    'f2od/hwc3G9sB66sB4/rfWBOHMWJHTkNnzNMljTK7kPC9YT7n4DYVrdPTacvXrh2MkHGz1hEgznlW3VzF1Mk4qYBkWeIpcdX',
    'wHDfHXDYWIVXWtrEiqBMjLDH8Bpx5nee98KvFQpTzMbU9lE1rInSskw7+iGRONEBXcGs3fRJB8NvALsYMp0MU7hx3wQWmX9q',
    '58mb4qXvypFn+IqTOuN1AVCqSVEDn+gcdehCG8vkjOIKMANfKEqRrbQmY7CJtI4BxkJwtUCTVPaRDVdW3RTv4K8K8KAM+hVz',
    '7rnFYTONiO51yPCCuVHSQ9ivZv5GohbyDO5nNTve1no6Fzl5l/CSpb5XCvOcGMvgMWP22nlLGoSNG4g3TWlUabxrXmPEANG7',
    'D+qEhhuebeFC6OpX2i1JgYEpUgoTFtFC96299K38JSWRK/x0FPigzxvUkxVt7rG3APIPJlYQhYRq2rmDA4zRQL/ZDtFF9+QH',
    'IIvMDlYYZCLKlxoEjYlCusJLiwHiO5uiHDiLRA1vu1qeJVJ8o435g/gRLJALZojZ1UKhwK2BVhqTmCWbmQINBGAEHLABEACo',
    'b9fgQVEt9lqNWKPyzMdenmg+sIE+1ZXwUn6QzJhGedE42FY6ov6NAzYh08DOPYZsxpU7C5vX9nuM2Fp1tKgGXIfQZmc6EpLs',
    'YmPsKpAFOHfKs1SLbcwgc9pgLvJ6ZvUS/c2T2SHxMStHyFlJbMkLd8B/DQSx8XaIvjlHWiTiLv/+UuAfd4yQeatMyPvhnVLu',
    'Uf5Utgdvl5Twwm47IxUMX9426VKg19/22uJyWN0kfI0uLy7hg1cHArR5JOoiPRf1xR4ZF3zgu4gwCDD1Puv8iJuWM2U0DQDP',
    'KOuH2DdasezHiGCVrQ9LWijTZvpyT/fg1qaY3w/1gx8QK6TpsFL3Fwxopx2VrD7e2+FX3mmxfqhJGlAAfG0gOpie6t2WH6df',
    'cubWCt8hjY2gN+NT24gotDqk6Uz3TgLDG439+A6Tazji2shvQp74iTpVjyiBsdjF8ZbLBX1mGFLjniuZxuzOk/skUaInZ6g4',
    'SGw2qy8f0uBbdPxeIuNe8QLxEotXt5YCh265BDp6QpnHh5qfFc3IqwBA0hjkgvuzH+uNm1lA2dlKscPsqntw2c2epN4w/H8V',
    'ZYlv80KBEHx7vaneoVMxQkYDTNA2pJJJvWO1fKnIlpPMu4HWeAeiFOYnju5/Vdz4JuBmOQ9ATiHfZDBuC35IWzU1r/Tq6LoP',
    'IqKm13xJawARAQABiQJOBB8BCgA4FiEErFMNUg8vMmn16YMTpIRJBEqtXF0FAmAEHLUXDIABgOl28UpQikjpyj/pvDciUsoc',
    '+WQCBwAACgkQpIRJBEqtXF1npA//RSkQvkVQqOtQdoZliUKFR2w1RZrH7BXRMDudrjOcJ44GNuhrwPndnDYXEmEmIKKXamT3',
    '0BwDiD9sn4Xmwr6r8YkO0lE9vvL6vvP385P7mdDmd0uqH9jm8fxQelOwuf/8IAFohthBi6ajfsPUTgGncGXqAUvExlShhXZK',
    '/rq+3lWFy+hhyxKC0nrEMGskiATUY2HyQoiy47BheAWQs5IsQfc43QS/C0ySgrNsm8KENlUcAAntRdutL1JV8ORlpgRUvGka',
    'fT5vKN5tT07BpPh6ry3cwSEpMaQQmq5CT57hf92k5A2idEh/u1YDNGnIrRRTLIrRwRucSoVfgrxpHbFgq9p5bL6RkjpIm1L5',
    'ytS6gFF0Bt+/QuIt82MCfTjCykavI4YfO6qkewA/4aoEecJ0z0QAflg8sJcpEFTiRtnMTRvFqfjYQcMTgZDBS7zaFgsZbqc/',
    'coOf/uozBzBqob8vPBDeiSC4Hp/a/Gy5vw+ADJgQ5OAwcp68KdBN5EmSU1S+xqyKEtKAr3CKin/+e0kqyV+2jaR+jBcPveZK',
    '89MEpEMxIsGIeSZh4OYkc7bS7iPO+Euafmek5uSbhlpejUBy2gOAj+W7HK2mpte8rWWEueVaAOj+bFd5VNgt2s7LS3D6jy3n',
    'zp4eAl9PI+K4Yaiyy4P2GVIyRESj2n4OlBdVMoyJAk4EHwEKADgWIQSsUw1SDy8yafXpgxOkhEkESq1cXQUCYAQctRcMgAH7',
    '+r21QbXclVvZum7bFs9bsSUlxAIHAAAKCRCkhEkESq1cXRDGD/0bkA471LRZzYURNP3oAITwEy/6NKcVY3EAPe6gQVMtOI03',
    'qQU8nSLG50yNHlLETfN7zDFOWUAbgNqnss7fP3HUsrZ/XUbuathnkTQyVcmQfGYOjTXQI21YsUmwXUsbm8AHCKToxBpIe+Z0',
    'nSlqjJJg60GK0d2g19IgE4kji4575BUCFDUypkYNh5v6/0zZ4vriomRfeHmZ9ne+XkQ0kujjpvpy6LIhb7a3ckC/X5QrjGsp',
    'yPeQN8oYfZZrvyo5JmbOI7XgiCmNTGIJP7C0l0UEMufkmCvoetbhlj6pUWJBsCHGbZgVYuD8hWmLoAUzp5EjWjMVERpHncI3',
    'TPevlwqZczUoDYsIKGMqrowzZj88PdWHWlyq6dvXTMlCUufFZzPDsCjC6vPxhKdwUq0Nj3oV4HXfEHydC3XHmaFv3oglLGSq',
    'Q9VuCnzvpNnH0MRIFxBKFUR5J8rBjNXDNN3UtXkf927e/l7JyYIJ5XaHUzlTK53FEZRPeeJckyEd6NIrrm/BC73/3mMuAQZ4',
    '033PeY3qD+uZNWp8Epfs6idRJstkGzK8tlOyfT3L/MkcBYXBVEiyH7MUy2SbEjTgC40FtrmGP0YpmZ4MPj7pUymFps/eLRQB',
    'ACnHum12k2fxxbyO80DWge8oMRHQMBr+TnFgGV18HmjYcq14LhchnhYC1eE0IokCTgQfAQoAOBYhBKxTDVIPLzJp9emDE6SE',
    'SQRKrVxdBQJgBBy1FwyAAYyCPe0QqoBBY54SEFrOjW4MFKRwAgcAAAoJEKSESQRKrVxdfBUP/RAFKP+TbfOLzFeK9oNDABJI',
    'ztB1xXXoqMyPUoLqqv1AEdgtu1qvvkPiaqBLYCHmA/sm7A9+p4lxnlYC38ahxMJhcZ/QXhaQaEOU336WfsNcu4Ir/4ST3hUw',
    'sFtxluSEd89/IfFiIs53ZpTtrH88nxJKoXa+U84WT6xP9OHW5nvvH5bLveQCpDZCkW/Q2RkbHMnlPaXHAe7nLS8S2Lgy4St3',
    'ldVZzKDC/zhBVnWaUPuFGmDQnImzwpklFnAXFYTRJ6CX2nDw02Vu20NA+V3b64V0BIdgb0Ylkit5R2hN5gmXUCXdftzv302s',
    'zwhMF47NqPZ4T14kSwLh7LtDiYioDJxmnYvG1hxCu/cA1UeDxtTxA6tksz+QM8g+bN8ULTDfoNUX2ZFTyk+eF+J5calR6A06',
    'mxmHGOfc/dbEy4r+ztmSTnrfaPhCiHSBvCYtU7Q7GCa5EKVw9FtUJhY7oNrr15AQFrK5EJN3nIxZxHQDocAv7e77jBGzUsh3',
    'r0DVOJlHX7Vjh3VcmgEh5P0vb3vZGFOgSdL9mZ/kuZAdJv8zJlSlShBT+P0zTicl7EGzLSx/sZtGi98TrOIqrqgBEPIJn3Qo',
    'kiIxVSeGfQtz9nrvkV7uvUMe5ABRu6mxNzc6JHtA7VZNMLFhp5imBKneMq5qksmTXkpb9bw7IoEPB1ddpBFXiQJOBB8BCgA4',
    'FiEErFMNUg8vMmn16YMTpIRJBEqtXF0FAmAEHLUXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQpIRJBEqtXF2LAQ//',
    'dC9eL4nDDmW2YRZExS5cgbMCYTeGkCUrMcL75px8HaNASxAWyUGxouT6XbiyCvIZRmyAEsLYOm1txIVyddnHvH7v9HwRh08y',
    'stodyXqXTPnluHppVelQPIG071LLpyM1VM8qwrT3twdP7zXHWRzPwbUO2C8U9Fu6wiZCZb4Zcooldqj79487XKjPKws7f3gd',
    'kVYR7U3rwrfd0By3QSMlyh8aWe3YehU/zZ6MdxFIrAkHF0a9mrDRINy6BOtEc0ThBk5n/q8f7zxqf3Now9M8luok+eoVjXcA',
    'jrqHIY7rZ3TbCzV9e5OFoGHlsL1WieqxpZMmbS0UN2HGTyB/MpAJkYh1cB1nLNVOUnlOwjdM0PoKpdxtfUK3mtOuoB0TTCWw',
    'hi1FBI6oDYvbuMH4HOuvFqhGMiYmXC6Ln/eCVimWsnd0PsvrfomvJEZ2lFZzKw8QDOT4Z8xnopcVwuMq+JbAyVRCsXpqloyb',
    'MntB4SRQ/JwMf9+evnVh7hQWg6B32FhAjoOBRJTX6DxXYB8nqDVTh1iRUP3jO75rOiiYzgsfjDcDVO8+a4Cd8lySNvjMvpyK',
    'kjNs9pymkuTJwW1iWteZw71pdjRIUSd3o/7zOX08+saPakU/FT5E9xYANR4ZxR+iSHckgYJbiVYvrlE6LyZ7Ycty/fhhnLJ/',
    '92sDCj6wHkyJAk4EHwEKADgWIQSsUw1SDy8yafXpgxOkhEkESq1cXQUCYAQctRcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIH',
    'AAAKCRCkhEkESq1cXaYeD/4mxXBxPtjNaet+/3FvwO8h4G6nUuN5PqciXdeOpXKJWX+Rb4MZ0GhUxpievAW0JCZHzqFKTUfA',
    'EWuhQOYkTFAxINA6G48bdFtyDmAYiRGrGKglPcYWKEF9EjDfrDhL0a5Adbg6ICtA21e8Y/VVSkl5uHFsjwPgjWmYKyvSw45s',
    'UT99Iv8JztkbbJVVoPSq55rXFasiDSN6RdsDX10ZNBA6ci6uSq3low3bKaNjkTHHrahat47MGh9YdCdmHvWPI44FlvJNGb9U',
    'GFG3I3pKSxQbntS2Vb6WGeXrA1hCMksnApoWIkBHytTBOSUnowrCXh2aY+w2PxWZGs6RJTsX/41rpWyS9LmOEf+rtes6vPk9',
    'D3mGbkv/puRZli2RlPwqsSi4nHegb7ajtbLuOFUHXGi8LSFVYvD/8YxrS02pwsrXlub6v/HffyFMg4rXzKsPaWv+Q54seXjI',
    'w1K1kaNdPTDC3sTuKKr8zzumDGrWYxOLmtzOwBy4XiQ0RJ9NlsJlNBcyY7P6cSX1pJumrTZMD5cmOCHf+qYHRkWIjfdgB20k',
    'x/vBgutDpP8AQ5dA8kt1RjCGCRLfU9UEOytT8Hf4Kp7SK83Oi9E6Auex8vMMSczPGrWSkmeUxPJxuE4+5KYTRkcJMl4WKEmQ',
    'Aae0ni0WskXeO/3YujWC7n3ho6+UNoyLXLRSRGViaWFuIFNlY3VyaXR5IEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5',
    'ICgxMS9idWxsc2V5ZSkgPGZ0cG1hc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYhBKxTDVIPLzJp9emDE6SESQRKrVxdBQJg',
    'BBywAhsDBQkPCZwABQsJCAcDBRUKCQgLBRYCAwEAAh4BAheAAAoJEKSESQRKrVxdiXQP/383ukp2BKlwoMBJacl3CV6wB2iu',
    'i8BA19MOmlxQd3f/V7/3sQBf+4J8H+SUFjJS4x3xBCOGn8u4k08BLTDEMr0ec8edEmhR2v/eMTzU0R2t5N7VWnapPf0H6vQb',
    'R3njwwmf7Xh6V+UiLUQIgb2ORq+35rg+I2pDgPUfKv++4jTzi+V3Xupb2ZB9iWPC1uRCmEOzpXb9DSDzANHnw2QbJ8a2KGMD',
    '3DHTuxV2uprQA01LIvRQrPQw7j6uDrIGjujwxMS8ut0mi7nDohiCgNwvujuzH9YeL40xLBqmJrB4UnHV2ZT4uQKH07jOs/N3',
    '8+BH1Bl4qtSgyGmbUkN+P6MP73CWWHtWsJG2yG4WfRHteNkzWi4MqBTQJlQm1l1/JdvbRdw7NIvbDSAYbVy7dhHmWFiR70FY',
    '6xHmlmUWA3QyrdP6Fu6DvxZjxCPCui3Mp2qzt18Zb0Ktz22tw2Gip1TI5bfqK2e5NcUWylNfsoo7J4i+MK1/zXbKjGNkB8Wi',
    'NHpc2VZ64njshuBWxuL4oibgUTi2aAD4rNVRfRtchq7ZdGnzHqB9FyflAohS03npF2Va4tjx+mzRi7b/QekpdG6gREu5r+29',
    'm5togJKG28821PidDZdH+dd8cotFlNgBMBu/zbOuuk/jPZb9GBLafC/jsR4hkIwHRh2mr+pnrFWxYkfaiQIzBBABCgAdFiEE',
    'gNFYI7f9FWH597zd3DDXwjy7q+4FAmAEHvEACgkQ3DDXwjy7q+7vFRAAoFGxubvIG1tmdrL3u6bzVs4DaCd6yomZru3EgZB0',
    'oJheNH1Howqai7LWkff4qzDbaz4CGFWXup5aXya2IBbX8CESUDI444aHC185bQfWITqFd84Dhj2isf8G6GwxwrbBQcG3LoVD',
    'epArzyBidmeB4QtpaE+lWX5TzLwzUEpFcxzvlsfTDtwiWe7jhuZ+dWLbva3xRHoeXRgDrPVakwZOJ2cvTatgfPJt1EoEGmYk',
    'OlL26luFVtaY7vAOaJQxraqAyiOMbefEgKQmbvbwKc6lF4IQWyZoKillzofdlrKHAjo7jsranOCy4NiZz6jXsWc9WoBQBXu0',
    'uidVmSTwOum8LQGDo8v+e+2A1yMAz6UIFBwNw3FFwwZNsscwZfjo1EZQt0xcL5B0Ufr5pibclfVnBFUPt8c1yxjnULQKL4fv',
    'Jgk07Tk1hqlTwq/qpzgDkJJPWK8j7h0RB4qfsQW+hF94QZJtEQy9pL1UjNj6k3ngjB/OXqc+cV7p4wRPtiqp8BqQPJLsnvbd',
    'cS1SUDdML9YafU3J3vj8yRtWqkcQ1gFNCaynzEwZc39IuRweSbpYkfucj70m+9BXMO/wXdgh1GjBmavciFCTefEEHdpprAnM',
    'dy27Ps0r0Xidv6wvX9XX2cZbISj51y59bM1+NKYmOzNthFl7VE9SxcwrmL4s5HsmExWJAjMEEAEKAB0WIQQfiZg+AIH94Bjz',
    'zJZzpPJ7jdR5NgUCYAQfrgAKCRBzpPJ7jdR5NrkrD/9aw4QPW2rnetBXRacMQ1VC9GKwZRJgW/5BvpWhtgEWnekxB9KLMmeD',
    'JIau/E86hhl4rnt8cPZbtiZEAi/pl8nRV3r6aL9M2Umv/7wxbkX7mdLJCYUuyJa5lHd6uEDV6t2FCSC6wHV4DAnKfodIFgwS',
    '+Vq5l6+v2Y/1k+2d/oplTRE/3xW4Ae4D5hNE4MGLUGrb+PgBlaxLTf560zDyxyy77LjPUbm/a7Ud6cpMCI2nF7kZm9l6IU0l',
    'MsxTn+tFLgcxn24Q0LASHUvN1YbhTax6OX3FBNRNhzYDKiQX5o/6Qwq3kms3Mam3gLLZ2ntcX+jg1bLfXeCEN/YAVDGT3dTK',
    'YhFblHzUfF0QltnklkrI7kOJ1gzGY8xnrTWdUCfPbzzJqdREcrEYro9BW/QKbwELKsUIpN1lj6U/P7BmQuaU/W2UQY5ll6Xl',
    'SOsRHfz0mOnYMNdsE6Cqr6hQLRrhiK3c5r33lJXs78pHKvgfREGOkwGOwQ8zzHd843S2xC+4nROOV/EbQ7b1BzchsJbkcNMp',
    'TBKaXMY1wMJZFuy6raP3QO518OjYkIampPdpLBvHia+hsLkO12A7eS134Swlrg0YLTETyeRQqURLYzyghKtRVTwhZFaQKKzP',
    'p4Jp+qkc2SDhXqNZqYT20FhxLBH2Bz5oNzaVw0WfEjw6NrjW3RKazokCMwQQAQoAHRYhBF5hshcmXamAeiPF/036snDKqW36',
    'BQJgBB8HAAoJEE36snDKqW36VYkP/1EUlC8KnR/dj583OI7EVgz7ezIOi2HKeNTFrnxPIpQfnfnaJZgFzfYkpo/0kPlLdQvW',
    'vqao5xKChtVmePX6ZPWnSlMQJvlv7879EpakYbHWhGibTBR4FHDrEVuJ77s9uOaA5q29fnAwYfvLkwHPijgJWbYblTpctFQC',
    'swqzBKXHQ/AvTDUj2II0BFUAeeBTrMX4Lysq1auKO6lvlBhvt1/XYFSpN0b336+7vCEmqTru6zQHx2ctjS1POWYMvD3rjPet',
    'S9luQ/00lp+gzpAhX1yb877YSTX2k5F/lW0NO7+EpqzE9j/9D8XtyaMFh9WnFKlkNs0lnT4HrptNsNvyM9gx4NJZQ74E/o+D',
    'XzYI+zrrhqkljrg2GnTqSDcHc5kUak1VFNjDOHHTkSH/J9szNG6BvdhsbSow70+gh1vT/8G7b5nNG2TVEaNP+DHNBbJ22GdC',
    'Oh6TZX6LfdeodbIaJTSvPdqOVCWt1XjzpHihGiggJWQncp5fJ3SQFpk93exw344mYe6/YZNh4TrC1EgufGruUVOVzt5TZRqe',
    'kmhxLCg9ZfI5MG8mRnK3Ecqf7PiIAFcmZHbJvmIUBzgVL4KWmE3vBGeg4C8v4lYlmvf1IQLhtA7YBnPg+3ZhZYJQWVB6l9rU',
    'jvFlYwkv1ACSmsxU5Bc/2zLZZJ15KawtClrADrHJiQIzBBABCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmAEIqIACgkQ',
    'vDciUsoc+WSJ9A//VO7mREA0FDDTx4IUXET7AB71wHBRY+yNtF8zgllXXqiOobVoHSCjZKMYjFhe5qKv3n1/kR0AxxbPWBBw',
    'futKFFoiRgt+SSB3iuaWxJ6jm6znBZUn9ys1t+Y1xydKLDHdoYyHhtg6vrQhs/gKwBMX/ccGVxD4h2eljbp66YTSByoSRGjs',
    '4efeYemelIsgrwP/Ap3iNrYdPjh/uBP3XTNQEkDqHzyVTFeMFIkvonNQQsAEgl3QcP+MWq+KBBozjqtgDAoiF0JAaVArayKW',
    '+eExDBUZXr+y7DS5v2nulAfQiZzVB4q39mMfYCoj6mCyLBZsx6Xosg8K0rh46PuQb/0TasrYV44bjRF9SBVaOBW8eqWRc66y',
    '6OHUX1a5KkOxsDt03gHKYWC+NBfeck37xbL9J6d5QsA0yNdbCYvfKqp7i6mLPaa+u+2zBk1Pp9aNgbWzx5CFZxRjqUFf/drx',
    'ao+9jVKzn+cE9XtKouzy19OShdZe3SyLFTvXLdQj7emJN/JUIUgo8BrJYNzsAOo+UVCbliVr0dU0i1JQOf7k8iNdNWOYcUZq',
    '8sCRbQ9IJnnfVVX4OqRFhM7yzxyGFBEzFGu0h+hc+sDK9zK1jl99oX49V+RSvCdic0P1EIA63f8doHuUysIigiTyaQkXMfJG',
    'oR9uKm1F4+7hd/xfi5lXJuez5lOJAlUEEgEKAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCYAQy6yEaaHR0cDovL2dwZy5n',
    'YW5uZWZmLmRlL3BvbGljeS50eHQACgkQ2xbPW7ElJcR0ZxAAn/yWrs1CCw7plbiHCLqv/fk61wuXTFAjqiF77CXvekZulGjr',
    '7eN96LeXkrPCJIai7rJ2D7x2g1wXUiWZMWKh8M71tVzgY4UV8/+eEJFV8GqmdrxmenaQFqvuAV6y/HV7cJw1EQCpsWC3sujj',
    'WUvOmc+rBrBhkfueLP5EqdMJ+wyaX5j1iT2SsxcMNb6rPLlfSTafv2yqvnGhIFL+ZD916ke0tPpzUemjb2SrrTqj7l147pMv',
    '72H2KxR1wXjGgqQMjoOys5bgTBbyzTUFDCbJc8o5c/HfeUnFDfTEvPzoxLL20mnQ/Mq1j6Za/LcEdJe0liVDzDSI3ng43huZ',
    'LNOkT5LVLyNqedJ4M1bSI2/TSyTpHOTJVWSAUpH7706e2JomPWvKpwYU45WycXveviEfGaMWFxZpInzSWVZ2I0n8sH595sir',
    'FaEUF0vb7PYddh3OsTa/UwsccIQnxgzNqy+o/SqlHwR9nSMkvg6V3T0f4mvqRfiJfqtiMhqnxMpe124s9M7II8ACu1fjYf6j',
    '0rcwlhreD0r598oOqjmdiIAXRtRtVbW9YSLd+G563RAcoSBgs4Xu7557i107UPYOKQbpuGzFhymtK1wBik8DilvkFrc51BGk',
    'UNjKq5eUZHrUFHjYdVXXJW+6JHzECm8qCywz7cwVNBhNzCD9RkyK/hlKh3y5Ag0EYAQcsAEQAOvMWEKqTinNyE7ii0xbHFEe',
    'gMhYAkSdHm6kVDcDBu51I/rz6Yww94xvvTs819oLxPp1GCEwblnry3mD4NZ3vSeefzvK86BFX16tRUmAUP4qgE3PUKNFEWC3',
    '8toGKFKOAqpEw9TCoCKzyTAQ7qj64jtweIW20KHJ8FpZL9JkoImZSLp2AVA7gmJl+aUWVAJ6TBBmmGGWBl5St33nYXvlmoOC',
    '1CBWcW8qG0wGRh81ftQg0/klzGQElTWyU4CuPAhCnwYKccnOcOVPjcdp+rgvvJwc02/qX1WI3ZPJFOqr75il99cqreoSEmO6',
    'hJEL7GUUGcANoqqWUTe4SIYi3R97aqlOF9OyS9+o0Bufl0c9TZYDaRTJrIVs4D2jxJ2gaN49kztAifENYfS+wzE64YtbgNOl',
    'R4XvERs3D+08vwigqATeyApfxRs/VH7g/G3LVcIBIYJCHdnST/AglTcAQ7iWvwLlhFJ2aSYH0rpMVjBmSlTJmvqKHLI6wLnC',
    '22c5vATnNYzO0Sh9Nokz6nfUUjNJruZkbIIYC1Ohu+8aEuDLThirvwDR03VIWDeF3BhFQdkdKfkfZtzAY8Lr7rWGxb3HpbR+',
    'slekC6dzclLj2g6be48zsE6Az2ek//mV1farAPejpmA2vC9B5indR9XKNntCKuFU2KRHCShhsw9xfQUIcOpLABEBAAGJBHIE',
    'GAEKACYWIQSsUw1SDy8yafXpgxOkhEkESq1cXQUCYAQcsAIbAgUJDwmcAAJACRCkhEkESq1cXcF0IAQZAQoAHRYhBO1UExKj',
    'PxEo8QscbFRAR2K7tuhTBQJgBBywAAoJEFRAR2K7tuhT5OAP/0oBtjjVGeU9BNWczY+/gxEhbBuoBG6+/d0M60fk6npZq2yc',
    'cAIwbcJzh6pOBPPjbA0imRC38Fz2sZotO+Rt2eELT0QEcKDOlvhH/syj4R9+bDuIax22A9QtLnBpICrBKt4LazuOC4LzYqSc',
    'YZmoO4EWXNOZICO7lggL43ScLNerpE6Zj5nGHO+74wrIY93HUdoRROvtzdRO6n8+GU6XW12JacdeK/wk9hbD4Qqa5HOtNTxO',
    'D4ZjLPS0QuGdUy2fCOfuUgYc55aCf6YJqysr/nX8188AyAKkPBd5TQ8QE2nOK+1BJC+/gitE4oSpP/oYWjxbfxJcviZUooNI',
    'mD9cNV6cLrHF+vc4MMDzFqAQlWIuACkaA6as3sA5Ev6wdJyfTtF7RhI8B/V7HGGp0QUwhNy9HCvaVOq23cydK24V2zEjv1Qh',
    '8ak7yNggTviPQo73eVFoh2VIrW6GjTDyrkxRR1Fswh8IotRGvfl9+h8FNn+3bobIbtURIAxzzngjOMIABG4+dLq+PHorctCS',
    'AXEf4F6qKgBSnHKcFRpusQjtzNdqRanfwA0p9lnN+8tLR4Dx1UuvQnbglg4eTy5pVvoTR37jVB/PhNnfVipn+aH4FsizShjI',
    '365Dvn9JRNQNYOHdyu2qAHBoSwldPTlTb6w9Wp7ONoXc7nC28mCQpV2FPhWdpiUP/1OJFCuVGxHrMc2YBPdiMOajZmu5pqG2',
    'Gyt8jOqbyLVXH2Q5J9gRZcfEUd0EF7ZWa7/gjxsHkSldaOD4TqFL4WB+MH2+WQu+kXo6unCy0HF66LNa3LY4rELiukt22q5X',
    'BwDlaZ8DPM0oTEtieVXGsB6gGMDdktRRFF/um3jyht54zEv8MAXvwQeIMNVxPHBM4d1pSJq37tPZE2vfbPjHr9zzm2wKNSym',
    'R5+CXueXkphYG+dZ5qmkWnvs6kYyBNZPoxMu4ik4EKYt8sIC2HvvfdhUhax58gjSWMJART20eNFIim7cLBRpmo1+tH40M26K',
    'Bhzvuh4EPX7WYUge7wXqqSIgko9C0FZCTJBqKik4zMtZO+2k3fjbuotHlV8ZkqRmxsxZvicQA7TbIl/0CBiEZDVLE7f3QzYd',
    'edaFtJFRtunFEF6ipr6BySo0vHbmDx5LWs1gsNvxxw6AY1uwS6LZh9v3LJPL3hzdkKVfDRZX+wJwHgfxC0JwNL4+uRAcJMAG',
    'wM/Z54nv3nOCfVlANcZxJ0+LfH4+gE11hm12YLO3wyprn3MVx9Ou7bJYaPnsxyUo1fa+t18WpqM2JBkIJWAy6ZTZHPH5LCgq',
    '13simS7zaTnC94kGaAsljS4jATglXGYXKXTVlr0oUlNgYsNoTT9yj35WJXkuIZ7GV189g3gogTpumQINBGAoEk4BEADG6NQ0',
    'Ex5gy0OlnGlFZsTpiZV2LiUhACFj6ZHVEYQQNWgEgRnZuZeAXbTnFywzrJUYhx51pNjxfoViN/4Jyn2oMrmaBEuDxEwhVZDs',
    'MTzb9dx0MNnmjMr45z/4EGjln07tFzes+J+0eVizJOWehQ40IEwyCZIG9QOfsC1e1estm0KLZKWb4gTihGFSahM4zeD6XlZ8',
    'krTlkWV9i7+oatCkNziuOTf8+ZXEqoNm/dJxG6pGWcalo+DiTE3l4HCFr6MZoiCoWVaKYn1jtIUeioDVW8zPalt3VcPmjvYb',
    '6ZNHhFK8d3DDV17wv7TFJIOn1j2n82jzbDZwQAWIA6iKPjXDJJqmv4qcZ5a5l8qirhjZhQEemftYsGBLTjx9ANfPcDFoQ69o',
    'jDw34Nchig2nJ+7ut9h5mjeB9QmOx10HDposRaZq8yPChFpheHNlKwh9PYba0Z9Vb3mI04ywkw1oGc6YQD/VGhoGiMembzEK',
    '110DsCcZenD5dOWHug5LF7QTH+120eG4Qt0RcPLqI33+3FUOjzOQubw0QATYs8Dw2E36LVOUx1yrtDqjJs/ZXfr+LCfaZRsh',
    'vYfcl3soHCXxVqEwoXUmxJK741RS4ej8w79clniZPMLc68XpFZ7qsKoKBHeoG1l8XvuAp9EpW4vujsehEwRudn1SNoc5fTFG',
    '9k8qlQARAQABtElEZWJpYW4gU3RhYmxlIFJlbGVhc2UgS2V5ICgxMS9idWxsc2V5ZSkgPGRlYmlhbi1yZWxlYXNlQGxpc3Rz',
    'LmRlYmlhbi5vcmc+iQJUBBMBCgA+FiEEpChSlfx7GoFgAGKpYFxm8A1sl5MFAmAoEk4CGwMFCQ8JnAAFCwkIBwIGFQoJCAsC',
    'BBYCAwECHgECF4AACgkQYFxm8A1sl5OtbBAAuI9V8uztBX+gZhvI7LYRZkuWzmNa/qiDGHAF6DIAOYKqCZUDSrkF9qsIkeeZ',
    'dEP7hLoIo6TkprvF5iLFTfzFWPT1VR9E/itBBzEZa2VrgT0ye8gYrsRdNkso2vqZQd3muDJvg9UrT37+Nt0eOpFAfc3JYfqw',
    'jhVIngiNLwjGTC5oinEesdDCgqxo8Z6e6NyMLdDtS4W26q7GxcuG5YcBoYi3pjxJx8ZGsNHqEe6RvU3YGahEgWWY80xCRarm',
    '8RVYgfU4LZfm6D4o1ZO3B2UmK6+TgkTjYWzC/yMrcbK4lyumB36OCSg8byrJ3qUN7zKKU0DIxPqFFCLxxhYxf4QrMPik0BTg',
    'loWntP2VFLUo3DxJQKAqQULr+H/WEgbsgAuU8U0VLTlj9sCXn0iN0pHzNaEJJ4sz5mdIWOdJJobkbiQT+xAGwfoKDff9l9fu',
    '82p569sK9U+omHMuDfxTT0X13U/6d2m5nIFwf1MitshU8frYxuZs3Lp0Qi1Xsqtwc/wrIDt5c0M4wluypuz//eRLLwsMn6KE',
    'l1/Be/RebHSbFKOA2tdsc/hfABsVQCFpRHgBmpLfL/5Qwd/K7dKKpuh/7pV4B1cNgviKwMFhhR2eGzTfbXqxytnYmJkV++bK',
    'LtX1SkNx1TBb4lqICzdFOV5QjtjPBVZR7Ugx7sp7yZn4bw2JAjMEEAEIAB0WIQRyA2MOLI5yclFoT+vFzl3CxULNWQUCYCgS',
    'fgAKCRDFzl3CxULNWR3gD/wLYa1UBOMszWu/BTLt42QHcd6onTTboP4S9w1Gs/ak5iQiEN45CVVLbJ5wS1iaeuMZ85fOtcEv',
    'J9KqMvwvGXlsCD/+O0QJJbEpeJpHarj4ZtxaL659ipciqeSIQAsAb6/9SKZZ7HGQFD6DAF9kzV9HpKnNvE8BGQ8I38Ez9lfR',
    'iQuD16r4cqNgS076Z1AoQU8ES5N8VO5v1fbAHsyLq9ZToE28BKGU4o59Fj5uqpfDrm0DrnSn053jUK942IGmIwKtUAn/j2sG',
    '9mcow47xjifVTKuMXyNGDM30n6ITRtiTaZsUZGIw/yKM3ZosuxobxvJoef8B43MpEHYV/xZHYxegT3xlu5h8FlUQrr/WR7Ft',
    'T7Awlapm6llIa/2G0nrPhQlX5nN5gJiKO92rOvKM4wTadBjL41jfYZb5EE44T51hCpJUB1g2GSQkUpYM/MgcNfqmq7+7bAxi',
    'nej/iCzhziv925mUOhIGhAUEYCZMFI4tIEVFFAUb4pi1CtXo3V8DJRu5TkuETwDdK+FfBU2e3q7b0q/CTHdHfD8T7VuTaYm0',
    '1meCqWG8HS3h2OSgtWrUgDBDKAU3O83KK7n6K+SAXW1iOaUzW9GErZnYqlEOMJVQn1pU+txUAAdTfQy05mUvCUvHo5VOcC3w',
    'ybU5HCZJ3cWe6HCOviBheeIysa+iSvBAU4kCMwQQAQoAHRYhBApVt8USIzlChux0w1OUR53TUkxRBQJgNqemAAoJEFOUR53T',
    'UkxRYSUP/Rt9FTybIXwOW6FE3LPF7GvEWX//loxKRhiBSQ8Fwmkdchz3iJSAcZ8HgcISMH5P77Ip8U9z8GAucy46Bi7tsais',
    'WOUVxu5gvh6zLui7PkCRubIxcCxA+JjX5oZm3LSy49s1SEC/o0MB4TRwpqRfuEots6H0Z9eHzvJKjoeX9Ku7SjfSSRWY3TWM',
    'MIjQBATRZGcTmgA3iJ4/9dFmBGsYhQq1WsY7bCmCahemAmAkdCxkB3hr8BA1Dm/GHgL0++txJhjCFwKj89yh+Or8l/C95qpt',
    'S2uAxioDM9952DUm65oWtApsFs8VpcJxSdApmWmH4s8/B/ESPKv7apLq3BSgLy4UA4FdFz+XS9xw3GItcPunzGZQfI6Dd5jP',
    'UMwYYqcr1cVB2vTiQB//smNjWq2skWTKBtjk2xpPOMCKC5mdGI467RT8HpDMcKWUbg1kaPqCCzpQ9NJQuk+M9+jw78MELtUG',
    'Vi8wIZSZCjR2zXduenyVUWmQTHSNfS2R3iWsYH6m7fL2iA9j4Zi7sEjffGbLkQfQqH+c4XBDWNzJnC+/jQeWKG++zcYtEHv0',
    'mk37agw2qB9HQdTO2xGJcfNF+dervAj1O2fvasOMj9aptRZVpKVMs25zbkplBR5mqPXven+SraDOQb5fppcPrKPt88G3e+dB',
    'uBzElOXBWpIsMJuvutFniHUEEBYIAB0WIQTKYZ1lpyp7rfyW0oAZZBiq63TIoQUCYDaonAAKCRAZZBiq63TIoR41AQCLcs+W',
    'laZTZ0rg/cWhvApi12mZpXQC60bxvmrtTyHH4AEA2pJLfGVHOualRCNbeGEYjfC0WiC+EYCC3NBVe18slw+YMwRjzrlTFgkr',
    'BgEEAdpHDwEBB0B3tnSyvC6GUHokoWRx/gdThJJL/FxF/ARBbOtyt/oASrRJRGViaWFuIFN0YWJsZSBSZWxlYXNlIEtleSAo',
    'MTIvYm9va3dvcm0pIDxkZWJpYW4tcmVsZWFzZUBsaXN0cy5kZWJpYW4ub3JnPoiWBBMWCAA+FiEETWT+wRnCApBn1ueR+NJY',
    'W4eD1IEFAmPOuVMCGwMFCQ8JnAAFCwkIBwIGFQoJCAsCBBYCAwECHgECF4AACgkQ+NJYW4eD1IFKDAEA/2ql47nPWzmbgPjP',
    'dNyoOjXB7PoM3JrbtBZagb/igGwBAIQ3xnTQNdqA8dvCu+xja30EKxP4+CdKf1uKhvBftsMOmQINBGPL0BUBEADmW5NdOOHw',
    'PIJlgPu6JDcKw/NZJPR8lsD3K87ZM18gzyQZJD+wns6TSXOsx+BmpouHZgvh3FQADj/hhLjpNSqH5IH0xY7nic9BuSeyKx2W',
    'vfG62yxwXcFkwTxoWpF3tg0cv+kT4VA3MfVj5GebuS4F9Jv01WuGkxUllzdzeAoC70IYNOKV+Av7hX5cOaCAgvDCQmhVnQ6N',
    'z4fXdPdMHVodlPsKbv8ymVsfvb8UzQ6dl9w1gIu94S0FCQeEePSii23jHISYwku/f6huQGxSjAy8yxab0aZshl98c3pGGfOJ',
    'HntmHwOGgqV+Gm1hbcBjc6X8ybL2KEr/Lu4xAK3xSQmP+tO6MNxfBTCeo8fXRT95pqj7t3QHIu+LbVYrkLQ6St9mdOgUUsAd',
    'VYXJ3eh8Y+CfjmBywNRizOGHrEp8JsAcS0+a9yBL+BYWhS4BL/EeeacRLT9kfzIqS1OD/RL/4Qbi2GLGFsiHaKFUn4xse20Z',
    'Xq5XtEL6ltQVIr/iAlBtdSOnge/ZkNvd3SQIyC2QBNAy67QutS8yiaCE2vtr8i5GQOu2fgr1NJ0VjuwshmgJvbZ2m/9Zq1Yp',
    '1iMnPVJtOWcNxTZAWJDN4L5OdoqbaOkqS/+cgLy2UTsc0A7cxt/2ugOtln/utXsfgb3Qno69yCuSbQmVM1NrwvZVxPIWi7B2',
    'gQARAQABiQJOBB8BCgA4FiEEuLgLW2I+q2rYd1xFt8XX1jUJR/gFAmPL0BcXDIABgOl28UpQikjpyj/pvDciUsoc+WQCBwAA',
    'CgkQt8XX1jUJR/jTMRAAt6Mltzz7xk7RGIGaF+ug0QSoh9n07Y0oxEAb1cPSvo3o5wnxQ6ZYIukr2KTFkXaDh35XpXoA2Z9U',
    'f6wz4h8BnF8DWhbo+2sSq9au0J16bsLuIHfhzJWXSwyekHOrLiiiSfhjey9eQzgOT8jJsEjyFzfxtMOTepXX8yQdp4SK3WYd',
    'VjAcbwjFGcbh5VqQIsr1+MdlaVchqWP1vm1ADvQFC87hQjhpMzQoU7WVkJWsqlMuXh95h59h/SndBiHKXHQfs/LAM7M2K/fg',
    'S9+EbPWWfC97/8SqpXheDsvCvueumTyzUCNXFpNGwUUA1qO6GTaMwHjaX/AeCaRMxCQcLdQ07b6zc13dqiMAAL1eSQ10TFP9',
    'kD2QoyPjF6lh0S5xshHWET5duw71KjYAAOGdv8J39DGMvT8OdL8UklIJy7KLjxJOjY21oPCHgx1cQKLONCgOAcQ4ZmzBOP8s',
    'WZ7ld8OVKe4c/bOqwbRMLNXUwuVJuejwvoypCOxbdlYUnfL633wVMQBM8ilog+2TydStV4AUCQVsICw4iaXUU+B6gh1euvgv',
    'CW13q7pMFJDPbpC+EFC1Fl4RT+CFLE8XG0kXHQ3xHWo+/b49x3MYv5wS33+NZpfdHEuHKwybfTIVshlPU8rXmrwmVXO9iRmA',
    'czjcoeYZOTI5EJz20PBi65wAdpAFVBeJAk4EHwEKADgWIQS4uAtbYj6rath3XEW3xdfWNQlH+AUCY8vQFxcMgAH7+r21QbXc',
    'lVvZum7bFs9bsSUlxAIHAAAKCRC3xdfWNQlH+KbZD/4uoBtdR5LdZGh5sDBjhcDJ+09vhagDh4/lLsiH5/HEmY5M0fwUTvnz',
    'V00Bsu3yu/blyKaX/oram1jBzwucqkIXFx/KF6ErMkHBQi0w7Kqb+nY1s24rD6++VL/ZIA5ACLoMxD/xWNN0GA3IMa5HquAx',
    'ejhgpKB1Dm7QcEab2Jk2hnlCFBgmjun1xEqb2IO0fmfXjREpRBbzvmOTCkEUm8CIikJy7CHmAIVOJnxQZyK5bua05fKZOJQv',
    'b7VmmhJw/1eE5+VU0fMHbZDkVeL0LOAecpPGH3uCEXaf4J0Pu4jXCHqz9UPMNRawNWEcBRTZoq5M5GpRkIpPpt8j7jGoQaKM',
    '5bUxtsS0+8L56n03J5xWBy+yEQPYnBJs5n61/dccaRwqO47TJsADIqg7T5Q+v97+1xXzMc8KkTbtQatWdukNuVrbLNXlLYI/',
    'sPChqMtZJ7yW9Qhz+ljJnBKkYTjG5OLjsInB80cNFOkZMjsj9gQgAagSwqll/IIXry0zKF/ZA3ARmy7G5vjvqP8HjSWbcqbj',
    'dz27/H8Zn/HaGRK5GwoBS/4CyDiuvrq9bS6bk7E4Ql6Ni2UF7brjEULiYfbMdL0HHaKHuU3rWBCZtFRyVJ3yUKP/UAdxtS8V',
    'wbkYBOIpgS4Y6RwXeQmC9G6crnXR6hsODs5E47hiugf/HkhvyQ6CJokCTgQfAQoAOBYhBLi4C1tiPqtq2HdcRbfF19Y1CUf4',
    'BQJjy9AYFwyAAYyCPe0QqoBBY54SEFrOjW4MFKRwAgcAAAoJELfF19Y1CUf4uo0P/i+m8SnrFF7IcsppML6dsxOvioUt5dBb',
    'XgkSbCUhdciW583S04mqS8iicMoUSXg+WKXWJ+UaAnfh6yWLcbeYpH8SZ+TX+J3WuLj4ECPeMYfLGY4eehKIJqnEDfVqtoc8',
    'g5w9JxFglZBTZ/PJeyj6I2ovzVG1YH2ZER0cvRvitywWBP3edDBa/KPHzBVLaeWuuH28aAGHF2pHtEh+nDfQ/EblDlPUkGcl',
    'nu79E82gdl3W0GvcbMXccVIvik9IHPI042me4KJwy7X3qoNGbn3+XditIA+6rb1N+wGDdQkDs9MvGmoQoxs5iFi5kW/AIdIM',
    'HCR+A6MMO4KGQ6E6UDd/DM3iFh2V+gavktk85sIkThy378l3JQRidRptifTJjESnyM/NUjN8JMb6peyn0xKyYE6uNK9cZAmb',
    'EWGCdZfp62gPUo6dR7BHe2a1qJokvfSJdjZtczBuWotFs6EQcCuRDqpySzrLYitCNxNqJ0FG+kryruObVXgr4y+r1C7+Cczm',
    'GF0m8zp1BuGaT6pbx7X6VqazYSfOkQSk4Wyk89Ry45RZmg79Mgv1s6NNz4ngW7LYNJgMZXwYHL99UiL47dOFBCIXTqVXURwU',
    '+BkVxwqZBq10BWd+qdMPGl8hsA3zi64PJMg0u4YaWs/jasZaWaJI6tv/M1WsfQ3TCZrtT6YEnhieiQJOBB8BCgA4FiEEuLgL',
    'W2I+q2rYd1xFt8XX1jUJR/gFAmPL0BgXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQt8XX1jUJR/ilGw//W+ckV1lt',
    '00dA+S2TL7qaQehp//03GXnC4CRVEWalaoEylcqHlvyUiQc6+r44ZkoLTRSadNWt6EIISFaZOiIEDrzzpNUVu/9heQeJeeOz',
    'POFQ0LBNI86xo8e1EmvWMBLDf6NGJZtoG1qBNIyJk0x7x51pOGf7h8xlvEDo3F0JNC5/N1FjtdAHdyA8HLQFkePIWHUm+h76',
    'lgF3Z5cE3Myh7XA0NfKe33pgI7CWhbNiF62XhOMAVM6Lrjk+Zp7FWDplSiNu+J3TTjR0sAkpH5Uf4V3i7zIhlVKKhV+Ktr5o',
    'juj805U1tocrH68bBn4weLDfPzGp4rZ5aMoKqK+nsTYZzFr6NYBQG/cjs0Mj8g5WDvXLLoJ9aCzhQvPqAzgkle2EQuzb3QSO',
    'Qdg4Koub/aQIB0TGjgKYM7WAj/ECoK0hk3w077VL7MeG8O4qSubW1toZ0ZrabWGRtJ6WxTNc8NqdZHZhZnfDqJQ6YVnpuuvl',
    'pAMBZfTIMCQDpgfwbDA3ZmAQuYikB6Jyr28ge5v9tYdZIIil4P17Jdma/usnVSplGrDZzDqxAM+sOsXejjdAIMnpw9tilIa7',
    'y23CeflsqdzJsAxZimipzSuRU29VJ35dEtMvqxL5cbBVMcl1FQXGIchrWtSDlzy20WuQpitdPejufO0YcdZCTo83Wze2OFIK',
    'mjGJAk4EHwEKADgWIQS4uAtbYj6rath3XEW3xdfWNQlH+AUCY8vQGBcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIHAAAKCRC3',
    'xdfWNQlH+E2DEADOwCe6UQAojyXmQSLPeRH9wfykeeAqVowt15L3SegF3CGf/WyPeA7o4fwg60DMub81UtDanTB2s5ayGH/b',
    'zLhhDF/XjaotyEox6/J1/zpginVTnYRUs8mJempErWuirifsKHzh3VT/pv35rwblHhMdHj2txoZtTHa5MjgeRd3oT+NlbbG6',
    'firKCzGCVdw6sz478axa8tgwG65GPa/4lRZCfPYd62pA2HLlfFwjgDC5x1cOU6YRHVdX1VJ0QEr++oOFWNi9grbBZjZpNSN2',
    'FFpXsvvA3zzaCGfUVZ5Ti4GKsC/RDbmIZFLQrF8v1bETSQDWt4F56/njcQMcIOYp0yWBvRKhJUeEHVl3u+tGaMl74f59MZNP',
    'mNnY6y2daDIRMYJmcjagYcTSpFar6MziRN2vepQ0kVDxXoytmt05kNOLFkPgcKrqweVP7R5mVy+//w99drx47TwJeii7/Giu',
    'TN3FLc2gn5wmoeur3hksm05Kg99gxr8i1jeKGCGtWLeA2Kh6deozOsAjyT+4cX4wh7mUO8lOTvRp/WRqqNo3aTdelVxdmKOj',
    'tqrukVjLLaY1LLvlQE9K4jshcQBidr1NmdCl9zV/IZzP329juu4MvK7uyyzHSxXSG5jt0wu4szIOzpgAqhsTasLQMi5Z1cdf',
    'y+NfqlVk/vmmSYSaBlmq2QgnX7RJRGViaWFuIEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5ICgxMi9ib29rd29ybSkg',
    'PGZ0cG1hc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYhBLi4C1tiPqtq2HdcRbfF19Y1CUf4BQJjy9AVAhsDBQkPCZwABQsJ',
    'CAcDBRUKCQgLBRYCAwEAAh4BAheAAAoJELfF19Y1CUf461gP/1p6/NzPvYsEfUm6zJYTIDKG1/zGeIC9EsOOluJKDgZYiY6o',
    'gYUDhRN9X83yBMzIQkVF88SOQuT2fZk9KOdOAzdAgc5CB7ivoh/P44HeacxjAb2z8/tJJKW2O4B3HpyWR+Yn5aymdLJe+ZFs',
    'BdfyU7RPlox42o7zZmf1ZQKQSoBZb7X3Eq3lq442ZewjsjsRiijlTODfp6EEIHYhY8vGhU/lyqpwPkGVfl/G+s43j/MAo5b5',
    'TBeG2J9WtqBYy+aG8cRM2vJoUrMZR0GZvgfbMVun17Bxg7ez4OiYhVblx3lMQv25BnagQTpRQgV021xuw40cR9POy6+yBwRU',
    'YNziGZi31rrvzTzmFw9cxV7lpgjAMwZJifGZCldaDBxYUQR3OeAzn09lRhpOdFXpM+MM5GXgRVPmHhtyn60xLMiy5NCRuMtz',
    'mP/OaClRKL9BjWnOH3NzsjAvc1VtNj0DSVGTtnswDmAQgFZVYYesjpiTNFE7EDTBCT1uYVhIMr3fV1US3VIfKEZlJrbB9FAc',
    'cWqC/oHT/DUvhjnDhC3wRdChlEbfCxqaiHU++gsN66J9r6ZI95PC4w0X3O1hXJeWtm9d8M0SxmAfJ4eBPVOPyFgOI4OFM8fF',
    'Fie5MeAk4BsN0Qyu2hD5g2RCFYIinbfFsSdW2WQVa62uoHfWgwLPwYz+sWjAiQIzBBABCgAdFiEEH4mYPgCB/eAY88yWc6Ty',
    'e43UeTYFAmPL1SwACgkQc6Tye43UeTb0HQ/+PwznSBBtEV7eLS6qZpS7kosP5aVagUkcTO8UMxZkUqBhm2yW8V885kSic7rZ',
    'OeWcd0NFrVpTGH5LH3hi/a13B1S28v7Wy1AxNdlHJVfH5bRq4aSJmtCNNbbhH92IuzpV/YKcy3ueFdQ3ssLWWKBVc8UGa+qr',
    'Are5DXmmawwMLlZ16G7OC7YyppN2EzFnf1rC8AV3O1UtpZLNq8MkWAk/65UTDbTMS4f6IM57Z9pemBWsxTBKyAKXduKq8zkd',
    'nv8B+RPuPgyhqJUiJ4RgesuYw4AhKqiO4CYQm5gK9IH+hMN6INUBHOkn26OkyjArZgFw/OS7rT3BZinqSloWiBPhAg/4wdg+',
    'Yj/mGktJ3Uiu0Z//QVZ6/OWRAAMNCbrwZcADt9pECRS24y8lbNuicfXB7rw+yX8j1mXlily6kVpPtdAJpkE62cHbMYsMKVkU',
    'FBQS9Cn1Pvo5UqB3i+6Rxx50TKkq5OLf/ZciFw4StZYBRlHzgOiyBZRCi8+ze61gmrzv9Z5ad6UCz0sYara6MmvQv1No+O/e',
    'maaO0N15bKFuztfmuoXmWSh93ek5ZNC8Kjb4hHkl31C1JGPubGsRaoq8YTeVIFEgYIzzfVgofceDy9oVtjcRYikDAbDYVgvS',
    'zeVEi05TTBRW8Xaj/RxIS99Mxog/6oSND5CzjoJ7DnuT2quJAjMEEAEKAB0WIQQFq5A0DAxeeX9EqMglTPO1rsCo8AUCY8vU',
    'IQAKCRAlTPO1rsCo8O0DD/9NpnkalWr7thu1rh18aItAF3r6/TOR3yhfz7LCRYWnOx4WudV4x/+W1rhFFxB7EvE51FzOjgoG',
    'qC2c2pBp+UR/+YsUKyCe2iTf4z/ZkxGGgpx23Pz9/bMQtQ7YKB1yD7uXu69SaT1gJVOOziFugpV8L7wX11qukTHJU1sMemWg',
    'bHVyLJAjXkrDt11KcpvUh1q1CcVMQJdhB6xkPhJBRHrY1Dxg6qipXN3d7CD8AaD9p4Rc8MJO9F3D63JkmRvBn0Ecvsnxxgo/',
    'Zl0nbZSyMODQZA8yevFqrOmyG8o2rIzvM/fjNiiAniIocyt/syK02LCNs3lpvGDqANkvFvYxfaGG5O5mS6pv6BsRBxzoFZI5',
    'z+OXNM8IXw5hgDx577aPbcu6t1tRrWUSr5EfFbN5rYqUtECB7o100b4aFXOP6Ly62WNQABBkenT/aeUGI5VVg6J53+M9OAUa',
    'gqSVuoVBa6/AZtD+WN/iBsRc8jwWjWvb+bmvK/fN5wT7A9P+x87I907bQbT/qowDJet5kR0f+A9F7zy6RXbQ1MCYL9RmUlKX',
    '+an3g7s9ZcQssbKfsvONFtieI2xgdL9pLYZKiwJ2Q7wF61IaD88Yi5iovtbH8Ewqz5lCSzib8h8JqC5vFAj+KgjhFJXr6dC5',
    'DqIp9DvEiJzogcrlmV61SWjg2K3EIJ9Z6IkCMwQQAQoAHRYhBKxTDVIPLzJp9emDE6SESQRKrVxdBQJjy9SJAAoJEKSESQRK',
    'rVxdzGQP/33qzOrxlAOisutKpi038qrhBegZpWIPoFE05lSMXQVODVRoqbMU6EaWKEFBbX8H0v+N3h84gIrLRWAaDhdmPviY',
    '5vJzYJoqWd67GSvzkWZLE7/nMTni1Nz4uMuPgEz/2uGtoX4N8hpDvtq+39YazTj92t1vGjHL3Wuofv8zEl7AkUvvq4qdfwjj',
    '/+p4QSzum5xp0/PlNIbHXyGgpR8R1zJzTInrZ78/bEubmk5VSiZOlnwVBW7dfg2lHb9EKr1TtQjO62ht/NsIEASTN7sHSDOq',
    'G3QMABFZ/TFf0VNvQdU7K4sgw9NnxkqP+NhOIxu1S3R/ii/RmbwMWabRSQb5ZpAxxM0Y7uuKX92wWmVFOKfKIqdVisWz/hjP',
    'REBCDXuwISr5PzUgk9Jd1+iTIHPu/XXKtYDt8oTyiX8m/Ea3QtC9r+Il8Zj5AXWVgVjldLPKDVRb8ByhFjuaw5HqovfPiL2Z',
    'YcSt7w5ZGRb8VD2HAqp3B6+2RzOVRRQrp7TwYhw3YGsNggqDdpjv7i4ViZHD2sUbO/1GISaPPfiISqAoySN2TwCnqMFc6Y+i',
    'XlmHe5N44O37LzDg/lVRkEul47ifVVfF868xHzWo4WGXdZLHq+x0kUNjhrfU3fpbmIAAkrSypo9Pbup6acv7fqrFmLcjv5Ue',
    'g9HJiKvaar11ZIq1jw6ziQIzBBABCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmPL2KMACgkQvDciUsoc+WQ71A/+LtoZ',
    'SPhQnpVJPq08M8KNShaUeQEUCh4ZKITWAOm5NXUNJ7833/5plypgmUJUwuXtwkCvVFup+LyZIptbzALDxLkseIY4lau3kEfe',
    'T6JvsIS/SvgjUBPkX6h0i3Lg0Ggfiv+3Nf0+bsGAS7Ti6I0/6gpeA013M08uUdpcJDSu1OtCCdoWD5KvOAAuU06/Q2L37LOC',
    'olsC6Z5frg3aBaDmScBJc5C7PSZA4hNOimqv4iZQx300KOFH1OhyBRZOd1bW8atQooI/JEhjh1dJdIaOgyjPBXFJ8pYY2Y9M',
    's0Oa3pprXNa0XCYgEcT5rYZEFup29H1+JFjTcYqecwLUycYGH3MnqRdqriZwiHUK0Ui/MpiPlS2Dkb/2Cz6iWMpJSAtvEetC',
    'VgSMpGsTlFgKjcsBN60UmvebmW7zajXOmgFU5cHTUoGmbNo39iK7fgQH/WcpSCr+bMwrSq6L4AAWIR2Tr6xEbDJQKgh33aEz',
    'sgU2OVw+qJKQL4XicWki0ul/Q94zltobRA86iqxh7+spfYBYCaCMYB5lIlDFfHLW62cim36YXrBt+p6VyB3JGevXM4up7bnu',
    'mFc90YDj0dsh6q55+BA0JPWxPPPAWQe5CiLmd7+hx5xAJ85+1ztFSz91w4VaQ9jOoEb5IC8uayLyX9GM646umFZCVqrKyHHH',
    'jhsh84aJAlUEEAEKAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCY8vtKSEaaHR0cDovL2dwZy5nYW5uZWZmLmRlL3BvbGlj',
    'eS50eHQACgkQ2xbPW7ElJcS84Q//eh+yOPIQqTF/ncxGJpen5pCCMs0dVo9dP9EJ7xc2eSSJ0VhJd9dfpJqTMUqljp/zPeDi',
    'RRlhpZjMSXYg0EMMt2vbZ9g1S9cSbYU7Alogvp6VleK33hDuSoLabHETG78pSpq2YmGCUn47AyW7zdsWV0lM0kiBhJxuWjl8',
    'B+pmXzSJFqm63JPB9zHndLxuNay42UnLsDTi7B26BNKebQrB5ZioOe/IhpnHoxF8v5sdSIIvYKd/vRE5Za/uYy+2cMmjjLQD',
    '6IX/f9yJDc+sqehW4/DgJgU7cq2lBJM+35AuUDI86MqzG/2BwtKnttX8FKy79FIAMAv6Sf3rQoyOcfSjeSe3FF5DD1ISR/Iy',
    'fjo/WZ/my59KADqwEMcwd3QpcQwRIXtDE1LUezWQAbWd5caY3d0jZocG4KrDThkokLsl/kMkmbTO8C6oJdVv+g2AD2MHGBRz',
    'StDBzNLKmcuOq2UtlP03ACl5YcYY6AY7Way5Cz8o99l2frgVHf6THscxjRn3cxH4PXbOeOn+GTyk0PCqcyUBs6Rz/tO2NAgy',
    'zQlf/6lD8pIoSFHm/TEequeZZKAiGTodIQLS0a8GKZpGmVsjtbXSzu78CUdjucsdUbawfXQ4Yy7klV18m9EQjiWrVMBYX8nn',
    'kyEvAsfM4yl9/yOV8Y9Q/NEe+wZjshO1AikB+1W5Ag0EY8vQFQEQAOUiKRLuENTs8bri0Xm85N1RIG6Lfoc+h7S3vB+hu2QM',
    'LMqybyVXLPsMCCj4iSPrMXuhwzu3w+s3xvRzZ01HDkYNxUzF00QLTr8F67vyZadysf9gytYFuVJgMRBxRGlke3IxT0LknAIl',
    'PX4Dys5P+6QdOZtkm9H8OEUzGXkkBQGpibYzNGj7IIJOcNci49L4GM/kyznDFnUB8QfHD7pBj/m8apGGmUjvwPUOgVtFJR7X',
    'ufclIHkJCeo4l+pppdeQTg8uZ2elWIqENAZ0Cbj6WL+y2oW/DhlmDuFHkgvf/hKlcTtQMGIH22ZNQKjjeqKoVTnj2JF3gQy8',
    'xJQ+9nc/YZD3XRIDCKtMvs0ZBxwWgoYHY3E8zRhE/yxyquAX/u8BTaIS4O3w5tl1tl6Dv2sINjXrb8FTAcwe4tuo5xtJgSrY',
    'k4SdbUIoh2Mgn28mw4IavP0HNM3aFQa/Fl6Y/VkGLICor1UTe3+9dvTAHkjw0LbHuq9geUiuDqR5+hZd+SBGTCdimZfTLC0s',
    'Xa3dTvF8NiSxB3yQ//TblgJh4HS37Q4OIMc2UWeZURTlvHYv0fDtIKUCc6hl0Ip3eaGteXgOVzrU20CecHJtY2wUhckE4lxM',
    'hfU9h1wEDsE8GB6umABhUQt6uFm6SyEBaaapoBeb/xyGhJ5YR1+cFSm+2Z2AbwC3ABEBAAGJBHIEGAEKACYWIQS4uAtbYj6r',
    'ath3XEW3xdfWNQlH+AUCY8vQFQIbAgUJDwmcAAJACRC3xdfWNQlH+MF0IAQZAQoAHRYhBEy1AZAge0dYo/c6eW7Q57gmQ+Ex',
    'BQJjy9AVAAoJEG7Q57gmQ+Ex4W4QAMeM6oUrpKYDABPknMOQpT6iQo/sQlfPxVhiAp1XGzKoR+MxzGHn2W4LJ82RCyXLyKbP',
    'dW2yJ2tB+/ZLOO8bwOp6gbSzOSTb1fCBztIINd75dKm+leGvUlr3Ot2HRyvZDnoqb6MDO3VErbnvz3AhtYg4KGMHyDjIvJis',
    'jg0ZyAsdSSXEMqHYmUaA+KXL4UbUKQP5K+VdKwqUyHLIq38azfEIfwYyv3br9IKtBWyjyiHQ9EqzeoJv/pC/ClcktKYdKyZr',
    'wZPiIVBbLg//hkWIU3MSxsvHfcmra/xxfx3ws0aN5Cs+FbeQkEh4Np5MwQqRQSiHY2bKT0IpXHOtOk+h/aCIGmPLIhsnazUb',
    'syy+G/HIgjEkvUYP+7fW6wPewXNJDZjrgfL202JhGyt5aGJOFLEfYmPSFa1LKXamaNgHKC9FtLGOS/fC4T1QkS94WLtq7Igs',
    'eea3Cm0ciDn3aA6moCNxUcxG235Ck0MQ4J5kiaGn6sfJ63it0J138CWQEjTt9HvKBZ/w7ynbrZxK5M4iY+pUjfwLtanKKK+H',
    '4HW4gQqVmByaWOntfaRVCWfkAIDISn82W2IpgKRkUYn6YwLXO5k/hB+6X+D/BSQF4WKs6C5MSLP8o8uBfnaBTDYPi5Hq2YN+',
    'jxsD0kij+0/KrPy+EyO7pQJVdRT1INW4y2JWNwfIJ5oP/RhXmcjs7rZyFL1JUxJ4giENi4KuMRu0RcZYywO8y08r/ZNKm0FB',
    'ZBRJ0elYR5Ca0KdFMFDay9H7AYFcxMjylgMA0G2kQHFG6En4GY9dZoCXlTEkiB8xChDASlb5xIU9VKGCyojVMLh/ety8a1pA',
    'Frj9ygCwfWZCI4u6lSoM3ENhokJHKaf722B+9eQGZa9LXq5RwcNJ5o8Qpd8zn6sb6Xs9vGK5jw2xjWbGL70PFqEm895xTMS3',
    'P+x8ALaZ9Ktnux76eA0a4edmn8hWa1puSMjOe4HxP+YILIGNIELJTYK5+cA/X9IUTOTkeWAzVb8czNjDK/sA3+VZS0fPFbPW',
    '4NPs8BMmy/uB/s5Xuyj+Ypircp8/LyPic+dmHgFRH6+5J+hNGCAin+at1i9sgC0rJhqcL7Ho77HowuIQQppL6PUPcF8CNM4Q',
    'NcgVW+53DeBeaXNLq10ZrTKL6O0aK4pez+0hsL001KwTBrgaHop5AYuqacWMguD4Qvthqzl/3W5+YdOPMwyzxuniMq04Ns9A',
    'HFE9DgxS0s1mwd/orTk0/IHZpFQ8/0UsG7pmq/tiRP49LV/G4KuDDJvpbMLs6l1b0weFUE/7kE8TE9mZVGXyjW3m/MGDGEOB',
    'sT64HZLsduljYFW5tVTbaVKSKMqSLrhCZxSenzgQNlB2T6bKGcYGqL7LmQINBGPL0F0BEAC8s6aFGXEkW0xvN5FSZKaM+rp9',
    'FX4EhWNfkKi7PaHEpZcjzC6JgIwSwJP7o9L/LLtLYr68Df9sv+AktdzhY50T4zBQouEl6ps/ZaaiVoTsH8wLOp7g/qDFJ8kH',
    '7quUU9Qh6AmirwmEddKmEZTrabg4OjeU/eJEEBJW8/NDc18lrqKC7S62hjt+XE7VC+/C/4BLEN0OvNjYfi+2giwVOBAThlAt',
    'aryz010g2Nb/zSdjQQCEndQswlS4enVwklleLo76S63H60rxbh2WiNCvRAJMm6OytcXsQO5NPLt0wyk9FvXf9r6BeQG8zabf',
    'A8u5pai+/a8CYgMijH+k1LmBT2j5hOIFDQmUE05aNTLNYQz6uy+emXJkPtIf805D4nFYk1OSN/KZ3xYr+4+FtyfQ5Gj0blSP',
    'hsq7fJzoSDA2wTlx4Q6x7abStxtsY78/LCqkRbSUHRKZq1t5jQ5laOV0D1MrLzQB2NFhTWDRHe6UrDOx/ea5ORBUMH7iW27D',
    'OZkMgeyidBzAdgoHArO+n9/OLdf1TvpgPuchEX9mn1eLX5KTco2F/kTunn+Yn8A6LwJtFehE4SWL8+PN1xRp9fv3udDNGHwb',
    'OuOIvFcc5wNrDj2nzGAV4rJH9xpFTjx1cx8JYXVbuwGqVj0OVNz9jc64CYSpCeKrWBi5DQruo9OSVQn8gQARAQABiQJOBB8B',
    'CgA4FiEEBauQNAwMXnl/RKjIJUzzta7AqPAFAmPL0GEXDIABgOl28UpQikjpyj/pvDciUsoc+WQCBwAACgkQJUzzta7AqPDI',
    'txAAnS68NpqYaYvCiFEQIj9Yzwg9J0o6I8813GzBGF0M+2QLke6ObfBkNx6kj+Fd03992p/fjhHCqJpV0k4AbTElWVEBjS78',
    'PiuIetNTF4lKO6KPyUIPTt2ykYgDmsbrvBieTsTK41RED0wRw+jbzJzBVtc7ZsHSy2Pu4zOnPuD/JmXXds3XXaFDMsJeKW/P',
    'bfBWmv5X2xR99nM2Pqjg5PtXRCwvB6WsHtlKtp5KLKmpQs+qq63Ixe6Kc2O7qArne0M06wdgezhKVX6rVatBd+TEsa0hS7cj',
    'I+I9KzQwKbyARfPQC1gYicip1Edp1+89cA/Sv7OUvcUKDYy5nI4sx43qrCDj0YFrqBVYeqVzMtwEr50xWWl9UsSJucywVE0P',
    'RUznoR01uCBzhSWem33FlAv3p0h9LGwGkRxLgP/MmdrVc/d7+uCtrBduRRnY3otHcg9Pg8DIFjfxgGCR7faQGlIlECxDWHfg',
    'BLr6oHCiJaTgSVz2D7qg89nziNLuMe5Yhb/Mf2G8oYk12D8+p5GpYViq04zKUlah02i6YLPcQE5190w7zWQ0vaYqBYO7Db8v',
    'b1hphtmkilxbTXkNoo2uNaWxdZWK+KUtwElsYX+wHj9f+ec7Cx2pDjfJaImLt/MY+dwSMdzqWbhusIuz8VAl3sXOn5PLmVFT',
    'KN1PRf8G60ZYQNGJAk4EHwEKADgWIQQFq5A0DAxeeX9EqMglTPO1rsCo8AUCY8vQYRcMgAH7+r21QbXclVvZum7bFs9bsSUl',
    'xAIHAAAKCRAlTPO1rsCo8JicD/9i4c89S255kb8fBoKV1o60SnV76iVmCmk+iU6uxSKJ30mMY7icJYK3wusN/OZMG/C7aMtj',
    '6ROgyG1z0KJdAS8yl6X63s55xI/XIDPhnb9PVf/Dga4dfW7hwq0z5XJqTtoZZ81Iy/mDjBe3Lhc7tsESQdXsULfrpiQc/OiC',
    'UiLVOZGuceDtfHsYbRD1omtFl+JCp0nF7LRhzfKII6IqKDqHVbMRzl0qUi42+W67zY81ont1SzfS28DTb+V2CLtDwiBKfBVX',
    'Bt6junhpPawip9r6OnSUmFaPYPquEmTtkNk8v0txzNifeDMnsPquFT1LpY6trIlFtYFuFOMyQiDvuSHLgThvvWhwRICv4Vqm',
    'AZIcTDSpFNqU5E+Tw24UQgL+roHbBwnYIl7z///VIvZKZdz1Jk7mZ6pbubfw4Dd9k66h+cdalhT2sCQrLLbX7nrx8BLyGJgq',
    'cUZzWa/phhecaiyrtYq4tS4C0pi0ZQ4xewjr45Fmo9B0lDNoiD5a34cRipEq4n07WqMdJrZG9bU5/KFy+qFpshrCi2KkG1HG',
    'LOW+pSM4HwvwTxItzm6R4ELLBKEpYjDi+a+Y251ybMDM7ylXtwgFV8f9M+1fmmjXrZFk6axBbrh5KwQjQ/LBu9XG7Rsw5WBQ',
    '6wpM9/nvbzCz7omE3C0Je9KrBeEsW9I4jlspP4kCTgQfAQoAOBYhBAWrkDQMDF55f0SoyCVM87WuwKjwBQJjy9BhFwyAAYyC',
    'Pe0QqoBBY54SEFrOjW4MFKRwAgcAAAoJECVM87WuwKjwopcQAIiFcdAnN+EY6vd3ZCO+CktlBlpl8JYDgfVHA6jmxCPafLa5',
    'Mo6uxQcU0Qzk7W3YBAHAONfT496Z1nPoR5iyqKf/z/TTjSZ8RqLkWnk0cBGisr/EDH/cd9qfmlrXfIV6R7rJdlCXkleaStWr',
    'L7YCTCYEk6+hnkNL1p1MrmnkKt3DPxzbM0iatubyGwhKTDJShXhCtTm91xbNHBjtXtMM9/AsPCmvb7nW243eAfqVGPFeMfc/',
    'WStapJLttIocJ0OMhYbX9bTPFGzFgk77v7x48EW7sYdIPW+/3Hbk7pHOC/vqgLc2FlrhthkigcWD9PpBn0M7M+OeELYxTAxb',
    'PYj1ZXwRPrdwnb6KeBTBqu1CzsqHGLB0LWJQOw38bX0FaOGGwGO97hyevzuNZi7ohRjkF5Liq2G4JZHwyhP2YdiiSwYu7Mhm',
    '9iMEd/+D/0FymFalmPxFLK2kJHSm7RI0YJMLvLH3b4w4LXxRn/8XA1GlODeXKLNVBTfglmTZc9o7vLNzTzELcQx22kLeYjXS',
    '5j+P1F8Q4ctHbfXIuRJhKZ/vth0JET0OIX0IU599Ux69Abv1GSh1FLATB83uKIKI77QlMpVyehhZrOxZcxodKdkaLWU7QzKo',
    'ufrsKrTQRw98yFruyeHivCZQb5J6xZPhUQtYbHCerzinUjqpcJMpp8bo+sSuiQJOBB8BCgA4FiEEBauQNAwMXnl/RKjIJUzz',
    'ta7AqPAFAmPL0GEXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQJUzzta7AqPDvcQ/+MyvhivufExXRRIXzl9YhJavb',
    '+kfppcSju1fmzInkyNvYvprc/OrGt15N3F7zAr6spATBBvlQ1O0B6FjxkEe8Iaugoi4inhfYDyBTP2lwFyOSGQk0QGsOkGYr',
    'EQ5D6GnFMYoRqT1u0xnQ5aiHcQxEx0uEXqH5f1FPLRebYzyRRj02SOzakZkdQuxhHjRAhQj+qam2Bb4cBLzGiVT1bU+pkwTM',
    'pWmJNst0+Sy7asTLQYQLptyAsXT+ZB0wj2mrc5WsjXWnTxXRNB2r9YHS8nHW1j+9D108vJlU7dIrEi2uGkvDWoRl4clqPUE+',
    'Q4C+oVTgqUDivrbZijeCeDPRz+1KlvOjoafK8qfskl/4u8hg1ycTD6nccbkSXa0Q2myHtSXerxVWNRCwDc7FvLm1R6+L4JTP',
    'KbRDyLya6YaqMeTTJboj92gpFWXZ0ddaEF9yOJOwMki6K3QtGbIqoCtwsPZpBCpdSCB+U99pPy+lS0XQ5wdn7RZZSKXk+CC2',
    'f5wbfiv6mB1nBbvlztWuNlb5nOAxAWkUrdCo6q0iiq3ncBolGEFtBaINVxfBpyGKNqi/1qqotaPi5/8mxSgrRvwKDvf5Rwq7',
    'CGJ5FaoDakwkK/g6OJs9x1/VPkMu3/RgeK+Dot+bfNIKE5Bj4kT7lFl0nW3x+SVe3zIXZzCsJA4N/efV3keJAk4EHwEKADgW',
    'IQQFq5A0DAxeeX9EqMglTPO1rsCo8AUCY8vQYRcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIHAAAKCRAlTPO1rsCo8CYhD/93',
    'z6kS0rb+br0gSH0eXbvByDjjOarxcLZ/ok07PkinhJUvbbu9ereMsfUaY1Inm+jznjd3oz7aIgx+oltt4IMWduPMJ2X5LmYR',
    'TCpyVPtEZGVdMowW9FFJIfWM9OloZkx798GicuDx2qwIAg108xAtPpTFvBJRPYM4n3+I7+Imwl/s7uMdjfUdmvtzJ3p4bKB9',
    'OVXT1nOTCfeqtAMZLXmQtSWBxE6VGZzz+c6l93TaSnlabkPlIJRsqrZgkcpd+Wzy0aUEKQaQOSitOTJ/3DU17QrJM1EQ7Mr7',
    '9jQfkAQXwhzFj0SDee9H2P07D/aHENifhbHfltr43lEZtoYZeY06VT+HBut6sWos61hH/4K/2Mr6YexER2DU6wC2oUF0Z/BX',
    's/FsJn8bxlEOfz0f7k+W8gDGjvESwsKcnagXUpArsD5EXChTNyKhwxx+8MC9WBacGhziGC1I8xEDEuZF1YuINWusWY4h/Vx3',
    'fgTwNQmvnahXA5pFIFAHH3EWJcX4+Ku0UUpBTz2zn0R1wWLLpmMwgMYFt5GfA86jJCYYnNbKWoC/3SZ5IMyln/QTDWY3oXAo',
    'YHShs621rDjGI/NCFKIkblacmfLh+A7es/T552VRURFXaDHTDoAoJxmYBiTKJkC9QvkHQUckSFEUC1MB9jczWJMOwiiDinuq',
    'Tdu8j126b7RSRGViaWFuIFNlY3VyaXR5IEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5ICgxMi9ib29rd29ybSkgPGZ0',
    'cG1hc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYhBAWrkDQMDF55f0SoyCVM87WuwKjwBQJjy9BdAhsDBQkPCZwABQsJCAcD',
    'BRUKCQgLBRYCAwEAAh4BAheAAAoJECVM87WuwKjwT+IP/3oNbYJJuAi576J3aov4+tHleeoDtlhij3CNgkdJvkiv6rSiKRNx',
    'qVbEi5A3+chJ7h0yHoCGYJdi8ciVEvwdbgduQaBrmdIR+Gt180KBWwQlxSAMIb5+wuATnDoKykTiHy45vHsiXTyZ2IaPwAtc',
    'Vsih42KOE/M2s27IfJZlQfQPGDi0Uurzdl8RDQJiRZhNDJDp/MsCaIA8+MY+EIyiRjBf7cGmEBoNiCG+5xIChtD8oFbragdc',
    'nIY39AfjVnAK136utBnEXUkjl9+hGCPVWOzPlnmBYelNTis2w6lwzbkmFVVNXrKJCToOb0coOngxACBIZVHUEzGOYzTjkLjc',
    'sSnxoamFCxc1hVg8aikoai+Hnb/KMSB4/bpx1k9B4GVM8fuizbdKyRGnwi8aCUa2mP+cI43Llc+bpPQpdDNe77xO9+Wg+Ysn',
    'lno+iwcEunVeTXyQ4GqmjCJZhjmiO/oJVID0qgYwsjEC5F7nmRy1zJTfl3oTWM/I68hJCmSxd0kExDEN52fdGhx+42zsWlMd',
    'RwE4/+GL3lrqhUzpX/806Iib4xP9zx+tKBs9ffmHNl2TlF4e3P2esSKgGaIFMlMomj9IPNeKdAae5mSwHyf7qkXCg/1YvHM9',
    'LhzOb7GL5NtXc+r+tNSdZreX4xOu2Rzp6f/A4eRtj6c2UdxgtoJ7KaTBiQIzBBABCgAdFiEEuLgLW2I+q2rYd1xFt8XX1jUJ',
    'R/gFAmPL1EYACgkQt8XX1jUJR/gupRAAxnXA+zN9wu9wC7GikElCsVkY9TNk76BsgbZ5aJE2dqWVpB2heplryVUnBBuw+2CM',
    'pgW3FgAOOt0bBDHkknJPSq7rK4CDUsAlL8A+iXFRXfNgGFwCLdmDtblZ1Q20YMobZ/y3X7fdnVs1M0GXG4LsL6Xkd/SjSl3i',
    'QRPH9tntATDqBdmr/3lEItk4zFtst1nfClQicVdQsBqf9hOF3ByGjrUfL8H/ujMY8KLs6vorSr16Y8v7p3VBAW6vQIyBYK67',
    'GdUN1sGmb/gXG18ptHu8vaS4NH5CmRyfXUI+b9c33vbQacG1FU+TbE3zXJWgT60shlTZlywSlkWWk6K4NVZfz9ECrDa3BSp+',
    'iDUqYZcv4N3zsKw7rXONbfXCJRdOA+Q5jhepsw49r1opEmDogok27iEk3+Ug7lTucPZVNkA41UWPOeJiKW1xOke/D2X8fAHv',
    'YkCDzEO+Qnu8MgRHX/DoQp1hgqG5umINCYnSjgK6aRCqATZf1OsWCP/miuK4O4HUJa0mKUKv8OdjROtJZnOQhlJep/OJwnWB',
    'GerpQD43ZWYy9tbPE3narpYWg/QfY0WOTEFGcBOACEgL9s/5G46KquKBxdP+DY7kaGoLMICb30ESASUaPniUI/SkV9LlTcQy',
    '2ttEt1k1sqOCsfby1psikLCNqDal9o5ESeo1+wTRMQmJAjMEEAEKAB0WIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCY8vUbAAK',
    'CRBzpPJ7jdR5NrxJD/4q+MV8SZ6BTiPjvolCeY0/3uddWbmc+74VjRukwGXjE6oYU7rcZKWEAM2aTRb5XBUgV7Sr7DsrpSrZ',
    'awjwkG2UTziJFQ1Jy3nQw93QrXuhqdrIYjjKosXliI5vT2EGTMfFKD8sXqDppXaPGFdntitZpAT624XkCDkvbe4NOXohX6bf',
    'sxRirM200cjREEgyqkp0XsJot8iJVTElyGuOuRlv39V+FUsi8Cd69SGKKmjpdTLcAahrgL0w6Cqo4lCtKuTyczvfX4qSQmb9',
    'aALL9+MsjDcI+zNhmA+6ma5c8S+X39fjTB3q9w+5ZlbURnR6pru9iDbJz5XPe8OD49K481yddpYOg6RjaQVKrYGnuCn5b62D',
    'HIDhrnGB64aBoM7AzQzkBBdYHfNjovlAM8NbsoabH0OKkC8wRCVVCZXMby+ilfNVhdUQ5b/3PCpfCv7jkvtPxRCysejp/49u',
    'eMGol3gb11BOc8Zzqe483cCbObPKH3rfPZ4JxXSq4DF7CfotwWXSu0W9UzJaDDyyIXj0MHiEzt1lXnbpDJTLn3ge9yvId/Y8',
    'Foea7M8maYUtqSAH+IKmj3+FBUyaa/3iB7/yvb9NT3vEr/Tl83pJUlEc51vovlCjNCxG3v+RVQpDq1H4K0elydiDNaVDCtxF',
    'px5/lWRrp9eNEsk9szmpCbsNK2xch4kCMwQQAQoAHRYhBKxTDVIPLzJp9emDE6SESQRKrVxdBQJjy9URAAoJEKSESQRKrVxd',
    'AKIP+wf3m7nEqieGM+NFXRX7hk2c33lCmcI7eiS4E+HBuH7gnIg7XDUnAYuIMScOVNVaVC33enEiVBVaIF0eWmadOlyZJFS/',
    'WRMilLJWBR6VlkEOh2hIQEaqpTsuXlhnTBrThLzdgoCf4+3wa8fTF3Ujx6edHejhxn+Tll2xOv/JM4pOd/iblYxyla7wh+yr',
    'O5tsFUcioBHyI15ceS30qA7/lc0dA4kY1XQnKASRlkNgGaETFV02hjZjXgg2i2Ksw+534NkoJLZL/Rnf1eRMMqA1BBwqjuAR',
    '3g11Xe/rjLpXd2zdVI5bK+C+3V8autvZo7upzW50QhQn9P68aCXrZjqE2FgVHxa/czYdy/oDaznYRDhmlEC0YX/zqcsYm4A9',
    'LQpnGg2GT/avVNAtKSPH1Ap/vK2yTOEhMaf54YLuUCUnju0evs5AB2GRpkFM1kHnZxMBnIhUMqbJXZs8TY2fVmOr49e9Ooyn',
    'OhKH3wJxQoOf50RuQDh4xTiYpCPPLq890OJTrOiObSvFPMhrHvo//1zo49elCVvtZNFk6IwlX2Tlu4OunHicwROs7yWUnEm8',
    'ZwE3PInHHi9UbRp6Tzsdd36n5mmHfUAK/HdVRfYe0tDMmN5vCdvMNHSd2kU7zrT0tFscCCM5XJiQfOtVm6Rl5jz3QdeWAjRE',
    'HBd83ooNaKiqYnUhiQIzBBABCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmPL2NUACgkQvDciUsoc+WT7iQ//e0HZMpvp',
    'dpD7HuLfq1mIjW2rxoYELI0s419FO1jmoJmqR3OtsmYA7U62hCMqhP8HCDqc+cDFDBFdzSgcXLeXIPqEzD0OgkTXtjY1Q7Gt',
    'hHBszUh8CNbXUWmiDY/mwe31tf7JsvdglJr0lXe2gPo8qKT35ckQyAXEmKsVKoBya5owndv0cv4j7UueYwLy2ocuKIMKeQr0',
    'FoWxThr+P6/CCwq5teiUCWIZ0hzuxYINOFdUsf7Cm332J+WBnvd1qekzbGkcZMURjbQiJ7H3pvdyrFBl0oHlunGqfiMgy+2h',
    'XShcax/AEzPNEcULzIuwaXypZsHtIkEmQPbIsTMwmeZJmo3eappsGbmlZSCgu5vOvyGJTlvgm6ssLisC5Y5QsPMZnCh7k1w9',
    '7J71fp43tuGSkO0SWodz3tCw+FGD3Z+INueHmNCMom9taDHv3Tqo1jTBufOzZ3sGXSKPayqTEulvtCB5ZJDw9+6Hrx6LKcHn',
    'ziROyALWiBxfgizW8lk8mbgKp5H9oD0cer8n72jiA0LD5hrt8eTlAPCFcKwmprr2BSJOGI84RezsfItCr1bMkQ1xLsBIgMYj',
    'HRPFdFdICJUsMtyqtBED1y7aBCxJZr+0bZkjwgk8G8pKYSPVEmRRe35ulSTWybBSSAFd6bixYUj0nnswLw2Lm1HjNElx+hnv',
    '/0mJAlUEEAEKAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCY8vt8iEaaHR0cDovL2dwZy5nYW5uZWZmLmRlL3BvbGljeS50',
    'eHQACgkQ2xbPW7ElJcRLNBAAulagMImbvWUHayliO89kmXBQdok8/9CutzekHOa6+NyjTapABGemuh+p+Y41T6rsS86IJ/Nv',
    'u7uGniLqHUjm9jfjCIw4MGq5mI8qRyNQ9W44ntlvlkvtPEyquF23ofoyopkBfXZT88omHiOXENwdINLobsMSKjyu1PiIMzQ3',
    '13fR4GuvCyFdBPwIycuCFbio1igiLmeNRO3g0V8leFSEh62KWnx95kxdZbS0Vz3LCvHH39wQSEZ/bUyJPM2OOjlzedHD9wbi',
    '4rSvOxHBZmXN2uWZBpIHTtYTF/BfrRFRZNcQhKHO6xUkpG+8Bo3cmy4RMVt8GPwac/W4qxuKzrONmZnDWO8tgQei9XF/7JeH',
    '3FnQtqjCR6aBT4KFcjHaUca+CHU5AIGWft8ZMVmJ1dphN3dVmb0G2P4s732xrKS1litCRMnJtulnvZsJCQGow+VW1WYDgtoi',
    'xgD7ymithet2VTmhWyRnQu2+T+XzzqtYC1sBuqFf4n1BMR3JeOqyna/yn7C4oV0m+2/feaIBsqGGjDpC6Bn6cGLINdB1PMTw',
    'arPLrlXwxVm8w3I7c7sBggYT2jxfsYmVAgDpFH1Tcz9Z63b12KqSY8P7dGxpPMLwbHQcAsacTRJm04TWUJBBmKTbiFqP7WsD',
    'SxiKfqfK10dfXEvcLLzm8jjnT4b9/vi+M6a5Ag0EY8vQXQEQAODS7H4Mkaix3PJF4A0PzPLtZc1jUdtpdbnuDICQ0urpWRJ2',
    'WP5XER1lRs4nGFBnWEvP+49grT6G0x4I98nQgWYlij3qdTWgDcY3tMLlaKiitaaHmdychf5VXXXKjfcFAdWW/8/nZNBBAJZj',
    'gyfvOnt3kG2yNuJoZip10tp1ApQhbsSsxOhidDCz4OH0B9VXLQixi2cx3uUTbF0bdb/++5/j9Gvx3FEYxZxCU2UP9G/YuBb6',
    'k+1cn2MeLq92DlfFZjThyT6Q0EzWjWYKhI/yO0hU2wmMya5+qXGffQFsfcLm8DQFDCcMSyxF67g7VruapdpivLlH45N3e3HI',
    'yHquIzX63l5m6MSOEmJOyrYYgm7798W/XVDkv7zA4+ZMVpQ3s+DvcfTRr0ltQ0TqnVe4tUnypzUSlsHFhiotkodaWJyrcGBi',
    'r8wU5FUK4yEVqiS/lm4kAUtNk5EF62QcGAnSezfkH/rIm0zWfD3goNib3kceeYJjzV1uZAHF+HLkLTAvCiRoa5FYEKe8f3VY',
    'ONZLHngywhvnfHvmie4fQZkHQ/X73zWw0m5sS4T7Un3XGQkjfG8C1+jeMRE7stjCyJJk6+74eA/LRfX3TStNFJeCwPxvScyM',
    'QFA/R/Z32L4lz+Xp1fHFTjEs7xssfbg7QUuM6pZGa/BrwF1z1tz/SdO9VctrABEBAAGJBHIEGAEKACYWIQQFq5A0DAxeeX9E',
    'qMglTPO1rsCo8AUCY8vQXQIbAgUJDwmcAAJACRAlTPO1rsCo8MF0IAQZAQoAHRYhBLDKuSZujDkpeYs+7r3m0rkhbseoBQJj',
    'y9BdAAoJEL3m0rkhbseoTmMP/AhFpk9kkt/kiftUBsEbK8AwVeBIaWvAeL7QM72ZGyZkbsk4gKPPY+jZUjEu+eBtHaFKM6qJ',
    'IwG0DxTpizIps2pLJZtiHU8NNLbX+Ch8nZFvoKUbO5b0TbG3GNoyRjciMdIQVRwIfepCQXV1NH315hhZXFZn55a6JH27xbYf',
    'uckByAdCQuNF1iNDqDhbdAImrIZCsOFTh71sA3Sq5wJl6IsOzUoT2zGGateC6Y0+LtJ+B9sFx7V8PEeCxYQi1NHKxOvLyeSt',
    'RnCuFxfCZ0t91g58QPKxk8SpwPPG5BMxuSX9Bacuwv2OpiPnIRzHQyI/uJ1mjU/FNybhx7rI7RFVTYESFJ7C4H0DmlpUzCxt',
    '4bajt3ql5Sqin8IeKZ46f5wAFdLX84I2I2WT/mNrsQuiUKKkUGpN3USgC3MLvHXbDb19LECeFIuOo5AJjJVkdmXC3zcTU0Th',
    'r7fAofhKdL4x/q1hPTeFggxT1TqbuW2hrcxLXQjZm3KWm7zbsotw09Sp9j6lI5YHgLuhJhscHTvYANciPMOFmz6wuqjCNvJ5',
    'hIyZFzotvjAEJgUvFVyVZr1dn6RDaQQ+aKMIUfAiPZa3waRPqyAfa33iVJJ5QL1i5ZuBLhQ1oflLpLRjtPRWdIian375OPSA',
    'U2VpI97SL88jVHqLrjBOwgITXbeQirAfnZIrhW4QALtuyXbjWx9Z+cHeHp0CUDJAse6IIPScrf/dtMzzEkxfDWY+OgzSvaiT',
    'stRnqLpgiVkm52FlD2AYRgBdnXXdJqOEgH6SimM+IpGDdboi/syIrn16PtBbEHvu1ypdhEb4YW39aKnpMhbRL6KIbpWTSbX5',
    'haX6JqdZByqhL7D3bYZCUZ7xie1ta68u/8J1Zazy6COj9wdUouNnj7I6tsaNBGjpoT1RlNL614D9vTxje4ErQwYaMCOs5Xct',
    'hRaopcIVJwtAwzP/tCLVpSKiuVqdEq3RhK8EkvXSm1iEH8qWjlASzdVgMFWB3zx2epH/IDHiJkjBuUUONNRDMUsCR4AcZq27',
    'p9DkNw37rOrBQUBeYlmFwItE3nIQ7QRVXtlbm8tVLM56/YmMXae/MwzhM9W/TKDtccVwtHs2iFLNka1iXZsN3SmqgfiEEAiw',
    'pzrnKvCIS3jsi8GTv9td0erQQ5a7LATQwV0DNwqvT2pDp4PRZLH1HGkFVb+yY/XZG0PwYCmBkZUoQDl6P8f58l9C18w52Cp5',
    'D5/oqiqtz0NLY+a61uQbfa2oeYDDEK3NGlXBdEAaQqHarkY8Gf44/ea8aCsM9iH3DogBJGgIkhs2Face7OmedNkvc7LiRNz/',
    'z7Vm62F/mXSBHIMvQ0pwvRiKbn5U7DwupeFEycZrqQEKsjwFjLxamQINBGfpPhUBEACnIlNQO4hEcoTe6/fkasYBgsIYoZvK',
    'fOemGKVAO+v+wQJ8X8DM4ffT3QrmO291LPwsmR+sGfMStf9Zbuv/reWsY8NCOTDt98RFQWG5OZw0g1TOdheMnO43wfTJQNUy',
    'OAqKVArXrjvPKb472KEMQckvvccUoVupmcfom2Eofgqk6Z+aRfofVvhT6BQlmE1hb5uGRibEqm0RbDtUeSgs39pSGF9gbfCw',
    '6ZjqxGJHcSJXKJCJu2UswddueSJWj6UfHfywPbIuXYx2Ypfb6RDx/kbkJCK+vNEl8FmD+6dl8hY4P+RfI/0iKWPaWwg5J9oh',
    'Wk5kjL65BOOQ4uRdq6TNeibOsS5DKlp0nozseaAUhDWsepY7k81/M9iLALV3cNExQasLkdGprSUjY1fKlpNnFZ/jfQT6eqR5',
    '0dptA858d9+0iost2F40fGd5HWuA6GJWfIhMCEwcf9aiRYzmD67Wie6agxF1z/PK3VGGBdmbZzZTMGRBrt6ayTEPLpbFUJvk',
    'Ltf9vLcvkGS58OTFcnrqFCtEzQYCfYQvmdJaRHmOR6r7k2epBC6eQ81h27TwhhfGvCuX7Hl/qYIHH37MMXZBonA7zICBI8b8',
    'EZOGdib2IjoLgm9Ez8Vq5rpTS28dMRDz5/MDHqSAy3PB33X3S+sTDc4K567FS79aMpng57Qg4plqEwARAQABiQJOBB8BCgA4',
    'FiEEBLVMPNynl1Gxa8a1IlYp33WxiL0FAmfpPhoXDIABgOl28UpQikjpyj/pvDciUsoc+WQCBwAACgkQIlYp33WxiL3tYA//',
    'ZZc3kZnfHCXoUIYPPFcKC4oA/HFKn3HnRiN+KLbcP1naJ3X+0TFLw70r8yDo4+2zGlu+vCbEhSVdO2GfxdncMpiOWcPwSiKk',
    '/x1yCipnPAMJN1OAo2oEjDvhTF76mgOIJKtDnSu12CLKkSf2az53r06T1GHaJV1Nm0rWTWhgVbk8Ir561gAn6nz89qdCUF7P',
    'ALFq2L/55yt1E1YL7wtZcbto3SBH5di9OUJGCTrEIPnxf0DZSny5LJXs6lKEIMnvkQrcitD/Lw/1BT3wLzeZmH5Cpr9EM9Wy',
    'xJxbZFJeAWfgwv8JcSqpwlphV2wnfOFBKt88vbJDPAaTSUo2z2mAf/Ps9V/VsgU4hN9cGcBCTl+SaZHQyf9Hm54DSmr9L/KM',
    'Ak9/7tzrYdde2F9L8yb7DQ0aw6CBn4IjpG4fDEIJQQisBFluTB7Od0lA1CAuoMYjmonUvES3RucM8Yeote9bjf6KTbfcmkuI',
    'yrfLdUsz7sALuvdNsiCLq30zOBhKq9svkm5oNSSaTJ2J4ILOEthCZMT9sJ039tFZxvaBEQS8W8gW6y8eQWSVlixj65PJ2ck9',
    'jABEmRwG2YW9UKSFRtReWF0WpY3Ijj6fcDJIHpThZ6Sz4HUvGr7jvcs8qFFZxEb111xbwbQsGVBecP3s8TcnzVO2S+E/JbrS',
    '7xTyUY9xmGSJAk4EHwEKADgWIQQEtUw83KeXUbFrxrUiVinfdbGIvQUCZ+k+GhcMgAH7+r21QbXclVvZum7bFs9bsSUlxAIH',
    'AAAKCRAiVinfdbGIvYTFD/9zy9LyYJ4+zQ6ycKffsGXGLKNkAp8L7KS9eZAS+CcvRAZQQHwEFGaFeuRUNSA5Z4tATh4IY9w8',
    'ySwGHeDE+Jat68YZ+mV7loig0RROew2WYkr5xSzj+0MIzmS5++ngZf6S++5VwJAEmuG3aAlwiL2BJuk/wn4fqoeGXLM6gOaC',
    'nCJO8TC5lmJPhJPwj6E4gcE7MS7BfYRKd5emOlI7m2FytuQ7eo48IzSlkODZJfuv8rnKA/TTNQa2U9Nrl70UChR+5QYeAOux',
    'J1kw00RYOmCMAR346f7/esfYeMyM5ItG74xmYGLjj4PStAbHZsOxo8H82KG0pjadVBpmZAQgI9lN2QWO7kbRz55TV5nZFZaP',
    '8fJgYl3BerVuvHamowrSpSz5mVyBpb9JJmOJ2pUwSi2wQWvp5yT+LMh2Q2Uhm/3Fk+q5lRIxDNfPukzgem6WKxfEfMDjDjDK',
    'wjeL61JlLJrnllmylcrt/cEvsyzdbkpDjTVfsKtUIk8K2+aY6cqbdLnezBgVONuGGdunRvVXSKiUTngnBSKcyGsSlJtH3Txi',
    'cEBsTnFAplGA5D7GPVPF7XEEYpBifKkJz4UDH6cy1qCJBtOUd9Dsxi2hQxfzOHj41m4lB61yin5rTnJjujQwWfh8bGz6Yatv',
    '/K7Aejdj/DbHEDf+8ixcYfNxAQ1WpynrqIkCTgQfAQoAOBYhBAS1TDzcp5dRsWvGtSJWKd91sYi9BQJn6T4aFwyAAYyCPe0Q',
    'qoBBY54SEFrOjW4MFKRwAgcAAAoJECJWKd91sYi9Em4P/Ag6yEfyxoXvMl98IVUA/GG8fv0llOIJsKqSMEjBpCFfPOsXWDvX',
    'v0zJNI+XPgzAPMCd7R+m2VwcDwHyADtT+Mh6fubZTzbPPspX7LZsCyD6S93LZxH+vIMcjuiwKKb05ZSkaPLfwTYMeqN+oc11',
    'fDXjU0mQ5vC0M6qhxJLM2pIeTD7sVxsXYyEHzPxem01eqXyKhJFO7Cgu9sUYhzcVoPEqzDV2/Gd6ih3chJ+MxnMfq6Kmc1kT',
    'pstCMBbmQVXafY9roM+bFQlIiUgfbGdDFk98C4+C8IA0IVDyl5KIo8RRZ4mccgbt+ZBVBkr2jMoKd+hFhlbF0aMG3EKPoZyb',
    '/Jr/6Q0kqqUke6stNzOazxftoulB3vk6x8eI1jRELHz5VM01nkr1A+cmcgV0J5H1g6M/4NOLveCfPmGyCxGoSyWFgiagG4O5',
    '6AdlhyOm8VjqGN4VJBbaGltT9iIQB5xD0vvhZvYbXbXtxbD/j7TUyYp47484dBdTRLqyUQAS9ICl6xoB3aYem2aQckSc1xAL',
    '7pIIHA4CykAECa/wZuYkAOLDICM74iMNIZfdH1CLg1/geBiON7/kqmFxyOJTNfkS1oivQvrF8AWUZYLCQ5ITmI8fcbXzJXnS',
    'Hyn2ADj38GaQkPm5YJkKMAwmlolnzt86EnuZrIVVApx0NqjtDvBTNMcLiQJOBB8BCgA4FiEEBLVMPNynl1Gxa8a1IlYp33Wx',
    'iL0FAmfpPhoXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQIlYp33WxiL1Obw/+Je3ILeG7tACNix/ycJ86Y4ZTrCp1',
    'WtrAHdZtKqH0WO9+BuVjKFJU2d3R+176SoKs1X5+0ZxptnzlVIZGBcKn7IVk2g6k8GV+lPoR/WyhPxLqH73ji+g3Zod4PKnS',
    'Xgj5JjoIDe8abXCemAd5j/1aqANdxG06h71+UC9NSxMzvzeDQQvAkToNmy51A2gqzBKDGO5n5Eafw8noVHzFnZrMcXIe7nkG',
    '/sF5601p7q8jOVeGk+Z8fD6v6xl+MJupX8CuQ5fGKFW3nmWojZNH5yM58UnwzJGOBg70CoSuAP7kOGOtWa39RS5W9O1zMUe1',
    'tKpVP1qGrcmEOaqmkc6guE34i0ZEBjiet1GwLWjjgmXGLgTY/meFmUIbCVeKi0hmr7SJluHk53NVvf3QV9Ddgs32Vz5xQY78',
    '94FCH7Di8sFNYofyxw15SZjee/Usyc3arQOTF99VxOuLoU9lW6JZrFISyjZ4Hbz2UpxgpYvQUK9Yj19irdYWY3HGO3LnguOF',
    'S/Q1Mr966Ca46fSLCW++5XH9s51xzk6zAyW1a5u7xqYnC8bu3XYBc713VMYPexUeowl3ii3Tp6hb2g1NLxd+7IAYaTb68Fmw',
    'wTRjUwAwh8NTiQv0ezTFe121hs3K35AH1vp2CDkIpAmDACWWudjXl8UhKsPMAdzJIf/IJ8X1fXTgpK6JAk4EHwEKADgWIQQE',
    'tUw83KeXUbFrxrUiVinfdbGIvQUCZ+k+GhcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIHAAAKCRAiVinfdbGIvfzwD/0cjeyF',
    'VVS1j9On9v6LKDEWASvlFoGelpHah4vVuYVh5XrnlwmPNY4Qw+iMpVMHhDwqX5zD8tyJypBb3Jqzq04Pho+lof/qBgq9wley',
    'WaiazSLi2/Aw3ptJG+Qz2uIzEVg4Lmqz+tMUbA6FmOCJfKocA2Qrc0eJT6pLZ8By8GTzMyEwTgh+oTJuyFuoV7ZZmAmUxI3c',
    '4t2c5ixZNxV5Kz9ZIvvkHCPHmoAzDDKpp35aFNlWRxjWNvWdu/7B/fMEt/wI5XfH7YzkpMp2gbW29JytrrKkonO434qGz1P8',
    'x9iMhYnlmp9bpU0QWcV7ZADE+VDrfg0y8xR0cup+23DelHgt2AYHDZWo5D4UicAxBMGVeKzIJ4aflGjPhzIeLvuPwwUeBtJs',
    'hJgTTxDKqmTrPmc0FgE1RPz/aeHaIpuAzQwAjUKiKjZcW67c55AflnBOyUyoQxzjlAmcDHv/AHLh3lfvNEETep1qIu5G2hZw',
    'dVYGDd5ejvTReeCBNvK87UbAysWU4n22lKobXLU6/MOgO9JwWKclESXgbRMc9HjzHvlahh50L44YTtDiP6alkG5JUxu0Sjx4',
    '5xRabl+okFXaz4tx/JrhzcRvS41yIhNPSqUwhrCqIsjgiAlIraKrQH/nskObNpwmqxgrzb3NMTpi1OuI6s3lt1aguInL5qaC',
    '8Kz2l7RHRGViaWFuIEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5ICgxMy90cml4aWUpIDxmdHBtYXN0ZXJAZGViaWFu',
    'Lm9yZz6JAlQEEwEKAD4WIQQEtUw83KeXUbFrxrUiVinfdbGIvQUCZ+k+FQIbAwUJEswDAAULCQgHAwUVCgkICwUWAgMBAAIe',
    'AQIXgAAKCRAiVinfdbGIva2mD/9a4QruBrK2CR7q2oIJBIZBk4dgC3HJVGSFdldGHfeDXaUad7YmAbOxzHhGEmhq6L1SFMM9',
    'oOVgBasGJiY2lz/j3KUBHYvyDx1DMKls6MG8t4yqZQRc/QdOfB4LS9SBLKNmJCM8yLfqM2dXvMU8BRzYZY1HX3XE0vYlLvf3',
    'Mo+gYvhvuGxR/Bxmm3DHzMym/H6umA1/PYl+16Qg5FpgSC8QncNEuY/XwWbHAVhp1ypk74r3OqtTHD/4sYVK1Kanyu7Ge4xW',
    'xcjWc0LjBVsPc41dZEPZgvM7l32cavBAOeKBuoEw2LvWqZHTYXR/tHwJOZnmdCXSHyUlOVOx22tALzZJRywSl4m5HjJoWNZn',
    'yOiKR/VgauZYqrnE/klH2qN3epndE1V+ZVqeKOdUL/w2YayKwlWKgIdaNbFYyxu8M+YR4InqvIec3HLVsHzlH0JEbWSJIsFv',
    '1xs+lU/GHuuISozp5cq9nSTC1M41+eBKA5wQFVhaQ2HNC9zVDGX9pj5PmL+BZts71f+s6p7dhwZgvjaaeK4PtuTqOVwI02Pj',
    'rhpdj9xiSHLJrEmOf1nzTFbT0yOsLJNdrjRC2WThfqj2HPch0vpJUsraShcNb1ITGTdbeGk4D0JYY2DRPXopKKR2rYRjimtE',
    '2KIlfn/0P9GnMOH7kb6p3JuF55jTx42W7F//iYkCMwQTAQoAHRYhBLi4C1tiPqtq2HdcRbfF19Y1CUf4BQJn6UDCAAoJELfF',
    '19Y1CUf4qH8P/ApvOqmSKG6ftW7p33rhk7c9DmsZZ+KlfqZk0ZyG/jG1qK5n1JO7UktJL5h2xU+6J6oUexWR8rEZ6n1OuIs9',
    'eCXqsD+LaAhX+wBLyIVxqp2Jdy0tPCo30EA3zwhG6hA888P+jbw9HthLgvarQU0RZFkuxEmvIyL/eapiWRrLEaZ5Ljqj6fls',
    'beuKHBlVDWjWP5qSjW4IQKH2wNRNvURug4GarjwyWM9PpzCgsxfsJsz0Y/lMBuegNWbBN5mRBwHrdnHidxhPH9U1A7QUX/Rq',
    '6cLJlvoNhIC8d9LjoaVt2McrXBKhz2biWccnoYJy8dZdK43na3vyqXHmSwLs1JVYEhQ/pvTcbLm5GgZm4eFwoWpN5PpPp13d',
    '0Vm0TWvSto4Vy+QCahv7UB6uLodMjVjdGESUejjE33PaEyjhaQLukVUnVIybVkspP5juOTLEiVEbKlTtHqU+grVhZGnRj4R4',
    'm6yrVAfmbBDBROnExqbHEEhWmVBzoJ0T+JKguyPggvq1rexFX5QYw8HRwQrWvf9HDo5VmqL+0rZhb1nfYAsmWqBc27XJxdUM',
    'gTJrbVW49RyGc5YIy3tM9Z0iDY/oaJl7V7SukOPgkw7mGAmAvSQS9EeHOZFhP4NY/n1ddb7rgTL/qgGIYmIxiOEeSzBfoj0o',
    '/ybofi6gMoj/SR0zeFeYNEJwiQIzBBMBCgAdFiEEBauQNAwMXnl/RKjIJUzzta7AqPAFAmfpQR0ACgkQJUzzta7AqPAb7Q//',
    'Vjn4v5HxeStnnX0bDzcHoDUrcM5OlvfFDQkYLV/qV061JPdihXiDcxGdUStK7JmEBMWCRqp0GW7b11xUzVciQWO6Aoz58jxa',
    'LYK8YCQRHrE7PZiWR1kT9RQv1sovvBMnrMjqaxYNvkvTeWe8+WgG+4nrg9ibsZGaYrnIlG7SDxXQdzHTn14NvH2Yfo2liaY9',
    'pySjzXIhpimCWdGAda8TngZZXZB/dZrQJYl4voH5ng2uDx9kLcLjZHli5hGSEvkb8F+iruwMMKu+y0H6NVlnaZXr3HuRFOwJ',
    'XnV6ctBrlGpmUCOoO8loukMMI4pMkR9kcBKQX46siC0+oOjJLO4hm5HpFx812OAtV1FaRcCaa3rI/N2bqpVJ8xhtAOjH0h3Y',
    'tUvUChhrbHaBveE9/RkcW70gwLbAzJL1FWWSJROsW2jk0+PUTVdpjY12CD7XK4a65Mn+0mCv7aZDWNae1OSPYsDbtXexVYXB',
    'W9AV7Z1z8MvIx5sCVQcccmaMtIOBemTCPNcNY+GMnS39AN+gYcM1ASRmCIoOcX7GkxZVWR6U5VQ7nSedSH9GP4WrN+P9oljh',
    'irR6djHYaMV9vptlyilh+qUgRjVfqsINfou3xrt1CLr/dlabnUd99VP+36F35fjLmHgNFaR+YSlYjeedKws15U66tTIind5u',
    'XGqdBl+3PwiJAjMEEwEKAB0WIQSA6XbxSlCKSOnKP+m8NyJSyhz5ZAUCZ+lMlwAKCRC8NyJSyhz5ZJRSD/9Rd55RpQ1jiJuf',
    'S9GUw7uekbaYmr8/0ERCrIinlreau1hTAtG3K2hUfGVKZf9pJJrlqdBIpS2NLtLecuAmBW2tsxlsNUcWSy8b0b1tNEc525Yc',
    'WuIuz+dckmscU8c8asJuftmjGfhw/wVY+GSkP/qwehPxePTF5Wo7xr9kwtzWUs1Pqm/bweqd7hHfK6noCfxzuT8qHgMKSvJE',
    'SIXO+/SN9NdWdeF5pZKATL7vZb04WXyyDbcZ+OacbC2Gos6Pr9+dAeN+c/ApDiixGEn18p/6SiGqzOACLc9vTozhiG8WJqcE',
    '/JUk1K0ArR7LqWzhzZ0vjA9tnfD8kUXwlmuNxNC+jHmV/p/M024A/4V4Gosd6tKj/Vl6UvIpPfeEUfalDwHmxYH62Lr3maVF',
    'HfzCAAaKeF4CmZAOutRWbFpdTrw7pcyFidDslhKkg+3eFjZ/tShZD4F7mHXXYcCXVQgUOXc3MxvWZKt+N1hx/Nuiepx35nh2',
    'brrhBV/oL5q75W7iB8ZjMOmk2vzLwobwIHY/6VBrm3Htj3p1PIvX2Cr93Hdrix1YDqbKoTGM/0jI7v0469zI3pSXkket/AMm',
    'tG9y2fCbETdBR1ugOc9KuwJ+/i8ivk8BxuxGdZj1drhguVukAXDKCduBwxYBPrJfGAqOv/UC/yWxDHOd8LuDbPDW702AIYkC',
    'VQQQAQoAPxYhBPv6vbVBtdyVW9m6btsWz1uxJSXEBQJn6VqyIRpodHRwOi8vZ3BnLmdhbm5lZmYuZGUvcG9saWN5LnR4dAAK',
    'CRDbFs9bsSUlxBU4D/90JyuEt4RKcxCBbIYm2qwCwtJUAix80qC+K2kExZKC4b+bkqqgul5+Waiaq6eqwATgR68aILcWTNN+',
    'XMCbXiaE34aEC2to8JjE2vklA0DUY0+2gvS0FoPJee75qOJ65map9KRB7Fsp78nEq0NAOyIe10EbO63mSiz/I7Dx72PuyMRF',
    'E2HXt5n05ofaU/ejOXypJfARx2+JZyykS2z6ZB8CAVoMzPRjwzO2IRtIv4j8oYHIcylU7e3KrbKUSzgDKGu4yAMAaAGNfTyI',
    'jj3D03kXcRt2FZLwfdY3+/InmPGNNt1CXRlIqtavsaL3tjxWdAesKpgHgv/CuH6jhu6W7TU41fCLxNEWAJMbrEtiEJCFejKR',
    'zbLSrv9GMZyQIbbxNTPAdKMX3etu4gzwZaeNNcfNyBZhMOat8ubQRyP1Jo8K6iV9MgNyDclNfCv6VxKuRhujFQZtH9h7fuUn',
    '//vMsQWiwkAU650/iZ8a2augWlt1qup1S4wZlcTbOGaVuxyVxTEOXRxcq9fRtgHtMdEOWCL438gl6aUtqwAqCdn5P3TWcjn0',
    'bxaoY8jV0ENb0nfmyo932lYyPCur05ZjWkQMGbz9az219jyPzfZhqB436OPhHnk6R5//f45mAf2nvucLgFRNOt9PC1wtwvFl',
    'picCNXNFJr6a2oXI7cqG43Vx6b7GbYkCMwQTAQoAHRYhBF4EoeMiOhmiBwbiD5kEYT1MzmjGBQJn6V5TAAoJEJkEYT1MzmjG',
    'wHgQAKvsVvlHtkUpEqygq+lkxNXVs4CYqRPttUaeWtCtBkMcsgXlillqy+RUVFggXs1uPcuD149As47aeAVVvTA/4YIsXLuS',
    't08xkbQDAdFh7Ud2zzv77Su4cUbyKBSDVRcBkgw6SOaAXt4W/cS0HD3j9Lf9xLSifL+p64Kl9ovP9i3GPlWONrnkcKiFmKGY',
    'cuSaZ2UkwHm7G6bZhkvKWFw8MEWIFW7KuU5TORuSkip4alNaONb4QXo5HjCrpUsNgh6RMefqr4xXmte73FofTKhquRUMg26J',
    'S7/msVp5tlDL1v8gWyXuBwtVZYWiBc4zrPMDhGYZL1kt5BaZLaCnomfs8LVgfHNd0e4n47FiBSQmuiU7p02/etILheI6vhXw',
    'sILaZWz3pjyiZpxFcGdiJ+5adwYo6k67CG7QYejsvaKFOhxyaEsjNCGcDPX++jaDxI2WmVgmb59rD0N7Vi3bivrfXV4HEGUc',
    'E41BPviGLFxq80iB2vlKZv9/RdGeEOO787H8VVTwYOxVT4DtQ3IhvGbsQE3ZgzdU1PryMoK2TOEIyGX+SukvEwF9/3H6Hn7i',
    'FO3LYerZ3bWfEJ5kbW9ZDmqLpy7SOKd2zAF74mOIV6Uds1qoGZeQjyZWF6uhJnjEFBoTqYfWoHr1CgQ+7ZH8b7BIDOTUtnQ4',
    '1Nz0+T64naTjg8xluQINBGfpPhUBEACygnWLGoIlLzcdlGoqPilLsgSQb/PN4pw+o3UJMfmWNtHulhVm/bpQr+ut/4POrp19',
    'kxaYU0tB5vcPPAz5PpG00kw47c42XO0WAngq+Z8c/X7pDu0prGiTXHnWf0rINHXn403SN7EISGClSiTiU7l8jOhClUy3ZbVN',
    'MYFGzVa5VfBSzp8i7QBcAH3YS+FdE1vQQI3vZ13T25s3nghT6AHCmTnSRdHjdEoKY8/FpTTlLc+x3Q3i5qqUYwwj9rOd2Fty',
    'Z+pudOIW/CQX0+PGeNTGkVkuDiCA8B4vzZ8nJyMnoQ8AeDLsb9PVkzPCL9NwtB0Wrat5mcAq00oQGD3J8OKNtRHux76fIA/M',
    '1VemjxKbC79knGfCYaOtyNC7NasjcKnOJLuy5DlNnnXkXpmQCO6f2mWetsq7qUAZaW02u7sQ4QLs+zK+cwz5Fcni5Lo0FRfs',
    'WdIVGYJjtxZZY0Lh7qRzYESv/KIhxnq8Iim+/rtWfHrPcq9hjykFQ3vtZKFfIhhDJMg6cNh+ev+JrHb+2RcEnogtYxyHmh9E',
    'b0iSvYN7Uxi8hc/wdmn6+l/J/vSrjXrNz8f9mUt48MjLpkssMPVHfM2mPaLoqBINP7zS3uVLZ5maYUaRJDTkg72es9DFg9t3',
    'DxVSCwsPTet8MDRPDEFV7q2cDXTqHoV0JzrbFcWBQwARAQABiQRyBBgBCgAmFiEEBLVMPNynl1Gxa8a1IlYp33WxiL0FAmfp',
    'PhUCGwIFCRLMAwACQAkQIlYp33WxiL3BdCAEGQEKAB0WIQS45fExdtKnp1IgAoB426O8R+8iZQUCZ+k+FQAKCRB426O8R+8i',
    'ZabYD/9zhHbtxWpfxFKiPVB4Z+4tx73HfoYNfnnY170+BKmffbXoFmM/3L68CnxVNOfHLMyaUZWIo1BMBauLradSSHaH8SEg',
    'WNdnPM0KrP96AKOH9CkF01sgsLGfyA+gXwEf7F8VskjTeNgLduuTVzvSJTlxgvQwv+NiSNvh6yHdqUAiqNY5qaEhvbm6wWZj',
    'iL7b2k5wlMkPBd1K/+2+XwpXprYF3xr+BaccBOmjWQfID2SJjpmY+v/D779Lh3phWWeJ+S8y9NVci92g+K3RruHQtE9DfJLG',
    'wDZwjcUkn3rYbvFBi06vxtjCwbIf4NpKPeHJfUZgGUyYvje3rOeURV3O1lw2NgfrVUH3A9o8Zuu5buWpvcSR3SGd/3Fm78rF',
    'gr/kf1l+W7HfhH0rMK5+T4n2UMgZa02TvGs25UcFOSu2cZe6EF+eLlpuoGos/1cIC6yb6is6AwjbpgDL8pyQUL554Jz3udNX',
    'Il5+pslvjYcX7iqipPdF0HLdAG3Hmmcll0pP/8HsDvEQk2tP65eS9VGw2YvZyokkY6QKVSo8f+TNQu+vKrociCai34Qxx3Pu',
    '8em3hzX/v0y2Rmw/OM0YLlxVNOV/4gvS1JNlnh5EmagINJ0lVpEJdLDJqdg+/ovkq3FunLpRwkUjdY2aYCU/lUZYOZXCcx0z',
    'Qq6U+ryxMfVpJZ5rWnHHD/wITWab0H5rH9Gjbawdky8zlJ2q2a5wBFAyp/BLGE9SXTl37pRHD/aAljpcDEVtMX3Lm7R+1wtL',
    'Gz+FIix6kyhcc48CGnkN5mw/omiSTEainwQm5Bn7dBZ3mqc6a4t7mhuvr9563qiURd0y0sPsCOr3eGcJ9PHfwE0imrkAwNhz',
    'CqmeQ/uxrn3q7zuUqaB/Byw420CJk78a8hjO5e6YZTdpAuImpJHvW3EmI/gnXePcabjh+30zgF2Ger7pQ5v2Sa76BHoKhZsu',
    '7tpXsVAo1EaNMrJ1F9/bgsXPnugozwYx59ZFtET4tgrH5FC8U7as+DzN9FCq2riOLdE3FFsb7Oafj3GWi+9FXBDJD6VNSxpF',
    'HatZ4a3K6Kp46fl/G1GNA65SsKw2MTVd1B3pNQ+0HJhaW5bU7wd/OTsRWdAXJ3vw3yPKhDc6/oTyYDo7HDcf6Xae3dwVrSTo',
    'yRkDI29gWTv3lN7B9LHen6x43gq1/7MSb9u2iuiaSP8rvvYc2GaiRWcfkg4Yeuk1J9qmgOiHyhA9cXrcMleCaQF5E1p7ocvh',
    'Oso1/lYncfPlYx+vKZGpK4GhZk1kOczyMC/Zezk1qG9N/XGoa0rt+LBMNLiFobT3Zj6sADn767Md0yOadEgYB/xTmyASpQK9',
    'V+LSkub3ELPPIl+pczMFJTBXMe98MDmvUJkCDQRn6T5dARAAsqH+m/iwJMUh4k2XNEQI4pTbbIcYajkq+YawKYwHciw51FjH',
    '+Jqf1MrRShwm81PR/UJGFy8q9pgpbZJ1+fgNvImB2c0tHl+VzAJmlnar3eCJAG/0sOZN4RUshU39A1FtRvDtgME8LbAtLF/o',
    'w8gs7fswadgEZ2rJ5vt4GfOYgZplpK2X/hw5Y2p5fwR0ROSc1+2PEvwe9jR1e/vptnago7BJFmQx/YciNPHMm8/yo7OcAZ1b',
    'o9TKpUrSrvJAz/60fHNymnocBQuKYk4WbBXv9EoLYni8vgby7O22EXTukgufPbDyuef8hpoeTR3p1Tmn0wtNvaeWXReyjDyZ',
    '5hqOYSKkNTjQQ7Vcz0JDTt85RrPmrhDdUZtDxq0SneC2G7iVYpJ+16NGYazp6HMxhH5igEJkVX1rkqF8B/159g8BEk18Mda7',
    'h7l3GNIYhnZn1lcCYIgWvj4ZtRY+dgEb83LCDzOiG/p4oM3EqF2sd0K4T2s1VGj5+zz8tGRHv6ijd9ajj9Ygin63OFbspIRG',
    'qfWXDexwcKnJgFASJp1qeZCR+Cng4YODX1CrkRJjxdacgc1Vx0C4t3gUKvvxt34yaVSjplI8/+rlEYJ3Fng+PUSE2nml9h4I',
    'eaqQVzveSBo6e/p5A+vwkfX42d1uwwAtfdx8NVQl/vM6wgvU2d9acWsGHnsAEQEAAYkCTgQfAQoAOBYhBF4EoeMiOhmiBwbi',
    'D5kEYT1MzmjGBQJn6T5hFwyAAYDpdvFKUIpI6co/6bw3IlLKHPlkAgcAAAoJEJkEYT1MzmjG9GwQAJcju+Ow64DNqGn+W0wc',
    '55Rtd/OdtT4JHOULc6cDWcNJ9h5yceSkUAW66+fVWhghZ7a1uprnjUvFs/Oj8qT1JeTmaRpP1qNeceVDZL5TIKdFf/Eit5v+',
    'vxMj5LoV/f3G9DIjfbL2w82F0eDfm4BZ5IlSAlpPdj/d04pO3/dyEONE8wJWHIw2Co6NNfcfqRkuVWMNHCBo7bDYo2sIhgyM',
    'kvvczbLylJp5rAgSbjPXtnS94s9qfuKjgvzMgkjWf1fHE+w43yYHyCrQcg4pjlwllgkZ/LonP+PaLvIGPNrYgEo+wXZoIuhb',
    'LUofRV/gwXkTJEcgAsndNLKuT5xSlqq3BLLwzaM6kR1Qc54X+l2khE+Lr31pBPOOvvBpZzZCSOTxg496O4vGHkGDfxihcn+W',
    'G278x5GRqfHfTx1GHsj0VJiuJUYtA9jP9s/EU4PEd9GydTh2aCfCVpncMSaPAGBi5ZpuLiw6zKBbyC8pFb0+U196/GcNH0KL',
    'ySCFm0QJArRFh+ACvClDOwdFuReTTv8gwkvccXKyuED+gO+hzBqR03rD50DiUDdphDKfBhIj3VfWglJv+PbYm3PeB6pLmYYf',
    'xjI0nCg74au1nMTP6qzRluHcxf/8RtQ8EvEH6YQe6cVvKVsoPlD9AktF73lM6X24qgo+DVGA37lK5P7bEK2EAGXRiQJOBB8B',
    'CgA4FiEEXgSh4yI6GaIHBuIPmQRhPUzOaMYFAmfpPmEXDIAB+/q9tUG13JVb2bpu2xbPW7ElJcQCBwAACgkQmQRhPUzOaMaX',
    'EA//UM6zNjgto67xRoIs8A+7d4JLElIi+d4e+0sV/xiSLY8kAN+R9yE5jCvsvU89cyYke93nF0+x3gM5rogRr+IFLAx5j1JD',
    'R1ku8vTGrynHM8zOIPmlPhJEu7hQTZfueeZLCwrW9OaGqshkwd0yha+P5sl24yUXiXzNwaCZoznjFKCYTfmjmGhn2xs7Oxvy',
    'r5c2toBothvbKlBxyyNyzeYuuKnZuFJON5AAa6zsLA22bbpqnA5gzgmL3ZAYi8sa4R9YhNm6uuzt45Xn6tvHQ32DhBUyZGDT',
    'ODKhNBQItpnfF7s86gaIZsGIxsq7ptfQY5j2TRDpbW8K/E5EteQFgYY8Nq6FYea/wCyDUgxGnbuL/e8FuCDD439RVTExI9fu',
    'rqnTrKqy29hVVHB2vV1iKWXpyfhTDZqlosyD/ssLM2i9jWKd+3Zo9CQZpTehyiA/Bp7flwWxf7fa48zMFohf7qnVJOboJCOu',
    'W73WL4NB0Pc15ajGUDNbVPI2soyRBUPm4Wcb6PG4OWeaqiFQKp5DdaoP+CGTRxShJ8uT78SDU3kZSUutNyLRdBpMp0TkZItv',
    's69wNpoSznDdVsWuMH27HOX8TsNNWyhw7B/3BYsTMRXUUmrQ4qBKxtiWLgy32AUms31ec3IWVV75W7L/3WEtGoEt44dHHU9G',
    'Fs7NN/SVOqkznYGJAk4EHwEKADgWIQReBKHjIjoZogcG4g+ZBGE9TM5oxgUCZ+k+YhcMgAGMgj3tEKqAQWOeEhBazo1uDBSk',
    'cAIHAAAKCRCZBGE9TM5oxi3mEACmA/O0LW4JJy3F5I0BtQKk0HH/JNFjYASDpF7gp2uN19/JyZ8uQRRyME2VIdsL1xcbBRPi',
    'AWqQ+fh5mv+PD8NH5uMR78b7cbEohXv/dW0IZQnrskVrpF5TzTOcYSIl9Kyg+yvkDB9YMsH7tO5xmAdoo73QaT3adLRx8smG',
    'WffVVTEe2PanpbWnY1hSqT1LmzijJDzIbhjCQTBkXmNyEg1KRu5X6bzAc6Vutg/lqGnOz81XL81Ng4Wk5HGKy4SUhzN0PWfv',
    '+DerdHmSTGVy0prMTeLP2aBtacoTbQsnzmIj14e839FqiiiBmWq8Inru9fXzYWzL+VqC2CBDRZJbmFglv4BwoHLzRWwEcAJx',
    'Y1m+tsdUBFZJjbAXlJP9J7tG8G0aJ0PSmx+0Tjk/L+aWhCYG4YBAlnEzuqbtC3Dw+F3UiCyA0hNSRdVTeGKF8ETIuTYJRsr7',
    'Cl0CXyPThjbm+ZCkNfm5XbDJCLSavGdgLVRnTzSgFftErEhT6eF21acdI30nlpxpchIEugAvmJL2bUUtpVvZXuyhXxyxC7OS',
    '4vXCmndD9C3sYUHK3/JYfuzPIyc6GE3nHSEQPk7y+wYGcgfJFbOvUeFDNCbL4/eGXLjespUH7+0BIoHE8sbfx1uLkMNmqgPB',
    'Cwue8pQZAUaKaXhEzI5UK5+NfcD8W2OU6hxYgIkCTgQfAQoAOBYhBF4EoeMiOhmiBwbiD5kEYT1MzmjGBQJn6T5iFwyAATCZ',
    'Eb6pZtBhMFMEVxG05f8VsP2CAgcAAAoJEJkEYT1MzmjGIOAP/2jIfaOkZLrvxiZhGfPliGEDOAmaNedmVnYXFxh7Rc3CuCbP',
    'gpKkDwt8N8m+JbiWAB83VyLafwUURyWHOhhFY9Va2zb0eCcnRHP8N1zOhYVrZenJElElfI3ZtTVvhHYbP8CcUQ3I8sAmpnXn',
    '9r0INFUCcB0TLyogMLcy56BPE6/eDjad4Jol70nn/63LULTpzH05mK6RnlBtpKdcwk4MUYC0Gs3STHjss2jaCuMA08veE5Az',
    'PYqwPC8C3ui+SahAgfIOZSZ5Novzpgjo9BAS2t1vbhWUmK5C6Egq2yJH7Xn3t1I/X9GtAIoxZH7jYGPLXaGCbxJlvrwJVrj5',
    'MTSW7fVKntNPT9CQRQK5HP2E1dAScsUbC7B/Nr0L5htRf7toEiZ0u/e7IFvTn16npcgjXxMw/J3440HkWXHwSpQdcpCC3X3n',
    'S32BrpKfpRg42tyxNLUCgwMoPIcnBtaHbUFku3Zf2yt8rsSSFpbwy8mWKwZ2K+GLUQfb2h5rc04NiHsV7q/rYC23NiQKDNAO',
    'ohj4PKQG08zPemQUm/nQn7SMFcSWuaaLhsDkRnHN0/pNf/oNBXbtceu7oFjUy/kRTC0LxbV0fB0wr45R3nFbwGfPjJ+3AXQu',
    'JFc13nbzTU3IfXVR+1T07Z6/pXIG1npCpyeG2Y5nge7e3mqLrTgPC4Hj6xt0iQJOBB8BCgA4FiEEXgSh4yI6GaIHBuIPmQRh',
    'PUzOaMYFAmfpPmIXDIABx09qyekzswZ/UvM/pFnsZxWwcF8CBwAACgkQmQRhPUzOaMbX/w/8CewN2bztBvEHtSHaY/FZb16/',
    '0rJZK5SWz3m1fA4z9ReS+/hoKlal+uyA9kz9WpYVQopc3rk8wRx+i8rTTnSw6vIQgcye0WsNKFB+123QkPN/MA0z83xd7RWB',
    'WO+CuPnvjgQqNKBfRsCvUR3P8t4hVJ40Pa0lYtoC7foD85zYTbFfdUTsLrlhiEV1H6gx1u3IWQuINfGhFjPrpqmJEj/TV5F9',
    'dF3a/B16wtMC35osvKTyza/CI7MUjN44B8PNbF0NVn5kYtICcksgmyjL1o3m7xTgITO5PDwpoBK6CDidyPj8mtzhzCgympW5',
    'SE9imLqmwkkMPSVExn+RTKOkiUjnF57+7fbqnsNX8siykq4Tlsi6KjHCuQU3Y/gi3lZVXzzDTM9GH5Gj9Wuv05ICaoKWGZi+',
    'j08pgM35RciILIwQdNfMRxu0StXGSKci+MceIy5eWu+MAu8ou8SoO+/M500vqlqfIZAXcJb4w7q/F5UW0aZ+sNmEC/+Np4yB',
    'HmaWclwdvZvOwysQRyXbpOtD86TBIKPEdyBGPjACq7IiwynGMP0XQHpUDKdURtbM0fjos8zDAwfyitavl18xPqsHx6uCSYE3',
    'C8ndpi5MYocMK7SxDfofDiEuT5DQvNausDpMMnHXqtRjyYxJ7UcW4W3gnc4ljY1/o4pjnaH/+FGFv0wgm6S0UERlYmlhbiBT',
    'ZWN1cml0eSBBcmNoaXZlIEF1dG9tYXRpYyBTaWduaW5nIEtleSAoMTMvdHJpeGllKSA8ZnRwbWFzdGVyQGRlYmlhbi5vcmc+',
    'iQJUBBMBCgA+FiEEXgSh4yI6GaIHBuIPmQRhPUzOaMYFAmfpPl0CGwMFCRLMAwAFCwkIBwMFFQoJCAsFFgIDAQACHgECF4AA',
    'CgkQmQRhPUzOaMaEQg/9HKkVIdHTKU7iQrJW8L4cZwG9nJY+j34N/4t7o7mhvU6cCNaQ9hUuONnUeTI+cZTtXL1SVxgAZRad',
    'Yj5CODN4/QSRTTHfsy7WelyCclDa9GZn+bGIljX16VUBNZD2AkXg/faQTF7d4quq4P6ZynxJXC3rF1DVBrOQwbTjHNmYsO3Y',
    '6zruIk5LLPSxeyGUwK6Eatfb7SgVaXSMkXLhr3/itBE47RdXpuT2+gabKbvL/s9bP22LxKCxm5/eTC42YfxtXFUC0hDZA6wq',
    'gP5v5l72ANEVQ6jIj5gHWWYgadef9subnjenN6cdOekuqH8CKHDRgE8Su1Nc+5nFfG0qnaZyzfKGnf5jgoqAxkzfQgSwvYJV',
    'FU01UAhJ0kLYxaigpjmXPQosI6P7rgxI7yFPkUXfc10G2QQpiKrKppahS1mmhCwZwilG1dQuCpmsFsNLlSVuG4Tyans6eIDV',
    'gaNh+8AbQA5eRwHvl9KfFgwBk8spM36of8AWkG0T3J4dNDWlUCMXXXIENpJ/y47JLIK+S8qQ7bCo4YwLidwZN4/vDk4usZ3d',
    'juBXvYwwiefFV+EZDxn4o78gdcoIHmal4cpMdqZK95QQ5DN5KKLB4etE2gRzHor2Lqa24YindBwwrHpAJ7WRcvqAaBvc8ty9',
    'iYGIMAO1y1YMrakhoN0FTUrAXpJP3neJAjMEEwEKAB0WIQS4uAtbYj6rath3XEW3xdfWNQlH+AUCZ+lA8AAKCRC3xdfWNQlH',
    '+EIXEACqQLU/9mVK++URC77Je4WEA7SO/XsL8zRoLy+qud0oCHJvcNJVNi8pXHDLBwOKyadU8r6V0oJCmouTLKi/9htlYCew',
    'IBy7sDYP4OdLygwkPcSu49Vu/+d6YDKKO88+Yh/FIx4BPBasdPUFcmde2weJTS5WJJBI3OFmm3zntNArSvZSXjST8WJEfOmP',
    'nshBAWrmS3LXhihI1jzwKjl8hBWKaILFqysVv1q9IpQEgz9R56ps/rruhq8I69vdnsF5zJpOk08Ngc1IZGdZrR6K8T/fy2SJ',
    'Ta5yAUW4op7b5HAp75BwAwjuI1xwcyJOHGxiYoO9wVZ0Mgs3fFqG7DL8w7KnM2AdmdMzYkrLc7z0tqboOHpkFtMMTuF8iJv4',
    'MgbEpeEUN55SH5WpQG23kbalDmNCVWc26f/8Xf2Q32nlthMkae//xXVENvXER7rseP30jC798qP5lvUIF0dM79zK49mksEiL',
    'ik7SU0QGqQMZz0a5vggvf300hySiWWJbhra7D+X5dbGmMiT/3b2WwKuiJvR9w7Vbhi8syMz3ezVq1kEZZri/giiccV+ZkxVY',
    '/higBo4xyk/U8iCm3MrD2pWCGXC6ndbNFnnIOCj3CxW8RYzsGhO7625M+nXHIW/z3HttMPtPc9m/63zSmO8YYQJYZ4L8YOpI',
    'PPavdl1dZKwRd4LLxokCMwQTAQoAHRYhBAWrkDQMDF55f0SoyCVM87WuwKjwBQJn6UE6AAoJECVM87WuwKjwW9cP/0J9ltv0',
    'jbmRlZlKMSun00J+1Uio0JbKoKzmsmqpl1xy7vwcJBqcuUpx+rZELgiyjkWYwiRumzxZxIZKevNOzawXKynSOkWff4fIpMTL',
    'syffup7FNpsGWauL+9pKqzmmOQi2no/G21vAXBiPTUCclrBVKnhK/8lFeBpz/fwitl5qrwG1xNnIA9/5xsSZEDCoGRrMM982',
    'ocIixQx/EqZ+aj/5F+sDeDDJtSiYa+2NQSDS+/VsVdEr7CBfCkPDuxAF2r/LVVwmBo9fIKlA2cQyIwta3E9Af2IKSjOdfRwy',
    'OoATXm74yVC1q55H9SZZgfitRUBaOi+FMNxHLcpf/QxOFA34y2ovWDFKn+5mR7A7SZqVVDh+c/ly9D3KMbXlLG0lNfZQPgV/',
    '84wzsWM12oLISCiPDp1OolukOqlY0W7000kWCmIc86DMI73QyisTAElFbFLSgHK2nj26AFpMypeD1dURV0HkgEkQHC3nUDC6',
    'uUIk4/Y39eDwTZY0Uekhea06/zzV3++/wbRfn9iE45DljnlN9Bs4q2cwxyv7Ksp1576vhhCEtO2sj4c5UTGvU39gT7DJwkWI',
    'bAzi69ucNzDVMPk6WiAPNgkbfWHp8w4mIFWxVm2RbxFff1hG6ITgFlIvnuuDqVok+XyZkI1j7PbV5ipC9kIP3U+gnYfSeaeN',
    'Rwp4iQIzBBMBCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmfpTK4ACgkQvDciUsoc+WRSVhAAmCoBqVhpf+D49yXLFRZB',
    'WulLZOkv4KtJgMka4j5OBMCuyLPAeMqbyxcvGSkZkI873/xT3S8+5KCuhOX1Vh3yQqxUX+gOiqou6TKp4jfXC3idLzLtjKTN',
    'XBIGnqTf/tckKA1xSN3r9asRYdgFmTSHnFrWfDX4TxxL7BOvxsoy3x9nOZgxgigswDTVgNCkVhpJwF3oaEgfA49Ys7Y59tA0',
    'bwWFlDQl6ZzNSNDGDJQ4yMqtitUO9Zs/WnqYGzcclOpiBa8uM+Aj1ueG39J5Zmv6smJ6w29hZlK+6z8I6rXoDVQyamcwcNEF',
    'aozGaDKnU4mxy+8qVh3ShbYZkcKfCOGZFBS5Uv7QlDHX/VQ6SHnOeXpnJ32KbaXK45jxCd0OKDHYqhd+LiXsz2l1olst6IRs',
    'lEVnAj3oGg+39pTq69gxQ1uOSqWyuRjJScweWwzYzu4du2T+FaKxcVYaE1xEPKCk7kCCdcQB3SFGL29vNaIvBfW6OFZml2jq',
    'gC4G5ipi/qo7uyBagvBuvdrOQ3QUNe4eydg+zuCbrzm+SqXScuuYbfK4Si9e6QMJwOjZMi4rshlc+uz+rcns/7lbgr36CTtg',
    'cDV4oG35c6jMZ9snFsYgdPGkFZ5C1Yu0r1D1FyLhDNnTUX0vzmYlyK6BijbQOBkStF0Fmx71xwZ6WSWq5JjmKGyJAlUEEAEK',
    'AD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCZ+layyEaaHR0cDovL2dwZy5nYW5uZWZmLmRlL3BvbGljeS50eHQACgkQ2xbP',
    'W7ElJcQBEw/+Lq6cd+yxzu64HXtIt6n8mT0xOtjx0cTURkxbm4NzVy3Vv1frobsIdhu4aYNqx172tNOKAFbfCtSWln3g8F0H',
    'WWxNErV9dUk37JyeaVGkbUswpkSfXEUALCDXJzXDCa0wMzOSJs3aEV5v6bxnqvBJ6ZRYeZjRmPjgvd1Yzy6tsubUM6exVVCa',
    '1Jm5d+fo0K79nRGMwFX7sa+QSIeWSWYyoAkqmeguuYoicWl7GHV2/+8Rv56EA1n1+1m4P6zVsHQmJ34gUwiZe0NrBYUA25ko',
    'PMb98kO5L75Q5F5IXTn6PDwN/41UbQ1i2hrwf9DmHYCHlPOw+VfWT+GWOTpUtmjbVrWSAWeFOo7QCmPjUzEZtsuGyY4zhsjJ',
    'eK3GD1hTQRGADEh8Y54ZoZ4IHxINp4hsEliTXb5cQ+nFdon9gRf2IK5bkIhkJUMG4A3/n1sePGunQl8FYJfExE9sXiNJgF+Z',
    'rpisN4RQaU00eyjCmZ4uUZnx9vcuDKzeQ+68xnSShLDOCf6mDUy70hLp+ftnHD85/dV19H66GnJpJ/Jbu8HwMce0/7Uq42tY',
    'wd4wkablcrRBdtMHrGjLQ7FhCmTSek82vahPTheLxYU39T9JleORMPwM9eD/lpMusLNzZy1wwuSVcn9Yx/49TYuvA2VHc3+c',
    'd+DRoucPKqXsd5sUfJpGiCKJAjMEEwEKAB0WIQQEtUw83KeXUbFrxrUiVinfdbGIvQUCZ+ldkwAKCRAiVinfdbGIvfY/D/9g',
    'CWmUrMYPrJCOccH1TQigZtJwj6nrOutk7Lwsw8d0NvmXOjFgLhr4pC7iDDmc4jgEmxDubxP2z+yIX8tEUM7gE5a/Q1tzsun2',
    'rBnQPGmmI3THWHms0v8FcSjKCBOYNP5yxVR7rowa+LwyPrJhB3l9Sw5CPC0aU/xAh/XhEo6374VElzbvGPWUcousy1+n+UWN',
    'm5ekeKbaagchwH0+cBZ+qNuc1iDwFOwetwTiTZ37hX0nie6yeXRpsZ2D3hlLgZJrAFbvxqUu4tvteppSCIOh/rkCNKpbCveD',
    'vUv/5Z4O1b+ojcO7DYaCq7u3tG1M/pQp7DaI2zqSlFhB/sr3AWbSEXqcT/9r8MrtQLPQymSj3W44Ej8ucdByAGRDPIU2IA8J',
    'pWqQjy3lfOYg2yi4bjvIuym3Aqu/cQV+356IcXbJBXmBN5nblPE4RS5WcdqjGTqi3tD3C+ufWMbjIuxVu+OTNcZ/SbyhDFnv',
    '70XkDu3Bx5soEdHPzt2xKc50oc+5MoCScOYVkItZ9UW669hHsQQ9XKbL1TaHK+pimp4t3jk6THoCeiMIg2LSZA4ey9RJhcY/',
    'DgfAhCQBOUM2KQqXVjx3q9HAyepFl/+O7CtRKp+pneEG99KMTaFkTykg13Iev4zrLT7JNuZ7jWmBia9PrR/Ig7Q1u+qUPfG3',
    'xv95YJiyNrkCDQRn6T5dARAAoQW1hsaOfilAB8s9w0m5WaRY87+9VtQzbnHkYTX1DlLLt5WSniNXXd43Iad+u35mguftq7IO',
    'QImc7hsJoZhbYKNXwdiJgjxl7mn3sSjKyc6SyCZtGMWZzc1mrhFpmRk7ouFI2eg4wfnNFL2qUoSKEcQQoF3JEzvsOEYHBOf2',
    'mpAD4ejw+BsiR1/MwFGVttWZkvTXTY9yuP/LgXCAiNJkYcL1wRc+T5gTj2PZ+YSOYigvHCkfBdAhtSUYbTbE4cdEtPX0/nUA',
    'JxjxKNj08E3MY4uThh3FmHzOKjJ37hAIzhjAmIehpCg81jIXNpK6KZwND9+OuHStrGeKXlTqdp8dJuBrnKnbaIWdFHfXSTnI',
    'a42kuDm/e7OG0rYvnHdL26D8Z2aouIvBkto7xQb/HZCm75/UOEzSXcf69hgZQcYB32Watj++7hmZ9SYwMyhqTaVuClBt6eyz',
    'rMRg1D9ZIymza8qt+ZvwU1yIQzYs8H3QpcFZipLRXQKU6XBz5ZP7SLt3NXzn5l2bZFr/KAyTlw9LItq2m636HQlO30Uzi0S3',
    'PKR/N0vx0pQK+BXumgEDM83XVKRubjQwYBYtLQVwf1b6Zc9D97dWH3U06551lNnrGKiIvwTLvIrv8k3tHk/DxTcCS4vbNukU',
    'p7Q+W5QJUZb04dJbKvGTkG8za2eF2yEoJs8AEQEAAYkEcgQYAQoAJhYhBF4EoeMiOhmiBwbiD5kEYT1MzmjGBQJn6T5dAhsC',
    'BQkSzAMAAkAJEJkEYT1MzmjGwXQgBBkBCgAdFiEEich6zqXda45qcGiAjp+DEgW0upUFAmfpPl0ACgkQjp+DEgW0upXHcA/9',
    'H44grBYZerrEPYiMggXX4jWkabx+PdF9hasv360RsKMmvg0fEzFkMaJjAL/qNoPFTwN+wyMiJEZSn2mHBSGHhsFWXLSZKWxe',
    'YKJ3yC0oJ8xLWgVBMrOSL+UJRnNgCvKwQCZQv9D32fe8QmMxfAzZOTyH4vn/vKjoUQl0MmNpx53Lr1eYFppocUugGcjzrY1b',
    '9GNPOYBLXfKVbdq+OnOZN8a8qAjuW3in2t1CJYP1Vi8FaU/x6UqBOv6FCJTNUZSTe11G/yW2Nw9iv5LCgExJF2C6cFcfjabf',
    'bEg6xp6S7z4vOfANrkmKhO1C4/bPFt8DML7ld5g3A7hu4YHzjaveHWilBBfv9yPG7ku2u/vJ+JSbOQdo0PhSyhyz2m8jqXNM',
    '2GSq7AwSrWUAmQK7R4JdkBNOgM8YNklYApdNBLHnvB4rmvnR8CmEQFX4j0Ejn5i+D83Lm2SVdYWVx9oxZKkGfR4A93OBnu4G',
    'NHAx1A98LqAj6Rcbgn7OhIqssqo1sT0TNKXkgoNjqnHNK4KkXgxSQIddYcrRvIkw0fJHLoc+bF8JpEEj4/s1SE0kgGPGijqy',
    'LjRm4qPrPtg7bU5pysrRKdgTqth6pVmmMPM+U8C9NER4pWWByou0FzZkhGISDwKRyj/N24xf0unHTfUv9te7rKrPqc9YKDlm',
    'A9d++ocjvym4pQ//XeoGMAykBg2patxNShtQsf9jTqI6NzWJ85UZqhIxe/9SO/SU8dgLy7gqiq9kt6ZRxVMKi1Gz4bwOIVeu',
    'GPTeOQibb1jWsWLuoYVSm3nUWuc/eM/wZ9dZx0vCeQ533bdeWte/xVK99MYr5UPAcKf+OdVkzwLJxbIH0N6ynKXRloxYeB6e',
    '99DsV/e6YrlDnb8JYE4FdsWjQ58Q7AO1kqoxxhRMXMvsqRJ79c5Or8resw3YkyEineN4KEJ6oCP1FacwfJLeu0tAiJQP5r+y',
    'dXikLPsmJvRv0xmb9IuCJG/KpGFJ7XL4I0LXNAfFhvvDj9WQ07JeejJhIaBxbIYcyL+gbvtWvq0xFzvRWob0+SLRIcTSYctB',
    'Fl7Ls7KudtgJ5rqPDic9VDwzjfm6jC9yFJKePd1S1cqi9MaErEIu6fpn6u0uqlPHsjfoQg/YXsrRYi6Usj/AB5496kE313js',
    'A7hXmmkmgPTrwWvtaIAPK5tYML+3hLvBP0cpyXu/QbmD/DYTHvFOdP7LaOyjHQGZwqjb1AK5L7U4Aa9GXkkt7G9wiq89EQPw',
    '9vbNJhV7WCeJA4kXFoakCavsakqZCrvYLOLM+THJGlNmByic7V8ngv7LkBlxLLMnvu8DEDQfJ3ct9SQ72wCMuoDSPTQL1BZR',
    'DroDXT208eU0FQ+PLbCokiDjz9aYMwRn4arVFgkrBgEEAdpHDwEBB0BGWHU5fzgo8lF50A/8ztbE8US2FbKkCnye950WGppf',
    'SrRHRGViaWFuIFN0YWJsZSBSZWxlYXNlIEtleSAoMTMvdHJpeGllKSA8ZGViaWFuLXJlbGVhc2VAbGlzdHMuZGViaWFuLm9y',
    'Zz6IlgQTFggAPhYhBEFYf324x3S8zxMUFnYvZ6Cyw53kBQJn4arVAhsDBQkPCZwABQsJCAcCBhUKCQgLAgQWAgMBAh4BAheA',
    'AAoJEHYvZ6Cyw53kONUA/j1L971UC2f2KnYNePnPHzsylRecscCFP8uwnsmh2cqhAQDya6sSp1wLSk+wADoaZ6/+XPQxZTJ9',
    '7ljoMwHq3XoVC4h1BBMWCgAdFiEEymGdZacqe638ltKAGWQYqut0yKEFAmfhq2YACgkQGWQYqut0yKHGcAD/eLtY5RQPJ5rq',
    '0AFUZ8Up8ePrIBt9wpWvkYvRZI5CJc0BALZhMqhN8Jj9Y5mcLAQd5ukzcyvr4DyV6ePykXObyYUCiQIyBBABCgAdFiEEcgNj',
    'DiyOcnJRaE/rxc5dwsVCzVkFAmfi/n0ACgkQxc5dwsVCzVl92Q/3R9tc7J1Y1vWJfC7+9pSPFLHk2TRnCSOPs+Lvg9kh931z',
    'Qu5/+Pt0Qe4k7OQ4q+SulNh5A3wyz0hNVMx41I6hCfy2dizGEeodRwj3Kb+8nqWIiwTYr3mDAfaY5Dbii3n2kzJBfuxcTgO5',
    'CqWsRbUlF6YqztYkHYT/gjuyaobf7+apcCgcqSkUEybW/201XHVOncRHoLhUWzM42WZfQ0sHkh/7BKK2zUuexWAErUMd3c3G',
    'HvxhAvRbbEEI5+wevJoqQtbq2nV59Okwd97iUMSBMW8RZo7c2U8R4Pru7EAqkQbVv8LMGrH46DVFP7SJmRb2hdigokjRXHQe',
    'Vh4yuG4T5DQWrL+dlhxaGrfLpO4YL0n6HIHsPdnud7jzM0ZoBTjHv7qm+SaUFac3A8f8iUZt7Fr8Xyj6tTQBau9gJVFxttxK',
    'yCSrUOX9eNu+XH2DCQqeFpxtDlVQ4DZmSnqgGf+kUPVbzETRfh00dwzcnmQIB5m6zOM8hle/C68CNo4TtnEq8YOVBNYrzNHm',
    'H229zAx9U0P4SorSp8MYMy0mq79bSVImPcb8Uw7doafQqzpvtyaNsIaOaftYEYlPY+8fgDiaXWqilbLs6e3rO3X4KWXL/RR/',
    'vkBqYlKsABgUUgmVylYf/s1FbYv6fUWgg6/nGPmHrvm4eH9YWU9M1CqtFo+nWg==',
].join('');

;// CONCATENATED MODULE: ./packages/package-view/src/view.ts
/**
 * The image's own apt view: the repositories apt inside the build will read, taken from the
 * base image's apt sources (`debian.sources`: `<codename> <codename>-updates` and the security
 * archive's `<codename>-security`), each with the keyring its entry names, read from the base
 * too. Configuration overrides each archive's URI (packages.mirror or debian-mirror for the
 * distribution's archive, security-mirror for the security archive) and its keys. Only when no
 * base can be read does the machine's own apt configuration stand in, and then only an entry
 * that proves to be Debian's archive for that codename (its Release signed by Debian's key,
 * Origin Debian): never an Ubuntu or third-party entry.
 */







const SECURITY_SUITE = /(-security|\/updates)$/;
const UPDATES_SUITE = /-updates$/;
function roleOf(suites) {
    return suites.length > 0 && suites.every((s) => SECURITY_SUITE.test(s))
        ? 'security'
        : 'distribution';
}
/** A keyring's bytes as a file apt and openpgp can read, named by its content. */
async function keyringFile(dir, bytes) {
    const sha = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1').trimStart();
    const file = (0,external_node_path_.join)(dir, `${sha}.${head.startsWith('-----BEGIN PGP') ? 'asc' : 'gpg'}`);
    const present = await (0,promises_.readFile)(file).catch(() => undefined);
    if (present && (0,external_node_crypto_.createHash)('sha256').update(present).digest('hex') === sha)
        return file;
    // Two reads of one base (two suites at once) may write the same keyring in the same
    // millisecond: each through a temporary name of its own.
    await cache_writeAtomically(file, bytes);
    return file;
}
/** Debian's archive keyring as the project carries it, checked by its hash. */
async function carriedDebianKeyring(dir) {
    const bytes = new Uint8Array(Buffer.from(DEBIAN_ARCHIVE_KEYRING_BASE64, 'base64'));
    const sha = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (sha !== DEBIAN_ARCHIVE_KEYRING_SHA256) {
        throw new Error(`the Debian archive keyring carried by pgforge hashes to ${sha}, not ${DEBIAN_ARCHIVE_KEYRING_SHA256}: the bundle is damaged`);
    }
    return keyringFile(dir, bytes);
}
/** The entries of the base's apt source files, in apt's order. */
function baseEntries(base) {
    return base.aptSources.flatMap(({ path, text }) => path.endsWith('.sources')
        ? parseSourcesDeb822(text, `/${path}`)
        : parseSourcesList(text, `/${path}`));
}
/**
 * The keyring files apt trusts for one entry of the base: its Signed-By files (read from the
 * base), an embedded key, or, without Signed-By, every file of trusted.gpg.d and trusted.gpg.
 */
async function entryKeyrings(base, entry, dir) {
    const signedBy = entry.signedBy?.trim();
    if (signedBy?.startsWith('-----BEGIN PGP')) {
        return [await keyringFile(dir, new TextEncoder().encode(`${signedBy}\n`))];
    }
    const paths = signedBy
        ? signedBy.split(/[\s,]+/).filter((p) => p.startsWith('/'))
        : Object.keys(base.keyrings).filter((p) => p === 'etc/apt/trusted.gpg' ||
            (p.startsWith('etc/apt/trusted.gpg.d/') && /\.(gpg|asc)$/.test(p)));
    const files = [];
    for (const path of paths) {
        const bytes = base.keyrings[path.replace(/^\/+/, '')];
        if (bytes === undefined) {
            throw new AptSourcesError(`${base.origin}`, `an entry for ${entry.uris.join(' ')} names the keyring ${path}, which the image does not hold`);
        }
        files.push(await keyringFile(dir, bytes));
    }
    if (files.length === 0) {
        throw new AptSourcesError(base.origin, `the entry for ${entry.uris.join(' ')} names no keyring the image holds (Signed-By: ${signedBy ?? 'none'})`);
    }
    return files;
}
function overrideFields(config, role) {
    const keyring = config.packages.source === 'distribution' ? 'packages.keyring' : 'packages.debian-keyring';
    if (role === 'security')
        return { mirror: 'packages.security-mirror', keyring };
    return config.packages.source === 'distribution'
        ? { mirror: 'packages.mirror', keyring }
        : { mirror: 'packages.debian-mirror', keyring };
}
/** The configured URI for an archive, when the configuration overrides it. */
function mirrorOverride(config, role) {
    if (role === 'security')
        return config.packages.securityMirror;
    return config.packages.source === 'distribution'
        ? config.packages.mirror
        : config.packages.debianMirror;
}
/** The configured keys for the Debian archives, when the configuration names some. */
function view_keyringOverride(config) {
    return config.packages.source === 'distribution'
        ? config.packages.keyring
        : config.packages.debianKeyring;
}
const isHttp = (uri) => /^(https?|file):\/\//.test(uri);
/**
 * The distribution's repositories as the base image's own apt sources name them: every `deb`
 * entry's URIs × suites with its components, overrides applied.
 */
async function viewFromBase(config, distribution, base, options) {
    const repositories = [];
    const seen = new Set();
    for (const entry of baseEntries(base)) {
        if (!entry.types.includes('deb'))
            continue;
        const role = roleOf(entry.suites);
        const override = mirrorOverride(config, role);
        const uris = override ? [override] : entry.uris.filter(isHttp);
        if (uris.length === 0) {
            options.warn?.(`${base.origin}: apt source ${entry.uris.join(' ')} is not an http, https or file URI; left out of the package view`);
            continue;
        }
        // Configured keys sign the configured archives: an entry whose URI is the base's keeps
        // the base's keys, unless no archive is configured at all (keys alone, for the base's).
        const configured = view_keyringOverride(config);
        const anyOverride = mirrorOverride(config, 'distribution') !== undefined ||
            mirrorOverride(config, 'security') !== undefined;
        const useConfigured = configured !== undefined && (override !== undefined || !anyOverride);
        const keyrings = useConfigured
            ? configured
            : await entryKeyrings(base, entry, options.keyringDir);
        for (const uri of uris) {
            for (const suite of entry.suites) {
                const key = `${uri.replace(/\/+$/, '')} ${suite}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                repositories.push({
                    repository: {
                        mirror: uri.replace(/\/+$/, ''),
                        suite,
                        keyrings,
                        allowExpiredRelease: config.packages.allowExpiredRelease,
                    },
                    components: entry.components.length > 0 ? entry.components : ['main'],
                    label: `Debian ${suite}`,
                    role,
                    fields: overrideFields(config, role),
                    // What the build's apt trusts: the configured keys (shipped in the keyring
                    // context), else what the image's own entry names.
                    ...(useConfigured
                        ? { imageKeys: 'configured' }
                        : entry.signedBy !== undefined
                            ? { imageKeys: { signedBy: entry.signedBy } }
                            : {}),
                });
            }
        }
    }
    if (repositories.length === 0) {
        throw new errors_ConfigError([
            {
                origin: config.origin,
                field: 'base.image',
                value: base.origin,
                message: `the base image's apt sources name no archive (${base.aptSources.map((s) => `/${s.path}`).join(', ') || 'no sources file'}); use a Debian base, or set ${overrideFields(config, 'distribution').mirror}`,
            },
        ]);
    }
    if (!repositories.some((r) => r.repository.suite === distribution)) {
        options.warn?.(`${base.origin}: its apt sources name ${[...new Set(repositories.map((r) => r.repository.suite))].join(', ')}, not ${distribution}: the images hold what that base's apt installs`);
    }
    return repositories;
}
/** The suites an official `debian:<codename>-slim` names: sid has neither updates nor security. */
function officialSuites(distribution) {
    if (distribution === 'sid' || distribution === 'unstable') {
        return { main: [distribution], security: [] };
    }
    return {
        main: [distribution, `${distribution}-updates`],
        security: [`${distribution}-security`],
    };
}
/**
 * The view an official base would have, when no base image can be read: the configured
 * archives, else the machine's apt sources, taking only an entry whose Release for that
 * codename Debian's own key signs and that says `Origin: Debian`.
 */
async function viewWithoutBase(config, distribution, options) {
    const suites = officialSuites(distribution);
    const debianKeys = view_keyringOverride(config) ?? [await carriedDebianKeyring(options.keyringDir)];
    const archive = async (role, suite) => {
        const configured = mirrorOverride(config, role);
        if (configured)
            return configured;
        for (const uri of hostCandidates(options.hostRoot ?? '/', role)) {
            if (await isDebianArchive(uri, suite, debianKeys, config, options.apt))
                return uri;
        }
        return undefined;
    };
    const main = await archive('distribution', distribution);
    if (!main) {
        const field = overrideFields(config, 'distribution').mirror;
        throw new errors_ConfigError([
            {
                origin: config.origin,
                field,
                message: `no Debian archive for ${distribution}: the base image could not be read, and this machine's apt sources name no archive whose ${distribution} Release Debian's key signs (an Ubuntu or third-party archive is never taken as Debian's); set ${field}, and security-mirror for ${distribution}-security`,
            },
        ]);
    }
    const repositories = [];
    const add = (role, mirror, suite) => {
        repositories.push({
            repository: {
                mirror: mirror.replace(/\/+$/, ''),
                suite,
                keyrings: debianKeys,
                allowExpiredRelease: config.packages.allowExpiredRelease,
            },
            components: ['main'],
            label: `Debian ${suite}`,
            role,
            fields: overrideFields(config, role),
            // Every Debian image holds Debian's keyring there: the build's apt trusts it.
            imageKeys: view_keyringOverride(config) ? 'configured' : { signedBy: DEBIAN_KEYRING },
        });
    };
    for (const suite of suites.main)
        add('distribution', main, suite);
    for (const suite of suites.security) {
        const security = await archive('security', suite);
        if (security)
            add('security', security, suite);
        else {
            options.warn?.(`no Debian security archive for ${suite}: the base image could not be read and this machine's apt sources name none; set packages.security-mirror, or the images miss its fixes`);
        }
    }
    return repositories;
}
/** The machine's http(s) archive URIs for a role, in apt's order, without repeats. */
function hostCandidates(root, role) {
    let entries;
    try {
        entries = readSystemAptSources(root);
    }
    catch {
        return [];
    }
    const uris = [];
    for (const entry of entries) {
        if (!entry.types.includes('deb'))
            continue;
        const entryRole = roleOf(entry.suites);
        // An updates-only entry names the main archive too, but its URIs are covered by the main one.
        if (entryRole !== role || entry.suites.every((s) => UPDATES_SUITE.test(s)))
            continue;
        for (const uri of entry.uris) {
            const clean = uri.replace(/\/+$/, '');
            if (/^https?:\/\//.test(clean) && !uris.includes(clean))
                uris.push(clean);
        }
    }
    return uris;
}
async function isDebianArchive(mirror, suite, keyrings, config, apt) {
    if (!apt)
        return false;
    try {
        const release = await apt.release({
            mirror,
            suite,
            keyrings,
            allowExpiredRelease: config.packages.allowExpiredRelease,
        });
        return release.raw.get('Origin')?.trim() === 'Debian';
    }
    catch (error) {
        // Signed and verified, only past its date (sid): the archive is the one; the setting
        // that accepts it is what to say, not "no archive".
        if (error instanceof ReleaseExpiredError)
            throw expiredReleaseProblem(config, error);
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/package-view/src/package-view.ts
/**
 * One distribution's package view, as the images built on its base will see it: the base
 * image read per platform (apt sources, keyrings, dpkg status), the repositories its apt
 * sources name (view.ts), and what each platform holds before anything is installed.
 */




/**
 * Reads the base (by digest through the registry when the digest is known; else the local
 * image store, then the registry by tag) for every platform, and makes the view from the first
 * platform read. A base no reader can give falls back to the machine's apt sources, checked.
 */
async function readDistributionView(config, distribution, base, deps) {
    const readers = [];
    if (base.digest && deps.registry)
        readers.push({ reader: deps.registry, digest: base.digest });
    // The local store, by name; when a digest is known, only if it holds that very image.
    if (deps.local)
        readers.push({ reader: deps.local, ...(base.digest ? { digest: base.digest } : {}) });
    if (!base.digest && !config.base.resolveDigest && deps.registry) {
        readers.push({ reader: deps.registry });
    }
    const platforms = await Promise.all(config.platforms.map(async (platform) => {
        const architecture = platforms_byPlatform(platform).debianArchitecture;
        const problems = [];
        for (const { reader, digest } of readers) {
            try {
                const files = await reader.read(base.image, platform, digest);
                if (!files)
                    continue;
                const installed = files.dpkgStatus === undefined
                    ? undefined
                    : parseDpkgStatus(files.dpkgStatus, `${files.origin}: /var/lib/dpkg/status`);
                return { platform, architecture, files, ...(installed ? { installed } : {}) };
            }
            catch (error) {
                problems.push(error.message);
            }
        }
        if (problems.length > 0) {
            deps.warn?.(`base image ${base.image} (${platform}) could not be read: ${problems.join('; ')}`);
        }
        return { platform, architecture };
    }));
    // A base read but holding no apt source (a scratch-like test image, a non-Debian base) has
    // no view of its own: the configured archives stand in, as for a base that cannot be read.
    const read = platforms.find((p) => p.files && p.files.aptSources.length > 0)?.files;
    const unsourced = platforms.find((p) => p.files && p.files.aptSources.length === 0)?.files;
    if (!read && unsourced) {
        deps.warn?.(`${unsourced.origin} holds no apt sources (/etc/apt/sources.list, /etc/apt/sources.list.d/): the package view comes from the configured archives`);
    }
    const options = {
        keyringDir: deps.keyringDir,
        ...(deps.hostRoot !== undefined ? { hostRoot: deps.hostRoot } : {}),
        ...(deps.apt ? { apt: deps.apt } : {}),
        ...(deps.warn ? { warn: deps.warn } : {}),
    };
    if (read) {
        const repositories = await viewFromBase(config, distribution, read, options);
        deps.log?.(`${distribution}: package view of ${read.origin}: ${repositories.map((r) => `${r.repository.suite} (${r.repository.mirror})`).join(', ')}`);
        return { distribution, origin: read.origin, repositories, platforms };
    }
    if (!unsourced) {
        deps.warn?.(`base image ${base.image} could not be read for any platform: its package view is taken from the configuration or this machine's Debian apt sources, and its own packages are estimated (debootstrap's minbase)`);
    }
    const repositories = await viewWithoutBase(config, distribution, options);
    return {
        distribution,
        origin: "the configured or this machine's Debian archives",
        repositories,
        platforms,
    };
}
/**
 * The views of the configured base (`base.image` per distribution), by digest where the
 * registry gives one (and `base.resolve-digest` asks for it), memoized per distribution.
 */
function viewsOf(config, options) {
    const views = new Map();
    return (distribution) => {
        let view = views.get(distribution);
        if (!view) {
            view = (async () => {
                const image = template_renderTemplate(config.base.image, { distribution });
                let digest;
                if (config.base.resolveDigest && options.resolveDigest) {
                    digest = await options.resolveDigest(image).catch((error) => {
                        options.warn?.(`base image ${image}: digest unknown (${error.message})`);
                        return undefined;
                    });
                }
                return readDistributionView(config, distribution, { image, ...(digest ? { digest } : {}) }, options);
            })();
            views.set(distribution, view);
        }
        return view;
    };
}

;// CONCATENATED MODULE: ./packages/package-view/src/changelogs.ts
/**
 * Changelog entries of the packages an image changes, read from the new `.deb` of each (the
 * view's own archives, verified through their signed indexes like every other download): what
 * a security update fixed, with its CVE identifiers. One download per source package and
 * version, however many of its binaries changed.
 */

class ChangelogReader {
    #apt;
    #changelogs = new Map();
    constructor(apt) {
        this.#apt = apt;
    }
    /**
     * The entries of `name`'s changelog after `from` up to `version`, as the `.deb` of that
     * version on `architecture` ships it; [] when no repository has it or it ships no changelog.
     */
    async entries(repositories, architecture, name, version, from) {
        for (const r of repositories) {
            for (const component of r.components) {
                const index = await this.#apt.packages(r.repository, component, architecture);
                const pkg = index.versions(name).find((p) => p.version === version);
                if (!pkg)
                    continue;
                const key = `${pkg.source}\0${pkg.sourceVersion ?? pkg.version}\0${name}`;
                let read = this.#changelogs.get(key);
                if (!read) {
                    read = this.#apt
                        .fetchDeb(r.repository, pkg)
                        .then((bytes) => readDeb(bytes, { source: pkg.filename }))
                        .then((deb) => debChangelog(deb, name));
                    this.#changelogs.set(key, read);
                }
                const entries = await read;
                return entries ? entriesBetween(entries, from, version) : [];
            }
        }
        return [];
    }
}

;// CONCATENATED MODULE: ./packages/package-view/src/image-sources.ts
/**
 * The image's view, as the build's apt is given it: one deb822 entry per repository of the
 * view (the APT_SOURCES build argument), used for the installs instead of the base's own
 * sources files (which stay in the image as they were), so that the build installs from
 * exactly the archives the matrix predicted with: the base's, or the configured mirrors of an
 * air-gapped build. Configured key files travel in the `keyring` build context, by hash.
 */




/** Where the Dockerfile mounts the `keyring` context during an install. */
const KEYRING_MOUNT = '/run/pgforge-keyring';
/** A deb822 field value: continuation lines indented, empty ones as ` .`. */
function fieldValue(value) {
    const [first = '', ...rest] = value.split('\n');
    return [first, ...rest.map((l) => (l.trim() === '' ? ' .' : ` ${l}`))].join('\n');
}
async function imageAptSources(config, repositories, workspace) {
    const view = repositories.filter((r) => r.role !== 'pgdg');
    const configured = keyringOverride(config);
    const field = config.packages.source === 'distribution' ? 'packages.keyring' : 'packages.debian-keyring';
    const keyring = [];
    if (configured && view.some((r) => r.imageKeys === 'configured')) {
        for (const [i, path] of configured.entries()) {
            try {
                const read = await readKeyring(path);
                keyring.push({
                    path: workspacePath(path, workspace),
                    name: `pgforge-apt-${i}.${read.armored ? 'asc' : 'gpg'}`,
                    sha256: read.sha256,
                });
            }
            catch (error) {
                if (!(error instanceof KeyringError))
                    throw error;
                throw new ConfigError([
                    { origin: config.origin, field: `${field}[${i}]`, value: path, message: error.message },
                ]);
            }
        }
    }
    const entries = view.map((r) => {
        const signedBy = r.imageKeys === 'configured'
            ? keyring.map((k) => `${KEYRING_MOUNT}/${k.name}`).join(' ')
            : r.imageKeys?.signedBy;
        return [
            'Types: deb',
            `URIs: ${r.repository.mirror}`,
            `Suites: ${r.repository.suite}`,
            `Components: ${r.components.join(' ')}`,
            ...(signedBy ? [`Signed-By: ${fieldValue(signedBy)}`] : []),
            '',
        ].join('\n');
    });
    return { text: entries.join('\n'), keyring };
}

;// CONCATENATED MODULE: ./packages/package-view/src/prediction-store.ts
/**
 * The one place a front end's cache directory becomes the store predicted images are kept in
 * (prediction-cache.ts): `<cacheDir>/predictions`, sealed, under the running code's version.
 */


async function predictionStore(cacheDir) {
    return new SealedStore((0,external_node_path_.join)(cacheDir, 'predictions'), 'prediction', await codeVersion());
}

;// CONCATENATED MODULE: ./packages/package-view/src/index.ts













;// CONCATENATED MODULE: ./packages/extension/src/errors.ts

/**
 * What can go wrong in a person's request, each as its own class so that callers (the action,
 * the CLI, tests) can tell them apart; every message names the thing, the value and what was
 * expected. They are user errors: the edges show the message alone, without a stack.
 */
class ExtensionError extends user_error_UserError {
    constructor(message, options) {
        super(message, options);
        this.name = 'ExtensionError';
    }
}
/**
 * Options that do not fit together, or a value out of range. The option is the error's field,
 * so that each front end names it as its own (`--tags`, `input "tags"`).
 */
class ExtensionOptionsError extends ExtensionError {
    option;
    constructor(option, reason) {
        super(`${option}: ${reason}`, { field: option });
        this.option = option;
        this.name = 'ExtensionOptionsError';
    }
}
/** The package index has no package of that name (for any platform asked for). */
class UnknownPackageError extends ExtensionError {
    packageName;
    constructor(packageName, where, hint = '') {
        super(`package ${packageName} is not in ${where}${hint ? `; ${hint}` : ''}`);
        this.packageName = packageName;
        this.name = 'UnknownPackageError';
    }
}
/** The package exists, but not for every platform asked for. */
class PlatformMissingError extends ExtensionError {
    packageName;
    missing;
    present;
    constructor(packageName, missing, present, where) {
        super(`package ${packageName} is not in ${where} for ${missing.join(' and ')} ` +
            `(it is there for ${present.join(' and ')}); leave ${missing.join(' and ')} out of platforms`);
        this.packageName = packageName;
        this.missing = missing;
        this.present = present;
        this.name = 'PlatformMissingError';
    }
}
/** A package (or tree) that holds no PostgreSQL extension for the major asked for. */
class NotAnExtensionError extends ExtensionError {
    source;
    constructor(source, reason) {
        super(`${source} is not a PostgreSQL extension for this major: ${reason}`);
        this.source = source;
        this.name = 'NotAnExtensionError';
    }
}
/** Nothing PostgreSQL can use: no control file, no module, no program. */
class NoControlFileError extends ExtensionError {
    source;
    constructor(source, seen) {
        super(`${source} holds nothing PostgreSQL can use: no control file (share/extension/<name>.control, ` +
            `which CREATE EXTENSION reads), no module (lib/*.so) and no program (bin/); it holds ${seen}`);
        this.source = source;
        this.name = 'NoControlFileError';
    }
}
/** A control file or SQL script loads a module the image does not hold. */
class NoModuleError extends ExtensionError {
    module;
    referencedBy;
    constructor(module, referencedBy, modules) {
        super(`${referencedBy} loads the module "${module}", but the image has no lib/${module}.so ` +
            `(modules: ${modules.length > 0 ? modules.join(', ') : 'none'})`);
        this.module = module;
        this.referencedBy = referencedBy;
        this.name = 'NoModuleError';
    }
}
/** A path, or a symlink's target, that would leave the image's root. */
class PathEscapeError extends ExtensionError {
    path;
    constructor(path, reason) {
        super(`${path} ${reason}; every path of an extension image stays inside it`);
        this.path = path;
        this.name = 'PathEscapeError';
    }
}
/** A module built for another machine than the platform's. */
class ModuleArchitectureError extends ExtensionError {
    constructor(path, machine, platform, expected) {
        super(`${path} is an ELF for ${machine}, but the image is for ${platform} (${expected})`);
        this.name = 'ModuleArchitectureError';
    }
}
/** A shared library a module needs that the minimal image lacks and no package ships. */
class SystemLibraryError extends ExtensionError {
    constructor(soname, neededBy, reason) {
        super(`${neededBy} needs ${soname}: ${reason}`);
        this.name = 'SystemLibraryError';
    }
}
/** The `directory` input cannot be read as an install tree or an image layout. */
class DirectoryError extends ExtensionError {
    directory;
    constructor(directory, reason) {
        super(`directory ${directory}: ${reason}`);
        this.directory = directory;
        this.name = 'DirectoryError';
    }
}

;// CONCATENATED MODULE: ./packages/extension/src/sources.ts
/**
 * The APT side of one distribution and architecture: every Packages index apt would read
 * (the distribution's archive, and PGDG's suite when that is the package source), each with
 * the repository its `.deb` files come from, and their Contents indexes.
 */



async function loadArchSources(apt, sources, architecture, installed) {
    const jobs = sources.repositories.flatMap((r) => r.components.map(async (component) => ({
        repository: r.repository,
        component,
        index: await apt.packages(r.repository, component, architecture),
    })));
    return {
        distribution: sources.distribution,
        architecture,
        indexes: await Promise.all(jobs),
        where: describeSources(sources.repositories),
        ...(installed ? { installed } : {}),
    };
}
/** The Contents indexes of the sources that publish one (PGDG may not). */
async function loadContents(apt, arch) {
    const seen = new Set();
    const out = [];
    for (const { repository, component } of arch.indexes) {
        const key = `${repository.mirror}\0${repository.suite}\0${component}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        try {
            out.push(await apt.contents(repository, component, arch.architecture));
        }
        catch (error) {
            if (!(error instanceof IndexNotListedError))
                throw error;
        }
    }
    return out;
}
/** Every stanza of `name` across the indexes, newest first, each with its repository. */
function versionsOf(arch, name) {
    return arch.indexes
        .flatMap(({ repository, index }) => index.versions(name).map((pkg) => ({ pkg, repository })))
        .sort((a, b) => debian_version_compareDebianVersions(b.pkg.version, a.pkg.version));
}
/** apt's candidate for `name` (the newest version any index has), optionally constrained. */
function candidate(arch, name, constraint) {
    return versionsOf(arch, name).find((p) => satisfiesConstraint(p.pkg.version, constraint));
}
/** The relations of Pre-Depends and Depends, one array per group of alternatives. */
function dependencyGroups(pkg) {
    return [...parseRelations(pkg.preDepends), ...parseRelations(pkg.depends)];
}
/** Every name a package's Pre-Depends and Depends mention, alternatives included. */
function dependencyNames(pkg) {
    return new Set(dependencyGroups(pkg).flatMap((g) => g.map((r) => r.name)));
}

;// CONCATENATED MODULE: ./packages/extension/src/resolve.ts






// The flavour the matrix's resolution is asked to resolve: the extension's packages alone.
const FLAVOUR = 'extension';
/** Length of the longest common substring (names are short: the quadratic table is fine). */
function commonRun(a, b) {
    let best = 0;
    const previous = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = 0;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j] ?? 0;
            previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
            best = Math.max(best, previous[j] ?? 0);
            diagonal = above;
        }
    }
    return best;
}
/**
 * A hint for a name the index lacks: packages of that major whose name shares a run of five
 * characters with it (`vectors` → `pgvector`), or all of it when it is shorter.
 */
function similar(arch, name, major) {
    const prefix = `postgresql-${major}-`;
    const wanted = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    const found = new Set();
    for (const { index } of arch.indexes) {
        for (const n of index.names()) {
            if (!n.startsWith(prefix))
                continue;
            const rest = n.slice(prefix.length);
            if (commonRun(wanted, rest) >= Math.min(5, wanted.length, rest.length))
                found.add(n);
        }
    }
    const list = [...found].sort().slice(0, 6);
    return list.length > 0
        ? `packages for PostgreSQL ${major} with a similar name: ${list.join(', ')}`
        : `the package name template is rendered with {major} = ${major}`;
}
/** Throws when some platform lacks `name` (all lack it: unknown; some: that platform). */
function checkPresent(arches, platforms, name, major) {
    const has = arches.map((a) => candidate(a, name) !== undefined);
    if (has.every(Boolean))
        return;
    const first = arches[0];
    if (!has.some(Boolean) && first) {
        throw new UnknownPackageError(name, `${first.where} (${first.architecture})`, similar(first, name, major));
    }
    throw new PlatformMissingError(name, platforms.filter((_, i) => !has[i]), platforms.filter((_, i) => has[i]), first?.where ?? '');
}
/** The stanza of `name` at `version` (the resolved one), with the packages of its source it needs. */
function unpackSet(arch, name, version) {
    const root = versionsOf(arch, name).find((p) => p.pkg.version === version);
    if (!root) {
        throw new ExtensionError(`${name} ${version} was resolved but is not in ${arch.where} for ${arch.architecture}`);
    }
    const chosen = new Map([[name, root]]);
    const visit = (p) => {
        for (const group of dependencyGroups(p.pkg)) {
            const [first] = group;
            if (!first || chosen.has(first.name))
                continue;
            const c = candidate(arch, first.name, first.constraint);
            if (c && c.pkg.source === root.pkg.source) {
                chosen.set(first.name, c);
                visit(c);
            }
        }
    };
    visit(root);
    return [...chosen.values()];
}
function resolve_installedOn(view, architecture) {
    return view.platforms.find((p) => p.architecture === architecture)?.installed;
}
/** Resolves every (major, distribution) pair the sources carry; warns about and skips the rest. */
async function resolveImages(apt, request) {
    const { config, platforms } = request;
    const architectures = platforms.map((p) => platforms_byPlatform(p).debianArchitecture);
    const images = [];
    const skipped = [];
    for (const distribution of request.distributions) {
        // Previews (19~beta3) live in PGDG's component named after the major, as the matrix reads them.
        const view = await request.view(distribution);
        const sources = distributionSources(config, distribution, {
            view: view.repositories,
            previewMajors: request.specs.filter((s) => s.exact && isPreview(s.exact)).map((s) => s.major),
        });
        const arches = await Promise.all(architectures.map((a) => loadArchSources(apt, sources, a, resolve_installedOn(view, a))));
        for (const spec of request.specs) {
            const server = `postgresql-${spec.major}`;
            if (arches.every((a) => candidate(a, server) === undefined)) {
                skipped.push(`PostgreSQL ${spec.major} on ${distribution}`);
                request.warn?.(`${arches[0]?.where ?? distribution} has no PostgreSQL ${spec.major} (${server}); no image for ${spec.major} on ${distribution}`);
                continue;
            }
            checkPresent(arches, platforms, server, spec.major);
            const names = request.packages.map((t) => template_renderTemplate(t, { major: String(spec.major) }));
            for (const name of names)
                checkPresent(arches, platforms, name, spec.major);
            const resolved = await resolveDistribution({
                ...config,
                postgres: [spec],
                platforms,
                distributions: [distribution],
                flavours: [
                    {
                        name: FLAVOUR,
                        packages: names.map((name) => ({ name, optional: false })),
                        lineage: [FLAVOUR],
                    },
                ],
                selectedFlavours: [FLAVOUR],
            }, distribution, apt, { view, ...(request.predictions ? { predictions: request.predictions } : {}) }).catch((error) => {
                // The matrix names its own configuration fields; say it in the extension's words.
                if (error instanceof errors_ConfigError) {
                    throw new ExtensionError(error.problems.map((p) => p.message.replace(/; mark it optional.*$/, '')).join('; '));
                }
                throw error;
            });
            const [r] = resolved;
            if (!r)
                continue;
            const chosen = r.flavourPackages[FLAVOUR] ?? [];
            images.push({
                major: spec.major,
                distribution,
                postgresVersion: r.postgres.debianVersion,
                platforms: platforms.map((platform, i) => {
                    const arch = arches[i];
                    const architecture = architectures[i];
                    const seen = new Map();
                    for (const p of chosen) {
                        const version = p.byArchitecture?.[architecture] ?? p.version;
                        for (const s of unpackSet(arch, p.name, version)) {
                            if (!seen.has(s.pkg.package))
                                seen.set(s.pkg.package, s);
                        }
                    }
                    return { platform, arch, packages: [...seen.values()], roots: names };
                }),
            });
            request.log?.(`${distribution}: PostgreSQL ${spec.major} (${r.postgres.debianVersion}): ` +
                chosen.map((p) => `${p.name} ${p.version}`).join(', '));
        }
    }
    if (images.length === 0) {
        throw new ExtensionError(`no PostgreSQL major asked for is in the distributions asked for (${skipped.join(', ')})`);
    }
    return images;
}

;// CONCATENATED MODULE: ./packages/extension/src/batch.ts






/** A glob names packages: `*` stands for any run of the characters a package name has. */
const isGlob = (template) => template.includes('*');
function isBatch(options) {
    return options.batch === true || (options.packages ?? []).some(isGlob);
}
function batch_escape(text) {
    return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
/** The packages of `names` a glob template matches, as templates again (`{major}` put back). */
function matchGlob(template, major, names) {
    const rendered = template_renderTemplate(template, { major: String(major) });
    const pattern = new RegExp(`^${rendered.split('*').map(batch_escape).join('([a-z0-9+.-]*)')}$`);
    const out = [];
    for (const name of names) {
        const m = pattern.exec(name);
        if (!m)
            continue;
        const parts = template.split('*');
        out.push(parts.map((part, i) => part + (i < parts.length - 1 ? (m[i + 1] ?? '') : '')).join(''));
    }
    return out;
}
async function batchPackages(options, config, specs, apt, views) {
    const templates = options.packages ?? [];
    const globs = templates.filter(isGlob);
    const out = new Set(templates.filter((t) => !isGlob(t)));
    if (globs.length === 0)
        return [...out];
    const [platform] = config.platforms;
    if (!platform)
        throw new ExtensionOptionsError('platforms', 'a batch needs one platform at least');
    const architecture = platforms_byPlatform(platform).debianArchitecture;
    for (const distribution of config.distributions) {
        const view = await views(distribution);
        const sources = distributionSources(config, distribution, {
            view: view.repositories,
            previewMajors: [],
        });
        const arch = await loadArchSources(apt, sources, architecture, resolve_installedOn(view, architecture));
        const names = new Set(arch.indexes.flatMap(({ index }) => [...index.names()]));
        for (const spec of specs) {
            const matched = new Map();
            for (const glob of globs) {
                for (const template of matchGlob(glob, spec.major, names)) {
                    matched.set(template_renderTemplate(template, { major: String(spec.major) }), template);
                }
            }
            // What another matched package of its source depends on goes into that one's image.
            const stanzas = [...matched.keys()].map((name) => ({
                name,
                pkg: arch.indexes.map(({ index }) => index.newest(name)).find((p) => p !== undefined),
            }));
            const companions = new Set();
            for (const { pkg } of stanzas) {
                if (!pkg)
                    continue;
                for (const dep of dependencyNames(pkg)) {
                    const other = stanzas.find((s) => s.name === dep);
                    if (other?.pkg && other.pkg.source === pkg.source)
                        companions.add(dep);
                }
            }
            for (const [name, template] of matched)
                if (!companions.has(name))
                    out.add(template);
        }
    }
    return [...out].sort();
}
/** The templates of a package list: one per line, `#` comments and blank lines left out. */
function parsePackageList(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.replace(/#.*$/, '').trim())
        .filter((line) => line !== '');
}

;// CONCATENATED MODULE: ./packages/extension/src/bounded.ts
/**
 * A batch's images made a few at a time: while one waits on the network or on zlib's thread
 * pool, another reads its packages, so both cores work (a batch of a hundred images spent a
 * third of its time idle one at a time). Publishing stays one at a time (`serially`): a layout's
 * index.json is read and written whole.
 */
/**
 * `work` for each item, at most `limit` at once, results in the items' order. After a failure
 * no further item starts; the first failure is thrown once the running ones have ended.
 */
async function mapBounded(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const i = next++;
            try {
                results[i] = await work(items[i]);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** Runs each given task after the one before it has ended (whether it failed or not). */
function serially() {
    let tail = Promise.resolve();
    return (task) => {
        const run = tail.then(task, task);
        tail = run.catch(() => undefined);
        return run;
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/oci-image.ts
/**
 * The OCI documents of an extension image: per platform, one layer for the extension's own
 * files and, when there are any, one for the system libraries and their data (which change
 * less often and are shared by the extension's versions), the configuration (with
 * `rootfs.diff_ids`) and the manifest; then an index over the platforms. Layers are
 * deterministic (@pgforge/oci's buildLayer: sorted, owner 0:0, one mtime, one gzip level), and
 * nothing else takes a clock: the same inputs give the same digests.
 */

const LAYERS = ['system', 'extension'];
// zlib's default. Fixed, so the same files give the same digest; not 9, which on PostGIS's
// 200 MB of libraries takes 2.5 times as long (35 s against 14 s) for 0.2 % fewer bytes.
const GZIP_LEVEL = 6;
async function buildPlatformImage(platform, tree, options) {
    const layers = [];
    for (const layer of LAYERS) {
        const entries = tree.layerEntries(layer);
        if (entries.length > 0) {
            layers.push(await buildLayer(entries, { mtime: options.mtime, gzipLevel: GZIP_LEVEL }));
        }
    }
    return platformImageOf(platform, layers, options);
}
/** The configuration and manifest over layers already built (here, or kept by image-cache.ts). */
function platformImageOf(platform, layers, options) {
    const image = buildImage({
        platform: parsePlatform(platform),
        layers,
        // Labels too: `docker inspect` and tools that read only the configuration see them.
        config: { labels: options.annotations },
        annotations: options.annotations,
        created: options.created,
    });
    return { platform, image, layers };
}
function buildImageIndex(images, annotations) {
    return buildIndex({ manifests: images.map((i) => i.image), annotations });
}
/** Every blob the index reaches, deduplicated, for a layout or a push. */
function blobsOf(images) {
    const byDigest = new Map();
    for (const { image, layers } of images) {
        for (const l of layers) {
            byDigest.set(l.digest, {
                mediaType: l.mediaType,
                digest: l.digest,
                size: l.size,
                bytes: l.blob,
            });
        }
        byDigest.set(image.config.digest, image.config);
        byDigest.set(image.manifest.digest, image.manifest);
    }
    return [...byDigest.values()];
}

;// CONCATENATED MODULE: ./packages/extension/src/image-cache.ts
/**
 * Extension images already made, kept under the cache directory by the exact inputs they were
 * made from (image-key.ts: the `.deb` SHA-256s the signed indexes vouch for, the indexes and
 * the minimal image system libraries were resolved against, the options, the code's digest).
 * A warm run then decompresses no `.deb` and gzips no layer: the layers are read back, checked
 * against their digests, and the configuration, manifests and index are built over them as a
 * fresh build builds them, so the digests are the same.
 *
 * `extension/images/<key>.json`: what the command reports of the image (metadata, packages,
 * annotations, the layers' descriptors), sealed with this machine's key (@pgforge/apt's sealed
 * files), since it is trusted as it is; `extension/blobs/<sha256>`: each layer, content-
 * addressed. Both are pruned with the rest of the cache when unused for two weeks.
 */




// Bump when the record's shape changes: older records then fail their seal (the kind differs).
const image_cache_KIND = 'extension-image.v1';
const image_cache_DIGEST = /^sha256:([0-9a-f]{64})$/;
class ImageCache {
    #dir;
    /** `cacheDir`: the APT cache directory; records go under its `extension/`. */
    constructor(cacheDir) {
        this.#dir = (0,external_node_path_.join)(cacheDir, 'extension');
    }
    #record(key) {
        return (0,external_node_path_.join)(this.#dir, 'images', `${key}.json`);
    }
    #blob(digest) {
        const hex = image_cache_DIGEST.exec(digest)?.[1];
        return hex === undefined ? undefined : (0,external_node_path_.join)(this.#dir, 'blobs', hex);
    }
    /** The image stored under `key`, or undefined when absent, not sealed here, or damaged. */
    async get(key) {
        const stored = asStoredImage(await readSealedJson(this.#record(key), image_cache_KIND));
        if (!stored || stored.layers.length !== stored.platforms.length)
            return undefined;
        const platformImages = [];
        for (const [i, made] of stored.platforms.entries()) {
            const layers = [];
            for (const layer of stored.layers[i] ?? []) {
                const blob = await this.#readBlob(layer);
                if (!blob)
                    return undefined;
                layers.push({ ...layer, blob });
            }
            platformImages.push(platformImageOf(made.platform, layers, {
                created: stored.created,
                annotations: stored.annotations,
            }));
        }
        return {
            name: stored.name,
            ...(stored.nameFrom !== undefined ? { nameFrom: stored.nameFrom } : {}),
            sqlVersion: stored.sqlVersion,
            extensions: stored.extensions,
            env: stored.env,
            metadata: stored.metadata,
            annotations: stored.annotations,
            created: stored.created,
            platforms: stored.platforms,
            platformImages,
            index: buildImageIndex(platformImages, stored.annotations),
        };
    }
    /** A layer's bytes when the file holds exactly what its digest names. */
    async #readBlob(layer) {
        const path = this.#blob(layer.digest);
        if (!path)
            return undefined;
        const bytes = await (0,promises_.readFile)(path).catch(() => undefined);
        if (!bytes || bytes.length !== layer.size || `sha256:${sha256Hex(bytes)}` !== layer.digest) {
            return undefined;
        }
        await markUsed(path);
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    /** Stores `image` under `key`: the layers first, so a record never names a missing blob. */
    async put(key, image) {
        const layers = [];
        for (const { layers: built } of image.platformImages) {
            const descriptors = [];
            for (const { blob, ...descriptor } of built) {
                const path = this.#blob(descriptor.digest);
                if (!path)
                    return;
                await cache_writeAtomically(path, blob);
                descriptors.push(descriptor);
            }
            layers.push(descriptors);
        }
        const stored = {
            name: image.name,
            ...(image.nameFrom !== undefined ? { nameFrom: image.nameFrom } : {}),
            sqlVersion: image.sqlVersion,
            extensions: image.extensions,
            env: image.env,
            metadata: image.metadata,
            annotations: image.annotations,
            created: image.created,
            platforms: image.platforms,
            layers,
        };
        await writeSealedJson(this.#record(key), image_cache_KIND, stored);
    }
}
const image_cache_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The record's shape, checked where the code relies on it; the seal says this machine wrote
 * it, so its values are what a build gave.
 */
function asStoredImage(value) {
    if (!image_cache_isObject(value))
        return undefined;
    const { name, sqlVersion, created, platforms, layers, metadata, annotations } = value;
    if (typeof name !== 'string' || typeof sqlVersion !== 'string' || typeof created !== 'string')
        return undefined;
    if (!Array.isArray(platforms) || !Array.isArray(layers) || !image_cache_isObject(metadata))
        return undefined;
    if (!image_cache_isObject(annotations) || !Array.isArray(value.extensions) || !Array.isArray(value.env))
        return undefined;
    const layersOk = layers.every((list) => Array.isArray(list) &&
        list.every((l) => image_cache_isObject(l) &&
            typeof l.digest === 'string' &&
            typeof l.diffId === 'string' &&
            typeof l.mediaType === 'string' &&
            typeof l.size === 'number'));
    const platformsOk = platforms.every((p) => image_cache_isObject(p) && typeof p.platform === 'string');
    return layersOk && platformsOk ? value : undefined;
}

;// CONCATENATED MODULE: ./packages/extension/src/control.ts
/**
 * Extension control files and SQL scripts: what CREATE EXTENSION reads.
 *
 * A control file is a list of `name = value` settings in PostgreSQL's configuration-file
 * syntax (values single-quoted, `''` for a quote, `#` comments). SQL scripts name modules as
 * `'$libdir/vector'` or `MODULE_PATHNAME` (which stands for the control file's
 * `module_pathname`). `$libdir` is the server's own library directory; a module in an image
 * mounted under /extensions is only found through `dynamic_library_path`, which PostgreSQL
 * searches for a bare name. Hence the rewrite of `$libdir/` to nothing.
 */
const SETTING = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=?\s*(?:'((?:[^']|'')*)'|([^\s#']+))/;
/** The settings of a control file (later lines win, as in PostgreSQL). */
function parseControl(text) {
    const settings = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (/^\s*(#|$)/.test(line))
            continue;
        const m = SETTING.exec(line);
        if (!m?.[1])
            continue;
        settings.set(m[1], m[2] !== undefined ? m[2].replaceAll("''", "'") : (m[3] ?? ''));
    }
    return settings;
}
const LIBDIR_MODULE = /\$libdir\/([A-Za-z0-9_.+-]+)/g;
/** The module names a text loads as `$libdir/<name>`. */
function libdirModules(text) {
    return [...new Set([...text.matchAll(LIBDIR_MODULE)].map((m) => m[1] ?? ''))].filter(Boolean);
}
/** The text with every `$libdir/` prefix removed: `'$libdir/vector'` → `'vector'`. */
function rewriteLibdir(text) {
    return text.replaceAll('$libdir/', '');
}
/** The module a `module_pathname` names, without `$libdir/` and without `.so`. */
function moduleName(pathname) {
    return pathname.replace(/^\$libdir\//, '').replace(/\.so$/, '');
}
/** `vector--0.8.1.sql`, `vector--0.8.0--0.8.1.sql` → `vector`; other names → undefined. */
function scriptExtension(fileName) {
    const m = /^(.+?)--.+\.sql$/.exec(fileName);
    return m?.[1];
}

;// CONCATENATED MODULE: ./packages/elf/src/errors.ts
/** Bytes that are not an ELF file, or an ELF file whose headers point outside it. */
class ElfFormatError extends Error {
    source;
    constructor(
    /** Names the file in the message: its path, or its path inside a package. */
    source, reason) {
        super(`${source}: ${reason}`);
        this.source = source;
        this.name = 'ElfFormatError';
    }
}

;// CONCATENATED MODULE: ./packages/elf/src/bounded-reader.ts
/**
 * Reads integers and NUL-terminated strings from a byte array with one byte order, checking
 * every offset first: a field outside the bytes is an ElfFormatError that says which field,
 * never a RangeError from the DataView.
 */

class BoundedReader {
    bytes;
    little;
    source;
    #view;
    constructor(bytes, little, source) {
        this.bytes = bytes;
        this.little = little;
        this.source = source;
        this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    get length() {
        return this.bytes.length;
    }
    fail(reason) {
        return new ElfFormatError(this.source, reason);
    }
    /** Throws unless [offset, offset + size) lies inside the bytes. */
    need(offset, size, what) {
        if (!Number.isSafeInteger(offset) ||
            !Number.isSafeInteger(size) ||
            offset < 0 ||
            size < 0 ||
            offset + size > this.bytes.length) {
            throw this.fail(`${what} (offset ${offset}, ${size} bytes) lies outside the file (${this.bytes.length} bytes)`);
        }
    }
    u8(offset, what) {
        this.need(offset, 1, what);
        return this.#view.getUint8(offset);
    }
    u16(offset, what) {
        this.need(offset, 2, what);
        return this.#view.getUint16(offset, this.little);
    }
    u32(offset, what) {
        this.need(offset, 4, what);
        return this.#view.getUint32(offset, this.little);
    }
    i32(offset, what) {
        this.need(offset, 4, what);
        return this.#view.getInt32(offset, this.little);
    }
    /** An unsigned 64-bit field as a number; undefined when it exceeds 2^53 (no offset can). */
    u64(offset, what) {
        this.need(offset, 8, what);
        const value = this.#view.getBigUint64(offset, this.little);
        return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
    }
    /** A signed 64-bit field (dynamic tags) as a number; undefined outside ±2^53. */
    i64(offset, what) {
        this.need(offset, 8, what);
        const value = this.#view.getBigInt64(offset, this.little);
        const max = BigInt(Number.MAX_SAFE_INTEGER);
        return value <= max && value >= -max ? Number(value) : undefined;
    }
    /** The string starting at `offset`, up to its NUL, which must come before `end`. */
    cstring(offset, end, what) {
        const limit = Math.min(end, this.bytes.length);
        if (!Number.isSafeInteger(offset) || offset < 0 || offset >= limit) {
            throw this.fail(`${what} starts at offset ${offset}, outside its table (ends at ${limit})`);
        }
        const found = this.bytes.subarray(offset, limit).indexOf(0);
        const nul = found < 0 ? -1 : offset + found;
        if (nul < 0) {
            throw this.fail(`${what} at offset ${offset} has no terminating NUL before ${limit}`);
        }
        return new TextDecoder('utf-8').decode(this.bytes.subarray(offset, nul));
    }
}

;// CONCATENATED MODULE: ./packages/elf/src/machines.ts
/**
 * e_machine values (ELF gABI, binutils' include/elf/common.h) as the names Debian and
 * uname use for them. Some names depend on the class and byte order: EM_PPC64 little-endian
 * is ppc64le, EM_S390 64-bit is s390x.
 */
function machineName(machine, is64, little) {
    switch (machine) {
        case 3:
            return 'i386';
        case 4:
            return 'm68k';
        case 8:
            return `mips${is64 ? '64' : ''}${little ? 'el' : ''}`;
        case 15:
            return 'hppa';
        case 20:
            return 'ppc';
        case 21:
            return little ? 'ppc64le' : 'ppc64';
        case 22:
            return is64 ? 's390x' : 's390';
        case 40:
            return 'arm';
        case 43:
            return 'sparc64';
        case 50:
            return 'ia64';
        case 62:
            return 'x86_64';
        case 183:
            return 'aarch64';
        case 243:
            return is64 ? 'riscv64' : 'riscv32';
        case 258:
            return is64 ? 'loongarch64' : 'loongarch32';
        default:
            return `EM_${machine}`;
    }
}

;// CONCATENATED MODULE: ./packages/elf/src/elf.ts
/**
 * What the dynamic linker needs to know about an ELF file, read from its bytes: class, byte
 * order, machine, type, the program interpreter, and the dynamic section's NEEDED, SONAME,
 * RPATH and RUNPATH (ELF gABI; binutils' readelf is the reference the tests compare with).
 *
 * Written by hand: the npm ELF readers (elfy, elf-tools, elflib) read headers and sections
 * but none decodes the dynamic section, none ships types and none is maintained; what is
 * needed here is a few fixed-layout headers. Every read is bounds-checked (see
 * bounded-reader.ts), so truncated or corrupt input gives an ElfFormatError.
 */



const elf_MAGIC = [0x7f, 0x45, 0x4c, 0x46];
const ET_REL = 1;
const ET_EXEC = 2;
const ET_DYN = 3;
const ET_CORE = 4;
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const PN_XNUM = 0xffff;
const SHT_DYNAMIC = 6;
const SHT_DYNSYM = 11;
const SHN_UNDEF = 0;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
const DT_SONAME = 14;
const DT_RPATH = 15;
const DT_RUNPATH = 29;
const DT_FLAGS_1 = 0x6ffffffb;
const DF_1_PIE = 0x08000000;
/** True when `bytes` start with the ELF magic `\x7fELF`. */
function isElf(bytes) {
    return bytes.length >= 4 && elf_MAGIC.every((b, i) => bytes[i] === b);
}
function word(r, layout, offset, what) {
    if (layout.word === 4)
        return r.u32(offset, what);
    const value = r.u64(offset, what);
    if (value === undefined)
        throw r.fail(`${what} is larger than any file`);
    return value;
}
/** Reads the ELF file in `bytes`. Throws ElfFormatError for anything that is not one. */
function readElf(bytes, options = {}) {
    const source = options.source ?? 'the ELF file';
    if (!isElf(bytes)) {
        throw new ElfFormatError(source, 'is not an ELF file (it does not start with "\\x7fELF")');
    }
    if (bytes.length < 16) {
        throw new ElfFormatError(source, `is truncated: ${bytes.length} bytes, shorter than e_ident`);
    }
    const elfClass = bytes[4];
    const data = bytes[5];
    if (elfClass !== 1 && elfClass !== 2) {
        throw new ElfFormatError(source, `has EI_CLASS ${elfClass}, expected 1 (32-bit) or 2 (64-bit)`);
    }
    if (data !== 1 && data !== 2) {
        throw new ElfFormatError(source, `has EI_DATA ${data}, expected 1 (little) or 2 (big endian)`);
    }
    const is64 = elfClass === 2;
    const little = data === 1;
    const r = new BoundedReader(bytes, little, source);
    const layout = is64
        ? { is64, word: 8, phentsize: 56, shentsize: 64, dynentsize: 16 }
        : { is64, word: 4, phentsize: 32, shentsize: 40, dynentsize: 8 };
    r.need(0, is64 ? 64 : 52, 'the ELF header');
    const eType = r.u16(16, 'e_type');
    const machine = machineName(r.u16(18, 'e_machine'), is64, little);
    const w = layout.word;
    const phoff = word(r, layout, 24 + w, 'e_phoff');
    const shoff = word(r, layout, 24 + 2 * w, 'e_shoff');
    const tail = 24 + 3 * w + 4; // after e_flags
    const phentsize = r.u16(tail + 2, 'e_phentsize');
    let phnum = r.u16(tail + 4, 'e_phnum');
    const shentsize = r.u16(tail + 6, 'e_shentsize');
    let shnum = r.u16(tail + 8, 'e_shnum');
    // Extended numbering: counts too big for the header live in section 0.
    if (shoff !== 0 && (shnum === 0 || phnum === PN_XNUM)) {
        checkEntrySize(r, shentsize, layout.shentsize, 'e_shentsize');
        const zero = readSection(r, layout, shoff, 'section 0');
        if (shnum === 0)
            shnum = zero.size;
        if (phnum === PN_XNUM)
            phnum = r.u32(shoff + (is64 ? 44 : 28), 'section 0 sh_info');
    }
    const segments = phoff === 0 || phnum === 0 ? [] : readSegments(r, layout, phoff, phnum, phentsize);
    const sections = shoff === 0 || shnum === 0 ? [] : readSections(r, layout, shoff, shnum, shentsize);
    const info = {
        class: is64 ? 64 : 32,
        endianness: little ? 'little' : 'big',
        machine,
        type: 'other',
        needed: [],
    };
    const interp = segments.find((s) => s.type === PT_INTERP);
    if (interp) {
        r.need(interp.offset, interp.filesz, 'PT_INTERP');
        info.interpreter = r.cstring(interp.offset, interp.offset + interp.filesz, 'PT_INTERP');
    }
    let flags1 = 0;
    const dynamic = dynamicTable(r, segments, sections);
    if (dynamic) {
        const entries = readDynamic(r, layout, dynamic.table);
        const strtab = dynamic.strtab ?? stringTableFromTags(r, entries, segments);
        const str = (value, what) => {
            if (!strtab)
                throw r.fail(`${what} names a string, but the file has no dynamic string table`);
            return r.cstring(strtab.start + value, strtab.end, what);
        };
        const split = (text) => text.split(':');
        for (const { tag, value } of entries) {
            if (tag === DT_NEEDED)
                info.needed.push(str(value, 'DT_NEEDED'));
            else if (tag === DT_SONAME)
                info.soname = str(value, 'DT_SONAME');
            else if (tag === DT_RUNPATH)
                info.runpath = split(str(value, 'DT_RUNPATH'));
            else if (tag === DT_RPATH)
                info.rpath = split(str(value, 'DT_RPATH'));
            else if (tag === DT_FLAGS_1)
                flags1 = value;
        }
    }
    if (options.imports)
        info.imports = importedSymbols(r, layout, sections);
    if (eType === ET_EXEC)
        info.type = 'executable';
    else if (eType === ET_DYN)
        info.type = flags1 & DF_1_PIE ? 'executable' : 'shared';
    else if (eType === ET_REL)
        info.type = 'relocatable';
    else if (eType === ET_CORE)
        info.type = 'core';
    return info;
}
/** The names of .dynsym's undefined symbols (the first, null, entry left out). */
function importedSymbols(r, layout, sections) {
    const dynsym = sections.find((s) => s.type === SHT_DYNSYM);
    if (!dynsym)
        return [];
    const strings = sections[dynsym.link];
    if (!strings)
        throw r.fail(`.dynsym links to section ${dynsym.link}, which does not exist`);
    r.need(dynsym.offset, dynsym.size, 'the .dynsym section');
    r.need(strings.offset, strings.size, 'the .dynsym string table');
    // Elf64_Sym: st_name u32, st_info, st_other, st_shndx u16, value, size (24 bytes);
    // Elf32_Sym: st_name, st_value, st_size (u32 each), st_info, st_other, st_shndx u16 (16).
    const size = layout.is64 ? 24 : 16;
    const shndxAt = layout.is64 ? 6 : 14;
    const names = new Set();
    for (let at = dynsym.offset + size; at + size <= dynsym.offset + dynsym.size; at += size) {
        if (r.u16(at + shndxAt, 'st_shndx') !== SHN_UNDEF)
            continue;
        const name = r.cstring(strings.offset + r.u32(at, 'st_name'), strings.offset + strings.size, 'st_name');
        if (name !== '')
            names.add(name);
    }
    return [...names].sort();
}
function checkEntrySize(r, actual, expected, what) {
    // Larger entries are allowed (the gABI lets later versions grow them); smaller are not.
    if (actual < expected)
        throw r.fail(`${what} is ${actual}, expected at least ${expected}`);
}
function readSegments(r, layout, phoff, phnum, phentsize) {
    checkEntrySize(r, phentsize, layout.phentsize, 'e_phentsize');
    r.need(phoff, phnum * phentsize, `the program header table (${phnum} entries)`);
    const segments = [];
    for (let i = 0; i < phnum; i++) {
        const at = phoff + i * phentsize;
        const what = `program header ${i}`;
        const type = r.u32(at, `${what} p_type`);
        const w = layout.word;
        // 64-bit moves p_flags to just after p_type, so the address fields start 4 bytes later.
        const base = layout.is64 ? at + 8 : at + 4;
        segments.push({
            type,
            offset: word(r, layout, base, `${what} p_offset`),
            vaddr: word(r, layout, base + w, `${what} p_vaddr`),
            filesz: word(r, layout, base + 3 * w, `${what} p_filesz`),
        });
    }
    return segments;
}
function readSection(r, layout, at, what) {
    const w = layout.word;
    // sh_name, sh_type (4 bytes each), then sh_flags, sh_addr, sh_offset, sh_size (words),
    // sh_link, sh_info (4 bytes each), sh_addralign, sh_entsize (words, not needed here).
    const offsetAt = at + 8 + 2 * w;
    return {
        type: r.u32(at + 4, `${what} sh_type`),
        offset: word(r, layout, offsetAt, `${what} sh_offset`),
        size: word(r, layout, offsetAt + w, `${what} sh_size`),
        link: r.u32(offsetAt + 2 * w, `${what} sh_link`),
    };
}
function readSections(r, layout, shoff, shnum, shentsize) {
    checkEntrySize(r, shentsize, layout.shentsize, 'e_shentsize');
    r.need(shoff, shnum * shentsize, `the section header table (${shnum} entries)`);
    const sections = [];
    for (let i = 0; i < shnum; i++) {
        sections.push(readSection(r, layout, shoff + i * shentsize, `section ${i}`));
    }
    return sections;
}
/**
 * Where the dynamic entries are and, when the section headers say, their string table.
 * With section headers, the SHT_DYNAMIC section is the truth: a file that has sections but
 * none of that type (a static binary, or separate debug info whose .dynamic is NOBITS) has no
 * dynamic entries to read. Without section headers (sstrip), PT_DYNAMIC is used.
 */
function dynamicTable(r, segments, sections) {
    if (sections.length > 0) {
        const dyn = sections.find((s) => s.type === SHT_DYNAMIC);
        if (!dyn)
            return undefined;
        r.need(dyn.offset, dyn.size, 'the .dynamic section');
        const linked = sections[dyn.link];
        if (!linked) {
            throw r.fail(`the .dynamic section links to section ${dyn.link}, which does not exist`);
        }
        r.need(linked.offset, linked.size, 'the dynamic string table');
        return {
            table: { start: dyn.offset, end: dyn.offset + dyn.size },
            strtab: { start: linked.offset, end: linked.offset + linked.size },
        };
    }
    const seg = segments.find((s) => s.type === PT_DYNAMIC);
    if (!seg)
        return undefined;
    r.need(seg.offset, seg.filesz, 'PT_DYNAMIC');
    return { table: { start: seg.offset, end: seg.offset + seg.filesz } };
}
function readDynamic(r, layout, table) {
    const entries = [];
    const size = layout.dynentsize;
    for (let at = table.start; at + size <= table.end; at += size) {
        const what = `dynamic entry at offset ${at}`;
        const tag = layout.is64 ? r.i64(at, `${what} d_tag`) : r.i32(at, `${what} d_tag`);
        if (tag === DT_NULL)
            break;
        // Tags and values beyond 2^53 are never the string offsets and flags read here.
        if (tag === undefined)
            continue;
        const value = layout.is64 ? r.u64(at + 8, `${what} d_val`) : r.u32(at + 4, `${what} d_val`);
        if (value === undefined)
            continue;
        entries.push({ tag, value });
    }
    return entries;
}
/** DT_STRTAB is an address: the PT_LOAD segment holding it says where it is in the file. */
function stringTableFromTags(r, entries, segments) {
    const address = entries.find((e) => e.tag === DT_STRTAB)?.value;
    if (address === undefined)
        return undefined;
    const load = segments.find((s) => s.type === PT_LOAD && s.vaddr <= address && address < s.vaddr + s.filesz);
    if (!load) {
        throw r.fail(`DT_STRTAB address 0x${address.toString(16)} is in no PT_LOAD segment`);
    }
    const start = load.offset + (address - load.vaddr);
    const declared = entries.find((e) => e.tag === DT_STRSZ)?.value;
    const end = Math.min(load.offset + load.filesz, declared === undefined ? Infinity : start + declared);
    r.need(start, end - start, 'the dynamic string table');
    return { start, end };
}

;// CONCATENATED MODULE: ./packages/elf/src/index.ts




;// CONCATENATED MODULE: ./packages/sbom/src/errors.ts
/**
 * Errors a person can act on: each names the image or file, the value, and what was expected. A
 * bad option is a person's mistake, `UserError.notAllowed(option, value, expected)`.
 */
// The layer reader's errors are oci's (one reader of layers); the SBOM reports them as they are.

class SbomError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'SbomError';
    }
}
/** An image with neither a dpkg database nor the layout of an extension image. */
class NoPackagesFoundError extends SbomError {
    image;
    constructor(image) {
        super(`${image} has no dpkg database (var/lib/dpkg/status or var/lib/dpkg/status.d/) and is not ` +
            'an extension image (share/extension/*.control); an SBOM lists Debian packages or ' +
            'extension files, and this image has neither');
        this.image = image;
        this.name = 'NoPackagesFoundError';
    }
}
/** Attaching an SBOM to its image failed (push of the artifact or of the referrers tag). */
class AttachError extends SbomError {
    image;
    constructor(image, reason, options) {
        super(`could not attach the SBOM to ${image}: ${reason}`, options);
        this.image = image;
        this.name = 'AttachError';
    }
}

;// CONCATENATED MODULE: ./packages/sbom/src/dpkg-status.ts
/**
 * The dpkg database: `var/lib/dpkg/status` (one paragraph per package, deb822) and the
 * distroless `var/lib/dpkg/status.d/<name>` files (one or more paragraphs each, no Status).
 */

// dpkg's package states with the files unpacked and configured; triggers-* only wait for a
// trigger to run. config-files, half-installed, unpacked and half-configured packages are not
// (or not wholly) there.
const dpkg_status_INSTALLED_STATES = new Set(['installed', 'triggers-awaited', 'triggers-pending']);
/** True when the Status field (`want flag state`) says the package is installed; no field: yes. */
function isInstalled(status) {
    if (status === undefined)
        return true;
    const state = status.trim().split(/\s+/)[2];
    return state !== undefined && dpkg_status_INSTALLED_STATES.has(state);
}
/** `glibc (2.41-12)` → name and version; `glibc` → name only. */
function parseSourceField(value) {
    const m = /^\s*(\S+)(?:\s*\(\s*([^)\s]+)\s*\))?\s*$/.exec(value);
    if (!m?.[1])
        return { name: value.trim() };
    return m[2] ? { name: m[1], version: m[2] } : { name: m[1] };
}
function firstLine(value) {
    const line = value?.split('\n')[0]?.trim();
    return line ? line : undefined;
}
function dpkg_status_toPackage(paragraph) {
    const name = paragraph.get('Package');
    const version = paragraph.get('Version');
    if (!name || !version || !isInstalled(paragraph.get('Status')))
        return undefined;
    const source = parseSourceField(paragraph.get('Source') ?? name);
    const depends = [
        ...parseDependsNames(paragraph.get('Pre-Depends') ?? ''),
        ...parseDependsNames(paragraph.get('Depends') ?? ''),
    ];
    const pkg = {
        name,
        version,
        architecture: paragraph.get('Architecture') ?? 'all',
        source: source.name,
        sourceVersion: source.version ?? version,
        depends,
        provides: parseDependsNames(paragraph.get('Provides') ?? '').flat(),
    };
    const maintainer = firstLine(paragraph.get('Maintainer'));
    if (maintainer)
        pkg.maintainer = maintainer;
    const homepage = firstLine(paragraph.get('Homepage'));
    if (homepage)
        pkg.homepage = homepage;
    const summary = firstLine(paragraph.get('Description'));
    if (summary)
        pkg.summary = summary;
    const size = Number(paragraph.get('Installed-Size'));
    if (Number.isInteger(size) && size >= 0 && paragraph.has('Installed-Size')) {
        pkg.installedSize = size;
    }
    return pkg;
}
/** `name:architecture`, the key dpkg itself uses for a package instance. */
function packageKey(pkg) {
    return `${pkg.name}:${pkg.architecture}`;
}
function byKey(a, b) {
    return a.name < b.name
        ? -1
        : a.name > b.name
            ? 1
            : a.architecture < b.architecture
                ? -1
                : a.architecture > b.architecture
                    ? 1
                    : 0;
}
/**
 * The installed packages of a status file and of status.d files, sorted by name and
 * architecture; a package in both is taken from `status`. `source` names the text in errors.
 */
function parseDpkgDatabase(input) {
    const found = new Map();
    const add = (text, source) => {
        for (const paragraph of parseDeb822(text, source)) {
            const pkg = dpkg_status_toPackage(paragraph);
            if (pkg && !found.has(packageKey(pkg)))
                found.set(packageKey(pkg), pkg);
        }
    };
    if (input.status !== undefined)
        add(input.status, 'var/lib/dpkg/status');
    for (const file of [...(input.statusD ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1))) {
        // distroless writes `<name>.md5sums` beside each package's paragraph.
        if (file.name.endsWith('.md5sums'))
            continue;
        add(file.text, `var/lib/dpkg/status.d/${file.name}`);
    }
    return [...found.values()].sort(byKey);
}

;// CONCATENATED MODULE: ./packages/sbom/src/license-ids.ts
/**
 * Debian short license names (DEP-5 "License specification") to SPDX identifiers. Deliberately
 * short: a name whose meaning is not certain (Artistic, Perl, BSD, GPL without a version) is not
 * mapped, and becomes a LicenseRef instead of a guess.
 */
// SPDX identifiers used as they are (compared case-insensitively).
const SPDX_IDS = [
    '0BSD',
    'AGPL-3.0-only',
    'AGPL-3.0-or-later',
    'Apache-1.0',
    'Apache-1.1',
    'Apache-2.0',
    'Artistic-1.0',
    'Artistic-1.0-Perl',
    'Artistic-2.0',
    'BSD-1-Clause',
    'BSD-2-Clause',
    'BSD-3-Clause',
    'BSD-4-Clause',
    'BSL-1.0',
    'bzip2-1.0.6',
    'CC-BY-3.0',
    'CC-BY-4.0',
    'CC-BY-SA-3.0',
    'CC-BY-SA-4.0',
    'CC0-1.0',
    'curl',
    'FTL',
    'GPL-1.0-only',
    'GPL-1.0-or-later',
    'GPL-2.0-only',
    'GPL-2.0-or-later',
    'GPL-3.0-only',
    'GPL-3.0-or-later',
    'ISC',
    'LGPL-2.0-only',
    'LGPL-2.0-or-later',
    'LGPL-2.1-only',
    'LGPL-2.1-or-later',
    'LGPL-3.0-only',
    'LGPL-3.0-or-later',
    'libpng-2.0',
    'MIT',
    'MIT-0',
    'MPL-1.1',
    'MPL-2.0',
    'OpenSSL',
    'PostgreSQL',
    'PSF-2.0',
    'Python-2.0',
    'Unicode-DFS-2016',
    'Unicode-3.0',
    'Unlicense',
    'X11',
    'Zlib',
];
const BY_LOWER = new Map(SPDX_IDS.map((id) => [id.toLowerCase(), id]));
// The GNU families, as Debian spells them: GPL-2, GPL-2+, GPL-2.0+, LGPL-2.1, GFDL-1.3+...
const GNU = /^(A?GPL|LGPL|GFDL)-(\d(?:\.\d)?)(\+)?$/i;
const GNU_VERSIONS = {
    GPL: ['1.0', '2.0', '3.0'],
    AGPL: ['3.0'],
    LGPL: ['2.0', '2.1', '3.0'],
    GFDL: ['1.1', '1.2', '1.3'],
};
// Debian names with one certain SPDX meaning.
const license_ids_ALIASES = {
    expat: 'MIT',
    'bsd-2-clause': 'BSD-2-Clause',
    'bsd-3-clause': 'BSD-3-Clause',
    'bsd-4-clause': 'BSD-4-Clause',
    cc0: 'CC0-1.0',
    'mpl-2': 'MPL-2.0',
    'apache-2': 'Apache-2.0',
    zlib: 'Zlib',
    'psf-2': 'PSF-2.0',
    'bsl-1': 'BSL-1.0',
};
/** SPDX license exceptions, for `<license> with <exception> exception`. */
const EXCEPTIONS = {
    'gcc-exception-3.1': 'GCC-exception-3.1',
    'autoconf-exception-3.0': 'Autoconf-exception-3.0',
    'bison-exception-2.2': 'Bison-exception-2.2',
    'classpath-exception-2.0': 'Classpath-exception-2.0',
    'font-exception-2.0': 'Font-exception-2.0',
};
/** The SPDX identifier for a Debian short name, or undefined when there is no certain one. */
function spdxLicenseId(debianName) {
    const name = debianName.trim();
    const lower = name.toLowerCase();
    const direct = BY_LOWER.get(lower) ?? license_ids_ALIASES[lower];
    if (direct)
        return direct;
    const gnu = GNU.exec(name);
    if (gnu?.[1] && gnu[2]) {
        const family = gnu[1].toUpperCase();
        const version = gnu[2].includes('.') ? gnu[2] : `${gnu[2]}.0`;
        if (!GNU_VERSIONS[family]?.includes(version))
            return undefined;
        return `${family}-${version}-${gnu[3] ? 'or-later' : 'only'}`;
    }
    return undefined;
}
/** The SPDX identifier of an exception named in `with <name> exception`, if known. */
function spdxExceptionId(name) {
    return EXCEPTIONS[name.trim().toLowerCase()];
}
/** `LicenseRef-<name>` with every character SPDX does not allow in an idstring replaced. */
function licenseRef(name) {
    const id = name
        .trim()
        .replace(/\+/g, 'plus')
        .replace(/[^A-Za-z0-9.-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return `LicenseRef-${id || 'unknown'}`;
}

;// CONCATENATED MODULE: ./packages/sbom/src/copyright.ts
/**
 * Licences from Debian machine-readable copyright files (DEP-5, copyright-format 1.0): the
 * `License:` short names of the Files paragraphs, as one SPDX license expression. A file that
 * is not machine-readable, or does not parse, gives NOASSERTION: nothing is guessed from prose.
 */


const NOASSERTION = 'NOASSERTION';
const UNKNOWN = { expression: NOASSERTION, references: [] };
function write(expr, parent) {
    if ('leaf' in expr)
        return expr.leaf;
    const text = expr.args.map((a) => write(a, expr.op)).join(` ${expr.op} `);
    return parent === 'AND' && expr.op === 'OR' ? `(${text})` : text;
}
function copyright_join(op, args) {
    const flat = [];
    for (const a of args) {
        if ('op' in a && a.op === op)
            flat.push(...a.args);
        else
            flat.push(a);
    }
    const seen = new Set();
    const unique = flat.filter((a) => {
        const key = write(a);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    const [only] = unique;
    return unique.length === 1 && only ? only : { op, args: unique };
}
/** One license term: `GPL-2+`, or `GPL-2+ with OpenSSL exception`. */
function term(words, names) {
    const text = words.join(' ');
    const m = /^(\S+)\s+with\s+(.+?)\s+exception$/i.exec(text);
    if (m?.[1] && m[2]) {
        const id = spdxLicenseId(m[1]);
        const exception = spdxExceptionId(m[2]) ?? spdxExceptionId(`${m[2]}-exception`);
        if (id && exception)
            return { leaf: `${id} WITH ${exception}` };
    }
    else if (words.length === 1) {
        const id = spdxLicenseId(text);
        if (id)
            return { leaf: id };
    }
    const ref = licenseRef(text);
    names.refs.set(text, ref);
    return { leaf: ref };
}
/** `A or B and C`: SPDX precedence (AND binds tighter), as DEP-5 leaves it to the reader. */
function segment(text, names) {
    const words = text.split(/\s+/).filter(Boolean);
    const ors = [];
    let ands = [];
    let current = [];
    const flushTerm = () => {
        if (current.length > 0)
            ands.push(term(current, names));
        current = [];
    };
    for (const word of words) {
        const lower = word.toLowerCase();
        if (lower === 'or') {
            flushTerm();
            if (ands.length > 0)
                ors.push(copyright_join('AND', ands));
            ands = [];
        }
        else if (lower === 'and') {
            flushTerm();
        }
        else {
            current.push(word);
        }
    }
    flushTerm();
    if (ands.length > 0)
        ors.push(copyright_join('AND', ands));
    if (ors.length === 0)
        return undefined;
    return copyright_join('OR', ors);
}
/**
 * A DEP-5 license line as an SPDX expression: `GPL-2+ or Artistic-2.0, and BSD-3-clause` is
 * `(GPL-2.0-or-later OR Artistic-2.0) AND BSD-3-Clause` (a comma has the lowest precedence).
 */
function licenseLine(line, names) {
    let result;
    for (const part of line.split(',')) {
        let text = part.trim();
        let op = 'AND';
        const lead = /^(and|or)\s+/i.exec(text);
        if (lead?.[1]) {
            op = lead[1].toLowerCase() === 'or' ? 'OR' : 'AND';
            text = text.slice(lead[0].length);
        }
        const expr = segment(text, names);
        if (!expr)
            continue;
        result = result ? copyright_join(op, [result, expr]) : expr;
    }
    return result;
}
/** True when the header paragraph says the file follows copyright-format 1.0 (DEP-5). */
function isMachineReadable(header) {
    const format = header?.get('Format') ?? header?.get('Format-Specification');
    return format !== undefined && /copyright-format\/1\.0|dep-?5/i.test(format);
}
/** The text of a stand-alone License paragraph: continuation lines, with ` .` as blank lines. */
function licenseText(value) {
    const lines = value.split('\n').slice(1);
    const text = lines
        .map((l) => (l === '.' ? '' : l))
        .join('\n')
        .trim();
    return text === '' ? undefined : text;
}
/** The licence of one package from its copyright file's text. */
function parseCopyright(text) {
    let paragraphs;
    try {
        paragraphs = parseDeb822(text);
    }
    catch {
        return UNKNOWN;
    }
    const [header, ...rest] = paragraphs;
    if (!isMachineReadable(header))
        return UNKNOWN;
    const names = { refs: new Map() };
    const texts = new Map();
    const exprs = [];
    for (const p of rest) {
        const license = p.get('License');
        if (license === undefined)
            continue;
        const name = license.split('\n')[0]?.trim() ?? '';
        if (!p.has('Files')) {
            const body = licenseText(license);
            if (name && body)
                texts.set(name, body);
            continue;
        }
        const expr = name ? licenseLine(name, names) : undefined;
        if (expr)
            exprs.push(expr);
    }
    if (exprs.length === 0) {
        // No Files paragraph names a licence: the header's summary is all there is.
        const summary = header?.get('License')?.split('\n')[0]?.trim();
        const expr = summary ? licenseLine(summary, names) : undefined;
        if (expr)
            exprs.push(expr);
    }
    if (exprs.length === 0)
        return UNKNOWN;
    // The same licences in any order are the same expression: sort the conjuncts.
    const combined = copyright_join('AND', exprs);
    const parts = 'op' in combined && combined.op === 'AND' ? combined.args : [combined];
    const expression = parts
        .map((p) => write(p, parts.length > 1 ? 'AND' : undefined))
        .sort()
        .join(' AND ');
    const references = [...names.refs.entries()]
        .map(([name, id]) => {
        const body = texts.get(name);
        return body === undefined ? { id, name } : { id, name, text: body };
    })
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { expression, references: dedupeById(references) };
}
function dedupeById(refs) {
    const seen = new Set();
    return refs.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

;// CONCATENATED MODULE: ./packages/sbom/src/os-release.ts
/** `etc/os-release` (os-release(5)): the distribution an image's packages come from. */
/** KEY=value lines; values may be quoted with " or ' and use shell backslash escapes. */
function parseOsRelease(text) {
    const values = new Map();
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        let value = line.slice(eq + 1).trim();
        const quote = value[0];
        if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
            value = value.slice(1, -1);
            if (quote === '"')
                value = value.replace(/\\(["\\$`])/g, '$1');
        }
        values.set(line.slice(0, eq), value);
    }
    const result = { id: (values.get('ID') ?? 'linux').toLowerCase() };
    const versionId = values.get('VERSION_ID');
    if (versionId)
        result.versionId = versionId;
    const codename = values.get('VERSION_CODENAME');
    if (codename)
        result.codename = codename;
    const prettyName = values.get('PRETTY_NAME');
    if (prettyName)
        result.prettyName = prettyName;
    return result;
}
/**
 * The purl `distro` qualifier: `debian-13` for a release (`<ID>-<VERSION_ID>`, as the issue and
 * common scanners write it). Without VERSION_ID (testing, sid) purl-spec's "distribution name,
 * codename, or suite" applies: `debian-sid` when PRETTY_NAME ends in `/sid`, else the codename.
 */
function distroQualifier(os) {
    if (os.versionId)
        return `${os.id}-${os.versionId}`;
    if (os.prettyName && /\/sid$/.test(os.prettyName))
        return `${os.id}-sid`;
    if (os.codename)
        return `${os.id}-${os.codename}`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/sbom/src/purl.ts
/**
 * Package URLs (purl-spec): canonical form, qualifiers sorted by key, every character outside
 * `A-Z a-z 0-9 . - _ ~` percent-encoded except the colon, which purl never encodes.
 */
/** Percent-encodes one purl component (UTF-8, upper-case hex). */
function encodePurlComponent(value) {
    let out = '';
    for (const byte of Buffer.from(value, 'utf8')) {
        const c = String.fromCharCode(byte);
        out += /[A-Za-z0-9.\-_~:]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
function formatPurl(parts) {
    let purl = `pkg:${parts.type}/`;
    if (parts.namespace) {
        purl += `${parts.namespace.split('/').map(encodePurlComponent).join('/')}/`;
    }
    purl += encodePurlComponent(parts.name);
    if (parts.version !== undefined)
        purl += `@${encodePurlComponent(parts.version)}`;
    const qualifiers = Object.entries(parts.qualifiers ?? {})
        .filter((e) => e[1] !== undefined && e[1] !== '')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (qualifiers.length > 0) {
        purl += `?${qualifiers.map(([k, v]) => `${k.toLowerCase()}=${encodePurlComponent(v)}`).join('&')}`;
    }
    return purl;
}
/** `pkg:deb/debian/<name>@<version>?arch=<arch>&distro=<distro>`; names are lower-cased. */
function debPurl(pkg) {
    return formatPurl({
        type: 'deb',
        namespace: pkg.vendor.toLowerCase(),
        name: pkg.name.toLowerCase(),
        version: pkg.version,
        qualifiers: { arch: pkg.architecture, distro: pkg.distro },
    });
}
/**
 * `pkg:oci/<name>@<digest>?arch=…&repository_url=<registry>/<repository>&tag=…`: the name is the
 * last component of the repository, as purl-spec's oci type says.
 */
function ociPurl(image) {
    const name = image.repository.split('/').pop() ?? image.repository;
    return formatPurl({
        type: 'oci',
        name: name.toLowerCase(),
        version: image.digest,
        qualifiers: {
            arch: image.architecture,
            repository_url: `${image.registry}/${image.repository}`,
            tag: image.tag,
        },
    });
}

;// CONCATENATED MODULE: ./packages/sbom/src/analyze.ts
/**
 * From the files kept out of an image to the SBOM's content: the dpkg database with licences and
 * dependencies for a Debian-based image; extensions, packages and libraries for an extension
 * image (scratch, with `share/extension/*.control`).
 */








const analyze_STATUS = 'var/lib/dpkg/status';
const STATUS_D = 'var/lib/dpkg/status.d/';
const DOC = 'usr/share/doc/';
const analyze_OS_RELEASE = ['etc/os-release', 'usr/lib/os-release'];
const oneLevelUnder = (path, dir) => path.startsWith(dir) && path.length > dir.length && !path.slice(dir.length).includes('/');
/** `usr/share/doc/<pkg>/copyright` */
const isDocCopyright = (path) => path.startsWith(DOC) && /^[^/]+\/copyright$/.test(path.slice(DOC.length));
// The extension image layout (docs/contracts.md, "Extension image"): lib, share/extension,
// licenses, system, bin.
const isControl = (path) => /^share\/extension\/[^/]+\.control$/.test(path);
const isLicense = (path) => /^licenses\/[^/]+\/copyright$/.test(path);
const isHashed = (path) => /^(lib|system)\//.test(path);
const isExtensionTree = (path) => /^(lib|system|bin|licenses|share)(\/|$)/.test(path);
/** The paths an SBOM reads, and how much of each. */
const SBOM_SELECTION = {
    content: (path) => path === analyze_STATUS ||
        oneLevelUnder(path, STATUS_D) ||
        isDocCopyright(path) ||
        analyze_OS_RELEASE.includes(path) ||
        isControl(path) ||
        isLicense(path),
    // Doc directories may be symlinks to another package's (`libfoo -> libfoo-common`).
    list: (path) => oneLevelUnder(path, DOC) || isExtensionTree(path),
    hash: isHashed,
};
const analyze_decoder = new TextDecoder();
const analyze_text = (file) => file?.content ? analyze_decoder.decode(file.content) : undefined;
function readDistro(files) {
    for (const path of analyze_OS_RELEASE) {
        const content = analyze_text(resolveFile(files, path));
        if (content === undefined)
            continue;
        const os = parseOsRelease(content);
        const qualifier = distroQualifier(os);
        const distro = { id: os.id };
        const version = os.versionId ?? qualifier?.slice(os.id.length + 1);
        if (version)
            distro.version = version;
        if (os.prettyName)
            distro.prettyName = os.prettyName;
        if (qualifier)
            distro.qualifier = qualifier;
        return distro;
    }
    return undefined;
}
const UNKNOWN_LICENSE = { expression: NOASSERTION, references: [] };
/**
 * The installed package each Depends group is satisfied by: the first alternative installed
 * under that name (same architecture, then `all`, then any), else one that Provides it.
 */
function dependencyTargets(packages) {
    const byName = new Map();
    const providers = new Map();
    for (const p of packages) {
        byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
        for (const v of p.provides)
            providers.set(v, [...(providers.get(v) ?? []), p]);
    }
    const pick = (candidates, arch) => candidates?.find((c) => c.architecture === arch) ??
        candidates?.find((c) => c.architecture === 'all') ??
        candidates?.[0];
    const result = new Map();
    for (const p of packages) {
        const targets = new Set();
        for (const group of p.depends) {
            let found;
            for (const name of group) {
                found = pick(byName.get(name), p.architecture) ?? pick(providers.get(name), p.architecture);
                if (found)
                    break;
            }
            if (found && packageKey(found) !== packageKey(p))
                targets.add(packageKey(found));
        }
        result.set(packageKey(p), [...targets]);
    }
    return result;
}
function debianContent(files) {
    const statusD = [...files.values()]
        .filter((f) => oneLevelUnder(f.path, STATUS_D) && f.content)
        .map((f) => ({ name: f.path.slice(STATUS_D.length), text: analyze_text(f) ?? '' }));
    const packages = parseDpkgDatabase({ status: analyze_text(files.get(analyze_STATUS)), statusD });
    const distro = readDistro(files);
    const vendor = distro?.id ?? 'debian';
    const purls = new Map(packages.map((p) => [
        packageKey(p),
        debPurl({
            vendor,
            name: p.name,
            version: p.version,
            architecture: p.architecture,
            distro: distro?.qualifier,
        }),
    ]));
    const targets = dependencyTargets(packages);
    const licenses = new Map();
    const licenseOf = (name) => {
        const cached = licenses.get(name);
        if (cached)
            return cached;
        const path = `${DOC}${name}/copyright`;
        const file = resolveFile(files, path);
        const content = analyze_text(file);
        const found = content === undefined
            ? { license: UNKNOWN_LICENSE }
            : { license: parseCopyright(content), file: file?.path ?? path };
        licenses.set(name, found);
        return found;
    };
    const purlOf = (key) => purls.get(key) ?? '';
    const result = packages.map((p) => {
        const { license, file } = licenseOf(p.name);
        const pkg = {
            ...p,
            purl: purlOf(packageKey(p)),
            license,
            dependsOn: (targets.get(packageKey(p)) ?? []).map(purlOf).sort(),
        };
        if (file)
            pkg.copyrightFile = file;
        return pkg;
    });
    const content = { kind: 'debian', packages: result, extensions: [], files: [] };
    if (distro)
        content.distro = distro;
    return content;
}
/** `default_version = '0.8.0'` and `comment = '…'` of a control file. */
function parseControlFile(textValue) {
    const result = {};
    for (const line of textValue.split('\n')) {
        const m = /^\s*(default_version|comment)\s*=\s*'((?:[^']|'')*)'/.exec(line);
        if (!m?.[1] || m[2] === undefined)
            continue;
        const value = m[2].replace(/''/g, "'");
        if (m[1] === 'default_version')
            result.version = value;
        else
            result.comment = value;
    }
    return result;
}
function extensionContent(files, options) {
    const extensions = [...files.values()]
        .filter((f) => isControl(f.path))
        .map((f) => {
        const control = parseControlFile(analyze_text(f) ?? '');
        const ext = {
            name: external_node_path_.posix.basename(f.path, '.control'),
            controlFile: f.path,
        };
        if (control.version)
            ext.version = control.version;
        if (control.comment)
            ext.comment = control.comment;
        return ext;
    })
        .sort((a, b) => (a.name < b.name ? -1 : 1));
    // A platform outside the table keeps its OCI name as the packages' architecture: an SBOM of
    // an image this project did not build still gets written, and Debian's and the OCI name agree
    // for most architectures the table lacks (mips, ppc64, sparc64).
    const arch = findByPlatform(options.platform)?.debianArchitecture ?? options.platform.architecture;
    const given = new Map((options.packages ?? []).map((p) => [p.name, p]));
    const names = new Set(given.keys());
    for (const f of files.values()) {
        const name = isLicense(f.path) ? f.path.split('/')[1] : undefined;
        if (name)
            names.add(name);
    }
    const vendor = options.distro?.id ?? 'debian';
    const packages = [...names].sort().map((name) => {
        const info = given.get(name);
        const licenseFile = `licenses/${name}/copyright`;
        const content = analyze_text(resolveFile(files, licenseFile));
        const version = info?.version ?? '';
        const architecture = info?.architecture ?? arch;
        const pkg = {
            name,
            version,
            architecture,
            source: info?.source ?? name,
            sourceVersion: info?.sourceVersion ?? version,
            depends: [],
            provides: [],
            purl: debPurl({
                vendor,
                name,
                version: version || undefined,
                architecture,
                distro: options.distro?.qualifier,
            }),
            license: content === undefined ? UNKNOWN_LICENSE : parseCopyright(content),
            dependsOn: [],
        };
        if (content !== undefined)
            pkg.copyrightFile = licenseFile;
        return pkg;
    });
    const sbomFiles = [];
    for (const f of files.values()) {
        if (f.kind !== 'file' || !f.sha256 || !f.sha1 || !isHashed(f.path))
            continue;
        sbomFiles.push({
            path: f.path,
            size: f.size,
            sha1: f.sha1,
            sha256: f.sha256,
            library: /\.so(\.\d+)*$/.test(f.path),
        });
    }
    sbomFiles.sort((a, b) => (a.path < b.path ? -1 : 1));
    const result = { kind: 'extension', packages, extensions, files: sbomFiles };
    if (options.distro)
        result.distro = options.distro;
    return result;
}
/** Which kind of image the files are from, and what the SBOM lists for it. */
function analyzeImageFiles(files, options) {
    const hasDpkg = files.has(analyze_STATUS) || [...files.keys()].some((path) => oneLevelUnder(path, STATUS_D));
    if (hasDpkg)
        return debianContent(files);
    if ([...files.keys()].some(isControl))
        return extensionContent(files, options);
    throw new NoPackagesFoundError(options.image);
}

;// CONCATENATED MODULE: ./packages/sbom/src/model.ts
const DEFAULT_TOOL = { name: 'pgforge', version: '0.1.0' };

;// CONCATENATED MODULE: ./packages/sbom/src/ids.ts
/**
 * Identifiers derived from content, never from randomness or the clock, so that the same image
 * gives byte-identical SBOMs: name-based UUIDs (RFC 9562 version 5) and SPDX element ids.
 */

// RFC 9562 Appendix A: the URL namespace.
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** A version 5 (SHA-1, name-based) UUID of `name` in the URL namespace. */
function uuidV5(name) {
    const namespace = Buffer.from(URL_NAMESPACE.replace(/-/g, ''), 'hex');
    const hash = (0,external_node_crypto_.createHash)('sha1').update(namespace).update(name, 'utf8').digest();
    hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
    hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
    const hex = hash.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/**
 * Hands out `SPDXRef-<kind>-<readable>` ids: letters, digits, `.` and `-` only (SPDX idstring);
 * a readable part that collides after sanitising gets a short hash of the original appended.
 */
class SpdxIds {
    #used = new Set();
    id(kind, readable) {
        const clean = readable.replace(/\+/g, 'plus').replace(/[^A-Za-z0-9.-]+/g, '-');
        let id = `SPDXRef-${kind}-${clean}`;
        if (this.#used.has(id)) {
            id += `-${(0,external_node_crypto_.createHash)('sha256').update(readable).digest('hex').slice(0, 8)}`;
        }
        this.#used.add(id);
        return id;
    }
}

;// CONCATENATED MODULE: ./packages/sbom/src/spdx.ts
/**
 * SPDX 2.3 JSON. The image is the root package (DESCRIBES), with an oci purl; each Debian
 * package is a package with a deb purl (CONTAINS), DEPENDS_ON where its Depends are installed;
 * an extension image also lists its PostgreSQL extensions and the digests of its libraries.
 * Written by hand rather than with a library: no maintained npm library writes SPDX 2.3, and the
 * document is plain JSON the official schema checks in the tests.
 */



const SPDX_MEDIA_TYPE = 'application/spdx+json';
/** `Name <mail>` → `Person: Name (mail)`, the SPDX supplier syntax. */
function spdxSupplier(maintainer) {
    if (!maintainer)
        return NOASSERTION;
    const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(maintainer);
    if (m?.[1] && m[2])
        return `Person: ${m[1]} (${m[2]})`;
    return `Person: ${maintainer.trim()}`;
}
function compareRelationships(a, b) {
    const ka = `${a.spdxElementId}\u0000${a.relationshipType}\u0000${a.relatedSpdxElement}`;
    const kb = `${b.spdxElementId}\u0000${b.relationshipType}\u0000${b.relatedSpdxElement}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}
/** The image's name as people write it: `registry/repository`. */
function imageName(input) {
    return `${input.subject.registry}/${input.subject.repository}`;
}
function platformText(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
function debianPackage(pkg, id) {
    const out = {
        name: pkg.name,
        SPDXID: id,
    };
    if (pkg.version)
        out.versionInfo = pkg.version;
    out.supplier = spdxSupplier(pkg.maintainer);
    out.downloadLocation = NOASSERTION;
    out.filesAnalyzed = false;
    if (pkg.homepage)
        out.homepage = pkg.homepage;
    if (pkg.version)
        out.sourceInfo = `built package from: ${pkg.source} ${pkg.sourceVersion}`;
    out.licenseConcluded = NOASSERTION;
    out.licenseDeclared = pkg.license.expression;
    out.copyrightText = NOASSERTION;
    if (pkg.summary)
        out.summary = pkg.summary;
    out.externalRefs = [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl },
    ];
    return out;
}
/** The SPDX 2.3 JSON document, as text ending in a newline. */
function writeSpdx(input) {
    const { subject, content } = input;
    const ids = new SpdxIds();
    const name = imageName(input);
    const rootId = ids.id('Image', subject.repository.split('/').pop() ?? 'image');
    const relationships = [];
    const packages = [];
    const files = [];
    const [algorithm, hex] = subject.digest.split(':');
    const root = {
        name,
        SPDXID: rootId,
        versionInfo: subject.digest,
        supplier: NOASSERTION,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
    };
    if (algorithm === 'sha256' && hex)
        root.checksums = [{ algorithm: 'SHA256', checksumValue: hex }];
    Object.assign(root, {
        licenseConcluded: NOASSERTION,
        licenseDeclared: NOASSERTION,
        copyrightText: NOASSERTION,
        description: `${content.kind === 'extension' ? 'Extension image' : 'Container image'} ${name}@${subject.digest} for ${platformText(subject.platform)}`,
        externalRefs: [
            {
                referenceCategory: 'PACKAGE-MANAGER',
                referenceType: 'purl',
                referenceLocator: ociPurl({ ...subject, architecture: subject.platform.architecture }),
            },
        ],
        primaryPackagePurpose: 'CONTAINER',
    });
    packages.push(root);
    if (content.distro?.version) {
        const osId = ids.id('OperatingSystem', `${content.distro.id}-${content.distro.version}`);
        const os = {
            name: content.distro.id,
            SPDXID: osId,
            versionInfo: content.distro.version,
            downloadLocation: NOASSERTION,
            filesAnalyzed: false,
            licenseConcluded: NOASSERTION,
            licenseDeclared: NOASSERTION,
            copyrightText: NOASSERTION,
        };
        if (content.distro.prettyName)
            os.description = content.distro.prettyName;
        // The 2.3 JSON schema spells it with an underscore (the specification's prose, a dash).
        os.primaryPackagePurpose = 'OPERATING_SYSTEM';
        packages.push(os);
        relationships.push({
            spdxElementId: rootId,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: osId,
        });
    }
    const byPurl = new Map();
    for (const p of content.packages)
        byPurl.set(p.purl, ids.id('Package-deb', `${p.name}-${p.architecture}`));
    const extractedLicenses = new Map();
    for (const p of content.packages) {
        const id = byPurl.get(p.purl) ?? '';
        packages.push(debianPackage(p, id));
        relationships.push({
            spdxElementId: rootId,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: id,
        });
        for (const target of p.dependsOn) {
            const targetId = byPurl.get(target);
            if (targetId)
                relationships.push({
                    spdxElementId: id,
                    relationshipType: 'DEPENDS_ON',
                    relatedSpdxElement: targetId,
                });
        }
        for (const ref of p.license.references) {
            const seen = extractedLicenses.get(ref.id);
            if (!seen || (seen.text === undefined && ref.text !== undefined))
                extractedLicenses.set(ref.id, ref);
        }
    }
    for (const ext of content.extensions) {
        const id = ids.id('PostgresExtension', ext.name);
        const out = { name: ext.name, SPDXID: id };
        if (ext.version)
            out.versionInfo = ext.version;
        Object.assign(out, {
            downloadLocation: NOASSERTION,
            filesAnalyzed: false,
            licenseConcluded: NOASSERTION,
            licenseDeclared: NOASSERTION,
            copyrightText: NOASSERTION,
        });
        out.description = ext.comment ?? `PostgreSQL extension ${ext.name} (${ext.controlFile})`;
        out.primaryPackagePurpose = 'LIBRARY';
        packages.push(out);
        relationships.push({
            spdxElementId: rootId,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: id,
        });
    }
    for (const file of content.files) {
        const id = ids.id('File', file.path);
        files.push({
            fileName: `./${file.path}`,
            SPDXID: id,
            checksums: [
                { algorithm: 'SHA1', checksumValue: file.sha1 },
                { algorithm: 'SHA256', checksumValue: file.sha256 },
            ],
            fileTypes: [file.library ? 'BINARY' : 'OTHER'],
            licenseConcluded: NOASSERTION,
            copyrightText: NOASSERTION,
        });
        relationships.push({
            spdxElementId: rootId,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: id,
        });
    }
    relationships.sort(compareRelationships);
    relationships.unshift({
        spdxElementId: 'SPDXRef-DOCUMENT',
        relationshipType: 'DESCRIBES',
        relatedSpdxElement: rootId,
    });
    const document = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `${name}@${subject.digest}`,
        documentNamespace: `https://spdx.org/spdxdocs/${input.tool.name}-${(subject.repository.split('/').pop() ?? 'image').toLowerCase()}-${uuidV5(`spdx:${name}@${subject.digest}:${input.created}:${input.tool.name}-${input.tool.version}`)}`,
        creationInfo: {
            created: input.created,
            creators: [`Tool: ${input.tool.name}-${input.tool.version}`],
        },
        packages,
    };
    if (files.length > 0)
        document.files = files;
    if (extractedLicenses.size > 0) {
        document.hasExtractedLicensingInfos = [...extractedLicenses.values()]
            .sort((a, b) => (a.id < b.id ? -1 : 1))
            .map((ref) => ({
            licenseId: ref.id,
            name: ref.name,
            extractedText: ref.text ??
                `The license named "${ref.name}" in a Debian machine-readable copyright file, which has no SPDX identifier.`,
        }));
    }
    document.relationships = relationships;
    return `${JSON.stringify(document, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./packages/sbom/src/cyclonedx.ts
/**
 * CycloneDX 1.6 JSON: the image as metadata.component (a container), the distribution as an
 * operating-system component, one library component per Debian package (purl, licences, source
 * package as properties), and the dependency graph. Written as plain JSON (the official schema
 * checks it in the tests) rather than through @cyclonedx/cyclonedx-library, whose builder model
 * would be a large dependency for the few fields written here.
 */





const CYCLONEDX_MEDIA_TYPE = 'application/vnd.cyclonedx+json';
function property(name, value) {
    return { name, value };
}
/** A single SPDX id as `license.id`; anything else (AND/OR, LicenseRef) as an expression. */
function cyclonedxLicenses(license) {
    const expression = license.expression;
    if (expression === NOASSERTION)
        return undefined;
    if (/^[A-Za-z0-9.+-]+$/.test(expression) && spdxLicenseId(expression) === expression) {
        return [{ license: { id: expression } }];
    }
    return [{ expression }];
}
function packageComponent(pkg) {
    const out = { type: 'library', 'bom-ref': pkg.purl };
    if (pkg.maintainer)
        out.publisher = pkg.maintainer;
    out.name = pkg.name;
    if (pkg.version)
        out.version = pkg.version;
    if (pkg.summary)
        out.description = pkg.summary;
    const licenses = cyclonedxLicenses(pkg.license);
    if (licenses)
        out.licenses = licenses;
    out.purl = pkg.purl;
    if (pkg.homepage && /^https?:\/\//.test(pkg.homepage)) {
        out.externalReferences = [{ type: 'website', url: pkg.homepage }];
    }
    const properties = [
        property('pgforge:deb:architecture', pkg.architecture),
        property('pgforge:deb:source', pkg.source),
    ];
    if (pkg.sourceVersion)
        properties.push(property('pgforge:deb:source-version', pkg.sourceVersion));
    if (pkg.installedSize !== undefined) {
        properties.push(property('pgforge:deb:installed-size-kib', String(pkg.installedSize)));
    }
    if (pkg.copyrightFile)
        properties.push(property('pgforge:deb:copyright-file', pkg.copyrightFile));
    out.properties = properties;
    return out;
}
/** The CycloneDX 1.6 JSON document, as text ending in a newline. */
function writeCycloneDx(input) {
    const { subject, content } = input;
    const name = imageName(input);
    const rootPurl = ociPurl({ ...subject, architecture: subject.platform.architecture });
    const platform = `${subject.platform.os}/${subject.platform.architecture}${subject.platform.variant ? `/${subject.platform.variant}` : ''}`;
    const [algorithm, hex] = subject.digest.split(':');
    const root = { type: 'container', 'bom-ref': rootPurl, name, version: subject.digest };
    if (algorithm === 'sha256' && hex)
        root.hashes = [{ alg: 'SHA-256', content: hex }];
    root.purl = rootPurl;
    const rootProperties = [property('pgforge:image:platform', platform)];
    if (subject.indexDigest)
        rootProperties.push(property('pgforge:image:index-digest', subject.indexDigest));
    if (subject.tag)
        rootProperties.push(property('pgforge:image:tag', subject.tag));
    rootProperties.push(property('pgforge:image:kind', content.kind));
    root.properties = rootProperties;
    const components = [];
    const dependencies = [];
    const contained = [];
    if (content.distro?.version) {
        const ref = `os:${content.distro.id}@${content.distro.version}`;
        const os = {
            type: 'operating-system',
            'bom-ref': ref,
            name: content.distro.id,
            version: content.distro.version,
        };
        if (content.distro.prettyName)
            os.description = content.distro.prettyName;
        components.push(os);
        contained.push(ref);
    }
    for (const pkg of content.packages) {
        components.push(packageComponent(pkg));
        contained.push(pkg.purl);
    }
    for (const ext of content.extensions) {
        const ref = `postgresql-extension:${ext.name}${ext.version ? `@${ext.version}` : ''}`;
        const out = { type: 'library', 'bom-ref': ref, name: ext.name };
        if (ext.version)
            out.version = ext.version;
        if (ext.comment)
            out.description = ext.comment;
        out.properties = [property('pgforge:postgresql:control-file', `/${ext.controlFile}`)];
        components.push(out);
        contained.push(ref);
    }
    for (const file of content.files) {
        const ref = `file:/${file.path}`;
        components.push({
            type: file.library ? 'library' : 'file',
            'bom-ref': ref,
            name: file.path.split('/').pop() ?? file.path,
            hashes: [
                { alg: 'SHA-1', content: file.sha1 },
                { alg: 'SHA-256', content: file.sha256 },
            ],
            properties: [
                property('pgforge:file:path', `/${file.path}`),
                property('pgforge:file:size', String(file.size)),
            ],
        });
        contained.push(ref);
    }
    const dependsOn = new Map(content.packages.map((p) => [p.purl, p.dependsOn]));
    dependencies.push({ ref: rootPurl, dependsOn: [...contained].sort() });
    for (const ref of [...contained].sort()) {
        dependencies.push({ ref, dependsOn: dependsOn.get(ref) ?? [] });
    }
    const bom = {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: `urn:uuid:${uuidV5(`cyclonedx:${name}@${subject.digest}:${input.created}:${input.tool.name}-${input.tool.version}`)}`,
        version: 1,
        metadata: {
            timestamp: input.created,
            tools: {
                components: [{ type: 'application', name: input.tool.name, version: input.tool.version }],
            },
            component: root,
        },
        components,
        dependencies,
    };
    return `${JSON.stringify(bom, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./packages/sbom/src/diff.ts
/**
 * What changed between two images' packages: added, removed, upgraded, downgraded (dpkg's
 * version order), keyed by name and architecture. The per-image release notes.
 */



function diff_order(a, b) {
    const ka = packageKey(a);
    const kb = packageKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}
// A version dpkg would reject (an extension image's unknown version is '') still compares:
// as a string, so that the diff reports the change rather than failing on it.
function compareVersions(a, b) {
    try {
        return debian_version_compareDebianVersions(a, b);
    }
    catch {
        return a < b ? -1 : a > b ? 1 : 0;
    }
}
const diff_pick = (p) => ({
    name: p.name,
    version: p.version,
    architecture: p.architecture,
});
/** The changes from `before` (the image compared to) to `after` (this image). */
function diffPackages(before, after) {
    const old = new Map(before.map((p) => [packageKey(p), p]));
    const now = new Map(after.map((p) => [packageKey(p), p]));
    const diff = { added: [], removed: [], upgraded: [], downgraded: [], unchanged: 0 };
    for (const [key, p] of now) {
        const was = old.get(key);
        if (!was) {
            diff.added.push(diff_pick(p));
            continue;
        }
        const c = compareVersions(p.version, was.version);
        const change = { name: p.name, architecture: p.architecture, from: was.version, to: p.version };
        if (c > 0)
            diff.upgraded.push(change);
        else if (c < 0)
            diff.downgraded.push(change);
        else if (p.version !== was.version)
            diff.upgraded.push(change);
        else
            diff.unchanged++;
    }
    for (const [key, p] of old)
        if (!now.has(key))
            diff.removed.push(diff_pick(p));
    diff.added.sort(diff_order);
    diff.removed.sort(diff_order);
    diff.upgraded.sort(diff_order);
    diff.downgraded.sort(diff_order);
    return diff;
}
/** True when nothing was added, removed or changed. */
function isEmptyDiff(diff) {
    return (diff.added.length + diff.removed.length + diff.upgraded.length + diff.downgraded.length === 0);
}
const label = (p) => [
    model_code(p.name),
    p.architecture === 'all' ? '' : ` (${p.architecture})`,
];
/**
 * The diff for a step summary: one line of counts, then a table of the changes. `title` heads
 * it (`Package changes since …`).
 */
function diffDocument(diff, title) {
    const counts = [
        `${diff.added.length} added`,
        `${diff.removed.length} removed`,
        `${diff.upgraded.length} upgraded`,
        `${diff.downgraded.length} downgraded`,
        `${diff.unchanged} unchanged`,
    ];
    const document = [heading(3, title), paragraph(counts.join(', '))];
    if (isEmptyDiff(diff))
        return [...document, paragraph('No package changed.')];
    const noted = (p) => [p.suite, ...(p.cves ?? [])].filter((x) => !!x).join(', ');
    const changed = (kind) => (p) => [
        kind,
        label(p),
        model_code(p.from),
        model_code(p.to),
        noted(p),
    ];
    const rows = [
        ...diff.upgraded.map(changed('upgraded')),
        ...diff.downgraded.map(changed('downgraded')),
        ...diff.added.map((p) => ['added', label(p), '', model_code(p.version), '']),
        ...diff.removed.map((p) => ['removed', label(p), model_code(p.version), '', '']),
    ];
    return [...document, table(['change', 'package', 'from', 'to', 'suite, CVEs'], rows)];
}
/** The diff as Markdown (diffDocument); `title` is Markdown already. */
const diffMarkdown = (diff, title) => renderMarkdown(diffDocument(diff, title));
/**
 * The diff with the image's release notes: each changed package's suite (security updates
 * show as `<codename>-security`) and the CVE identifiers its changelog names.
 */
function withNotes(diff, notes) {
    if (!notes)
        return diff;
    const byName = new Map(notes.packages.map((p) => [p.name, p]));
    const annotate = (c) => {
        const note = byName.get(c.name);
        if (!note || note.to !== c.to)
            return c;
        return {
            ...c,
            ...(note.suite ? { suite: note.suite } : {}),
            ...(note.cves.length > 0 ? { cves: note.cves } : {}),
        };
    };
    return {
        ...diff,
        upgraded: diff.upgraded.map(annotate),
        downgraded: diff.downgraded.map(annotate),
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/document.ts
/** One SBOM document input from an image and its content, with a timestamp that never drifts. */


// Neither an option nor the image says when: the epoch, so that the output stays reproducible.
const document_EPOCH = '1970-01-01T00:00:00Z';
/**
 * The SBOM's creation time as SPDX wants it (`YYYY-MM-DDThh:mm:ssZ`): `created` when given, else
 * the image configuration's `created`, else the epoch. Never the wall clock: the same image must
 * give the same bytes.
 */
function sbomTimestamp(created, imageCreated) {
    const pick = (value, what) => {
        const date = value instanceof Date ? value : new Date(value);
        if (Number.isNaN(date.getTime())) {
            throw user_error_UserError.notAllowed(what, String(value), 'an RFC 3339 date and time, e.g. 2026-11-21T10:15:42Z');
        }
        return `${date.toISOString().slice(0, 19)}Z`;
    };
    if (created !== undefined)
        return pick(created, 'created');
    if (imageCreated) {
        const date = new Date(imageCreated);
        if (!Number.isNaN(date.getTime()))
            return `${date.toISOString().slice(0, 19)}Z`;
    }
    return document_EPOCH;
}
function documentInput(subject, content, options = {}) {
    return {
        subject,
        content,
        created: sbomTimestamp(options.created, subject.created),
        tool: options.tool ?? DEFAULT_TOOL,
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/registry-image.ts
/**
 * An image in a registry, resolved to the single-platform manifests an SBOM describes (each
 * platform of an index, or the one asked for), and read through the registry client alone: no
 * Docker daemon, so any platform can be read on any machine.
 */




async function readConfig(client, ref, manifest) {
    const { config } = manifest.manifest;
    const bytes = await client.getBlob(ref, config.digest, config.size);
    try {
        return JSON.parse(new TextDecoder().decode(bytes));
    }
    catch {
        // An artifact's empty config (`{}`) parses; anything else that does not is not an image.
        throw new SbomError(`the configuration ${manifest.manifest.config.digest} of ${formatReference({ ...ref, digest: manifest.digest })} is not JSON`);
    }
}
function subjectOf(ref, manifest, config, indexDigest, platformHint) {
    const platform = {
        os: config.os || platformHint?.os || 'linux',
        architecture: config.architecture || platformHint?.architecture || 'unknown',
        ...((config.variant ?? platformHint?.variant)
            ? { variant: config.variant ?? platformHint?.variant }
            : {}),
    };
    const subject = {
        registry: ref.registry,
        repository: ref.repository,
        digest: manifest.digest,
        mediaType: manifest.mediaType,
        size: manifest.bytes.length,
        platform,
    };
    if (ref.tag !== undefined)
        subject.tag = ref.tag;
    if (indexDigest)
        subject.indexDigest = indexDigest;
    if (typeof config.created === 'string')
        subject.created = config.created;
    return subject;
}
/**
 * The platform images of `reference`: every image manifest of an index (attestation manifests
 * left out), or only `platform`'s; a single-platform image is itself, whatever `platform` says.
 */
async function resolvePlatformImages(client, reference, platform) {
    const ref = toReference(reference);
    if (platform !== undefined) {
        parsePlatform(platform);
        const resolved = await client.getImageManifest(ref, platform);
        const config = await readConfig(client, ref, resolved.manifest);
        return [
            {
                subject: subjectOf(ref, resolved.manifest, config, resolved.index?.digest, resolved.descriptor?.platform),
                manifest: resolved.manifest,
                config,
            },
        ];
    }
    const top = await client.getManifest(ref);
    if (!isImageIndex(top.manifest)) {
        const manifest = top;
        const config = await readConfig(client, ref, manifest);
        return [{ subject: subjectOf(ref, manifest, config, undefined, undefined), manifest, config }];
    }
    const images = [];
    for (const descriptor of top.manifest.manifests) {
        if (isAttestationManifest(descriptor) || !isImageManifestMediaType(descriptor.mediaType))
            continue;
        const child = await client.getManifest({
            registry: ref.registry,
            repository: ref.repository,
            digest: descriptor.digest,
        });
        if (isImageIndex(child.manifest))
            continue;
        const manifest = child;
        const config = await readConfig(client, ref, manifest);
        images.push({
            subject: subjectOf(ref, manifest, config, top.digest, descriptor.platform),
            manifest,
            config,
        });
    }
    // Index order is the publisher's; platform order is stable across rebuilds.
    return images.sort((a, b) => {
        const pa = formatPlatform(a.subject.platform);
        const pb = formatPlatform(b.subject.platform);
        return pa < pb ? -1 : pa > pb ? 1 : 0;
    });
}
/** Streams the image's layers and returns what the SBOM lists. */
async function readSbomContent(client, image, options = {}) {
    const ref = {
        registry: image.subject.registry,
        repository: image.subject.repository,
    };
    const shown = formatReference({ ...ref, digest: image.subject.digest });
    const files = await readImageFiles({
        image: shown,
        layers: image.manifest.manifest.layers,
        fetchBlob: (digest, size) => client.getBlob(ref, digest, size),
        select: SBOM_SELECTION,
    });
    return analyzeImageFiles(files, {
        image: shown,
        platform: image.subject.platform,
        ...(options.extensionPackages ? { packages: options.extensionPackages } : {}),
        ...(options.distro ? { distro: options.distro } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/sbom/src/attach.ts

/** Pushes one SBOM as an artifact referring to `subject`; returns the artifact's digest. */
async function attachSbom(registry, subject, artifact) {
    const subjectDescriptor = {
        mediaType: subject.mediaType,
        digest: subject.digest,
        size: subject.size,
    };
    const shown = `${subject.registry}/${subject.repository}@${subject.digest}`;
    let pushed;
    try {
        pushed = await registry.pushArtifact({
            repository: { registry: subject.registry, repository: subject.repository },
            subject: subjectDescriptor,
            artifactType: artifact.mediaType,
            blobs: [
                {
                    bytes: artifact.text,
                    mediaType: artifact.mediaType,
                    annotations: { 'org.opencontainers.image.title': artifact.fileName },
                },
            ],
            annotations: { 'org.opencontainers.image.created': artifact.created },
        });
    }
    catch (error) {
        throw new AttachError(shown, error.message, { cause: error });
    }
    return { mediaType: artifact.mediaType, digest: pushed.digest, subject: subject.digest };
}
/** The SBOM artifacts already attached to `subject`, of `mediaType` when given. */
async function findAttachedSboms(registry, subject, mediaType) {
    return registry.referrers({ registry: subject.registry, repository: subject.repository }, subject.digest, mediaType ? { artifactType: mediaType } : {});
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

;// CONCATENATED MODULE: ./packages/targets/src/timestamp.ts
/** The run's UTC minute in CNPG's tag spelling: `202611211315`. */
function timestamp_tagTimestamp(date) {
    const p = (n, w = 2) => String(n).padStart(w, '0');
    return (p(date.getUTCFullYear(), 4) +
        p(date.getUTCMonth() + 1) +
        p(date.getUTCDate()) +
        p(date.getUTCHours()) +
        p(date.getUTCMinutes()));
}
/** The same minute as RFC 3339, for `org.opencontainers.image.created`. */
function timestamp_createdAt(date) {
    const d = new Date(date);
    d.setUTCSeconds(0, 0);
    return d.toISOString().replace('.000Z', 'Z');
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
function fingerprint_sha256Hex(data) {
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
    return `sha256:${fingerprint_sha256Hex(canonicalJson(normalised))}`;
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
const expand_byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
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
            const layerPackages = [...own(flavour)].sort(expand_byName);
            const packages = lineage.flatMap(own).sort(expand_byName);
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

;// CONCATENATED MODULE: ./packages/targets/src/parse-image-records.ts
/**
 * The one reader of image records (image-record.ts): the `images` output of build and extension
 * as a front end of promote, attest or catalog gets it, JSON text or a value parsed already. Every
 * field a consumer reads is checked here, once; the consumers take the typed records.
 */


const REFERENCE = '<repository>@sha256:…';
const BY_DIGEST = (/* unused pure expression or super */ null && (`a reference by digest, ${REFERENCE}: what was tested is what goes on, byte for byte`));
const PATH_FIELDS = (/* unused pure expression or super */ null && ([
    'ld_library_path',
    'extension_control_path',
    'dynamic_library_path',
    'bin_path',
]));
const ENV_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const ENV = 'a list of {name, value}: a name of letters, digits and _ not starting with a digit, and a non-empty value';
/** A reference that names its image by digest, and that digest. */
function byDigest(value, field, origin) {
    let digest;
    try {
        digest = parseReference(value).digest;
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
const parse_image_records_isString = (v) => typeof v === 'string';
const isMajor = (v) => Number.isInteger(v) && v > 0;
/** `promote`: a repository, its tags, and how many of them are immutable (default: the first). */
function planOf(value, where, origin) {
    const plan = isObject(value) ? value : {};
    const repository = plan.repository;
    if (typeof repository !== 'string' || repository === '') {
        throw origin.error(`${where}.repository`, String(repository), 'the production repository');
    }
    try {
        parseReference(repository);
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
    const target = optional(entry.target, parse_image_records_isString, `${where}.target`, 'a target id', origin);
    if (target !== undefined)
        record.target = target;
    const name = optional(entry.name, parse_image_records_isString, `${where}.name`, 'an extension name', origin);
    if (name !== undefined)
        record.name = name;
    const major = optional(entry.major, isMajor, `${where}.major`, 'a PostgreSQL major', origin);
    if (major !== undefined)
        record.major = major;
    const distribution = optional(entry.distribution, parse_image_records_isString, `${where}.distribution`, 'a distribution codename', origin);
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
function parseImageRecords(json, origin) {
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

;// CONCATENATED MODULE: ./packages/targets/src/packages-artifact.ts
/**
 * The package list the build attaches to each image (PACKAGES_ARTIFACT_TYPE), read back: by
 * the matrix as "what the published image holds", by the SBOM step for its diff's notes.
 * Typed structurally, so that this package needs no registry client of its own.
 */

function isArtifact(value) {
    return (typeof value === 'object' &&
        value !== null &&
        Array.isArray(value.packages) &&
        value.packages.every((p) => typeof p?.name === 'string' && typeof p.version === 'string'));
}
/**
 * The package list attached to `repository@digest`, or undefined when it has none (an image
 * built otherwise, or before the build attached one). A listed artifact that is not one is
 * passed over.
 */
async function readPackagesArtifact(registry, repository, digest) {
    const listed = await registry.referrers(repository, digest, {
        artifactType: PACKAGES_ARTIFACT_TYPE,
    });
    for (const descriptor of listed) {
        const { manifest } = await registry.getManifest(`${repository}@${descriptor.digest}`);
        const layers = manifest.layers;
        const layer = layers?.[0]?.digest;
        if (typeof layer !== 'string')
            continue;
        const size = layers?.[0]?.size;
        let body;
        try {
            body = JSON.parse(new TextDecoder().decode(await registry.getBlob(repository, layer, typeof size === 'number' ? size : undefined)));
        }
        catch {
            continue;
        }
        if (isArtifact(body))
            return body;
    }
    return undefined;
}

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













;// CONCATENATED MODULE: ./packages/sbom/src/command.ts
/**
 * The SBOM command: what the sbom action, `pgforge sbom` and the build and extension actions
 * (in-line, `sbom: true`) all call. Reads each platform of an image from the registry, writes
 * SPDX and/or CycloneDX files, optionally attaches them to the image and diffs the packages
 * against a previous image.
 */












const SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'];
/** `spdx-json`, `cyclonedx-json`, `both` or a list of the two: the formats to write. */
function parseFormats(value) {
    const items = (typeof value === 'string' ? value.split(/[\s,]+/) : [...value])
        .map((s) => s.trim())
        .filter(Boolean);
    const formats = new Set();
    for (const item of items) {
        if (item === 'both') {
            SBOM_FORMATS.forEach((f) => formats.add(f));
        }
        else if (SBOM_FORMATS.includes(item)) {
            formats.add(item);
        }
        else {
            throw UserError.notAllowed('format', item, `${SBOM_FORMATS.join(', ')} or both`);
        }
    }
    if (formats.size === 0) {
        throw UserError.notAllowed('format', String(value), `${SBOM_FORMATS.join(', ')} or both`);
    }
    return SBOM_FORMATS.filter((f) => formats.has(f));
}
function slug(text) {
    return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
}
/** `<repository name>[-<tag>]-<os>-<arch>[-<variant>]`: the base of the files' names. */
function sbomFileBase(subject) {
    const name = subject.repository.split('/').pop() ?? 'image';
    const p = subject.platform;
    return slug([name, subject.tag, p.os, p.architecture, p.variant].filter((s) => s !== undefined).join('-'));
}
function defaultRegistry(options) {
    return registryClientFromEnvironment(options.docker ?? { env: {} });
}
async function compare(registry, compareTo, subject, content, options) {
    const platform = formatPlatform(subject.platform);
    let previous;
    try {
        [previous] = await resolvePlatformImages(registry, compareTo, platform);
    }
    catch (error) {
        if (error instanceof PlatformNotFoundError) {
            options.warn?.(`${compareTo} has no ${platform} image; no package diff for ${platform}`);
            return undefined;
        }
        throw error;
    }
    if (!previous)
        return undefined;
    const before = await readSbomContent(registry, previous, {
        ...(options.extensionPackages ? { extensionPackages: options.extensionPackages } : {}),
        ...(options.distro ? { distro: options.distro } : {}),
    });
    return {
        diff: diffPackages(before.packages, content.packages),
        reference: formatReference({
            registry: previous.subject.registry,
            repository: previous.subject.repository,
            digest: previous.subject.digest,
        }),
    };
}
/** The head of the step summary: a row per platform (the package changes follow it). */
function sbomSummaryDocument(images, image) {
    const short = (digest) => model_code(`${digest.slice(0, 19)}…`);
    return [
        heading(2, ['SBOM of ', model_code(image)]),
        table(['platform', 'digest', 'packages', 'files', 'attached'], images.map((r) => [
            r.platform,
            short(r.digest),
            String(r.packages),
            model_join([r.spdx, r.cyclonedx]
                .filter((f) => f !== undefined)
                .map((f) => model_code(f.split('/').pop() ?? f)), ', '),
            r.attached.length > 0
                ? model_join(r.attached.map((a) => short(a.digest)), ', ')
                : '—',
        ])),
    ];
}
async function releaseNotesOf(registry, ref, options) {
    try {
        const { digest } = await registry.getManifest(ref);
        const repository = `${ref.registry}/${ref.repository}`;
        return (await readPackagesArtifact(registry, repository, digest))?.notes;
    }
    catch (error) {
        options.warn?.(`${formatReference(ref)}: its release notes could not be read: ${error.message}`);
        return undefined;
    }
}
/** Writes the SBOMs of every platform of `options.image` (see SbomCommandOptions). */
async function sbomCommand(options) {
    if (options.formats.length === 0) {
        throw user_error_UserError.notAllowed('format', '', `${SBOM_FORMATS.join(', ')} or both`);
    }
    const ref = toReference(options.image);
    const registry = options.registry ?? defaultRegistry(options);
    const log = options.log ?? (() => undefined);
    const platforms = await resolvePlatformImages(registry, ref, options.platform);
    await (0,promises_.mkdir)(options.outputDir, { recursive: true });
    // The build's release notes (suite and CVEs of each change), when the image carries them.
    const notes = options.compareTo ? await releaseNotesOf(registry, ref, options) : undefined;
    const images = [];
    const files = [];
    const diffs = {};
    const changes = [];
    for (const platformImage of platforms) {
        const { subject } = platformImage;
        const platform = formatPlatform(subject.platform);
        const started = Date.now();
        const content = await readSbomContent(registry, platformImage, {
            ...(options.extensionPackages ? { extensionPackages: options.extensionPackages } : {}),
            ...(options.distro ? { distro: options.distro } : {}),
        });
        const input = documentInput(subject, content, { created: options.created, tool: options.tool });
        const reference = formatReference({
            registry: subject.registry,
            repository: subject.repository,
            digest: subject.digest,
        });
        log(`${platform}: ${content.packages.length} packages read from ${reference} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        const result = {
            platform,
            reference,
            digest: subject.digest,
            kind: content.kind,
            packages: content.packages.length,
            attached: [],
        };
        const base = (0,external_node_path_.join)(options.outputDir, sbomFileBase(subject));
        const documents = [];
        if (options.formats.includes('spdx-json')) {
            documents.push({
                format: 'spdx-json',
                path: `${base}.spdx.json`,
                mediaType: SPDX_MEDIA_TYPE,
                text: writeSpdx(input),
            });
        }
        if (options.formats.includes('cyclonedx-json')) {
            documents.push({
                format: 'cyclonedx-json',
                path: `${base}.cdx.json`,
                mediaType: CYCLONEDX_MEDIA_TYPE,
                text: writeCycloneDx(input),
            });
        }
        for (const doc of documents) {
            await (0,promises_.writeFile)(doc.path, doc.text);
            files.push(doc.path);
            if (doc.format === 'spdx-json')
                result.spdx = doc.path;
            else
                result.cyclonedx = doc.path;
            log(`${platform}: wrote ${doc.path}`);
        }
        if (options.compareTo) {
            const compared = await compare(registry, options.compareTo, subject, content, options);
            if (compared) {
                const diff = withNotes(compared.diff, notes);
                result.diff = diff;
                result.comparedTo = compared.reference;
                diffs[platform] = diff;
                changes.push(...diffDocument(diff, [`${platform}: package changes since `, model_code(compared.reference)]));
            }
        }
        if (options.attach) {
            for (const doc of documents) {
                const attached = await attachSbom(registry, subject, {
                    mediaType: doc.mediaType,
                    text: doc.text,
                    fileName: doc.path.split('/').pop() ?? doc.path,
                    created: input.created,
                });
                result.attached.push(attached);
                log(`${platform}: attached ${doc.format} to ${reference} as ${attached.digest}`);
            }
        }
        images.push(result);
    }
    const document = [...sbomSummaryDocument(images, formatReference(ref)), ...changes];
    return {
        images,
        files,
        diffs,
        summary: markdown_renderMarkdown(document),
        summaryDocument: document,
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/index.ts




















;// CONCATENATED MODULE: ./packages/extension/src/recommends.ts
/**
 * What a package recommends that its image does not hold. An image carries what a package
 * depends on (and the system libraries its modules load), never what it recommends: apt
 * installs Recommends by default, so a package may rely on them at run time. pg_snakeoil
 * recommends ClamAV's virus databases (`clamav-freshclam | clamav-data`) and fails at CREATE
 * EXTENSION without them; mimeo's programs recommend python3. Saying so is the difference
 * between an image that fails for a stated reason and one that fails unexplained.
 *
 * Documentation packages are left out (nothing runs them), and so is a group one of whose
 * alternatives the image or the minimal operand image already holds.
 */

function unmetRecommends(pkg, field, present) {
    if (!field)
        return undefined;
    const groups = parseRelations(field)
        .filter((group) => !group.some((r) => r.name.endsWith('-doc') || present(r.name)))
        .map((group) => group.map((r) => r.name).join(' | '));
    return groups.length > 0 ? { package: pkg, groups } : undefined;
}
/** One sentence per recommending package, for the image's limitations. */
function recommendsLimitations(unmet) {
    return unmet.map((u) => `${u.package} recommends ${u.groups.join(', ')}, which the image does not hold (an image ` +
        'carries what a package depends on, not what it recommends): what needs them fails ' +
        'until the operand image or the cluster provides them');
}

;// CONCATENATED MODULE: ./packages/extension/src/metadata.ts
/**
 * What a CNPG user has to know to use an image, derived from the image rather than written by
 * hand: the fields and meanings of CNPG's `metadata.hcl` (postgres-extensions-containers) and
 * of the Cluster's ExtensionConfiguration.
 *
 * - SQL names and default versions, and `create_extension`, from the control files.
 * - `shared_preload_libraries`: read from the module itself, the same on every run, rather than
 *   found by trial in the smoke test (a server per package, and a module that only warns would
 *   pass). A module must be preloaded when it asks whether it is being preloaded
 *   (`process_shared_preload_libraries_in_progress`) or registers a background worker
 *   (`RegisterBackgroundWorker`, allowed only then), and either its messages say it must be
 *   ("pgaudit must be loaded via shared_preload_libraries", "Add pg_show_plans to
 *   'shared_preload_libraries'") or it has no control file, so loading is all it does
 *   (pg_failover_slots, pg_crash). Modules that merely use preloading when it is there (pgvector,
 *   orafce, pg_partman's worker) are not listed: across sid's 105 PostgreSQL 18 packages the
 *   symbols alone named 32 images, 15 of them wrongly. A contrib extension the image requires
 *   whose module must be preloaded by the same rule (pg_stat_statements, for powa and
 *   pg_stat_kcache) comes first: the user must preload it too, and before.
 * - `required_extensions`: the control files' `requires` that the image does not provide, each
 *   with where it comes from (requirements.ts).
 * - `ld_library_path`, `bin_path`, `env`: from the image's layout.
 * - licences: SPDX expressions from each package's machine-readable copyright file.
 * - limitations: data a module reads from the server's share directory, which
 *   `extension_control_path` does not redirect (unit's `unit_prefixes.data`), or text search
 *   files in `share/tsearch_data`; what a package recommends and no image holds (pg_snakeoil's
 *   ClamAV databases).
 */




/** Symbols a module uses only when it is loaded through shared_preload_libraries. */
const PRELOAD_SYMBOLS = [
    'process_shared_preload_libraries_in_progress',
    'RegisterBackgroundWorker',
];
// A message that tells the user to preload the module, not one that forbids it (pgtt: "can
// not be loaded using shared_preload_libraries").
const MUST_PRELOAD = /(must|can only|has to|needs? to|please preload|add\b[^\0]{0,40}\bto)\b[^\0]{0,80}shared_preload_libraries|not in shared_preload_libraries/i;
const NOT_PRELOAD = /(can ?not|must not|should not)\b[^\0]{0,40}shared_preload_libraries/i;
/** Whether the module's own messages tell the user to put it into shared_preload_libraries. */
function saysPreload(data) {
    const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
    for (const m of text.matchAll(/[\x20-\x7e]{0,120}shared_preload_libraries[\x20-\x7e]{0,40}/g)) {
        if (MUST_PRELOAD.test(m[0]) && !NOT_PRELOAD.test(m[0]))
            return true;
    }
    return false;
}
/**
 * Whether the module at `path` must be preloaded: it asks about preloading and either says it
 * must be or (`createExtension` false) loading is all it is for. A file that is not ELF is not.
 */
function mustPreload(data, path, createExtension) {
    let imports;
    try {
        imports = readElf(data, { source: path, imports: true }).imports ?? [];
    }
    catch {
        return false;
    }
    if (!PRELOAD_SYMBOLS.some((s) => imports.includes(s)))
        return false;
    return !createExtension || saysPreload(data);
}
/**
 * The modules of `tree` that must be preloaded (a versioned module beside its loader left
 * out); `createExtension` false means the image has no control file.
 */
function preloadModules(tree, createExtension = true) {
    const found = [];
    for (const file of tree.filesIn('lib')) {
        if (file.type !== 'file' || !file.data || !file.path.endsWith('.so'))
            continue;
        if (mustPreload(file.data, file.path, createExtension)) {
            found.push(external_node_path_.posix.basename(file.path, '.so'));
        }
    }
    // timescaledb preloads its loader, which loads timescaledb-<version>: the loader alone.
    return found.filter((m) => !found.some((other) => m.startsWith(`${other}-`))).sort();
}
/** Files a module reads from the server's share directory, which a mounted image cannot serve. */
function shareLimitations(tree) {
    const data = tree
        .files()
        .map((f) => f.path)
        .filter((p) => (p.startsWith('share/extension/') && !/\.(control|sql)$/.test(p)) ||
        p.startsWith('share/tsearch_data/'));
    if (data.length === 0)
        return [];
    const shown = data.slice(0, 3).join(', ') + (data.length > 3 ? `, … (${data.length} files)` : '');
    return [
        `reads ${shown} from the server's share directory at run time, which ` +
            'extension_control_path does not redirect: mounted as an image volume, what needs ' +
            'them fails (install the package in the operand image instead)',
    ];
}
/**
 * What the control files themselves make hard, in a sentence each: one no script goes with
 * (decoderbufs: its module is what is used), one without a default_version (pg_proctab: CREATE
 * EXTENSION needs VERSION). Both are so when apt installs the package too.
 */
function controlLimitations(contract) {
    const out = contract.uncreatable.map((name) => `share/extension/${name}.control has no script to create ${name} (so too installed by apt): ` +
        `it is not created; PostgreSQL loads its module by name`);
    for (const c of contract.controls) {
        if (c.defaultVersion)
            continue;
        out.push(c.versions.length > 0
            ? `${c.name} has no default_version: CREATE EXTENSION ${c.name} VERSION '${c.versions.at(-1) ?? ''}'` +
                (c.versions.length > 1 ? ` (or one of ${c.versions.join(', ')})` : '')
            : `${c.name} has no default_version and no install script: CREATE EXTENSION ${c.name} cannot create it`);
    }
    return out;
}
/** SPDX expressions of the image's `licenses/<package>/copyright` files, distinct, sorted. */
function imageLicenses(tree) {
    const expressions = new Set();
    for (const file of tree.files()) {
        if (!/^licenses\/[^/]+\/copyright$/.test(file.path) || !file.data)
            continue;
        expressions.add(parseCopyright(Buffer.from(file.data).toString('utf8')).expression);
    }
    const known = [...expressions].filter((e) => e !== NOASSERTION).sort();
    return expressions.has(NOASSERTION) ? [...known, NOASSERTION] : known;
}
function deriveMetadata(input) {
    const { contract, tree } = input;
    // plpgsql is created in every database PostgreSQL initialises: nothing to do for it.
    const own = new Set([...contract.extensions, 'plpgsql']);
    const requiredExtensions = [
        ...new Set(contract.controls.flatMap((c) => c.requires).filter((r) => !own.has(r))),
    ].sort();
    return {
        name: input.name,
        // Without a default_version, CREATE EXTENSION needs VERSION: the one it can install.
        sqlNames: contract.controls.map((c) => {
            const version = c.defaultVersion ?? (c.versions.length === 1 ? c.versions[0] : undefined);
            return { name: c.name, ...(version ? { version } : {}) };
        }),
        createExtension: contract.createExtension,
        sharedPreloadLibraries: [
            ...new Set([
                ...requiredExtensions.flatMap((r) => input.operand?.preload.get(r) ?? []),
                ...preloadModules(tree, contract.createExtension),
            ]),
        ],
        requiredExtensions,
        requires: requiredExtensions.map((name) => input.operand?.extensions.has(name)
            ? { name, provider: 'operand' }
            : { name, provider: 'none' }),
        ldLibraryPath: input.system ? ['system'] : [],
        binPath: contract.programs.length > 0 ? ['bin'] : [],
        env: input.env,
        licenses: imageLicenses(tree),
        limitations: [
            ...controlLimitations(contract),
            ...shareLimitations(tree),
            ...recommendsLimitations(input.recommends ?? []),
        ],
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/requirements.ts
/**
 * Where each extension an image's control files `require` comes from, as a Cluster needs to
 * know it: the operand image itself (PostgreSQL's own contrib extensions, which the server
 * package ships: `hstore`, `cube`, `plpython3u` is not one), another image of the same run for
 * the same major and distribution (pgrouting → postgis-3), or nowhere this run knows of.
 *
 * The operand's extensions are read from the server package the minimal image installs
 * (`postgresql-<major>`, its `share/extension/*.control`), not from a list kept here: what
 * contrib holds changes between majors and distributions. So are those of its modules that must
 * be preloaded (pg_stat_statements), by the rule an image's own modules are judged by: an image
 * requiring one must have it preloaded too. Both are kept beside the APT cache under the
 * `.deb`'s SHA256, so a warm run reads no package for them.
 */







/**
 * What the server package ships of contrib: its extensions (control files for that major) and,
 * for each whose module must be preloaded by the same rule as an image's own (metadata.ts),
 * that module. The module is the control file's `module_pathname`, else the extension's name.
 */
function readOperandCatalogue(files, major) {
    const extensionDir = `usr/share/postgresql/${major}/extension`;
    const libDir = `usr/lib/postgresql/${major}/lib`;
    const controls = new Map();
    const modules = new Map();
    for (const file of files) {
        const p = external_node_path_.posix.normalize(file.path.replace(/^\.?\/+/, ''));
        const dir = external_node_path_.posix.dirname(p);
        if (dir === extensionDir && p.endsWith('.control')) {
            controls.set(external_node_path_.posix.basename(p, '.control'), file.data ? Buffer.from(file.data).toString('utf8') : '');
        }
        else if (dir === libDir && p.endsWith('.so') && file.data) {
            modules.set(external_node_path_.posix.basename(p, '.so'), file.data);
        }
    }
    const preload = new Map();
    for (const [name, text] of controls) {
        const pathname = parseControl(text).get('module_pathname');
        const module = pathname ? moduleName(pathname) : name;
        const data = modules.get(module);
        if (data && mustPreload(data, `${libDir}/${module}.so`, true))
            preload.set(name, [module]);
    }
    return { extensions: new Set([...controls.keys()].sort()), preload };
}
const CACHE_VERSION = 3;
const SEAL_KIND = 'operand-extensions';
function isCachedCatalogue(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return (Array.isArray(v.extensions) &&
        v.extensions.every((e) => typeof e === 'string') &&
        Array.isArray(v.preload) &&
        v.preload.every((e) => Array.isArray(e) &&
            typeof e[0] === 'string' &&
            Array.isArray(e[1]) &&
            e[1].every((m) => typeof m === 'string')));
}
/**
 * The operand's catalogue per major × distribution (the first architecture's server package:
 * contrib is the same on every architecture), each read once per run.
 */
class OperandExtensions {
    apt;
    cacheDir;
    #loaded = new Map();
    constructor(apt, cacheDir) {
        this.apt = apt;
        this.cacheDir = cacheDir;
    }
    get(arch, major) {
        const key = `${arch.distribution}\0${major}`;
        let loading = this.#loaded.get(key);
        if (!loading) {
            loading = this.#load(arch, major);
            this.#loaded.set(key, loading);
            loading.catch(() => this.#loaded.delete(key));
        }
        return loading;
    }
    async #load(arch, major) {
        const server = candidate(arch, `postgresql-${major}`);
        if (!server)
            return { extensions: new Set(), preload: new Map() };
        const sha = server.pkg.sha256;
        const key = (0,external_node_crypto_.createHash)('sha256').update(`${CACHE_VERSION}\0${major}\0${sha}`).digest('hex');
        const file = this.cacheDir !== undefined && sha
            ? (0,external_node_path_.join)(this.cacheDir, 'operand-extensions', `${key}.json`)
            : undefined;
        // Sealed like the other results later runs trust unchecked: what it says goes into image
        // annotations and catalogs, so a file restored from a shared cache must not.
        if (file) {
            const cached = await readSealedJson(file, SEAL_KIND);
            if (isCachedCatalogue(cached)) {
                return { extensions: new Set(cached.extensions), preload: new Map(cached.preload) };
            }
        }
        const deb = await deb_readDeb(await this.apt.fetchDeb(server.repository, server.pkg), {
            source: server.pkg.filename,
        });
        const catalogue = readOperandCatalogue(deb.entries, major);
        if (file) {
            await (0,promises_.mkdir)((0,external_node_path_.join)(file, '..'), { recursive: true });
            const cached = {
                extensions: [...catalogue.extensions],
                preload: [...catalogue.preload],
            };
            // A cache that cannot be written costs the next run a read of the package, nothing else.
            await writeSealedJson(file, SEAL_KIND, cached).catch(() => undefined);
        }
        return catalogue;
    }
}
/**
 * Names, for each requirement an image's metadata lists as not (yet) provided by the operand,
 * the image of `images` for the same major and distribution that declares it; the first one
 * wins, in the run's order. An image's metadata comes back unchanged when there is nothing to
 * name.
 */
function mapRequirements(images) {
    return images.map((image) => {
        const requires = image.metadata.requires.map((r) => {
            if (r.provider !== 'none')
                return r;
            const other = images.find((o) => o !== image &&
                o.major === image.major &&
                o.distribution === image.distribution &&
                o.metadata.sqlNames.some((s) => s.name === r.name));
            return other
                ? {
                    name: r.name,
                    provider: 'image',
                    image: other.metadata.name,
                    reference: other.reference,
                }
                : r;
        });
        // What nothing provides is a limitation of this image as the run leaves it (citus, which
        // documentdb_distributed requires, is in no Debian package).
        const missing = requires.filter((r) => r.provider === 'none').map((r) => r.name);
        const limitations = missing.length === 0
            ? image.metadata.limitations
            : [
                ...image.metadata.limitations,
                `requires ${missing.join(', ')}, which neither the operand image nor any image of this run provides: CREATE EXTENSION fails until an image that does is mounted too`,
            ];
        return { ...image, metadata: { ...image.metadata, requires, limitations } };
    });
}
/** A requirement in words: `postgis (image postgis-3)`, `hstore (operand)`. */
function describeRequirement(r) {
    switch (r.provider) {
        case 'operand':
            return `${r.name} (operand image)`;
        case 'image':
            return `${r.name} (image ${r.image})`;
        case 'none':
            return `${r.name} (no image of this run)`;
    }
}

;// CONCATENATED MODULE: ./packages/extension/src/minimal.ts
/**
 * What the minimal operand image of a major × distribution × platform already holds: the
 * operand base's own packages (its dpkg status, upgraded as the matrix upgrades them), and what
 * apt installs for `postgresql-<major>` and the minimal flavour's own packages, each with its
 * dependencies: the same resolver (@pgforge/apt's predictInstall) over the same view the
 * matrix predicts the operand image with. Without a readable base, debootstrap's minbase
 * stands in for it. A shared library is provided when one of those packages ships it where
 * the dynamic linker looks (system-libraries.ts says how that is known).
 */







/**
 * The minimal flavour's own packages for this major and distribution: the flavour named
 * `minimal`, else the first one built on no other.
 */
function minimalFlavourPackages(config, major, distribution) {
    const flavour = config.flavours.find((f) => f.name === 'minimal') ?? config.flavours.find((f) => !f.from);
    if (!flavour)
        return [];
    return flavour.packages
        .filter((r) => r.minMajor === undefined || major >= r.minMajor)
        .filter((r) => r.maxMajor === undefined || major <= r.maxMajor)
        .filter((r) => !r.distributions || r.distributions.includes(distribution))
        .map((r) => template_renderTemplate(r.name, { major: String(major) }));
}
function minimalImage(arch, major, flavourPackages, upgrade = true) {
    const indexes = arch.indexes.map((i) => i.index);
    const server = candidate(arch, `postgresql-${major}`);
    // A flavour package the source lacks (an optional one) is simply not in the image.
    const extra = flavourPackages.flatMap((name) => {
        const c = candidate(arch, name);
        return c ? [{ name, version: c.pkg.version }] : [];
    });
    const roots = [`postgresql-${major}`, ...extra.map((p) => p.name)];
    if (!server)
        return { packages: new Set(), provides: new Set(), roots };
    // The matrix's own prediction of the minimal flavour, on this architecture's view and base.
    const images = predictArchImages({
        flavours: [{ name: 'minimal', packages: [], lineage: ['minimal'] }],
        upgrade,
        arch: {
            architecture: arch.architecture,
            indexes,
            ...(arch.installed ? { installed: arch.installed } : {}),
        },
        server: { name: server.pkg.package, version: server.pkg.version },
        flavourPackages: { minimal: extra },
    });
    const packages = images.get('minimal')?.packages ?? new Map();
    const provides = new Set();
    for (const pkg of packages.values()) {
        for (const group of parseRelations(pkg.provides))
            for (const r of group)
                provides.add(r.name);
    }
    return { packages: new Set(packages.keys()), provides, roots };
}
const minimal_CACHE_VERSION = 3;
async function cacheKey(arch, major, flavourPackages, cache, upgrade) {
    const indexes = await Promise.all(arch.indexes.map(async ({ repository, component }) => {
        const release = await cache.release(repository);
        const prefix = `${component}/binary-${arch.architecture}/Packages`;
        return [...release.sha256]
            .filter(([path]) => path.startsWith(prefix))
            .map(([path, entry]) => `${path}=${entry.sha256}`)
            .sort();
    }));
    // The base's packages (name=version) are part of what the set is computed from.
    const base = arch.installed?.map((p) => `${p.package}=${p.version}`).sort() ?? null;
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([minimal_CACHE_VERSION, indexes, major, flavourPackages, base, upgrade]))
        .digest('hex');
}
function isStringArray(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
async function cachedMinimalImage(arch, major, flavourPackages, cache, upgrade = true) {
    if (!cache)
        return minimalImage(arch, major, flavourPackages, upgrade);
    const file = (0,external_node_path_.join)(cache.dir, 'extension', `minimal-${await cacheKey(arch, major, flavourPackages, cache, upgrade)}.json`);
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        if (isStringArray(parsed.packages) &&
            parsed.packages.length > 0 &&
            isStringArray(parsed.provides) &&
            isStringArray(parsed.roots)) {
            return {
                packages: new Set(parsed.packages),
                provides: new Set(parsed.provides),
                roots: parsed.roots,
            };
        }
    }
    catch {
        // Absent or unreadable: computed below.
    }
    const minimal = minimalImage(arch, major, flavourPackages, upgrade);
    // No minimal image holds nothing: such a set is a failure to compute, never kept.
    if (minimal.packages.size === 0)
        return minimal;
    const text = JSON.stringify({
        packages: [...minimal.packages].sort(),
        provides: [...minimal.provides].sort(),
        roots: minimal.roots,
    });
    await (0,promises_.mkdir)((0,external_node_path_.join)(cache.dir, 'extension'), { recursive: true });
    // Written whole and renamed: a concurrent reader never sees half a file.
    const temporary = `${file}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    await (0,promises_.writeFile)(temporary, text);
    await (0,promises_.rename)(temporary, file);
    return minimal;
}

;// CONCATENATED MODULE: ./packages/extension/src/system-contexts.ts


/** Memoized per-run look-ups of what system-library resolution needs. */
class SystemContexts {
    apt;
    config;
    cache;
    log;
    #contents = new Map();
    #minimalSets = new Map();
    /** Distributions × architectures whose Contents index was a hint only (mid-sync). */
    #hints = new Set();
    constructor(apt, config, cache, log) {
        this.apt = apt;
        this.config = config;
        this.cache = cache;
        this.log = log;
    }
    async get(arch, major) {
        const key = `${arch.distribution}\0${arch.architecture}`;
        // Loaded on first need, once per distribution and architecture: most extensions need no
        // library the minimal image lacks, and then no Contents index is read at all.
        const contents = () => {
            let loading = this.#contents.get(key);
            if (!loading) {
                loading = loadContents(this.apt, arch).then((indexes) => {
                    if (indexes.some((i) => !i.verified))
                        this.#hints.add(key);
                    return indexes;
                });
                this.#contents.set(key, loading);
                loading.catch(() => this.#contents.delete(key));
            }
            return loading;
        };
        const minimalKey = `${key}\0${major}`;
        let minimal = this.#minimalSets.get(minimalKey);
        if (!minimal) {
            minimal = cachedMinimalImage(arch, major, minimalFlavourPackages(this.config, major, arch.distribution), this.cache, this.config.packages.upgrade).then((m) => {
                this.log?.(`${arch.distribution}/${arch.architecture}: the minimal PostgreSQL ${major} image holds ${m.packages.size} packages`);
                return m;
            });
            this.#minimalSets.set(minimalKey, minimal);
        }
        return { arch, contents, minimal: await minimal, apt: this.apt };
    }
    /** Whether a Contents index read for `arch` did not match its Release. */
    usedHints(arch) {
        return this.#hints.has(`${arch.distribution}\0${arch.architecture}`);
    }
}

;// CONCATENATED MODULE: ./packages/extension/src/clients.ts
/**
 * What one run reads from and writes to, set up once from the options: the APT client and its
 * cache directory, the operand bases' views (through a registry client), the per-run
 * system-library and operand look-ups with their caches, the cache of images made before, and
 * the registry images are pushed to.
 */








function clientsOf(options, config) {
    const log = options.log;
    const client = new AptClient({
        ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
        ...(options.warn ? { warn: options.warn } : {}),
    });
    const apt = options.apt ?? client;
    // Docker's credentials, read with the environment the command was given (an empty one by
    // default) and its home directory.
    const dockerClient = () => registryClientFromEnvironment({
        env: options.docker?.env ?? {},
        ...(options.docker?.homeDir !== undefined ? { homeDir: options.docker.homeDir } : {}),
    });
    const baseRegistry = dockerClient();
    const views = viewsOf(config, {
        registry: options.bases?.registry ?? new RegistryBaseReader(baseRegistry, options.cacheDir),
        ...(options.bases
            ? options.bases.local
                ? { local: options.bases.local }
                : {}
            : { local: new LocalStoreBaseReader(undefined, options.cacheDir) }),
        apt: apt.release ? apt : client,
        keyringDir: (0,external_node_path_.join)(options.cacheDir ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'pgforge'), 'keyrings'),
        ...(options.hostRoot !== undefined ? { hostRoot: options.hostRoot } : {}),
        ...(log ? { log } : {}),
        ...(options.warn ? { warn: options.warn } : {}),
        resolveDigest: (image) => baseRegistry.resolveDigest(image),
    });
    const cache = options.cacheDir !== undefined && apt.release
        ? {
            dir: options.cacheDir,
            release: (repo) => apt.release(repo),
        }
        : undefined;
    return {
        apt,
        views,
        systems: options.systemLibraries === 'auto' ? new SystemContexts(apt, config, cache, log) : undefined,
        operands: new OperandExtensions(apt, options.cacheDir),
        imageCache: options.cacheDir !== undefined ? new ImageCache(options.cacheDir) : undefined,
        registry: options.push ? (options.registry ?? dockerClient()) : undefined,
        settled: async () => {
            await Promise.all([apt.settled?.(), client.settled()]);
        },
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/cluster.ts


/** The CRD's pattern and length for `name` (it becomes part of a volume name). */
const EXTENSION_NAME = /^[a-z0-9]([-a-z0-9_]*[a-z0-9])?$/;
const EXTENSION_NAME_MAX = 59;
function clusterEntry(name, reference, metadata) {
    return {
        name,
        image: { reference },
        ...(metadata.ldLibraryPath.length > 0 ? { ld_library_path: [...metadata.ldLibraryPath] } : {}),
        ...(metadata.binPath.length > 0 ? { bin_path: [...metadata.binPath] } : {}),
        ...(metadata.env.length > 0 ? { env: metadata.env.map((e) => ({ ...e })) } : {}),
    };
}
/**
 * What the Cluster needs beside the entry, as YAML comments: the entry holds only what the
 * CRD's ExtensionConfiguration accepts.
 */
function notes(metadata) {
    if (!metadata)
        return [];
    const lines = [];
    if (metadata.sharedPreloadLibraries.length > 0) {
        lines.push(`# postgresql.shared_preload_libraries needs: ${metadata.sharedPreloadLibraries.join(', ')}`);
    }
    if (metadata.requires.length > 0) {
        lines.push(`# CREATE EXTENSION needs first: ${metadata.requires.map(describeRequirement).join(', ')}`);
        const missing = metadata.requires.filter((r) => r.provider === 'none').map((r) => r.name);
        if (missing.length > 0) {
            lines.push(`# add the image that provides ${missing.join(', ')} to the Cluster's extensions too`);
        }
    }
    if (!metadata.createExtension) {
        lines.push('# no CREATE EXTENSION: PostgreSQL loads its module or runs its programs by name');
    }
    for (const limitation of metadata.limitations)
        lines.push(`# limitation: ${limitation}`);
    return lines;
}
/**
 * A YAML list of entries. With several images (majors or distributions) each entry is
 * preceded by a comment naming its major and distribution: a Cluster takes the one for its own.
 */
function clusterExtensionsYaml(items) {
    return items
        .map(({ entry, comment, metadata }) => {
        const head = [...(items.length > 1 ? [`# ${comment}`] : []), ...notes(metadata)];
        return `${head.map((l) => `${l}\n`).join('')}${(0,dist/* stringify */.As)([entry])}`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./packages/extension/src/config.ts
/**
 * The run's configuration: images.yaml (or the defaults) with what the options override, and
 * the PostgreSQL majors an extension is made for.
 */


async function configOf(options) {
    const config = await load_loadConfig(options.configFile, {
        overrides: {
            ...(options.postgres ? { postgres: options.postgres } : {}),
            ...(options.distributions ? { distributions: options.distributions } : {}),
            ...(options.platforms ? { platforms: options.platforms } : {}),
        },
    });
    return {
        ...config,
        packages: {
            ...config.packages,
            ...(options.packageSource ? { source: options.packageSource } : {}),
            ...(options.mirror ? { mirror: options.mirror.replace(/\/+$/, '') } : {}),
            ...(options.allowExpiredRelease !== undefined
                ? { allowExpiredRelease: options.allowExpiredRelease }
                : {}),
        },
    };
}
function specsOf(config) {
    if (config.postgres === 'supported') {
        throw new ExtensionOptionsError('postgres', '"supported" is not allowed for extensions; name the majors (17,18)');
    }
    return config.postgres;
}

;// CONCATENATED MODULE: ./packages/extension/src/contract.ts
/**
 * The extension image contract, applied to an assembled tree and checked: control files
 * where CREATE EXTENSION finds them, `$libdir/` rewritten to bare module names, and every
 * module an extension's scripts load present in `lib/`. An image without a control file is a
 * module CNPG loads by name (an output plugin, a preloaded library) or programs under `bin/`.
 */



const EXTENSION_DIR = 'share/extension';
// Bytes as latin1 text: one character per byte, so a rewrite changes nothing it does not match
// (scripts are mostly UTF-8, but nothing here needs them to be).
const asText = (data) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
const asBytes = (text) => new Uint8Array(Buffer.from(text, 'latin1'));
function listing(tree) {
    const paths = tree.files().map((f) => f.path);
    if (paths.length === 0)
        return 'no files';
    const shown = paths.filter((p) => !p.startsWith('lib/bitcode/'));
    return shown.slice(0, 12).join(', ') + (shown.length > 12 ? `, … (${paths.length} files)` : '');
}
/**
 * Debian installs some control files under a versioned name (`postgis-3.control`) and lets its
 * maintainer script point the plain name at it with update-alternatives; unpacking without
 * dpkg runs no script. A control file whose name has no scripts, while the name without its
 * `-<digits>` suffix has them, is renamed to that name, which is what CREATE EXTENSION asks for.
 */
function renameAlternatives(tree) {
    const names = tree.filesIn(EXTENSION_DIR).map((f) => external_node_path_.posix.basename(f.path));
    const scripted = new Set(names.map(scriptExtension).filter((n) => n !== undefined));
    const renamed = [];
    for (const name of names) {
        const m = /^(.+)-\d+(?:\.\d+)*\.control$/.exec(name);
        const base = m?.[1];
        if (!base || names.includes(`${base}.control`))
            continue;
        if (!scripted.has(base) || scripted.has(name.slice(0, -'.control'.length)))
            continue;
        const from = `${EXTENSION_DIR}/${name}`;
        const to = `${EXTENSION_DIR}/${base}.control`;
        const file = tree.get(from);
        if (!file)
            continue;
        tree.delete(from);
        tree.add({ ...file, path: to });
        renamed.push([from, to]);
    }
    return renamed;
}
const namesIn = (tree, dir, suffix) => tree
    .filesIn(dir)
    .map((f) => external_node_path_.posix.basename(f.path))
    .filter((n) => n.endsWith(suffix))
    .map((n) => n.slice(0, n.length - suffix.length))
    .sort();
/**
 * Applies the contract to `tree` (in place) and checks it; `source` names it in errors, `name`
 * is the image's name (the mount directory), which need not be an SQL name (`pgvector` holds
 * `vector`).
 *
 * What is checked is what PostgreSQL loads, not what a file mentions: a module counts as
 * needed when an extension's own scripts (`<name>--*.sql`, the ones CREATE and ALTER
 * EXTENSION run) load it as `$libdir/<module>`, or through MODULE_PATHNAME, which stands for
 * the control file's `module_pathname`. A `module_pathname` no script uses (pgtap's, pure SQL;
 * pldebugger's, whose scripts name `plugin_debugger`) is never loaded, and so not required.
 */
function applyContract(tree, options) {
    const renamed = renameAlternatives(tree);
    const files = tree
        .filesIn(EXTENSION_DIR)
        .filter((f) => f.type === 'file' && !!f.data);
    // The scripts of each extension, before `$libdir/` is rewritten away.
    const controlsText = new Map();
    const scripts = new Map();
    // `<name>--<version>.control` is a secondary control file: settings for that version of
    // `<name>`, not an extension of its own.
    const isSecondary = (name) => name.includes('--');
    for (const file of files) {
        const base = external_node_path_.posix.basename(file.path);
        const text = asText(file.data);
        if (base.endsWith('.control') && !isSecondary(base)) {
            controlsText.set(base.slice(0, -'.control'.length), text);
        }
        const owner = scriptExtension(base);
        if (owner !== undefined) {
            scripts.set(owner, [...(scripts.get(owner) ?? []), { path: file.path, text }]);
        }
    }
    // Symlinked control files (Debian's alternatives left as links) are read through the link.
    for (const name of namesIn(tree, EXTENSION_DIR, '.control')) {
        if (controlsText.has(name) || isSecondary(name))
            continue;
        const target = tree.resolve(`${EXTENSION_DIR}/${name}.control`);
        if (target?.data)
            controlsText.set(name, asText(target.data));
    }
    const modules = namesIn(tree, 'lib', '.so');
    const controls = [];
    const uncreatable = [];
    for (const name of [...controlsText.keys()].sort()) {
        if ((scripts.get(name) ?? []).length === 0) {
            uncreatable.push(name);
            continue;
        }
        const settings = parseControl(controlsText.get(name) ?? '');
        const loads = new Map();
        for (const script of scripts.get(name) ?? []) {
            for (const m of libdirModules(script.text))
                if (!loads.has(m))
                    loads.set(m, script.path);
            const pathname = settings.get('module_pathname');
            if (pathname && script.text.includes('MODULE_PATHNAME')) {
                const m = moduleName(pathname);
                if (!loads.has(m))
                    loads.set(m, `${script.path} (MODULE_PATHNAME, ${pathname})`);
            }
        }
        for (const [module, referencedBy] of [...loads].sort(([a], [b]) => (a < b ? -1 : 1))) {
            if (!tree.has(`lib/${module}.so`) && !tree.has(`lib/${module}`)) {
                throw new NoModuleError(module, `${referencedBy} (${options.source})`, modules);
            }
        }
        const defaultVersion = settings.get('default_version');
        const comment = settings.get('comment');
        // `<name>--<version>.sql` installs that version; `<name>--<from>--<to>.sql` updates.
        const installs = (scripts.get(name) ?? [])
            .map((script) => external_node_path_.posix.basename(script.path).slice(`${name}--`.length, -'.sql'.length))
            .filter((v) => v !== '' && !v.includes('--'));
        controls.push({
            name,
            ...(defaultVersion ? { defaultVersion } : {}),
            versions: [...new Set(installs)].sort(),
            requires: (settings.get('requires') ?? '')
                .split(',')
                .map((r) => r.trim())
                .filter(Boolean),
            loads: [...loads.keys()].sort(),
            ...(comment ? { comment } : {}),
        });
    }
    for (const file of files) {
        const text = asText(file.data);
        const rewritten = rewriteLibdir(text);
        if (rewritten !== text)
            tree.replace({ ...file, data: asBytes(rewritten) });
    }
    const extensions = controls.map((c) => c.name);
    const programs = tree
        .files()
        .filter((f) => f.path.startsWith('bin/'))
        .map((f) => f.path.slice('bin/'.length))
        .sort();
    if (extensions.length === 0 && modules.length === 0 && programs.length === 0) {
        // A control file no script goes with is not something PostgreSQL can use either.
        throw new NoControlFileError(options.source, listing(tree));
    }
    const primary = controls.find((c) => c.name === options.name) ??
        (controls.length === 1 ? controls[0] : undefined);
    // Without a default_version but with a version to install, CREATE EXTENSION works with
    // VERSION (the metadata says which); with neither, nothing would create it.
    if (primary && !primary.defaultVersion && primary.versions.length === 0) {
        throw new ExtensionError(`${EXTENSION_DIR}/${primary.name}.control (${options.source}) has no default_version; ` +
            'CREATE EXTENSION needs one to know which script to run');
    }
    return {
        ...(primary?.defaultVersion ? { sqlVersion: primary.defaultVersion } : {}),
        extensions,
        controls,
        createExtension: controls.length > 0,
        modules,
        programs,
        renamed,
        uncreatable,
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/placement.ts
/**
 * Where a package's (or an install tree's) files go in the image, as CNPG mounts it at
 * /extensions/<name>: the server's library directory to `lib/` (bitcode included, as
 * `lib/bitcode/`), its share directory to `share/` (control and SQL files in
 * `share/extension/`, other data beside it), its bin directory to `bin/`, and each package's
 * copyright file to `licenses/<package>/copyright`. Everything else (headers, documentation,
 * man pages) is left out.
 */

/** Debian's (and PGDG's) paths for PostgreSQL `major`: pg_config's pkglibdir, sharedir, bindir. */
function debianRules(major) {
    return [
        { from: `usr/lib/postgresql/${major}/lib/`, to: 'lib/' },
        { from: `usr/lib/postgresql/${major}/bin/`, to: 'bin/' },
        { from: `usr/share/postgresql/${major}/`, to: 'share/' },
    ];
}
/** The majors whose Debian paths a package ships files under (to tell a wrong-major package). */
function shippedMajors(entries) {
    const majors = new Set();
    for (const e of entries) {
        const m = /^usr\/(?:lib|share)\/postgresql\/(\d+)\//.exec(e.path);
        if (m?.[1] && e.type !== 'directory')
            majors.add(Number(m[1]));
    }
    return [...majors].sort((a, b) => a - b);
}
function mapPath(path, rules) {
    for (const rule of rules) {
        if (rule.from === '' || path.startsWith(rule.from))
            return rule.to + path.slice(rule.from.length);
    }
    return undefined;
}
/** A package's copyright file: `usr/share/doc/<package>/copyright`. */
function copyrightPath(packageName) {
    return `usr/share/doc/${packageName}/copyright`;
}
/**
 * Puts `entries` into `tree` by `rules`, plus `licenses/<license>/copyright` from
 * `usr/share/doc/<license>/copyright` when `license` is given. Symlinks whose target lands in
 * the image are kept (their target rewritten for the new place); those pointing at a file
 * that stays behind are replaced by a copy of it; hardlinks become copies.
 */
function placeEntries(tree, entries, options) {
    const byPath = new Map(entries.map((e) => [e.path, e]));
    const rules = [...options.rules];
    if (options.license !== undefined) {
        rules.push({
            from: copyrightPath(options.license),
            to: `licenses/${options.license}/copyright`,
        });
    }
    const result = { placed: [], leftOut: [] };
    /** The regular file an entry finally stands for, within the source tree. */
    const fileOf = (entry, depth = 0) => {
        if (depth > 16)
            return undefined;
        if (entry.type === 'file')
            return entry;
        if (entry.type === 'hardlink') {
            const target = byPath.get(entry.linkTarget ?? '');
            return target ? fileOf(target, depth + 1) : undefined;
        }
        if (entry.type === 'symlink') {
            const target = resolveLink(entry.path, entry.linkTarget ?? '');
            const next = target === undefined ? undefined : byPath.get(target);
            return next ? fileOf(next, depth + 1) : undefined;
        }
        return undefined;
    };
    for (const entry of entries) {
        if (entry.type === 'directory')
            continue;
        const to = mapPath(entry.path, rules);
        if (to === undefined || to === '' || to.endsWith('/')) {
            result.leftOut.push(entry.path);
            continue;
        }
        const common = { path: to, origin: options.origin, layer: options.layer };
        if (entry.type === 'symlink') {
            const target = resolveLink(entry.path, entry.linkTarget ?? '');
            const mapped = target === undefined ? undefined : mapPath(target, rules);
            if (mapped !== undefined && mapped !== '' && byPath.has(target ?? '')) {
                tree.add({
                    ...common,
                    type: 'symlink',
                    mode: 0o777,
                    linkTarget: external_node_path_.posix.relative(external_node_path_.posix.dirname(to), mapped) || external_node_path_.posix.basename(mapped),
                });
                result.placed.push(to);
                continue;
            }
        }
        const file = fileOf(entry);
        if (!file?.data) {
            // A dangling link (its target in another package): nothing to copy.
            result.leftOut.push(entry.path);
            continue;
        }
        tree.add({ ...common, type: 'file', mode: file.mode || 0o644, data: file.data });
        result.placed.push(to);
    }
    return result;
}
/** A symlink's target as a path of the same tree (undefined when it leaves the tree). */
function resolveLink(path, target) {
    const joined = target.startsWith('/')
        ? external_node_path_.posix.normalize(target.slice(1))
        : external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), target));
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined;
}

;// CONCATENATED MODULE: ./packages/extension/src/data.ts
/**
 * Data files libraries read at run time (PROJ's `proj.db`, GDAL's `gdal/*.json`): Debian ships
 * them in architecture-independent packages the library depends on (`proj-data`,
 * `gdal-data`), under `/usr/share/<x>`, and the library looks there unless an environment
 * variable says otherwise. In an extension image they live under `share/<x>`, so the variable
 * must be set: its name is the one the library itself carries among its strings,
 * `<X>_DATA` or `<X>_LIB` for data in `usr/share/<x>` (PROJ_DATA, GDAL_DATA). A data package
 * no library names a variable for is left out (the library could not find it anyway).
 *
 * The value uses CNPG's `${image_root}` placeholder, which the operator expands to the
 * image's mount path (`/extensions/<name>`): see the `env` field of the Cluster CRD's
 * ExtensionConfiguration.
 */



// /usr/share/<x> directories that hold no library's data.
const NOT_DATA = new Set([
    'doc',
    'doc-base',
    'lintian',
    'man',
    'info',
    'bug',
    'locale',
    'menu',
    'pixmaps',
    'icons',
    'applications',
    'bash-completion',
    'zsh',
    'fish',
    'mime',
    'gtk-doc',
    'help',
    'common-licenses',
]);
/** The variable a library reads for data in `usr/share/<dir>`, if its bytes name one. */
function dataVariable(dir, libraries) {
    const stem = dir.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    for (const name of [`${stem}_DATA`, `${stem}_LIB`]) {
        // A C string among the library's read-only data: NUL on both sides.
        const needle = Buffer.from(`\0${name}\0`, 'latin1');
        if (libraries.some((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(needle) >= 0)) {
            return name;
        }
    }
    return undefined;
}
async function placeDataFiles(tree, options) {
    const { arch, minimal, apt } = options;
    const placed = new Set(options.owners.map((o) => o.pkg.package));
    const debs = new Map();
    const placedDirs = new Set();
    const packages = [];
    const env = new Map();
    for (const owner of options.owners) {
        if (owner.elf.length === 0)
            continue;
        for (const group of dependencyGroups(owner.pkg)) {
            const [first] = group;
            if (!first)
                continue;
            const name = group.find((r) => candidate(arch, r.name, r.constraint))?.name ?? first.name;
            if (placed.has(name) || minimal.packages.has(name))
                continue;
            const source = candidate(arch, name);
            // Data are architecture-independent (Debian Policy 5.6.8); libraries are not.
            if (!source || source.pkg.architecture !== 'all')
                continue;
            let reading = debs.get(name);
            if (!reading) {
                reading = apt
                    .fetchDeb(source.repository, source.pkg)
                    .then((bytes) => deb_readDeb(bytes, { source: source.pkg.filename }));
                debs.set(name, reading);
            }
            const deb = await reading;
            const dirs = [
                ...new Set(deb.entries
                    .filter((e) => e.type === 'file')
                    .map((e) => /^usr\/share\/([^/]+)\//.exec(e.path)?.[1])
                    .filter((d) => d !== undefined && !NOT_DATA.has(d))),
            ].sort();
            const origin = `${source.pkg.package} ${source.pkg.version}`;
            let used = false;
            for (const dir of dirs) {
                if (placedDirs.has(dir))
                    continue;
                const variable = dataVariable(dir, owner.elf);
                if (!variable) {
                    options.log?.(`${origin}: usr/share/${dir} left out (${owner.pkg.package} names no ${dir.toUpperCase()}_DATA or _LIB variable to find it by)`);
                    continue;
                }
                placeEntries(tree, deb.entries, {
                    rules: [{ from: `usr/share/${dir}/`, to: `share/${dir}/` }],
                    origin,
                    layer: 'system',
                });
                placedDirs.add(dir);
                env.set(variable, `\${image_root}/share/${dir}`);
                packages.push({
                    package: source.pkg.package,
                    version: source.pkg.version,
                    directory: `share/${dir}`,
                    env: variable,
                    neededBy: owner.pkg.package,
                });
                used = true;
            }
            if (used) {
                placeEntries(tree, deb.entries, { rules: [], origin, layer: 'system', license: name });
            }
        }
    }
    return {
        packages,
        env: [...env].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, value]) => ({ name, value })),
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/system-libraries.ts
/**
 * The shared libraries an extension's modules need that the minimal operand image lacks, found
 * the way the dynamic linker would look for them: every DT_NEEDED name of every module, then of
 * every library added, resolved through the Contents index to the Debian package that ships
 * it, downloaded (checked against the signed index), and placed in `system/` (the file, and its
 * SONAME as a symlink to it) with the package's copyright file. No list of libraries is
 * written anywhere: PostGIS's ~140 come out of its module's needs.
 *
 * A library reached only through alternatives (`libblas.so.3`, which Debian keeps under
 * `…/blas/` and links through /etc/alternatives) is not in the linker's directories of the
 * Contents index; packages that ship one provide the SONAME as a virtual package, and that is
 * how it is found.
 *
 * The Contents index is large (a suite's is ~40 MB compressed) and apt never reads it, so
 * mirrors mid-sync are careless with it. It is loaded only when a library may be missing: a
 * file whose package's dependencies the minimal image all holds needs nothing new, because
 * dpkg-shlibdeps puts the package of every DT_NEEDED library into Depends. And it is a hint:
 * when it did not match its signed Release, every claim it makes ("libc6 ships
 * libc.so.6 there") is checked against that package's `.deb`, which the signed Packages index
 * vouches for; when it names no package that holds the library, the requirer's own
 * dependencies are searched.
 */






const SYSTEM_DIR = 'system';
/** Dependencies followed for libraries a module may dlopen: library packages, not data or tools. */
const DEPENDENCY_LIBRARY = /^(default-)?lib/;
/** Where the dynamic linker looks, as Debian installs libraries. */
const LINKER_DIR = /^(usr\/)?lib(64)?\/([^/]+-linux-[^/]+\/)?[^/]+$/;
const SHARED_OBJECT = /^lib[^/]*\.so(\.[0-9][^/]*)?$/;
/**
 * True when the minimal image holds a package for every dependency of `pkg` (one alternative
 * of each group): then every library its files need is there already (dpkg-shlibdeps puts the
 * package of each DT_NEEDED library into Depends).
 */
function dependenciesHeldBy(pkg, minimal) {
    return dependencyGroups(pkg).every((group) => group.some((r) => minimal.packages.has(r.name) || minimal.provides.has(r.name)));
}
/** Packages providing a virtual name (a SONAME, for some library packages), in any index. */
function system_libraries_providersOf(arch, virtual) {
    return [...new Set(arch.indexes.flatMap(({ index }) => index.providers(virtual)))];
}
async function resolveSystemLibraries(tree, options) {
    const { arch, minimal, apt } = options;
    const libraries = [];
    const packages = new Map();
    const debs = new Map();
    // By the .deb's SHA256: another version or build of the same name is fetched for itself.
    const read = new Map((options.read ?? []).map((p) => [p.pkg.sha256, p]));
    const done = new Set();
    const queue = [];
    const enqueue = (path, data, pkg) => {
        const info = readElf(data, { source: path });
        if (info.machine !== options.machine) {
            throw new ModuleArchitectureError(path, info.machine, options.platform, options.machine);
        }
        for (const soname of info.needed)
            queue.push({ soname, neededBy: path, ...(pkg ? { pkg } : {}) });
    };
    for (const root of options.roots)
        enqueue(root.path, root.data, root.pkg);
    const fetch = (source) => {
        let promise = debs.get(source.pkg.package);
        if (!promise) {
            const placed = read.get(source.pkg.sha256);
            promise = placed
                ? Promise.resolve({ ...source, deb: placed.deb, elf: [] })
                : apt
                    .fetchDeb(source.repository, source.pkg)
                    .then((bytes) => deb_readDeb(bytes, { source: source.pkg.filename }))
                    .then((deb) => ({ ...source, deb, elf: [] }));
            debs.set(source.pkg.package, promise);
        }
        return promise;
    };
    /** A package some file of `system/` came from: its copyright goes to `licenses/`, once. */
    const adopt = (source, placed, origin) => {
        if (packages.has(source.pkg.package))
            return;
        packages.set(source.pkg.package, placed);
        placeEntries(tree, placed.deb.entries, {
            rules: [],
            origin,
            layer: 'system',
            license: source.pkg.package,
        });
    };
    /** `system/<name>` as a symlink to `target` (a SONAME, or the name a module opens). */
    const linkAs = (name, target, origin) => {
        tree.add({
            path: `${SYSTEM_DIR}/${name}`,
            type: 'symlink',
            mode: 0o777,
            linkTarget: target,
            origin,
            layer: 'system',
        });
    };
    /** A library placed as `system/<file>`: recorded, and its own needs queued. */
    const recordLibrary = (soname, file, source, placed, data, neededBy) => {
        placed.elf.push(data);
        libraries.push({
            soname,
            file: `${SYSTEM_DIR}/${file}`,
            package: source.pkg.package,
            version: source.pkg.version,
            neededBy,
        });
        enqueue(`${SYSTEM_DIR}/${file} (${source.pkg.package})`, data, source.pkg);
    };
    /**
     * Libraries a module loads with dlopen are in no DT_NEEDED entry; its package's Depends name
     * them (mysql_fdw → default-libmysqlclient-dev → … → libmariadb3). The library packages its
     * Depends reach, and the minimal image lacks, give their shared objects to `system/`: files,
     * and symlinks to what is placed (`libmysqlclient.so` → `libmariadb.so.3`, the name it opens).
     */
    async function placeDependencyLibraries() {
        const seen = new Set();
        const queueDeps = [];
        for (const root of options.roots) {
            if (root.pkg && !seen.has(root.pkg.package)) {
                seen.add(root.pkg.package);
                queueDeps.push({ pkg: root.pkg, by: root.path });
            }
        }
        const reached = [];
        while (queueDeps.length > 0) {
            const next = queueDeps.shift();
            if (!next)
                break;
            for (const group of dependencyGroups(next.pkg)) {
                const held = group.some((r) => minimal.packages.has(r.name) ||
                    minimal.provides.has(r.name) ||
                    seen.has(r.name) ||
                    packages.has(r.name));
                if (held)
                    continue;
                const relation = group.find((r) => DEPENDENCY_LIBRARY.test(r.name) && candidate(arch, r.name));
                const source = relation ? candidate(arch, relation.name) : undefined;
                if (!relation || !source || seen.has(source.pkg.package))
                    continue;
                seen.add(source.pkg.package);
                const by = `${next.pkg.package} (Depends: ${relation.name})`;
                reached.push({ source, by });
                queueDeps.push({ pkg: source.pkg, by });
            }
        }
        const placedNames = new Set();
        const links = [];
        for (const { source, by } of reached) {
            const placed = await fetch(source);
            const origin = `${source.pkg.package} ${source.pkg.version}`;
            let any = false;
            for (const entry of placed.deb.entries) {
                const name = external_node_path_.posix.basename(entry.path);
                if (!LINKER_DIR.test(entry.path) || !SHARED_OBJECT.test(name))
                    continue;
                if (entry.type === 'symlink') {
                    links.push({ name, target: external_node_path_.posix.basename(entry.linkTarget ?? ''), origin });
                    continue;
                }
                const real = fileEntry(placed.deb.entries, entry);
                if (!real?.data || !isElf(real.data) || done.has(name))
                    continue;
                tree.add({
                    path: `${SYSTEM_DIR}/${name}`,
                    type: 'file',
                    mode: real.mode || 0o644,
                    data: real.data,
                    origin,
                    layer: 'system',
                });
                done.add(name);
                placedNames.add(name);
                recordLibrary(name, name, source, placed, real.data, by);
                any = true;
            }
            if (any)
                adopt(source, placed, origin);
        }
        for (const link of links) {
            if (!placedNames.has(link.target) || tree.has(`${SYSTEM_DIR}/${link.name}`))
                continue;
            linkAs(link.name, link.target, link.origin);
            done.add(link.name);
        }
    }
    let loaded;
    const contents = async () => (loaded ??= await options.contents());
    /** Whether the minimal image has `soname` where the linker looks, by the Contents index. */
    const inMinimal = async (soname) => {
        for (const index of await contents()) {
            for (const match of index.findLibrary(soname)) {
                for (const name of match.packages) {
                    if (!minimal.packages.has(name))
                        continue;
                    if (index.verified)
                        return true;
                    const source = candidate(arch, name);
                    if (!source)
                        continue;
                    const placed = await fetch(source);
                    if (placed.deb.entries.some((e) => e.path === match.path))
                        return true;
                    options.log?.(`${soname}: the unverified Contents index says ${name} ships ${match.path}; its .deb does not`);
                }
            }
        }
        return false;
    };
    /** Who may ship `soname`, most likely first. */
    const candidatesFor = async (soname, requirer) => {
        const out = [];
        for (const index of await contents()) {
            const matches = index.findLibrary(soname);
            if (matches.length === 0)
                continue;
            const path = matches[0]?.path;
            for (const name of new Set(matches.flatMap((m) => m.packages))) {
                out.push({ name, ...(path ? { path } : {}), vouched: index.verified });
            }
            break;
        }
        for (const name of [
            ...(candidate(arch, soname) ? [soname] : []),
            ...system_libraries_providersOf(arch, soname),
        ]) {
            out.push({ name, vouched: false });
        }
        // Last, what the requirer depends on and the minimal image lacks: where shlibdeps says the
        // library is, when the Contents index (unverified, or incomplete) named nobody who has it.
        if (requirer) {
            for (const name of dependencyNames(requirer)) {
                if (!minimal.packages.has(name))
                    out.push({ name, vouched: false });
            }
        }
        // The package the requirer depends on, when several ship the file (libjpeg62-turbo rather
        // than libjpeg62 for libjpeg.so.62); else in the order found.
        const wanted = requirer ? dependencyNames(requirer) : new Set();
        return [...out.filter((c) => wanted.has(c.name)), ...out.filter((c) => !wanted.has(c.name))];
    };
    await placeDependencyLibraries();
    while (queue.length > 0) {
        const item = queue.shift();
        if (!item || done.has(item.soname))
            continue;
        done.add(item.soname);
        if (minimal.provides.has(item.soname))
            continue;
        const shipped = async (source, path) => {
            const placed = await fetch(source);
            const entry = findLibraryEntry(placed.deb.entries, item.soname, path);
            const real = entry ? fileEntry(placed.deb.entries, entry) : undefined;
            return entry && real?.data ? { source, placed, real, data: real.data } : undefined;
        };
        // The requirer's own package first: a library that links a sibling of its own package
        // (libbrotlidec.so.1 → libbrotlicommon.so.1, both in libbrotli1) finds it there, and
        // dpkg-shlibdeps lists no package's dependency on itself.
        const own = item.pkg
            ? versionsOf(arch, item.pkg.package).find((p) => p.pkg.version === item.pkg?.version)
            : undefined;
        let found = own ? await shipped(own) : undefined;
        if (!found) {
            if (item.pkg && dependenciesHeldBy(item.pkg, minimal))
                continue;
            if (await inMinimal(item.soname))
                continue;
        }
        const tried = new Set(own ? [own.pkg.package] : []);
        for (const c of found ? [] : await candidatesFor(item.soname, item.pkg)) {
            if (tried.has(c.name))
                continue;
            tried.add(c.name);
            const source = candidate(arch, c.name);
            if (!source)
                continue;
            found = await shipped(source, c.path);
            if (found)
                break;
            if (c.vouched) {
                throw new SystemLibraryError(item.soname, item.neededBy, `${source.pkg.package} ${source.pkg.version} should ship it (${c.path ?? 'as a provider'}) but its .deb holds no such file`);
            }
        }
        if (!found) {
            const named = [...tried];
            throw new SystemLibraryError(item.soname, item.neededBy, named.length === 0
                ? `the minimal image lacks it, and no package in ${arch.where} (${arch.architecture}) ships it ` +
                    'in a directory the dynamic linker searches, or provides it'
                : `the minimal image lacks it, and none of ${named.join(', ')} in ${arch.where} ` +
                    `(${arch.architecture}) holds it in a directory the dynamic linker searches`);
        }
        const { source, placed, real, data } = found;
        const origin = `${source.pkg.package} ${source.pkg.version}`;
        const realName = external_node_path_.posix.basename(real.path);
        tree.add({
            path: `${SYSTEM_DIR}/${realName}`,
            type: 'file',
            mode: real.mode || 0o644,
            data,
            origin,
            layer: 'system',
        });
        if (realName !== item.soname)
            linkAs(item.soname, realName, origin);
        adopt(source, placed, origin);
        recordLibrary(item.soname, realName, source, placed, data, item.neededBy);
    }
    libraries.sort((a, b) => (a.soname < b.soname ? -1 : a.soname > b.soname ? 1 : 0));
    return { libraries, packages };
}
/** The entry at the Contents path, or (for a provider) the library file named `soname`. */
function findLibraryEntry(entries, soname, path) {
    if (path !== undefined) {
        const exact = entries.find((e) => e.path === path);
        if (exact)
            return exact;
    }
    return entries.find((e) => e.type !== 'directory' &&
        external_node_path_.posix.basename(e.path) === soname &&
        /^(usr\/)?lib(64)?\//.test(e.path));
}
/** The regular file an entry stands for, following symlinks and hardlinks inside the package. */
function fileEntry(entries, entry, depth = 0) {
    if (entry.type === 'file')
        return entry;
    if (depth > 16 || entry.type === 'directory')
        return undefined;
    const target = entry.type === 'hardlink' ? entry.linkTarget : resolveLink(entry.path, entry.linkTarget ?? '');
    const next = entries.find((e) => e.path === target);
    return next ? fileEntry(entries, next, depth + 1) : undefined;
}

;// CONCATENATED MODULE: ./packages/extension/src/tree.ts
/**
 * The file tree of one extension image (one platform) while it is assembled: regular files and
 * symlinks by image path (`lib/vector.so`), each remembering who put it there (for messages)
 * and which layer it goes to. Directories are implied by the paths; the layer writer adds them.
 */



/** `lib/x.so` for `/lib/x.so` or `./lib//x.so`; a path leaving the root is a PathEscapeError. */
function imagePath(path, origin) {
    try {
        return normaliseLayerPath(path);
    }
    catch (error) {
        if (error instanceof LayerEntryError) {
            throw new PathEscapeError(`${origin}: ${JSON.stringify(path)}`, error.message);
        }
        throw error;
    }
}
/**
 * Refuses a symlink whose target leaves the image: an absolute target points into the
 * operand image (the extension is mounted at /extensions/<name>), and a relative one may climb
 * above the root.
 */
function checkLinkTarget(path, target, origin, 
/** What the target must stay inside, for the message: the image, or the directory read. */
root = 'the image root') {
    if (target.startsWith('/')) {
        throw new PathEscapeError(`${origin}: ${path}`, `is a symlink to the absolute path ${target}, which would resolve in the PostgreSQL image, ` +
            'not in the extension image (the image is mounted under /extensions/<name>)');
    }
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), target));
    if (resolved === '..' || resolved.startsWith('../') || resolved === '.') {
        throw new PathEscapeError(`${origin}: ${path}`, `is a symlink to ${target}, which resolves outside ${root}`);
    }
}
function sameBytes(a, b) {
    if (!a || !b)
        return a === b;
    return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
/** `a/b/c` → `a`, `a/b`: the directories a path needs. */
function parentsOf(path) {
    const parts = path.split('/');
    return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
class ImageTree {
    #files = new Map();
    /** How many files each implied directory holds, below it at any depth. */
    #dirs = new Map();
    /**
     * Adds a file or symlink. The same content from two sources is kept once (packages of one
     * source often ship the same file); different content at one path is an error naming both.
     */
    add(file) {
        const path = imagePath(file.path, file.origin);
        if (file.type === 'symlink')
            checkLinkTarget(path, file.linkTarget ?? '', file.origin);
        const normal = { ...file, path };
        const existing = this.#files.get(path);
        if (existing) {
            const same = existing.type === normal.type &&
                existing.linkTarget === normal.linkTarget &&
                sameBytes(existing.data, normal.data);
            if (same)
                return;
            throw new ExtensionError(`${path} comes from both ${existing.origin} and ${normal.origin}, with different content`);
        }
        this.#checkPlace(normal);
        this.#files.set(path, normal);
        for (const dir of parentsOf(path))
            this.#dirs.set(dir, (this.#dirs.get(dir) ?? 0) + 1);
    }
    /**
     * A layer holding `lib` as a symlink (or a file) and `lib/x.so` below it would make whoever
     * unpacks it write through that symlink: refused whichever of the two comes first.
     */
    #checkPlace(file) {
        for (const dir of parentsOf(file.path)) {
            const holder = this.#files.get(dir);
            if (holder) {
                throw new PathEscapeError(`${file.origin}: ${file.path}`, `would be placed below ${dir}, which is a ${holder.type} from ${holder.origin}; ` +
                    'an image may not hold entries below a symlink or a file');
            }
        }
        if ((this.#dirs.get(file.path) ?? 0) > 0) {
            throw new PathEscapeError(`${file.origin}: ${file.path}`, `is a ${file.type}, but other files of the image are placed below it`);
        }
    }
    get(path) {
        return this.#files.get(path);
    }
    has(path) {
        return this.#files.has(path);
    }
    delete(path) {
        if (!this.#files.delete(path))
            return;
        for (const dir of parentsOf(path))
            this.#dirs.set(dir, (this.#dirs.get(dir) ?? 1) - 1);
    }
    /** Replaces the file at `path` (same path), e.g. after rewriting its content. */
    replace(file) {
        this.#files.set(file.path, file);
    }
    /** Every file, sorted by path. */
    files() {
        return [...this.#files.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    }
    /** The files directly in `dir` (not below it), sorted. */
    filesIn(dir) {
        return this.files().filter((f) => external_node_path_.posix.dirname(f.path) === dir);
    }
    /** The entries of one layer, as @pgforge/oci's buildLayer takes them. */
    layerEntries(layer) {
        return this.files()
            .filter((f) => f.layer === layer)
            .map((f) => f.type === 'file'
            ? { path: f.path, type: 'file', mode: f.mode, data: f.data ?? new Uint8Array() }
            : { path: f.path, type: 'symlink', linkTarget: f.linkTarget ?? '' });
    }
    /** Where a symlink points, followed through other symlinks of the tree (undefined if dangling). */
    resolve(path, depth = 0) {
        const file = this.#files.get(path);
        if (!file || file.type === 'file' || depth > 16)
            return file;
        const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), file.linkTarget ?? ''));
        return this.resolve(target, depth + 1);
    }
}

;// CONCATENATED MODULE: ./packages/extension/src/assemble.ts
/**
 * One platform of one extension image, assembled: the extension's files placed as the
 * contract says (from its packages or from a directory), the contract applied and checked, the
 * modules' machine checked against the platform, then the system libraries and the data they
 * need.
 */












/** readElf's machine for an OCI platform (`linux/arm64` → `aarch64`), from the platform table. */
function machineOf(platform) {
    const row = findByPlatform(platform);
    // An ExtensionError, so that the action and the CLI report it as the user's mistake.
    if (!row)
        throw new ExtensionError(new UnknownPlatformError('platform', platform).message);
    return row.elfMachine;
}
/**
 * The OCI platform an ELF machine runs on (`aarch64` → `linux/arm64`); `arm` is linux/arm/v7,
 * as the ELF header does not say which 32-bit ARM ABI a file is for.
 */
function platformOfMachine(machine) {
    return findByElfMachine(machine)?.platform;
}
const record = (pkg) => ({
    name: pkg.package,
    version: pkg.version,
    architecture: pkg.architecture,
});
/** Modules (`lib/*.so`) and programs (`bin/*`) the dynamic linker loads. */
function elfRoots(tree, packageOf) {
    return tree
        .files()
        .filter((f) => f.type === 'file' && f.data && isElf(f.data))
        .filter((f) => {
        const dir = external_node_path_.posix.dirname(f.path);
        return dir === 'lib' || dir === 'bin';
    })
        .map((f) => {
        const pkg = packageOf(f.path);
        return { path: f.path, data: f.data, ...(pkg ? { pkg } : {}) };
    });
}
async function finish(tree, common, source, extensionPackages, packageOf) {
    const contract = applyContract(tree, { ...(common.name ? { name: common.name } : {}), source });
    const machine = machineOf(common.platform);
    const roots = elfRoots(tree, packageOf);
    for (const root of roots) {
        const info = readElf(root.data, { source: root.path });
        if (info.machine !== machine) {
            throw new ModuleArchitectureError(`${root.path} (${source})`, info.machine, common.platform, machine);
        }
    }
    if (!common.system) {
        return {
            platform: common.platform,
            tree,
            contract,
            systemLibraries: [],
            systemPackages: [],
            data: [],
            env: [],
        };
    }
    const { arch, contents, minimal, apt } = common.system;
    const system = await resolveSystemLibraries(tree, {
        arch,
        contents,
        minimal,
        apt,
        machine,
        platform: common.platform,
        roots,
        read: extensionPackages,
        ...(common.log ? { log: common.log } : {}),
    });
    for (const pkg of extensionPackages) {
        pkg.elf.push(...roots.filter((r) => r.pkg?.package === pkg.pkg.package).map((r) => r.data));
    }
    const data = await placeDataFiles(tree, {
        arch,
        minimal,
        apt,
        owners: [...extensionPackages, ...system.packages.values()],
        ...(common.log ? { log: common.log } : {}),
    });
    return {
        platform: common.platform,
        tree,
        contract,
        systemLibraries: system.libraries,
        systemPackages: [...system.packages.values()]
            .map((p) => record(p.pkg))
            .sort((a, b) => (a.name < b.name ? -1 : 1)),
        data: data.packages,
        env: data.env,
    };
}
/** From the packages `resolveImages` chose for this platform. */
async function assembleFromPackages(common) {
    const tree = new ImageTree();
    const placed = [];
    const owners = new Map();
    let leftOut = 0;
    const debs = await Promise.all(common.packages.map(async (p) => ({
        ...p,
        deb: await deb_readDeb(await common.apt.fetchDeb(p.repository, p.pkg), {
            source: p.pkg.filename,
        }),
    })));
    for (const p of debs) {
        const origin = `${p.pkg.package} ${p.pkg.version} (${p.pkg.architecture})`;
        const result = placeEntries(tree, p.deb.entries, {
            rules: debianRules(common.major),
            origin,
            layer: 'extension',
            license: p.pkg.package,
        });
        const contentFiles = result.placed.filter((f) => !f.startsWith('licenses/'));
        if (contentFiles.length === 0 && common.roots.includes(p.pkg.package)) {
            throw notForMajor(`${p.pkg.package} ${p.pkg.version}`, p.deb.entries, common.major);
        }
        for (const f of result.placed)
            owners.set(f, p.pkg);
        leftOut += result.leftOut.length;
        placed.push({ ...p, elf: [] });
    }
    const first = debs[0];
    const source = first
        ? `${first.pkg.package} ${first.pkg.version} (${first.pkg.architecture})`
        : 'the packages';
    const rest = await finish(tree, common, source, placed, (path) => owners.get(path));
    const description = first?.deb.control.get('Description')?.split('\n')[0]?.trim();
    const root = debs.find((p) => common.roots.includes(p.pkg.package)) ?? first;
    const version = root ? parseDebianVersion(root.pkg.version).upstream : undefined;
    // What the image's packages are, and what they provide (a virtual package recommended).
    const inImage = new Set(debs.flatMap((p) => [p.pkg.package, ...providedNames(p.pkg.provides)]));
    const present = (name) => inImage.has(name) ||
        common.system?.minimal.packages.has(name) === true ||
        common.system?.minimal.provides.has(name) === true;
    const recommends = debs
        .filter((p) => common.roots.includes(p.pkg.package))
        .flatMap((p) => unmetRecommends(p.pkg.package, p.deb.control.get('Recommends'), present) ?? []);
    return {
        ...rest,
        recommends,
        packages: debs.map((p) => record(p.pkg)),
        ...(description ? { description } : {}),
        ...(version ? { version } : {}),
        leftOut,
    };
}
function notForMajor(source, entries, major) {
    const majors = shippedMajors(entries);
    const others = majors.filter((m) => m !== major);
    if (others.length > 0) {
        return new NotAnExtensionError(source, `it ships files for PostgreSQL ${others.join(', ')} (usr/lib/postgresql/${others[0]}/…), not ${major}`);
    }
    return new NotAnExtensionError(source, `it ships nothing under usr/lib/postgresql/${major}/lib or usr/share/postgresql/${major}/ ` +
        '(where PostgreSQL extensions go)');
}
/** From a directory read by readDirectoryTree. */
async function assembleFromDirectory(common) {
    const tree = new ImageTree();
    const origin = `directory ${common.directory}`;
    const licenseRules = common.entries
        .map((e) => /^(?:.*\/)?share\/doc\/([^/]+)\/copyright$/.exec(e.path))
        .filter((m) => m !== null)
        .map((m) => ({ from: m[0], to: `licenses/${m[1]}/copyright` }));
    const result = placeEntries(tree, common.entries, {
        rules: [...licenseRules, ...common.rules],
        origin,
        layer: 'extension',
    });
    const rest = await finish(tree, common, origin, [], () => undefined);
    if (tree.files().every((f) => !f.path.startsWith('licenses/'))) {
        common.log?.(`${origin}: no copyright file (share/doc/<name>/copyright); the image has no licenses/`);
    }
    return { ...rest, packages: [], leftOut: result.leftOut.length, recommends: [] };
}
/** Whether the tree has files under `system/` (then CNPG needs `ld_library_path: [system]`). */
function hasSystemDir(tree) {
    return tree.files().some((f) => f.path.startsWith(`${SYSTEM_DIR}/`));
}

;// CONCATENATED MODULE: ./packages/extension/src/directory.ts
/**
 * The `directory` input: the tree `make install DESTDIR=<dir>` leaves (PGXS installs under
 * pg_config's sharedir and pkglibdir, e.g. `usr/share/postgresql/18/extension` and
 * `usr/lib/postgresql/18/lib` on Debian, `usr/local/pgsql/share/extension` and
 * `usr/local/pgsql/lib` for a source build), or a tree already in the image layout
 * (`share/extension/`, `lib/` at its top).
 */




async function walk(root, dir, out) {
    let names;
    try {
        names = (await (0,promises_.readdir)(dir)).sort();
    }
    catch (error) {
        throw new DirectoryError(root, `cannot be read (${error.code ?? String(error)})`);
    }
    for (const name of names) {
        const full = (0,external_node_path_.join)(dir, name);
        const path = (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/');
        const stat = await (0,promises_.lstat)(full);
        const mode = stat.mode & 0o7777;
        if (stat.isDirectory()) {
            await walk(root, full, out);
        }
        else if (stat.isSymbolicLink()) {
            const target = await (0,promises_.readlink)(full);
            checkLinkTarget(path, target, root, 'the directory');
            out.push({ path, type: 'symlink', mode: 0o777, linkTarget: target });
        }
        else if (stat.isFile()) {
            out.push({ path, type: 'file', mode, data: new Uint8Array(await (0,promises_.readFile)(full)) });
        }
        // Sockets, devices and fifos are not files an image can carry; make install writes none.
    }
}
function directory_listing(entries) {
    const paths = entries.map((e) => e.path);
    if (paths.length === 0)
        return 'no files';
    return paths.slice(0, 10).join(', ') + (paths.length > 10 ? `, … (${paths.length} files)` : '');
}
/**
 * The directory's files and how they map to the image. `major` is checked against a Debian-style
 * sharedir (`share/postgresql/<major>`), the only layout that names one.
 */
async function readDirectoryTree(directory, major) {
    const stat = await (0,promises_.lstat)(directory).catch(() => undefined);
    if (!stat?.isDirectory())
        throw new DirectoryError(directory, 'is not a directory');
    const entries = [];
    await walk(directory, directory, entries);
    const controls = entries.filter((e) => /(^|\/)extension\/[^/]+\.control$/.test(e.path));
    if (controls.length === 0)
        return moduleTree(directory, entries, major);
    if (controls.some((e) => /^share\/extension\/[^/]+\.control$/.test(e.path))) {
        return { entries, rules: [{ from: '', to: '' }], kind: 'image layout' };
    }
    const sharedirs = [...new Set(controls.map((e) => external_node_path_.posix.dirname(external_node_path_.posix.dirname(e.path))))];
    if (sharedirs.length > 1) {
        throw new DirectoryError(directory, `holds control files under several share directories (${sharedirs.join(', ')}); ` +
            'give the tree of one installation');
    }
    const sharedir = sharedirs[0] ?? '';
    // pg_config's layout: a sharedir named share/postgresql[/<major>] keeps its libraries in
    // lib/postgresql[/<major>/lib]; a plain share/ in lib/.
    let libdir;
    let bindir;
    const debian = /^(.*?)\/?share\/postgresql\/(\d+)$/.exec(sharedir);
    const named = /^(.*?)\/?share\/postgresql$/.exec(sharedir);
    const plain = /^(.*?)\/?share$/.exec(sharedir);
    const join2 = (prefix, rest) => (prefix ? `${prefix}/${rest}` : rest);
    if (debian) {
        const [, prefix = '', shipped = ''] = debian;
        if (Number(shipped) !== major) {
            throw new NotAnExtensionError(`directory ${directory}`, `it was installed for PostgreSQL ${shipped} (${sharedir}), not ${major}`);
        }
        libdir = join2(prefix, `lib/postgresql/${shipped}/lib`);
        bindir = join2(prefix, `lib/postgresql/${shipped}/bin`);
    }
    else if (named) {
        libdir = join2(named[1] ?? '', 'lib/postgresql');
        bindir = join2(named[1] ?? '', 'bin');
    }
    else if (plain) {
        libdir = join2(plain[1] ?? '', 'lib');
        bindir = join2(plain[1] ?? '', 'bin');
    }
    else {
        throw new DirectoryError(directory, `its control files are in ${sharedir}/extension, which is not a PostgreSQL share directory ` +
            '(…/share, …/share/postgresql or …/share/postgresql/<major>); give the DESTDIR of make ' +
            'install, or a tree with share/extension and lib at its top');
    }
    return {
        entries,
        rules: [
            { from: `${libdir}/`, to: 'lib/' },
            { from: `${bindir}/`, to: 'bin/' },
            { from: `${sharedir}/`, to: 'share/' },
        ],
        kind: `install tree (sharedir ${sharedir}, pkglibdir ${libdir})`,
    };
}
/**
 * A tree without a control file: a module PostgreSQL loads by name (an output plugin, a
 * preloaded library) or programs. Found where pg_config puts them, Debian's layout
 * (`usr/lib/postgresql/<major>/lib`) or the image's own (`lib/`, `bin/` at the top).
 */
function moduleTree(directory, entries, major) {
    if (entries.some((e) => /^(lib\/[^/]+\.so|bin\/[^/]+)$/.test(e.path))) {
        return { entries, rules: [{ from: '', to: '' }], kind: 'image layout (no control file)' };
    }
    const debian = entries
        .map((e) => /^(.*?)\/?lib\/postgresql\/(\d+)\/(?:lib\/[^/]+\.so|bin\/[^/]+)$/.exec(e.path))
        .find((m) => m !== null);
    if (!debian)
        throw new NoControlFileError(`directory ${directory}`, directory_listing(entries));
    const [, prefix = '', shipped = ''] = debian;
    if (Number(shipped) !== major) {
        throw new NotAnExtensionError(`directory ${directory}`, `it was installed for PostgreSQL ${shipped} (lib/postgresql/${shipped}), not ${major}`);
    }
    const base = `${prefix ? `${prefix}/` : ''}lib/postgresql/${shipped}`;
    return {
        entries,
        rules: [
            { from: `${base}/lib/`, to: 'lib/' },
            { from: `${base}/bin/`, to: 'bin/' },
        ],
        kind: `install tree (no control file, pkglibdir ${base}/lib)`,
    };
}
/** Copyright files of an install tree: `usr/share/doc/<name>/copyright`, by name. */
function treeLicenses(entries) {
    return entries
        .map((e) => /^(?:.*\/)?share\/doc\/([^/]+)\/copyright$/.exec(e.path)?.[1])
        .filter((n) => n !== undefined);
}

;// CONCATENATED MODULE: ./packages/extension/src/directory-plans.ts
/**
 * The plans of an image made from a directory (a `make install DESTDIR=` tree or one in the
 * image layout): one PostgreSQL major, the platform its modules are built for (any, for pure
 * SQL), one plan per distribution the system libraries are resolved against.
 */









async function directoryPlans(options, config, apt, systems, views) {
    const directory = (0,external_node_path_.resolve)(options.directory ?? '.');
    const specs = specsOf(config);
    const [spec, ...more] = specs;
    if (!spec || more.length > 0) {
        throw new ExtensionOptionsError('postgres', `a directory holds one build, for one PostgreSQL major; ${specs.length} were given (${specs.map((s) => s.exact ?? s.major).join(', ')})`);
    }
    const tree = await readDirectoryTree(directory, spec.major);
    options.log?.(`directory ${directory}: ${tree.kind}, ${tree.entries.length} files`);
    // The platform the modules are built for; a pure SQL extension runs on any.
    const machines = new Set(tree.entries
        .filter((e) => e.type === 'file' && e.data && isElf(e.data))
        .map((e) => readElf(e.data, { source: e.path }).machine));
    const [machine, ...others] = machines;
    if (others.length > 0) {
        throw new ExtensionError(`directory ${directory} holds ELF files for ${[...machines].join(' and ')}; one build is for one machine`);
    }
    let platforms;
    if (machine === undefined) {
        platforms = config.platforms;
    }
    else {
        const own = platformOfMachine(machine);
        if (!own)
            throw new ExtensionError(`directory ${directory}: no OCI platform known for ELF machine ${machine}`);
        platforms = options.platforms ?? [own];
        for (const p of platforms) {
            if (machineOf(p) !== machine) {
                throw new ModuleArchitectureError(`directory ${directory}`, machine, p, machineOf(p));
            }
        }
    }
    return Promise.all(config.distributions.map(async (distribution) => {
        const view = systems ? await views(distribution) : undefined;
        const sources = view
            ? distributionSources(config, distribution, { view: view.repositories, previewMajors: [] })
            : undefined;
        return {
            major: spec.major,
            distribution,
            platforms: platforms.map((platform) => ({
                platform,
                assemble: async () => {
                    let system;
                    if (systems && sources) {
                        const architecture = platforms_byPlatform(platform).debianArchitecture;
                        const arch = await loadArchSources(apt, sources, architecture, view?.platforms.find((p) => p.architecture === architecture)?.installed);
                        if (!candidate(arch, `postgresql-${spec.major}`)) {
                            throw new ExtensionError(`${arch.where} has no postgresql-${spec.major} for ${arch.architecture}: the minimal image ` +
                                'the system libraries are resolved against does not exist there');
                        }
                        system = await systems.get(arch, spec.major);
                    }
                    return assembleFromDirectory({
                        ...(options.name ? { name: options.name } : {}),
                        platform,
                        directory,
                        entries: tree.entries,
                        rules: tree.rules,
                        ...(system ? { system } : {}),
                        ...(options.log ? { log: options.log } : {}),
                    });
                },
            })),
        };
    }));
}

;// CONCATENATED MODULE: ./packages/extension/src/annotations.ts
/**
 * The annotations of an extension image, at index and manifest level and as labels: the OCI
 * standard keys (the base is `scratch`) and CNPG's own, which name the operand image the
 * extension is built for and the SQL version CREATE EXTENSION gives.
 */

/** The metadata as annotations: lists comma-separated, `name=version` for SQL names. */
function metadataAnnotations(metadata) {
    const list = (key, values) => values.length > 0 ? { [key]: values.join(',') } : {};
    const licenses = metadata.licenses.filter((l) => l !== 'NOASSERTION');
    return {
        ...list(METADATA_ANNOTATIONS.sqlNames, metadata.sqlNames.map((e) => (e.version ? `${e.name}=${e.version}` : e.name))),
        [METADATA_ANNOTATIONS.createExtension]: String(metadata.createExtension),
        ...list(METADATA_ANNOTATIONS.sharedPreloadLibraries, metadata.sharedPreloadLibraries),
        ...list(METADATA_ANNOTATIONS.requiredExtensions, metadata.requiredExtensions),
        ...list(METADATA_ANNOTATIONS.requiredFromOperand, metadata.requires.filter((r) => r.provider === 'operand').map((r) => r.name)),
        ...(metadata.env.length > 0
            ? {
                [METADATA_ANNOTATIONS.env]: JSON.stringify(metadata.env.map((e) => ({ name: e.name, value: e.value }))),
            }
            : {}),
        ...list(METADATA_ANNOTATIONS.ldLibraryPath, metadata.ldLibraryPath),
        ...list(METADATA_ANNOTATIONS.binPath, metadata.binPath),
        ...(metadata.limitations.length > 0
            ? { [METADATA_ANNOTATIONS.limitations]: metadata.limitations.join(' | ') }
            : {}),
        // OCI's own key takes an SPDX expression: every package's licence applies.
        ...(licenses.length > 0
            ? {
                'org.opencontainers.image.licenses': licenses
                    .map((l) => (licenses.length > 1 && / (OR|AND) /.test(l) ? `(${l})` : l))
                    .join(' AND '),
            }
            : {}),
    };
}
function imageAnnotations(input) {
    const { source } = input;
    return {
        'org.opencontainers.image.title': `${input.name} ${input.sqlVersion} for PostgreSQL ${input.major} (Debian ${input.distribution})`,
        'org.opencontainers.image.description': input.description ?? `PostgreSQL extension ${input.name} for CloudNativePG image volumes`,
        'org.opencontainers.image.vendor': source?.vendor ?? 'pgforge',
        ...(source?.url
            ? {
                'org.opencontainers.image.url': source.url,
                'org.opencontainers.image.source': source.url,
            }
            : {}),
        ...(source?.revision ? { 'org.opencontainers.image.revision': source.revision } : {}),
        ...input.extra,
        ...(input.metadata ? metadataAnnotations(input.metadata) : {}),
        'org.opencontainers.image.created': input.created,
        'org.opencontainers.image.version': input.sqlVersion,
        'org.opencontainers.image.base.name': 'scratch',
        [CNPG_ANNOTATIONS.baseName]: input.baseImage,
        [CNPG_ANNOTATIONS.pgMajor]: String(input.major),
        [CNPG_ANNOTATIONS.os]: input.distribution,
        [CNPG_ANNOTATIONS.sqlVersion]: input.sqlVersion,
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/image-name.ts
/**
 * The image's name when none is given: CNPG mounts the image at /extensions/<name>, and the
 * name is also the repository's last component. An image of one extension is named after it
 * (`vector`); one of several extensions, or of a module or programs without a control file, after
 * its package (`postgresql-{major}-postgis-3` → `postgis-3`, `postgresql-18-wal2json` →
 * `wal2json`), as CNPG's own images are (wal2json, pg-crash).
 */


/** A package or directory name made into one CNPG accepts: lowercase, `-` for what it refuses. */
function image_name_sanitize(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^[-_]+|[-_]+$/g, '')
        .slice(0, EXTENSION_NAME_MAX)
        .replace(/[-_]+$/, '');
}
/** `postgresql-{major}-pgvector` or `postgresql-18-pgvector` → `pgvector`. */
function packageStem(template) {
    return template.replace(/^postgresql-(?:\{major\}|\d+)-/, '');
}
/** The name for an image with `contract`, made from `source` (package template, or directory). */
function deriveImageName(contract, source) {
    const [only, ...more] = contract.extensions;
    if (only !== undefined && more.length === 0 && EXTENSION_NAME.test(only)) {
        return { name: only, from: `its only control file, ${only}.control` };
    }
    const stem = 'package' in source ? packageStem(source.package) : external_node_path_.posix.basename(source.directory);
    const name = image_name_sanitize(stem);
    if (!EXTENSION_NAME.test(name))
        return undefined;
    const what = contract.extensions.length === 0 ? 'no control file' : 'several control files';
    return {
        name,
        from: `${'package' in source ? `its package ${source.package}` : `its directory ${stem}`} (${what})`,
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/make-image.ts
/**
 * One extension image made from its platforms' assembled trees: the name (given, or derived
 * from the first platform), the one version every platform must carry, the environment and
 * metadata, the annotations, each platform's layers, configuration and manifest, and the
 * index over them. What comes out is all the command reports and publishes of the image, and
 * what image-cache.ts keeps.
 */







const bytesUnder = (a, prefix) => a.tree
    .files()
    .filter((f) => f.path.startsWith(prefix))
    .reduce((n, f) => n + (f.data?.length ?? 0), 0);
/** The name of an image none was given for, from its first platform, and where it came from. */
function derivedName(subject, first) {
    const source = subject.directory !== undefined
        ? { directory: (0,external_node_path_.resolve)(subject.directory) }
        : { package: subject.packages?.[0] ?? '' };
    const derived = deriveImageName(first.contract, source);
    if (!derived) {
        throw new ExtensionOptionsError('name', `required: no name CNPG accepts can be made from ${'package' in source ? source.package : source.directory}`);
    }
    return derived;
}
/** The image of `assembled` (one per platform, the first names it); undefined without any. */
async function makeImage(subject, assembled, options) {
    const [first] = assembled;
    if (!first)
        return undefined;
    const derived = subject.name === undefined ? derivedName(subject, first) : undefined;
    const name = subject.name ?? derived?.name ?? '';
    // An image of several extensions, or of none, carries its package's version.
    const versionOf = (a) => a.contract.sqlVersion ?? a.version;
    const sqlVersion = versionOf(first);
    if (sqlVersion === undefined) {
        throw new ExtensionError(`${subject.directory ?? subject.packages?.join(', ') ?? 'the image'} holds ${first.contract.extensions.length === 0 ? 'no control file' : `the extensions ${first.contract.extensions.join(', ')}`} and no package version; name it after one of its control files (name), whose default_version it then carries`);
    }
    for (const a of assembled) {
        if (versionOf(a) !== sqlVersion) {
            throw new ExtensionError(`PostgreSQL ${options.major} on ${options.distribution}: ${a.platform} has ${name} ${versionOf(a) ?? '(no version)'}, ${first.platform} has ${sqlVersion}; one image holds one version`);
        }
    }
    // One environment for the image: every platform's libraries need the same data.
    const env = [...new Map(assembled.flatMap((a) => a.env).map((e) => [e.name, e])).values()];
    const metadata = deriveMetadata({
        name,
        tree: first.tree,
        contract: first.contract,
        env,
        system: assembled.some((a) => hasSystemDir(a.tree)),
        ...(options.operand ? { operand: options.operand } : {}),
        // Recommends are the same on every architecture: the first platform's say it.
        recommends: first.recommends,
    });
    const annotations = imageAnnotations({
        name,
        sqlVersion,
        major: options.major,
        distribution: options.distribution,
        created: options.created,
        baseImage: `${options.baseRepository}:${options.major}-minimal-${options.distribution}`,
        ...(first.description ? { description: first.description } : {}),
        ...(options.source ? { source: options.source } : {}),
        extra: options.annotations,
        metadata,
    });
    const platformImages = [];
    for (const a of assembled) {
        platformImages.push(await buildPlatformImage(a.platform, a.tree, {
            mtime: options.epoch,
            created: options.created,
            annotations,
        }));
    }
    const platforms = assembled.map((a) => ({
        platform: a.platform,
        packages: a.packages,
        systemPackages: a.systemPackages,
        systemLibraries: a.systemLibraries.length,
        systemBytes: bytesUnder(a, 'system/'),
        files: a.tree.files().length,
    }));
    return {
        name,
        ...(derived ? { nameFrom: derived.from } : {}),
        sqlVersion,
        extensions: first.contract.extensions,
        env,
        metadata,
        annotations,
        created: options.created,
        platforms,
        platformImages,
        index: buildImageIndex(platformImages, annotations),
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/tags.ts
/**
 * Tag names of extension images, from templates in the configuration's template language:
 * `<extversion>-<major>-<distribution>` and the immutable
 * `<extversion>-<YYYYMMDDhhmm>-<major>-<distribution>` by default (docs/contracts.md, "Extension
 * image").
 */


const DEFAULT_EXTENSION_TAGS = [
    '{version}-{major}-{distribution}',
    '{version}-{timestamp}-{major}-{distribution}',
];
/** `version` is the extension's SQL version (`default_version` of its control file). */
const EXTENSION_TAG_PLACEHOLDERS = [
    'version',
    'major',
    'distribution',
    'timestamp',
    'name',
];
function checkTagTemplates(templates) {
    if (templates.length === 0) {
        throw new ExtensionOptionsError('tags', 'no template given; at least one tag names the image');
    }
    for (const template of templates) {
        // A tag without placeholders is one tag for every version, major and distribution: each
        // push would move it to another image, and none of them could be told apart or promoted.
        if (placeholdersOf(template).length === 0) {
            throw new ExtensionOptionsError('tags', `"${template}" has no placeholder, so every image would get it and it would move on each push${template.toLowerCase() === 'latest' ? ' ("latest" is never written)' : ''}; use {version}, {major} and {distribution}, e.g. ${DEFAULT_EXTENSION_TAGS.join(',')}`);
        }
        const unknown = unknownPlaceholders(template, EXTENSION_TAG_PLACEHOLDERS);
        if (unknown.length > 0) {
            throw new ExtensionOptionsError('tags', `"${template}" uses ${unknown.map((u) => `{${u}}`).join(', ')}; the placeholders are ` +
                EXTENSION_TAG_PLACEHOLDERS.map((p) => `{${p}}`).join(', '));
        }
    }
}
/** A version as a tag can hold it: `1.0~rc1` → `1.0rc1`, `3.7.0+dfsg` → `3.7.0_dfsg`. */
function tagSafe(value) {
    return value.replace(/~/g, '').replace(/[^A-Za-z0-9_.-]/g, '_');
}
function renderTags(templates, values) {
    const safe = { ...values, version: tagSafe(values.version) };
    const tags = templates.map((t) => template_renderTemplate(t, safe));
    for (const [i, tag] of tags.entries()) {
        if (!template_TAG_PATTERN.test(tag)) {
            throw new ExtensionOptionsError('tags', `"${templates[i]}" gives "${tag}", which is not a tag (letters, digits, _ . -; at most 128, not starting with . or -)`);
        }
    }
    return [...new Set(tags)];
}

;// CONCATENATED MODULE: ./packages/extension/src/options.ts






const SYSTEM_LIBRARIES_MODES = ['auto', 'none'];
function checkOptions(options) {
    if (options.name !== undefined &&
        (!EXTENSION_NAME.test(options.name) || options.name.length > EXTENSION_NAME_MAX)) {
        throw new ExtensionOptionsError('name', `"${options.name}" is not an extension name CNPG accepts: lowercase letters, digits, - ` +
            `and _, starting and ending with a letter or digit, at most ${EXTENSION_NAME_MAX} characters`);
    }
    const hasPackages = (options.packages?.length ?? 0) > 0;
    if (hasPackages === (options.directory !== undefined)) {
        throw new ExtensionOptionsError(hasPackages ? 'directory' : 'package', hasPackages
            ? 'give either package or directory, not both'
            : 'give package (a Debian package name template, e.g. postgresql-{major}-pgvector) or directory');
    }
    for (const template of options.packages ?? []) {
        if (!/^[a-z0-9][a-z0-9+.{}*-]*$/.test(template) || /\{(?!major\})/.test(template)) {
            throw new ExtensionOptionsError('package', `"${template}" is not a Debian package name template (lowercase letters, digits, + - . ` +
                '{major}, and * for any run of them)');
        }
    }
    for (const platform of options.platforms ?? []) {
        try {
            parsePlatform(platform);
            machineOf(platform);
        }
        catch (error) {
            throw new ExtensionOptionsError('platforms', error.message);
        }
    }
    checkTagTemplates(options.tags ?? DEFAULT_EXTENSION_TAGS);
    if (isBatch(options)) {
        // Each image of a batch is named from what it holds, in a repository of its own name.
        for (const [field, given] of [
            ['name', options.name],
            ['image', options.image],
        ]) {
            if (given !== undefined) {
                throw new ExtensionOptionsError(field, `"${given}" cannot name the images of a batch (${(options.packages ?? []).join(', ')}): each is named after what it holds, under the configuration's registry`);
            }
        }
    }
    if (!options.push && !options.output) {
        throw new ExtensionOptionsError('output', 'required when not pushing (the OCI image layout to write)');
    }
    const epoch = options.sourceDateEpoch ?? 0;
    if (!Number.isInteger(epoch) || epoch < 0) {
        throw new ExtensionOptionsError('source-date-epoch', `${epoch} is not whole seconds since 1970`);
    }
}

;// CONCATENATED MODULE: ./packages/extension/src/output.ts

/** The record of an image `plan` made, written where `destination` says. */
function imageOutput(made, plan, destination) {
    const { reference, repository, tags, promote } = destination;
    const { platformImages } = made;
    return {
        reference,
        digest: made.index.digest,
        repository,
        tags,
        promote,
        major: plan.major,
        distribution: plan.distribution,
        ...(plan.postgresVersion ? { postgresVersion: plan.postgresVersion } : {}),
        sqlVersion: made.sqlVersion,
        extensions: made.extensions,
        platforms: made.platforms.map((p, i) => ({
            ...p,
            digest: platformImages[i]?.image.manifest.digest ?? '',
            size: (platformImages[i]?.layers ?? []).reduce((n, l) => n + l.size, 0),
        })),
        env: made.env,
        metadata: made.metadata,
        clusterExtension: clusterEntry(made.name, reference, made.metadata),
        annotations: made.annotations,
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/image-key.ts
/**
 * The key an extension image is cached under (image-cache.ts): a digest of everything the
 * image is a function of, so that any change to any of them is a miss.
 *
 * - the code (@pgforge/apt's code-version.ts) and the options that reach the image: the name given or the
 *   templates it is derived from, SOURCE_DATE_EPOCH (`created`), the source annotations, the
 *   configuration's annotations and base image name, whether system libraries are resolved;
 * - per platform, each `.deb` by the SHA-256 and size its signed Packages index gives (its
 *   bytes are all the image holds of it), and the names asked for;
 * - with system libraries, what they are resolved from: every Packages and Contents file of
 *   the platform's sources as its signed Release lists it (which libraries exist, in which
 *   package, at which version), the minimal image's set (what need not be carried) and the
 *   base's installed packages.
 *
 * A daily-updated suite (sid) lists new index hashes each day, and so misses once a day: the
 * price of never serving an image resolved against yesterday's archive.
 */

// Bump when what goes into the key changes meaning.
const KEY_FORMAT = 1;
/** The files of the Release a platform's resolution reads: its Packages and Contents. */
async function listedIndexes(arch, release) {
    return Promise.all(arch.indexes.map(async ({ repository, component }) => {
        const listed = await release(repository);
        const wanted = new RegExp(`^${component}/(binary-(${arch.architecture}|all)/Packages|Contents-(${arch.architecture}|all))(\\.|$)`);
        return [
            `${repository.mirror} ${repository.suite} ${component}`,
            ...[...listed.sha256]
                .filter(([path]) => wanted.test(path))
                .map(([path, entry]) => `${path}=${entry.sha256}:${entry.size}`)
                .sort(),
        ];
    }));
}
async function imageKey(input) {
    const platforms = await Promise.all(input.platforms.map(async (p) => ({
        platform: p.platform,
        roots: p.roots,
        debs: p.packages.map(({ pkg, repository }) => [
            pkg.package,
            pkg.version,
            pkg.architecture,
            pkg.filename,
            pkg.sha256,
            pkg.size,
            repository.mirror,
            repository.suite,
        ]),
        system: p.minimal
            ? {
                indexes: await listedIndexes(p.arch, input.release),
                minimal: [[...p.minimal.packages].sort(), [...p.minimal.provides].sort()],
                installed: p.arch.installed?.map((i) => `${i.package}=${i.version}`).sort() ?? null,
            }
            : null,
    })));
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([
        KEY_FORMAT,
        input.code,
        input.major,
        input.distribution,
        input.postgresVersion ?? null,
        platforms,
        input.options,
    ]))
        .digest('hex');
}

;// CONCATENATED MODULE: ./packages/extension/src/package-plans.ts
/**
 * The plans of an image made from Debian packages: one per PostgreSQL major × distribution the
 * packages resolve for, each platform assembled from its resolved packages, and a cache key
 * when the APT reader has signed Releases to vouch for the inputs.
 */






async function packagePlans(options, config, apt, systems, views, operands) {
    const resolved = await resolveImages(apt, {
        config,
        packages: options.packages ?? [],
        specs: specsOf(config),
        distributions: config.distributions,
        platforms: config.platforms,
        view: views,
        ...(options.cacheDir !== undefined
            ? { predictions: await predictionStore(options.cacheDir) }
            : {}),
        ...(options.log ? { log: options.log } : {}),
        ...(options.warn ? { warn: options.warn } : {}),
    });
    return resolved.map((r) => ({
        major: r.major,
        distribution: r.distribution,
        postgresVersion: r.postgresVersion,
        operand: async () => {
            const [first] = r.platforms;
            return first
                ? operands.get(first.arch, r.major)
                : { extensions: new Set(), preload: new Map() };
        },
        platforms: r.platforms.map((p) => ({
            platform: p.platform,
            assemble: async () => assembleFromPackages({
                ...(options.name ? { name: options.name } : {}),
                platform: p.platform,
                major: r.major,
                packages: p.packages,
                roots: p.roots,
                apt,
                ...(systems ? { system: await systems.get(p.arch, r.major) } : {}),
                ...(options.log ? { log: options.log } : {}),
            }),
        })),
        ...(apt.release
            ? {
                key: async (keyOptions) => imageKey({
                    code: await codeVersion(),
                    major: r.major,
                    distribution: r.distribution,
                    postgresVersion: r.postgresVersion,
                    platforms: await Promise.all(r.platforms.map(async (p) => ({
                        platform: p.platform,
                        roots: p.roots,
                        packages: p.packages,
                        arch: p.arch,
                        ...(systems ? { minimal: (await systems.get(p.arch, r.major)).minimal } : {}),
                    }))),
                    options: keyOptions,
                    release: (repository) => releaseOf(apt, repository),
                }),
            }
            : {}),
        usedHints: () => r.platforms.some((p) => systems?.usedHints(p.arch) === true),
    }));
}
/** The signed Release through a reader that has it (the caller checked). */
function releaseOf(apt, repository) {
    if (!apt.release)
        throw new Error('this APT reader gives no signed Release');
    return apt.release(repository);
}

;// CONCATENATED MODULE: ./packages/extension/src/publish.ts
/**
 * Where built images go: a registry (blobs first, skipped when present or mounted from
 * another repository, then the platform manifests and the index by digest, and only then the
 * tags, so that a tag never names a half-pushed image), or an OCI image layout with one
 * entry per tag (`oci:<dir>:<tag>` for skopeo and umoci).
 */


async function pushImage(registry, repository, image, options = {}) {
    const blobOptions = options.mountFrom?.length
        ? { mountFrom: options.mountFrom }
        : {};
    const blobs = blobsOf(image.platforms).filter((b) => b.mediaType !== MediaTypes.ociManifest);
    // A few blobs at a time: a large system layer should not wait behind small ones.
    const pending = [...blobs];
    const workers = Array.from({ length: Math.min(options.concurrency ?? 3, pending.length) }, async () => {
        for (let blob = pending.shift(); blob; blob = pending.shift()) {
            await registry.pushBlob(repository, blob.bytes, {
                ...blobOptions,
                digest: blob.digest,
                mediaType: blob.mediaType,
            });
        }
    });
    await Promise.all(workers);
    for (const { image: built } of image.platforms) {
        await registry.pushManifest(`${repository}@${built.manifest.digest}`, built.manifest.bytes, built.manifest.mediaType);
    }
    await registry.pushManifest(`${repository}@${image.index.digest}`, image.index.bytes, image.index.mediaType);
    for (const tag of image.tags) {
        await registry.pushManifest(`${repository}:${tag}`, image.index.bytes, image.index.mediaType);
    }
}
async function writeImageLayout(dir, image) {
    await writeLayout(dir, {
        manifests: image.tags.map((tag) => ({
            mediaType: image.index.mediaType,
            digest: image.index.digest,
            size: image.index.size,
            refName: tag,
        })),
        blobs: [...blobsOf(image.platforms), image.index],
    });
}

;// CONCATENATED MODULE: ./packages/extension/src/summary.ts
/** The step summary: one row per image, then the refused packages and the limitations. */


const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
function extensionSummaryDocument(name, images, where) {
    const rows = images.map((i) => {
        const system = i.platforms
            .map((p) => `${p.platform.split('/')[1]}: ${p.systemLibraries} (${mb(p.systemBytes)})`)
            .join(', ');
        const size = i.platforms.map((p) => `${p.platform.split('/')[1]}: ${mb(p.size)}`).join(', ');
        const m = i.metadata;
        const extensions = m.createExtension
            ? m.sqlNames.map((e) => (e.version ? `${e.name} ${e.version}` : e.name)).join(', ')
            : `none to create${m.binPath.length > 0 ? ' (programs)' : ' (module)'}`;
        return [
            i.metadata.name,
            String(i.major),
            i.distribution,
            i.sqlVersion,
            extensions,
            m.sharedPreloadLibraries.join(', ') || '–',
            m.requires.map(describeRequirement).join(', ') || '–',
            i.platforms.map((p) => p.platform).join(', '),
            system,
            size,
            model_code(i.digest),
            model_join(i.tags.map(model_code), ' '),
        ];
    });
    const document = [
        heading(3, `Extension images: ${name}`),
        paragraph(where.pushed
            ? 'Pushed by digest, then tagged.'
            : ['Written to the OCI image layout ', model_code(where.layout ?? ''), '.']),
        table([
            'image',
            'PostgreSQL',
            'distribution',
            'version',
            'extensions',
            'preload',
            'requires',
            'platforms',
            'system libraries',
            'compressed',
            'digest',
            'tags',
        ], rows),
    ];
    if (where.refused && where.refused.length > 0) {
        document.push(paragraph([model_strong('Refused'), ` (${where.refused.length})`]), table(['package', 'reason'], where.refused.map((r) => [r.package, r.reason])));
    }
    const limitations = [...new Set(images.flatMap((i) => i.metadata.limitations))];
    if (limitations.length > 0) {
        document.push(paragraph(model_strong('Limitations')), list(limitations));
    }
    return document;
}
const summaryMarkdown = (name, images, where) => renderMarkdown(extensionSummaryDocument(name, images, where));

;// CONCATENATED MODULE: ./packages/extension/src/tag-policy.ts
/**
 * Where each image goes and under which tags. `image` names the production repository; images
 * are pushed to its testing twin, and only promote writes production, once the image has
 * passed its smoke test (mounted). A tag naming the run's time is the immutable one.
 */




function repositoryOf(value) {
    let ref;
    try {
        ref = reference_parseReference(value);
    }
    catch (error) {
        throw new ExtensionOptionsError('image', error.message);
    }
    if (ref.tag !== undefined || ref.digest !== undefined) {
        throw new ExtensionOptionsError('image', `"${value}" names a tag or digest; give the repository alone (tags come from tags)`);
    }
    return { registry: ref.registry, repository: ref.repository };
}
/** `2026-11-21T13:15:00Z` for SOURCE_DATE_EPOCH. */
function tag_policy_rfc3339(epoch) {
    return new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
}
/**
 * The run's policy, from `image` (or the configuration's registry), `push`, `tags` and the
 * run's clock. A given image or name is checked here, before anything is downloaded.
 */
function tagPolicy(options, registry) {
    const repositoriesOf = (name) => {
        const repository = repositoryOf(lowercaseName(options.image ?? `${registry}/${name}`));
        const named = `${repository.registry}/${repository.repository}`;
        const production = productionRepositoryOf(named) ?? named;
        return { production, repositoryName: options.push ? model_testingRepositoryOf(production) : named };
    };
    if (options.image !== undefined || options.name !== undefined)
        repositoriesOf(options.name ?? 'x');
    const timestamp = timestamp_tagTimestamp(options.now);
    const templates = options.tags ?? DEFAULT_EXTENSION_TAGS;
    return ({ name, version, major, distribution, digest }) => {
        const { production, repositoryName } = repositoriesOf(name);
        const values = { version, major: String(major), distribution, timestamp, name };
        const allTags = renderTags(templates, values);
        // A tag naming the run's time is the immutable one: testing gets it alone (every tag when no
        // template names the time), production gets it first and the moving tags after it.
        const immutable = renderTags(templates.filter((t) => t.includes('{timestamp}')), values);
        const productionTags = [...new Set([...immutable, ...allTags])];
        return {
            reference: `${repositoryName}@${digest}`,
            repository: repositoryName,
            tags: options.push && immutable.length > 0 ? immutable : allTags,
            promote: {
                repository: production,
                tags: productionTags.map((t) => `${production}:${t}`),
                immutable: immutable.length,
            },
        };
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/command.ts
/**
 * `extensionCommand`: everything the extension action and `pgforge extension` do, from parsed
 * options to pushed images (or an OCI image layout) and the Cluster snippet. The edge fills
 * the options from inputs or flags and the environment; nothing here reads process.env.
 *
 * The steps have rooms of their own: options.ts (and their checks), config.ts, clients.ts (the
 * clients and caches of a run), package-plans.ts and directory-plans.ts (what to make),
 * make-image.ts, tag-policy.ts (where each image goes, under which tags), publish.ts and
 * output.ts (what is returned).
 */


















async function extensionCommand(options) {
    checkOptions(options);
    const batch = isBatch(options);
    const config = await configOf(options);
    const log = options.log;
    const { apt, views, systems, operands, imageCache, registry, settled } = clientsOf(options, config);
    const destinationOf = tagPolicy(options, config.registry);
    const epoch = options.sourceDateEpoch ?? 0;
    const created = tag_policy_rfc3339(epoch);
    /** What of the options reaches an image, besides its plan: part of its cache key. */
    const keyOptions = (subject) => ({
        name: subject.name ?? null,
        packages: subject.packages ?? [],
        systemLibraries: options.systemLibraries,
        epoch,
        source: options.source ?? null,
        annotations: config.annotations,
        baseRepository: `${config.registry}/${config.name}`,
    });
    /** The image of one plan: made before from the same inputs (image-cache.ts), or made now. */
    const imageOf = async (subject, plan) => {
        const key = imageCache && plan.key ? await plan.key(keyOptions(subject)) : undefined;
        const cached = key !== undefined ? await imageCache?.get(key) : undefined;
        if (cached) {
            log?.(`${cached.name} ${cached.sqlVersion} for PostgreSQL ${plan.major} on ${plan.distribution}: made before from the same inputs (cache)`);
            return cached;
        }
        const assembled = await Promise.all(plan.platforms.map((p) => p.assemble()));
        // Whether a requirement is contrib is read only when there is one.
        const required = assembled[0]?.contract.controls.some((c) => c.requires.length > 0);
        const operand = required && plan.operand ? await plan.operand() : undefined;
        const made = await makeImage(subject, assembled, {
            ...(operand ? { operand } : {}),
            major: plan.major,
            distribution: plan.distribution,
            epoch,
            created,
            baseRepository: `${config.registry}/${config.name}`,
            annotations: config.annotations,
            ...(options.source ? { source: options.source } : {}),
        });
        if (made && key !== undefined && plan.usedHints?.() !== true) {
            // A cache that cannot be written costs the next run a build, nothing else.
            await imageCache?.put(key, made).catch(() => undefined);
        }
        return made;
    };
    const images = [];
    const publishing = serially();
    const layout = options.push ? undefined : (0,external_node_path_.resolve)(options.output ?? '.');
    /** The images of one subject (its packages or directory): one per major × distribution. */
    const imagesOf = async (subject) => {
        const built = [];
        const plans = subject.directory !== undefined
            ? await directoryPlans(subject, config, apt, systems, views)
            : await packagePlans(subject, config, apt, systems, views, operands);
        let imageName = subject.name;
        for (const plan of plans) {
            const started = Date.now();
            const made = await imageOf(subject, plan);
            if (!made)
                continue;
            // Every major and distribution must come to the same name: their repository is one.
            if (subject.name === undefined) {
                if (imageName !== undefined && made.name !== imageName) {
                    throw new ExtensionOptionsError('name', `required: PostgreSQL ${plan.major} on ${plan.distribution} would name the image ${made.name} (${made.nameFrom ?? 'derived'}), the images before it ${imageName}; one repository holds one name`);
                }
                if (imageName === undefined)
                    log?.(`image name ${made.name}, from ${made.nameFrom ?? 'its contents'}`);
            }
            imageName = made.name;
            const { name, sqlVersion, index } = made;
            const destination = destinationOf({
                name,
                version: sqlVersion,
                major: plan.major,
                distribution: plan.distribution,
                digest: index.digest,
            });
            const image = { index, platforms: made.platformImages, tags: destination.tags };
            await publishing(async () => {
                if (registry) {
                    await pushImage(registry, destination.repository, image, {
                        ...(options.mountFrom ? { mountFrom: options.mountFrom } : {}),
                    });
                }
                else if (layout) {
                    await writeImageLayout(layout, image);
                }
            });
            built.push(imageOutput(made, plan, destination));
            log?.(`${name} ${sqlVersion} for PostgreSQL ${plan.major} on ${plan.distribution} ` +
                `(${made.platforms.map((p) => p.platform).join(', ')}): ${index.digest}` +
                `${registry ? ` pushed to ${destination.repository}` : ` written to ${layout}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        }
        return { name: imageName, images: built };
    };
    let imageName;
    const refused = [];
    if (batch) {
        const packages = await batchPackages(options, config, specsOf(config), apt, views);
        // A counter as each package ends (in the order they end: several are made at once), so a
        // batch of a hundred says how far it is.
        let ended = 0;
        const counted = (pkg, what, started) => log?.(`[${++ended}/${packages.length}] ${pkg}: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        log?.(`batch: ${packages.length} package${packages.length === 1 ? '' : 's'}`);
        // One image per core at a time; the results in the packages' order, whatever finished first.
        const outcomes = await mapBounded(packages, (0,external_node_os_.availableParallelism)(), async (pkg) => {
            const started = Date.now();
            try {
                const made = (await imagesOf({ ...options, packages: [pkg], name: undefined })).images;
                counted(pkg, `${made.length} image${made.length === 1 ? '' : 's'}`, started);
                return { images: made };
            }
            catch (error) {
                if (!(error instanceof ExtensionError))
                    throw error;
                counted(pkg, `refused: ${error.message}`, started);
                return { refused: { package: pkg, reason: error.message } };
            }
        });
        for (const outcome of outcomes) {
            if (outcome.images)
                images.push(...outcome.images);
            if (outcome.refused)
                refused.push(outcome.refused);
        }
    }
    else {
        const one = await imagesOf(options);
        imageName = one.name;
        images.push(...one.images);
    }
    // A requirement another image of this run provides is named with it.
    const mapped = mapRequirements(images);
    images.splice(0, images.length, ...mapped);
    const entries = images.map((i) => i.clusterExtension);
    // The indexes read cold were stored while the images were made; the next run finds them.
    await settled();
    const document = extensionSummaryDocument(batch ? 'batch' : (imageName ?? 'extension'), images, {
        pushed: registry !== undefined,
        ...(layout ? { layout } : {}),
        refused,
    });
    return {
        name: imageName ?? options.name ?? '',
        images,
        refused,
        clusterExtensions: clusterExtensionsYaml(images.map((i) => ({
            entry: i.clusterExtension,
            comment: `PostgreSQL ${i.major} on ${i.distribution}`,
            metadata: i.metadata,
        }))),
        entries,
        ...(layout ? { layout } : {}),
        pushed: registry !== undefined,
        summary: markdown_renderMarkdown(document),
        summaryDocument: document,
    };
}

;// CONCATENATED MODULE: ./packages/extension/src/sboms.ts
/**
 * SBOMs of the extension images a run pushed, one per platform image, attached to it: what the
 * extension action (`sbom: true`) and `pgforge extension --sbom` both do after extensionCommand.
 * The SBOM lists the packages each image was assembled from, with their versions, which only
 * this run knows (an extension image carries no dpkg database to read them back from).
 */

/** Writes and attaches the SBOMs; the files written, in order. */
async function extensionSboms(result, options) {
    if (!result.pushed) {
        // The SBOM is read from the registry and attached there: a layout on disk has neither.
        options.warn?.('sbom: no SBOM written: the images were not pushed (SBOMs are read from and attached in the registry; push to get them)');
        return [];
    }
    const files = [];
    for (const image of result.images) {
        for (const p of image.platforms) {
            const r = await sbomCommand({
                image: `${image.repository}@${p.digest}`,
                formats: SBOM_FORMATS,
                outputDir: options.outputDir,
                attach: true,
                extensionPackages: [...p.packages, ...p.systemPackages],
                distro: { id: 'debian', version: image.distribution },
                ...(options.registry ? { registry: options.registry } : {}),
                ...(options.docker ? { docker: options.docker } : {}),
                ...(options.log ? { log: options.log } : {}),
                ...(options.warn ? { warn: options.warn } : {}),
            });
            files.push(...r.files);
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/extension/src/index.ts





















;// CONCATENATED MODULE: ./actions/extension/src/context.ts







const PACKAGE_SOURCES = ['pgdg', 'distribution'];
function epochOf(env) {
    const given = stringInput('source-date-epoch');
    const value = given ?? env.SOURCE_DATE_EPOCH?.trim() ?? '';
    if (value === '')
        return 0;
    if (!/^\d+$/.test(value)) {
        throw new InputError(given !== undefined ? 'source-date-epoch' : 'SOURCE_DATE_EPOCH (environment)', value, 'whole seconds since 1970, e.g. 1763730900');
    }
    return Number(value);
}
/** A file an input names, or an InputError naming the input, the path and why. */
function readInputFile(name, path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new InputError(name, path, `a readable file of package templates, one per line (${error.code ?? String(error)})`);
    }
}
function getInputs(env = process.env) {
    const name = stringInput('name');
    const timestamp = stringInput('timestamp');
    const now = timestamp === undefined ? new Date() : new Date(timestamp);
    if (Number.isNaN(now.getTime())) {
        throw new InputError('timestamp', timestamp ?? '', 'an RFC 3339 date and time, e.g. 2026-11-21T13:15:00Z');
    }
    const packageSource = stringInput('package-source');
    if (packageSource !== undefined &&
        !PACKAGE_SOURCES.includes(packageSource)) {
        throw new InputError('package-source', packageSource, PACKAGE_SOURCES.join(', '));
    }
    const context = runnerContext(env);
    const configFile = stringInput('config');
    const listed = stringInput('package-list');
    const packages = listed
        ? [...(listInput('package') ?? []), ...parsePackageList(readInputFile('package-list', listed))]
        : listInput('package');
    const directory = stringInput('directory');
    const postgres = listInput('postgres');
    const distributions = listInput('distributions');
    const platforms = listInput('platforms');
    const mirror = stringInput('mirror');
    const image = stringInput('image');
    const tags = listInput('tags');
    const mountFrom = listInput('mount-from');
    return {
        ...(name !== undefined ? { name } : {}),
        ...(packages ? { packages } : {}),
        ...(listed ? { batch: true } : {}),
        ...(directory !== undefined ? { directory } : {}),
        ...(postgres ? { postgres } : {}),
        ...(distributions ? { distributions } : {}),
        ...(platforms ? { platforms } : {}),
        ...(packageSource ? { packageSource: packageSource } : {}),
        ...(mirror ? { mirror } : {}),
        // Only true overrides: false, the default, leaves the configuration's setting in force.
        ...(booleanInput('allow-expired-release', false) ? { allowExpiredRelease: true } : {}),
        ...(image ? { image } : {}),
        push: booleanInput('push', false),
        ...(booleanInput('sbom', false)
            ? {
                sbomDir: stringInput('sbom-dir') ?? (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'pgforge', 'sbom'),
            }
            : {}),
        output: stringInput('output') ?? (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'pgforge', 'extension-layout'),
        ...(tags ? { tags } : {}),
        systemLibraries: choiceInput('system-libraries', SYSTEM_LIBRARIES_MODES, 'auto'),
        // The default file may be absent (defaults apply); a file someone named must exist.
        configFile: namedConfigFile(configFile),
        now,
        sourceDateEpoch: epochOf(env),
        source: { revision: context.revision, url: context.url, vendor: context.owner },
        cacheDir: defaultCacheDir(env, (0,external_node_os_.homedir)()),
        hostRoot: hostAptRoot(env),
        ...(mountFrom ? { mountFrom } : {}),
        docker: { env: { ...env }, homeDir: (0,external_node_os_.homedir)() },
    };
}

;// CONCATENATED MODULE: ./actions/extension/src/run.ts



async function main() {
    const inputs = getInputs();
    const result = await log.group(`Assemble extension images of ${inputs.name}`, () => extensionCommand({ ...inputs, log: log.info, warn: log.warning }));
    setOutput('images', result.images);
    setOutput('name', result.name);
    setOutput('refused', result.refused);
    setOutput('cluster-extensions', result.clusterExtensions);
    if (result.layout)
        setOutput('layout', result.layout);
    const { sbomDir, docker } = inputs;
    if (sbomDir) {
        const files = await log.group('SBOMs', () => extensionSboms(result, {
            outputDir: sbomDir,
            ...(docker ? { docker } : {}),
            log: log.info,
            warn: log.warning,
        }));
        setOutput('sbom-files', files);
    }
    for (const i of result.images)
        log.info(`${i.reference} (${i.tags.join(', ')})`);
    await writeSummary(result.summary);
}
main().catch(reportFailure);


/***/ })

};
