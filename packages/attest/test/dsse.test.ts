import { describe, expect, it } from 'vitest';
import {
  envelopeOf,
  envelopePayload,
  IN_TOTO_PAYLOAD_TYPE,
  preAuthEncoding,
} from '../src/index.js';

describe('DSSE', () => {
  it("encodes the PAE of the specification's example (protocol.md)", () => {
    const pae = preAuthEncoding(
      'http://example.com/HelloWorld',
      new TextEncoder().encode('hello world'),
    );
    expect(new TextDecoder().decode(pae)).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    );
  });

  it('counts bytes, not characters', () => {
    const payload = new TextEncoder().encode('{"name":"ümlaut"}');
    expect(new TextDecoder().decode(preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload))).toBe(
      `DSSEv1 28 application/vnd.in-toto+json 18 {"name":"ümlaut"}`,
    );
  });

  it('round-trips the payload through the envelope', () => {
    const statement = { _type: 'https://in-toto.io/Statement/v1', subject: [] };
    const envelope = envelopeOf(
      IN_TOTO_PAYLOAD_TYPE,
      new TextEncoder().encode(JSON.stringify(statement)),
      [{ keyid: '', sig: 'c2ln' }],
    );
    expect(envelope.payloadType).toBe(IN_TOTO_PAYLOAD_TYPE);
    expect(envelopePayload(envelope)).toEqual(statement);
  });
});
