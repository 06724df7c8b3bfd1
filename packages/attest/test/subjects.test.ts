import { describe, expect, it } from 'vitest';
import { UserError } from '@pgforge/errors';
import { parseSubject, parseSubjects, statementSubject } from '../src/index.js';
import { DIGEST } from './fixtures.js';

const HEX = DIGEST.slice('sha256:'.length);

describe('subjects', () => {
  it('reads references one per line or comma separated, dropping tags and duplicates', () => {
    const subjects = parseSubjects(
      `ghcr.io/example/postgresql:17-minimal-trixie@${DIGEST}\n127.0.0.1:5000/ext@${DIGEST}, ghcr.io/example/postgresql@${DIGEST}\n`,
    );
    expect(subjects).toEqual([
      {
        reference: `ghcr.io/example/postgresql@${DIGEST}`,
        registry: 'ghcr.io',
        repository: 'example/postgresql',
        digest: DIGEST,
      },
      {
        reference: `127.0.0.1:5000/ext@${DIGEST}`,
        registry: '127.0.0.1:5000',
        repository: 'ext',
        digest: DIGEST,
      },
    ]);
  });

  it("reads the build action's images output, keeping each entry's target", () => {
    const images = JSON.stringify([
      {
        target: '17-minimal-trixie',
        repository: 'ghcr.io/example/postgresql-testing',
        digest: DIGEST,
        reference: `ghcr.io/example/postgresql-testing@${DIGEST}`,
        tags: [],
      },
      `docker.io/library/debian@${DIGEST}`,
    ]);
    expect(parseSubjects(images)).toEqual([
      expect.objectContaining({
        reference: `ghcr.io/example/postgresql-testing@${DIGEST}`,
        target: '17-minimal-trixie',
      }),
      expect.objectContaining({ reference: `docker.io/library/debian@${DIGEST}` }),
    ]);
  });

  it('names the in-toto subject by repository, the digest as algorithm → hex', () => {
    expect(statementSubject(parseSubject(`ghcr.io/example/postgresql:17@${DIGEST}`))).toEqual({
      name: 'ghcr.io/example/postgresql',
      digest: { sha256: HEX },
    });
  });

  it.each([
    ['a tag without digest', 'ghcr.io/example/postgresql:17', /has no digest/],
    ['a sha512 digest', `ghcr.io/example/postgresql@sha512:${'ab'.repeat(64)}`, /only sha256/],
    ['a short digest', 'ghcr.io/example/postgresql@sha256:abc', /must be algorithm:hex/],
    ['an images entry without reference', '[{"digest":"sha256:x"}]', /images output/],
    ['broken JSON', '[{"reference": ', /JSON|Unexpected|position/],
    ['nothing', ' \n, ', /image references with a digest/],
  ])('refuses %s, naming the value and what is expected', (_, value, detail) => {
    let error: unknown;
    try {
      parseSubjects(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const e = error as UserError;
    expect(e.field).toBe('subjects');
    expect(e.message).toMatch(
      /^subjects: ".*" is not allowed; expected image references with a digest/s,
    );
    expect(e.message).toMatch(detail);
  });
});
