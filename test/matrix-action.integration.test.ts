import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FINGERPRINT_ANNOTATION, type Target } from '@pgforge/targets';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import {
  run,
  node24,
  nodeMajor,
  RUNNER_GITHUB,
  runAction,
  type ActionRun,
  runnerAptRoot,
  pushAnnotatedIndex,
} from '@pgforge/testkit';

// Runs the committed bundle of the matrix action as GitHub's runner does, on the Node it
// declares (node24) and on Node 20, against the Debian mirror and the test registry.

const registry = inject('registry');
const mirror = inject('mirror');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ACTION = join(ROOT, 'actions', 'matrix', 'action.yml');
const BUNDLE = join(ROOT, 'dist', 'matrix', 'index.js');
const TIMESTAMP = '2026-11-21T10:15:42Z';
const FLAVOURS = ['minimal', 'standard', 'full'] as const;
const IDS = FLAVOURS.map((f) => `17-${f}-trixie`);
const STACK_LINE = /^\s+at /m;
/** Each run resolves against real Debian indexes; the first one fetches them. */
const RUN_TIMEOUT = 240_000;

/** A configuration the distribution archive satisfies, one setting per line. */
function goodConfig(repository: string): string[] {
  return [
    `registry: ${registry.host}/${repository}`,
    'postgres: [17]',
    'distributions: [trixie]',
    'platforms: [linux/amd64, linux/arm64]',
    `packages: { source: distribution, mirror: ${mirror} }`,
    'base: { resolve-digest: false }',
  ];
}

let work: string;
/** XDG_CACHE_HOME of every run: the APT index cache is shared, and the user's is left alone. */
let cache: string;
/** Workspace with the valid configuration, shared so that both Nodes can be compared. */
let workspace: string;
let repository: string;
/** The host's apt configuration as on GitHub's ubuntu-24.04 runner: no Debian entry at all. */
let runnerApt: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pgforge-matrix-action-'));
  cache = join(work, 'cache');
  runnerApt = await runnerAptRoot();
  workspace = await mkdtemp(join(work, 'workspace-'));
  repository = `it-${randomBytes(6).toString('hex')}`;
  await writeFile(join(workspace, 'images.yaml'), `${goodConfig(repository).join('\n')}\n`);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function workspaceWith(lines: string[]): Promise<string> {
  const dir = await mkdtemp(join(work, 'workspace-'));
  await writeFile(join(dir, 'images.yaml'), `${lines.join('\n')}\n`);
  return dir;
}

function runBundle(node: string, cwd: string, inputs: Record<string, string> = {}) {
  return runAction({
    bundle: BUNDLE,
    action: ACTION,
    node,
    cwd,
    inputs: { config: 'images.yaml', timestamp: TIMESTAMP, ...inputs },
    env: { XDG_CACHE_HOME: cache, PGFORGE_HOST_APT_ROOT: runnerApt },
    tempDir: work,
    timeoutMs: RUN_TIMEOUT,
  });
}

