import { describe, expect, it } from 'vitest';
import { FINGERPRINT_ANNOTATION } from '@pgforge/targets';
import { decide, githubMatrix, summaryMarkdown, type AnnotationReader } from '@pgforge/matrix';
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

/** A fake registry (named so): published annotations by reference. */
function fakeRegistry(published: Record<string, Record<string, string> | Error>): AnnotationReader {
  return {
    async imageAnnotations(ref) {
      const found = published[ref];
      if (found instanceof Error) throw found;
      if (!found)
        throw Object.assign(new Error(`${ref} not found`), { name: 'ManifestNotFoundError' });
      return found;
    },
  };
}

describe('decide, with a fake registry', () => {
  const [a, b, c] = all;
  const ref = (t: typeof a) => `${t!.repository}:${t!.tags.aliases[0]}`;
  it('keeps new and changed targets, skips unchanged ones, keeps on registry errors with a warning', async () => {
    const decisions = await decide(
      [a!, b!, c!],
      fakeRegistry({
        [ref(a)]: { [FINGERPRINT_ANNOTATION]: a!.fingerprint },
        [ref(b)]: { [FINGERPRINT_ANNOTATION]: `sha256:${'1'.repeat(64)}` },
        [ref(c)]: new Error('503 Service Unavailable'),
      }),
      { skipUnchanged: true, force: false },
    );
    expect(decisions.map((d) => [d.id, d.kept])).toEqual([
      [a!.id, false],
      [b!.id, true],
      [c!.id, true],
    ]);
    expect(decisions[1]?.reason).toMatch(/^changed: fingerprint 111111111111 → [0-9a-f]{12}$/);
    expect(decisions[2]?.warning).toContain('503 Service Unavailable');
  });
  it('says why an image without a fingerprint is kept', async () => {
    const [d] = await decide([a!], fakeRegistry({ [ref(a)]: {} }), {
      skipUnchanged: true,
      force: false,
    });
    expect(d).toMatchObject({ kept: true, reason: `${ref(a)} has no fingerprint` });
  });
});

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
