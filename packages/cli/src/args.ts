/**
 * Flags as data. Each command declares its flags once (a CommandSpec); parsing, `--help` and
 * the unit test that holds every flag to the action input of the same name (name, default,
 * boolean or not, required or not) all read that one declaration, so they cannot drift apart.
 */
import { InvalidReferenceError, parseReference } from '@pgforge/oci';
import { UsageError } from './errors.js';
import { nearest } from './suggest.js';

export { InputFileError, UsageError } from './errors.js';
export { documentOrFile, documentProblem, startsAsJson } from './document-or-file.js';

interface FlagCommon {
  /** Without the dashes: the name of the action input of the same meaning. */
  readonly name: string;
  readonly description: string;
  /** Older spellings that still work, each with a one-line deprecation warning. */
  readonly aliases?: readonly string[];
}

/** `--x` (true), `--x=BOOL` or `--x BOOL`; BOOL as an action input takes it (true, False, …). */
export interface BooleanFlag extends FlagCommon {
  readonly type: 'boolean';
  /** As action.yml writes it; required, so that no boolean is ever left undecided. */
  readonly default: 'true' | 'false';
  /**
   * The flag once took a value of its own (`--sbom DIR`): a value that is not a boolean then
   * means `--<name> --<legacyValue> VALUE`, with a deprecation warning, so old scripts still run.
   */
  readonly legacyValue?: string;
}

/** `--x VALUE` or `--x=VALUE`. */
export interface StringFlag extends FlagCommon {
  readonly type: 'string';
  /** What the value is, for the usage text: FILE, LIST (comma or newline separated), … */
  readonly value: string;
  /** As action.yml writes it: applied when the flag is absent. */
  readonly default?: string;
  /** The default in words, for the usage text, where it is computed (the commit time, …). */
  readonly defaultText?: string;
  readonly required?: boolean;
  /** The values allowed; anything else is a usage error naming them. */
  readonly choices?: readonly string[];
  /**
   * The value the flag has when given alone (`--summary` is `--summary text`): the next word
   * is its value only when it is not a flag.
   */
  readonly bare?: string;
  /**
   * The flag was a boolean: `true` (as an action input spells it) still means this value, and
   * `false` leaves the flag out, each with a deprecation warning, so old scripts still run.
   */
  readonly legacyTrue?: string;
}

export type Flag = BooleanFlag | StringFlag;

export interface CommandSpec {
  /** `pgforge <name>`; also the action's directory name, actions/<name>. */
  readonly name: string;
  /** One line, for the usage text. */
  readonly summary: string;
  readonly flags: readonly Flag[];
}

/** What a command knows of its invocation besides its flags. */
export interface CommandContext {
  /** The arguments as given, the command's name first (for a provenance's `command`). */
  readonly argv: readonly string[];
}

type FlagValue<F> = F extends { type: 'boolean' }
  ? boolean
  : F extends { choices: readonly (infer C extends string)[] }
    ? C
    : string;

/** The parsed flags of a command: a flag with a default (or required) is always there. */
export type FlagValues<S extends CommandSpec> = {
  [F in S['flags'][number] as F['name']]: F extends { type: 'boolean' } | { default: string }
    ? FlagValue<F>
    : F extends { required: true }
      ? FlagValue<F>
      : FlagValue<F> | undefined;
};

export type Parsed<S extends CommandSpec> = { help: true } | { help: false; values: FlagValues<S> };

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** YAML 1.2 core-schema booleans, the ones an action's boolean input accepts. */
function toBoolean(v: string): boolean | undefined {
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  return undefined;
}

/** Flags a password would go in: refused with where the password goes instead. */
const PASSWORD_FLAGS = new Set(['cosign-password', 'password', 'registry-password']);

/**
 * Parses a command's arguments against its spec. `--help`/`-h` anywhere asks for the usage.
 * A flag given twice is refused rather than one value silently winning (`--postgres 17
 * --postgres 18` meant both, which is `--postgres 17,18`); so is an empty value, which on a
 * command line is an unset shell variable far more often than a choice (leaving the flag out
 * gives its default).
 */

