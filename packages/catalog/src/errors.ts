/**
 * Errors a person can act on: each names the option or image, the value and what is expected.
 * A bad option is `CatalogError.notAllowed(option, value, expected)`.
 */
import { UserError, type UserErrorOptions } from '@pgforge/errors';

export class CatalogError extends UserError {
  constructor(message: string, options?: UserErrorOptions) {
    super(message, options);
    this.name = 'CatalogError';
  }
}
