import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILD_TYPE,
  buildProvenance,
  gitSourceUri,
  LOCAL_BUILD_TYPE,
  type LocalRunContext,
  buildStatement,
  imageResource,
  runUrl,
  SLSA_PROVENANCE_V1,
  slsaTimestamp,
  STATEMENT_TYPE,
  statementBytes,
  workflowIdentity,
  workflowUrl,
} from '../src/index.js';
import { BASE_DIGEST, RUN } from './fixtures.js';
import { schemaErrors } from './schemas.js';

describe('the workflow identity', () => {
  it('takes repository, path and ref apart from the workflow ref', () => {
    expect(workflowIdentity(RUN)).toEqual({
      ref: 'refs/heads/main',
      repository: 'https://github.com/example/images',
      path: '.github/workflows/build-images.yml',
    });
    expect(workflowUrl(RUN)).toBe(
      'https://github.com/example/images/.github/workflows/build-images.yml@refs/heads/main',
    );
    expect(runUrl(RUN)).toBe('https://github.com/example/images/actions/runs/987654321/attempts/2');
  });

  it('names the calling workflow of a reusable one, and attempt 1 by default', () => {
    const run = { ...RUN, workflowRef: 'fork/pg/.github/workflows/ci.yml@refs/tags/v1.2.0' };
    delete run.runAttempt;
    expect(workflowIdentity(run)).toEqual({
      ref: 'refs/tags/v1.2.0',
      repository: 'https://github.com/fork/pg',
      path: '.github/workflows/ci.yml',
    });
    expect(runUrl(run)).toMatch(/\/attempts\/1$/);
  });
});

describe('image resources (purl, type docker)', () => {
  it('names Docker Hub images without library/ and other registries by repository_url', () => {
    expect(imageResource('debian:trixie-slim', BASE_DIGEST)).toEqual({
      uri: 'pkg:docker/debian@trixie-slim',
      digest: { sha256: 'cd'.repeat(32) },
    });
    expect(imageResource('ghcr.io/cloudnative-pg/postgresql:17-minimal-trixie')).toEqual({
      uri: 'pkg:docker/cloudnative-pg/postgresql@17-minimal-trixie?repository_url=ghcr.io',
    });
    expect(imageResource(`127.0.0.1:5000/base@${BASE_DIGEST}`)).toEqual({
      uri: `pkg:docker/base@sha256%3A${'cd'.repeat(32)}?repository_url=127.0.0.1%3A5000`,
      digest: { sha256: 'cd'.repeat(32) },
    });
  });
});

describe('SLSA provenance v1', () => {
  const target = { id: '17-minimal-trixie', postgres: { version: '17.6' } };
  const predicate = buildProvenance({
    context: RUN,
    parameters: { target },
    baseImage: { image: 'debian:trixie-slim', digest: BASE_DIGEST },
    startedOn: new Date('2026-11-21T10:15:00.000Z'),
    finishedOn: new Date('2026-11-21T10:21:42.123Z'),
    builderVersion: { pgforge: '0.1.0' },
  });

  it('is built from the typed run context, field by field', () => {
    expect(predicate).toEqual({
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://github.com/example/images',
            path: '.github/workflows/build-images.yml',
          },
          target,
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '123456',
            repository_owner_id: '7890',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          {
            uri: 'git+https://github.com/example/images@refs/heads/main',
            digest: { gitCommit: RUN.sha },
          },
          { uri: 'pkg:docker/debian@trixie-slim', digest: { sha256: 'cd'.repeat(32) } },
        ],
      },
      runDetails: {
        builder: {
          id: 'https://github.com/example/images/.github/workflows/build-images.yml@refs/heads/main',
          version: { pgforge: '0.1.0' },
        },
        metadata: {
          invocationId: 'https://github.com/example/images/actions/runs/987654321/attempts/2',
          startedOn: '2026-11-21T10:15:00Z',
          finishedOn: '2026-11-21T10:21:42Z',
        },
      },
    });
  });

  it('is valid against the SLSA provenance v1 schema (transcribed, strict)', () => {
    expect(schemaErrors('provenance', predicate)).toEqual([]);
  });

  it('leaves out what the run does not say, and stays valid', () => {
    const minimal = buildProvenance({
      context: {
        serverUrl: 'https://github.com',
        repository: 'a/b',
        sha: 'f'.repeat(40),
        workflowRef: 'a/b/.github/workflows/x.yml@refs/heads/dev',
        runId: '1',
      },
    });
    expect(minimal.buildDefinition.internalParameters).toBeUndefined();
    expect(minimal.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/a/b@refs/heads/dev', digest: { gitCommit: 'f'.repeat(40) } },
    ]);
    expect(minimal.runDetails.metadata).toEqual({
      invocationId: 'https://github.com/a/b/actions/runs/1/attempts/1',
    });
    expect(schemaErrors('provenance', minimal)).toEqual([]);
  });

  it('is rejected by the schema when a field is misnamed or a timestamp is not UTC', () => {
    const typo = structuredClone(predicate) as unknown as Record<string, Record<string, unknown>>;
    typo.runDetails!.metdata = typo.runDetails!.metadata;
    delete typo.runDetails!.metadata;
    expect(schemaErrors('provenance', typo).join('\n')).toContain('"additionalProperty":"metdata"');
    const local = structuredClone(predicate);
    local.runDetails.metadata!.startedOn = '2026-11-21T11:15:00+01:00';
    expect(schemaErrors('provenance', local)).not.toEqual([]);
  });

  it('writes timestamps in UTC without fractions', () => {
    expect(slsaTimestamp(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02T03:04:05Z');
  });
});

