/**
 * An SPDX 2.3 JSON validator built from the SPDX organisation's own Go model, spdx/tools-golang,
 * as Debian trixie ships it (golang-github-spdx-tools-golang-dev, architecture all).
 *
 * Why not the official JSON schema: no npm or Debian package reachable from the build machine
 * ships `spdx-schema.json` (see fixtures/schemas/README.md). tools-golang's v2_3 structs are the
 * next best official material: their `json:"..."` tags name exactly the properties an SPDX 2.3
 * JSON document may have at each level. The package is fetched at test time from the Debian
 * mirror through @pgforge/apt (signed InRelease → Packages → .deb, SHA256 checked, cached).
 *
 * The Go files are regular (gofmt'd struct blocks, one field per line), so a line reader is
 * enough; a full Go parser would be a dependency for nothing. Anything it does not recognise in
 * a struct block is an error naming the file and line, never skipped.
 *
 * Rules, applied to every struct reachable from v2_3.Document:
 * - a field tagged `json:"-"` or unexported is not JSON; no `omitempty` means required;
 * - the fields of the `extras` struct a type's UnmarshalJSON reads (documentDescribes, hasFiles,
 *   filesAnalyzed) are accepted too, and optional: the reader handles their absence;
 * - every object is closed (`additionalProperties: false`);
 * - a struct without json tags that has its own MarshalJSON is written as one string (Creator,
 *   Supplier, ...): STRING_TYPES gives the syntax its UnmarshalJSON reads back, narrowed to what
 *   the specification allows;
 * - enums: a named string type's constants (ChecksumAlgorithm), the constant groups of
 *   common/external.go (relationship types, reference categories), a field comment's
 *   "Allowed values: ..." (primaryPackagePurpose), and the consts Version and DataLicense;
 * - a field whose comment gives the format YYYY-MM-DDThh:mm:ssZ gets that pattern;
 * - then SPEC_CORRECTIONS, each where the Go model departs from the SPDX 2.3 specification; each
 *   fails the build when it no longer applies, so a fixed Go model is noticed.
 */
import { AptClient, readDeb } from '@pgforge/apt';
import type { AptRepository } from '@pgforge/apt';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';

export const TOOLS_GOLANG_PACKAGE = 'golang-github-spdx-tools-golang-dev';
export const TOOLS_GOLANG_SUITE = 'trixie';
/** Where the package installs the Go module. */
export const TOOLS_GOLANG_ROOT = 'usr/share/gocode/src/github.com/spdx/tools-golang';
/** The two Go packages read, relative to TOOLS_GOLANG_ROOT (their *_test.go files left out). */
export const MODEL_DIRS = { v2_3: 'spdx/v2/v2_3', common: 'spdx/v2/common' } as const;
/** SPDX's example document exercising the 2.3 JSON fields, relative to TOOLS_GOLANG_ROOT. */
export const EXAMPLE_PATH = 'examples/sample-docs/json/SPDXJSONExample-v2.3.spdx.json';
const DEBIAN_KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const ROOT_TYPE = 'v2_3.Document';
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$';

export class SpdxModelError extends Error {
  override name = 'SpdxModelError';
}

// ---------------------------------------------------------------------------------------------
// Fetching the Debian package

export interface ToolsGolangOptions {
  /** The Debian mirror (`inject('mirror')` in integration tests). */
  mirror: string;
  /** The APT cache directory (indexes and .deb files by SHA256). */
  cacheDir: string;
}

export interface ToolsGolangSources {
  package: string;
  version: string;
  /** The .deb's path in the archive (its Filename). */
  filename: string;
  /** The Go files read, by path relative to TOOLS_GOLANG_ROOT. */
  goFiles: Map<string, string>;
  /** The parsed SPDXJSONExample-v2.3.spdx.json. */
  example: Record<string, unknown>;
}

