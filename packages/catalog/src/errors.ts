/** Errors a person can act on: each names the option or image, the value and what is expected. */

export class CatalogError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CatalogError';
  }
}

export class CatalogOptionError extends CatalogError {
  constructor(
    readonly option: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`${option}: ${JSON.stringify(value)} is not allowed; expected ${expected}`);
    this.name = 'CatalogOptionError';
  }
}
