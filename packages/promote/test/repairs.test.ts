import { describe, expect, it } from 'vitest';
import { parseImages } from './requests.js';
import { checkRepairsAgainstImages, parseRepairs } from '../src/repairs.js';
import { promoteCommand } from '../src/run.js';

const D = `sha256:${'ab'.repeat(32)}`;
const E = `sha256:${'cd'.repeat(32)}`;
const REPO = 'ghcr.io/example/postgresql';

/** An entry as the matrix action's `repairs` output writes it. */
const repair = (tags = [`${REPO}:17-minimal-trixie`], digest = D) => ({
  target: '17-minimal-trixie',
  image: `${REPO}@${digest}`,
  tags,
});

describe('parseRepairs', () => {
  it("takes the matrix action's entries, as JSON text or parsed", () => {
    const expected = [
      {
        target: '17-minimal-trixie',
        label: '17-minimal-trixie',
        image: `${REPO}@${D}`,
        repository: REPO,
        digest: D,
        tags: [`${REPO}:17-minimal-trixie`],
      },
    ];
    expect(parseRepairs(JSON.stringify([repair()]))).toEqual(expected);
    expect(parseRepairs([repair()])).toEqual(expected);
  });

  it('takes no repair at all: `[]`', () => {
    expect(parseRepairs('[]')).toEqual([]);
  });

  it('takes a bare tag name as a tag of the image repository, and names a repair without target by its image', () => {
    const [r] = parseRepairs([{ image: `${REPO}@${D}`, tags: ['17-minimal-trixie', '17'] }]);
    expect(r?.tags).toEqual([`${REPO}:17-minimal-trixie`, `${REPO}:17`]);
    expect(r?.label).toBe(`${REPO}@${D}`);
    expect(r?.target).toBeUndefined();
  });

  it('writes references in their canonical form, and a tag given twice once', () => {
    const [r] = parseRepairs([
      {
        image: `postgresql:18@${D}`,
        tags: ['postgresql:18', 'docker.io/library/postgresql:18'],
      },
    ]);
    expect(r?.image).toBe(`docker.io/library/postgresql@${D}`);
    expect(r?.tags).toEqual(['docker.io/library/postgresql:18']);
  });

  it.each([
    [
      'not JSON',
      '[{',
      /^repairs: "\[\{" is not allowed; expected the matrix action's `repairs` output: .* \(.*JSON/,
    ],
    [
      'JSON, not an array',
      '{"image": "x"}',
      /^repairs: "\{\\"image\\":\\"x\\"\}" is not allowed; expected the matrix action's `repairs` output: a JSON array/,
    ],
    [
      'a string, not an array',
      '"18-minimal"',
      /^repairs: "\\"18-minimal\\"" is not allowed; expected the matrix action's `repairs` output/,
    ],
    [
      'an entry that is no object',
      '[42]',
      /^repairs\[0\]: "42" is not allowed; expected the matrix action's `repairs` output/,
    ],
    [
      'no image',
      JSON.stringify([{ tags: [`${REPO}:17`] }]),
      /^repairs\[0\]\.image: "" is not allowed; expected the image in production, by digest: <repository>@sha256:…$/,
    ],
    [
      'an image that is a number',
      JSON.stringify([{ image: 7, tags: [`${REPO}:17`] }]),
      /^repairs\[0\]\.image: "7" is not allowed; expected the image in production, by digest/,
    ],
    [
      'an image by tag, not by digest',
      JSON.stringify([{ image: `${REPO}:17`, tags: [`${REPO}:17`] }]),
      /^repairs\[0\]\.image: "ghcr\.io\/example\/postgresql:17" is not allowed; expected a reference by digest, <repository>@sha256:…: a repair points tags at one image production holds/,
    ],
    [
      'an image that is no reference',
      JSON.stringify([{ image: 'Ghcr.io/Example/PG@sha256:x', tags: ['17'] }]),
      /^repairs\[0\]\.image: "Ghcr\.io\/Example\/PG@sha256:x" is not allowed; expected <repository>@sha256:… \(invalid image reference/,
    ],
    [
      'a digest that is no digest',
      JSON.stringify([{ image: `${REPO}@sha256:abc`, tags: ['17'] }]),
      /^repairs\[0\]\.image: .* expected <repository>@sha256:… \(invalid image reference .*digest "sha256:abc" must be algorithm:hex/,
    ],
    [
      'no tags',
      JSON.stringify([{ image: `${REPO}@${D}` }]),
      /^repairs\[0\]\.tags: "" is not allowed; expected a non-empty array of tags of ghcr\.io\/example\/postgresql \(<repository>:<tag>\)$/,
    ],
    [
      'tags empty',
      JSON.stringify([{ image: `${REPO}@${D}`, tags: [] }]),
      /^repairs\[0\]\.tags: "\[\]" is not allowed; expected a non-empty array of tags of ghcr\.io\/example\/postgresql/,
    ],
    [
      'tags a string',
      JSON.stringify([{ image: `${REPO}@${D}`, tags: `${REPO}:17` }]),
      /^repairs\[0\]\.tags: ".*" is not allowed; expected a non-empty array of tags/,
    ],
    [
      'a tag that is an empty string',
      JSON.stringify([{ image: `${REPO}@${D}`, tags: [''] }]),
      /^repairs\[0\]\.tags: "\[\\"\\"\]" is not allowed; expected a non-empty array of tags/,
    ],
    [
      'a tag of another repository',
      JSON.stringify([repair([`ghcr.io/example/other:17`])]),
      /^repairs\[0\]\.tags\[0\]: "ghcr\.io\/example\/other:17" is not allowed; expected a tag of ghcr\.io\/example\/postgresql, the image's own repository: a repair points a repository's tags at an image it holds, and copies nothing$/,
    ],
    [
      'a tag of another registry',
      JSON.stringify([repair([`quay.io/example/postgresql:17`])]),
      /^repairs\[0\]\.tags\[0\]: "quay\.io\/example\/postgresql:17" is not allowed; expected a tag of ghcr\.io\/example\/postgresql, the image's own repository/,
    ],
    [
      'a tag by digest',
      JSON.stringify([repair([`${REPO}@${E}`])]),
      /^repairs\[0\]\.tags\[0\]: ".*" is not allowed; expected a tag reference of ghcr\.io\/example\/postgresql, <repository>:<tag>, without digest$/,
    ],
    [
      'a repository without tag',
      JSON.stringify([repair([REPO])]),
      /^repairs\[0\]\.tags\[0\]: "ghcr\.io\/example\/postgresql" is not allowed; expected a tag reference of ghcr\.io\/example\/postgresql/,
    ],
    [
      'a tag name a registry refuses',
      JSON.stringify([repair(['-17'])]),
      /^repairs\[0\]\.tags\[0\]: "-17" is not allowed; expected a tag of ghcr\.io\/example\/postgresql \(invalid image reference .*tag "-17" must be 1 to 128/,
    ],
    [
      'a target that is no string',
      JSON.stringify([{ ...repair(), target: 17 }]),
      /^repairs\[0\]\.target: "17" is not allowed; expected the matrix's target id, or no target at all$/,
    ],
    [
      'one tag pointed at two images',
      JSON.stringify([repair(), repair(undefined, E)]),
      /^repairs: "ghcr\.io\/example\/postgresql:17-minimal-trixie" is not allowed; expected one image per tag; .* is to be pointed at sha256:abab.* and at sha256:cdcd/,
    ],
  ])('refuses %s, naming the input, the value and what is allowed', (_, input, message) => {
    expect(() => parseRepairs(input)).toThrow(message);
  });

  it('names the entry that is wrong, not the first', () => {
    expect(() => parseRepairs([repair(), { image: `${REPO}:x`, tags: ['x'] }])).toThrow(
      /^repairs\[1\]\.image: /,
    );
  });
});

describe('repairs beside images', () => {
  const built = {
    target: '17-minimal-trixie',
    reference: `${REPO}-testing@${E}`,
    promote: {
      repository: REPO,
      tags: [`${REPO}:17.6-202611211315-minimal-trixie`, `${REPO}:17-minimal-trixie`],
    },
  };

  it('refuses a tag both promoted and repaired: it would name whichever came last', () => {
    expect(() => checkRepairsAgainstImages(parseRepairs([repair()]), parseImages([built]))).toThrow(
      /^repairs\[0\]\.tags: "ghcr\.io\/example\/postgresql:17-minimal-trixie" is not allowed; expected a tag no image of `images` writes: 17-minimal-trixie \(ghcr\.io\/example\/postgresql-testing@sha256:cdcd.*\) is promoted under/,
    );
    expect(() =>
      checkRepairsAgainstImages(
        parseRepairs([repair([`${REPO}:18-minimal-trixie`])]),
        parseImages([built]),
      ),
    ).not.toThrow();
  });

  const settings = { reports: [], requireSmoke: true, dryRun: true, env: {} };
  const verification = { verify: 'none' as const, workDir: '/nonexistent' };
  // No registry is reached: each call fails on its inputs first.
  const registry = {} as Parameters<typeof promoteCommand>[0]['registry'];

  it('images may be absent or [] exactly when repairs names one; otherwise they are required', async () => {
    await expect(
      promoteCommand({ ...settings, verification, registry, repairs: '[]' }),
    ).rejects.toThrow(
      /^images: "" is not allowed; expected the build or extension action's `images` output \(a JSON array\), unless `repairs` names a repair$/,
    );
    await expect(promoteCommand({ ...settings, verification, registry })).rejects.toThrow(
      /^images: "" is not allowed/,
    );
    await expect(
      promoteCommand({ ...settings, verification, registry, images: [], repairs: '[]' }),
    ).rejects.toThrow(
      /^images: "\[\]" is not allowed; expected .*, not empty \(or `repairs` alone\)$/,
    );
    await expect(
      promoteCommand({ ...settings, verification, registry, images: [] }),
    ).rejects.toThrow(/^images: "\[\]" is not allowed/);
  });

  it('a bad repairs input is named before images are read', async () => {
    await expect(
      promoteCommand({ ...settings, verification, registry, images: [], repairs: '{' }),
    ).rejects.toThrow(/^repairs: "\{" is not allowed/);
  });
});
