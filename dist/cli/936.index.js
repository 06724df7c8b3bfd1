export const id = 936;
export const ids = [936];
export const modules = {

/***/ 7101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ summaryFlag),
/* harmony export */   Q2: () => (/* binding */ printJson),
/* harmony export */   hG: () => (/* binding */ jsonFlag),
/* harmony export */   ot: () => (/* binding */ printSummary),
/* harmony export */   wW: () => (/* binding */ oneOutput)
/* harmony export */ });
/* unused harmony exports SUMMARY_FORMATS, formatSummary */
/* harmony import */ var _pgforge_summary__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7755);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1863);
/**
 * What a command prints on stdout. `--json`, the same on every command that produces a result:
 * the result as JSON, nothing else there, whatever a command prints by default (a table,
 * Markdown), so that a script can rely on it now and if a default changes. `--summary`: the
 * step summary the action writes, as aligned text for a terminal or as the Markdown itself.
 */


function jsonFlag(what) {
    return {
        name: 'json',
        type: 'boolean',
        description: `print the result as JSON: ${what}`,
        default: 'false',
    };
}
const SUMMARY_FORMATS = ['text', 'markdown'];
/**
 * `--summary [text|markdown]`. Alone it is text, which a terminal shows as columns. The flag was
 * a boolean that printed Markdown: `--summary true` still does, with a warning.
 */
function summaryFlag(what) {
    return {
        name: 'summary',
        type: 'string',
        value: 'FORMAT',
        description: `print ${what} instead: text (aligned columns) or markdown (as the step summary)`,
        choices: SUMMARY_FORMATS,
        bare: 'text',
        legacyTrue: 'markdown',
    };
}
/** `--json` and `--summary` both ask for stdout: one of them. */
function oneOutput(values) {
    if (values.json && values.summary !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--json and --summary both choose what stdout holds; give one of them');
    }
}
function printJson(value) {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
/** A summary in the format asked for; text in colour only where stdout is a terminal. */
function formatSummary(document, format, stdout, env) {
    return format === 'markdown'
        ? (0,_pgforge_summary__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(document)
        : (0,_pgforge_summary__WEBPACK_IMPORTED_MODULE_0__/* .renderText */ .S5)(document, { color: (0,_pgforge_summary__WEBPACK_IMPORTED_MODULE_0__/* .colorWanted */ .tN)(stdout, env) });
}
function printSummary(document, format) {
    process.stdout.write(formatSummary(document, format, process.stdout, process.env));
}


/***/ }),

/***/ 7755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aY: () => (/* reexport */ code),
  DV: () => (/* reexport */ codeBlock),
  tN: () => (/* reexport */ colorWanted),
  zH: () => (/* reexport */ details),
  AU: () => (/* reexport */ fold),
  R_: () => (/* reexport */ heading),
  fj: () => (/* reexport */ join),
  qL: () => (/* reexport */ lineBreak),
  p_: () => (/* reexport */ list),
  FY: () => (/* reexport */ paragraph),
  Gc: () => (/* reexport */ renderMarkdown),
  S5: () => (/* reexport */ renderText),
  EX: () => (/* reexport */ small),
  ko: () => (/* reexport */ strong),
  iF: () => (/* reexport */ style),
  tp: () => (/* reexport */ table)
});

// UNUSED EXPORTS: inlines, plain, renderInlineMarkdown

;// CONCATENATED MODULE: ./packages/summary/src/model.ts
/**
 * What a step summary says, apart from how it is written down. Each package builds one of
 * these; GitHub's step summary gets it as Markdown (markdown.ts) and a terminal as aligned
 * text (text.ts), so neither sees the other's syntax: no `<details>` in a terminal, no padded
 * columns in Markdown.
 */
