/**
 * The `verify` setting: which signer an image's attestation must come from. A public key given
 * as PEM text (a secret or a variable) is written to a file, since cosign reads keys from files.
 */
import {
  cosignKeyOf,
  DEFAULT_CERTIFICATE_OIDC_ISSUER,
  keyFile,
  SLSA_PROVENANCE_V1,
  type Verification,
} from '@pgforge/attest';
import { PromoteError } from './errors.js';

export const VERIFY_METHODS = ['none', 'cosign-key', 'github'] as const;
export type VerifyMethod = (typeof VERIFY_METHODS)[number];

export interface VerificationSettings {
  verify: VerifyMethod;
  cosignPublicKey?: string;
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  predicateType?: string;
  /** Where a key given as PEM text is written. */
  workDir: string;
}

export async function parseVerification(
  s: VerificationSettings,
): Promise<{ verification: Verification; predicateType: string } | undefined> {
  const predicateType = s.predicateType ?? SLSA_PROVENANCE_V1;
  if (s.verify === 'none') return undefined;
  if (s.verify === 'cosign-key') {
    const key = s.cosignPublicKey;
    if (key === undefined) {
      throw PromoteError.notAllowed(
        'cosign-public-key',
        '',
        'the public key (cosign.pub) as a file or its PEM text, with verify: cosign-key',
      );
    }
    const given = cosignKeyOf(key);
    if (!given) {
      throw PromoteError.notAllowed(
        'cosign-public-key',
        key,
        'an existing file, or the PEM text of a public key (-----BEGIN PUBLIC KEY-----)',
      );
    }
    const publicKey = await keyFile(given, s.workDir, 'cosign.pub');
    return { verification: { method: 'cosign-key', publicKey }, predicateType };
  }
  const exact = s.certificateIdentity;
  const regexp = s.certificateIdentityRegexp;
  const identityHelp =
    'the signing workflow (https://github.com/<owner>/<repo>/.github/workflows/<file>@<ref>) as certificate-identity, or a pattern as certificate-identity-regexp, with verify: github';
  if (exact === undefined && regexp === undefined) {
    throw PromoteError.notAllowed('certificate-identity', '', identityHelp);
  }
  if (exact !== undefined && regexp !== undefined) {
    throw PromoteError.notAllowed(
      'certificate-identity-regexp',
      regexp,
      `nothing beside certificate-identity (${JSON.stringify(exact)}): give one of the two`,
    );
  }
  if (regexp !== undefined) {
    try {
      new RegExp(regexp);
    } catch (error) {
      throw PromoteError.notAllowed(
        'certificate-identity-regexp',
        regexp,
        `a regular expression (${(error as Error).message})`,
      );
    }
  }
  return {
    verification: {
      method: 'github',
      identity: exact !== undefined ? { exact } : { regexp: regexp ?? '' },
      issuer: s.certificateOidcIssuer ?? DEFAULT_CERTIFICATE_OIDC_ISSUER,
    },
    predicateType,
  };
}
