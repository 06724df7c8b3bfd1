import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CrdValidators } from '../../smoke/test/support/crds.js';
import { clusterEntry, clusterExtensionsYaml } from '../src/cluster.js';

const REF = 'ghcr.io/owner/postgis@sha256:' + 'a'.repeat(64);

function cluster(extensions: unknown): object {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name: 'example' },
    spec: {
      instances: 1,
      imageName: 'ghcr.io/cloudnative-pg/postgresql:18-minimal-trixie',
      storage: { size: '1Gi' },
      postgresql: { extensions },
    },
  };
}

describe('cluster extension entries', () => {
  it('carry ld_library_path and env only when the image needs them, and validate against the CRD', () => {
    const plain = clusterEntry('vector', REF, { ldLibraryPath: [], binPath: [], env: [] });
    expect(plain).toEqual({ name: 'vector', image: { reference: REF } });
    const postgis = clusterEntry('postgis', REF, {
      ldLibraryPath: ['system'],
      binPath: [],
      env: [{ name: 'PROJ_DATA', value: '${image_root}/share/proj' }],
    });
    expect(postgis).toEqual({
      name: 'postgis',
      image: { reference: REF },
      ld_library_path: ['system'],
      env: [{ name: 'PROJ_DATA', value: '${image_root}/share/proj' }],
    });
    const yaml = clusterExtensionsYaml([{ entry: postgis, comment: 'one' }]);
    expect(yaml).not.toContain('#');
    expect(parse(yaml)).toEqual([postgis]);
    expect(new CrdValidators().validate(cluster(parse(yaml)))).toEqual([]);
  });

  it('name each entry by its major and distribution when there are several', () => {
    const a = clusterEntry('vector', REF, { ldLibraryPath: [], binPath: [], env: [] });
    const yaml = clusterExtensionsYaml([
      { entry: a, comment: 'PostgreSQL 18 on sid' },
      { entry: a, comment: 'PostgreSQL 17 on trixie' },
    ]);
    expect(yaml.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# PostgreSQL 18 on sid',
      '# PostgreSQL 17 on trixie',
    ]);
    expect(parse(yaml)).toEqual([a, a]);
  });

  it('carry bin_path for programs, and say in comments what the entry cannot hold', () => {
    const metadata = {
      name: 'pgaudit',
      sqlNames: [{ name: 'pgaudit', version: '18.0' }],
      createExtension: true,
      sharedPreloadLibraries: ['pgaudit'],
      requiredExtensions: ['hstore', 'postgis', 'roaringbitmap'],
      requires: [
        { name: 'hstore', provider: 'operand' as const },
        {
          name: 'postgis',
          provider: 'image' as const,
          image: 'postgis-3',
          reference: `${REF}x`,
        },
        { name: 'roaringbitmap', provider: 'none' as const },
      ],
      ldLibraryPath: [],
      binPath: ['bin'],
      env: [],
      licenses: ['PostgreSQL'],
      limitations: ['reads x from the share directory'],
    };
    const entry = clusterEntry('pgaudit', REF, metadata);
    expect(entry).toEqual({ name: 'pgaudit', image: { reference: REF }, bin_path: ['bin'] });
    const yaml = clusterExtensionsYaml([{ entry, comment: 'one', metadata }]);
    expect(yaml.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# postgresql.shared_preload_libraries needs: pgaudit',
      '# CREATE EXTENSION needs first: hstore (operand image), postgis (image postgis-3), roaringbitmap (no image of this run)',
      "# add the image that provides roaringbitmap to the Cluster's extensions too",
      '# limitation: reads x from the share directory',
    ]);
    expect(new CrdValidators().validate(cluster(parse(yaml)))).toEqual([]);
  });

  it('a wrong entry fails the CRD (the check can fail)', () => {
    expect(
      new CrdValidators().validate(cluster([{ name: 'Bad Name', image: { reference: REF } }])),
    ).not.toEqual([]);
  });
});