/** The step's own words, for a failed expectation to show. */
function transcript(r: ActionRun): string {
  return `exit ${r.exitCode}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
}

function expectNoStackTrace(r: ActionRun): void {
  expect(r.stdout, transcript(r)).not.toMatch(STACK_LINE);
  expect(r.stderr, transcript(r)).not.toMatch(STACK_LINE);
}

async function node20(): Promise<string> {
  if (!process.versions.node.startsWith('20.')) {
    throw new Error(
      `the Node 20 runs use the Node running the tests (${process.execPath}), which is ` +
        `${process.version}: run vitest on Node 20`,
    );
  }
  return process.execPath;
}

interface Cell {
  label: string;
  major: number;
  binary: () => Promise<string>;
}

const cells: Cell[] = [
  { label: 'Node 20', major: 20, binary: node20 },
  { label: 'Node 24', major: 24, binary: () => node24() },
];

/** The valid run's targets and bake file on each Node, to compare them. */
const seen = new Map<number, { targets: string; bake: string }>();

describe('runAction, with a step that uses @actions/core itself', () => {
  async function coreStep(body: string): Promise<string> {
    const pkg = join(ROOT, 'node_modules', '@actions', 'core');
    const manifest = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8')) as {
      exports: { '.': { import: string } };
    };
    const dir = await mkdtemp(join(work, 'core-step-'));
    const script = join(dir, 'step.mjs');
    const core = pathToFileURL(join(pkg, manifest.exports['.'].import)).href;
    await writeFile(
      script,
      `import * as core from ${JSON.stringify(core)};\nimport { appendFileSync } from 'node:fs';\n${body}\n`,
    );
    return script;
  }

  it('passes inputs as INPUT_ variables only, and reads outputs, summary and annotations back', async () => {
    const bundle = await coreStep(
      [
        "core.setOutput('multi', 'a\\nb');",
        "core.setOutput('inputs', [core.getInput('group-by'), core.getInput('my input'), String(process.env.INPUT_LEAK)].join('|'));",
        "appendFileSync(process.env.GITHUB_OUTPUT, 'shell=x=y\\n');",
        "core.error('50% done:\\nnext', { title: 'a, b: c', file: 'x,y.yaml', startLine: 3, startColumn: 4 });",
        "core.warning('w');",
        "core.notice('n');",
        "core.info('::not an annotation');",
        "await core.summary.addRaw('# hi', true).write();",
      ].join('\n'),
    );
    process.env.INPUT_LEAK = 'leaked';
    let r: ActionRun;
    try {
      r = await runAction({
        bundle,
        node: process.execPath,
        inputs: { 'group-by': 'major', 'my input': 'spaced' },
        cwd: work,
        tempDir: work,
      });
    } finally {
      delete process.env.INPUT_LEAK;
    }
    expect(r.exitCode, transcript(r)).toBe(0);
    expect(r.env['INPUT_GROUP-BY']).toBe('major');
    expect(r.env.INPUT_MY_INPUT).toBe('spaced');
    expect(
      Object.keys(r.env)
        .filter((k) => k.startsWith('INPUT_'))
        .sort(),
    ).toEqual(['INPUT_GROUP-BY', 'INPUT_MY_INPUT']);
    expect(r.env.GITHUB_WORKSPACE).toBe(work);
    expect(r.env.HOME).toBe(process.env.HOME);
    expect(r.outputs).toEqual({ multi: 'a\nb', inputs: 'major|spaced|undefined', shell: 'x=y' });
    expect(r.summary).toBe('# hi\n');
    expect(r.annotations).toEqual([
      {
        level: 'error',
        title: 'a, b: c',
        file: 'x,y.yaml',
        line: 3,
        col: 4,
        message: '50% done:\nnext',
      },
      { level: 'warning', message: 'w' },
      { level: 'notice', message: 'n' },
    ]);
  });

  it("sets action.yml's input defaults and refuses an input it does not declare", async () => {
    const bundle = await coreStep(
      "core.setOutput('inputs', [core.getInput('config'), core.getInput('group-by'), core.getInput('postgres')].join('|'));",
    );
    const r = await runAction({
      bundle,
      node: process.execPath,
      action: ACTION,
      inputs: { postgres: '18' },
      cwd: work,
      tempDir: work,
    });
    expect(r.outputs.inputs).toBe('images.yaml|target|18');
    await expect(
      runAction({
        bundle,
        node: process.execPath,
        action: ACTION,
        inputs: { group_by: 'major' },
        cwd: work,
        tempDir: work,
      }),
    ).rejects.toThrow(/has no input "group_by"/);
  });
});

describe('the action declares what the tests run', () => {
  it('action.yml runs dist/matrix/index.js on node24', async () => {
    const action = parse(await readFile(ACTION, 'utf8')) as {
      runs: { using: string; main: string };
    };
    expect(action.runs.using).toBe('node24');
    expect(resolve(dirname(ACTION), action.runs.main)).toBe(BUNDLE);
  });
});

describe.each(cells)('matrix action bundle on $label', ({ major, binary }) => {
  let node: string;

  beforeAll(async () => {
    node = await binary();
    expect(await nodeMajor(node)).toBe(major);
  }, 900_000);

  describe('a valid configuration', () => {
    let r: ActionRun;
    let targets: Target[];
    let bakeText: string;

    beforeAll(async () => {
      r = await runBundle(node, workspace);
      if (r.exitCode !== 0) throw new Error(`the matrix action failed:\n${transcript(r)}`);
      targets = JSON.parse(r.outputs.targets ?? 'null') as Target[];
      bakeText = await readFile(r.outputs['bake-file'] ?? '', 'utf8');
      seen.set(major, { targets: r.outputs.targets ?? '', bake: bakeText });
    }, RUN_TIMEOUT);

    it('exits 0 with no annotation and no stack trace', () => {
      expect(r.exitCode).toBe(0);
      // The one word this machine gets and a runner does not: the local store has no arm64
      // debian:trixie-slim, and its registry (Docker Hub) does not resolve here.
      const unreachable = (a: { level: string; message: string }): boolean =>
        a.level === 'warning' &&
        /^base image debian:trixie-slim \(linux\/arm64\) could not be read: .*(ENOTFOUND|EAI_AGAIN)/.test(
          a.message,
        );
      expect(
        r.annotations.filter((a) => !unreachable(a)),
        transcript(r),
      ).toEqual([]);
      expectNoStackTrace(r);
    });

    it('sets every output action.yml declares', async () => {
      const action = parse(await readFile(ACTION, 'utf8')) as { outputs: Record<string, unknown> };
      expect(Object.keys(r.outputs).sort()).toEqual(Object.keys(action.outputs).sort());
    });

    it('matrix: one include entry per target, in major, distribution, flavour order', () => {
      const matrix = JSON.parse(r.outputs.matrix ?? 'null') as {
        include: Record<string, unknown>[];
      };
      expect(Object.keys(matrix)).toEqual(['include']);
      expect(matrix.include.map((e) => e.target)).toEqual(IDS);
      for (const [i, entry] of matrix.include.entries()) {
        const t = targets[i];
        expect(entry).toEqual({
          target: IDS[i],
          postgres: t?.postgres.version,
          major: 17,
          distribution: 'trixie',
          flavour: FLAVOURS[i],
          platforms: 'linux/amd64,linux/arm64',
          tag: t?.tags.immutable,
        });
      }
    });

    it('targets: ids, fingerprints, tags and annotations', () => {
      expect(targets.map((t) => t.id)).toEqual(IDS);
      const version = targets[0]?.postgres.version ?? '';
      expect(version).toMatch(/^17\.\d+$/);
      for (const [i, t] of targets.entries()) {
        const flavour = FLAVOURS[i] ?? '';
        expect(t.flavour).toBe(flavour);
        expect(t.postgres.version).toBe(version);
        expect(t.platforms).toEqual(['linux/amd64', 'linux/arm64']);
        expect(t.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(t.repository).toBe(`${registry.host}/${repository}/postgresql`);
        expect(t.tags.immutable).toMatch(new RegExp(`^17\\.\\d+-202611211015-${flavour}-trixie$`));
        expect(t.tags.immutable).toBe(`${version}-202611211015-${flavour}-trixie`);
        expect(t.tags.aliases).toEqual([`${version}-${flavour}-trixie`, `17-${flavour}-trixie`]);
        expect(t.timestamp).toBe('202611211015');
        expect(t.annotations).toMatchObject({
          'org.opencontainers.image.created': '2026-11-21T10:15:00Z',
          'org.opencontainers.image.version': version,
          'org.opencontainers.image.revision': RUNNER_GITHUB.GITHUB_SHA,
          'org.opencontainers.image.source': `${RUNNER_GITHUB.GITHUB_SERVER_URL}/${RUNNER_GITHUB.GITHUB_REPOSITORY}`,
          'org.opencontainers.image.vendor': RUNNER_GITHUB.GITHUB_REPOSITORY_OWNER,
          'org.opencontainers.image.base.name': 'docker.io/library/debian:trixie-slim',
          [FINGERPRINT_ANNOTATION]: t.fingerprint,
        });
        // resolve-digest: false; the local store has no arm64 base, so that platform's base
        // packages are estimated (and the build does not hold them to the prediction).
        expect(t.base).toEqual({ image: 'debian:trixie-slim', estimated: true });
        expect(t.annotations).not.toHaveProperty('org.opencontainers.image.base.digest');
        expect(t.parent).toBe(i === 0 ? undefined : IDS[i - 1]);
      }
      // Each flavour installs more than its parent, so no two fingerprints agree.
      expect(new Set(targets.map((t) => t.fingerprint)).size).toBe(3);
    });

    it('count 3, nothing skipped, timestamp the run minute, all-targets the same targets', () => {
      expect(r.outputs.count).toBe('3');
      expect(JSON.parse(r.outputs.skipped ?? 'null')).toEqual([]);
      expect(r.outputs.timestamp).toBe('202611211015');
      expect(r.outputs['all-targets']).toBe(r.outputs.targets);
    });

    it('no tag anywhere is or contains "latest"', () => {
      const bake = JSON.parse(bakeText) as { target: Record<string, { tags: string[] }> };
      const matrix = JSON.parse(r.outputs.matrix ?? 'null') as { include: { tag: string }[] };
      const tags = [
        ...targets.flatMap((t) => [t.tags.immutable, ...t.tags.aliases]),
        ...Object.values(bake.target).flatMap((t) => t.tags.map((ref) => ref.split(':').pop())),
        ...matrix.include.map((e) => e.tag),
      ];
      expect(tags).toHaveLength(3 * 3 + 3 + 3);
      for (const tag of tags) expect(tag).not.toMatch(/latest/i);
    });

    it('the step summary has a table row per target, each to build', () => {
      const lines = r.summary.split('\n');
      expect(lines).toContain(
        '| target | PostgreSQL | packages (from -security) | tags | decision |',
      );
      for (const id of IDS) {
        const row = lines.find((l) => l.startsWith(`| \`${id}\` |`));
        expect(row, r.summary).toBeDefined();
        expect(row).toContain('**build**');
        expect(row).toContain('does not exist');
      }
    });

    it('the bake file is JSON under RUNNER_TEMP naming the three targets', () => {
      expect(r.outputs['bake-file']?.startsWith(`${r.runnerTemp}/`)).toBe(true);
      const bake = JSON.parse(bakeText) as {
        group: { default: { targets: string[] } };
        target: Record<string, { args: Record<string, string>; tags: string[] }>;
      };
      expect(bake.group.default.targets).toEqual(IDS);
      expect(Object.keys(bake.target).sort()).toEqual([...IDS].sort());
      for (const t of targets) {
        expect(bake.target[t.id]?.args).toEqual(t.buildArgs);
        expect(bake.target[t.id]?.tags).toEqual([`${t.testingRepository}:${t.tags.immutable}`]);
      }
    });

    it('docker buildx bake --print accepts the bake file', async () => {
      const printed = await run(
        'docker',
        ['buildx', 'bake', '-f', r.outputs['bake-file'] ?? '', '--print'],
        { cwd: workspace, allowFailure: true, timeoutMs: 120_000 },
      );
      expect(printed.code, printed.stderr).toBe(0);
      const definition = JSON.parse(printed.stdout) as {
        group: { default: { targets: string[] } };
        target: Record<string, { args: Record<string, string>; target: string; tags: string[] }>;
      };
      expect(definition.group.default.targets).toEqual(IDS);
      for (const t of targets) {
        const printedTarget = definition.target[t.id];
        expect(printedTarget, printed.stdout).toBeDefined();
        expect(printedTarget?.args).toEqual(t.buildArgs);
        expect(printedTarget?.args.PG_VERSION).toBe(t.postgres.debianVersion);
        expect(printedTarget?.target).toBe(t.parent ? 'layer' : 'server');
        expect(printedTarget?.tags).toEqual([`${t.testingRepository}:${t.tags.immutable}`]);
      }
    });

    it(
      'a second run with the same inputs gives byte-identical targets and bake file',
      async () => {
        const again = await runBundle(node, workspace);
        expect(again.exitCode, transcript(again)).toBe(0);
        expect(again.outputs['bake-file']).not.toBe(r.outputs['bake-file']);
        expect(again.outputs.targets).toBe(r.outputs.targets);
        expect(await readFile(again.outputs['bake-file'] ?? '', 'utf8')).toBe(bakeText);
        expect(again.outputs.matrix).toBe(r.outputs.matrix);
      },
      RUN_TIMEOUT,
    );
  });

  describe('group-by', () => {
    it(
      'major: one include entry holding the three targets',
      async () => {
        const r = await runBundle(node, workspace, { 'group-by': 'major' });
        expect(r.exitCode, transcript(r)).toBe(0);
        expect(JSON.parse(r.outputs.matrix ?? 'null')).toEqual({
          include: [{ group: '17', major: 17, targets: IDS }],
        });
        expect(r.outputs.count).toBe('3');
      },
      RUN_TIMEOUT,
    );

    it(
      'bogus: one error annotation naming the input, the value and the choices',
      async () => {
        const r = await runBundle(node, workspace, { 'group-by': 'bogus' });
        expect(r.exitCode, transcript(r)).not.toBe(0);
        const errors = r.annotations.filter((a) => a.level === 'error');
        expect(errors, transcript(r)).toHaveLength(1);
        expect(errors[0]?.message).toContain('"group-by"');
        expect(errors[0]?.message).toContain('"bogus"');
        expect(errors[0]?.message).toContain('target, major, distribution');
        expect(r.outputs).toEqual({});
        expectNoStackTrace(r);
      },
      RUN_TIMEOUT,
    );
  });

  it(
    'on a runner-shaped host with no base to read and no mirror configured: one error naming the setting, never an Ubuntu archive',
    async () => {
      const dir = await workspaceWith([
        `registry: ${registry.host}/it-nobase`,
        'postgres: [17]',
        'distributions: [trixie]',
        'platforms: [linux/amd64]',
        'packages: { source: distribution }',
        'base: { image: "registry.invalid/debian:{distribution}-slim" }',
      ]);
      const r = await runBundle(node, dir);
      expect(r.exitCode, transcript(r)).not.toBe(0);
      const errors = r.annotations.filter((a) => a.level === 'error');
      expect(errors, transcript(r)).toHaveLength(1);
      expect(errors[0]?.message).toContain('packages.mirror');
      expect(errors[0]?.message).toContain('never taken as Debian');
      expect(r.outputs).toEqual({});
      expectNoStackTrace(r);
    },
    RUN_TIMEOUT,
  );

  describe('a malformed configuration: exit 1, one located error, no stack trace', () => {
    const good = (): string[] => goodConfig(`it-bad-${randomBytes(4).toString('hex')}`);
    const replace = (index: number, line: string): string[] =>
      good().map((l, i) => (i === index ? line : l));
    const cases: {
      name: string;
      lines: () => string[];
      /** Where the mistake is; null: the file may not say (it is found after the file is read). */
      line: number | null;
      mentions: string[];
    }[] = [
      {
        name: 'an unknown key',
        lines: () => [...good(), 'colour: blue'],
        line: 7,
        mentions: ['colour', 'unknown key'],
      },
      {
        name: 'a flavour built from one that does not exist',
        lines: () => [
          ...good(),
          'flavours:',
          '  minimal:',
          '    packages: [libsasl2-modules]',
          '  extra:',
          '    from: maximal',
          '    packages: [locales-all]',
        ],
        line: 11,
        mentions: ['flavours.extra.from', '"maximal"'],
      },
      {
        name: 'a PostgreSQL major the distribution archive lacks',
        lines: () => replace(1, 'postgres: [16]'),
        line: null,
        mentions: ['postgres[0]', 'PostgreSQL 16', 'trixie'],
      },
      {
        name: 'a tag template with an unknown placeholder',
        lines: () => [
          ...good(),
          'tags:',
          '  immutable: "{version}-{timestamp}-{flavour}-{distribution}-{bogus}"',
        ],
        line: 8,
        mentions: ['tags.immutable', '{bogus}'],
      },
      {
        name: 'a platform that is not Linux',
        lines: () => replace(3, 'platforms: [linux/amd64, windows/amd64]'),
        line: 4,
        mentions: ['platforms[1]', '"windows/amd64"'],
      },
      {
        name: 'a YAML syntax error (a key indented out of its mapping)',
        lines: () => replace(3, '  platforms: [linux/amd64, linux/arm64]'),
        line: 4,
        mentions: ['not valid YAML', 'platforms: [linux/amd64, linux/arm64]'],
      },
      {
        name: 'a key given twice',
        lines: () => [...good(), 'postgres: [18]'],
        line: 7,
        mentions: ['not valid YAML', 'unique', 'postgres: [18]'],
      },
      {
        name: 'a list given as a string',
        lines: () => replace(2, 'distributions: trixie'),
        line: 3,
        mentions: ['distributions', '"trixie"'],
      },
    ];

    it.each(cases)(
      '$name',
      async ({ lines, line, mentions }) => {
        const dir = await workspaceWith(lines());
        const r = await runBundle(node, dir);
        expect(r.exitCode, transcript(r)).toBe(1);
        const errors = r.annotations.filter((a) => a.level === 'error');
        expect(errors, transcript(r)).toHaveLength(1);
        const [error] = errors;
        expect(error?.file).toBe('images.yaml');
        expect(error?.title).toBe('configuration');
        if (line === null) expect([undefined, 2]).toContain(error?.line);
        else expect(error?.line, error?.message).toBe(line);
        for (const m of mentions) expect(error?.message).toContain(m);
        expect(r.outputs).toEqual({});
        expectNoStackTrace(r);
      },
      RUN_TIMEOUT,
    );
  });
});