export function parseFlags<S extends CommandSpec>(
  spec: S,
  args: readonly string[],
  warn: (message: string) => void,
): Parsed<S> {
  const byName = new Map<string, { flag: Flag; alias?: string }>();
  for (const flag of spec.flags) {
    byName.set(flag.name, { flag });
    for (const alias of flag.aliases ?? []) byName.set(alias, { flag, alias });
  }
  const given = new Map<string, string | boolean>();
  const set = (flag: string, value: string | boolean): void => {
    const before = given.get(flag);
    if (before !== undefined) {
      const list = byName.get(flag)?.flag;
      const hint =
        list?.type === 'string' && list.value === 'LIST'
          ? ` (a list takes commas: --${flag} ${String(before)},${String(value)})`
          : '';
      throw new UsageError(
        `--${flag} is given twice (${JSON.stringify(before)} and ${JSON.stringify(value)}); give it once${hint}`,
      );
    }
    given.set(flag, value);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    if (!arg.startsWith('--') || arg === '--') {
      throw new UsageError(
        `${JSON.stringify(arg)} is not a flag; pgforge ${spec.name} takes --flags only (pgforge help ${spec.name} lists them)`,
      );
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const entry = byName.get(name);
    if (!entry && PASSWORD_FLAGS.has(name)) {
      throw new UsageError(
        `--${name} is not taken: a password on a command line is seen by every process on the ` +
          'machine (ps); set COSIGN_PASSWORD in the environment instead, as cosign reads it',
      );
    }
    if (!entry) {
      const guess = nearest(name, [...byName.keys()]);
      throw new UsageError(
        guess !== undefined
          ? `--${name} is not a flag of pgforge ${spec.name}; did you mean --${byName.get(guess)?.flag.name ?? guess}? (pgforge help ${spec.name} lists them)`
          : `--${name} is not a flag of pgforge ${spec.name}; expected one of ${spec.flags.map((f) => `--${f.name}`).join(', ')}`,
      );
    }
    const { flag, alias } = entry;
    if (alias) warn(`--${alias} is deprecated; use --${flag.name}`);
    let value = eq === -1 ? undefined : arg.slice(eq + 1);
    const next = args[i + 1];
    if (flag.type === 'boolean') {
      // No command takes positional arguments, so a word after a boolean flag is its value.
      if (value === undefined && next !== undefined && !next.startsWith('-')) {
        value = next;
        i++;
      }
      if (value === undefined || value === '') {
        set(flag.name, true);
        continue;
      }
      const b = toBoolean(value);
      if (b !== undefined) {
        set(flag.name, b);
      } else if (flag.legacyValue) {
        warn(
          `--${flag.name} ${value} is deprecated; use --${flag.name} --${flag.legacyValue} ${value}`,
        );
        set(flag.name, true);
        set(flag.legacyValue, value);
      } else {
        throw new UsageError(
          `--${flag.name}: ${JSON.stringify(value)} is not allowed; expected true or false`,
        );
      }
      continue;
    }
    if (
      value === undefined &&
      flag.bare !== undefined &&
      (next === undefined || next.startsWith('-'))
    ) {
      set(flag.name, flag.bare);
      continue;
    }
    if (value === undefined) {
      // `--mirror --push` is a forgotten value, not a mirror named "--push".
      if (next === undefined || next.startsWith('--')) {
        throw new UsageError(`--${flag.name}: needs a value (${flag.value})`);
      }
      value = next;
      i++;
    }
    if (value.trim() === '') {
      throw new UsageError(
        `--${flag.name}: the value is empty; expected ${flag.value}${flag.type === 'string' && flag.choices ? ` (${flag.choices.join(', ')})` : ''}, or leave the flag out for its default${defaultWords(flag)}`,
      );
    }
    const legacy = flag.legacyTrue !== undefined ? toBoolean(value) : undefined;
    if (legacy !== undefined) {
      warn(
        legacy
          ? `--${flag.name} ${value} is deprecated; use --${flag.name} ${flag.legacyTrue ?? ''}`
          : `--${flag.name} ${value} is deprecated; leave --${flag.name} out`,
      );
      if (legacy) set(flag.name, flag.legacyTrue ?? '');
      continue;
    }
    if (flag.value === 'LIST' && (list(value) ?? []).length === 0) {
      throw new UsageError(
        `--${flag.name}: ${JSON.stringify(value)} lists nothing; expected ${flag.description}`,
      );
    }
    if (flag.choices && !flag.choices.includes(value)) {
      throw new UsageError(
        `--${flag.name}: ${JSON.stringify(value)} is not allowed; expected ${flag.choices.join(', ')}`,
      );
    }
    set(flag.name, value);
  }
  for (const flag of spec.flags) {
    if (given.has(flag.name)) continue;
    if (flag.type === 'boolean') given.set(flag.name, flag.default === 'true');
    else if (flag.required) {
      throw new UsageError(`--${flag.name}: required (${flag.description})`);
    } else if (flag.default !== undefined) given.set(flag.name, flag.default);
  }
  // The keys and value types are the spec's by construction: the loops above set nothing else.
  return { help: false, values: Object.fromEntries(given) as FlagValues<S> };
}

/** `` (the configuration's)``: a flag's default in words, for a message; empty when it has none. */
function defaultWords(flag: StringFlag): string {
  const text = flag.defaultText ?? flag.default;
  return text === undefined ? '' : ` (${text})`;
}

// Descriptions start in this column, or one space after a longer flag.
const COLUMN = 30;

/** The usage text of one command, from its spec. */
export function usage(spec: CommandSpec): string {
  const head = `  pgforge ${spec.name} [options]`;
  const lines = [`${head.padEnd(COLUMN - 1)} ${spec.summary}`, ''];
  lines.push(`${spec.name[0]?.toUpperCase() ?? ''}${spec.name.slice(1)} options:`);
  for (const flag of spec.flags) {
    const value =
      flag.type === 'boolean' ? '[BOOL]' : flag.bare !== undefined ? `[${flag.value}]` : flag.value;
    const left = `  --${flag.name} ${value}`;
    const notes: string[] = [];
    if (flag.type === 'string' && flag.required) notes.push('required');
    if (flag.type === 'string' && flag.bare !== undefined) notes.push(`alone: ${flag.bare}`);
    const shown = flag.type === 'string' ? (flag.defaultText ?? flag.default) : flag.default;
    if (shown !== undefined) notes.push(`default: ${shown}`);
    const text = notes.length > 0 ? `${flag.description} (${notes.join('; ')})` : flag.description;
    lines.push(`${left.padEnd(COLUMN - 1)} ${text}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A list given as commas and/or new lines, as an action's list input takes it. */
export const list = (v: string | undefined): string[] | undefined =>
  v === undefined
    ? undefined
    : v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);

export function integer(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) {
    throw new UsageError(`--${name}: ${JSON.stringify(v)} is not allowed; expected a whole number`);
  }
  return Number(v);
}

/** An RFC 3339 time; absent: now. */
export function time(name: string, v: string | undefined): Date {
  const t = v === undefined ? new Date() : new Date(v);
  if (Number.isNaN(t.getTime())) {
    throw new UsageError(
      `--${name}: ${JSON.stringify(v)} is not allowed; expected an RFC 3339 date and time, e.g. 2026-11-21T13:15:00Z`,
    );
  }
  return t;
}

/** An image reference a flag names, checked before anything reaches a registry. */
export function imageReference(name: string, v: string): string {
  try {
    parseReference(v);
  } catch (e) {
    if (!(e instanceof InvalidReferenceError)) throw e;
    throw new UsageError(
      `--${name}: ${JSON.stringify(v)} is not an image reference (${e.rule}); expected [registry/]repository[:tag][@sha256:digest], e.g. ghcr.io/example/postgresql:18-minimal-trixie`,
    );
  }
  return v;
}