const code = (text) => ({ kind: 'code', text });
const strong = (content) => ({ kind: 'strong', content });
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
const details = (title, body) => ({
    kind: 'details',
    title,
    body,
});
/** `items` with `separator` between each two: `join([code(a), code(b)], lineBreak)`. */
function join(items, separator) {
    return items.flatMap((item, i) => [...(i > 0 ? [separator] : []), ...inlines(item)]);
}
/** A Text as a list of inlines. */
const inlines = (text) => (isList(text) ? text : [text]);
// Array.isArray does not narrow a readonly array type.
const isList = (text) => Array.isArray(text);
/** The words of a Text without any mark: for a comparison or a one-line log. */
function plain(text) {
    return inlines(text)
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
    return inlines(text)
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
const row = (cells) => `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
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
                row(b.header.map((h) => words(h, 'cell'))),
                row(b.header.map(() => '---')),
                ...b.rows.map((r) => row(r.map((cell) => inline(cell, 'cell')))),
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
function renderMarkdown(document) {
    return `${document.map(block).join('\n\n')}\n`;
}
/** One line of inline Markdown, as a list item or a paragraph holds it. */
const renderInlineMarkdown = (text) => inline(text, 'block');

// EXTERNAL MODULE: ./node_modules/string-width/index.js + 2 modules
var string_width = __webpack_require__(6774);
;// CONCATENATED MODULE: ./packages/summary/src/color.ts
/**
 * Whether a terminal gets colour, and the few styles the text rendering uses. The decision
 * takes the stream and the environment as arguments, so the edge (the CLI) passes its own and a
 * test passes any.
 */
/**
 * Colour only on a terminal. `NO_COLOR` (any value but the empty string, no-color.org) turns
 * it off and wins over everything; `FORCE_COLOR` (anything but empty, `0` or `false`) turns it
 * on where no terminal is, as Node and most tools take it; a `dumb` terminal gets none.
 */
function colorWanted(stream, env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force !== 'false';
    return stream.isTTY === true && env.TERM !== 'dumb';
}
const sgr = (open, close) => (s) => s === '' ? s : `\x1b[${open}m${s}\x1b[${close}m`;
const same = (s) => s;
function style(color) {
    return color
        ? { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), green: sgr(32, 39) }
        : { bold: same, dim: same, red: same, green: same };
}

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
const width = (line) => (0,string_width/* default */.A)(line);
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
    return `${blocks(document, style(options.color)).join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/summary/src/index.ts






/***/ }),

/***/ 4804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SM: () => (/* reexport */ CNPG_ANNOTATIONS),
  nf: () => (/* reexport */ FINGERPRINT_ANNOTATION),
  Nw: () => (/* reexport */ METADATA_ANNOTATIONS),
  yc: () => (/* reexport */ PACKAGES_ARTIFACT_TYPE),
  bH: () => (/* reexport */ TESTING_SUFFIX),
  Vq: () => (/* reexport */ expandTargets),
  bM: () => (/* reexport */ noteItems),
  Db: () => (/* reexport */ parseImageRecords),
  hx: () => (/* reexport */ parseSmokeReport),
  n5: () => (/* reexport */ parseTargetList),
  em: () => (/* reexport */ productionReferences),
  r4: () => (/* reexport */ productionRepositoryOf),
  o7: () => (/* reexport */ readExtensionAnnotations),
  g0: () => (/* reexport */ readPackagesArtifact),
  fg: () => (/* reexport */ sha256Hex),
  nj: () => (/* reexport */ tagTimestamp),
  lO: () => (/* reexport */ testingReferences),
  KB: () => (/* reexport */ testingRepositoryOf)
});

// UNUSED EXPORTS: TargetListError, canonicalJson, createdAt, debianArchitecturesArg, fingerprint, keyringArg, noteLines, targetId

