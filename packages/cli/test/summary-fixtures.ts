/**
 * One result of each command, as the packages return them, and the summary each builds from
 * it: the documents the summary test renders for a terminal. Values are shaped as a real run's
 * (digests, tags, reasons with `|` and `<`, emoji, several platforms) so that what a terminal
 * would show wrong shows here.
 */
import { buildSummaryDocument, type BuiltImage, type FailedTarget } from '@pgforge/operand';
import { catalogSummaryDocument, type WrittenCatalog } from '@pgforge/catalog';
import { attestSummaryDocument, type SubjectAttestation } from '@pgforge/attest';
import { extensionSummaryDocument, type ExtensionImageOutput } from '@pgforge/extension';
import { summaryDocument as matrixSummary } from '@pgforge/matrix';
import { promoteSummaryDocument, type PromotedImage } from '@pgforge/promote';
import { releaseDocument, type ReleaseResult } from '@pgforge/release';
import { diffDocument, diffPackages, sbomSummaryDocument } from '@pgforge/sbom';
import { summaryDocument as smokeSummary, type SmokeReport } from '@pgforge/smoke';
import { code, type SummaryDocument } from '@pgforge/summary';
import type { ReleaseNotes } from '@pgforge/targets';
import { sampleTargets } from '../../targets/test/sample.js';

const digest = (c: string): string => `sha256:${c.repeat(64)}`;

const NOTES: ReleaseNotes = {
  since: `ghcr.io/example/postgresql@${digest('9')}`,
  total: 131,
  fromSecurity: 2,
  packages: [
    {
      name: 'libkrb5-3',
      from: '1.21.3-5+deb13u1',
      to: '1.21.3-5+deb13u2',
      suite: 'trixie-security',
      security: true,
      entries: [],
      cves: ['CVE-2026-107364'],
    },
    { name: 'libnew', to: '1.0', security: false, entries: [], cves: [] },
  ],
};

function matrix(): SummaryDocument {
  const [first, second] = sampleTargets().all;
  if (!first || !second) throw new Error('the sample has two targets at least');
  const noted = { ...first, notes: NOTES };
  return matrixSummary(
    [noted, second],
    [
      { id: first.id, kept: true, reason: 'changed: postgresql-17 17.0-1 → 17.1-1' },
      { id: second.id, kept: false, reason: 'unchanged: same fingerprint | x' },
    ],
    '202611211315',
  );
}

const BUILT: BuiltImage = {
  target: '17-minimal-trixie',
  repository: 'ghcr.io/example/postgresql-testing',
  digest: digest('a'),
  reference: `ghcr.io/example/postgresql-testing@${digest('a')}`,
  tags: [
    'ghcr.io/example/postgresql-testing:17.1-202611211315-minimal-trixie',
    'ghcr.io/example/postgresql-testing:17.1-minimal-trixie',
  ],
  promote: {
    repository: 'ghcr.io/example/postgresql',
    tags: ['ghcr.io/example/postgresql:17.1-202611211315-minimal-trixie'],
    immutable: 1,
  },
  platforms: [
    { platform: 'linux/amd64', digest: digest('b'), compressedSize: 98_765_432 },
    { platform: 'linux/arm64', digest: digest('c'), compressedSize: 95_123_456 },
  ],
  compressedSize: 193_888_888,
  packages: { total: 131, fromSecurity: 2, notes: NOTES },
  pushed: true,
  attempts: 1,
  durationMs: 61_000,
  sbom: { files: ['sbom/a.spdx.json'], comparedTo: 'ghcr.io/example/postgresql:17-minimal-trixie' },
};

const FAILED: FailedTarget = {
  target: '18-minimal-trixie',
  reason: 'E: Unable to locate package <postgresql-18> | apt said so',
  tail: ['#7 [3/5] RUN apt-get install', 'E: Unable to locate package postgresql-18'],
};

const DIFF = diffPackages(
  [
    { name: 'libc6', version: '2.41-11', architecture: 'amd64' },
    { name: 'old', version: '1.0-1', architecture: 'amd64' },
  ],
  [
    { name: 'libc6', version: '2.41-12', architecture: 'amd64' },
    { name: 'new', version: '2.0-1', architecture: 'all' },
  ],
);

