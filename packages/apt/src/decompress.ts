/**
 * Index files come as .xz, .gz (node:zlib) or uncompressed. xz goes through the system's `xz`
 * when there is one: three times faster than the WebAssembly decoder (xz-decompress, no native
 * build, the fallback) on a suite's main index, and in another process, so that the indexes of
 * two architectures decompress side by side while this one parses.
 */
import { childEnvironment } from '@pgforge/exec';
import { spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import * as xz from 'xz-decompress';

const gunzipAsync = promisify(gunzip);

type XzModule = typeof xz;
// xz-decompress is CommonJS: Node's ESM loader exposes it as the default export only, while
// bundlers (ncc) and vitest also give the named export. Take whichever is there.
const XzReadableStream = (xz.XzReadableStream ??
  (xz as unknown as { default: XzModule }).default
    .XzReadableStream) as XzModule['XzReadableStream'];

export type Compression = 'xz' | 'gz' | 'none';

export function compressionOf(path: string): Compression {
  if (path.endsWith('.xz')) return 'xz';
  if (path.endsWith('.gz')) return 'gz';
  return 'none';
}

export async function decompress(bytes: Uint8Array, compression: Compression): Promise<Buffer> {
  switch (compression) {
    case 'none':
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    case 'gz':
      return gunzipAsync(bytes);
    case 'xz':
      return (await systemXz(bytes)) ?? wasmXz(bytes);
  }
}

export async function wasmXz(bytes: Uint8Array): Promise<Buffer> {
  const stream = new XzReadableStream(new Blob([bytes]).stream());
  return Buffer.from(await new Response(stream).arrayBuffer());
}

let noSystemXz = false;

/** `xz -dc` of the bytes; undefined when it fails, or there is no `xz` (never tried again). */
export function systemXz(bytes: Uint8Array): Promise<Buffer | undefined> {
  if (noSystemXz) return Promise.resolve(undefined);
  return new Promise((resolve) => {
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
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.resume();
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') noSystemXz = true;
      resolve(undefined);
    });
    // Any failure (damaged input, an xz too old for an option) falls back to the WebAssembly
    // decoder, whose error then names what is wrong with the bytes.
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(out) : undefined));
    // A closed pipe (xz gave up on bad input) is told by its exit status, not by this.
    child.stdin.on('error', () => undefined);
    child.stdin.end(bytes);
  });
}
