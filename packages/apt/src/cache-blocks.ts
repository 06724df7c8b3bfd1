/**
 * The blocks a stored Packages text is checked in (cache.ts): a lookup reads and hashes only
 * the blocks it touches. On its own so that a worker thread (index-job.ts) hashes them beside
 * the table without taking the cache's file handling along.
 */
import { createHash } from 'node:crypto';

// A flavour's closure touches a few hundred stanzas spread over the whole text, most in a
// block of their own: 16 KiB hashes a quarter of what 64 KiB did for each, and the list of
// hashes (about 6000 for sid's main) is still a small part of the table.
export const BLOCK = 16 * 1024;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The SHA256 of each BLOCK of the text, in order. */
export function bodyBlocks(text: Uint8Array): string[] {
  const blocks: string[] = [];
  for (let at = 0; at < text.length; at += BLOCK) {
    blocks.push(sha256Hex(text.subarray(at, at + BLOCK)));
  }
  return blocks;
}
