import { describe, expect, it } from 'vitest';
import { githubMatrix, summaryMarkdown } from '@pgforge/matrix';
import { sampleTargets } from '../../targets/test/sample.js';

const { all } = sampleTargets();

describe('githubMatrix', () => {
  it('has one entry per target', () => {
    const m = githubMatrix(all, 'target');
    expect(m.include).toHaveLength(6);
    expect(m.include[0]).toEqual({
      target: '17-minimal-trixie',
      postgres: '17.1',
      major: 17,
      distribution: 'trixie',
      flavour: 'minimal',
      platforms: 'linux/amd64,linux/arm64',
      tag: '17.1-202611211315-minimal-trixie',
    });
  });
  it('groups per major and per distribution', () => {
    expect(githubMatrix(all, 'major').include).toEqual([
      {
        group: '17',
        major: 17,
        targets: ['17-minimal-trixie', '17-standard-trixie', '17-full-trixie'],
      },
      {
        group: '18',
        major: 18,
        targets: ['18-minimal-trixie', '18-standard-trixie', '18-full-trixie'],
      },
    ]);
    expect(githubMatrix(all, 'distribution').include).toEqual([
      { group: 'trixie', distribution: 'trixie', targets: all.map((t) => t.id) },
    ]);
  });
});

// decide() is tested against the real registry: test/matrix.integration.test.ts.

describe('summaryMarkdown', () => {
  it('shows each target, its versions, tags and decision', () => {
    const md = summaryMarkdown(
      all.slice(0, 1),
      [{ id: all[0]!.id, kept: false, reason: 'unchanged: x|y' }],
      '202611211315',
    );
    expect(md).toContain('| `17-minimal-trixie` | `17.1-1` |');
    expect(md).toContain('`17.1-202611211315-minimal-trixie`<br>`17.1-minimal-trixie`');
    expect(md).toContain('skip: unchanged: x\\|y');
    expect(md).toContain('### Matrix: 0 of 1 targets to build');
  });
});
