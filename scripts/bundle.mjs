// Bundles every action (actions/<name>/src/main.ts → dist/<name>/) and the CLI
// (packages/cli/src/main.ts → dist/cli/) with ncc, or only those named. With --check, bundles into a temporary
// directory and fails when dist/ differs: dist is part of the product and must be current.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { bundledPackages, licencesFile } from './bundle-licenses.mjs';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');

const entries = readdirSync(join(root, 'actions'))
  .filter((name) => existsSync(join(root, 'actions', name, 'src', 'main.ts')))
  .map((name) => ({ name, entry: join(root, 'actions', name, 'src', 'main.ts') }));
entries.push({ name: 'cli', entry: join(root, 'packages', 'cli', 'src', 'main.ts') });
// `node scripts/bundle.mjs sbom cli`: only those (a quicker loop; CI bundles and checks all).
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const n of named) {
  if (!entries.some((e) => e.name === n)) {
    throw new Error(`no bundle ${n}; there are: ${entries.map((e) => e.name).join(', ')}`);
  }
}
if (named.length > 0)
  entries.splice(0, entries.length, ...entries.filter((e) => named.includes(e.name)));

const outRoot = check ? mkdtempSync(join(tmpdir(), 'pgforge-dist-')) : join(root, 'dist');
const ncc = join(root, 'node_modules', '.bin', 'ncc');

function nccBuild(entry, out, extra = []) {
  rmSync(out, { recursive: true, force: true });
  execFileSync(ncc, ['build', entry, '-o', out, '--transpile-only', '--quiet', ...extra], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

// Worker threads' entries, bundled on their own (ncc follows no `new Worker`), each into a
// directory of its own (its chunks' names would clash with the bundle's): copied beside every
// bundle whose code names the worker's file, where the code that starts it looks for it.
const workers = [
  {
    file: 'apt-index-worker/index.js',
    entry: join(root, 'packages', 'apt', 'src', 'index-worker.ts'),
  },
];
const statsDir = mkdtempSync(join(tmpdir(), 'pgforge-bundle-stats-'));
const workerDir = mkdtempSync(join(tmpdir(), 'pgforge-workers-'));
try {
  for (const worker of workers) {
    worker.out = join(workerDir, dirname(worker.file));
    worker.stats = join(statsDir, `${dirname(worker.file)}.json`);
    nccBuild(worker.entry, worker.out, ['--stats-out', worker.stats]);
  }

  for (const { name, entry } of entries) {
    const out = join(outRoot, name);
    const stats = join(statsDir, `${name}.json`);
    nccBuild(entry, out, ['--stats-out', stats]);
    const held = [stats];
    const code = files(out)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const worker of workers) {
      if (code.includes(`'${worker.file}'`) || code.includes(`"${worker.file}"`)) {
        cpSync(worker.out, join(out, dirname(worker.file)), { recursive: true });
        held.push(worker.stats);
      }
    }
    writeFileSync(join(out, 'licenses.txt'), licencesFile(bundledPackages(held, root)));
    console.log(`bundled ${name}`);
  }
} finally {
  rmSync(workerDir, { recursive: true, force: true });
  rmSync(statsDir, { recursive: true, force: true });
}

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

if (check) {
  const stale = [];
  for (const { name } of entries) {
    const fresh = join(outRoot, name);
    const committed = join(root, 'dist', name);
    const names = new Set(
      [...files(fresh), ...files(committed)].map((f) =>
        relative(f.startsWith(fresh) ? fresh : committed, f),
      ),
    );
    for (const f of names) {
      const a = join(fresh, f);
      const b = join(committed, f);
      if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))) {
        stale.push(`dist/${name}/${f}`);
      }
    }
  }
  rmSync(outRoot, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(
      `::error title=check-dist::dist/ is not what the sources bundle to: ${stale.join(', ')}. Run \`npm run bundle\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log('dist/ is up to date');
}
