import { describe, expect, it } from 'vitest';
import {
  cosignType,
  cosignVerifyCommand,
  cosignVerifyFileCommand,
  CYCLONEDX_PREDICATE_TYPE,
  SLSA_PROVENANCE_V1,
  SPDX_PREDICATE_TYPE,
} from '../src/index.js';
import { DIGEST } from './fixtures.js';

describe('cosign commands', () => {
  it("uses cosign's short type names where it has them", () => {
    expect(cosignType(SLSA_PROVENANCE_V1)).toBe('slsaprovenance1');
    expect(cosignType(SPDX_PREDICATE_TYPE)).toBe('spdxjson');
    expect(cosignType(CYCLONEDX_PREDICATE_TYPE)).toBe('cyclonedx');
    expect(cosignType('https://example.com/custom/v1')).toBe('https://example.com/custom/v1');
  });

  it('verifies in the registry with the public key and without Rekor', () => {
    expect(
      cosignVerifyCommand('attestations/cosign.pub', SLSA_PROVENANCE_V1, `ghcr.io/e/p@${DIGEST}`),
    ).toBe(
      `cosign verify-attestation --key attestations/cosign.pub --type slsaprovenance1 --insecure-ignore-tlog=true ghcr.io/e/p@${DIGEST}`,
    );
  });

  it('verifies the saved files against the saved manifest, quoting what needs it', () => {
    expect(
      cosignVerifyFileCommand(
        'my keys/cosign.pub',
        SPDX_PREDICATE_TYPE,
        'a/p.sbom.dsse.json',
        'a/p.sbom.manifest.json',
      ),
    ).toBe(
      "cosign verify-blob-attestation --key 'my keys/cosign.pub' --signature a/p.sbom.dsse.json --type spdxjson --insecure-ignore-tlog=true a/p.sbom.manifest.json",
    );
  });
});
