/**
 * Whether a terminal gets colour, and the few styles the text rendering uses. The decision
 * takes the stream and the environment as arguments, so the edge (the CLI) passes its own and a
 * test passes any.
 */

/** What of an output stream matters here: `process.stdout` or `process.stderr` fit. */
export interface OutputStream {
  readonly isTTY?: boolean;
}

/**
 * Colour only on a terminal. `NO_COLOR` (any value but the empty string, no-color.org) turns
 * it off and wins over everything; `FORCE_COLOR` (anything but empty, `0` or `false`) turns it
 * on where no terminal is, as Node and most tools take it; a `dumb` terminal gets none.
 */
export function colorWanted(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
}

const sgr =
  (open: number, close: number) =>
  (s: string): string =>
    s === '' ? s : `\x1b[${open}m${s}\x1b[${close}m`;

const same = (s: string): string => s;

export function style(color: boolean): Style {
  return color
    ? { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), green: sgr(32, 39) }
    : { bold: same, dim: same, red: same, green: same };
}
