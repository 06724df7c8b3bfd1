export const id = 477;
export const ids = [477];
export const modules = {

/***/ 7477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _f: () => (/* reexport */ NOASSERTION),
  zu: () => (/* reexport */ SBOM_FORMATS),
  tS: () => (/* reexport */ parseCopyright),
  Ql: () => (/* reexport */ parseFormats),
  Zw: () => (/* reexport */ src/* readImageFiles */.Zw),
  xq: () => (/* reexport */ src/* resolveFile */.xq),
  Vk: () => (/* reexport */ sbomCommand)
});

// UNUSED EXPORTS: AttachError, CYCLONEDX_MEDIA_TYPE, DEFAULT_TOOL, LayerReadError, NoPackagesFoundError, SBOM_SELECTION, SPDX_MEDIA_TYPE, SbomError, UnsupportedLayerError, analyzeImageFiles, attachSbom, cyclonedxLicenses, debPurl, diffDocument, diffMarkdown, diffPackages, distroQualifier, documentInput, encodePurlComponent, findAttachedSboms, formatPurl, isEmptyDiff, isInstalled, isMachineReadable, layerCompression, licenseRef, normalizePath, ociPurl, packageKey, parseControlFile, parseDpkgDatabase, parseOsRelease, parseSourceField, readSbomContent, resolvePlatformImages, sbomFileBase, sbomSummaryDocument, sbomTimestamp, spdxExceptionId, spdxLicenseId, spdxSupplier, uuidV5, writeCycloneDx, writeSpdx

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var src = __webpack_require__(8731);
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

// EXTERNAL MODULE: ./packages/apt/src/index.ts + 37 modules
var apt_src = __webpack_require__(3190);
;// CONCATENATED MODULE: ./packages/sbom/src/dpkg-status.ts
/**
 * The dpkg database: `var/lib/dpkg/status` (one paragraph per package, deb822) and the
 * distroless `var/lib/dpkg/status.d/<name>` files (one or more paragraphs each, no Status).
 */

