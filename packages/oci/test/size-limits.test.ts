/**
 * Size caps on what a registry or an image can make the client read: manifests and indexes
 * (4 MiB, as distribution), blobs no longer than their descriptor, and what one layer may
 * decompress to. The bombs are built here, real and streaming-sized: many GiB of zeros as
 * concatenated gzip members (a gzip reader must read them all), and zstd RLE blocks.
 */
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BlobSizeMismatchError,
  LayerReadError,
  LayerTooLargeError,
  MAX_LAYER_BYTES,
  MAX_MANIFEST_BYTES,
  MediaTypes,
  RegistryClient,
  ResponseTooLargeError,
  readImageFiles,
  readLayer,
} from '../src/index.js';
import { sha256 } from '@pgforge/testkit';
import { startFakeServer } from './support/fake-server.js';
import type { FakeHandler, FakeServer } from './support/fake-server.js';
import { LAYER_MEDIA_TYPES, layerOf } from './support/layers.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function fake(handler: FakeHandler): Promise<FakeServer> {
  const server = await startFakeServer(handler);
  servers.push(server);
  return server;
}

function client(): RegistryClient {
  return new RegistryClient({ retries: 0, timeoutMs: 20_000, sleep: async () => undefined });
}

/** A manifest whose annotations make it `bytes` long, more or less. */
function bigManifest(bytes: number): string {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    config: { mediaType: MediaTypes.ociConfig, digest: sha256('{}'), size: 2 },
    layers: [],
    annotations: { padding: 'x'.repeat(bytes) },
  });
}

/** A ustar header for a regular file `name` of `size` bytes (at most 8 GiB - 1). */
function tarHeader(name: string, size: number): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 'latin1');
  block.write('0000644\0', 100, 'latin1');
  block.write('0000000\0', 108, 'latin1');
  block.write('0000000\0', 116, 'latin1');
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  block.write('00000000000\0', 136, 'latin1');
  block.write('0', 156, 'latin1');
  block.write('ustar\0', 257, 'latin1');
  block.write('00', 263, 'latin1');
  block.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return block;
}

/**
 * A gzip layer that decompresses to `total` bytes: a tar header for one file as large as tar
 * allows, then zeros, as concatenated gzip members of 64 MiB of zeros each (~64 KB apiece).
 */
function gzipBomb(total: number): Buffer {
  const member = gzipSync(Buffer.alloc(64 * MiB), { level: 9 });
  const parts = [gzipSync(tarHeader('zeros', 8 * GiB - 1))];
  for (let made = 0; made < total; made += 64 * MiB) parts.push(member);
  return Buffer.concat(parts);
}

/**
 * A zstd frame of RLE blocks (RFC 8878): each 4 bytes on the wire make 128 KiB of zeros, so
 * 32 KiB of it is 1 GiB. Made by hand (Node 20's zlib has no zstd).
 */
function zstdBomb(total: number): Buffer {
  const BLOCK = 128 * 1024;
  // Magic; descriptor: no content size, no single segment; window 128 KiB.
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 7 << 3])];
  // The tar header as a raw block first, so that the bytes are a tar with one huge file.
  const header = tarHeader('zeros', 8 * GiB - 1);
  const raw = (header.length << 3) | (0 << 1);
  parts.push(Buffer.from([raw & 0xff, (raw >> 8) & 0xff, (raw >> 16) & 0xff]), header);
  const blocks = Math.ceil(total / BLOCK);
  for (let i = 0; i < blocks; i++) {
    const h = (BLOCK << 3) | (1 << 1) | (i === blocks - 1 ? 1 : 0);
    parts.push(Buffer.from([h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff, 0]));
  }
  return Buffer.concat(parts);
}

