import { describe, expect, it } from 'vitest';
import { deriveImageName, packageStem } from '../src/image-name.js';

describe('the image name when none is given', () => {
  it.each([
    [['vector'], 'postgresql-{major}-pgvector', 'vector'],
    [[], 'postgresql-{major}-wal2json', 'wal2json'],
    [[], 'postgresql-18-pg-crash', 'pg-crash'],
    [
      ['postgis', 'postgis_raster', 'postgis_topology'],
      'postgresql-{major}-postgis-3',
      'postgis-3',
    ],
    [['a', 'b'], 'postgresql-{major}-pg+odd.name', 'pg-odd-name'],
  ])('%j from %s is %s', (extensions, pkg, name) => {
    expect(deriveImageName({ extensions }, { package: pkg })?.name).toBe(name);
  });

  it('says why, and names a directory after itself', () => {
    expect(deriveImageName({ extensions: ['vector'] }, { package: 'x' })?.from).toBe(
      'its only control file, vector.control',
    );
    expect(deriveImageName({ extensions: [] }, { package: 'postgresql-18-wal2json' })?.from).toBe(
      'its package postgresql-18-wal2json (no control file)',
    );
    expect(deriveImageName({ extensions: [] }, { directory: '/src/My_Decoder' })?.name).toBe(
      'my_decoder',
    );
    expect(deriveImageName({ extensions: [] }, { directory: '/' })).toBeUndefined();
  });

  it('strips only the PostgreSQL prefix of a package', () => {
    expect(packageStem('postgresql-{major}-h3')).toBe('h3');
    expect(packageStem('pgagent')).toBe('pgagent');
  });
});
