/**
 * Index files come as .xz, .gz (node:zlib) or uncompressed. A large xz input goes through the
 * system's `xz` when there is one: faster than the WebAssembly decoder (xz-decompress, no
 * native build, the fallback) on a suite's main index, and in another process, so that the
 * indexes of two architectures decompress side by side while this one parses. A small one
 * (a `.deb` member) goes there only while this process is small (systemXzPays): starting a
 * process costs more the more memory this one holds (a fork copies its page tables: ~100 ms
 * each with a 2 GB heap, most of a cold batch of extension images when it spawned per member),
 * and the tiniest are decoded here anyway.
 *
 * Every path counts what comes out and stops past `maxBytes` with DecompressionLimitError,
 * holding no more than that: a bomb costs the limit, not the machine.
 */
import { childEnvironment } from '@pgforge/exec';
import { spawn } from 'node:child_process';
import { constants } from 'node:buffer';
import { gunzip } from 'node:zlib';
import type * as Xz from 'xz-decompress';
import { DecompressionLimitError } from './errors.js';
import { MAX_PACKAGES_INDEX_BYTES, checkByteLimit } from './limits.js';

type XzModule = typeof Xz;

/**
 * The WebAssembly xz decoder, loaded when first needed: a warm run decodes nothing. The module
 * is CommonJS: Node's ESM loader exposes it as the default export only, while bundlers (ncc)
 * and vitest also give the named export. Take whichever is there.
 */
async function xzReadableStream(): Promise<XzModule['XzReadableStream']> {
  const xz = await import('xz-decompress');
  return (xz.XzReadableStream ??
    (xz as unknown as { default: XzModule }).default
      .XzReadableStream) as XzModule['XzReadableStream'];
}

export type Compression = 'xz' | 'gz' | 'none';

export function compressionOf(path: string): Compression {
  if (path.endsWith('.xz')) return 'xz';
  if (path.endsWith('.gz')) return 'gz';
  return 'none';
}

/** What has come out so far, failing past the limit. */
export class Collector {
  readonly chunks: Uint8Array[] = [];
  total = 0;

  constructor(
    readonly limit: number,
    readonly limitName?: string,
  ) {}

  /** False (and nothing kept) once past the limit. */
  add(chunk: Uint8Array): boolean {
    this.total += chunk.length;
    if (this.total > this.limit) return false;
    this.chunks.push(chunk);
    return true;
  }

  get error(): DecompressionLimitError {
    return new DecompressionLimitError(this.limit, this.total, this.limitName);
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks, this.total);
  }

  /** Lets go of what came out (nobody will ask for it). */
  drop(): void {
    this.chunks.length = 0;
  }
}

export interface DecompressOptions {
  /** The most bytes the output may hold. Default MAX_PACKAGES_INDEX_BYTES (512 MiB). */
  maxBytes?: number;
  /** Names the limit in the error: `the limit for a Packages index`. */
  limitName?: string;
}

export function collector(options: DecompressOptions): Collector {
  return new Collector(
    checkByteLimit('maxBytes', options.maxBytes ?? MAX_PACKAGES_INDEX_BYTES),
    options.limitName,
  );
}

