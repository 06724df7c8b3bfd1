/**
 * The GitHub signer: @actions/attest's `attest()` (Sigstore public-good for public repositories,
 * GitHub's instance for private ones; the attestation is stored in GitHub). Loaded only when
 * `signing: github` is used. It lives in the attest action, so that only its bundle carries it,
 * and the runner adapter (@pgforge/action-io) needs nothing of the attest package.
 */
import {
  GithubSigningError,
  type GithubSignature,
  type GithubSigner,
  type GithubSignRequest,
  type SigstoreBundle,
} from '@pgforge/attest';

/** The part of @actions/attest (3.x) used here. */
interface ActionsAttest {
  attest(options: {
    subjects: { name: string; digest: Record<string, string> }[];
    predicateType: string;
    predicate: object;
    token: string;
  }): Promise<{ bundle: unknown; certificate: string; tlogID?: string; attestationID?: string }>;
}

// Imported when first used, so a run signing with a cosign key never loads Sigstore's code.
async function load(): Promise<ActionsAttest> {
  try {
    return (await import('@actions/attest')) as ActionsAttest;
  } catch (error) {
    throw new GithubSigningError(
      `@actions/attest could not be loaded (${(error as Error).message}); this build of the action ` +
        'cannot sign with GitHub, use signing: cosign-key',
      { cause: error },
    );
  }
}

export function actionsAttestSigner(): GithubSigner {
  return {
    async sign(request: GithubSignRequest): Promise<GithubSignature> {
      const { attest } = await load();
      const predicate = request.predicate;
      if (predicate === null || typeof predicate !== 'object') {
        throw new GithubSigningError('the predicate must be a JSON object');
      }
      const result = await attest({
        subjects: request.subjects,
        predicateType: request.predicateType,
        predicate,
        token: request.token,
      }).catch((error: unknown) => {
        // The OIDC token, Fulcio, Rekor or GitHub's API: say which step, not where in the code.
        throw new GithubSigningError(
          `${(error as Error).message} (does the job have permissions id-token: write and attestations: write?)`,
          { cause: error },
        );
      });
      const signature: GithubSignature = {
        bundle: result.bundle as SigstoreBundle,
        certificate: result.certificate,
      };
      if (result.tlogID !== undefined) signature.tlogId = result.tlogID;
      if (result.attestationID !== undefined) signature.attestationId = result.attestationID;
      return signature;
    },
  };
}
