export const id = 805;
export const ids = [805];
export const modules = {

/***/ 5505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xs: () => (/* reexport */ bakeDefinition),
  D9: () => (/* reexport */ keyringFiles),
  UH: () => (/* reexport */ projectDockerfile),
  Mw: () => (/* reexport */ unreachableMirror),
  gP: () => (/* reexport */ writeKeyringContext)
});

// UNUSED EXPORTS: KeyringContextError

// EXTERNAL MODULE: ./packages/targets/src/index.ts + 11 modules
var src = __webpack_require__(4804);
;// CONCATENATED MODULE: ./packages/bake/src/bake.ts

/** Stages of docker/Dockerfile: a flavour without a parent is `server`, one with is `layer`. */
const SERVER_STAGE = 'server';
const LAYER_STAGE = 'layer';
const ANNOTATION_LEVELS = ['index', 'manifest'];
/**
 * A bake definition building `kept` targets. Their parents (the flavours they extend) must be
 * in `all`: a parent not kept itself is still defined, as a build-cache-only target, because
 * its child is built on top of it through the `parent` context.
 */
function bakeDefinition(kept, all, options) {
    const byId = new Map(all.map((t) => [t.id, t]));
    const keptIds = new Set(kept.map((t) => t.id));
    const defined = new Map();
    const define = (t, output) => {
        const existing = defined.get(t.id);
        if (existing && (existing.output[0] !== 'type=cacheonly' || !output))
            return;
        const parent = t.parent !== undefined ? byId.get(t.parent) : undefined;
        if (t.parent !== undefined && !parent) {
            throw new Error(`target ${t.id} extends ${t.parent}, which is not among the targets`);
        }
        const platforms = options.platform !== undefined ? [options.platform] : t.platforms;
        const attest = output ? attestations(options) : [];
        const contexts = parent ? { parent: `target:${parent.id}` } : {};
        // The server stage installs PGDG's keys from it; every stage's install trusts the
        // configured Debian keys there (APT_KEYRING), so a layer needs the context too.
        if (t.keyring?.length) {
            if (options.keyringContext === undefined) {
                throw new Error(`target ${t.id} has a keyring but no keyring context was given`);
            }
            contexts.keyring = options.keyringContext;
        }
        defined.set(t.id, {
            context: options.context,
            dockerfile: options.dockerfile ?? 'Dockerfile',
            target: parent ? LAYER_STAGE : SERVER_STAGE,
            ...(Object.keys(contexts).length > 0 ? { contexts } : {}),
            platforms,
            args: t.buildArgs,
            tags: output && options.layoutDir === undefined ? (0,src/* testingReferences */.lO)(t) : [],
            labels: t.annotations,
            // One entry per level: buildx's combined `index,manifest:` form gives, with the docker
            // driver, a Docker manifest list without any annotation.
            annotations: output
                ? annotationLevels(platforms.length, attest.length > 0).flatMap((level) => Object.entries(t.annotations).map(([k, v]) => `${level}:${k}=${v}`))
                : [],
            attest,
            output: output ? outputs(t, options) : ['type=cacheonly'],
        });
        if (parent)
            define(parent, keptIds.has(parent.id));
    };
    for (const t of kept)
        define(t, true);
    return {
        group: { default: { targets: kept.map((t) => t.id) } },
        target: Object.fromEntries([...defined.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    };
}
function attestations(options) {
    const mode = options.provenance ?? 'max';
    if (mode === false)
        return [];
    return [`type=provenance,mode=${mode === true ? 'max' : mode}`];
}
function outputs(t, options) {
    const rewrite = options.rewriteTimestamp ? ',rewrite-timestamp=true' : '';
    if (options.layoutDir !== undefined) {
        return [`type=oci,dest=${options.layoutDir}/${t.id},tar=false${rewrite}`];
    }
    if (options.push === false)
        return ['type=cacheonly'];
    return [`type=registry${rewrite}`];
}
/**
 * BuildKit writes an index only for several platforms or with attestations; a single image
 * manifest has no index to annotate (and BuildKit refuses `index:` annotations then).
 */
function annotationLevels(platforms, attested) {
    return platforms > 1 || attested ? ANNOTATION_LEVELS : ['manifest'];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./packages/bake/src/project.ts



/**
 * The project's own Dockerfile, found by walking up from the running code: the bundle
 * (dist/<name>/index.js) and the sources (packages/<name>/src/…) both sit under the project.
 * A literal `new URL('../../docker/Dockerfile', import.meta.url)` is not used because ncc
 * rewrites it into an asset import.
 */
function projectDockerfile(from = import.meta.url) {
    let dir = (0,external_node_path_.dirname)(from.startsWith('file:') ? (0,external_node_url_.fileURLToPath)(from) : from);
    for (;;) {
        const candidate = (0,external_node_path_.join)(dir, 'docker', 'Dockerfile');
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            throw new Error(`docker/Dockerfile not found above ${from}`);
        dir = parent;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/errors/src/index.ts + 1 modules
var errors_src = __webpack_require__(7405);
;// CONCATENATED MODULE: ./packages/bake/src/keyring-context.ts




/**
 * A key file (packages.keyring) the build cannot hand over as the matrix saw it: not there in
 * this checkout, or with other bytes than the ones the matrix hashed and fingerprinted. The
 * message names the path read; the context, the file as the configuration names it when that
 * is inside the checkout (a relative path), where an annotation can point.
 */
class KeyringContextError extends errors_src/* UserError */.y {
    path;
    constructor(path, reason, named) {
        super(`keyring ${path} (packages.keyring): ${reason}; build from the same checkout and ` +
            'configuration the matrix ran on, or run the matrix again', named !== undefined && !(0,external_node_path_.isAbsolute)(named) ? { file: named } : {});
        this.path = path;
        this.name = 'KeyringContextError';
    }
}
/** The key files of the targets, once each by name (every target of a run has the same). */
function keyringFiles(targets) {
    const byName = new Map();
    for (const t of targets)
        for (const f of t.keyring ?? [])
            byName.set(f.name, f);
    return [...byName.values()];
}
/**
 * Writes the Dockerfile's `keyring` context: each key file under its context name, after
 * checking that its bytes are the ones the matrix hashed. The context is a directory of its
 * own, so that BuildKit's cache key follows the keys and nothing else. A relative path (one
 * inside the matrix's workspace) is taken from `workspace`: the build may run in another
 * checkout of the same commit, at another path (a self-hosted runner, a container job).
 */
async function writeKeyringContext(files, dir, workspace = '.') {
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const f of files) {
        const path = (0,external_node_path_.resolve)(workspace, f.path);
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path);
        }
        catch (error) {
            throw new KeyringContextError(path, `cannot be read (${error.message})`, f.path);
        }
        const actual = (0,src/* sha256Hex */.fg)(bytes);
        if (actual !== f.sha256) {
            throw new KeyringContextError(path, `its SHA-256 is ${actual}, but the matrix resolved the targets with ${f.sha256}`, f.path);
        }
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, f.name), bytes, { mode: 0o644 });
    }
}

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
;// CONCATENATED MODULE: ./packages/bake/src/reach.ts

