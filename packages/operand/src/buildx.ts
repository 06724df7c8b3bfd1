/** Running `docker buildx bake` for one target: arguments, retries, the metadata it writes. */
import { readFile } from 'node:fs/promises';
import { exec, ExecError, type ExecResult } from '@pgforge/exec';
import { failureReason, isTransientFailure } from './transient.js';

export interface BuildxVersion {
  major: number;
  minor: number;
  text: string;
}

/** `github.com/docker/buildx v0.19.3 48d6a39` or Debian's `… 0.13.1+ds1 0.13.1+ds1-3`. */
export function parseBuildxVersion(output: string): BuildxVersion | undefined {
  const m = /\bv?(\d+)\.(\d+)\.\d+\S*/.exec(output);
  return m ? { major: Number(m[1]), minor: Number(m[2]), text: m[0] } : undefined;
}

export interface BakeRunOptions {
  bakeFile: string;
  target: string;
  metadataFile: string;
  /** Paths outside the working directory the bake reads (context) and writes (layouts). */
  reads: string[];
  writes: string[];
  builder?: string;
  noCache?: boolean;
  buildx?: BuildxVersion;
  env: Record<string, string | undefined>;
  /** Attempts after a transient failure (a registry or mirror error), default 2. */
  retries?: number;
  onLine?: (line: string) => void;
  /** Waits between attempts; the default sleeps 10 s, then 30 s. */
  sleep?: (ms: number) => Promise<void>;
  docker?: string;
}

export interface BakeRun {
  ok: boolean;
  attempts: number;
  durationMs: number;
  /** The last lines of the last attempt's output. */
  tail: string[];
  /** Why the last attempt failed. */
  reason?: string;
  metadata?: BakeMetadata;
}

export interface BakeMetadata {
  digest: string;
  mediaType?: string;
  size?: number;
}

/** buildx ≥ 0.19 checks file-system entitlements of bake definitions (an error from 0.20). */
export function entitlementArgs(v: BuildxVersion | undefined, reads: string[], writes: string[]) {
  if (!v || v.major > 0 || v.minor < 19) return [];
  return [
    ...reads.map((p) => `--allow=fs.read=${p}`),
    ...writes.map((p) => `--allow=fs.write=${p}`),
  ];
}

export function bakeArgs(o: BakeRunOptions): string[] {
  return [
    'buildx',
    'bake',
    ...(o.builder ? ['--builder', o.builder] : []),
    '-f',
    o.bakeFile,
    '--metadata-file',
    o.metadataFile,
    '--progress',
    'plain',
    ...(o.noCache ? ['--no-cache'] : []),
    ...entitlementArgs(o.buildx, o.reads, o.writes),
    o.target,
  ];
}

const DELAYS = [10_000, 30_000, 60_000];

export async function runBake(o: BakeRunOptions): Promise<BakeRun> {
  const started = Date.now();
  const retries = o.retries ?? 2;
  const sleep = o.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  let result: ExecResult | undefined;
  for (let attempt = 1; ; attempt++) {
    result = await exec(o.docker ?? 'docker', bakeArgs(o), {
      env: o.env,
      onLine: (l) => o.onLine?.(l),
      tailLines: 400,
    }).catch((e: unknown) => {
      if (e instanceof ExecError) throw new Error(`${e.reason}: is Docker installed?`);
      throw e;
    });
    if (result.code === 0) {
      return {
        ok: true,
        attempts: attempt,
        durationMs: Date.now() - started,
        tail: result.tail.slice(-60),
        metadata: await readMetadata(o.metadataFile, o.target),
      };
    }
    const output = result.tail.join('\n');
    if (attempt > retries || !isTransientFailure(output)) {
      return {
        ok: false,
        attempts: attempt,
        durationMs: Date.now() - started,
        tail: result.tail.slice(-60),
        reason: failureReason(result.tail),
      };
    }
    const delay = DELAYS[Math.min(attempt - 1, DELAYS.length - 1)] ?? 60_000;
    o.onLine?.(
      `pgforge: transient failure (${failureReason(result.tail)}); attempt ${attempt + 1} of ${retries + 1} in ${delay / 1000} s`,
    );
    await sleep(delay);
  }
}

interface RawMetadata {
  'containerimage.digest'?: string;
  'containerimage.descriptor'?: { mediaType?: string; digest?: string; size?: number };
}

export async function readMetadata(file: string, target: string): Promise<BakeMetadata> {
  const all = JSON.parse(await readFile(file, 'utf8')) as Record<string, RawMetadata>;
  const m = all[target];
  const digest = m?.['containerimage.digest'];
  if (!m || !digest) {
    throw new Error(`buildx wrote no image digest for ${target} into ${file}`);
  }
  const d = m['containerimage.descriptor'];
  return {
    digest,
    ...(d?.mediaType ? { mediaType: d.mediaType } : {}),
    ...(d?.size !== undefined ? { size: d.size } : {}),
  };
}
