import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { lowercaseName } from '@pgforge/oci';
import { parsePostgresVersionSpec } from '@pgforge/versions';
import {
  DEFAULT_BASE_IMAGE,
  DEFAULT_DISTRIBUTIONS,
  DEFAULT_FLAVOURS,
  DEFAULT_NAME,
  DEFAULT_PLATFORMS,
  DEFAULT_POSTGRES,
  DEFAULT_REGISTRY,
  DEFAULT_TAGS,
} from './defaults.js';
import { ConfigError, fieldPath, showValue, type ConfigProblem } from './errors.js';
import { checkSemantics } from './check.js';
import { parseYaml, YamlSyntaxError, type LocatedDocument } from './locate.js';
import type { Config, ConfigOverrides, Flavour, PackageRule } from './types.js';
import { validateDocument } from './validate.js';

export const DEFAULT_CONFIG_FILE = 'images.yaml';

/**
 * The file a front end hands to loadConfig: none when its flag or input holds the default, so
 * that a missing `images.yaml` means the defaults, while a missing file someone named is an
 * error. (A flag's default cannot tell "not given" from "given as the default".)
 */
export function namedConfigFile(value: string | undefined): string | undefined {
  return value === undefined || value === '' || value === DEFAULT_CONFIG_FILE ? undefined : value;
}

export interface LoadOptions {
  /** Overrides from action inputs or flags; each replaces the file's value. */
  overrides?: ConfigOverrides;
  /** Directory a relative path (and the default file) is read from; default: the process's. */
  cwd?: string;
  /**
   * Directory the file's own relative paths (keyrings) are taken from: the file's directory
   * when it was read from disk, so that `keyring: [keys/mirror.asc]` means the same from
   * every working directory. Default: `cwd`.
   */
  baseDir?: string;
}

/**
 * Reads the configuration file. A missing file is fine when it is the default one (the
 * defaults apply); a missing file someone named is an error.
 */
export async function loadConfig(
  path: string | undefined,
  options: LoadOptions = {},
): Promise<Config> {
  const file = path ?? DEFAULT_CONFIG_FILE;
  const absolute = options.cwd === undefined ? resolve(file) : resolve(options.cwd, file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && path === undefined) return parseConfig('', 'defaults', options);
    throw new ConfigError([
      {
        origin: file,
        field: '',
        message: code === 'ENOENT' ? 'file not found' : `cannot read: ${(e as Error).message}`,
      },
    ]);
  }
  return parseConfig(text, file, { ...options, baseDir: dirname(absolute) });
}

type Raw = Record<string, unknown>;

/** Turns override strings into the shape the file would hold, so one schema checks both. */
function overridesToRaw(o: ConfigOverrides): Raw {
  const raw: Raw = {};
  if (o.postgres) {
    raw.postgres =
      o.postgres.length === 1 && o.postgres[0] === 'supported'
        ? 'supported'
        : o.postgres.map((v) => (/^\d+$/.test(v) ? Number(v) : v));
  }
  if (o.distributions) raw.distributions = o.distributions;
  if (o.platforms) raw.platforms = o.platforms;
  // An override usually comes from a workflow expression (the repository owner): lower-cased.
  if (o.registry) raw.registry = lowercaseName(o.registry);
  return raw;
}

