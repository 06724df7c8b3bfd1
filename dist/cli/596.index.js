export const id = 596;
export const ids = [596];
export const modules = {

/***/ 596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wF: () => (/* reexport */ CATALOG_KINDS),
  G$: () => (/* reexport */ CatalogError),
  ie: () => (/* reexport */ EXTENSIONS_INPUT),
  XZ: () => (/* reexport */ catalogCommand),
  DL: () => (/* reexport */ catalogSummaryDocument)
});

// UNUSED EXPORTS: ANNOTATION_OF, API_VERSION, ENV_ANNOTATION, LICENSES_ANNOTATION, MAX_ANNOTATION_BYTES, MAX_CATALOG_MAJORS, NOTE_PREFIX, OS_ANNOTATION, PGMAJOR_ANNOTATION, candidateOf, catalogDocument, catalogFileName, catalogSummary, catalogYaml, checkCatalog, extensionNotes, extensionsFor, extensionsOf, flow, imageMetadata, isAnnotationKey, isNoteKey, kustomizationYaml, labelValue, noteComment, noteKey, notesFor, placeExtensions, placedFor, reconcileEntry, selectImages, writeCatalogs

// EXTERNAL MODULE: ./packages/errors/src/index.ts + 1 modules
var src = __webpack_require__(7405);
;// CONCATENATED MODULE: ./packages/catalog/src/errors.ts
/**
 * Errors a person can act on: each names the option or image, the value and what is expected.
 * A bad option is `CatalogError.notAllowed(option, value, expected)`.
 */

class CatalogError extends src/* UserError */.y {
    constructor(message, options) {
        super(message, options);
        this.name = 'CatalogError';
    }
}

