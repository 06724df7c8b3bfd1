/**
 * Reads integers and NUL-terminated strings from a byte array with one byte order, checking
 * every offset first: a field outside the bytes is an ElfFormatError that says which field,
 * never a RangeError from the DataView.
 */
import { ElfFormatError } from './errors.js';

export class BoundedReader {
  readonly #view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    readonly little: boolean,
    readonly source: string,
  ) {
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  fail(reason: string): ElfFormatError {
    return new ElfFormatError(this.source, reason);
  }

  /** Throws unless [offset, offset + size) lies inside the bytes. */
  need(offset: number, size: number, what: string): void {
    if (
      !Number.isSafeInteger(offset) ||
      !Number.isSafeInteger(size) ||
      offset < 0 ||
      size < 0 ||
      offset + size > this.bytes.length
    ) {
      throw this.fail(
        `${what} (offset ${offset}, ${size} bytes) lies outside the file (${this.bytes.length} bytes)`,
      );
    }
  }

  u8(offset: number, what: string): number {
    this.need(offset, 1, what);
    return this.#view.getUint8(offset);
  }

  u16(offset: number, what: string): number {
    this.need(offset, 2, what);
    return this.#view.getUint16(offset, this.little);
  }

  u32(offset: number, what: string): number {
    this.need(offset, 4, what);
    return this.#view.getUint32(offset, this.little);
  }

  i32(offset: number, what: string): number {
    this.need(offset, 4, what);
    return this.#view.getInt32(offset, this.little);
  }

  /** An unsigned 64-bit field as a number; undefined when it exceeds 2^53 (no offset can). */
  u64(offset: number, what: string): number | undefined {
    this.need(offset, 8, what);
    const value = this.#view.getBigUint64(offset, this.little);
    return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
  }

  /** A signed 64-bit field (dynamic tags) as a number; undefined outside ±2^53. */
  i64(offset: number, what: string): number | undefined {
    this.need(offset, 8, what);
    const value = this.#view.getBigInt64(offset, this.little);
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    return value <= max && value >= -max ? Number(value) : undefined;
  }

  /** The string starting at `offset`, up to its NUL, which must come before `end`. */
  cstring(offset: number, end: number, what: string): string {
    const limit = Math.min(end, this.bytes.length);
    if (!Number.isSafeInteger(offset) || offset < 0 || offset >= limit) {
      throw this.fail(`${what} starts at offset ${offset}, outside its table (ends at ${limit})`);
    }
    const found = this.bytes.subarray(offset, limit).indexOf(0);
    const nul = found < 0 ? -1 : offset + found;
    if (nul < 0) {
      throw this.fail(`${what} at offset ${offset} has no terminating NUL before ${limit}`);
    }
    return new TextDecoder('utf-8').decode(this.bytes.subarray(offset, nul));
  }
}