describe('Node 20 and Node 24', () => {
  it('give byte-identical targets and bake files for the same inputs', () => {
    const [on20, on24] = [seen.get(20), seen.get(24)];
    if (!on20 || !on24) throw new Error('the valid run did not complete on both Nodes');
    expect(on24.targets).toBe(on20.targets);
    expect(on24.bake).toBe(on20.bake);
  });
});

describe('repair: a target whose alias moved off the image that is still it', () => {
  const AMD64 = { os: 'linux', architecture: 'amd64' };
  const ARM64 = { os: 'linux', architecture: 'arm64' };
  let node: string;
  let dir: string;

  beforeAll(async () => {
    node = await node24();
    const name = `it-repair-${randomBytes(4).toString('hex')}`;
    // A base in the test registry, so that its digest is known: a repair needs it (the
    // fingerprint cannot otherwise tell that the base is unchanged).
    const base = await pushAnnotatedIndex({
      host: registry.host,
      repository: `${name}-base`,
      tag: 'trixie-slim',
      annotations: {},
      platforms: [AMD64, ARM64],
    });
    dir = await workspaceWith([
      ...goodConfig(name).filter((l) => !l.startsWith('base:')),
      `base: { image: "${base.reference.replace(/:trixie-slim$/, ':{distribution}-slim')}", resolve-digest: true }`,
    ]);
  }, RUN_TIMEOUT);

  it(
    'with repair: true, is listed in repairs (image by digest, the tags to point at it) and not built; without, it is built',
    async () => {
      const first = await runBundle(node, dir, { flavours: 'minimal', repair: 'true' });
      expect(first.exitCode, transcript(first)).toBe(0);
      expect(first.outputs.repairs).toBe('[]');
      const [target] = JSON.parse(first.outputs.targets ?? '[]') as Target[];
      if (!target) throw new Error(`no target:\n${transcript(first)}`);
      const [kept, moved] = target.tags.aliases;
      if (!kept || !moved) throw new Error(`expected two aliases: ${target.tags.aliases.join()}`);

      // The target, unchanged, under its first alias; the second moved away (here: gone, as
      // when a run dies between two tags).
      const path = target.repository.slice(registry.host.length + 1);
      const published = await pushAnnotatedIndex({
        host: registry.host,
        repository: path,
        tag: kept,
        annotations: { [FINGERPRINT_ANNOTATION]: target.fingerprint },
        platforms: [AMD64, ARM64],
      });

      const without = await runBundle(node, dir, { flavours: 'minimal' });
      expect(without.exitCode, transcript(without)).toBe(0);
      expect(without.outputs.repairs).toBe('[]');
      expect(without.outputs.count).toBe('1');

      const r = await runBundle(node, dir, { flavours: 'minimal', repair: 'true' });
      expect(r.exitCode, transcript(r)).toBe(0);
      expect(JSON.parse(r.outputs.repairs ?? 'null')).toEqual([
        {
          target: target.id,
          image: `${target.repository}@${published.digest}`,
          tags: [`${target.repository}:${moved}`],
        },
      ]);
      expect(r.outputs.count).toBe('0');
      expect(JSON.parse(r.outputs.matrix ?? 'null')).toEqual({ include: [] });
      const skipped = JSON.parse(r.outputs.skipped ?? '[]') as { target: string; reason: string }[];
      expect(skipped.map((s) => s.target)).toEqual([target.id]);
      expect(skipped[0]?.reason).toMatch(/^repair: half-written: /);
      expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
      expectNoStackTrace(r);
    },
    RUN_TIMEOUT * 3,
  );
});
