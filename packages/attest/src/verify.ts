/**
 * Verifying that an image carries an attestation signed by the expected signer, as promote's
 * gate: with the public half of a cosign key (offline, no transparency log), or with the
 * identity Sigstore's certificate must name (a GitHub workflow), through the cosign CLI.
 */
import { commandLine, exec, type ExecResult } from '@pgforge/exec';
import { SLSA_PROVENANCE_V1 } from './provenance.js';
import { CYCLONEDX_PREDICATE_TYPE, SPDX_PREDICATE_TYPE } from './sbom.js';

export type Verification =
  | { method: 'cosign-key'; publicKey: string }
  | {
      method: 'github';
      /** The workflow identity the certificate must name, exactly or as a regular expression. */
      identity: { exact: string } | { regexp: string };
      issuer: string;
    };

export interface VerifyAttestationOptions {
  verification: Verification;
  predicateType: string;
  /** The image by digest. */
  reference: string;
  /** cosign's whole environment (DOCKER_CONFIG for registry credentials). */
  env: Record<string, string | undefined>;
  binary?: string;
  timeoutMs?: number;
  /** Runs the command; default a child process. Tests of the github method pass a fake. */
  run?: (cmd: string, args: readonly string[]) => Promise<ExecResult>;
}

export interface VerifyAttestationResult {
  verified: boolean;
  command: string;
  /** cosign's last lines, when it refused. */
  output?: string;
}

/** cosign's `--type` for a predicate type: its short name where it has one, else the URI. */
export function cosignType(predicateType: string): string {
  switch (predicateType) {
    case SLSA_PROVENANCE_V1:
      return 'slsaprovenance1';
    case SPDX_PREDICATE_TYPE:
      return 'spdxjson';
    case CYCLONEDX_PREDICATE_TYPE:
      return 'cyclonedx';
    default:
      return predicateType;
  }
}

export const DEFAULT_CERTIFICATE_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

/** cosign's arguments for the verification, without the binary. */
export function verifyAttestationArgs(
  verification: Verification,
  predicateType: string,
  reference: string,
): string[] {
  const type = ['--type', cosignType(predicateType)];
  if (verification.method === 'cosign-key') {
    return [
      'verify-attestation',
      '--key',
      verification.publicKey,
      ...type,
      '--insecure-ignore-tlog=true',
      reference,
    ];
  }
  const identity =
    'exact' in verification.identity
      ? ['--certificate-identity', verification.identity.exact]
      : ['--certificate-identity-regexp', verification.identity.regexp];
  return [
    'verify-attestation',
    // GitHub's attestations are Sigstore bundles attached as OCI referrers.
    '--new-bundle-format',
    ...identity,
    '--certificate-oidc-issuer',
    verification.issuer,
    ...type,
    reference,
  ];
}

export async function verifyAttestation(
  options: VerifyAttestationOptions,
): Promise<VerifyAttestationResult> {
  const binary = options.binary ?? 'cosign';
  const args = verifyAttestationArgs(
    options.verification,
    options.predicateType,
    options.reference,
  );
  const command = commandLine(binary, args);
  const run =
    options.run ??
    ((cmd: string, a: readonly string[]) =>
      exec(cmd, a, { env: options.env, timeoutMs: options.timeoutMs ?? 300_000 }));
  let result: ExecResult;
  try {
    result = await run(binary, args);
  } catch (error) {
    return {
      verified: false,
      command,
      output: `${(error as Error).message}; install cosign 2.x (Debian trixie: apt-get install -t trixie cosign; on GitHub: sigstore/cosign-installer)`,
    };
  }
  if (result.code === 0) return { verified: true, command };
  const output = result.tail
    .filter((l) => l.trim() !== '' && !l.startsWith('{'))
    .slice(-6)
    .join('\n');
  return { verified: false, command, output: output || `exit code ${String(result.code)}` };
}