;// CONCATENATED MODULE: ./packages/targets/src/model.ts
/** The annotation under which every image carries the fingerprint of its inputs. */
const FINGERPRINT_ANNOTATION = 'io.pgforge.image.fingerprint';
/** The artifact type of the package list the build attaches to each image (a referrer). */
const PACKAGES_ARTIFACT_TYPE = 'application/vnd.pgforge.image.packages.v1+json';
/** What names a testing repository: `<registry>/<name>-testing` beside `<registry>/<name>`. */
const TESTING_SUFFIX = '-testing';
/** The testing repository of a production one (operand and extension images alike). */
const testingRepositoryOf = (production) => `${production}${TESTING_SUFFIX}`;
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
function tagTimestamp(date) {
    const p = (n, w = 2) => String(n).padStart(w, '0');
    return (p(date.getUTCFullYear(), 4) +
        p(date.getUTCMonth() + 1) +
        p(date.getUTCDate()) +
        p(date.getUTCHours()) +
        p(date.getUTCMinutes()));
}
/** The same minute as RFC 3339, for `org.opencontainers.image.created`. */
function createdAt(date) {
    const d = new Date(date);
    d.setUTCSeconds(0, 0);
    return d.toISOString().replace('.000Z', 'Z');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** Bumped when the meaning of the inputs changes, so that old fingerprints never match. */
// 2: the whole predicted package set, not only the packages the flavours name.
const FINGERPRINT_VERSION = 2;
function fingerprint(inputs) {
    const normalised = {
        v: FINGERPRINT_VERSION,
        ...inputs,
        platforms: [...inputs.platforms].sort(),
        packages: [...inputs.packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    };
    return `sha256:${sha256Hex(canonicalJson(normalised))}`;
}

// EXTERNAL MODULE: ./packages/platform/src/index.ts + 1 modules
var src = __webpack_require__(684);
// EXTERNAL MODULE: ./packages/config/src/index.ts + 9 modules
var config_src = __webpack_require__(4456);
// EXTERNAL MODULE: ./packages/versions/src/index.ts + 2 modules
var versions_src = __webpack_require__(7289);
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
        const row = (0,src/* byPlatform */.HE)(p);
        const [os = 'linux', architecture = '', variant] = p.split('/');
        const normal = (0,src/* normalisePlatform */.WN)({ os, architecture, ...(variant ? { variant } : {}) });
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
                version: (0,versions_src/* tagVersion */.RQ)(r.postgres.version),
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
                    immutable: (0,config_src/* renderTemplate */.Xm)(config.tags.immutable, values),
                    aliases: config.tags.aliases.map((t) => (0,config_src/* renderTemplate */.Xm)(t, values)),
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
            if (!config_src/* TAG_PATTERN */.A0.test(tag)) {
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
        throw new config_src/* ConfigError */.xL(problems);
}

// EXTERNAL MODULE: ./packages/errors/src/index.ts + 1 modules
var errors_src = __webpack_require__(7405);
;// CONCATENATED MODULE: ./packages/targets/src/parse.ts

/** A `targets` value that is not the matrix's target list. */
class TargetListError extends errors_src/* UserError */.y {
    reason;
    value;
    constructor(reason, value) {
        super(reason, { value });
        this.reason = reason;
        this.value = value;
        this.name = 'TargetListError';
    }
}
const REQUIRED = [
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
];
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

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 29 modules
var oci_src = __webpack_require__(8731);
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
        digest = (0,oci_src/* parseReference */.F2)(value).digest;
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
        (0,oci_src/* parseReference */.F2)(repository);
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

;// CONCATENATED MODULE: ./packages/targets/src/parse-smoke-report.ts
/**
 * The one reader of smoke-test reports (smoke-report.ts), as promote's front ends find them in
 * files: every field promote's smoke gate reads is checked here, once.
 */

const EXPECTED = 'a smoke-test report (the smoke-test action writes one to report-file)';
const LEVELS = ['container', 'kind'];
const STATUSES = ['passed', 'failed', 'skipped'];
const string = (v) => typeof v === 'string';
const optionalString = (v) => v === undefined || typeof v === 'string';
/** What is wrong with a check; undefined when nothing is. */
function checkProblem(check, where) {
    if (!isObject(check))
        return `${where} is ${shown(check)}, not a check`;
    if (!LEVELS.includes(check.level)) {
        return `${where}.level is ${shown(check.level)}, not ${LEVELS.join(' or ')}`;
    }
    if (!string(check.name))
        return `${where}.name is ${shown(check.name)}, not a name`;
    if (!STATUSES.includes(check.status)) {
        return `${where}.status is ${shown(check.status)}, not ${STATUSES.join(', ')}`;
    }
    if (!optionalString(check.error))
        return `${where}.error is ${shown(check.error)}, not text`;
    return undefined;
}
/** What is wrong with a report; undefined when nothing is. */
function reportProblem(r) {
    if (r.schemaVersion !== 1)
        return `schemaVersion is ${shown(r.schemaVersion)}, not 1`;
    if (!string(r.image))
        return `image is ${shown(r.image)}, not a reference`;
    for (const field of ['digest', 'reference', 'unpinned']) {
        if (!optionalString(r[field]))
            return `${field} is ${shown(r[field])}, not text`;
    }
    if (typeof r.passed !== 'boolean')
        return `passed is ${shown(r.passed)}, not true or false`;
    if (!Array.isArray(r.checks))
        return `checks is ${shown(r.checks)}, not a list`;
    for (const [i, check] of r.checks.entries()) {
        const problem = checkProblem(check, `checks[${i}]`);
        if (problem !== undefined)
            return problem;
    }
    if (!Array.isArray(r.extensions))
        return `extensions is ${shown(r.extensions)}, not a list`;
    for (const [i, e] of r.extensions.entries()) {
        if (!isObject(e) || !string(e.reference)) {
            return `extensions[${i}] is ${shown(e)}, not an extension image with its reference`;
        }
    }
    return undefined;
}
function parseSmokeReport(json, origin) {
    let value = json;
    if (typeof json === 'string') {
        try {
            value = JSON.parse(json);
        }
        catch (error) {
            throw origin.error(origin.input, origin.file, `${EXPECTED}; it is not JSON (${error.message})`);
        }
    }
    const problem = isObject(value) ? reportProblem(value) : `it is ${shown(value)}`;
    if (problem === undefined)
        return value;
    if (origin.required === false)
        return undefined;
    throw origin.error(origin.input, origin.file, `${EXPECTED}; ${problem}`);
}

// EXTERNAL MODULE: ./packages/summary/src/index.ts + 4 modules
var summary_src = __webpack_require__(7755);
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
            ...(p.security ? [(0,summary_src/* strong */.ko)('security'), ' '] : []),
            (0,summary_src/* code */.aY)(p.name),
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
const list = (value) => value === undefined
    ? undefined
    : value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
function readExtensionAnnotations(annotations) {
    const sqlVersion = annotations[CNPG_ANNOTATIONS.sqlVersion];
    const create = annotations[METADATA_ANNOTATIONS.createExtension];
    const preload = list(annotations[METADATA_ANNOTATIONS.sharedPreloadLibraries]);
    const requires = list(annotations[METADATA_ANNOTATIONS.requiredExtensions]);
    // `name=version` or `name`, as the extension action writes them.
    const sqlNames = list(annotations[METADATA_ANNOTATIONS.sqlNames])?.map((entry) => {
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














/***/ })

};
