import { describe, expect, it } from 'vitest';
import { isBatch, matchGlob, parsePackageList } from '../src/batch.js';

describe('a batch of packages', () => {
  it('is asked for by a * in a template, or by a list', () => {
    expect(isBatch({ packages: ['postgresql-{major}-*'] })).toBe(true);
    expect(isBatch({ packages: ['postgresql-{major}-pgvector'], batch: true })).toBe(true);
    expect(isBatch({ packages: ['postgresql-{major}-postgis-3', 'x'] })).toBe(false);
  });

  it('matches names of the archive for a major, and gives them back as templates', () => {
    const names = [
      'postgresql-18-pgvector',
      'postgresql-18-postgis-3',
      'postgresql-17-pgvector',
      'postgresql-18',
      'postgresql-client-18',
      'libpq5',
    ];
    expect(matchGlob('postgresql-{major}-*', 18, names)).toEqual([
      'postgresql-{major}-pgvector',
      'postgresql-{major}-postgis-3',
    ]);
    expect(matchGlob('postgresql-{major}-post*-3', 18, names)).toEqual([
      'postgresql-{major}-postgis-3',
    ]);
    expect(matchGlob('postgresql-{major}-*', 16, names)).toEqual([]);
  });

  it('reads a list file: one template per line, comments and blank lines left out', () => {
    expect(
      parsePackageList(
        '# extensions\npostgresql-{major}-pgvector\n\n  postgresql-{major}-pgaudit  # audit\r\n',
      ),
    ).toEqual(['postgresql-{major}-pgvector', 'postgresql-{major}-pgaudit']);
  });
});
