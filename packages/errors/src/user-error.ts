/**
 * Where a person's mistake is and what would have been right, each part as far as it is known.
 * Front ends read it to place the report (an annotation's file and line) and to name an option
 * the way the person wrote it (`--images`, `input "images"`).
 */
export interface UserErrorContext {
  /** The file holding the mistake, as the person named it. */
  file?: string;
  /** 1-based line and column in `file`. */
  line?: number;
  column?: number;
  /**
   * The setting at fault. With `file`, a field of that file (`flavours.full.from`); without, an
   * option of the call (`images`, `images[0].reference` inside one). A message that starts with
   * `<field>: ` lets a front end put its own name for the option in its place (`optionMessage`).
   */
  field?: string;
  /** The value given, as the person wrote it. */
  value?: string;
  /** What is allowed instead. */
  allowed?: string;
}

export interface UserErrorOptions extends UserErrorContext {
  cause?: unknown;
}

/** A constructor of a user error class taking a message and its context, as each does. */
type UserErrorClass<E extends UserError> = new (message: string, options?: UserErrorOptions) => E;

/**
 * A person's mistake, not a bug: a bad option, file or request that the person can fix. The
 * front ends tell it as one line (the CLI) or one annotation (an action), without a stack
 * trace; every other error is a failure of the tool or its environment and keeps its stack.
 * Every class of such mistakes extends this one, and the front ends decide with `instanceof`.
 */
export class UserError extends Error implements UserErrorContext {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
  readonly value?: string;
  readonly allowed?: string;

  constructor(message: string, options: UserErrorOptions = {}) {
    const { cause, file, line, column, field, value, allowed } = options;
    super(message, cause !== undefined ? { cause } : undefined);
    this.name = 'UserError';
    if (file !== undefined) this.file = file;
    if (line !== undefined) this.line = line;
    if (column !== undefined) this.column = column;
    if (field !== undefined) this.field = field;
    if (value !== undefined) this.value = value;
    if (allowed !== undefined) this.allowed = allowed;
  }

  /**
   * `<field>: "<value>" is not allowed; expected <allowed>`: an option of the call whose value is
   * none of those allowed, as an error of the class this is called on (`PromoteError.notAllowed`).
   */
  static notAllowed<E extends UserError>(
    this: UserErrorClass<E>,
    field: string,
    value: string,
    allowed: string,
  ): E {
    return new this(`${field}: ${JSON.stringify(value)} is not allowed; expected ${allowed}`, {
      field,
      value,
      allowed,
    });
  }
}

/**
 * The message of an error about an option of the call (a field, no file), with the option named
 * as the front end names it: `name('images')` is `--images` for the CLI, `input "images"` for an
 * action. Undefined for any other error.
 */
export function optionMessage(
  error: UserError,
  name: (field: string) => string,
): string | undefined {
  const { field, file, message } = error;
  if (field === undefined || file !== undefined || !message.startsWith(`${field}: `)) {
    return undefined;
  }
  return `${name(field)}${message.slice(field.length)}`;
}