describe('the in-toto Statement v1', () => {
  it('binds the predicate to the subject, members in the order @actions/attest writes them', () => {
    const statement = buildStatement({
      subjects: [{ name: 'ghcr.io/example/postgresql', digest: { sha256: 'ab'.repeat(32) } }],
      predicateType: SLSA_PROVENANCE_V1,
      predicate: { buildDefinition: { buildType: BUILD_TYPE, externalParameters: {} } },
    });
    expect(Object.keys(statement)).toEqual(['_type', 'subject', 'predicateType', 'predicate']);
    expect(statement._type).toBe(STATEMENT_TYPE);
    expect(new TextDecoder().decode(statementBytes(statement))).toBe(JSON.stringify(statement));
  });

  it('is valid for any image subject and provenance (property)', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
    const name = fc.stringMatching(
      /^[a-z0-9]+(\.[a-z0-9]+)*(:\d{2,5})?\/[a-z0-9]+(\/[a-z0-9-]+)?$/,
    );
    fc.assert(
      fc.property(
        name,
        hex,
        fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }),
        (n, h, started) => {
          const statement = buildStatement({
            subjects: [{ name: n, digest: { sha256: h } }],
            predicateType: SLSA_PROVENANCE_V1,
            predicate: buildProvenance({ context: RUN, startedOn: started }),
          });
          const parsed: unknown = JSON.parse(new TextDecoder().decode(statementBytes(statement)));
          expect(schemaErrors('statement', parsed)).toEqual([]);
          expect(schemaErrors('provenance', (parsed as { predicate: unknown }).predicate)).toEqual(
            [],
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is rejected by the schema without a subject digest or with an uppercase digest', () => {
    const base = {
      _type: STATEMENT_TYPE,
      predicateType: SLSA_PROVENANCE_V1,
      predicate: {},
    };
    expect(schemaErrors('statement', { ...base, subject: [{ name: 'x' }] })).not.toEqual([]);
    expect(
      schemaErrors('statement', {
        ...base,
        subject: [{ name: 'x', digest: { sha256: 'AB'.repeat(32) } }],
      }),
    ).not.toEqual([]);
    expect(schemaErrors('statement', { ...base, subject: [] })).not.toEqual([]);
  });
});

describe('SLSA provenance of a build on one machine (the CLI)', () => {
  const LOCAL: LocalRunContext = {
    kind: 'local',
    host: 'build-box',
    command: 'pgforge release --config images.yaml',
    invocationId: 'urn:uuid:4f7c1a2e-0000-4000-8000-000000000001',
    source: { uri: 'git+https://github.com/example/images', commit: 'a'.repeat(40) },
  };

  it('names the machine, the command and the checkout, and no workflow', () => {
    const p = buildProvenance({
      context: LOCAL,
      baseImage: { image: 'debian:trixie-slim', digest: BASE_DIGEST },
      builderVersion: { pgforge: '0.1.0' },
      startedOn: new Date('2026-11-21T10:15:00Z'),
    });
    expect(p.buildDefinition.buildType).toBe(LOCAL_BUILD_TYPE);
    expect(p.buildDefinition.externalParameters).toEqual({ command: LOCAL.command });
    expect(p.buildDefinition.internalParameters).toEqual({ host: 'build-box' });
    expect(p.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/example/images', digest: { gitCommit: 'a'.repeat(40) } },
      { uri: 'pkg:docker/debian@trixie-slim', digest: { sha256: 'cd'.repeat(32) } },
    ]);
    expect(p.runDetails.builder).toEqual({
      id: 'urn:pgforge:local:build-box',
      version: { pgforge: '0.1.0' },
    });
    expect(p.runDetails.metadata).toEqual({
      invocationId: LOCAL.invocationId,
      startedOn: '2026-11-21T10:15:00Z',
    });
    expect(schemaErrors('provenance', p)).toEqual([]);
  });

  it('stays valid outside a git checkout', () => {
    const rest: LocalRunContext = { ...LOCAL };
    delete rest.source;
    const p = buildProvenance({ context: rest });
    expect(p.buildDefinition.resolvedDependencies).toBeUndefined();
    expect(schemaErrors('provenance', p)).toEqual([]);
  });

  it.each([
    ['git@github.com:example/images.git', 'git+https://github.com/example/images'],
    ['https://user:secret@git.example/images.git', 'git+https://git.example/images'],
    ['https://github.com/example/images/', 'git+https://github.com/example/images'],
    ['/srv/git/images', 'git+/srv/git/images'],
  ])('records the remote %s as %s, credentials dropped', (remote, uri) => {
    expect(gitSourceUri(remote)).toBe(uri);
  });
});
