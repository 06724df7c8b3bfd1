/**
 * The real dpkg as the oracle for compareDebianVersions and parseDebianVersion.
 *
 * One shell script per CPU loops over a NUL-separated input file (any byte but NUL survives, a
 * version may hold newlines) and prints one result per line: a dpkg process per question is
 * unavoidable, a node process per question is not.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDebianVersions, parseDebianVersion } from '../src/index.js';
import { debianVersionArb, maybeInvalidArb, versionPairArb } from './arbitraries.js';
import { invalidVersionCases, orderCases, validVersionCases } from './cases.js';

const run = promisify(execFile);
const SEED = 20250917;

// `--` because a valid version may start with `-` (`-0:1`, strtol's sign). dpkg exits 0 when the
// relation holds, 1 when it does not, 2 on an error.
//
// CHECK asks dpkg one question per pair, whether the relation compareDebianVersions found holds
// (`lt`, `eq` and `gt` are exact, so a yes confirms the result): half the dpkg runs of asking
// for the order. ORDER asks for the order itself, only for the pairs where dpkg said no.
const CHECK_SCRIPT = `
while IFS= read -r -d '' a && IFS= read -r -d '' op && IFS= read -r -d '' b; do
  dpkg --compare-versions -- "$a" "$op" "$b"
  case $? in 0) echo yes ;; 1) echo no ;; *) echo error ;; esac
done < "$1"
`;

const ORDER_SCRIPT = `
while IFS= read -r -d '' a && IFS= read -r -d '' b; do
  if dpkg --compare-versions -- "$a" lt "$b"; then echo -1
  elif dpkg --compare-versions -- "$a" eq "$b"; then echo 0
  elif dpkg --compare-versions -- "$a" gt "$b"; then echo 1
  else echo error; fi
done < "$1"
`;

const VALIDATE_SCRIPT = `
while IFS= read -r -d '' v; do
  if dpkg --validate-version -- "$v" 2>/dev/null; then echo valid; else echo invalid; fi
done < "$1"
`;

let dir = '';

/**
 * The scratch directory with the scripts, made on first use. Checked in each test rather than in
 * beforeAll, whose failure vitest reports as skipped tests: without dpkg every test must fail.
 */
function oracleDir(): string {
  if (dir) return dir;
  const probe = spawnSync('dpkg', ['--validate-version', '1.0'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `dpkg not found: the version-order oracle needs Debian's dpkg (${probe.error?.message ?? probe.stderr})`,
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'pgforge-dpkg-oracle-'));
  writeFileSync(join(dir, 'check.sh'), CHECK_SCRIPT);
  writeFileSync(join(dir, 'order.sh'), ORDER_SCRIPT);
  writeFileSync(join(dir, 'validate.sh'), VALIDATE_SCRIPT);
  return dir;
}

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs `script` over `records` (each a few NUL-terminated strings) split across the CPUs, and
 * returns one output line per record, in order, with everything dpkg wrote to stderr.
 */
async function runScript(
  script: string,
  records: string[][],
): Promise<{ lines: string[]; stderr: string }> {
  const dir = oracleDir();
  const workers = Math.max(1, Math.min(availableParallelism(), 8));
  const size = Math.ceil(records.length / workers);
  const chunks = Array.from({ length: workers }, (_, i) => records.slice(i * size, (i + 1) * size));
  const outputs = await Promise.all(
    chunks.map(async (chunk, i) => {
      const input = join(dir, `${script}.${i}.in`);
      writeFileSync(input, chunk.map((r) => r.map((f) => `${f}\0`).join('')).join(''));
      const { stdout, stderr } = await run('bash', [join(dir, script), input], {
        env: { ...process.env, LC_ALL: 'C' },
        maxBuffer: 64 * 1024 * 1024,
      });
      const lines = stdout.split('\n').slice(0, -1);
      expect(lines, `${script} printed one line per record`).toHaveLength(chunk.length);
      return { lines, stderr };
    }),
  );
  return {
    lines: outputs.flatMap((o) => o.lines),
    stderr: outputs.map((o) => o.stderr).join(''),
  };
}

const show = (v: string): string => JSON.stringify(v);

const OPERATOR = { '-1': 'lt', '0': 'eq', '1': 'gt' } as const;

