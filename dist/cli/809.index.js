export const id = 809;
export const ids = [809];
export const modules = {

/***/ 3190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rt: () => (/* reexport */ AptClient),
  _C: () => (/* reexport */ AptSourcesError),
  j$: () => (/* reexport */ HttpError),
  $n: () => (/* reexport */ IndexNotListedError),
  Wy: () => (/* reexport */ KeyringError),
  rY: () => (/* reexport */ ReleaseExpiredError),
  U4: () => (/* reexport */ SealedStore),
  VA: () => (/* reexport */ SignatureError),
  z8: () => (/* reexport */ UnknownSuiteError),
  _g: () => (/* reexport */ UnsatisfiableDependencyError),
  iq: () => (/* reexport */ codeVersion),
  OP: () => (/* reexport */ debChangelog),
  $g: () => (/* reexport */ defaultCacheDir),
  bz: () => (/* reexport */ entriesBetween),
  uV: () => (/* reexport */ hostAptRoot),
  Nm: () => (/* reexport */ markUsed),
  XM: () => (/* reexport */ minbaseRoots),
  RM: () => (/* reexport */ parseDeb822),
  TT: () => (/* reexport */ parseDependsNames),
  _0: () => (/* reexport */ parseDpkgStatus),
  Hd: () => (/* reexport */ parseRelations),
  hJ: () => (/* reexport */ parseSourcesDeb822),
  uN: () => (/* reexport */ parseSourcesList),
  Vc: () => (/* reexport */ predictInstall),
  om: () => (/* reexport */ providedNames),
  Sg: () => (/* reexport */ readDeb),
  ad: () => (/* reexport */ readKeyring),
  Xc: () => (/* reexport */ readSealedJson),
  rQ: () => (/* reexport */ readSystemAptSources),
  N_: () => (/* reexport */ satisfiesConstraint),
  fg: () => (/* reexport */ sha256Hex),
  vK: () => (/* reexport */ writeAtomically),
  UY: () => (/* reexport */ writeSealedJson)
});

// UNUSED EXPORTS: AptCacheError, AptError, ChecksumMismatchError, ContentsIndexError, Deb822Paragraph, Deb822ParseError, DebFormatError, DecompressionLimitError, INDEX_WORKER_FILE, IndexThreads, MAX_CONTENTS_BYTES, MAX_CONTENTS_HINT_BYTES, MAX_CONTENTS_LINE_BYTES, MAX_DEB_BYTES, MAX_PACKAGES_INDEX_BYTES, MirrorOutOfSyncError, PackagesIndexError, ReleaseFutureError, ReleaseParseError, ReleaseReplayError, bundledIndexWorker, computeCodeVersion, createContentsIndex, createPackageIndex, dependencyClosure, isInstalledStatus, multiarchTriplet, parseChangelog, parseContents, parsePackages, parseRelease, prepareIndex, systemMirror

// EXTERNAL MODULE: ./packages/http/src/index.ts + 3 modules
var src = __webpack_require__(1600);
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
const MAX_DEB_BYTES = 1 * src/* GiB */.T3;
/**
 * A Packages index, decompressed (held whole while it is parsed): Debian's largest, main for
 * amd64, is about 60 MB of text.
 */
const MAX_PACKAGES_INDEX_BYTES = 512 * src/* MiB */.lv;
/**
 * A Contents index whose hash matched the signed Release, decompressed. It is scanned as it
 * streams (only a scope of paths is kept), so this bounds time: a suite's Contents-amd64 is
 * about 170 MB and Contents-all 590 MB.
 */
const MAX_CONTENTS_BYTES = 2 * src/* GiB */.T3;
/**
 * A Contents index that did not match the signed Release (a mirror mid-sync) and is used as a
 * hint only: nothing vouches for it, so it gets a tighter limit, still above Contents-all.
 */
const MAX_CONTENTS_HINT_BYTES = 1 * src/* GiB */.T3;
/**
 * One line of a Contents index (a path and the packages shipping it), as the scanner gathers
 * it: real lines are under a few KB; a line without end (a bomb of zeros) stops here instead of
 * growing to the index's limit.
 */