function build(): SummaryDocument {
  return buildSummaryDocument('Build', [BUILT], [FAILED], {
    logs: new Map([['17-minimal-trixie', ['#1 [internal] load build definition', '#9 DONE 0.1s']]]),
    changes: new Map([['17-minimal-trixie', diffDocument(DIFF, 'Package changes')]]),
  });
}

const EXTENSION: ExtensionImageOutput = {
  reference: `ghcr.io/example/pgvector-testing@${digest('d')}`,
  digest: digest('d'),
  repository: 'ghcr.io/example/pgvector-testing',
  tags: ['0.8.1-202611211315-18-trixie', '0.8.1-18-trixie'],
  promote: { repository: 'ghcr.io/example/pgvector', tags: [], immutable: 1 },
  major: 18,
  distribution: 'trixie',
  sqlVersion: '0.8.1',
  extensions: ['vector'],
  platforms: ['linux/amd64', 'linux/arm64'].map((platform, i) => ({
    platform,
    digest: digest(String(i)),
    size: 312_345,
    packages: [{ name: 'postgresql-18-pgvector', version: '0.8.1-2', architecture: 'amd64' }],
    systemPackages: [],
    systemLibraries: 0,
    systemBytes: 0,
    files: 42,
  })),
  env: [],
  metadata: {
    name: 'vector',
    sqlNames: [{ name: 'vector', version: '0.8.1' }],
    createExtension: true,
    sharedPreloadLibraries: [],
    requiredExtensions: [],
    requires: [{ name: 'plpgsql', provider: 'operand' }],
    ldLibraryPath: [],
    binPath: [],
    env: [],
    licenses: ['PostgreSQL'],
    limitations: ["reads share/vector/stopwords from the server's share directory at run time"],
  },
  clusterExtension: {
    name: 'vector',
    image: { reference: `ghcr.io/example/pgvector@${digest('d')}` },
  },
  annotations: {},
};

function extension(): SummaryDocument {
  return extensionSummaryDocument('batch', [EXTENSION], {
    pushed: true,
    refused: [{ package: 'zlib1g', reason: 'ships nothing under usr/lib/postgresql/18\nor share' }],
  });
}

const SMOKE: SmokeReport = {
  schemaVersion: 1,
  image: 'ghcr.io/example/postgresql:17-standard-trixie',
  mode: 'container',
  flavour: 'standard',
  flavourSource: 'tag',
  expectations: { extensions: ['vector'], locales: ['en_US.UTF-8'], preloadLibraries: [] },
  extensions: [],
  startedAt: '2026-11-21T10:00:00.000Z',
  durationMs: 4321,
  passed: false,
  checks: [
    {
      level: 'container',
      name: 'initdb',
      status: 'passed',
      durationMs: 1040,
      detail: '/var/lib/postgresql/data/pgdata',
      notes: ['CMD is ["bash"]'],
    },
    {
      level: 'container',
      name: 'locale en_US.UTF-8',
      status: 'failed',
      durationMs: 100,
      error: 'en_US.UTF-8 is not installed: locale -a lists C, C.utf8, POSIX',
      log: '$ locale -a\nC\nC.utf8\nPOSIX',
    },
    { level: 'kind', name: 'cluster ready', status: 'skipped', durationMs: 0 },
  ],
  diagnostics: [],
};

function sbom(): SummaryDocument {
  return [
    ...sbomSummaryDocument(
      [
        {
          platform: 'linux/amd64',
          reference: `ghcr.io/example/postgresql@${digest('b')}`,
          digest: digest('b'),
          kind: 'debian',
          packages: 131,
          spdx: 'sbom/postgresql-17-linux-amd64.spdx.json',
          cyclonedx: 'sbom/postgresql-17-linux-amd64.cdx.json',
          attached: [
            { mediaType: 'application/spdx+json', digest: digest('e'), subject: digest('b') },
          ],
        },
      ],
      'ghcr.io/example/postgresql:17-minimal-trixie',
    ),
    ...diffDocument(DIFF, [
      'linux/amd64: package changes since ',
      code('ghcr.io/example/postgresql:17-minimal-trixie'),
    ]),
  ];
}

