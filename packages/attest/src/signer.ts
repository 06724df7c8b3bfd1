/**
 * Signing on GitHub: Sigstore's public-good or GitHub's own instance, through @actions/attest,
 * which needs the workflow's OIDC token (`permissions: id-token: write`) and stores the
 * attestation in GitHub (`attestations: write`). This package only describes what it needs of
 * such a signer; the action supplies the implementation, tests a recorded fake.
 */
import type { DsseEnvelope } from './dsse.js';
import type { StatementSubject } from './statement.js';

export const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** A Sigstore bundle as JSON (sigstore/protobuf-specs, sigstore_bundle.proto), DSSE content. */
export interface SigstoreBundle {
  mediaType: string;
  verificationMaterial: Record<string, unknown>;
  dsseEnvelope?: DsseEnvelope;
  messageSignature?: unknown;
}

export interface GithubSignRequest {
  subjects: StatementSubject[];
  predicateType: string;
  predicate: unknown;
  /** A token with `attestations: write`, for storing the attestation in GitHub. */
  token: string;
}

export interface GithubSignature {
  bundle: SigstoreBundle;
  /** The Fulcio certificate, PEM. */
  certificate?: string;
  /** The transparency log index (public-good Rekor), when there is one. */
  tlogId?: string;
  /** The id of the attestation stored in GitHub. */
  attestationId?: string;
}

/**
 * Wraps the subjects and predicate in an in-toto Statement v1, signs it as a DSSE envelope and
 * returns the bundle: what @actions/attest's `attest()` does.
 */
export interface GithubSigner {
  sign(request: GithubSignRequest): Promise<GithubSignature>;
}
