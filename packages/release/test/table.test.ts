import { describe, expect, it } from 'vitest';
import { releaseTable, smokeFlavour, type ReleaseResult } from '../src/index.js';
import type { Target } from '@pgforge/targets';

const digest = (c: string): string => `sha256:${c.repeat(64)}`;

const RESULT: ReleaseResult = {
  built: [
    {
      target: '18-minimal-sid',
      reference: `r/pg-testing@${digest('a')}`,
      digest: digest('a'),
      packages: {
        total: 131,
        fromSecurity: 0,
        notes: { since: `r/pg@${digest('9')}`, packages: [], total: 131, fromSecurity: 0 },
      },
    },
    { target: '18-standard-sid', reference: `r/pg-testing@${digest('b')}`, digest: digest('b') },
  ],
  skipped: [{ target: '17-minimal-trixie', reason: 'unchanged: same fingerprint' }],
  repaired: [
    {
      target: '17-standard-trixie',
      image: `r/pg@${digest('c')}`,
      tags: ['r/pg:17-standard-trixie'],
    },
  ],
  failed: [
    { target: '18-standard-sid', step: 'smoke-test', reason: 'CREATE EXTENSION vector failed' },
  ],
  promoted: [
    {
      target: '18-minimal-sid',
      reference: `r/pg@${digest('a')}`,
      tags: ['r/pg:18.1-202612030900-minimal-sid', 'r/pg:18.1-minimal-sid', 'r/pg:18-minimal-sid'],
    },
  ],
  catalogs: ['out/catalogs/catalog-minimal-sid.yaml', 'out/catalogs/kustomization.yaml'],
  steps: [
    { step: 'matrix', seconds: 1.2, note: '3 targets: 2 to build, 1 unchanged' },
    { step: 'build', seconds: 40, note: '2 images pushed to testing' },
  ],
};

describe('the final table of a release', () => {
  const text = releaseTable(RESULT);
  const lines = text.split('\n');

  it('has a row per target saying what became of it', () => {
    expect(lines[0]).toMatch(
      /^target\s+result\s+digest\s+packages \(security\)\s+changed\s+production tags$/,
    );
    expect(lines[1]).toMatch(
      /^18-minimal-sid\s+promoted\s+aaaaaaaaaaaa\s+131 \(0\)\s+0\s+18\.1-202612030900-minimal-sid, 18\.1-minimal-sid, 18-minimal-sid$/,
    );
    // An image without notes against a published one is a first image.
    expect(lines[2]).toMatch(/^18-standard-sid\s+failed: smoke-test\s+bbbbbbbbbbbb\s+new$/);
    expect(lines[3]).toMatch(/^17-standard-trixie\s+repaired\s+cccccccccccc\s+17-standard-trixie$/);
    expect(lines[4]).toMatch(/^17-minimal-trixie\s+unchanged$/);
  });

  it('aligns the columns', () => {
    const column = (line: string | undefined): number => line?.indexOf('promoted') ?? -1;
    expect(lines[0]?.indexOf('result')).toBe(column(lines[1]));
  });

  it("gives each failure's reason, the catalogs and the time of each step", () => {
    expect(text).toContain('18-standard-sid: smoke-test: CREATE EXTENSION vector failed');
    expect(text).toContain('catalogs: out/catalogs/catalog-minimal-sid.yaml');
    expect(text).toContain('steps: matrix 1.2 s, build 40 s; 41.2 s in all');
  });
});

describe('the flavour a target is smoke-tested as', () => {
  const target = (flavour: string, lineage: string[]): Target =>
    ({ flavour, lineage }) as unknown as Target;

  it('is its own when built in, else the nearest built-in ancestor', () => {
    expect(smokeFlavour(target('standard', ['minimal', 'standard']))).toBe('standard');
    expect(smokeFlavour(target('gis', ['minimal', 'standard', 'gis']))).toBe('standard');
    expect(smokeFlavour(target('tiny', ['tiny']))).toBeUndefined();
  });
});