/** tools-golang from trixie main (all), through the verified APT client. */
export async function fetchToolsGolang(options: ToolsGolangOptions): Promise<ToolsGolangSources> {
  const repo: AptRepository = {
    mirror: options.mirror,
    suite: TOOLS_GOLANG_SUITE,
    keyrings: [DEBIAN_KEYRING],
  };
  const client = new AptClient({ cacheDir: options.cacheDir });
  const pkg = (await client.packages(repo, 'main', 'all')).newest(TOOLS_GOLANG_PACKAGE);
  if (!pkg) {
    throw new SpdxModelError(
      `${TOOLS_GOLANG_PACKAGE} is not in ${TOOLS_GOLANG_SUITE} main (all) of ${options.mirror}: ` +
        'the SPDX 2.3 validator is built from it',
    );
  }
  const deb = await readDeb(await client.fetchDeb(repo, pkg), { source: pkg.filename });
  await client.settled();
  const text = new TextDecoder('utf-8', { fatal: true });
  const goFiles = new Map<string, string>();
  let example: string | undefined;
  for (const entry of deb.entries) {
    if (entry.type !== 'file' || !entry.data || !entry.path.startsWith(`${TOOLS_GOLANG_ROOT}/`)) {
      continue;
    }
    const path = entry.path.slice(TOOLS_GOLANG_ROOT.length + 1);
    if (path === EXAMPLE_PATH) example = text.decode(entry.data);
    const dir = path.slice(0, path.lastIndexOf('/'));
    const isModelDir = dir === MODEL_DIRS.v2_3 || dir === MODEL_DIRS.common;
    if (isModelDir && path.endsWith('.go') && !path.endsWith('_test.go')) {
      goFiles.set(path, text.decode(entry.data));
    }
  }
  const where = `${pkg.filename} (${TOOLS_GOLANG_PACKAGE} ${pkg.version})`;
  if (example === undefined) {
    throw new SpdxModelError(`${where} has no ${TOOLS_GOLANG_ROOT}/${EXAMPLE_PATH}`);
  }
  for (const [pkgName, dir] of Object.entries(MODEL_DIRS)) {
    if (![...goFiles.keys()].some((p) => p.startsWith(`${dir}/`))) {
      throw new SpdxModelError(`${where} has no Go files of package ${pkgName} in ${dir}`);
    }
  }
  return {
    package: TOOLS_GOLANG_PACKAGE,
    version: pkg.version,
    filename: pkg.filename,
    goFiles,
    example: JSON.parse(example) as Record<string, unknown>,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading the Go model

export interface GoField {
  goName: string;
  /** The Go type as written: `string`, `[]*Package`, `common.Checksum`, ... */
  type: string;
  /** The JSON property, or undefined when the field is not JSON (`json:"-"`, unexported). */
  json: { name: string; omitempty: boolean } | undefined;
  /** The `//` comment lines right above the field. */
  comments: string[];
  /** `file:line`, for messages. */
  at: string;
}

export interface GoModel {
  /** Struct types by qualified name (`v2_3.Package`). */
  structs: Map<string, GoField[]>;
  /** Named types over a basic type (`common.ChecksumAlgorithm` → `string`). */
  basics: Map<string, string>;
  /** Constants: qualified name → type as written ('' when untyped) and value. */
  consts: Map<string, { type: string; value: string }>;
  /** Types with their own MarshalJSON method. */
  marshalers: Set<string>;
  /** Fields of the `extras` struct a type's UnmarshalJSON reads, by qualified type. */
  readerExtras: Map<string, GoField[]>;
}

const FIELD = /^(\w+)\s+(\S+)(?:\s+`([^`]*)`)?$/;

function parseFields(lines: string[], start: number, file: string): GoField[] {
  const fields: GoField[] = [];
  let comments: string[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      comments = [];
      return;
    }
    if (line.startsWith('//')) {
      comments.push(line.slice(2).trim());
      return;
    }
    const m = FIELD.exec(line);
    if (!m) {
      throw new SpdxModelError(
        `${file}:${start + i + 1}: cannot read the struct field "${line}" (expected ` +
          '`Name Type` and an optional `tag`)',
      );
    }
    const [, goName = '', type = '', tag] = m;
    const jsonTag = /(?:^|\s)json:"([^"]*)"/.exec(tag ?? '')?.[1];
    const [tagName = '', ...flags] = (jsonTag ?? '').split(',');
    const exported = /^[A-Z]/.test(goName);
    const json =
      !exported || tagName === '-'
        ? undefined
        : { name: tagName || goName, omitempty: flags.includes('omitempty') };
    fields.push({ goName, type, json, comments, at: `${file}:${start + i + 1}` });
    comments = [];
  });
  return fields;
}

/** The lines after `from` up to (not including) the first matching `end`. */
function blockAfter(lines: string[], from: number, end: RegExp, file: string): string[] {
  const close = lines.findIndex((l, i) => i > from && end.test(l));
  if (close < 0) throw new SpdxModelError(`${file}:${from + 1}: block is never closed`);
  return lines.slice(from + 1, close);
}

function parseGoFile(model: GoModel, pkg: string, file: string, text: string): void {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    let m: RegExpExecArray | null;
    if ((m = /^type (\w+) struct \{$/.exec(line))) {
      model.structs.set(
        `${pkg}.${m[1]}`,
        parseFields(blockAfter(lines, i, /^\}$/, file), i + 1, file),
      );
    } else if ((m = /^type (\w+) (string|int|bool)$/.exec(line))) {
      model.basics.set(`${pkg}.${m[1]}`, m[2]!);
    } else if ((m = /^const (\w+) = "([^"]*)"$/.exec(line))) {
      model.consts.set(`${pkg}.${m[1]}`, { type: '', value: m[2]! });
    } else if (/^const \($/.test(line)) {
      for (const c of blockAfter(lines, i, /^\)$/, file)) {
        const k = /^\s*(\w+)\s+(?:(\w+)\s+)?=\s*"([^"]*)"/.exec(c);
        if (k) model.consts.set(`${pkg}.${k[1]}`, { type: k[2] ?? '', value: k[3]! });
      }
    } else if ((m = /^func \(\w+ \*?(\w+)\) (MarshalJSON|UnmarshalJSON)\(/.exec(line))) {
      const type = `${pkg}.${m[1]}`;
      if (m[2] === 'MarshalJSON') {
        model.marshalers.add(type);
        return;
      }
      const body = blockAfter(lines, i, /^\}$/, file);
      const extras = body.findIndex((l) => /^\s+type extras struct \{$/.test(l));
      if (extras >= 0) {
        const fields = blockAfter(body, extras, /^\s+\}$/, file);
        model.readerExtras.set(type, parseFields(fields, i + 1 + extras + 1, file));
      }
    }
  });
}

/** The model of the v2_3 and common Go packages. */
export function readGoModel(goFiles: ReadonlyMap<string, string>): GoModel {
  const model: GoModel = {
    structs: new Map(),
    basics: new Map(),
    consts: new Map(),
    marshalers: new Set(),
    readerExtras: new Map(),
  };
  for (const [path, text] of [...goFiles].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const pkg = path.startsWith(`${MODEL_DIRS.v2_3}/`) ? 'v2_3' : 'common';
    parseGoFile(model, pkg, path, text);
  }
  return model;
}

// ---------------------------------------------------------------------------------------------
// From the model to a JSON Schema

export type JsonSchema = Record<string, unknown>;

/**
 * Go types written as one string by their own MarshalJSON, with the syntax their UnmarshalJSON
 * reads back, narrowed to the specification's (idstring: letters, digits, `.` and `-`; creators
 * and annotators are Person, Organization or Tool; suppliers and originators Person or
 * Organization, or NOASSERTION).
 */
export const STRING_TYPES: Readonly<Record<string, { pattern: string; spec: string }>> = {
  'common.ElementID': { pattern: '^SPDXRef-[A-Za-z0-9.-]+$', spec: '§3.2, §7.2, §8.2' },
  'common.DocElementID': {
    pattern:
      '^(?:(?:DocumentRef-[A-Za-z0-9.+-]+:)?SPDXRef-[A-Za-z0-9.-]+|DocumentRef-[A-Za-z0-9.+-]+|NONE|NOASSERTION)$',
    spec: '§11.1',
  },
  'common.Creator': { pattern: '^(?:Person|Organization|Tool): \\S.*$', spec: '§6.8' },
  'common.Annotator': { pattern: '^(?:Person|Organization|Tool): \\S.*$', spec: '§12.1' },
  'common.Supplier': { pattern: '^(?:NOASSERTION|(?:Person|Organization): \\S.*)$', spec: '§7.5' },
  'common.Originator': {
    pattern: '^(?:NOASSERTION|(?:Person|Organization):\\s*\\S.*)$',
    spec: '§7.6',
  },
};

/** Fields whose values are a group of constants, by the constants' name prefix. */
const CONST_GROUPS: Readonly<Record<string, string>> = {
  'v2_3.Relationship.relationshipType': 'common.TypeRelationship',
  'v2_3.PackageExternalReference.referenceCategory': 'common.Category',
};
/** Fields whose value is one constant. */
const CONST_VALUES: Readonly<Record<string, string>> = {
  'v2_3.Document.spdxVersion': 'v2_3.Version',
  'v2_3.Document.dataLicense': 'v2_3.DataLicense',
};

export type SpecCorrection = { type: string; property: string; reason: string } & (
  | { change: 'optional' }
  | { change: 'add-property'; schema: JsonSchema }
  | { change: 'remove-property' }
  | { change: 'add-enum-value'; value: string }
);

/** Where tools-golang 0.5.5's model departs from SPDX 2.3; see fixtures/schemas/README.md. */
export const SPEC_CORRECTIONS: readonly SpecCorrection[] = [
  {
    type: 'v2_3.File',
    property: 'copyrightText',
    change: 'optional',
    reason:
      'SPDX 2.3 made File Copyright Text optional (§8.8, 0..1); the Go model still has 2.2’s "mandatory"',
  },
  {
    type: 'v2_3.Snippet',
    property: 'copyrightText',
    change: 'optional',
    reason: 'SPDX 2.3 made Snippet Copyright Text optional (§9.8, 0..1)',
  },
  {
    type: 'v2_3.Snippet',
    property: 'attributionTexts',
    change: 'add-property',
    schema: { type: 'array', items: { type: 'string' } },
    reason:
      'Snippet Attribution Text (§9.11) is a JSON property; the Go model keeps it out of JSON',
  },
  {
    type: 'v2_3.Package',
    property: 'files',
    change: 'remove-property',
    reason:
      'not an SPDX 2.3 package property: files are listed in the document and tied to a package ' +
      'by hasFiles or CONTAINS; the Go model nests them for its own use',
  },
  {
    type: 'v2_3.Relationship',
    property: 'relationshipType',
    change: 'add-enum-value',
    value: 'DEPENDENCY_MANIFEST_OF',
    reason: 'a 2.3 relationship type (§11.1) that common/external.go has no constant for',
  },
  {
    type: 'v2_3.Package',
    property: 'primaryPackagePurpose',
    change: 'add-enum-value',
    value: 'OPERATING_SYSTEM',
    reason:
      'the 2.3 JSON schema spells OPERATING-SYSTEM (§7.24, the Go comment) with an underscore, ' +
      'and SPDX takes the JSON schema as authoritative for JSON (spdx/spdx-spec#813)',
  },
];

interface Built {
  defs: Record<string, JsonSchema>;
  model: GoModel;
}

function qualify(name: string, pkg: string): string {
  return name.includes('.') ? name : `${pkg}.${name}`;
}

function schemaOfType(goType: string, pkg: string, built: Built, at: string): JsonSchema {
  if (goType.startsWith('[]')) {
    return { type: 'array', items: schemaOfType(goType.slice(2), pkg, built, at) };
  }
  if (goType.startsWith('*')) return schemaOfType(goType.slice(1), pkg, built, at);
  const basic: Record<string, string> = { string: 'string', int: 'integer', bool: 'boolean' };
  if (basic[goType]) return { type: basic[goType] };
  const name = qualify(goType, pkg);
  const str = STRING_TYPES[name];
  if (str) {
    if (!built.model.marshalers.has(name)) {
      throw new SpdxModelError(
        `${name} (used at ${at}) is in STRING_TYPES but has no MarshalJSON of its own any more`,
      );
    }
    return { type: 'string', pattern: str.pattern };
  }
  const underlying = built.model.basics.get(name);
  if (underlying) {
    // Typed constants of this type, wherever declared (`SHA1 ChecksumAlgorithm = "SHA1"`).
    const values = [...built.model.consts]
      .filter(([cname, c]) => c.type !== '' && qualify(c.type, cname.split('.')[0]!) === name)
      .map(([, c]) => c.value);
    const schema: JsonSchema = { type: basic[underlying] };
    if (values.length > 0) schema.enum = values;
    return schema;
  }
  if (built.model.structs.has(name)) {
    defineStruct(name, built);
    return { $ref: `#/$defs/${name}` };
  }
  throw new SpdxModelError(
    `${at}: the Go type ${goType} (${name}) is neither a basic type, a known string type nor a struct ` +
      'of the v2_3 or common packages',
  );
}