export async function decompress(
  bytes: Uint8Array,
  compression: Compression,
  options: DecompressOptions = {},
): Promise<Buffer> {
  switch (compression) {
    case 'none': {
      const out = collector(options);
      if (!out.add(bytes)) throw out.error;
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    case 'gz':
      return gunzipLimited(bytes, collector(options));
    case 'xz':
      if (!systemXzPays(bytes.length, process.memoryUsage.rss())) return wasmXz(bytes, options);
      return (await systemXz(bytes, options)) ?? wasmXz(bytes, options);
  }
}

/**
 * Whether `xz` in a process of its own beats the WebAssembly decoder here, for `size` bytes of
 * input while this process holds `rss` bytes. Starting a process copies this one's page tables,
 * a cost that grows with its memory: about 25 ms at 180 MB, 100 ms at 2 GB. The decoding is
 * about 3× faster in `xz`, and off this thread, side by side for two architectures.
 * Measured on a 2-core machine: a `.deb`'s 270 KB data.tar.xz takes 85 ms in WebAssembly and
 * 30 ms through `xz` at 180 MB; a suite's 12 MB index 1.7 s against 1.2 s at 2 GB.
 */
export function systemXzPays(size: number, rss: number): boolean {
  if (size >= SYSTEM_XZ_ALWAYS_BYTES) return true;
  return size >= SYSTEM_XZ_SMALL_BYTES && rss <= SMALL_PROCESS_BYTES;
}

const SYSTEM_XZ_ALWAYS_BYTES = 4 * 1024 * 1024;
const SYSTEM_XZ_SMALL_BYTES = 64 * 1024;
const SMALL_PROCESS_BYTES = 768 * 1024 * 1024;

/**
 * gunzip in one call, zlib holding to the limit itself (`maxOutputLength`), in 256 KiB chunks:
 * a quarter of the callbacks on the main thread the 64 KiB stream made, which waited behind
 * another index being parsed. Past the limit, zlib stops having held no more than it.
 */
function gunzipLimited(bytes: Uint8Array, out: Collector): Promise<Buffer> {
  // zlib refuses a maxOutputLength above the largest Buffer (4 GiB on Node 20) before decoding.
  const maxOutputLength = Math.min(out.limit, constants.MAX_LENGTH);
  return new Promise((resolve, reject) => {
    gunzip(bytes, { maxOutputLength, chunkSize: 256 * 1024 }, (error, result) => {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_BUFFER_TOO_LARGE') {
        // zlib stops on the chunk that goes past: more than the limit came out.
        reject(new DecompressionLimitError(out.limit, maxOutputLength + 1, out.limitName));
      } else if (error) reject(error);
      else resolve(result);
    });
  });
}

export async function wasmXz(bytes: Uint8Array, options: DecompressOptions = {}): Promise<Buffer> {
  const out = collector(options);
  const XzReadableStream = await xzReadableStream();
  const reader = new XzReadableStream(new Blob([bytes]).stream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out.bytes();
    if (!out.add(value)) {
      await reader.cancel().catch(() => undefined);
      throw out.error;
    }
  }
}

let noSystemXz = false;

/**
 * `xz -dc` of the bytes; undefined when it fails, or there is no `xz` (never tried again).
 * Output past the limit stops xz and rejects with DecompressionLimitError.
 */
export function systemXz(
  bytes: Uint8Array,
  options: DecompressOptions = {},
): Promise<Buffer | undefined> {
  if (noSystemXz) return Promise.resolve(undefined);
  const out = collector(options);
  return new Promise((resolve, reject) => {
    // Without XZ_OPT and XZ_DEFAULTS: an option there (--single-stream) could cut the output
    // short with a zero exit status.
    const env = childEnvironment();
    delete env.XZ_OPT;
    delete env.XZ_DEFAULTS;
    let child;
    try {
      // --threads=0: Debian's indexes come in several blocks, which xz 5.4 decodes in parallel.
      child = spawn('xz', ['--decompress', '--stdout', '--quiet', '--threads=0'], {
        stdio: ['pipe', 'pipe', 'pipe'],
        env,
      });
    } catch {
      resolve(undefined);
      return;
    }
    // No streams when the process could not be made (EMFILE and the like): the fallback.
    if (!child.stdout || !child.stdin || !child.stderr) {
      child.on('error', () => undefined);
      resolve(undefined);
      return;
    }
    let over = false;
    const proc = child;
    child.stdout.on('data', (c: Buffer) => {
      if (over || out.add(c)) return;
      over = true;
      proc.kill('SIGKILL');
      proc.stdout?.destroy();
      reject(out.error);
    });
    child.stderr.resume();
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') noSystemXz = true;
      resolve(undefined);
    });
    // Any failure (damaged input, an xz too old for an option) falls back to the WebAssembly
    // decoder, whose error then names what is wrong with the bytes.
    child.on('close', (code) => {
      if (!over) resolve(code === 0 ? out.bytes() : undefined);
    });
    // A closed pipe (xz gave up on bad input) is told by its exit status, not by this.
    child.stdin.on('error', () => undefined);
    child.stdin.end(bytes);
  });
}
