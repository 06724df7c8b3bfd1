import { existsSync } from 'node:fs';
import { readdir, readFile, stat, statfs } from 'node:fs/promises';

/*
 * What the set-up watches while the integration suite runs, and prints when it ends: the free
 * space of every filesystem the run writes to, and the requests a test registry failed with a
 * 5xx. CI keeps only the tail of its log, and a full disk or a registry error otherwise shows up
 * only as some unrelated step failing (initdb, a push) with no reason left to read.
 */

const GIB = 1024 ** 3;
/** Below this much free space a build or initdb is about to fail: said at once, not only at the end. */
const LOW_FREE_BYTES = 2 * GIB;

function gib(bytes: number): string {
  return `${(bytes / GIB).toFixed(1)} GiB`;
}

function clock(at: Date): string {
  return at.toISOString().slice(11, 19);
}

interface Watched extends DiskReading {
  warned: boolean;
}

/** Free space of one filesystem over the run, in bytes. */
export interface DiskReading {
  /** The paths on this filesystem, for the report. */
  paths: string[];
  start: number;
  lowest: number;
  lowestAt: Date;
  last: number;
}

/**
 * Runs `sample` every `intervalMs`, one at a time, without keeping the process alive; `stop`
 * waits for the one under way and takes a last sample.
 */
function sampleEvery(sample: () => Promise<void>, intervalMs: number): { stop(): Promise<void> } {
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(sample);
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await sampling;
      await sample();
    },
  };
}

export interface DiskWatch {
  /** The readings so far (copies). */
  readings(): DiskReading[];
  /** Stops sampling; the readings, per filesystem. */
  stop(): Promise<DiskReading[]>;
}

/** One line per filesystem: free space at the start, lowest (and when), at the end. */
export function diskReport(readings: readonly DiskReading[]): string[] {
  return readings.map(
    (w) =>
      `disk of ${w.paths.join(', ')}: ${gib(w.start)} free at the start, lowest ` +
      `${gib(w.lowest)} (${clock(w.lowestAt)}), ${gib(w.last)} at the end`,
  );
}

async function freeBytes(path: string): Promise<number> {
  const fs = await statfs(path);
  return fs.bavail * fs.bsize;
}

/**
 * Samples the free space of the filesystems holding `paths` (missing paths, and those whose
 * filesystem cannot be read, are left out: a diagnostic never fails the set-up) every
 * `intervalMs`, warning through `log` the first time one falls below 2 GiB.
 */
export async function watchDisk(
  paths: readonly string[],
  log: (line: string) => void,
  intervalMs = 5_000,
): Promise<DiskWatch> {
  const byDevice = new Map<number, Watched>();
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const dev = await stat(path).then(
      (s) => s.dev,
      () => undefined,
    );
    if (dev === undefined) continue;
    const known = byDevice.get(dev);
    if (known) {
      known.paths.push(path);
      continue;
    }
    const free = await freeBytes(path).catch(() => undefined);
    if (free === undefined) continue;
    byDevice.set(dev, {
      paths: [path],
      start: free,
      lowest: free,
      lowestAt: new Date(),
      last: free,
      warned: false,
    });
  }
  const sample = async () => {
    for (const watched of byDevice.values()) {
      const free = await freeBytes(watched.paths[0]!).catch(() => undefined);
      if (free === undefined) continue;
      watched.last = free;
      if (free < watched.lowest) {
        watched.lowest = free;
        watched.lowestAt = new Date();
      }
      if (free < LOW_FREE_BYTES && !watched.warned) {
        watched.warned = true;
        log(`warning: only ${gib(free)} free on the filesystem of ${watched.paths.join(', ')}`);
      }
    }
  };
  const sampler = sampleEvery(sample, intervalMs);
  const readings = (): DiskReading[] =>
    [...byDevice.values()].map(({ paths: p, start, lowest, lowestAt, last }) => ({
      paths: [...p],
      start,
      lowest,
      lowestAt,
      last,
    }));
  return {
    readings,
    async stop() {
      await sampler.stop();
      return readings();
    },
  };
}