// dpkg's package states with the files unpacked and configured; triggers-* only wait for a
// trigger to run. config-files, half-installed, unpacked and half-configured packages are not
// (or not wholly) there.
const INSTALLED_STATES = new Set(['installed', 'triggers-awaited', 'triggers-pending']);
/** True when the Status field (`want flag state`) says the package is installed; no field: yes. */
function isInstalled(status) {
    if (status === undefined)
        return true;
    const state = status.trim().split(/\s+/)[2];
    return state !== undefined && INSTALLED_STATES.has(state);
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
function toPackage(paragraph) {
    const name = paragraph.get('Package');
    const version = paragraph.get('Version');
    if (!name || !version || !isInstalled(paragraph.get('Status')))
        return undefined;
    const source = parseSourceField(paragraph.get('Source') ?? name);
    const depends = [
        ...(0,apt_src/* parseDependsNames */.TT)(paragraph.get('Pre-Depends') ?? ''),
        ...(0,apt_src/* parseDependsNames */.TT)(paragraph.get('Depends') ?? ''),
    ];
    const pkg = {
        name,
        version,
        architecture: paragraph.get('Architecture') ?? 'all',
        source: source.name,
        sourceVersion: source.version ?? version,
        depends,
        provides: (0,apt_src/* parseDependsNames */.TT)(paragraph.get('Provides') ?? '').flat(),
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
        for (const paragraph of (0,apt_src/* parseDeb822 */.RM)(text, source)) {
            const pkg = toPackage(paragraph);
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
const ALIASES = {
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
    const direct = BY_LOWER.get(lower) ?? ALIASES[lower];
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
function join(op, args) {
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
                ors.push(join('AND', ands));
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
        ors.push(join('AND', ands));
    if (ors.length === 0)
        return undefined;
    return join('OR', ors);
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
        result = result ? join(op, [result, expr]) : expr;
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
        paragraphs = (0,apt_src/* parseDeb822 */.RM)(text);
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
    const combined = join('AND', exprs);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/platform/src/index.ts + 1 modules
var platform_src = __webpack_require__(684);
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








const STATUS = 'var/lib/dpkg/status';
const STATUS_D = 'var/lib/dpkg/status.d/';
const DOC = 'usr/share/doc/';
const OS_RELEASE = ['etc/os-release', 'usr/lib/os-release'];
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
    content: (path) => path === STATUS ||
        oneLevelUnder(path, STATUS_D) ||
        isDocCopyright(path) ||
        OS_RELEASE.includes(path) ||
        isControl(path) ||
        isLicense(path),
    // Doc directories may be symlinks to another package's (`libfoo -> libfoo-common`).
    list: (path) => oneLevelUnder(path, DOC) || isExtensionTree(path),
    hash: isHashed,
};
const decoder = new TextDecoder();
const analyze_text = (file) => file?.content ? decoder.decode(file.content) : undefined;
function readDistro(files) {
    for (const path of OS_RELEASE) {
        const content = analyze_text((0,src/* resolveFile */.xq)(files, path));
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
    const packages = parseDpkgDatabase({ status: analyze_text(files.get(STATUS)), statusD });
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
        const file = (0,src/* resolveFile */.xq)(files, path);
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
    const arch = (0,platform_src/* findByPlatform */.q_)(options.platform)?.debianArchitecture ?? options.platform.architecture;
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
        const content = analyze_text((0,src/* resolveFile */.xq)(files, licenseFile));
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
    const hasDpkg = files.has(STATUS) || [...files.keys()].some((path) => oneLevelUnder(path, STATUS_D));
    if (hasDpkg)
        return debianContent(files);
    if ([...files.keys()].some(isControl))
        return extensionContent(files, options);
    throw new NoPackagesFoundError(options.image);
}

;// CONCATENATED MODULE: ./packages/sbom/src/model.ts
const DEFAULT_TOOL = { name: 'pgforge', version: '0.1.0' };

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./packages/versions/src/index.ts + 2 modules
var versions_src = __webpack_require__(7289);
// EXTERNAL MODULE: ./packages/summary/src/index.ts + 4 modules
var summary_src = __webpack_require__(7755);
;// CONCATENATED MODULE: ./packages/sbom/src/diff.ts
/**
 * What changed between two images' packages: added, removed, upgraded, downgraded (dpkg's
 * version order), keyed by name and architecture. The per-image release notes.
 */



function order(a, b) {
    const ka = packageKey(a);
    const kb = packageKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
}
// A version dpkg would reject (an extension image's unknown version is '') still compares:
// as a string, so that the diff reports the change rather than failing on it.
function compareVersions(a, b) {
    try {
        return (0,versions_src/* compareDebianVersions */._K)(a, b);
    }
    catch {
        return a < b ? -1 : a > b ? 1 : 0;
    }
}
const pick = (p) => ({
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
            diff.added.push(pick(p));
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
            diff.removed.push(pick(p));
    diff.added.sort(order);
    diff.removed.sort(order);
    diff.upgraded.sort(order);
    diff.downgraded.sort(order);
    return diff;
}
/** True when nothing was added, removed or changed. */
function isEmptyDiff(diff) {
    return (diff.added.length + diff.removed.length + diff.upgraded.length + diff.downgraded.length === 0);
}
const label = (p) => [
    (0,summary_src/* code */.aY)(p.name),
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
    const document = [(0,summary_src/* heading */.R_)(3, title), (0,summary_src/* paragraph */.FY)(counts.join(', '))];
    if (isEmptyDiff(diff))
        return [...document, (0,summary_src/* paragraph */.FY)('No package changed.')];
    const noted = (p) => [p.suite, ...(p.cves ?? [])].filter((x) => !!x).join(', ');
    const changed = (kind) => (p) => [
        kind,
        label(p),
        (0,summary_src/* code */.aY)(p.from),
        (0,summary_src/* code */.aY)(p.to),
        noted(p),
    ];
    const rows = [
        ...diff.upgraded.map(changed('upgraded')),
        ...diff.downgraded.map(changed('downgraded')),
        ...diff.added.map((p) => ['added', label(p), '', (0,summary_src/* code */.aY)(p.version), '']),
        ...diff.removed.map((p) => ['removed', label(p), (0,summary_src/* code */.aY)(p.version), '', '']),
    ];
    return [...document, (0,summary_src/* table */.tp)(['change', 'package', 'from', 'to', 'suite, CVEs'], rows)];
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

// EXTERNAL MODULE: ./packages/errors/src/index.ts + 1 modules
var errors_src = __webpack_require__(7405);
;// CONCATENATED MODULE: ./packages/sbom/src/document.ts
/** One SBOM document input from an image and its content, with a timestamp that never drifts. */


// Neither an option nor the image says when: the epoch, so that the output stays reproducible.
const EPOCH = '1970-01-01T00:00:00Z';
/**
 * The SBOM's creation time as SPDX wants it (`YYYY-MM-DDThh:mm:ssZ`): `created` when given, else
 * the image configuration's `created`, else the epoch. Never the wall clock: the same image must
 * give the same bytes.
 */
function sbomTimestamp(created, imageCreated) {
    const pick = (value, what) => {
        const date = value instanceof Date ? value : new Date(value);
        if (Number.isNaN(date.getTime())) {
            throw errors_src/* UserError */.y.notAllowed(what, String(value), 'an RFC 3339 date and time, e.g. 2026-11-21T10:15:42Z');
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
    return EPOCH;
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
        throw new SbomError(`the configuration ${manifest.manifest.config.digest} of ${(0,src/* formatReference */.FH)({ ...ref, digest: manifest.digest })} is not JSON`);
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
    const ref = (0,src/* toReference */.TT)(reference);
    if (platform !== undefined) {
        (0,src/* parsePlatform */.FL)(platform);
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
    if (!(0,src/* isImageIndex */.yR)(top.manifest)) {
        const manifest = top;
        const config = await readConfig(client, ref, manifest);
        return [{ subject: subjectOf(ref, manifest, config, undefined, undefined), manifest, config }];
    }
    const images = [];
    for (const descriptor of top.manifest.manifests) {
        if ((0,src/* isAttestationManifest */.gV)(descriptor) || !(0,src/* isImageManifestMediaType */.d6)(descriptor.mediaType))
            continue;
        const child = await client.getManifest({
            registry: ref.registry,
            repository: ref.repository,
            digest: descriptor.digest,
        });
        if ((0,src/* isImageIndex */.yR)(child.manifest))
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
        const pa = (0,src/* formatPlatform */.Bq)(a.subject.platform);
        const pb = (0,src/* formatPlatform */.Bq)(b.subject.platform);
        return pa < pb ? -1 : pa > pb ? 1 : 0;
    });
}
/** Streams the image's layers and returns what the SBOM lists. */
async function readSbomContent(client, image, options = {}) {
    const ref = {
        registry: image.subject.registry,
        repository: image.subject.repository,
    };
    const shown = (0,src/* formatReference */.FH)({ ...ref, digest: image.subject.digest });
    const files = await (0,src/* readImageFiles */.Zw)({
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/targets/src/index.ts + 11 modules
var targets_src = __webpack_require__(4804);
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
            throw errors_src/* UserError */.y.notAllowed('format', item, `${SBOM_FORMATS.join(', ')} or both`);
        }
    }
    if (formats.size === 0) {
        throw errors_src/* UserError */.y.notAllowed('format', String(value), `${SBOM_FORMATS.join(', ')} or both`);
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
    return (0,src/* registryClientFromEnvironment */.oC)(options.docker ?? { env: {} });
}
async function compare(registry, compareTo, subject, content, options) {
    const platform = (0,src/* formatPlatform */.Bq)(subject.platform);
    let previous;
    try {
        [previous] = await resolvePlatformImages(registry, compareTo, platform);
    }
    catch (error) {
        if (error instanceof src/* PlatformNotFoundError */.zz) {
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
        reference: (0,src/* formatReference */.FH)({
            registry: previous.subject.registry,
            repository: previous.subject.repository,
            digest: previous.subject.digest,
        }),
    };
}
/** The head of the step summary: a row per platform (the package changes follow it). */
function sbomSummaryDocument(images, image) {
    const short = (digest) => (0,summary_src/* code */.aY)(`${digest.slice(0, 19)}…`);
    return [
        (0,summary_src/* heading */.R_)(2, ['SBOM of ', (0,summary_src/* code */.aY)(image)]),
        (0,summary_src/* table */.tp)(['platform', 'digest', 'packages', 'files', 'attached'], images.map((r) => [
            r.platform,
            short(r.digest),
            String(r.packages),
            (0,summary_src/* join */.fj)([r.spdx, r.cyclonedx]
                .filter((f) => f !== undefined)
                .map((f) => (0,summary_src/* code */.aY)(f.split('/').pop() ?? f)), ', '),
            r.attached.length > 0
                ? (0,summary_src/* join */.fj)(r.attached.map((a) => short(a.digest)), ', ')
                : '—',
        ])),
    ];
}
async function releaseNotesOf(registry, ref, options) {
    try {
        const { digest } = await registry.getManifest(ref);
        const repository = `${ref.registry}/${ref.repository}`;
        return (await (0,targets_src/* readPackagesArtifact */.g0)(registry, repository, digest))?.notes;
    }
    catch (error) {
        options.warn?.(`${(0,src/* formatReference */.FH)(ref)}: its release notes could not be read: ${error.message}`);
        return undefined;
    }
}
/** Writes the SBOMs of every platform of `options.image` (see SbomCommandOptions). */
async function sbomCommand(options) {
    if (options.formats.length === 0) {
        throw errors_src/* UserError */.y.notAllowed('format', '', `${SBOM_FORMATS.join(', ')} or both`);
    }
    const ref = (0,src/* toReference */.TT)(options.image);
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
        const platform = (0,src/* formatPlatform */.Bq)(subject.platform);
        const started = Date.now();
        const content = await readSbomContent(registry, platformImage, {
            ...(options.extensionPackages ? { extensionPackages: options.extensionPackages } : {}),
            ...(options.distro ? { distro: options.distro } : {}),
        });
        const input = documentInput(subject, content, { created: options.created, tool: options.tool });
        const reference = (0,src/* formatReference */.FH)({
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
                changes.push(...diffDocument(diff, [`${platform}: package changes since `, (0,summary_src/* code */.aY)(compared.reference)]));
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
    const document = [...sbomSummaryDocument(images, (0,src/* formatReference */.FH)(ref)), ...changes];
    return {
        images,
        files,
        diffs,
        summary: (0,summary_src/* renderMarkdown */.Gc)(document),
        summaryDocument: document,
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/index.ts





















/***/ })

};