async function expectSameOrderAsDpkg(pairs: [string, string][]): Promise<void> {
  const ours = pairs.map(([a, b]) => compareDebianVersions(a, b));
  const { lines, stderr } = await runScript(
    'check.sh',
    pairs.map(([a, b], i) => [a, OPERATOR[String(ours[i]) as keyof typeof OPERATOR], b]),
  );
  // dpkg only warns (and still compares) when a version has bad syntax: that would be a bug in
  // the arbitraries, and would make the comparison meaningless.
  expect(stderr, 'dpkg complained about a version it was asked to compare').toBe('');
  const wrong = pairs.flatMap((_, i) => (lines[i] === 'yes' ? [] : [i]));
  if (wrong.length === 0) return;
  const shown = wrong.slice(0, 20);
  const order = await runScript(
    'order.sh',
    shown.map((i) => pairs[i] as [string, string]),
  );
  const mismatches = shown.map((i, k) => {
    const [a, b] = pairs[i] as [string, string];
    return `compareDebianVersions(${show(a)}, ${show(b)}) = ${ours[i]}, dpkg says ${order.lines[k]}`;
  });
  expect(
    mismatches,
    `${wrong.length} of ${pairs.length} pairs ordered differently from dpkg`,
  ).toEqual([]);
}

describe('compareDebianVersions against dpkg --compare-versions', () => {
  it('orders 5,000 generated pairs as dpkg does', async () => {
    const pairs = fc.sample(versionPairArb, { seed: SEED, numRuns: 5000 });
    // The generator must produce all three outcomes often, or the comparison proves little.
    const outcomes = new Map<number, number>();
    for (const [a, b] of pairs) {
      const c = compareDebianVersions(a, b);
      outcomes.set(c, (outcomes.get(c) ?? 0) + 1);
    }
    for (const c of [-1, 0, 1]) expect(outcomes.get(c) ?? 0).toBeGreaterThan(250);
    await expectSameOrderAsDpkg(pairs);
  });

  it('orders the hand-picked cases, and a sorted list of them, as dpkg does', async () => {
    const pairs: [string, string][] = orderCases.map(([a, , b]) => [a, b]);
    // If dpkg agrees on every neighbour of a list sorted by compareDebianVersions, the whole
    // list is in dpkg's order (dpkg's order is transitive).
    const versions = [
      ...new Set([
        ...orderCases.flatMap(([a, , b]) => [a, b]),
        ...validVersionCases.map(([v]) => v),
      ]),
    ].sort(compareDebianVersions);
    for (let i = 1; i < versions.length; i++) {
      pairs.push([versions[i - 1] as string, versions[i] as string]);
    }
    await expectSameOrderAsDpkg(pairs);
  });

  it('sorts 1,000 generated versions into the order dpkg agrees with', async () => {
    const versions = fc
      .sample(debianVersionArb, { seed: SEED + 1, numRuns: 1000 })
      .sort(compareDebianVersions);
    const pairs: [string, string][] = versions
      .slice(1)
      .map((v, i): [string, string] => [versions[i] as string, v]);
    await expectSameOrderAsDpkg(pairs);
  });
});

describe('parseDebianVersion against dpkg --validate-version', () => {
  it('rejects exactly the strings dpkg rejects', async () => {
    const candidates = [
      ...validVersionCases.map(([v]) => v),
      ...invalidVersionCases.map(([v]) => v),
      ...fc.sample(maybeInvalidArb, { seed: SEED + 2, numRuns: 1500 }),
    ];
    const { lines } = await runScript(
      'validate.sh',
      candidates.map((v) => [v]),
    );
    const mismatches: string[] = [];
    let rejected = 0;
    candidates.forEach((v, i) => {
      let ours = 'valid';
      let reason = '';
      try {
        parseDebianVersion(v);
      } catch (e) {
        ours = 'invalid';
        reason = ` (${(e as Error).message})`;
      }
      if (lines[i] === 'invalid') rejected++;
      if (ours !== lines[i]) {
        mismatches.push(`${show(v)}: dpkg says ${lines[i]}, parseDebianVersion ${ours}${reason}`);
      }
    });
    // Both outcomes must be common, or the comparison proves little.
    expect(rejected).toBeGreaterThan(candidates.length / 4);
    expect(candidates.length - rejected).toBeGreaterThan(candidates.length / 4);
    expect(
      mismatches.slice(0, 20),
      `${mismatches.length} of ${candidates.length} strings judged differently from dpkg`,
    ).toEqual([]);
  });
});
