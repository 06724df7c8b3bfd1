import type { UserError } from '@pgforge/errors';

/**
 * What the parsers of hand-offs (image records, smoke reports) need to know of the input they
 * read: its name, which their messages start with, and the error its reader reports a person's
 * mistake as, so that each input's messages stay its own whichever parser reads it.
 */
export interface InputOrigin {
  /** The input's name: `images`, and a field under it, `images[0].reference`. */
  input: string;
  /**
   * The user error of the input's reader: the field, the value as given, what is allowed. A
   * UserError, so that every front end tells it as a person's mistake (`notAllowed` words it).
   */
  error: (field: string, value: string, allowed: string) => UserError;
}

/** A value as a message shows it: at most 200 characters. */
export const clip = (text: string): string => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/** A value as JSON, for a message (`undefined` too). */
export const shown = (value: unknown): string => clip(String(JSON.stringify(value)));

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