/**
 * Why a target's PGDG mirror cannot be reached from a build step, or undefined when it can.
 * A step runs in the build's own network namespace, where 127.0.0.1 is the step itself, and
 * buildx bake before 0.17 has no way to put a step on the host's network: a mirror on loopback
 * (a local cache or archive on `http://127.0.0.1:8080/…`) would fail deep inside apt-get, so
 * it is refused before anything is built.
 */
function unreachableMirror(t) {
    const mirror = t.buildArgs.PGDG_MIRROR;
    if (mirror === undefined)
        return undefined;
    let host;
    try {
        host = new URL(mirror).host;
    }
    catch {
        return `target ${t.id}: PGDG mirror ${JSON.stringify(mirror)} is not a URL`;
    }
    // The same rule as for registries: localhost, ::1, 127.0.0.0/8.
    if (!(0,oci_src/* isLoopbackRegistry */.jW)(host))
        return undefined;
    return (`target ${t.id}: packages.mirror ${mirror} is on loopback, which a build step cannot reach ` +
        '(it runs in its own network namespace); serve the mirror on an address of this machine ' +
        "that containers reach (the docker bridge's gateway, e.g. 172.17.0.1) and set packages.mirror to it");
}

;// CONCATENATED MODULE: ./packages/bake/src/index.ts






/***/ }),

/***/ 820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kK: () => (/* binding */ buildView),
/* harmony export */   oz: () => (/* binding */ progressLine),
/* harmony export */   py: () => (/* binding */ PROGRESS_MODES)
/* harmony export */ });
/* unused harmony export elapsed */
/* harmony import */ var _pgforge_summary__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7755);

const PROGRESS_MODES = ['auto', 'plain', 'quiet'];
const DOING = {
    bake: 'building with BuildKit',
    check: 'checking its platforms and packages',
    push: 'pushing by digest',
    sbom: 'writing and attaching SBOMs',
    tag: 'tagging',
};
/** `4.2 s`, `2 min 05 s`. */
function elapsed(ms) {
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)} s`;
    const whole = Math.floor(s);
    return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}
/** A line of the build, as plain mode prints it and auto mode keeps it. */
function progressLine(event) {
    const where = `[${event.index}/${event.total}] ${event.target}`;
    if (event.step === 'done') {
        return `${where}: built ${event.detail ?? ''} in ${elapsed(event.elapsedMs)}`.replace('  ', ' ');
    }
    if (event.step === 'failed') {
        return `${where}: failed after ${elapsed(event.elapsedMs)}: ${event.detail ?? ''}`;
    }
    return `${where}: ${DOING[event.step]} (${elapsed(event.elapsedMs)})`;
}
// A BuildKit step as its plain log begins it: `#7 [stage-1 3/7] RUN apt-get install …`.
const BUILDKIT_STEP = /^#\d+ (\[[^\]]+\] .*)$/;
const defaultEvery = (tick) => {
    const timer = setInterval(tick, 1000);
    timer.unref();
    return () => clearInterval(timer);
};
function buildView(options) {
    const { stream } = options;
    const write = (line) => void stream.write(`${line}\n`);
    const mode = options.mode === 'auto' ? (stream.isTTY ? 'tty' : 'plain') : options.mode;
    if (mode === 'plain') {
        return {
            output: write,
            progress: (e) => write(`pgforge: ${progressLine(e)}`),
            log: write,
            warn: (m) => write(`warning: ${m}`),
            folded: false,
            close: () => undefined,
        };
    }
    if (mode === 'quiet') {
        return {
            output: () => undefined,
            progress: () => undefined,
            log: () => undefined,
            warn: (m) => write(`warning: ${m}`),
            folded: true,
            close: () => undefined,
        };
    }
    // A terminal: one status line, redrawn with a carriage return, above which lines are kept.
    const now = options.now ?? Date.now;
    const s = (0,_pgforge_summary__WEBPACK_IMPORTED_MODULE_0__/* .style */ .iF)((0,_pgforge_summary__WEBPACK_IMPORTED_MODULE_0__/* .colorWanted */ .tN)(stream, options.env));
    let current;
    let shown = false;
    const clear = () => {
        if (shown)
            stream.write('\r\x1b[K');
        shown = false;
    };
    const draw = () => {
        if (!current)
            return;
        const { event, since, detail } = current;
        const line = progressLine({ ...event, elapsedMs: event.elapsedMs + now() - since });
        const full = detail ? `${line} ${detail}` : line;
        // One column short of the width: a line that reaches the edge wraps on some terminals.
        const width = Math.max(20, (stream.columns ?? 80) - 1);
        const chars = [...full];
        const fitted = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : full;
        stream.write(`\r\x1b[K${s.dim(fitted)}`);
        shown = true;
    };
    const above = (line) => {
        clear();
        write(line);
        draw();
    };
    const stop = (options.every ?? defaultEvery)(draw);
    return {
        output: (line) => {
            const step = BUILDKIT_STEP.exec(line)?.[1];
            if (step !== undefined && current) {
                current.detail = step;
                draw();
            }
        },
        progress: (event) => {
            if (event.step === 'done' || event.step === 'failed') {
                current = undefined;
                const line = progressLine(event);
                above(event.step === 'done' ? s.green(line) : s.red(line));
                return;
            }
            current = { event, since: now() };
            draw();
        },
        log: above,
        warn: (m) => above(`warning: ${m}`),
        folded: true,
        close: () => {
            stop();
            clear();
        },
    };
}


/***/ }),

/***/ 6638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aB: () => (/* reexport */ isElf),
  oU: () => (/* reexport */ readElf)
});

// UNUSED EXPORTS: ElfFormatError, machineName

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



const MAGIC = [0x7f, 0x45, 0x4c, 0x46];
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
    return bytes.length >= 4 && MAGIC.every((b, i) => bytes[i] === b);
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





/***/ }),

/***/ 4336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oe: () => (/* reexport */ buildCommand),
  rd: () => (/* reexport */ buildImages),
  bX: () => (/* reexport */ commitTime),
  b0: () => (/* reexport */ retiredEnvironment)
});

