/**
 * Errors a person can act on: each names the image, the value and what was expected. A bad
 * option (the `images` input, a report file, a verification setting) is
 * `PromoteError.notAllowed(option, value, expected)`.
 */
import { UserError, type UserErrorOptions } from '@pgforge/errors';
import type { PromoteResult } from './result.js';

export class PromoteError extends UserError {
  constructor(message: string, options?: UserErrorOptions) {
    super(message, options);
    this.name = 'PromoteError';
  }
}

/** One image a gate stopped, and why. */
export interface Refusal {
  /** The image as the input named it (`<repository>@sha256:…`). */
  image: string;
  reason: string;
}

/**
 * Gates stopped one image or more: nothing at all was written to production. Or, with `done`,
 * gates stopped repairs alone: their tags were left as they were, and `done` is what was
 * written for the rest (images promoted, other repairs).
 */
export class PromoteRefusedError extends PromoteError {
  constructor(
    readonly refusals: Refusal[],
    readonly done?: PromoteResult,
  ) {
    const n = refusals.length;
    super(
      (done === undefined
        ? `promote refused ${n} image${n === 1 ? '' : 's'}; no production tag was written:\n`
        : `promote refused ${n} repair${n === 1 ? '' : 's'}; ${n === 1 ? 'its' : 'their'} tags were not moved${done.dryRun ? '' : ', the rest was written'}:\n`) +
        refusals.map((r) => `- ${r.image}: ${r.reason}`).join('\n'),
    );
    this.name = 'PromoteRefusedError';
  }
}
