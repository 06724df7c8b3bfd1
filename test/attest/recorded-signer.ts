/**
 * A recorded fake of the GitHub signer (@actions/attest's `attest()`), which needs GitHub's OIDC
 * token, Fulcio and Rekor: none of them can be reached here. It builds the in-toto Statement v1
 * exactly as `attest()` does (its `buildIntotoStatement`, serialised with JSON.stringify) and
 * returns the recorded bundle of fixtures/ with that statement as the DSSE payload. The
 * recorded signature does not cover the new payload: nothing here verifies it cryptographically.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  GithubSignature,
  GithubSigner,
  GithubSignRequest,
  SigstoreBundle,
} from '@pgforge/attest';

const RECORDED = join(
  dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'recorded-sigstore-bundle.json',
);

export interface RecordedFakeSigner extends GithubSigner {
  /** Every request, in order. */
  requests: GithubSignRequest[];
}

/** `tamper` changes the statement before it is "signed" (a signer that signs something else). */
export function recordedFakeSigner(
  tamper?: (statement: Record<string, unknown>) => void,
): RecordedFakeSigner {
  const requests: GithubSignRequest[] = [];
  return {
    requests,
    async sign(request) {
      requests.push(request);
      const recorded = JSON.parse(readFileSync(RECORDED, 'utf8')) as SigstoreBundle & {
        dsseEnvelope: { payloadType: string; signatures: { sig: string; keyid: string }[] };
      };
      const statement: Record<string, unknown> = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: request.subjects,
        predicateType: request.predicateType,
        predicate: request.predicate,
      };
      tamper?.(statement);
      const bundle: SigstoreBundle = {
        mediaType: recorded.mediaType,
        verificationMaterial: recorded.verificationMaterial,
        dsseEnvelope: {
          payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
          payloadType: recorded.dsseEnvelope.payloadType,
          signatures: recorded.dsseEnvelope.signatures,
        },
      };
      const signature: GithubSignature = {
        bundle,
        certificate: '-----BEGIN CERTIFICATE-----\n(recorded)\n-----END CERTIFICATE-----\n',
        tlogId: '168704762',
        attestationId: '4242',
      };
      return signature;
    },
  };
}