function fieldSchema(type: string, field: GoField, built: Built): JsonSchema {
  const pkg = type.split('.')[0]!;
  const schema = schemaOfType(field.type, pkg, built, field.at);
  const key = `${type}.${field.json!.name}`;
  const group = CONST_GROUPS[key];
  if (group) {
    const values = [...built.model.consts]
      .filter(([name]) => name.startsWith(group))
      .map(([, c]) => c.value);
    if (values.length === 0) throw new SpdxModelError(`no constants ${group}* for ${key}`);
    schema.enum = values;
  }
  const single = CONST_VALUES[key];
  if (single) {
    const c = built.model.consts.get(single);
    if (!c) throw new SpdxModelError(`no constant ${single} for ${key}`);
    schema.const = c.value;
  }
  const allowed = field.comments
    .map((c) => /^Allowed values:\s*(.+)$/.exec(c)?.[1])
    .find((v) => v !== undefined);
  if (allowed) schema.enum = allowed.split(',').map((v) => v.trim());
  if (field.comments.some((c) => c.includes('YYYY-MM-DDThh:mm:ssZ'))) {
    schema.pattern = DATE_PATTERN;
  }
  return schema;
}

function defineStruct(type: string, built: Built): void {
  if (built.defs[type]) return;
  const object: JsonSchema = { type: 'object' };
  built.defs[type] = object; // before the fields: a struct may reach itself
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const fields = built.model.structs.get(type) ?? [];
  if (!fields.some((f) => f.json)) {
    throw new SpdxModelError(
      `${type} has no JSON fields: if its MarshalJSON writes a string, add it to STRING_TYPES`,
    );
  }
  for (const field of fields) {
    if (!field.json) continue;
    properties[field.json.name] = fieldSchema(type, field, built);
    if (!field.json.omitempty) required.push(field.json.name);
  }
  for (const extra of built.model.readerExtras.get(type) ?? []) {
    if (!extra.json) continue;
    const name = extra.json.name;
    properties[name] ??= fieldSchema(type, extra, built);
    const i = required.indexOf(name);
    if (i >= 0) required.splice(i, 1);
  }
  Object.assign(object, { properties, required, additionalProperties: false });
}