// UNUSED EXPORTS: PlatformMismatchError, TargetSelectionError, bakeArgs, buildSummary, buildSummaryDocument, buildxVersion, checkPlatformContent, entitlementArgs, failureReason, isTransientFailure, mergePlatforms, parseBuildxVersion, platformSlug, readImageGraph, selectTargets, serverBinary

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/bake/src/index.ts + 4 modules
var src = __webpack_require__(5505);
// EXTERNAL MODULE: ./packages/exec/src/index.ts + 2 modules
var exec_src = __webpack_require__(6684);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
// EXTERNAL MODULE: ./packages/sbom/src/index.ts + 16 modules
var sbom_src = __webpack_require__(7477);
// EXTERNAL MODULE: ./packages/targets/src/index.ts + 11 modules
var targets_src = __webpack_require__(4804);
;// CONCATENATED MODULE: ./packages/operand/src/transient.ts
/**
 * Whether a failed build is worth running again: a registry or mirror that hiccuped, not a
 * package that does not exist. Matched against the tail of the build's output.
 */
const TRANSIENT = [
    /\b(429|500|502|503|504)\b[^\n]*\b(Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b/i,
    /connection (reset|refused)/i,
    /i\/o timeout/i,
    /TLS handshake timeout/i,
    /unexpected EOF/i,
    /Temporary failure (in name resolution|resolving)/i,
    /Could not connect to/i,
    /Connection timed out/i,
    /Hash Sum mismatch/i,
    /Mirror sync in progress/i,
    /failed to do request/i,
];
/** Mistakes a retry cannot fix, even when a transient pattern also matches. */
const PERMANENT = [
    /Unable to locate package/i,
    /Version '[^']*' for '[^']*' was not found/i,
    /has no installation candidate/i,
    /failed to parse|dockerfile parse error/i,
    /unknown instruction/i,
    // The Dockerfile's own checks (a base of another architecture): nothing a retry changes.
    /pgforge: error:/,
];
function isTransientFailure(output) {
    if (PERMANENT.some((p) => p.test(output)))
        return false;
    return TRANSIENT.some((p) => p.test(output));
}
/**
 * The line that says why a build failed: the Dockerfile's own `pgforge: error:` line, else
 * apt's `E:` line, else buildx's `ERROR:` line, else the last non-empty line.
 */
function failureReason(tail) {
    const lines = tail.map((l) => l.trim()).filter(Boolean);
    // What the step printed (`#7 0.101 pgforge: error: …`), not BuildKit's echo of the script
    // in its ERROR line, which holds the same words inside `echo "…"`.
    const own = lines
        .map((l) => /^(?:#\d+ [\d.]+ )?pgforge: error: (.*)$/.exec(l)?.[1])
        .filter((m) => m !== undefined);
    if (own.length > 0) {
        const line = own.at(-1) ?? '';
        return line.length > 300 ? `${line.slice(0, 297)}...` : line;
    }
    const apt = lines.filter((l) => /(^|\s)E: /.test(l)).map((l) => l.replace(/^#\d+ [\d.]+ /, ''));
    const error = lines.filter((l) => l.startsWith('ERROR:'));
    const pick = apt.at(-1) ?? error.at(-1) ?? lines.at(-1) ?? 'no output';
    return pick.length > 300 ? `${pick.slice(0, 297)}...` : pick;
}

;// CONCATENATED MODULE: ./packages/operand/src/buildx.ts
/** Running `docker buildx bake` for one target: arguments, retries, the metadata it writes. */



/** `github.com/docker/buildx v0.19.3 48d6a39` or Debian's `… 0.13.1+ds1 0.13.1+ds1-3`. */
function parseBuildxVersion(output) {
    const m = /\bv?(\d+)\.(\d+)\.\d+\S*/.exec(output);
    return m ? { major: Number(m[1]), minor: Number(m[2]), text: m[0] } : undefined;
}
/** buildx ≥ 0.19 checks file-system entitlements of bake definitions (an error from 0.20). */
function entitlementArgs(v, reads, writes) {
    if (!v || v.major > 0 || v.minor < 19)
        return [];
    return [
        ...reads.map((p) => `--allow=fs.read=${p}`),
        ...writes.map((p) => `--allow=fs.write=${p}`),
    ];
}
function bakeArgs(o) {
    return [
        'buildx',
        'bake',
        ...(o.builder ? ['--builder', o.builder] : []),
        '-f',
        o.bakeFile,
        '--metadata-file',
        o.metadataFile,
        '--progress',
        'plain',
        ...(o.noCache ? ['--no-cache'] : []),
        ...entitlementArgs(o.buildx, o.reads, o.writes),
        o.target,
    ];
}
const DELAYS = [10_000, 30_000, 60_000];
async function runBake(o) {
    const started = Date.now();
    const retries = o.retries ?? 2;
    const sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    let result;
    for (let attempt = 1;; attempt++) {
        result = await (0,exec_src/* exec */.m0)(o.docker ?? 'docker', bakeArgs(o), {
            env: o.env,
            onLine: (l) => o.onLine?.(l),
            tailLines: 400,
        }).catch((e) => {
            if (e instanceof exec_src/* ExecError */.cI)
                throw new Error(`${e.reason}: is Docker installed?`);
            throw e;
        });
        if (result.code === 0) {
            return {
                ok: true,
                attempts: attempt,
                durationMs: Date.now() - started,
                tail: result.tail.slice(-60),
                metadata: await readMetadata(o.metadataFile, o.target),
            };
        }
        const output = result.tail.join('\n');
        if (attempt > retries || !isTransientFailure(output)) {
            return {
                ok: false,
                attempts: attempt,
                durationMs: Date.now() - started,
                tail: result.tail.slice(-60),
                reason: failureReason(result.tail),
            };
        }
        const delay = DELAYS[Math.min(attempt - 1, DELAYS.length - 1)] ?? 60_000;
        o.onLine?.(`pgforge: transient failure (${failureReason(result.tail)}); attempt ${attempt + 1} of ${retries + 1} in ${delay / 1000} s`);
        await sleep(delay);
    }
}
async function readMetadata(file, target) {
    const all = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    const m = all[target];
    const digest = m?.['containerimage.digest'];
    if (!m || !digest) {
        throw new Error(`buildx wrote no image digest for ${target} into ${file}`);
    }
    const d = m['containerimage.descriptor'];
    return {
        digest,
        ...(d?.mediaType ? { mediaType: d.mediaType } : {}),
        ...(d?.size !== undefined ? { size: d.size } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/operand/src/image-graph.ts
/**
 * The content graph of a built image, read from where it is (an OCI layout on disk, or a
 * registry): the top descriptor, every manifest beneath it, and what each platform weighs.
 */

const decoder = new TextDecoder();
async function node(source, descriptor) {
    const bytes = await source.manifest(descriptor);
    return {
        descriptor,
        bytes,
        manifest: JSON.parse(decoder.decode(bytes)),
    };
}
const weight = (m) => m.config.size + m.layers.reduce((sum, l) => sum + l.size, 0);
async function readImageGraph(source, top) {
    const root = await node(source, top);
    const children = [];
    const platforms = [];
    if ((0,oci_src/* isImageIndex */.yR)(root.manifest)) {
        for (const d of root.manifest.manifests) {
            if ((0,oci_src/* isIndexMediaType */.$$)(d.mediaType)) {
                throw new Error(`${top.digest}: nested index ${d.digest} is not supported`);
            }
            const child = await node(source, d);
            children.push(child);
            if (!(0,oci_src/* isAttestationManifest */.gV)(d) && d.platform) {
                platforms.push({
                    platform: (0,oci_src/* formatPlatform */.Bq)(d.platform),
                    digest: d.digest,
                    compressedSize: weight(child.manifest),
                });
            }
        }
    }
    else {
        platforms.push({
            platform: 'unknown',
            digest: top.digest,
            compressedSize: weight(root.manifest),
        });
    }
    return {
        top: root,
        children,
        platforms,
        compressedSize: platforms.reduce((s, p) => s + p.compressedSize, 0),
    };
}

;// CONCATENATED MODULE: ./packages/operand/src/packages-artifact.ts

async function attachPackages(registry, repository, subject, target) {
    const artifact = {
        target: target.id,
        packages: target.contents,
        ...(target.notes ? { notes: target.notes } : {}),
    };
    return registry.pushArtifact({
        repository,
        subject,
        artifactType: targets_src/* PACKAGES_ARTIFACT_TYPE */.yc,
        blobs: [
            {
                mediaType: 'application/json',
                bytes: `${JSON.stringify(artifact)}\n`,
                annotations: { 'org.opencontainers.image.title': `${target.id}.packages.json` },
            },
        ],
    });
}
/** How many packages the image holds, and how many come from a -security suite. */
function packageCounts(t) {
    return {
        total: t.contents.length,
        fromSecurity: t.contents.filter((p) => p.suite?.endsWith('-security')).length,
        ...(t.notes ? { notes: t.notes } : {}),
    };
}

// EXTERNAL MODULE: ./packages/elf/src/index.ts + 4 modules
var elf_src = __webpack_require__(6638);
// EXTERNAL MODULE: ./packages/platform/src/index.ts + 1 modules
var platform_src = __webpack_require__(684);
// EXTERNAL MODULE: ./packages/apt/src/index.ts + 37 modules
var apt_src = __webpack_require__(3190);
;// CONCATENATED MODULE: ./packages/operand/src/platform-check.ts
/**
 * What is labelled is what is inside: every platform image of a built (or merged) image is
 * checked before anything is pushed or tagged. Its label (the index entry's platform), its
 * configuration (`architecture`, `variant`) and the ELF machine of the PostgreSQL server binary
 * in its layers must all name the same platform.
 *
 * Why the binary, and not only the config: BuildKit 0.13 with the docker driver builds
 * `--platform linux/arm64` on an amd64-only base without a word when no emulation is there,
 * and labels the result arm64 in the index and in the config alike. Only the binaries tell.
 */





/** One or more platform images whose content is not what their label says. */
class PlatformMismatchError extends Error {
    image;
    problems;
    constructor(image, problems) {
        super(`${image}: ${problems.join('; ')}`);
        this.image = image;
        this.problems = problems;
        this.name = 'PlatformMismatchError';
    }
}
const platform_check_decoder = new TextDecoder();
function parseJson(bytes) {
    return JSON.parse(platform_check_decoder.decode(bytes));
}
/** The server binary of a PostgreSQL major, where Debian's packages put it. */
const serverBinary = (major) => `usr/lib/postgresql/${major}/bin/postgres`;
/**
 * Checks every platform image beneath `top` (an index, or a single manifest labelled with the
 * one platform asked for). Throws PlatformMismatchError naming each platform and what was
 * found; returns the findings when all agree.
 */
async function checkPlatformContent(source, top, options) {
    const topManifest = parseJson(await source.manifest(top));
    const images = [];
    if ((0,oci_src/* isImageIndex */.yR)(topManifest)) {
        for (const d of topManifest.manifests) {
            if ((0,oci_src/* isAttestationManifest */.gV)(d))
                continue;
            if (!d.platform) {
                throw new PlatformMismatchError(options.image, [`index entry ${d.digest} has no platform`]);
            }
            images.push({ label: d.platform, descriptor: d });
        }
    }
    else {
        const [only] = options.platforms;
        if (options.platforms.length !== 1 || only === undefined) {
            throw new PlatformMismatchError(options.image, [
                `one image manifest for ${options.platforms.length} platforms (${options.platforms.join(', ')})`,
            ]);
        }
        images.push({ label: (0,oci_src/* parsePlatform */.FL)(only), descriptor: top });
    }
    const problems = [];
    for (const wanted of options.platforms) {
        if (!images.some((i) => (0,oci_src/* platformMatches */.J5)(i.label, (0,oci_src/* parsePlatform */.FL)(wanted)))) {
            problems.push(`${wanted} is missing (the image has ${images.map((i) => (0,oci_src/* formatPlatform */.Bq)(i.label)).join(', ') || 'none'})`);
        }
    }
    const findings = [];
    for (const { label, descriptor } of images) {
        const platform = (0,oci_src/* formatPlatform */.Bq)(label);
        const manifest = descriptor === top
            ? topManifest
            : parseJson(await source.manifest(descriptor));
        const config = parseJson(await collect(await source.blob(manifest.config.digest, manifest.config.size)));
        const configPlatform = {
            os: config.os ?? '',
            architecture: config.architecture ?? '',
            ...(config.variant ? { variant: config.variant } : {}),
        };
        const said = (0,oci_src/* formatPlatform */.Bq)(configPlatform);
        if (!(0,oci_src/* platformMatches */.J5)(configPlatform, label) || !(0,oci_src/* platformMatches */.J5)(label, configPlatform)) {
            problems.push(`${platform}: the image config says ${said}`);
            continue;
        }
        const read = (wanted) => (0,sbom_src/* readImageFiles */.Zw)({
            image: `${options.image} (${platform})`,
            layers: manifest.layers,
            fetchBlob: source.blob,
            select: {
                // Every path is listed (no content: cheap) so that a symlinked binary resolves.
                list: () => true,
                content: (path) => path === wanted || (options.packages !== undefined && path === STATUS),
                hash: () => false,
            },
        });
        const files = await read(options.binary);
        if (options.packages) {
            const status = files.get(STATUS)?.content;
            const problem = status
                ? packageProblem(platform, options.packages, (0,platform_src/* byPlatform */.HE)(label).debianArchitecture, (0,apt_src/* parseDpkgStatus */._0)(new TextDecoder().decode(status), `/${STATUS}`))
                : `${platform}: the image has no /${STATUS}, so its packages cannot be compared with the prediction`;
            if (problem)
                problems.push(problem);
        }
        let binary = (0,sbom_src/* resolveFile */.xq)(files, options.binary);
        // A symlink to the real binary: read again for the content of its target.
        if (binary && !binary.content && binary.kind === 'file') {
            binary = (await read(binary.path)).get(binary.path);
        }
        if (!binary?.content) {
            problems.push(`${platform}: /${options.binary} is not in the image`);
            continue;
        }
        const machine = (0,elf_src/* readElf */.oU)(binary.content, { source: options.binary }).machine;
        const expected = (0,platform_src/* byPlatform */.HE)(label).elfMachine;
        if (machine !== expected) {
            problems.push(`${platform}: /${options.binary} is built for ${machine}, not ${expected} (the config says ${said}): ` +
                `it was built on another platform's base. Give the platform a base image of its own ` +
                '(a multi-platform base) with emulation (QEMU, binfmt_misc) or a native runner, or drop it');
            continue;
        }
        findings.push({ platform, digest: descriptor.digest, config: said, machine });
    }
    if (problems.length > 0)
        throw new PlatformMismatchError(options.image, problems);
    return findings;
}
const STATUS = 'var/lib/dpkg/status';
const SHOWN = 12;
/**
 * What the image holds against what the matrix predicted, on one architecture: undefined when
 * equal, else one line naming each package apt added, dropped or chose another version of.
 */
function packageProblem(platform, predicted, architecture, installed) {
    const want = new Map();
    for (const p of predicted) {
        const version = p.byArchitecture ? p.byArchitecture[architecture] : p.version;
        if (version !== undefined)
            want.set(p.name, version);
    }
    const have = new Map(installed.map((p) => [p.package, p.version]));
    const added = [];
    const dropped = [];
    const other = [];
    for (const [name, version] of have) {
        const predictedVersion = want.get(name);
        if (predictedVersion === undefined)
            added.push(`${name} ${version}`);
        else if (predictedVersion !== version) {
            other.push(`${name} ${version} (predicted ${predictedVersion})`);
        }
    }
    for (const [name, version] of want)
        if (!have.has(name))
            dropped.push(`${name} ${version}`);
    if (added.length + dropped.length + other.length === 0)
        return undefined;
    const list = (what, items) => items.length === 0
        ? []
        : [
            `${what} ${items.sort().slice(0, SHOWN).join(', ')}${items.length > SHOWN ? ` and ${items.length - SHOWN} more` : ''}`,
        ];
    return (`${platform}: the installed packages are not the predicted ones (${have.size} installed, ${want.size} predicted): ` +
        [
            ...list('apt added', added),
            ...list('apt left out', dropped),
            ...list('apt chose another version of', other),
        ].join('; ') +
        '. The matrix predicts every package from the base and its apt sources; a difference means the archive changed between the matrix and the build (run the matrix again), or a dependency apt resolves otherwise');
}
async function collect(blob) {
    if (blob instanceof Uint8Array)
        return blob;
    const chunks = [];
    for await (const chunk of blob)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./packages/operand/src/publish.ts
const mediaTypeOf = (n) => n.descriptor.mediaType || (n.manifest.mediaType ?? '');
/** Points each `repository:tag` reference at the manifest `top` (already pushed). */
async function writeTags(registry, top, references) {
    for (const reference of references) {
        const digest = await registry.pushManifest(reference, top.bytes, top.mediaType);
        if (digest !== top.descriptor.digest) {
            throw new Error(`${reference}: tagged ${digest}, expected ${top.descriptor.digest}`);
        }
    }
}

// EXTERNAL MODULE: ./packages/errors/src/index.ts + 1 modules
var errors_src = __webpack_require__(7405);
;// CONCATENATED MODULE: ./packages/operand/src/select.ts

/**
 * A request the build cannot carry out as asked: targets that are not there, a parent left
 * out, a platform a target lacks, a package mirror no build step can reach.
 */
class TargetSelectionError extends errors_src/* UserError */.y {
    constructor(message) {
        super(message);
        this.name = 'TargetSelectionError';
    }
}
/**
 * Picks the targets to build. `targets` is the matrix's `targets` (or `all-targets`) output;
 * `allTargets` may add parents that were not kept (unchanged images still serve as the base of
 * a changed child, through the build cache); `select` narrows to target ids or to a matrix
 * group's value (a major such as `17`, or a distribution such as `trixie`).
 */
function selectTargets(targets, options = {}) {
    const known = new Map();
    for (const t of [...(options.allTargets ?? []), ...targets])
        known.set(t.id, t);
    let chosen = targets;
    if (options.select !== undefined && options.select.length > 0) {
        const wanted = new Set(options.select);
        chosen = targets.filter((t) => wanted.has(t.id) || wanted.has(String(t.postgres.major)) || wanted.has(t.distribution));
        const matched = new Set(chosen.flatMap((t) => [t.id, String(t.postgres.major), t.distribution]));
        const unknown = options.select.filter((s) => !matched.has(s));
        if (unknown.length > 0) {
            throw new TargetSelectionError(`select: ${unknown.map((s) => JSON.stringify(s)).join(', ')} names no target; ` +
                `expected target ids (${targets.map((t) => t.id).join(', ') || 'none given'}), ` +
                'a major or a distribution');
        }
    }
    for (const t of chosen) {
        for (let c = t; c?.parent !== undefined; c = known.get(c.parent)) {
            if (!known.has(c.parent)) {
                throw new TargetSelectionError(`target ${c.id} is built on ${c.parent}, which is in neither targets nor ` +
                    "all-targets; pass the matrix's all-targets output as all-targets");
            }
        }
    }
    return { build: parentsFirst(chosen, known), all: [...known.values()] };
}
/** The ids of the targets `t` is built on, its parent first. */
function lineageIds(t, known) {
    const ids = [];
    for (let p = t.parent; p !== undefined; p = known.get(p)?.parent)
        ids.push(p);
    return ids;
}
function depth(t, known) {
    return lineageIds(t, known).length;
}
/** Stable: the matrix's order within one depth, roots first. */
function parentsFirst(chosen, known) {
    return chosen
        .map((t, i) => ({ t, i, d: depth(t, known) }))
        .sort((a, b) => a.d - b.d || a.i - b.i)
        .map(({ t }) => t);
}

// EXTERNAL MODULE: ./packages/summary/src/index.ts + 4 modules
var summary_src = __webpack_require__(7755);
;// CONCATENATED MODULE: ./packages/operand/src/summary.ts


const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const summary_short = (digest) => digest.replace(/^sha256:/, '').slice(0, 12);
/** The step summary: what was built (tags, digests, sizes), what failed, each log's tail. */
function buildSummaryDocument(title, images, failed, parts = {}) {
    const document = [
        (0,summary_src/* heading */.R_)(3, `${title}: ${images.length} built, ${failed.length} failed`),
    ];
    if (images.length > 0) {
        document.push((0,summary_src/* table */.tp)([
            'target',
            'digest',
            'platforms',
            'compressed',
            'packages (from -security)',
            'tags',
            'time',
        ], images.map((i) => [
            (0,summary_src/* code */.aY)(i.target),
            (0,summary_src/* code */.aY)(summary_short(i.digest)),
            (0,summary_src/* join */.fj)(i.platforms.map((p) => `${p.platform} ${mb(p.compressedSize)}`), summary_src/* lineBreak */.qL),
            mb(i.compressedSize),
            i.packages ? `${i.packages.total} (${i.packages.fromSecurity})` : '',
            i.tags.length > 0
                ? (0,summary_src/* join */.fj)(i.tags.map((t) => (0,summary_src/* code */.aY)(t.split(':').pop() ?? t)), summary_src/* lineBreak */.qL)
                : '(by digest)',
            `${(i.durationMs / 1000).toFixed(0)} s`,
        ])));
    }
    if (failed.length > 0) {
        document.push((0,summary_src/* table */.tp)(['failed target', 'reason'], failed.map((f) => [(0,summary_src/* code */.aY)(f.target), f.reason])));
    }
    for (const i of images) {
        const notes = i.packages?.notes;
        if (!notes?.since || notes.packages.length === 0)
            continue;
        document.push((0,summary_src/* details */.zH)([
            'release notes of ',
            (0,summary_src/* code */.aY)(i.target),
            `: ${notes.packages.length} package${notes.packages.length === 1 ? '' : 's'} changed since `,
            (0,summary_src/* code */.aY)(notes.since),
        ], [(0,summary_src/* list */.p_)((0,targets_src/* noteItems */.bM)(notes))]));
    }
    for (const i of images) {
        const changes = parts.changes?.get(i.target);
        if (!changes)
            continue;
        document.push((0,summary_src/* details */.zH)(['packages of ', (0,summary_src/* code */.aY)(i.target), ' since ', (0,summary_src/* code */.aY)(i.sbom?.comparedTo ?? '')], changes));
    }
    for (const [target, tail] of parts.logs ?? []) {
        document.push((0,summary_src/* details */.zH)(['build log of ', (0,summary_src/* code */.aY)(target), ` (last ${tail.length} lines)`], [(0,summary_src/* codeBlock */.DV)(tail, 'text')]));
    }
    return document;
}
/** The step summary as Markdown. */
const buildSummary = (title, images, failed, parts = {}) => renderMarkdown(buildSummaryDocument(title, images, failed, parts));

;// CONCATENATED MODULE: ./packages/operand/src/build-images.ts
/**
 * The build: one `docker buildx bake` per target, parents first, each exported as an OCI
 * layout, pushed by digest, then tagged. One target failing neither stops the others nor
 * moves a tag; it fails the whole run at the end, named with its reason.
 */















async function buildxVersion(env) {
    const r = await (0,exec_src/* exec */.m0)('docker', ['buildx', 'version'], { env }).catch(() => undefined);
    return r?.code === 0 ? parseBuildxVersion(r.stdout) : undefined;
}
/** `linux/arm64/v8` → `linux-arm64-v8`: a file-name-safe platform. */
const platformSlug = (platform) => platform.replaceAll('/', '-');
async function buildImages(options) {
    const { build, all } = selectTargets(options.targets, {
        ...(options.allTargets ? { allTargets: options.allTargets } : {}),
        ...(options.select ? { select: options.select } : {}),
    });
    const platform = options.platform !== undefined ? (0,oci_src/* formatPlatform */.Bq)((0,oci_src/* parsePlatform */.FL)(options.platform)) : undefined;
    if (platform !== undefined) {
        for (const t of build) {
            if (!t.platforms.includes(platform)) {
                throw new TargetSelectionError(`platform: ${platform} is not one of target ${t.id}'s platforms (${t.platforms.join(', ')})`);
            }
        }
    }
    const unreachable = build.map(src/* unreachableMirror */.Mw).filter((m) => m !== undefined);
    if (unreachable.length > 0)
        throw new TargetSelectionError(unreachable.join('; '));
    const group = options.group ?? ((_, fn) => fn());
    const context = (0,external_node_path_.dirname)(options.dockerfile);
    const layouts = (0,external_node_path_.join)(options.workDir, 'layouts');
    await (0,promises_.mkdir)(layouts, { recursive: true });
    const buildx = await buildxVersion(options.env);
    // PGDG's keys as configured: checked against the hashes the matrix fingerprinted, then one
    // context directory for every target of the run.
    const keys = (0,src/* keyringFiles */.D9)(all);
    const keyringContext = keys.length > 0 ? (0,external_node_path_.join)(options.workDir, 'keyring') : undefined;
    if (keyringContext !== undefined) {
        await (0,src/* writeKeyringContext */.gP)(keys, keyringContext, options.workspace);
    }
    const env = {
        ...options.env,
        ...(options.sourceDateEpoch !== undefined
            ? { SOURCE_DATE_EPOCH: String(options.sourceDateEpoch) }
            : {}),
    };
    const images = [];
    const failed = [];
    const logs = new Map();
    const changes = new Map();
    const failedIds = new Set();
    const byId = new Map(all.map((x) => [x.id, x]));
    for (const [i, t] of build.entries()) {
        const started = Date.now();
        const progress = (step, detail) => options.progress?.({
            target: t.id,
            index: i + 1,
            total: build.length,
            step,
            elapsedMs: Date.now() - started,
            ...(detail !== undefined ? { detail } : {}),
        });
        const brokenParent = lineageIds(t, byId).find((id) => failedIds.has(id));
        if (brokenParent !== undefined) {
            failedIds.add(t.id);
            const reason = `its parent ${brokenParent} failed`;
            failed.push({ target: t.id, reason, tail: [] });
            progress('failed', reason);
            continue;
        }
        await group(`Build ${t.id}`, async () => {
            try {
                const image = await buildOne(t, all, { ...options, env }, { context, layouts, buildx, platform, logs, changes, keyringContext, step: progress });
                images.push(image);
                progress('done', image.digest);
            }
            catch (e) {
                failedIds.add(t.id);
                const f = e instanceof TargetFailure
                    ? e.failure
                    : { target: t.id, reason: e.message, tail: [] };
                failed.push(f);
                options.log?.(`pgforge: ${t.id} failed: ${f.reason}`);
                progress('failed', f.reason);
            }
        });
    }
    const title = platform ? `Build (${platform})` : 'Build';
    const summaryDocument = buildSummaryDocument(title, images, failed, { logs, changes });
    return { images, failed, summary: (0,summary_src/* renderMarkdown */.Gc)(summaryDocument), summaryDocument };
}
class TargetFailure extends Error {
    failure;
    constructor(failure) {
        super(failure.reason);
        this.failure = failure;
    }
}
async function buildOne(t, all, options, shared) {
    const started = Date.now();
    const dir = (0,external_node_path_.join)(shared.layouts, t.id);
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    const bakeFile = (0,external_node_path_.join)(options.workDir, `${t.id}.bake.json`);
    const metadataFile = (0,external_node_path_.join)(options.workDir, `${t.id}.metadata.json`);
    const bake = (0,src/* bakeDefinition */.xs)([t], all, {
        context: shared.context,
        dockerfile: 'Dockerfile',
        provenance: options.provenance,
        layoutDir: shared.layouts,
        rewriteTimestamp: options.sourceDateEpoch !== undefined && options.rewriteTimestamp === true,
        ...(shared.platform ? { platform: shared.platform } : {}),
        ...(shared.keyringContext ? { keyringContext: shared.keyringContext } : {}),
    });
    await (0,promises_.writeFile)(bakeFile, `${JSON.stringify(bake, null, 2)}\n`);
    shared.step('bake');
    const buildOutput = options.buildOutput ?? options.log;
    const run = await runBake({
        bakeFile,
        target: t.id,
        metadataFile,
        reads: shared.keyringContext ? [shared.context, shared.keyringContext] : [shared.context],
        writes: [shared.layouts],
        env: options.env,
        retries: options.retries,
        ...(options.builder ? { builder: options.builder } : {}),
        ...(options.noCache ? { noCache: true } : {}),
        ...(shared.buildx ? { buildx: shared.buildx } : {}),
        ...(buildOutput ? { onLine: buildOutput } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    shared.logs.set(t.id, run.tail.slice(-40));
    if (!run.ok) {
        throw new TargetFailure({
            target: t.id,
            reason: `${run.reason ?? 'build failed'}${run.attempts > 1 ? ` (after ${run.attempts} attempts)` : ''}`,
            tail: run.tail,
        });
    }
    const layout = await (0,oci_src/* readLayout */.T4)(dir);
    // The layout's own annotations (ref.name `latest`) are not the image's.
    const found = layout.find();
    const top = { mediaType: found.mediaType, digest: found.digest, size: found.size };
    if (run.metadata && run.metadata.digest !== top.digest) {
        throw new Error(`buildx reported ${run.metadata.digest} but the layout holds ${top.digest}`);
    }
    const graph = await readImageGraph({ manifest: async (d) => (await layout.readManifest(d.digest)).bytes }, top);
    // Before the image leaves this machine (pushed, or handed over as a layout): each platform
    // is what it says it is.
    shared.step('check');
    if (t.base.estimated) {
        options.log?.(`${t.id}: its packages are not compared with the prediction: the matrix could not read the base image ${t.base.image}, so it estimated the base's packages`);
    }
    try {
        await checkPlatformContent({
            manifest: async (d) => (await layout.readManifest(d.digest)).bytes,
            blob: (digest) => layout.readBlob(digest),
        }, top, {
            platforms: shared.platform ? [shared.platform] : t.platforms,
            binary: serverBinary(t.postgres.major),
            image: t.id,
            // A base the matrix could not read has estimated packages: nothing to hold it to.
            ...(t.base.estimated ? {} : { packages: t.contents }),
        });
    }
    catch (e) {
        if (!(e instanceof PlatformMismatchError))
            throw e;
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw new TargetFailure({ target: t.id, reason: e.problems.join('; '), tail: run.tail });
    }
    const repository = t.testingRepository;
    const base = {
        target: t.id,
        repository,
        digest: top.digest,
        reference: `${repository}@${top.digest}`,
        promote: { repository: t.repository, tags: (0,targets_src/* productionReferences */.em)(t), immutable: 1 },
        platforms: graph.platforms,
        compressedSize: graph.compressedSize,
        attempts: run.attempts,
        packages: packageCounts(t),
        ...(shared.platform ? { platform: shared.platform } : {}),
    };
    if (!options.push) {
        return { ...base, tags: [], pushed: false, layout: dir, durationMs: Date.now() - started };
    }
    shared.step('push');
    await options.registry.pushLayout(layout, `${repository}@${top.digest}`);
    // The whole image's package list and notes, before any tag names it (a per-platform job's
    // image is one platform of the index the merge attaches them to).
    if (shared.platform === undefined)
        await attachPackages(options.registry, repository, top, t);
    // Before any tag moves: the alias still names the previous image, the one to compare with.
    if (options.sbom)
        shared.step('sbom');
    const sbom = options.sbom
        ? await imageSbom(t, `${repository}@${top.digest}`, options.sbom.outputDir, options)
        : undefined;
    if (sbom?.changes)
        shared.changes.set(t.id, sbom.changes);
    let tags = [];
    if (shared.platform === undefined) {
        shared.step('tag');
        tags = (0,targets_src/* testingReferences */.lO)(t);
        await writeTags(options.registry, { descriptor: top, bytes: graph.top.bytes, mediaType: mediaTypeOf(graph.top) }, tags);
    }
    else if (options.digestsDir !== undefined) {
        const record = {
            target: t.id,
            platform: shared.platform,
            repository,
            digest: top.digest,
            mediaType: mediaTypeOf(graph.top),
        };
        await (0,promises_.mkdir)(options.digestsDir, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(options.digestsDir, `${t.id}@${platformSlug(shared.platform)}.json`), `${JSON.stringify(record)}\n`);
    }
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    return {
        ...base,
        tags,
        pushed: true,
        ...(sbom ? { sbom: sbom.image } : {}),
        durationMs: Date.now() - started,
    };
}
async function imageSbom(t, reference, outputDir, options) {
    const alias = t.tags.aliases[0];
    const previous = alias ? `${t.repository}:${alias}` : undefined;
    const exists = previous ? await options.registry.headManifest(previous) : undefined;
    const result = await (0,sbom_src/* sbomCommand */.Vk)({
        image: reference,
        formats: sbom_src/* SBOM_FORMATS */.zu,
        outputDir: (0,external_node_path_.join)(outputDir, t.id),
        attach: true,
        ...(exists && previous ? { compareTo: previous } : {}),
        registry: options.registry,
        ...(options.log ? { log: options.log, warn: options.log } : {}),
    });
    return {
        image: {
            files: result.files,
            ...(exists && previous ? { comparedTo: previous, changes: result.summary } : {}),
        },
        ...(exists && previous ? { changes: result.summaryDocument } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/operand/src/merge.ts
/**
 * `merge`: the second half of one-platform-per-job builds (native arm64 runners). Each job
 * pushed its platform by digest and left a record; this assembles every target's index from
 * those digests, with the target's annotations, pushes it by digest and only then tags it.
 */











async function records(dir) {
    const names = (await (0,promises_.readdir)(dir).catch(() => [])).filter((n) => n.endsWith('.json'));
    return Promise.all(names
        .sort()
        .map(async (n) => JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, n), 'utf8'))));
}
function registrySource(registry, repository) {
    return { manifest: async (d) => (await registry.getManifest(`${repository}@${d.digest}`)).bytes };
}
const encoder = new TextEncoder();
async function mergePlatforms(options) {
    const { build } = selectTargets(options.targets, {
        ...(options.allTargets ? { allTargets: options.allTargets } : {}),
        ...(options.select ? { select: options.select } : {}),
    });
    const all = await records(options.digestsDir);
    const images = [];
    const failed = [];
    for (const t of build) {
        const started = Date.now();
        try {
            images.push(await mergeOne(t, all.filter((r) => r.target === t.id), options, started));
        }
        catch (e) {
            failed.push({ target: t.id, reason: e.message, tail: [] });
            options.log?.(`pgforge: ${t.id} failed: ${e.message}`);
        }
    }
    const summaryDocument = buildSummaryDocument('Merge', images, failed);
    return { images, failed, summary: (0,summary_src/* renderMarkdown */.Gc)(summaryDocument), summaryDocument };
}
async function mergeOne(t, mine, options, started) {
    const missing = t.platforms.filter((p) => !mine.some((r) => r.platform === p));
    if (missing.length > 0) {
        throw new Error(`no digest for ${missing.join(', ')} in ${options.digestsDir} (found: ${mine.map((r) => r.platform).join(', ') || 'none'}); did every per-platform job succeed?`);
    }
    const repository = t.testingRepository;
    const manifests = [];
    for (const platform of t.platforms) {
        const r = mine.find((x) => x.platform === platform);
        if (!r)
            continue; // checked above: every platform has a record
        if (r.repository !== repository) {
            throw new Error(`${platform} was pushed to ${r.repository}, not to ${repository}`);
        }
        const fetched = await options.registry.getManifest(`${repository}@${r.digest}`);
        if ((0,oci_src/* isImageIndex */.yR)(fetched.manifest)) {
            manifests.push(...fetched.manifest.manifests);
        }
        else {
            manifests.push({
                mediaType: fetched.mediaType,
                digest: fetched.digest,
                size: fetched.bytes.length,
                platform: (0,oci_src/* parsePlatform */.FL)(platform),
            });
        }
    }
    const index = {
        schemaVersion: 2,
        mediaType: oci_src/* MediaTypes */.mI.ociIndex,
        manifests,
        annotations: t.annotations,
    };
    const bytes = encoder.encode(JSON.stringify(index));
    // Each job checked its own platform; the index is checked whole before it exists, since
    // a record could name an image another job (or another recipe) pushed.
    const pending = {
        mediaType: oci_src/* MediaTypes */.mI.ociIndex,
        digest: (0,oci_src/* computeDigest */.MK)(bytes),
        size: bytes.length,
    };
    await checkPlatformContent({
        manifest: async (d) => d.digest === pending.digest
            ? bytes
            : (await options.registry.getManifest(`${repository}@${d.digest}`)).bytes,
        blob: (digest, size) => options.registry.getBlob(repository, digest, size),
    }, pending, {
        platforms: t.platforms,
        binary: serverBinary(t.postgres.major),
        image: t.id,
        ...(t.base.estimated ? {} : { packages: t.contents }),
    });
    const digest = await options.registry.pushManifest(`${repository}@${(0,oci_src/* computeDigest */.MK)(bytes)}`, bytes, oci_src/* MediaTypes */.mI.ociIndex);
    const descriptor = { mediaType: oci_src/* MediaTypes */.mI.ociIndex, digest, size: bytes.length };
    await attachPackages(options.registry, repository, descriptor, t);
    const tags = (0,targets_src/* testingReferences */.lO)(t);
    await writeTags(options.registry, { descriptor, bytes, mediaType: oci_src/* MediaTypes */.mI.ociIndex }, tags);
    const graph = await readImageGraph(registrySource(options.registry, repository), descriptor);
    return {
        target: t.id,
        repository,
        digest,
        reference: `${repository}@${digest}`,
        tags,
        promote: { repository: t.repository, tags: (0,targets_src/* productionReferences */.em)(t), immutable: 1 },
        platforms: graph.platforms,
        compressedSize: graph.compressedSize,
        packages: packageCounts(t),
        pushed: true,
        attempts: 1,
        durationMs: Date.now() - started,
    };
}

;// CONCATENATED MODULE: ./packages/operand/src/environment.ts
function retiredEnvironment(value, given) {
    if (value === undefined || value === '')
        return {};
    const name = given === 'input' ? 'input "environment"' : '--environment';
    const why = 'build pushes to <name>-testing and writes the immutable tag there only; the promote step ' +
        '(actions/promote, pgforge promote) writes the production tags once the image has passed its smoke test';
    if (value === 'production') {
        return { error: `${name}: "production" is no longer accepted: ${why}` };
    }
    return { warning: `${name} is deprecated and has no effect (${JSON.stringify(value)}): ${why}` };
}

;// CONCATENATED MODULE: ./packages/operand/src/source-date.ts

/**
 * The commit time of HEAD in `directory` (seconds since the epoch): SOURCE_DATE_EPOCH for a
 * reproducible build. Undefined outside a git checkout.
 */
async function commitTime(directory, env) {
    const r = await (0,exec_src/* exec */.m0)('git', ['-C', directory, 'log', '-1', '--format=%ct'], { env }).catch(() => undefined);
    const seconds = r?.code === 0 ? Number(r.stdout.trim()) : NaN;
    return Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}

;// CONCATENATED MODULE: ./packages/operand/src/run.ts



async function buildCommand(s) {
    const common = {
        targets: s.targets,
        ...(s.allTargets ? { allTargets: s.allTargets } : {}),
        ...(s.select ? { select: s.select } : {}),
        registry: s.registry,
        log: s.log,
    };
    if (s.mode === 'merge')
        return mergePlatforms({ ...common, digestsDir: s.digestsDir });
    const sourceDateEpoch = s.sourceDateEpoch ?? (await commitTime(s.workspace, s.env));
    if (sourceDateEpoch === undefined) {
        s.warn('no commit time (not a git checkout?): timestamps are not reproducible');
    }
    return buildImages({
        ...common,
        push: s.push,
        provenance: s.provenance,
        ...(s.platform ? { platform: s.platform } : {}),
        digestsDir: s.digestsDir,
        dockerfile: s.dockerfile,
        workDir: s.workDir,
        workspace: s.workspace,
        ...(sourceDateEpoch !== undefined ? { sourceDateEpoch } : {}),
        rewriteTimestamp: s.rewriteTimestamp,
        retries: s.retries,
        ...(s.builder ? { builder: s.builder } : {}),
        ...(s.sbomDir ? { sbom: { outputDir: s.sbomDir } } : {}),
        env: s.env,
        ...(s.buildOutput ? { buildOutput: s.buildOutput } : {}),
        ...(s.progress ? { progress: s.progress } : {}),
        ...(s.group ? { group: s.group } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/operand/src/index.ts













/***/ })

};
