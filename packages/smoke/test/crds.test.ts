// The CRD directory the manifest tests validate against (support/crds.ts): both shapes it may
// hold, the one line a checkout without it fails with, and CI's download of the release manifest
// pinned to the hash the smoke test pins for the same CNPG version.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEFAULT_CNPG_VERSION } from '../src/kind/level.js';
import { CNPG_MANIFEST_SHA256, cnpgManifestUrl } from '../src/kind/operator-manifest.js';
import { CRD_DIR_VARIABLE, CrdValidators, DEFAULT_CRD_DIR } from './support/crds.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A CRD of the shape cloudnative-pg's have, small enough to read. */
function crd(kind: string, spec: object): object {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${kind.toLowerCase()}s.postgresql.cnpg.io` },
    spec: {
      group: 'postgresql.cnpg.io',
      names: { kind },
      versions: [
        {
          name: 'v1',
          schema: {
            openAPIV3Schema: {
              type: 'object',
              properties: { spec: { type: 'object', ...spec } },
            },
          },
        },
      ],
    },
  };
}

const CATALOG = crd('ClusterImageCatalog', {
  required: ['images'],
  properties: {
    images: {
      type: 'array',
      items: { type: 'object', required: ['major'], properties: { major: { type: 'integer' } } },
    },
  },
});
const CLUSTER = crd('Cluster', {
  properties: {
    extensions: {
      type: 'array',
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['name'],
      items: { type: 'object', properties: { name: { type: 'string' } } },
    },
  },
});

const directory = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'pgforge-crds-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

const catalog = (images: unknown): object => ({
  apiVersion: 'postgresql.cnpg.io/v1',
  kind: 'ClusterImageCatalog',
  spec: { images },
});

describe('the CRD directory', () => {
  const perCrd = directory({
    'postgresql.cnpg.io_clusterimagecatalogs.yaml': `---\n${stringify(CATALOG)}`,
    'postgresql.cnpg.io_clusters.yaml': `---\n${stringify(CLUSTER)}`,
    'README.md': '# not read\n',
  });
  // A release manifest: the CRDs among other kinds, many documents in one file.
  const manifest = directory({
    [`cnpg-${DEFAULT_CNPG_VERSION}.yaml`]: [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'cnpg-system' } },
      CATALOG,
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'cnpg-manager' } },
      CLUSTER,
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'cnpg-controller-manager' } },
    ]
      .map((d) => stringify(d))
      .join('---\n'),
  });

  it.each([
    ['one file per CRD', perCrd],
    ['the release manifest', manifest],
  ])('holding %s gives the same validators', (_shape, dir) => {
    const crds = new CrdValidators(dir);
    expect(crds.kinds().sort()).toEqual([
      'postgresql.cnpg.io/v1 Cluster',
      'postgresql.cnpg.io/v1 ClusterImageCatalog',
    ]);
    expect(crds.validate(catalog([{ major: 18 }]))).toEqual([]);
    expect(crds.validate(catalog([{ major: 'eighteen' }])).map((p) => p.path)).toEqual([
      '/spec/images/0/major',
    ]);
    const twice = {
      apiVersion: 'postgresql.cnpg.io/v1',
      kind: 'Cluster',
      spec: { extensions: [{ name: 'vector' }, { name: 'vector' }] },
    };
    expect(crds.validate(twice).map((p) => p.path)).toEqual(['/spec/extensions']);
    expect(() => crds.validate({ apiVersion: 'v1', kind: 'Namespace' })).toThrow(
      /no CRD defines v1 Namespace/,
    );
  });

  it('missing, fails with one line saying where to get them', () => {
    const absent = join(tmpdir(), 'pgforge-no-such-crds');
    let message = '';
    try {
      new CrdValidators(absent);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain('\n');
    expect(message).toContain(`CNPG's CRDs are not at ${absent}`);
    expect(message).toContain(cnpgManifestUrl(DEFAULT_CNPG_VERSION));
    expect(message).toContain(CRD_DIR_VARIABLE);
  });

  it('holding no CRD, fails with the same one line', () => {
    const empty = mkdtempSync(join(tmpdir(), 'pgforge-crds-'));
    mkdirSync(join(empty, 'bases'));
    writeFileSync(join(empty, 'kustomization.yaml'), stringify({ kind: 'Kustomization' }));
    expect(() => new CrdValidators(empty)).toThrow(
      /^CNPG's CRDs are not among the \.yaml files of [^\n]*CONTRIBUTING\.md[^\n]*$/,
    );
  });

  it('defaults to ../shared/cnpg-crds beside the checkout', () => {
    expect(DEFAULT_CRD_DIR).toBe(resolve(ROOT, '..', 'shared', 'cnpg-crds'));
  });
});

describe("CI's CRDs", () => {
  interface Step {
    run?: string;
  }
  const ci = parse(readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
    env?: Record<string, string>;
    jobs: Record<string, { steps?: Step[] }>;
  };

  it('are the release manifest of the CNPG version the smoke test installs, by its pinned SHA-256', () => {
    expect(ci.env?.CNPG_VERSION).toBe(DEFAULT_CNPG_VERSION);
    expect(ci.env?.CNPG_MANIFEST_SHA256).toBe(CNPG_MANIFEST_SHA256[DEFAULT_CNPG_VERSION]);
  });

  it.each(['unit', 'integration'])('are downloaded, checked and named for the %s tests', (job) => {
    const run = (ci.jobs[job]?.steps ?? []).map((s) => s.run ?? '').join('\n');
    expect(run).toContain(
      'https://github.com/cloudnative-pg/cloudnative-pg/releases/download/v${CNPG_VERSION}/cnpg-${CNPG_VERSION}.yaml',
    );
    expect(run).toMatch(/\$\{CNPG_MANIFEST_SHA256\} .*\| sha256sum --check --strict/);
    expect(run).toContain(`echo "${CRD_DIR_VARIABLE}=`);
  });
});