const PROMOTED: PromotedImage = {
  label: '17-minimal-trixie',
  source: `ghcr.io/example/postgresql-testing@${digest('a')}`,
  destination: `ghcr.io/example/postgresql@${digest('a')}`,
  digest: digest('a'),
  tags: ['ghcr.io/example/postgresql:17.1-202611211315-minimal-trixie'],
  changes: [
    { reference: 'ghcr.io/example/postgresql:17.1-202611211315-minimal-trixie', change: 'written' },
    {
      reference: 'ghcr.io/example/postgresql:17-minimal-trixie',
      change: 'moved',
      previous: digest('f'),
    },
    { reference: 'ghcr.io/example/postgresql:17.1-minimal-trixie', change: 'unchanged' },
  ],
  artifacts: [],
  smokeReport: 'reports/17-minimal-trixie.json',
  verified: 'cosign verify-attestation …',
};

const CATALOG: WrittenCatalog = {
  file: 'catalogs/catalog-standard-trixie.yaml',
  name: 'postgresql-standard-trixie',
  flavour: 'standard',
  distribution: 'trixie',
  images: [
    {
      major: 18,
      image: `ghcr.io/example/postgresql:18.1-202611211315-standard-trixie@${digest('a')}`,
      extensions: [
        { name: 'vector', image: { reference: `ghcr.io/example/pgvector@${digest('d')}` } },
      ],
      notes: {
        vector: {
          image: `ghcr.io/example/pgvector@${digest('d')}`,
          sql_names: [{ name: 'vector' }],
          create_extension: true,
          shared_preload_libraries: ['vector'],
          required_extensions: [{ name: 'postgis', from: 'missing' }],
          limitations: [],
        },
      },
    },
  ],
};

const ATTESTATION: SubjectAttestation = {
  subject: `ghcr.io/example/postgresql-testing@${digest('a')}`,
  predicateType: 'https://slsa.dev/provenance/v1',
  bundle: 'attestations/17-minimal-trixie.intoto.jsonl',
  bundleFormat: 'dsse-envelope',
  manifest: 'attestations/17-minimal-trixie.manifest.json',
  pushed: 'ghcr.io/example/postgresql-testing:sha256-aaaa.att',
  verifyCommands: [
    `cosign verify-attestation --key cosign.pub --type slsaprovenance1 ghcr.io/example/postgresql-testing@${digest('a')}`,
  ],
};

const RELEASE: ReleaseResult = {
  built: [
    {
      target: '18-minimal-sid',
      reference: `r/pg-testing@${digest('a')}`,
      digest: digest('a'),
      packages: { total: 131, fromSecurity: 0, notes: { ...NOTES, packages: [] } },
    },
  ],
  skipped: [{ target: '17-minimal-trixie', reason: 'unchanged: same fingerprint' }],
  repaired: [],
  failed: [{ target: '18-standard-sid', step: 'smoke-test', reason: 'CREATE EXTENSION failed' }],
  promoted: [
    {
      target: '18-minimal-sid',
      reference: `r/pg@${digest('a')}`,
      tags: ['r/pg:18.1-202612030900-minimal-sid', 'r/pg:18-minimal-sid'],
    },
  ],
  catalogs: ['out/catalogs/catalog-minimal-sid.yaml'],
  steps: [{ step: 'matrix', seconds: 1.2, note: '1 target' }],
};

/** Every summary the project writes, by the command that prints it. */
export const SUMMARIES: Record<string, () => SummaryDocument> = {
  matrix,
  build,
  extension,
  'smoke-test': () => smokeSummary(SMOKE),
  sbom,
  promote: () => promoteSummaryDocument([PROMOTED], false),
  catalog: () => catalogSummaryDocument([CATALOG], ['minimal-bookworm']),
  attest: () => attestSummaryDocument('provenance', 'cosign-key', [ATTESTATION]),
  release: () => releaseDocument(RELEASE),
};
