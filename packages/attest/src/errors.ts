/** Errors a person can act on: each names the thing, the value, and what was expected. */

export class AttestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AttestError';
  }
}

/** A bad option (a subject without a digest, an SBOM that is neither SPDX nor CycloneDX). */
export class AttestOptionError extends AttestError {
  constructor(
    readonly option: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`${option}: ${JSON.stringify(value)} is not allowed; expected ${expected}`);
    this.name = 'AttestOptionError';
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
