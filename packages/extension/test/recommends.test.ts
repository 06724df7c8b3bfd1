import { describe, expect, it } from 'vitest';
import { recommendsLimitations, unmetRecommends } from '../src/recommends.js';

// Recommends fields as sid's PostgreSQL 18 packages spell them.
const cases: {
  field: string | undefined;
  present?: string[];
  groups: string[] | undefined;
  why: string;
}[] = [
  {
    field: 'clamav-freshclam | clamav-data',
    groups: ['clamav-freshclam | clamav-data'],
    why: 'pg_snakeoil: data no image holds',
  },
  { field: 'python3', groups: ['python3'], why: "mimeo's programs" },
  { field: 'pg-checksums-doc', groups: undefined, why: 'documentation runs nothing' },
  {
    field: 'libtap-harness-archive-perl, libtest-harness-perl, pgtap-doc',
    groups: ['libtap-harness-archive-perl', 'libtest-harness-perl'],
    why: 'the doc group alone is left out',
  },
  {
    field: 'postgresql-18-postgis-3',
    present: ['postgresql-18-postgis-3'],
    groups: undefined,
    why: 'the image holds it',
  },
  {
    field: 'clamav-freshclam | clamav-data',
    present: ['clamav-data'],
    groups: undefined,
    why: 'one alternative held is enough',
  },
  { field: 'perl:any (>= 5.36) [amd64]', groups: ['perl'], why: 'qualifiers are not names' },
  { field: undefined, groups: undefined, why: 'no field' },
  { field: '', groups: undefined, why: 'an empty field' },
];

describe('unmetRecommends', () => {
  it.each(cases)('$why: $field', ({ field, present = [], groups }) => {
    const result = unmetRecommends('postgresql-18-x', field, (n) => present.includes(n));
    expect(result?.groups).toEqual(groups);
    if (result) expect(result.package).toBe('postgresql-18-x');
  });

  it('says which package recommends what, and that the image does not hold it', () => {
    const [sentence] = recommendsLimitations([
      { package: 'postgresql-18-snakeoil', groups: ['clamav-freshclam | clamav-data'] },
    ]);
    expect(sentence).toMatch(
      /^postgresql-18-snakeoil recommends clamav-freshclam \| clamav-data, which the image does not hold/,
    );
    expect(recommendsLimitations([])).toEqual([]);
  });
});