// EXTERNAL MODULE: ./packages/config/src/index.ts + 9 modules
var config_src = __webpack_require__(4456);
// EXTERNAL MODULE: ./packages/versions/src/index.ts + 2 modules
var versions_src = __webpack_require__(7289);
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
    const values = (0,config_src/* matchTemplate */.eg)(options.template, tag, {
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
    const byVersion = (0,versions_src/* compareDebianVersions */._K)(debianOrder(a.version), debianOrder(b.version));
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

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
// EXTERNAL MODULE: ./packages/targets/src/index.ts + 11 modules
var targets_src = __webpack_require__(4804);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
const ENV_ANNOTATION = targets_src/* METADATA_ANNOTATIONS */.Nw.env;
const LICENSES_ANNOTATION = 'org.opencontainers.image.licenses';
/** How the extension action joins limitations (sentences that may hold commas). */
const LIMITATION_SEPARATOR = ' | ';
const list = (value) => (value ?? '')
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
    if (annotations[targets_src/* METADATA_ANNOTATIONS */.Nw.createExtension] === undefined)
        return undefined;
    const known = (0,targets_src/* readExtensionAnnotations */.o7)(annotations);
    const sqlNames = list(annotations[targets_src/* METADATA_ANNOTATIONS */.Nw.sqlNames]).map((s) => {
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
    const limitations = annotations[targets_src/* METADATA_ANNOTATIONS */.Nw.limitations];
    return {
        sqlNames,
        createExtension: known.createExtension ?? true,
        sharedPreloadLibraries: known.sharedPreloadLibraries ?? [],
        requiredExtensions: known.requiredExtensions ?? [],
        requiredFromOperand: list(annotations[targets_src/* METADATA_ANNOTATIONS */.Nw.requiredFromOperand]),
        ldLibraryPath: list(annotations[targets_src/* METADATA_ANNOTATIONS */.Nw.ldLibraryPath]),
        binPath: list(annotations[targets_src/* METADATA_ANNOTATIONS */.Nw.binPath]),
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
    ld_library_path: targets_src/* METADATA_ANNOTATIONS */.Nw.ldLibraryPath,
    bin_path: targets_src/* METADATA_ANNOTATIONS */.Nw.binPath,
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
        const ref = (0,oci_src/* parseReference */.F2)(record.reference);
        const repository = (0,oci_src/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository });
        const production = record.promote?.repository ?? (0,targets_src/* productionRepositoryOf */.r4)(repository) ?? repository;
        const entry = {
            ...cluster,
            image: { reference: `${production}@${record.digest}` },
        };
        return { entry, production: entry.image.reference, where };
    });
}
const sameList = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
const envText = (env) => flow(env.map((e) => `${e.name}=${e.value}`));
const byName = (x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
/** env is a set by name (the CRD's list-type map): order does not matter. */
const sameEnv = (a, b) => envText([...a].sort(byName)) === envText([...b].sort(byName));
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
const ENV_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
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
                if (!ENV_NAME.test(v.name) || typeof v.value !== 'string' || v.value === '') {
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/attest/src/index.ts + 13 modules
var attest_src = __webpack_require__(7797);
// EXTERNAL MODULE: ./packages/summary/src/index.ts + 4 modules
var summary_src = __webpack_require__(7755);
;// CONCATENATED MODULE: ./packages/catalog/src/summary.ts

/** An image's extensions, each with what its note asks of a Cluster beyond listing it. */
function extensionsCell(image) {
    const cells = (image.extensions ?? []).map((e) => {
        const note = image.notes?.[e.name];
        const preload = note?.shared_preload_libraries ?? [];
        const missing = (note?.required_extensions ?? []).filter((r) => r.from === 'missing');
        const extra = [
            ...(preload.length > 0 ? [['preload ', ...(0,summary_src/* join */.fj)(preload.map(summary_src/* code */.aY), ', ')]] : []),
            ...(missing.length > 0
                ? [
                    [
                        '⚠ lacks ',
                        ...(0,summary_src/* join */.fj)(missing.map((r) => (0,summary_src/* code */.aY)(r.name)), ', '),
                    ],
                ]
                : []),
        ];
        return extra.length > 0 ? [(0,summary_src/* code */.aY)(e.name), ' (', ...(0,summary_src/* join */.fj)(extra, '; '), ')'] : (0,summary_src/* code */.aY)(e.name);
    });
    return cells.length > 0 ? (0,summary_src/* join */.fj)(cells, ' ') : '–';
}
/** The step summary: one row per catalog image. */
function catalogSummaryDocument(catalogs, empty) {
    return [
        (0,summary_src/* heading */.R_)(3, `Catalogs: ${catalogs.length} written${empty.length ? `, ${empty.length} with no promoted image (${empty.join(', ')})` : ''}`),
        (0,summary_src/* table */.tp)(['catalog', 'major', 'image', 'extensions'], catalogs.flatMap((c) => c.images.map((i) => [(0,summary_src/* code */.aY)(c.name), String(i.major), (0,summary_src/* code */.aY)(i.image), extensionsCell(i)]))),
    ];
}
/** The step summary as Markdown. */
const catalogSummary = (catalogs, empty) => (0,summary_src/* renderMarkdown */.Gc)(catalogSummaryDocument(catalogs, empty));

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
    const path = (0,oci_src/* parseReference */.F2)(repository).repository.split('/');
    return path.length > 1 ? (path[0] ?? 'pgforge') : (0,oci_src/* parseReference */.F2)(repository).registry;
}
const yyyymmdd = (d) => d.toISOString().slice(0, 10).replace(/-/g, '');
async function writeCatalogs(options) {
    const { config } = options;
    if (options.kind === 'ImageCatalog' && !options.namespace) {
        throw CatalogError.notAllowed('namespace', '', 'the namespace of the ImageCatalog (kind: ImageCatalog is namespaced)');
    }
    const repository = (0,oci_src/* lowercaseName */.dc)(options.repository ?? `${config.registry}/${config.name}`);
    try {
        const ref = (0,oci_src/* parseReference */.F2)(repository);
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
    const tags = await options.registry.listTags((0,oci_src/* parseReference */.F2)(repository));
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
                    cosign ??= new attest_src/* Cosign */._d({
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
    const key = (0,attest_src/* cosignKeyOf */.KG)(value);
    if (key)
        return key;
    // The value is never repeated: a key pasted without its PEM armour is still a secret.
    throw CatalogError.notAllowed('cosign-key', '(not shown: it may be a secret)', 'an existing file, or the PEM text of a cosign private key');
}
async function catalogCommand(settings) {
    const s = settings;
    return writeCatalogs({
        config: await (0,config_src/* loadConfig */.Z9)(s.configFile, { overrides: s.overrides }),
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










/***/ })

};
