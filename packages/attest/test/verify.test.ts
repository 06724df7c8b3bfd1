import { describe, expect, it } from 'vitest';
import type { ExecResult } from '@pgforge/exec';
import { SLSA_PROVENANCE_V1 } from '../src/provenance.js';
import { verifyAttestation, verifyAttestationArgs } from '../src/verify.js';

const REF = `ghcr.io/example/postgresql-testing@sha256:${'ab'.repeat(32)}`;

const result = (code: number, tail: string[] = []): ExecResult => ({
  code,
  signal: null,
  stdout: '',
  stderr: tail.join('\n'),
  tail,
  timedOut: false,
  durationMs: 1,
});

describe('verifyAttestationArgs', () => {
  it('a cosign key: offline, no transparency log', () => {
    expect(
      verifyAttestationArgs(
        { method: 'cosign-key', publicKey: 'cosign.pub' },
        SLSA_PROVENANCE_V1,
        REF,
      ),
    ).toEqual([
      'verify-attestation',
      '--key',
      'cosign.pub',
      '--type',
      'slsaprovenance1',
      '--insecure-ignore-tlog=true',
      REF,
    ]);
  });

  it("GitHub's Sigstore bundles: the identity exactly, or as a pattern, and the issuer", () => {
    const issuer = 'https://token.actions.githubusercontent.com';
    const identity = 'https://github.com/o/r/.github/workflows/build-images.yml@refs/heads/main';
    expect(
      verifyAttestationArgs(
        { method: 'github', identity: { exact: identity }, issuer },
        SLSA_PROVENANCE_V1,
        REF,
      ),
    ).toEqual([
      'verify-attestation',
      '--new-bundle-format',
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      issuer,
      '--type',
      'slsaprovenance1',
      REF,
    ]);
    expect(
      verifyAttestationArgs(
        { method: 'github', identity: { regexp: '^https://github.com/o/' }, issuer },
        'https://example.org/predicate',
        REF,
      ),
    ).toContain('--certificate-identity-regexp');
  });
});

// Sigstore's public services (Fulcio, Rekor, the TUF root) cannot be reached here: these runs
// of the github method go through a fake cosign; the cosign-key method runs the real one in
// test/promote/promote.integration.test.ts.
describe('verifyAttestation with a fake cosign (Sigstore is out of reach here)', () => {
  const github = {
    method: 'github' as const,
    identity: { exact: 'https://github.com/o/r/.github/workflows/x.yml@refs/heads/main' },
    issuer: 'https://token.actions.githubusercontent.com',
  };

  it('passes on exit 0, saying the command', async () => {
    const calls: string[][] = [];
    const r = await verifyAttestation({
      verification: github,
      predicateType: SLSA_PROVENANCE_V1,
      reference: REF,
      env: {},
      run: async (_cmd, args) => {
        calls.push([...args]);
        return result(0);
      },
    });
    expect(r).toEqual({
      verified: true,
      command: expect.stringMatching(/^cosign verify-attestation --new-bundle-format /),
    });
    expect(calls).toHaveLength(1);
  });

  it("refuses on cosign's refusal, with its last lines and not its JSON", async () => {
    const r = await verifyAttestation({
      verification: github,
      predicateType: SLSA_PROVENANCE_V1,
      reference: REF,
      env: {},
      run: async () =>
        result(1, [
          '{"payload":"…"}',
          'Error: none of the attestations matched the predicate type',
          'main.go:74: error during command execution',
        ]),
    });
    expect(r.verified).toBe(false);
    expect(r.output).toBe(
      'Error: none of the attestations matched the predicate type\nmain.go:74: error during command execution',
    );
  });

  it('names how to install cosign when it cannot be started', async () => {
    const r = await verifyAttestation({
      verification: { method: 'cosign-key', publicKey: 'k.pub' },
      predicateType: SLSA_PROVENANCE_V1,
      reference: REF,
      env: {},
      binary: '/nonexistent/cosign',
    });
    expect(r.verified).toBe(false);
    expect(r.output).toMatch(/install cosign 2\.x/);
  });
});
