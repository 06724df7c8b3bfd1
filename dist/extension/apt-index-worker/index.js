import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex');
}
/** The SHA256 of each BLOCK of the text, in order. */
function bodyBlocks(text) {
    const blocks = [];
    for (let at = 0; at < text.length; at += BLOCK) {
        blocks.push(sha256Hex(text.subarray(at, at + BLOCK)));
    }
    return blocks;
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
const FINAL_MESSAGES = (/* unused pure expression or super */ null && ([[/^bad port$/, 'fetch refuses that port']]));
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
function errors_errorText(error) {
    return error instanceof Error ? error.message : String(error);
}

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
function debian_version_compareDebianVersions(a, b) {
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
function tagVersion(upstream) {
    return upstream.replace(/~/g, '');
}

;// CONCATENATED MODULE: ./packages/versions/src/index.ts



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
const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const COLON = 0x3a;
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
function isBlank(buf, start, end) {
    for (let i = start; i < end; i++) {
        const c = buf[i];
        if (c !== SPACE && c !== TAB)
            return false;
    }
    return true;
}
/** The bytes [start, end) without surrounding blanks, decoded: one string, not two. */
function packages_parse_text(buf, start, end) {
    while (start < end && (buf[start] === SPACE || buf[start] === TAB))
        start++;
    while (end > start && (buf[end - 1] === SPACE || buf[end - 1] === TAB))
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
        let end = buf.indexOf(NL, pos);
        const next = end < 0 ? length : end + 1;
        if (end < 0)
            end = length;
        if (end > pos && buf[end - 1] === CR)
            end--;
        lineNo++;
        const first = buf[pos];
        if (inStanza)
            stanzaEnd = next;
        if (end === pos) {
            finish();
        }
        else if (first === SPACE || first === TAB) {
            if (isBlank(buf, pos, end)) {
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
            while (colon < end && buf[colon] !== COLON)
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
                if (!isBlank(buf, colon + 1, end))
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
    const c = compareDebianVersions(version, constraint.version);
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
            if (c === COMMA || c === packages_COLON || c === OPEN || packages_isBlank(c))
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
const packages_COLON = 0x3a;
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
                list.sort((a, b) => compareDebianVersions(b.version, a.version));
            }
            catch (error) {
                throw new PackagesIndexError(origin.source, `${name}: ${errorText(error)}`, {
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
            throw new errors_PackagesIndexError(this.source, `${name}: ${errors_errorText(error)}`, { cause: error });
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
            throw new errors_PackagesIndexError(source, `${order[at] ?? ''}: ${errors_errorText(error)}`, {
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
        if (error instanceof errors_PackagesIndexError) {
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
    throw new PackagesIndexError(reply.url, reply.reason);
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

;// CONCATENATED MODULE: ./packages/apt/src/index-worker.ts
/**
 * A worker thread's entry: one ReadJob in (its first message), its IndexReply out, then the
 * thread ends. Bundled on its own beside each bundle that reads indexes (scripts/bundle.mjs,
 * into INDEX_WORKER_FILE's directory); index-threads.ts starts it.
 */


external_node_worker_threads_namespaceObject.parentPort?.once('message', (job) => {
    if (!isReadJob(job)) {
        external_node_worker_threads_namespaceObject.parentPort?.postMessage({ ok: false, unexpected: 'the worker was given no Packages text' });
        return;
    }
    const { reply, transfer } = replyTo(job);
    external_node_worker_threads_namespaceObject.parentPort?.postMessage(reply, transfer);
});