function correct(defs: Record<string, JsonSchema>, c: SpecCorrection): void {
  const def = defs[c.type] as
    { properties: Record<string, JsonSchema>; required: string[] } | undefined;
  const stale = (why: string): SpdxModelError =>
    new SpdxModelError(
      `the correction of ${c.type}.${c.property} (${c.change}) no longer applies: ${why}`,
    );
  if (!def) throw stale(`${c.type} is not in the model`);
  const property = def.properties[c.property];
  switch (c.change) {
    case 'optional': {
      const i = def.required.indexOf(c.property);
      if (i < 0) throw stale('it is optional in the Go model already');
      def.required.splice(i, 1);
      return;
    }
    case 'add-property':
      if (property) throw stale('the Go model has it');
      def.properties[c.property] = c.schema;
      return;
    case 'remove-property':
      if (!property) throw stale('the Go model does not have it');
      def.properties = Object.fromEntries(
        Object.entries(def.properties).filter(([name]) => name !== c.property),
      );
      return;
    case 'add-enum-value': {
      const values = property?.enum as string[] | undefined;
      if (!values) throw stale('it has no enum');
      if (values.includes(c.value)) throw stale(`the Go model has ${c.value}`);
      values.push(c.value);
    }
  }
}

/** The JSON Schema (draft 2020-12) of an SPDX 2.3 document, from the Go model. */
export function spdxSchemaFromGoModel(model: GoModel, version: string): JsonSchema {
  if (!model.structs.has(ROOT_TYPE)) throw new SpdxModelError(`the Go model has no ${ROOT_TYPE}`);
  const built: Built = { defs: {}, model };
  defineStruct(ROOT_TYPE, built);
  for (const c of SPEC_CORRECTIONS) correct(built.defs, c);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:pgforge:test:spdx-2.3-from-tools-golang-${version}`,
    title: `SPDX 2.3, from the Go model of spdx/tools-golang ${version} (Debian ${TOOLS_GOLANG_PACKAGE})`,
    $ref: `#/$defs/${ROOT_TYPE}`,
    $defs: built.defs,
  };
}

