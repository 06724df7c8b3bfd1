/** gunzipTap: a .gz decompressed as it downloads, piece by piece, within its limit. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipTap } from '../src/decompress-stream.js';

describe('gunzipTap', () => {
  const text = Buffer.from('Package: a\nVersion: 1\n\n'.repeat(5000));
  /** The gzip of `text` in `n` byte pieces, written to the tap as a download would. */
  const pieces = (bytes: Buffer, n: number): Buffer[] => {
    const out: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += n) out.push(bytes.subarray(at, at + n));
    return out;
  };

  it('gives the text of a .gz written piece by piece', async () => {
    const tap = gunzipTap();
    for (const piece of pieces(gzipSync(text), 777)) tap.write(piece);
    expect((await tap.end()).equals(text)).toBe(true);
  });

  it('stops past the limit, naming it, and fails on what is not gzip', async () => {
    const small = gunzipTap({ maxBytes: 1000, limitName: 'the limit for a Packages index' });
    for (const piece of pieces(gzipSync(text), 777)) small.write(piece);
    await expect(small.end()).rejects.toThrow(
      /^decompresses to more than 1000 bytes \(1000 bytes, the limit for a Packages index\)/,
    );
    const garbage = gunzipTap();
    garbage.write(Buffer.from('not gzip at all'));
    await expect(garbage.end()).rejects.toThrow(/incorrect header check/);
    const cut = gunzipTap();
    cut.write(gzipSync(text).subarray(0, 100));
    await expect(cut.end()).rejects.toThrow(/unexpected end of file/);
  });

  it('aborted, takes no more: its text fails, and nothing is left unhandled', async () => {
    const tap = gunzipTap();
    const [head = Buffer.alloc(0), ...rest] = pieces(gzipSync(text), 100);
    tap.write(head);
    tap.abort();
    for (const piece of rest) tap.write(piece);
    await expect(tap.end()).rejects.toThrow(/refused/);
  });

  it('stops at the size the Release lists: bytes past it cannot match', async () => {
    const gz = gzipSync(text);
    const tap = gunzipTap({ listedBytes: gz.length - 1 });
    for (const piece of pieces(gz, 777)) tap.write(piece);
    await expect(tap.end()).rejects.toThrow(`more than the ${gz.length - 1} bytes listed`);
    const exact = gunzipTap({ listedBytes: gz.length });
    for (const piece of pieces(gz, 777)) exact.write(piece);
    expect((await exact.end()).equals(text)).toBe(true);
  });
});