export interface OpenFilesWatch {
  /** Stops sampling; per process, the most files it had open at once and its limit. */
  stop(): Promise<string[]>;
}

/** `Max open files` (soft limit) of a process, from /proc. */
async function openFilesLimit(pid: number): Promise<string> {
  const limits = await readFile(`/proc/${pid}/limits`, 'utf8').catch(() => '');
  return /^Max open files\s+(\S+)/m.exec(limits)?.[1] ?? '?';
}

/**
 * Samples how many files each process has open (/proc/<pid>/fd): a registry out of descriptors
 * answers 500 to requests it cannot open a file for.
 */
export function watchOpenFiles(
  processes: readonly { name: string; pid: () => number | undefined }[],
  intervalMs = 5_000,
): OpenFilesWatch {
  const most = new Map<string, { pid: number; count: number }>();
  const sample = async () => {
    for (const p of processes) {
      const pid = p.pid();
      if (pid === undefined) continue;
      const count = (await readdir(`/proc/${pid}/fd`).catch(() => undefined))?.length;
      if (count === undefined) continue;
      if (count >= (most.get(p.name)?.count ?? -1)) most.set(p.name, { pid, count });
    }
  };
  const sampler = sampleEvery(sample, intervalMs);
  return {
    async stop() {
      await sampler.stop();
      return Promise.all(
        [...most].map(
          async ([name, { pid, count }]) =>
            `${name} (pid ${pid}): at most ${count} open files (limit ${await openFilesLimit(pid)})`,
        ),
      );
    },
  };
}

/** A request the registry answered with a 5xx, read off its log. */
export interface ServerError {
  time: string;
  method: string;
  uri: string;
  status: number;
  /** err.message and err.detail, or the log line's msg. */
  reason: string;
}

function field(line: string, name: string): string | undefined {
  // logrus text format: name=value or name="value with \"escapes\""
  const match = new RegExp(
    `(?:^|\\s)${name.replaceAll('.', '\\.')}=("(?:[^"\\\\]|\\\\.)*"|\\S+)`,
  ).exec(line);
  const value = match?.[1];
  if (value === undefined) return undefined;
  if (!value.startsWith('"')) return value;
  try {
    return JSON.parse(value) as string;
  } catch {
    // Go's %q has escapes JSON lacks (\x00, \a): the text between the quotes will do.
    return value.slice(1, -1);
  }
}

/** The requests a distribution registry's log (logrus text lines) shows it failed with a 5xx. */
export function serverErrors(log: string): ServerError[] {
  const errors: ServerError[] = [];
  for (const line of log.split('\n')) {
    // Most lines are not 5xx answers: not parsed at all.
    if (!line.includes('http.response.status=5')) continue;
    const status = Number(field(line, 'http.response.status'));
    if (!(status >= 500 && status <= 599)) continue;
    const message = field(line, 'err.message');
    const detail = field(line, 'err.detail');
    errors.push({
      time: field(line, 'time') ?? '?',
      method: field(line, 'http.request.method') ?? '?',
      uri: field(line, 'http.request.uri') ?? '?',
      status,
      reason:
        [message, detail].filter((s) => s !== undefined && s !== '').join(': ') ||
        (field(line, 'msg') ?? 'no reason logged'),
    });
  }
  return errors;
}

/** Report lines for one registry: nothing when it failed no request. */
export function serverErrorReport(
  name: string,
  host: string,
  errors: readonly ServerError[],
): string[] {
  if (errors.length === 0) return [];
  const shown = errors.slice(-5);
  return [
    `${name} on ${host} answered ${errors.length} request(s) with a 5xx` +
      (shown.length < errors.length ? ` (the last ${shown.length}):` : ':'),
    ...shown.map((e) => `  ${e.time} ${e.method} ${e.uri} -> ${e.status}: ${e.reason}`),
  ];
}
