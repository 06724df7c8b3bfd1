/** Errors a person can act on: each names the image, the value and what was expected. */

export class PromoteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PromoteError';
  }
}

/** A bad option: the `images` input, a report file, a verification setting. */
export class PromoteOptionError extends PromoteError {
  constructor(
    readonly option: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`${option}: ${JSON.stringify(value)} is not allowed; expected ${expected}`);
    this.name = 'PromoteOptionError';
  }
}

/** One image a gate stopped, and why. */
export interface Refusal {
  /** The image as the input named it (`<repository>@sha256:…`). */
  image: string;
  reason: string;
}

/** Gates stopped one image or more: nothing at all was written to production. */
export class PromoteRefusedError extends PromoteError {
  constructor(readonly refusals: Refusal[]) {
    super(
      `promote refused ${refusals.length} image${refusals.length === 1 ? '' : 's'}; no production tag was written:\n` +
        refusals.map((r) => `- ${r.image}: ${r.reason}`).join('\n'),
    );
    this.name = 'PromoteRefusedError';
  }
}
