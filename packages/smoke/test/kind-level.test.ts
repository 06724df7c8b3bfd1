import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ExtensionPlan } from '../src/extension-plan.js';
import { localImage, runKindLevel, type KindLevelOptions } from '../src/kind/level.js';
import {
  CnpgManifestError,
  cnpgManifestUrl,
  CnpgVersionError,
  downloadCnpgManifest,
} from '../src/kind/operator-manifest.js';
import { DEFAULT_LOCAL_REGISTRY } from '../src/kind/manifests.js';
import { ToolNotFoundError } from '../src/runner.js';
import { CrdValidators } from './support/crds.js';
import { RecordingRunner, type Rule } from './support/recording-runner.js';

// The kind level cannot run on this machine (no node image, no operator image): its command
// sequence is run against a recording fake runner, and what it would apply against CNPG's CRDs.

const IMAGE = 'ghcr.io/acme/postgresql-testing:18.1-202611211015-standard-trixie';
const VECTOR = '127.0.0.1:5001/acme/pgvector:0.8.1-18-trixie';

const vectorPlan: ExtensionPlan = {
  entry: { name: 'vector', image: { reference: VECTOR }, ld_library_path: ['system'] },
  files: ['lib/vector.so', 'share/extension/vector.control'],
  controlFiles: ['share/extension/vector.control'],
  sqlNames: ['vector'],
  primary: 'vector',
  sqlVersion: '0.8.1',
  createExtension: true,
  modules: ['vector'],
  preload: [],
  requires: [],
  versions: new Map(),
};

const healthy: Rule[] = [
  {
    match: /^docker inspect -f \{\{\.State\.Running\}\} kind-registry$/,
    result: { code: 1, stderr: 'No such object' },
  },
  {
    match: /^docker inspect -f \{\{json \.NetworkSettings\.Networks\.kind\}\}/,
    result: { stdout: 'null\n' },
  },
  { match: /^kind get nodes/, result: { stdout: 'pgforge-smoke-test-control-plane\n' } },
  {
    match: /get cluster\/smoke -o jsonpath=\{\.status\.phase\}$/,
    result: { stdout: 'Cluster in healthy state' },
  },
  {
    match: /psql .* -Atc SELECT version\(\)$/,
    result: { stdout: 'PostgreSQL 18.1 (Debian 18.1-1) on x86_64-pc-linux-gnu\n' },
  },
  { match: /extname = 'vector'$/, result: { stdout: '0.8.1\n' } },
  { match: /extname = 'pgaudit'$/, result: { stdout: '18.0\n' } },
  { match: /-- locale -a$/, result: { stdout: 'C\nC.utf8\nen_US.utf8\nPOSIX\n' } },
];

const OPERATOR_STAND_IN = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: cnpg-system\n';

function options(runner: RecordingRunner, extra: Partial<KindLevelOptions> = {}): KindLevelOptions {
  return {
    image: IMAGE,
    expectations: {
      extensions: ['pgaudit'],
      locales: ['en_US.UTF-8'],
      preloadLibraries: ['pgaudit'],
    },
    extensions: [vectorPlan],
    cnpgVersion: '1.29.1',
    nodeImage: 'kindest/node:v1.33.1',
    timeoutMs: 600_000,
    runner,
    clusterName: 'pgforge-smoke-test',
    sleep: async () => undefined,
    // GitHub's release downloads are not reachable here: the manifest is a stand-in (the
    // download and its check are tested on their own below).
    operatorManifest: async (version) => ({ url: `cnpg-${version}.yaml`, text: OPERATOR_STAND_IN }),
    ...extra,
  };
}

