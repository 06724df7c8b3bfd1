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
    const plain = clusterEntry('vector', REF, { system: false, env: [] });
    expect(plain).toEqual({ name: 'vector', image: { reference: REF } });
    const postgis = clusterEntry('postgis', REF, {
      system: true,
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
    const a = clusterEntry('vector', REF, { system: false, env: [] });
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

  it('a wrong entry fails the CRD (the check can fail)', () => {
    expect(
      new CrdValidators().validate(cluster([{ name: 'Bad Name', image: { reference: REF } }])),
    ).not.toEqual([]);
  });
});