const MAX_CONTENTS_LINE_BYTES = 1 * src/* MiB */.lv;

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
class KeyringError extends AptError {
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
        super(`decompresses to more than ${(0,src/* formatBytes */.z3)(limit)} (${limit} bytes, ${limitName}); ` +
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
function exists(file) {
    try {
        (0,external_node_fs_.statSync)(file);
        return true;
    }
    catch {
        return false;
    }
}
const words = (value) => value === undefined ? [] : value.split(/\s+/).filter((w) => w !== '');
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
        for (const option of words(m[2])) {
            const eq = option.indexOf('=');
            if (eq <= 0)
                throw fail(`option "${option}" is not name=value`);
            options.set(option.slice(0, eq).toLowerCase(), option.slice(eq + 1));
        }
        const [uri, suite, ...components] = words(m[3]);
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
        const types = words(p.get('Types'));
        const uris = words(p.get('URIs'));
        const suites = words(p.get('Suites'));
        const where = `paragraph at line ${p.line}`;
        if (types.length === 0)
            throw new AptSourcesError(file, `${where} has no Types`);
        if (uris.length === 0)
            throw new AptSourcesError(file, `${where} has no URIs`);
        if (suites.length === 0)
            throw new AptSourcesError(file, `${where} has no Suites`);
        const entry = { types, uris, suites, components: words(p.get('Components')) };
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
    if (exists(list))
        entries.push(...parseSourcesList(readText(list), list));
    const dir = (0,external_node_path_.join)(root, 'etc/apt/sources.list.d');
    let names = [];
    if (exists(dir)) {
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
async function writeAtomically(path, data) {
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
        await writeAtomically(this.byHashPath(sha256), bytes);
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
        await writeAtomically(this.parsedPath(sha256), [header, tableBytes, text]);
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

// EXTERNAL MODULE: ./packages/platform/src/index.ts + 1 modules
var platform_src = __webpack_require__(684);
;// CONCATENATED MODULE: ./packages/apt/src/multiarch.ts
/**
 * Debian architecture names and their multiarch tuples: the directory under `/usr/lib` where
 * that architecture's shared libraries live (dpkg-architecture's DEB_HOST_MULTIARCH). The
 * tuples are a column of @pgforge/platform's table, beside the OCI platform each architecture is
 * built for, so an architecture is either known everywhere or nowhere.
 */

/** `amd64` → `x86_64-linux-gnu`; undefined for `all` and for architectures the table lacks. */
function multiarchTriplet(architecture) {
    return (0,platform_src/* findByDebianArchitecture */.hQ)(architecture)?.multiarch;
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
        throw new ContentsIndexError(this.source, `line ${this.#line + 1} is longer than ${(0,src/* formatBytes */.z3)(MAX_CONTENTS_LINE_BYTES)} ` +
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
function pathOf(dir, sha256, scope) {
    return (0,external_node_path_.join)(dir, 'parsed', `${sha256}.contents-${scope}.v${FORMAT}.json`);
}
async function getParsedContents(dir, sha256, scope) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(pathOf(dir, sha256, scope));
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
        await markUsed(pathOf(dir, sha256, scope));
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
    await writeAtomically(pathOf(dir, sha256, scope), Buffer.concat([header, body]));
}

// EXTERNAL MODULE: ./packages/exec/src/index.ts + 2 modules
var exec_src = __webpack_require__(6684);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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
    return new Collector((0,src/* checkByteLimit */.io)('maxBytes', options.maxBytes ?? MAX_PACKAGES_INDEX_BYTES), options.limitName);
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
        const env = (0,exec_src/* childEnvironment */.Qc)();
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./packages/apt/src/decompress-stream.ts
/**
 * Decompression as a stream of chunks, for index files too big to hold decompressed at once
 * (a suite's Contents-all is 590 MB of text, more than a JavaScript string may hold). What
 * comes out is counted, and past `maxBytes` the stream fails with DecompressionLimitError.
 */





const CHUNK = 1 << 20;
async function* decompressChunks(bytes, compression, options = {}) {
    const limit = (0,src/* checkByteLimit */.io)('maxBytes', options.maxBytes ?? MAX_CONTENTS_BYTES);
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
                    body = await readLimited(url, response, get.limit, tap);
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
            if (!(0,src/* isRetryableStatus */.PS)(response.status))
                throw new HttpError(url, response.status, reason);
            last = new HttpError(url, response.status, `${reason}${attemptsText(attempt + 1)}`);
            retryAfter = (0,src/* parseRetryAfter */.mu)(response.headers.get('retry-after'), Date.now());
        }
        catch (error) {
            if (error instanceof HttpError)
                throw error;
            const verdict = (0,src/* classifyNetworkError */.LW)(error);
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
            await sleep((0,src/* retryDelay */.a2)(attempt, retryAfter, BACKOFF));
    }
    throw last ?? new HttpError(url, undefined, 'no attempt made');
}
async function readLimited(url, response, limit, tap) {
    try {
        return await (0,src/* readBody */.x8)(response, limit?.bytes, tap && ((chunk) => tap.write(chunk)));
    }
    catch (error) {
        if (!(error instanceof src/* BodyTooLargeError */.Au) || !limit)
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

// EXTERNAL MODULE: ./packages/versions/src/index.ts + 2 modules
var versions_src = __webpack_require__(7289);
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
    const c = (0,versions_src/* compareDebianVersions */._K)(version, constraint.version);
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
                list.sort((a, b) => (0,versions_src/* compareDebianVersions */._K)(b.version, a.version));
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
            list.sort((a, b) => (0,versions_src/* compareDebianVersions */._K)(b.version, a.version));
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
            group.sort((x, y) => (0,versions_src/* compareDebianVersions */._K)(packages[y]?.version ?? '', packages[x]?.version ?? ''));
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
function readIndex(text, url) {
    return { text, table: tableOfText(text, url), blocks: bodyBlocks(text) };
}
/** readIndex as a worker answers it, and what to transfer rather than copy. */
function replyTo(job) {
    try {
        const { text, table, blocks } = readIndex(index_read_asBuffer(job.text), job.url);
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
    return readIndex(await decompressIndex(job), job.url);
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
            await writeAtomically(path, `${JSON.stringify(merged, null, 2)}\n`);
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
async function readKeyring(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new KeyringError(path, `cannot be read: ${errorText(error)}`);
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
        throw new KeyringError(path, `holds no readable OpenPGP public key: ${errorText(error)}`);
    }
    if (keys.length === 0)
        throw new KeyringError(path, 'holds no OpenPGP public key');
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
async function digestOf(files) {
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
        .update(await digestOf(files))
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
    await writeAtomically(path, Buffer.concat([Buffer.from(`${sealed_file_MAGIC} ${kind} ${mac}\n`), body]));
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
function isRecord(value) {
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
        throw new KeyringError(path, `cannot be read: ${errorText(error)}`);
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
        if (isRecord(record)) {
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
        return memo(this.#keyrings, path, () => readKeyring(path));
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
            if (p && (!best || (0,versions_src/* compareDebianVersions */._K)(p.version, best.version) > 0))
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
            if (newer && (0,versions_src/* compareDebianVersions */._K)(newer.version, there.version) > 0) {
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
            if (there && newer && (0,versions_src/* compareDebianVersions */._K)(newer.version, there.version) > 0) {
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

// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(8339);
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
const ZSTD_PIECE = 1024;
function zstdLimited(bytes, options) {
    const limit = (0,src/* checkByteLimit */.io)('maxBytes', options.maxBytes ?? MAX_DEB_BYTES);
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
    for (let offset = 0; offset < bytes.length; offset += ZSTD_PIECE) {
        decoder.push(bytes.subarray(offset, offset + ZSTD_PIECE));
    }
    decoder.push(new Uint8Array(0), true);
    return Buffer.concat(chunks, total);
}

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
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
async function readDeb(bytes, options = {}) {
    const source = options.source ?? 'the .deb';
    const limit = (0,src/* checkByteLimit */.io)('maxBytes', options.maxBytes ?? MAX_DEB_BYTES);
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
function entriesBetween(entries, from, to) {
    const compare = (a, b) => {
        try {
            return (0,versions_src/* compareDebianVersions */._K)(a, b);
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
function debChangelog(deb, pkg) {
    const dir = `usr/share/doc/${pkg}/`;
    const read = (path) => {
        const entry = deb.entries.find((e) => e.path === path && e.type === 'file');
        if (!entry?.data)
            return undefined;
        try {
            return (0,external_node_zlib_.gunzipSync)(entry.data).toString('utf8');
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



























/***/ })

};
