import { describe, expect, it } from 'vitest';
import { parseImages } from './requests.js';

const D = `sha256:${'ab'.repeat(32)}`;
const E = `sha256:${'cd'.repeat(32)}`;
const REPO = 'ghcr.io/example/postgresql';

/** An entry as the build action writes it. */
const built = (digest = D, immutable = '17.6-202611211315-minimal-trixie') => ({
  target: '17-minimal-trixie',
  repository: `${REPO}-testing`,
  digest,
  reference: `${REPO}-testing@${digest}`,
  tags: [`${REPO}-testing:${immutable}`],
  promote: {
    repository: REPO,
    tags: [`${REPO}:${immutable}`, `${REPO}:17.6-minimal-trixie`, `${REPO}:17-minimal-trixie`],
  },
});

describe('the images input, read and made into promote requests', () => {
  it("takes the build action's entries: production repository and tags from `promote`, immutable first", () => {
    const [r] = parseImages(JSON.stringify([built()]));
    expect(r).toMatchObject({
      source: `${REPO}-testing@${D}`,
      digest: D,
      destination: REPO,
      tags: ['17.6-202611211315-minimal-trixie', '17.6-minimal-trixie', '17-minimal-trixie'],
      label: '17-minimal-trixie',
    });
  });

  it('knows how many tags are immutable: `promote.immutable`, else the first one', () => {
    expect(parseImages([built()])[0]?.immutable).toBe(1);
    const ext = { ...built(), promote: { ...built().promote, immutable: 0 } };
    expect(parseImages([ext])[0]?.immutable).toBe(0);
    expect(() =>
      parseImages([{ ...built(), promote: { ...built().promote, immutable: 4 } }]),
    ).toThrow(
      /^images\[0\]\.promote\.immutable: "4" is not allowed; expected how many of the tags are immutable: a whole number from 0 to 3$/,
    );
  });

  it('takes what `pgforge build` prints, `{ images, failed }`', () => {
    const [r] = parseImages(JSON.stringify({ images: [built()], failed: [] }));
    expect(r?.destination).toBe(REPO);
  });

  it('`to` sends every image to another repository (another registry), keeping the tag names', () => {
    const [r] = parseImages([built()], { to: '127.0.0.1:5000/prod/postgresql' });
    expect(r?.destination).toBe('127.0.0.1:5000/prod/postgresql');
    expect(r?.destinationRef).toEqual({
      registry: '127.0.0.1:5000',
      repository: 'prod/postgresql',
    });
    expect(r?.tags[0]).toBe('17.6-202611211315-minimal-trixie');
  });

  it('`to` named from a repository owner with capitals is lowered, as registries require', () => {
    const [r] = parseImages([built()], { to: 'ghcr.io/MyOrg/postgresql' });
    expect(r?.destination).toBe('ghcr.io/myorg/postgresql');
  });

  it('without `promote`, production is the testing repository without -testing, tags the entry’s own', () => {
    const [r] = parseImages([
      {
        name: 'vector',
        major: 18,
        distribution: 'trixie',
        reference: `ghcr.io/example/pgvector-testing@${D}`,
        tags: [
          'ghcr.io/example/pgvector-testing:0.8.1-202611211315-18-trixie',
          'ghcr.io/example/pgvector-testing:0.8.1-18-trixie',
        ],
      },
    ]);
    expect(r).toMatchObject({
      destination: 'ghcr.io/example/pgvector',
      tags: ['0.8.1-202611211315-18-trixie', '0.8.1-18-trixie'],
      label: 'vector 18 trixie',
    });
  });

  it.each([
    [
      'not JSON',
      '{',
      /^images: "\{" is not allowed; expected the build or extension action's `images` output/,
    ],
    ['an object', '{"a":1}', /^images: .* expected the build or extension/],
    ['empty', '[]', /^images: "\[\]" is not allowed; .* not empty \(or `repairs` alone\)$/],
    [
      'a reference by tag',
      JSON.stringify([{ ...built(), reference: `${REPO}-testing:17` }]),
      /^images\[0\]\.reference: ".*-testing:17" is not allowed; expected a reference by digest/,
    ],
    [
      'no production repository to be told',
      JSON.stringify([{ reference: `ghcr.io/x/y@${D}`, tags: ['1'] }]),
      /^images\[0\]\.reference: .* expected an image of a testing repository \(<name>-testing\), or give `to`/,
    ],
    [
      'no tag',
      JSON.stringify([{ reference: `${REPO}-testing@${D}` }]),
      /^images\[0\]\.tags: "\[\]" is not allowed; expected at least one tag/,
    ],
    [
      'a tag of another repository',
      JSON.stringify([{ ...built(), promote: { repository: REPO, tags: ['ghcr.io/x/other:1'] } }]),
      /^images\[0\]\.promote\.tags: "ghcr\.io\/x\/other:1" is not allowed; expected a tag of ghcr\.io\/example\/postgresql$/,
    ],
    [
      'two images for one tag',
      JSON.stringify([built(D), built(E)]),
      /^images: "ghcr\.io\/example\/postgresql:17\.6-202611211315-minimal-trixie" is not allowed; expected one image per tag/,
    ],
  ])('%s: an error naming the field, the value and what is allowed', (_name, input, message) => {
    expect(() => parseImages(input)).toThrow(message);
  });

  it('refuses `to` equal to the source repository', () => {
    expect(() => parseImages([built()], { to: `${REPO}-testing` })).toThrow(
      /^to: "ghcr\.io\/example\/postgresql-testing" is not allowed; expected a repository other than the image's own/,
    );
  });
});