describe('the kind level, run against a recording fake runner', () => {
  it('runs the whole sequence in order and deletes the cluster at the end', async () => {
    const runner = new RecordingRunner(healthy);
    const result = await runKindLevel(options(runner));
    expect(result.checks.filter((c) => c.status !== 'passed')).toEqual([]);
    const order = [
      /^kind version$/,
      /^kubectl version --client$/,
      /^docker run --detach --restart=always --publish 127\.0\.0\.1:5001:5000 .* --name kind-registry registry:2\.8\.3@sha256:a3d8aaa63ed8681a604f1dea0aa03f100d5895b6a58ace528858a7b332415373$/,
      /^kind create cluster --name pgforge-smoke-test --image kindest\/node:v1\.33\.1 --config=- --wait=\d+s$/,
      /^docker network connect kind kind-registry$/,
      /^docker exec pgforge-smoke-test-control-plane mkdir -p \/etc\/containerd\/certs\.d\/localhost:5001$/,
      /^docker exec -i pgforge-smoke-test-control-plane cp \/dev\/stdin \/etc\/containerd\/certs\.d\/localhost:5001\/hosts\.toml$/,
      /^docker buildx imagetools create --tag localhost:5001\/acme\/postgresql-testing:18\.1-202611211015-standard-trixie ghcr\.io\/acme\/postgresql-testing:18\.1-202611211015-standard-trixie$/,
      /^kubectl --context kind-pgforge-smoke-test apply --server-side -f -$/,
      /rollout status deployment\/cnpg-controller-manager -n cnpg-system --timeout=\d+s$/,
      /apply -f -$/,
      /wait cluster\/smoke --for=condition=Ready --timeout=\d+s$/,
      /get cluster\/smoke -o jsonpath=\{\.status\.phase\}$/,
      /apply -f -$/,
      /wait database\/smoke-app --for=jsonpath=\{\.status\.applied\}=true --timeout=\d+s$/,
      /exec smoke-1 -c postgres -- psql -X -v ON_ERROR_STOP=1 -d app -Atc SELECT version\(\)$/,
      /^kind delete cluster --name pgforge-smoke-test$/,
      /^docker rm --force kind-registry$/,
    ];
    let from = 0;
    for (const step of order) {
      const at = runner.calls.findIndex((c, i) => i >= from && step.test(c.line));
      expect(
        at,
        `${step} after call ${from}:\n${runner.lines().join('\n')}`,
      ).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    // The extension image already is in the local registry: used as it is, under localhost.
    expect(runner.indexOf(/imagetools create .*pgvector/)).toBe(-1);
    expect(result.diagnostics).toEqual([]);
    expect(result.checks.at(-1)?.name).toBe('kind cluster pgforge-smoke-test deleted');
  });

  it('gives kind a configuration with the ImageVolume gate, and each node the registry mirror', async () => {
    const runner = new RecordingRunner(healthy);
    await runKindLevel(options(runner));
    const create = runner.calls.find((c) => c.line.startsWith('kind create cluster'));
    const config = parse(create?.input ?? '') as Record<string, unknown>;
    expect(config).toMatchObject({
      kind: 'Cluster',
      apiVersion: 'kind.x-k8s.io/v1alpha4',
      featureGates: { ImageVolume: true },
    });
    expect(String(config.containerdConfigPatches)).toContain(
      'config_path = "/etc/containerd/certs.d"',
    );
    const hosts = runner.calls.find((c) => c.line.includes('hosts.toml'));
    expect(hosts?.input).toBe('[host."http://kind-registry:5000"]\n');
  });

  it('applies a Cluster with the extension entries and preloads, and a Database with their extensions', async () => {
    const runner = new RecordingRunner(healthy);
    const result = await runKindLevel(options(runner));
    const [cluster, database] = result.manifests as [Record<string, never>, Record<string, never>];
    expect(cluster).toMatchObject({
      kind: 'Cluster',
      spec: {
        imageName: 'localhost:5001/acme/postgresql-testing:18.1-202611211015-standard-trixie',
        postgresql: {
          shared_preload_libraries: ['pgaudit'],
          extensions: [
            {
              name: 'vector',
              image: { reference: 'localhost:5001/acme/pgvector:0.8.1-18-trixie' },
              ld_library_path: ['system'],
            },
          ],
        },
      },
    });
    expect(database).toMatchObject({
      kind: 'Database',
      spec: {
        name: 'app',
        owner: 'app',
        cluster: { name: 'smoke' },
        extensions: [
          { name: 'pgaudit', ensure: 'present' },
          { name: 'vector', ensure: 'present', version: '0.8.1' },
        ],
      },
    });
    // What went to kubectl is what the result lists.
    const applied = runner.calls
      .filter((c) => /apply -f -$/.test(c.line))
      .map((c) => parse(c.input ?? ''));
    expect(applied).toEqual(result.manifests);
  });

  it('every document it applies validates against the CRDs, and a broken one does not', async () => {
    const crds = new CrdValidators();
    const runner = new RecordingRunner(healthy);
    const result = await runKindLevel(options(runner));
    expect(result.manifests).toHaveLength(2);
    for (const m of result.manifests) expect(crds.validate(m as { kind: string })).toEqual([]);
    const broken = structuredClone(result.manifests[0]) as {
      spec: { postgresql: { extensions: object[] } };
    };
    broken.spec.postgresql.extensions.push({ name: 'Not_Valid!', image: { reference: 'x' } });
    expect(crds.validate(broken as object).map((p) => p.path)).toContain(
      '/spec/postgresql/extensions/1/name',
    );
    // Two entries of one name: the list is a map keyed by name, as the API server enforces.
    const twice = structuredClone(result.manifests[0]) as typeof broken;
    twice.spec.postgresql.extensions.push({ name: 'vector', image: { reference: 'y' } });
    expect(crds.validate(twice as object)).toEqual([
      {
        path: '/spec/postgresql/extensions',
        message: expect.stringMatching(/^items 0 and 1 have the same name \(\["vector"\]\)/),
      },
    ]);
  });

  it('on a failure it collects diagnostics, skips what depends on it, and still deletes the cluster', async () => {
    const runner = new RecordingRunner([
      {
        match: /wait cluster\/smoke/,
        result: { code: 1, stderr: 'error: timed out waiting for the condition on clusters/smoke' },
      },
      {
        match: /logs -n cnpg-system/,
        result: { stdout: '{"level":"error","msg":"cannot pull image"}' },
      },
      { match: /describe cluster\/smoke/, result: { stdout: 'Status: Setting up primary' } },
      ...healthy,
    ]);
    const result = await runKindLevel(options(runner));
    const failed = result.checks.filter((c) => c.status === 'failed');
    expect(failed.map((c) => c.name)).toEqual(['Cluster smoke: Cluster in healthy state']);
    expect(failed[0]?.error).toContain('timed out waiting for the condition');
    const skipped = result.checks.filter((c) => c.status === 'skipped');
    expect(skipped.map((c) => c.name)).toContain('Database app with extensions applied');
    expect(
      skipped.every((c) =>
        c.error?.includes('"Cluster smoke: Cluster in healthy state" did not pass'),
      ),
    ).toBe(true);
    expect(result.diagnostics.map((d) => d.command)).toEqual([
      expect.stringMatching(/get pods --all-namespaces -o wide$/),
      expect.stringMatching(/describe cluster\/smoke$/),
      expect.stringMatching(/describe pods -l cnpg\.io\/cluster=smoke$/),
      expect.stringMatching(/describe database\/smoke-app$/),
      expect.stringMatching(/get events --all-namespaces --sort-by=\.lastTimestamp$/),
      expect.stringMatching(/logs -n cnpg-system deployment\/cnpg-controller-manager --tail=200$/),
      expect.stringMatching(
        /logs -l cnpg\.io\/cluster=smoke --all-containers --prefix --tail=200$/,
      ),
    ]);
    expect(result.diagnostics[1]?.output).toBe('Status: Setting up primary');
    expect(result.diagnostics[5]?.output).toContain('cannot pull image');
    const diagnosticsAt = runner.indexOf(/get pods --all-namespaces/);
    const deleteAt = runner.indexOf(/^kind delete cluster --name pgforge-smoke-test$/);
    expect(diagnosticsAt).toBeGreaterThan(runner.indexOf(/wait cluster\/smoke/));
    expect(deleteAt).toBeGreaterThan(diagnosticsAt);
  });

  it('deletes the cluster also when creating it failed half-way', async () => {
    const runner = new RecordingRunner([
      {
        match: /^kind create cluster/,
        result: { code: 1, stderr: 'ERROR: failed to create cluster: node(s) not ready' },
      },
      ...healthy,
    ]);
    const result = await runKindLevel(options(runner));
    expect(result.checks.find((c) => c.status === 'failed')?.error).toContain('node(s) not ready');
    expect(runner.indexOf(/^kind delete cluster --name pgforge-smoke-test$/)).toBeGreaterThan(0);
    expect(runner.indexOf(/kubectl .* apply/)).toBe(-1);
  });

  it('retries applying while the operator webhook is not answering yet', async () => {
    let refused = 2;
    const runner = new RecordingRunner(healthy);
    const original = runner.run.bind(runner);
    runner.run = async (cmd, args, o) => {
      const r = await original(cmd, args, o);
      // The Cluster and Database applies (the operator's manifest goes with --server-side).
      const resource = args.includes('apply') && !args.includes('--server-side');
      if (resource && args.includes('-') && refused-- > 0) {
        return {
          ...r,
          code: 1,
          stderr:
            'Internal error occurred: failed calling webhook "mcluster.cnpg.io": connection refused',
        };
      }
      return r;
    };
    const result = await runKindLevel(options(runner));
    expect(result.checks.every((c) => c.status === 'passed')).toBe(true);
    expect(runner.calls.filter((c) => /apply -f -$/.test(c.line))).toHaveLength(4);
  });

  it('names a missing tool and how to get it, and creates nothing', async () => {
    const runner = new RecordingRunner([
      {
        match: /^kind version$/,
        throws: new ToolNotFoundError('kind', 'install kind (https://kind.sigs.k8s.io/)'),
      },
    ]);
    const result = await runKindLevel(options(runner));
    expect(result.checks[0]).toMatchObject({
      name: 'kind and kubectl available',
      status: 'failed',
      error: 'kind is not on PATH; install kind (https://kind.sigs.k8s.io/)',
    });
    expect(runner.lines()).toEqual(['kind version']);
  });

  it('keeps a registry that is already running', async () => {
    const runner = new RecordingRunner([
      {
        match: /^docker inspect -f \{\{\.State\.Running\}\} kind-registry$/,
        result: { stdout: 'true\n' },
      },
      ...healthy,
    ]);
    await runKindLevel(options(runner));
    expect(runner.indexOf(/^docker run .*registry:2$/)).toBe(-1);
    expect(runner.indexOf(/^docker rm --force kind-registry$/)).toBe(-1);
  });

  it('fails the extension check when the version differs from the annotation', async () => {
    const runner = new RecordingRunner([
      { match: /extname = 'vector'$/, result: { stdout: '0.7.0\n' } },
      ...healthy,
    ]);
    const result = await runKindLevel(options(runner));
    expect(result.checks.find((c) => c.status === 'failed')).toMatchObject({
      name: 'extension vector in database app',
      error: "vector is 0.7.0; the image's annotation says 0.8.1",
    });
  });
});

describe('localImage', () => {
  it('keeps images of the local registry (as localhost) and copies others there', () => {
    expect(
      localImage('127.0.0.1:5001/a/b@sha256:' + 'a'.repeat(64), DEFAULT_LOCAL_REGISTRY),
    ).toEqual({
      source: '127.0.0.1:5001/a/b@sha256:' + 'a'.repeat(64),
      local: 'localhost:5001/a/b@sha256:' + 'a'.repeat(64),
      copy: false,
    });
    expect(localImage('ghcr.io/a/b@sha256:' + 'b'.repeat(64), DEFAULT_LOCAL_REGISTRY)).toEqual({
      source: 'ghcr.io/a/b@sha256:' + 'b'.repeat(64),
      local: 'localhost:5001/a/b:sha256-bbbbbbbbbbbb',
      copy: true,
    });
  });
});

describe("CNPG's operator manifest", () => {
  it('is the release asset of a version whose hash is pinned; any other version is refused', () => {
    expect(cnpgManifestUrl('1.29.1')).toBe(
      'https://github.com/cloudnative-pg/cloudnative-pg/releases/download/v1.29.1/cnpg-1.29.1.yaml',
    );
    expect(() => cnpgManifestUrl('latest')).toThrow(CnpgVersionError);
    expect(() => cnpgManifestUrl('1.27.0')).toThrow(
      'cnpg-version "1.27.0" is not a CNPG release whose manifest pgforge has pinned; expected one of 1.28.4, 1.29.0, 1.29.1, 1.29.2, 1.30.0',
    );
  });

  it('is applied only when its bytes hash to the pinned SHA-256', async () => {
    const text = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: cnpg-system\n';
    const sha = createHash('sha256').update(text).digest('hex');
    const asked: string[] = [];
    const serve =
      (body: string): typeof globalThis.fetch =>
      async (input) => {
        asked.push(String(input));
        return new Response(body);
      };
    await expect(downloadCnpgManifest('9.9.9', serve(text), { '9.9.9': sha })).resolves.toEqual({
      url: 'https://github.com/cloudnative-pg/cloudnative-pg/releases/download/v9.9.9/cnpg-9.9.9.yaml',
      text,
    });
    await expect(
      downloadCnpgManifest('9.9.9', serve(`${text}# changed\n`), { '9.9.9': sha }),
    ).rejects.toThrow(CnpgManifestError);
    await expect(
      downloadCnpgManifest('9.9.9', serve(`${text}# changed\n`), { '9.9.9': sha }),
    ).rejects.toThrow(`not the ${sha} pinned for CNPG 9.9.9; nothing was applied`);
    expect(asked).toHaveLength(3);
  });

  it('the kind level applies nothing when the manifest does not match', async () => {
    const runner = new RecordingRunner(healthy);
    const result = await runKindLevel(
      options(runner, {
        operatorManifest: (version) =>
          downloadCnpgManifest(version, async () => new Response('not the manifest')),
      }),
    );
    const operator = result.checks.find((c) => c.name.startsWith('CNPG operator'));
    expect(operator?.status).toBe('failed');
    expect(runner.calls.some((c) => c.line.includes('apply --server-side'))).toBe(false);
  });
});
