/**
 * DSSE (github.com/secure-systems-lab/dsse, protocol.md v1.0.0): the envelope both signers put
 * the statement in. Written by hand because it is three lines of spec and no installed library
 * has it: the signature covers PAE(payloadType, payload), not the payload alone.
 */

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface DsseSignature {
  keyid: string;
  /** Base64. */
  sig: string;
}

export interface DsseEnvelope {
  payloadType: string;
  /** Base64 of the statement's bytes. */
  payload: string;
  signatures: DsseSignature[];
}

/** `DSSEv1 <len(type)> <type> <len(body)> <body>`, lengths in bytes, in ASCII decimal. */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = new TextEncoder().encode(payloadType);
  const head = new TextEncoder().encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

export function envelopeOf(
  payloadType: string,
  payload: Uint8Array,
  signatures: DsseSignature[],
): DsseEnvelope {
  return { payloadType, payload: Buffer.from(payload).toString('base64'), signatures };
}

/** The statement an envelope carries, parsed. */
export function envelopePayload(envelope: Pick<DsseEnvelope, 'payload'>): unknown {
  return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
}
