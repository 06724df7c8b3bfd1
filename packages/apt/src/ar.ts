/**
 * The `ar` archive a `.deb` is (deb(5)): an 8-byte magic, then per member a 60-byte text header
 * (name, mtime, uid, gid, mode, size, "`\n") and the data, padded to an even length.
 *
 * Written by hand: the format is those 60 bytes, and the npm readers for it (`ar`, `ar-async`)
 * are single, years-old releases built on Node streams for a job that is a loop over a buffer.
 * Every offset is checked against the buffer, so a truncated or corrupt file gives a
 * DebFormatError, never a RangeError.
 */
import { DebFormatError } from './errors.js';

export interface ArMember {
  /** The member name without the padding blanks and GNU ar's trailing `/`. */
  name: string;
  /** A view into the archive's bytes (not a copy). */
  data: Uint8Array;
}

const MAGIC = '!<arch>\n';
const HEADER_SIZE = 60;
const END_MAGIC = '`\n';

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i] as number);
  return out;
}

/** True when `bytes` start with the ar magic. */
export function isAr(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && ascii(bytes, 0, MAGIC.length) === MAGIC;
}

/** The members of an ar archive, in order. `source` names the file in errors. */
export function readAr(bytes: Uint8Array, source: string): ArMember[] {
  if (!isAr(bytes)) {
    const start = JSON.stringify(ascii(bytes, 0, Math.min(bytes.length, 8)));
    throw new DebFormatError(
      source,
      `is not a Debian package: it does not start with the ar magic "!<arch>\\n" (starts with ${start})`,
    );
  }
  const members: ArMember[] = [];
  let offset = MAGIC.length;
  while (offset < bytes.length) {
    // A lone padding newline at the very end is tolerated, as GNU ar does.
    if (offset === bytes.length - 1 && bytes[offset] === 0x0a) break;
    const at = `ar member ${members.length + 1} (offset ${offset})`;
    if (offset + HEADER_SIZE > bytes.length) {
      throw new DebFormatError(
        source,
        `${at}: truncated header (${bytes.length - offset} of ${HEADER_SIZE} bytes)`,
      );
    }
    const header = ascii(bytes, offset, offset + HEADER_SIZE);
    if (header.slice(58, 60) !== END_MAGIC) {
      throw new DebFormatError(source, `${at}: header does not end with "\`\\n"`);
    }
    const name = header.slice(0, 16).trimEnd().replace(/\/$/, '');
    const sizeText = header.slice(48, 58).trim();
    if (!/^\d+$/.test(sizeText)) {
      throw new DebFormatError(source, `${at} "${name}": size "${sizeText}" is not a number`);
    }
    const size = Number(sizeText);
    const start = offset + HEADER_SIZE;
    if (start + size > bytes.length) {
      throw new DebFormatError(
        source,
        `${at} "${name}": truncated (${size} bytes announced, ${bytes.length - start} present)`,
      );
    }
    members.push({ name, data: bytes.subarray(start, start + size) });
    offset = start + size + (size % 2);
  }
  return members;
}