/** Reads every change of a layer (and every file's bytes); what it threw, if anything. */
async function drain(
  mediaType: string,
  bytes: Uint8Array,
  options: { maxBytes?: number } = {},
): Promise<unknown> {
  try {
    for await (const change of readLayer(
      { mediaType, digest: 'sha256:bomb' },
      bytes,
      'r/bomb:1',
      options,
    )) {
      if (change.type === 'entry') for await (const chunk of change.body) void chunk;
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Runs `task` while sampling the resident set; the most it grew, in bytes. */
async function peakGrowth(
  task: () => Promise<unknown>,
): Promise<{ result: unknown; grew: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await task();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, grew: peak - start };
  } finally {
    clearInterval(timer);
  }
}

describe('manifests and indexes are read with a cap (fake registry)', () => {
  it('the limit is distribution’s 4 MiB', () => {
    expect(MAX_MANIFEST_BYTES).toBe(4 * MiB);
  });

  it('refuses a manifest over 4 MiB that the registry announces, naming the reference and the limit', async () => {
    const body = bigManifest(5 * MiB);
    const registry = await fake((req, res) => {
      res.writeHead(200, {
        'content-type': MediaTypes.ociManifest,
        'content-length': String(Buffer.byteLength(body)),
      });
      res.end(body);
    });
    const error = await client()
      .getManifest(`${registry.host}/x/y:big`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    const message = (error as Error).message;
    expect(message).toContain(`manifest ${registry.host}/x/y:big`);
    expect(message).toContain('4 MiB (4194304 bytes, the limit for manifests and indexes)');
    expect(message).toContain(`announced ${Buffer.byteLength(body)} bytes`);
    expect(message).not.toContain('\n');
  });

  it('stops reading a chunked answer once past the cap, though the registry never ends it', async () => {
    let sent = 0;
    const registry = await fake((req, res) => {
      res.writeHead(200, { 'content-type': MediaTypes.ociManifest });
      const chunk = Buffer.alloc(MiB, 0x20);
      // 5 MiB, then the answer stays open: a reader that buffers it all waits forever.
      for (let i = 0; i < 5; i++) {
        res.write(chunk);
        sent += chunk.length;
      }
    });
    const started = Date.now();
    const error = await client()
      .getManifest(`${registry.host}/x/y:endless`)
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limit).toBe(4 * MiB);
    expect((error as ResponseTooLargeError).received).toBeGreaterThan(4 * MiB);
    expect((error as ResponseTooLargeError).received).toBeLessThanOrEqual(sent);
    expect((error as Error).message).toContain(
      `manifest ${registry.host}/x/y:endless is longer than 4 MiB`,
    );
  });

  it('reads a manifest just under the cap, and the cap can be set in code', async () => {
    const body = bigManifest(4 * MiB - 1024);
    const registry = await fake((req, res) => {
      res.writeHead(200, { 'content-type': MediaTypes.ociManifest });
      res.end(body);
    });
    const fetched = await client().getManifest(`${registry.host}/x/y:fits`);
    expect(fetched.bytes.length).toBe(Buffer.byteLength(body));
    const small = new RegistryClient({ retries: 0, maxManifestBytes: MiB });
    const error = await small.getManifest(`${registry.host}/x/y:fits`).catch((e: unknown) => e);
    expect((error as Error).message).toContain('is longer than 1 MiB (1048576 bytes');
  });

  it('refuses a referrers list over the cap', async () => {
    const body = bigManifest(5 * MiB);
    const registry = await fake((req, res) => {
      res.writeHead(200, { 'content-type': MediaTypes.ociIndex });
      res.end(body);
    });
    const subject = sha256('subject');
    const error = await client()
      .referrers(`${registry.host}/x/y`, subject)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toContain(`referrers list of ${registry.host}/x/y@${subject}`);
  });
});

describe('blobs are no longer than their descriptor (fake registry)', () => {
  it('stops reading a blob longer than the size asked for, naming the digest', async () => {
    const blob = Buffer.alloc(3 * MiB, 0x61);
    const digest = sha256(blob);
    const registry = await fake((req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(blob);
    });
    const error = await client()
      .getBlob(`${registry.host}/x/y`, digest, 1024)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toContain(
      `blob ${digest} of x/y is longer than its descriptor's size of 1024 bytes`,
    );
  });

  it('refuses a blob shorter than its descriptor', async () => {
    const blob = 'short';
    const digest = sha256(blob);
    const registry = await fake((req, res) => {
      res.end(blob);
    });
    const error = await client()
      .getBlob(`${registry.host}/x/y`, digest, 100)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlobSizeMismatchError);
    expect((error as Error).message).toContain(
      `blob ${digest} from ${registry.host}/x/y is 5 bytes, but its descriptor says 100`,
    );
  });

  it('getConfig reads the config no further than the manifest’s size for it', async () => {
    // The digest is right, the descriptor's size is not: a registry (or a manifest) lying about
    // sizes makes the client read what it did not plan for.
    const config = JSON.stringify({ architecture: 'amd64', os: 'linux', pad: 'x'.repeat(MiB) });
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      config: { mediaType: MediaTypes.ociConfig, digest: sha256(config), size: 64 },
      layers: [],
    });
    const registry = await fake((req, res) => {
      if (req.url?.includes('/manifests/')) {
        res.writeHead(200, { 'content-type': MediaTypes.ociManifest });
        res.end(manifest);
      } else {
        res.end(config);
      }
    });
    const error = await client()
      .getConfig(`${registry.host}/x/y:1`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toContain(
      `blob ${sha256(config)} of x/y is longer than its descriptor's size of 64 bytes`,
    );
  });

  it('copyImage asks for each blob with its descriptor’s size', async () => {
    const layer = Buffer.alloc(MiB, 0x62);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      config: { mediaType: MediaTypes.ociConfig, digest: sha256('{}'), size: 2 },
      layers: [{ mediaType: LAYER_MEDIA_TYPES.gzip, digest: sha256(layer), size: 10 }],
    });
    const source = await fake((req, res) => {
      if (req.url?.includes('/manifests/')) {
        res.writeHead(200, { 'content-type': MediaTypes.ociManifest });
        res.end(manifest);
      } else if (req.url?.endsWith(sha256('{}'))) {
        res.end('{}');
      } else {
        res.end(layer);
      }
    });
    const target = await fake((req, res) => {
      // Nothing there yet; uploads start at a location that never gets used.
      if (req.method === 'HEAD') res.writeHead(404).end();
      else if (req.method === 'POST')
        res.writeHead(202, { location: '/v2/a/b/blobs/uploads/1' }).end();
      else res.writeHead(201).end();
    });
    const error = await client()
      .copyImage(`${source.host}/x/y:1`, `${target.host}/a/b:1`)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toContain(`blob ${sha256(layer)} of x/y is longer`);
  });
});

