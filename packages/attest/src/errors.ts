/**
 * Errors of signing and attaching: each names the thing, the value, and what was expected. A
 * bad option is a person's mistake, `UserError.notAllowed(option, value, expected)`; these are
 * failures of the tools and services the attestation needs.
 */

export class AttestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AttestError';
  }
}

/** cosign failed (signing, attaching or reading the key); the message carries its last output. */
export class CosignError extends AttestError {
  constructor(
    readonly step: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cosign could not ${step}: ${reason}`, options);
    this.name = 'CosignError';
  }
}

/** The GitHub (Sigstore) signer failed or is not available. */
export class GithubSigningError extends AttestError {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`signing with GitHub's Sigstore failed: ${reason}`, options);
    this.name = 'GithubSigningError';
  }
}
