/**
 * The work a cold Packages file costs, from the bytes its signed Release vouches for to what
 * the store keeps: decompressed (decompressIndex: zlib or xz, off this thread already), then
 * read (readIndex: every stanza checked, the table built, the blocks hashed). The reading is
 * about 0.7 s of JavaScript per architecture for a suite's main index: index-threads.ts runs it
 * on worker threads, so that two architectures are read side by side.
 *
 * What crosses to a worker and back is plain data (bytes, strings, numbers): the text is
 * transferred, not copied.
 */
import { bodyBlocks } from './cache-blocks.js';
import { decompress, type Compression } from './decompress.js';
import { DecompressionLimitError, PackagesIndexError, errorText } from './errors.js';
import { tableOfText, type StoredTable } from './packages-store.js';

export interface IndexJob {
  /** The file as downloaded and checked against the Release (size and SHA256). */
  bytes: Uint8Array;
  compression: Compression;
  /** Where the file came from: names it in errors. */
  url: string;
}

/** A decompressed Packages text to read, as a worker is given it. */
export interface ReadJob {
  text: Uint8Array;
  url: string;
}

export interface PreparedIndex {
  /** The Packages text. */
  text: Buffer;
  table: StoredTable;
  /** The hash of each block of the text, as the store keeps them (cache-blocks.ts). */
  blocks: string[];
}

/** What a worker answers: the prepared index, or the error a person is to read. */
export type IndexReply =
  | {
      ok: true;
      text: Uint8Array;
      size: number;
      required: string[];
      names: Uint8Array;
      providers: Uint8Array;
      blocks: string[];
    }
  | { ok: false; url: string; reason: string }
  | { ok: false; unexpected: string };

/** The job's text; a failure is a PackagesIndexError naming the file. */
export async function decompressIndex(job: IndexJob): Promise<Buffer> {
  try {
    return await decompress(job.bytes, job.compression, {
      limitName: 'the limit for a Packages index',
    });
  } catch (error) {
    if (error instanceof DecompressionLimitError) {
      throw new PackagesIndexError(job.url, error.message, { cause: error });
    }
    throw new PackagesIndexError(job.url, `cannot be decompressed: ${errorText(error)}`, {
      cause: error,
    });
  }
}

/** A Packages text read whole: its table and block hashes; a bad stanza is a PackagesIndexError. */
export function readIndex(text: Buffer, url: string): PreparedIndex {
  return { text, table: tableOfText(text, url), blocks: bodyBlocks(text) };
}

/** Decompresses and reads one Packages file on this thread. */
export async function prepareIndex(job: IndexJob): Promise<PreparedIndex> {
  return readIndex(await decompressIndex(job), job.url);
}

/** readIndex as a worker answers it, and what to transfer rather than copy. */
export function replyTo(job: ReadJob): { reply: IndexReply; transfer: ArrayBuffer[] } {
  try {
    const { text, table, blocks } = readIndex(asBuffer(job.text), job.url);
    const reply = {
      ok: true as const,
      text: owned(text),
      size: table.size,
      required: table.required,
      names: owned(table.names),
      providers: owned(table.providers),
      blocks,
    };
    return { reply, transfer: [reply.text.buffer, reply.names.buffer, reply.providers.buffer] };
  } catch (error) {
    if (error instanceof PackagesIndexError) {
      return { reply: { ok: false, url: error.url, reason: error.reason }, transfer: [] };
    }
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { reply: { ok: false, unexpected: text }, transfer: [] };
  }
}

/** The prepared index a worker's reply holds, or the error it stands for. */
export function preparedOf(reply: IndexReply): PreparedIndex {
  if (reply.ok) {
    return {
      text: asBuffer(reply.text),
      table: {
        size: reply.size,
        required: reply.required,
        names: asBuffer(reply.names),
        providers: asBuffer(reply.providers),
      },
      blocks: reply.blocks,
    };
  }
  if ('unexpected' in reply) {
    throw new Error(`reading a Packages index on a worker thread failed: ${reply.unexpected}`);
  }
  throw new PackagesIndexError(reply.url, reply.reason);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The bytes in an ArrayBuffer of their own, which can be transferred: a Buffer may be a view
 * into a larger one (Node's pool), and transferring that would take its neighbours too.
 */
export function owned(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  ) {
    return bytes as Uint8Array<ArrayBuffer>;
  }
  return Uint8Array.prototype.slice.call(bytes) as Uint8Array<ArrayBuffer>;
}
