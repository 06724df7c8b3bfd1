/**
 * Identifiers derived from content, never from randomness or the clock, so that the same image
 * gives byte-identical SBOMs: name-based UUIDs (RFC 9562 version 5) and SPDX element ids.
 */
import { createHash } from 'node:crypto';

// RFC 9562 Appendix A: the URL namespace.
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A version 5 (SHA-1, name-based) UUID of `name` in the URL namespace. */
export function uuidV5(name: string): string {
  const namespace = Buffer.from(URL_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Hands out `SPDXRef-<kind>-<readable>` ids: letters, digits, `.` and `-` only (SPDX idstring);
 * a readable part that collides after sanitising gets a short hash of the original appended.
 */
export class SpdxIds {
  readonly #used = new Set<string>();

  id(kind: string, readable: string): string {
    const clean = readable.replace(/\+/g, 'plus').replace(/[^A-Za-z0-9.-]+/g, '-');
    let id = `SPDXRef-${kind}-${clean}`;
    if (this.#used.has(id)) {
      id += `-${createHash('sha256').update(readable).digest('hex').slice(0, 8)}`;
    }
    this.#used.add(id);
    return id;
  }
}