describe('a layer decompresses to at most its cap', () => {
  it('gzip bomb: stops at the cap with one error naming the layer, the limit and the bytes so far', async () => {
    const bomb = gzipBomb(GiB);
    const error = await drain(LAYER_MEDIA_TYPES.gzip, bomb, { maxBytes: 8 * MiB });
    expect(error).toBeInstanceOf(LayerTooLargeError);
    const e = error as LayerTooLargeError;
    expect(e.limit).toBe(8 * MiB);
    expect(e.decompressed).toBeGreaterThan(8 * MiB);
    expect(e.decompressed).toBeLessThan(9 * MiB);
    expect(e.message).toMatch(
      /^layer sha256:bomb of r\/bomb:1 could not be read: it decompresses to more than 8 MiB \(8388608 bytes, the limit per layer; reading stopped after \d+ bytes\)/,
    );
    expect(e.message).not.toContain('\n');
  });

  it('zstd bomb: stops at the cap, and no single push runs far past it', async () => {
    const bomb = zstdBomb(GiB);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const { result, grew } = await peakGrowth(() =>
      drain(LAYER_MEDIA_TYPES.zstd, bomb, { maxBytes: 64 * MiB }),
    );
    expect(result).toBeInstanceOf(LayerTooLargeError);
    expect((result as LayerTooLargeError).decompressed).toBeLessThan(64 * MiB + 33 * MiB);
    expect(grew).toBeLessThan(256 * MiB);
  });

  it('uncompressed: the cap counts the tar bytes', async () => {
    const layer = await layerOf([{ name: 'big', content: Buffer.alloc(2 * MiB) }], 'none');
    const error = await drain(layer.mediaType, layer.bytes, { maxBytes: MiB });
    expect(error).toBeInstanceOf(LayerTooLargeError);
  });

  it('a layer under the cap reads as before', async () => {
    const layer = await layerOf([{ name: 'f', content: Buffer.alloc(MiB) }], 'gzip');
    expect(await drain(layer.mediaType, layer.bytes, { maxBytes: 2 * MiB })).toBeUndefined();
  });

  it(
    'with the default cap (2 GiB) a 3 GiB gzip bomb fails within seconds and memory stays bounded',
    { timeout: 60_000 },
    async () => {
      expect(MAX_LAYER_BYTES).toBe(2 * GiB);
      const bomb = gzipBomb(3 * GiB);
      expect(bomb.length).toBeLessThan(8 * MiB);
      const started = Date.now();
      const { result, grew } = await peakGrowth(() => drain(LAYER_MEDIA_TYPES.gzip, bomb));
      expect(result).toBeInstanceOf(LayerTooLargeError);
      expect((result as Error).message).toContain('more than 2 GiB (2147483648 bytes');
      expect(grew).toBeLessThan(256 * MiB);
      expect(Date.now() - started).toBeLessThan(30_000);
    },
  );
});

describe('readImageFiles', () => {
  it('fetches each layer with its size, and caps its layers', async () => {
    const bomb = gzipBomb(256 * MiB);
    const asked: [string, number | undefined][] = [];
    const error = await readImageFiles({
      image: 'r/i:1',
      layers: [{ mediaType: LAYER_MEDIA_TYPES.gzip, digest: 'sha256:bomb', size: bomb.length }],
      fetchBlob: async (digest, size) => {
        asked.push([digest, size]);
        return bomb;
      },
      select: { list: () => true, content: () => false, hash: () => false },
      maxLayerBytes: 4 * MiB,
    }).catch((e: unknown) => e);
    expect(asked).toEqual([['sha256:bomb', bomb.length]]);
    expect(error).toBeInstanceOf(LayerTooLargeError);
  });

  it('refuses to hold a selected file larger than the per-file cap', async () => {
    const layer = await layerOf([{ name: 'var/lib/dpkg/status', content: Buffer.alloc(3 * MiB) }]);
    const error = await readImageFiles({
      image: 'r/i:1',
      layers: [{ mediaType: layer.mediaType, digest: 'sha256:l', size: layer.bytes.length }],
      fetchBlob: async () => layer.bytes,
      select: { list: () => true, content: () => true, hash: () => false },
      maxFileBytes: MiB,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LayerReadError);
    expect((error as Error).message).toMatch(
      /^layer sha256:l of r\/i:1 could not be read: file var\/lib\/dpkg\/status is larger than 1 MiB \(1048576 bytes, the limit for a file read into memory; \d+ bytes read so far\)$/,
    );
  });
});
