/**
 * Reading a decompressed Packages text whole (readIndex: every stanza checked, the table built,
 * the blocks hashed), and how that crosses to a worker thread and back: plain data (bytes,
 * strings, numbers), the text transferred, not copied, each message checked on arrival. About
 * 0.7 s of JavaScript per architecture for a suite's main index: index-threads.ts runs it on
 * worker threads. No decompression here, so that the worker's bundle carries none.
 */
import { bodyBlocks } from './cache-blocks.js';
import { PackagesIndexError } from './errors.js';
import { tableOfText, type StoredTable } from './packages-store.js';

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

/** A Packages text read whole: its table and block hashes; a bad stanza is a PackagesIndexError. */
export function readIndex(text: Buffer, url: string): PreparedIndex {
  return { text, table: tableOfText(text, url), blocks: bodyBlocks(text) };
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
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    return { reply: { ok: false, unexpected: text }, transfer: [] };
  }
}

/** The prepared index a worker's reply for `url` holds, or the error it stands for. */
export function preparedOf(reply: IndexReply, url: string): PreparedIndex {
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
    // One line for people; the worker's stack goes along as the cause (PGFORGE_DEBUG shows it).
    const [line = 'an error'] = reply.unexpected.split('\n');
    throw new Error(`reading ${url} on a worker thread failed: ${line}`, {
      cause: new Error(reply.unexpected),
    });
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

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

/** A worker's message, checked: what crosses a thread is not typed by the compiler. */
export function isIndexReply(value: unknown): value is IndexReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) {
    return (
      v.text instanceof Uint8Array &&
      typeof v.size === 'number' &&
      isStrings(v.required) &&
      v.names instanceof Uint8Array &&
      v.providers instanceof Uint8Array &&
      isStrings(v.blocks)
    );
  }
  return (
    v.ok === false &&
    (typeof v.unexpected === 'string' ||
      (typeof v.url === 'string' && typeof v.reason === 'string'))
  );
}

/** The job a worker is given, checked. */
export function isReadJob(value: unknown): value is ReadJob {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.text instanceof Uint8Array && typeof v.url === 'string';
}
