// `npm run bench -- startup`: the cold start of every bundle as a runner starts it, next to node
// starting with nothing to do, in the same run. A start is measured to the first thing an action
// does with its inputs: each bundle is run with no inputs (or, where every input has a default,
// with one invalid choice) and must exit 1 with one `::error` annotation, so a bundle that
// failed to load cannot pass for a fast one. Prints medians; asserts nothing (issue 13's goal:
// a median of 0.25 s or less).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.PGFORGE_BENCH_RUNS ?? 15);
const NODE = process.execPath;

/** The inputs that make each bundle stop at its inputs: none, or one invalid choice. */
const STOP_AT_INPUTS: Record<string, Record<string, string>> = {
  matrix: { 'INPUT_GROUP-BY': 'no-such-grouping' },
  catalog: { INPUT_KIND: 'NoSuchCatalog' },
};

interface Sample {
  ms: number;
  code: number | null;
  stdout: string;
}

function once(args: string[], env: Record<string, string>): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(NODE, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stdout }));
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function measure(
  label: string,
  args: string[],
  env: Record<string, string>,
  check: (s: Sample) => string | undefined,
): Promise<{ label: string; median: number; min: number }> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = await once(args, env);
    const wrong = check(s);
    if (wrong) throw new Error(`${label}: ${wrong}; stdout:\n${s.stdout}`);
    times.push(s.ms);
  }
  return { label, median: median(times), min: Math.min(...times) };
}

const base = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
const rows: { label: string; median: number; min: number; size?: number }[] = [];
rows.push(
  await measure('node -e 0', ['-e', '0'], base, (s) =>
    s.code === 0 ? undefined : `exit ${s.code}`,
  ),
);

const bundles = readdirSync(join(ROOT, 'dist'))
  .filter((d) => d !== 'cli')
  .sort();
for (const name of bundles) {
  const bundle = join(ROOT, 'dist', name, 'index.js');
  const row = await measure(name, [bundle], { ...base, ...(STOP_AT_INPUTS[name] ?? {}) }, (s) => {
    if (s.code !== 1) return `exit ${s.code}, expected 1 (an input error)`;
    const errors = s.stdout.split('\n').filter((l) => l.startsWith('::error'));
    return errors.length === 1 ? undefined : `${errors.length} error annotations, expected 1`;
  });
  rows.push({ ...row, size: statSync(bundle).size });
}
const cli = join(ROOT, 'dist', 'cli', 'index.js');
rows.push({
  ...(await measure('cli --version', [cli, '--version'], base, (s) =>
    s.code === 0 && /^\d+\.\d+\.\d+/.test(s.stdout) ? undefined : `exit ${s.code}`,
  )),
  size: statSync(cli).size,
});

console.log(`Cold start, ${RUNS} runs each, ${NODE} (${process.version}); goal: median ≤ 250 ms\n`);
console.log('| bundle | median | min | bundle size |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of rows) {
  const size = r.size === undefined ? '' : `${(r.size / 1e6).toFixed(2)} MB`;
  console.log(`| ${r.label} | ${r.median.toFixed(0)} ms | ${r.min.toFixed(0)} ms | ${size} |`);
}
const actions = rows.filter((r) => r.size !== undefined);
console.log(
  `\nmedian over bundles: ${median(actions.map((r) => r.median)).toFixed(0)} ms; node alone ${rows[0]!.median.toFixed(0)} ms`,
);