// ---------------------------------------------------------------------------------------------
// The validator

export interface SpdxModelValidator {
  sources: ToolsGolangSources;
  model: GoModel;
  schema: JsonSchema;
  validate: ValidateFunction;
  /** The required properties of a struct's object (`v2_3.Package`). */
  required(type: string): string[];
  /** The properties allowed in a struct's object. */
  properties(type: string): string[];
  /** The enum of a property, or undefined. */
  enumOf(type: string, property: string): string[] | undefined;
}

export function compileSpdxValidator(sources: ToolsGolangSources): SpdxModelValidator {
  const model = readGoModel(sources.goFiles);
  const schema = spdxSchemaFromGoModel(model, sources.version);
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  const def = (type: string): { properties: Record<string, JsonSchema>; required: string[] } => {
    const d = (schema.$defs as Record<string, unknown>)[type];
    if (!d) throw new SpdxModelError(`the schema has no definition ${type}`);
    return d as { properties: Record<string, JsonSchema>; required: string[] };
  };
  return {
    sources,
    model,
    schema,
    validate,
    required: (type) => [...def(type).required],
    properties: (type) => Object.keys(def(type).properties),
    enumOf: (type, property) => def(type).properties[property]?.enum as string[] | undefined,
  };
}

const validators = new Map<string, Promise<SpdxModelValidator>>();

/** The validator, fetched and compiled once per mirror and cache directory. */
export function spdxModelValidator(options: ToolsGolangOptions): Promise<SpdxModelValidator> {
  const key = `${options.mirror}\0${options.cacheDir}`;
  let v = validators.get(key);
  if (!v) {
    v = fetchToolsGolang(options).then(compileSpdxValidator);
    validators.set(key, v);
    v.catch(() => validators.delete(key));
  }
  return v;
}