/** Parses and validates configuration text; `origin` names it in messages. */
export function parseConfig(text: string, origin: string, options: LoadOptions = {}): Config {
  let doc: LocatedDocument;
  try {
    doc = parseYaml(text);
  } catch (e) {
    if (e instanceof YamlSyntaxError) {
      // The line as written, so that the message shows what the parser stumbled on.
      const source = e.line === undefined ? '' : (text.split(/\r?\n/)[e.line - 1]?.trim() ?? '');
      throw new ConfigError([
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
    throw new ConfigError([
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
    throw new ConfigError([
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
  const raw: Raw = { ...(fileValue as Raw), ...overrides };
  const where = (
    path: readonly (string | number)[],
    key = false,
  ): Pick<ConfigProblem, 'origin' | 'line' | 'column'> => {
    const top = path[0];
    if (typeof top === 'string' && top in overrides) return { origin: `input "${top}"` };
    const pos = doc.locate(path, key);
    return { origin, line: pos?.line, column: pos?.column };
  };

  const violations = validateDocument(raw);
  if (violations.length > 0) {
    throw new ConfigError(
      violations.map((v) => ({
        ...where(v.path, v.key !== undefined),
        field: fieldPath(v.path),
        value: v.value,
        message: v.message,
      })),
    );
  }

  const config = withDefaults(raw, origin, resolve(options.baseDir ?? options.cwd ?? '.'));
  // Package rules are checked against the file's distributions: an override that builds fewer
  // leaves a rule for another one in force, not wrong.
  const fileDistributions = (fileValue as Raw).distributions as string[] | undefined;
  const problems = checkSemantics(
    config,
    raw,
    options.overrides?.flavours,
    fileDistributions ?? DEFAULT_DISTRIBUTIONS,
  ).map((p) => ({
    ...(p.input ? { origin: `input "${p.input}"` } : where(p.path)),
    field: p.field ?? fieldPath(p.path),
    value: p.value,
    message: p.message,
  }));
  if (problems.length > 0) throw new ConfigError(problems);
  if (options.overrides?.flavours) config.selectedFlavours = [...options.overrides.flavours];
  if (options.overrides?.allowExpiredRelease) config.packages.allowExpiredRelease = true;
  // Lines of the file's own settings only: an overridden one is the input's, not the file's.
  config.lines = Object.fromEntries(
    Object.entries(doc.lines()).filter(([field]) => !((field.split(/[.[]/)[0] ?? '') in overrides)),
  );
  return config;
}

interface RawFlavour {
  from?: string;
  description?: string;
  packages?: (
    | string
    | {
        name: string;
        'min-major'?: number;
        'max-major'?: number;
        distributions?: string[];
        optional?: boolean;
      }
  )[];
}

function packageRule(p: NonNullable<RawFlavour['packages']>[number]): PackageRule {
  if (typeof p === 'string') return { name: p, optional: false };
  return {
    name: p.name,
    minMajor: p['min-major'],
    maxMajor: p['max-major'],
    distributions: p.distributions,
    optional: p.optional ?? false,
  };
}

function lineageOf(name: string, defs: Record<string, RawFlavour>): string[] {
  const chain: string[] = [];
  for (
    let cur: string | undefined = name;
    cur !== undefined && !chain.includes(cur);
    cur = defs[cur]?.from
  ) {
    chain.unshift(cur);
  }
  return chain;
}

function withDefaults(raw: Raw, origin: string, baseDir: string): Config {
  const flavourDefs =
    (raw.flavours as Record<string, RawFlavour> | undefined) ??
    (DEFAULT_FLAVOURS as unknown as Record<string, RawFlavour>);
  const flavours: Flavour[] = Object.entries(flavourDefs).map(([name, f]) => ({
    name,
    description: f.description,
    from: f.from,
    packages: (f.packages ?? []).map(packageRule),
    lineage: lineageOf(name, flavourDefs),
  }));
  const pg = raw.postgres ?? DEFAULT_POSTGRES;
  const base = (raw.base ?? {}) as { image?: string; 'resolve-digest'?: boolean };
  const packages = (raw.packages ?? {}) as {
    source?: 'pgdg' | 'distribution';
    mirror?: string;
    'debian-mirror'?: string;
    keyring?: string[];
    'debian-keyring'?: string[];
    'security-mirror'?: string;
    upgrade?: boolean;
    'allow-expired-release'?: boolean;
  };
  const tags = (raw.tags ?? {}) as { immutable?: string; aliases?: string[] };
  return {
    origin,
    registry: (raw.registry as string | undefined) ?? DEFAULT_REGISTRY,
    name: (raw.name as string | undefined) ?? DEFAULT_NAME,
    postgres:
      pg === 'supported'
        ? 'supported'
        : (pg as (string | number)[]).map((v) => parsePostgresVersionSpec(v)),
    distributions: (raw.distributions as string[] | undefined) ?? [...DEFAULT_DISTRIBUTIONS],
    platforms: (raw.platforms as string[] | undefined) ?? [...DEFAULT_PLATFORMS],
    base: {
      image: base.image ?? DEFAULT_BASE_IMAGE,
      resolveDigest: base['resolve-digest'] ?? true,
    },
    packages: {
      source: packages.source ?? 'pgdg',
      mirror: packages.mirror?.replace(/\/+$/, ''),
      debianMirror: packages['debian-mirror']?.replace(/\/+$/, ''),
      keyring: packages.keyring?.map((k) => resolve(baseDir, k)),
      debianKeyring: packages['debian-keyring']?.map((k) => resolve(baseDir, k)),
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
    annotations: (raw.annotations as Record<string, string> | undefined) ?? {},
  };
}
