import { UserError } from '@pgforge/errors';

/**
 * A mistake in the configuration, told as one line a person can act on: where (file and line,
 * or the action input), which field, which value, and what is allowed.
 */
export interface ConfigProblem {
  /** File path, or `input "postgres"` for an override. */
  origin: string;
  /** Dotted field path, e.g. `flavours.full.from`, `postgres[1]`. Empty for the whole file. */
  field: string;
  /** The offending value, as the user wrote it (JSON-rendered). */
  value?: unknown;
  /** What went wrong and what is allowed. */
  message: string;
  line?: number;
  column?: number;
}

export function formatProblem(p: ConfigProblem): string {
  const where = p.line !== undefined ? `${p.origin}:${p.line}` : p.origin;
  const field = p.field ? `${p.field}: ` : '';
  return `${where}: ${field}${p.message}`;
}

/** The file a problem is in; undefined for an action input or the defaults, which are none. */
export function problemFile(p: ConfigProblem): string | undefined {
  return p.origin.startsWith('input ') || p.origin === 'defaults' ? undefined : p.origin;
}

/**
 * One problem or more in the configuration, each told on its own line (and its own annotation).
 * A lone problem in a file gives the error its context: the file, line, field and value.
 */
export class ConfigError extends UserError {
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    const [only] = problems.length === 1 ? problems : [];
    const file = only && problemFile(only);
    super(
      problems.map(formatProblem).join('\n'),
      only && file !== undefined
        ? {
            file,
            ...(only.line !== undefined ? { line: only.line } : {}),
            ...(only.column !== undefined ? { column: only.column } : {}),
            ...(only.field ? { field: only.field } : {}),
            ...(only.value !== undefined
              ? { value: typeof only.value === 'string' ? only.value : showValue(only.value) }
              : {}),
          }
        : {},
    );
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
export function problemAt(
  config: { origin: string; lines?: Record<string, number> },
  field: string | readonly string[],
  value: unknown,
  message: string,
): ConfigProblem {
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
export function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `['flavours', 'full', 'packages', 2]` → `flavours.full.packages[2]`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
